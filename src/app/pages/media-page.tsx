import { useQuery } from '@tanstack/react-query';
import { Section } from '@/components/layout/section';
import { ExternalLink } from '@/components/ui/external-link';
import { QueryState } from '@/components/ui/query-state';
import { SourceLink } from '@/components/ui/source-link';
import { MEDIA_FILE, mediaQuery } from '@/features/media/queries';
import { useI18n } from '@/lib/i18n/i18n';
import { usePage } from './use-page';

export default function MediaPage() {
  const { t, l, number, date } = useI18n();
  const media = useQuery(mediaQuery);
  usePage('media.title', media.isSuccess);
  return (
    <QueryState query={media} file={`data/${MEDIA_FILE}`}>
      {(data) => (
        <div className="space-y-8">
          <Section id="channels" title={t('media.channels')}>
            <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
              {data.channels.map((channel) => (
                <li key={channel.id} className="card">
                  <h3 className="font-semibold">{l(channel.name)}</h3>
                  {channel.figures.map((figure) => (
                    <div key={`${figure.asOf}-${figure.value}`} className="mt-2">
                      <p className="text-2xl font-bold tabular-nums">
                        {t(`media.qualifier.${figure.qualifier}`, { value: number(figure.value) })}
                      </p>
                      <p className="text-sm">
                        “{l(figure.wording)}” · {t('media.asOf', { date: date(figure.asOf) })}
                      </p>
                      <SourceLink url={figure.source} translated={figure.wording.enTranslated === true} />
                    </div>
                  ))}
                </li>
              ))}
            </ul>
          </Section>
          <Section id="followers-by-year" title={t('media.byYear')}>
            <p className="mb-3 text-sm text-muted">{t('media.imageOnly.explain')}</p>
            <div className="overflow-x-auto">
            <table className="data-table">
              <caption className="sr-only">{t('media.byYear')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('common.year')}</th>
                  <th scope="col">{t('media.followers')}</th>
                  <th scope="col">{t('media.image')}</th>
                  <th scope="col">{t('source.label')}</th>
                </tr>
              </thead>
              <tbody>
                {data.images.map((image) => (
                  <tr key={image.year}>
                    <th scope="row">{image.year}</th>
                    <td>
                      <strong>{t('media.notPublishedAsData')}</strong>
                      {image.asOf && <div className="text-xs text-muted">{t('media.asOf', { date: date(image.asOf) })}</div>}
                      {image.note && <div className="text-xs text-muted">{l(image.note)}</div>}
                    </td>
                    <td>
                      <ExternalLink href={image.image}>{t('media.openImage', { year: image.year })}</ExternalLink>
                    </td>
                    <td>
                      <SourceLink url={image.source} compact />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            </div>
          </Section>
        </div>
      )}
    </QueryState>
  );
}
