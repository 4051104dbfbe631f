import { ExternalLink } from '@/components/ui/external-link';
import { SourceLink } from '@/components/ui/source-link';
import { useI18n } from '@/lib/i18n/i18n';
import { useMedia } from '@/features/media/dataset';

/**
 * Per year, the image the follower figures were published in, as evidence: a card with a caption that says
 * what it holds and that its numbers are not data, its date, the link to the image and the post. The image
 * itself is not drawn: it lives on the community's host, and the page loads images only from its own origin.
 */
export function FollowerImages() {
  const { t, l, date } = useI18n();
  const images = [...useMedia().images].sort((a, b) => b.year - a.year);
  return (
    <ul className="grid gap-3 sm:grid-cols-2">
      {images.map((image) => (
        // A year is a name, not a quantity: never "2,021".
        <li key={image.year} className="card flex flex-col gap-1" aria-labelledby={`followers-${image.year}`}>
          <h3 id={`followers-${image.year}`} className="text-lg font-semibold">
            {String(image.year)}
          </h3>
          <p className="text-sm">{t('media.imageCaption', { year: String(image.year) })}</p>
          <p className="text-sm text-muted">
            <strong className="font-medium">{t('media.notPublishedAsData')}</strong>
            {image.asOf && <> · {t('media.asOf', { date: date(image.asOf) })}</>}
          </p>
          {image.note && <p className="text-xs text-muted">{l(image.note)}</p>}
          <p className="mt-auto flex flex-wrap items-center gap-x-3 gap-y-1 pt-1 text-sm">
            <ExternalLink href={image.image}>{t('media.imageLink', { year: String(image.year) })}</ExternalLink>
            <SourceLink url={image.source} compact />
          </p>
        </li>
      ))}
    </ul>
  );
}
