import { ExternalLink } from '@/components/ui/external-link';
import { SourceLink } from '@/components/ui/source-link';
import { SuggestCorrection } from '@/features/community/components/suggest-correction';
import { useI18n } from '@/lib/i18n/i18n';
import { useCommunity } from '@/features/community/dataset';

/** The community's open-source projects: milestones and releases per year, each with its source. */
export function Projects() {
  const { t, l, date } = useI18n();
  const community = useCommunity();
  return (
    <>
      <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        {community.projects.map((p) => (
          <li key={p.id} className="card">
            <h3 className="font-semibold">
              {p.repo ? (
                <ExternalLink href={p.repo}>
                  <bdi>{p.name}</bdi>
                </ExternalLink>
              ) : (
                <bdi>{p.name}</bdi>
              )}
            </h3>
            <p className="text-sm text-muted">{l(p.description)}</p>
            <ul className="mt-2 space-y-1 text-sm">
              {p.milestones.map((m) => (
                <li key={m.date + m.kind}>
                  <time dateTime={m.date}>{date(m.date)}</time> · {l(m.text)} <SourceLink url={m.source} compact />
                </li>
              ))}
              {p.releases.map((r) => (
                <li key={r.year}>
                  {t(r.count === 1 ? 'community.releases.one' : 'community.releases', { year: String(r.year), count: r.count })}{' '}
                  <SourceLink url={r.source} compact />
                </li>
              ))}
            </ul>
            <p className="mt-2">
              <SuggestCorrection record={`community.json#projects/${p.id}`} name={p.name} />
            </p>
          </li>
        ))}
      </ul>
      <p className="mt-2 text-sm text-muted">
        {t('community.projects.source')}
        <SourceLink url={community.source} />
      </p>
    </>
  );
}
