import { ExternalLink } from '@/components/ui/external-link';
import { SourceLink } from '@/components/ui/source-link';
import { SuggestCorrection } from '@/features/community/components/suggest-correction';
import { useI18n } from '@/lib/i18n/i18n';
import { useCommunity } from '@/features/community/dataset';

/** The community's initiatives: when started, what they are, a published figure where there is one. */
export function Initiatives() {
  const { t, l, date } = useI18n();
  return (
    <ul className="grid gap-3 sm:grid-cols-2">
      {useCommunity().initiatives.map((x) => (
        <li key={x.id} className="card text-sm">
          <h3 className="font-semibold">{x.link ? <ExternalLink href={x.link}>{l(x.name)}</ExternalLink> : l(x.name)}</h3>
          {x.started && <p className="text-muted">{t('community.started', { date: date(x.started) })}</p>}
          <p>{l(x.description)}</p>
          {x.figure && (
            <p className="mt-1">
              <strong>“{l(x.figure.wording)}”</strong> · {date(x.figure.asOf)}
            </p>
          )}
          <p className="mt-1 flex flex-wrap items-center gap-x-4 gap-y-1">
            <SourceLink url={x.source} compact />
            <SuggestCorrection record={`community.json#${x.id}`} name={l(x.name)} />
          </p>
        </li>
      ))}
    </ul>
  );
}
