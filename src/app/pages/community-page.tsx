import { useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router-dom';
import { Section } from '@/components/layout/section';
import { ExternalLink } from '@/components/ui/external-link';
import { QueryState } from '@/components/ui/query-state';
import { SourceLink } from '@/components/ui/source-link';
import { COMMUNITY_FILE, ECOSYSTEM_FILE, communityQuery, ecosystemQuery } from '@/features/community/queries';
import type { EcosystemDataset } from '@/features/community/schema';
import { fold } from '@/features/people/lib/search-keys';
import { useI18n } from '@/lib/i18n/i18n';
import { paths } from '@/lib/paths';
import { usePage } from './use-page';

function Cases({ cases }: { cases: EcosystemDataset['cases'] }) {
  const { t, l } = useI18n();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const folded = fold(q);
  const shown = cases.filter((c) => !folded || [c.title.zh, c.title.en, c.company.zh, c.company.en].some((s) => fold(s).includes(folded)));
  const years = [...new Set(shown.map((c) => c.year))].sort((a, b) => b - a);
  return (
    <>
      <label className="block max-w-md text-sm font-medium">
        {t('community.cases.search')}
        <input
          type="search"
          value={q}
          onChange={(e) => {
            const next = new URLSearchParams(params);
            if (e.target.value) next.set('q', e.target.value);
            else next.delete('q');
            setParams(next, { replace: true, preventScrollReset: true });
          }}
          className="focus-ring mt-1 w-full rounded-md border border-line bg-surface px-3 py-2 font-normal"
        />
      </label>
      <p role="status" className="my-2 text-sm">
        {t('community.cases.count', { count: shown.length })}
      </p>
      {years.map((year) => (
        <div key={year} className="mb-4">
          <h3 className="mb-1 font-semibold">{year}</h3>
          <ul className="space-y-1 text-sm">
            {shown
              .filter((c) => c.year === year)
              .map((c) => (
                <li key={c.id}>
                  {c.link ? <ExternalLink href={c.link}>{l(c.title)}</ExternalLink> : l(c.title)} · <span className="text-muted">{l(c.company)}</span>{' '}
                  <SourceLink url={c.source} compact />
                </li>
              ))}
          </ul>
        </div>
      ))}
    </>
  );
}

export default function CommunityPage() {
  const { t, l, date, number } = useI18n();
  const community = useQuery(communityQuery);
  const ecosystem = useQuery(ecosystemQuery);
  usePage('community.title', community.isSuccess && ecosystem.isSuccess);
  return (
    <>
      <div className="space-y-10">
        <Section id="projects" title={t('community.projects')}>
          <QueryState query={community} file={`data/${COMMUNITY_FILE}`}>
            {(c) => (
              <ul className="grid gap-3 sm:grid-cols-2">
                {c.projects.map((p) => (
                  <li key={p.id} className="card">
                    <h3 className="font-semibold">{p.repo ? <ExternalLink href={p.repo}>{p.name}</ExternalLink> : p.name}</h3>
                    <p className="text-sm text-muted">{l(p.description)}</p>
                    <ul className="mt-2 space-y-1 text-sm">
                      {p.milestones.map((m) => (
                        <li key={m.date + m.kind}>
                          <time dateTime={m.date}>{date(m.date)}</time> · {l(m.text)} <SourceLink url={m.source} compact />
                        </li>
                      ))}
                      {p.releases.map((r) => (
                        <li key={r.year}>
                          {t('community.releases', { year: String(r.year), count: r.count })} <SourceLink url={r.source} compact />
                        </li>
                      ))}
                    </ul>
                  </li>
                ))}
              </ul>
            )}
          </QueryState>
        </Section>
        <QueryState query={ecosystem} file={`data/${ECOSYSTEM_FILE}`}>
          {(eco) => (
            <>
              <Section id="partners" title={t('community.partners')}>
                <ul className="space-y-2 text-sm">
                  {eco.partners.map((p) => (
                    <li key={p.year} className="card">
                      <strong>{p.year}</strong>
                      {p.stated !== null && <> · {t('community.partners.stated', { count: p.stated })}</>}
                      {p.apps.length > 0 && <>: {p.apps.join(', ')}</>}
                      {p.imageOnly && (
                        <>
                          {' · '}
                          {t('media.notPublishedAsData')} (<ExternalLink href={p.imageOnly}>{t('community.partners.image')}</ExternalLink>)
                        </>
                      )}
                      {p.note && <p className="text-muted">{l(p.note)}</p>}
                      <SourceLink url={p.source} compact />
                    </li>
                  ))}
                </ul>
              </Section>
              <Section id="cases" title={t('community.cases')}>
                <Cases cases={eco.cases} />
              </Section>
              <Section id="awards" title={t('community.awards')}>
                <ol className="space-y-2 border-l-2 border-line pl-4 text-sm">
                  {eco.awards.map((a) => (
                    <li key={a.id}>
                      <strong>{a.announced ? date(a.announced) : a.year}</strong> · {l(a.title)} <SourceLink url={a.source} compact />
                    </li>
                  ))}
                </ol>
              </Section>
              <Section id="governance" title={t('community.governance')}>
                <ul className="grid gap-3 sm:grid-cols-2">
                  {eco.committees.map((c) => (
                    <li key={c.id} className="card text-sm">
                      <h3 className="font-semibold">{t('community.committee', { city: l(c.city) })}</h3>
                      {c.founded && <p className="text-muted">{t('community.founded', { date: date(c.founded) })}</p>}
                      <ul className="mt-1 space-y-1">
                        {c.leaders.map((leader, i) => (
                          <li key={i}>
                            {leader.year} · {t(`community.position.${leader.position}`)}:{' '}
                            {leader.personId ? (
                              <Link to={paths.person(leader.personId)} className="link">
                                {l(leader.name)}
                              </Link>
                            ) : (
                              l(leader.name)
                            )}
                          </li>
                        ))}
                      </ul>
                      <SourceLink url={c.source} compact />
                    </li>
                  ))}
                </ul>
              </Section>
            </>
          )}
        </QueryState>
        <Section id="initiatives" title={t('community.initiatives')}>
          <QueryState query={community} file={`data/${COMMUNITY_FILE}`}>
            {(c) => (
              <ul className="grid gap-3 sm:grid-cols-2">
                {c.initiatives.map((x) => (
                  <li key={x.id} className="card text-sm">
                    <h3 className="font-semibold">{x.link ? <ExternalLink href={x.link}>{l(x.name)}</ExternalLink> : l(x.name)}</h3>
                    {x.started && <p className="text-muted">{t('community.started', { date: date(x.started) })}</p>}
                    <p>{l(x.description)}</p>
                    {x.figure && (
                      <p className="mt-1">
                        <strong className="tabular-nums">{number(x.figure.value)}</strong> · “{l(x.figure.wording)}” · {date(x.figure.asOf)}
                      </p>
                    )}
                    <SourceLink url={x.source} compact />
                  </li>
                ))}
              </ul>
            )}
          </QueryState>
        </Section>
      </div>
    </>
  );
}
