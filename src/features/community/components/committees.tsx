import { Link } from 'react-router-dom';
import { SourceLink } from '@/components/ui/source-link';
import { SuggestCorrection } from '@/features/community/components/suggest-correction';
import { useI18n } from '@/lib/i18n/i18n';
import { personPath } from '@/lib/routes';
import { useEcosystem } from '@/features/community/dataset';

/** User committees by city: when founded, and their leaders by year (linked to their people page when known). */
export function Committees() {
  const { t, l, date, number } = useI18n();
  return (
    <ul className="grid gap-3 sm:grid-cols-2">
      {useEcosystem().committees.map((c) => (
        <li key={c.id} className="card text-sm">
          <h3 className="font-semibold">{t('community.committee', { city: l(c.city) })}</h3>
          {c.founded && <p className="text-muted">{t('community.founded', { date: date(c.founded) })}</p>}
          <ul className="mt-1 space-y-1">
            {c.leaders.map((leader, i) => (
              <li key={i}>
                {String(leader.year)} · {t(`community.position.${leader.position}`)}
                {t('common.colon')}
                {leader.personId ? (
                  <Link to={personPath(leader.personId)} className="link">
                    <bdi>{l(leader.name)}</bdi>
                  </Link>
                ) : (
                  <bdi>{l(leader.name)}</bdi>
                )}
              </li>
            ))}
            {c.withheldLeaders?.map((w) => (
              <li key={`w${w.year}`} className="text-muted">
                {t('community.withheldLeaders', { year: String(w.year), count: number(w.count) })}
              </li>
            ))}
          </ul>
          <p className="mt-1 flex flex-wrap items-center gap-x-4 gap-y-1">
            <SourceLink url={c.source} compact />
            <SuggestCorrection record={`ecosystem.json#${c.id}`} name={t('community.committee', { city: l(c.city) })} />
          </p>
        </li>
      ))}
    </ul>
  );
}
