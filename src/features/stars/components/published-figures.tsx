import type { ReactNode } from 'react';
import { SourceLink } from '@/components/ui/source-link';
import { useI18n } from '@/lib/i18n/i18n';
import { useStars } from '@/features/stars/dataset';

/**
 * Every published figure with its wording and source (needs only stars.json, not the snapshots). `correction`
 * draws a figure's "Suggest a correction" link (the page brings it: it belongs to the community feature).
 */
export function PublishedFigures({ correction }: { correction?: (record: string, name: string) => ReactNode }) {
  const { l, number, date } = useI18n();
  const stars = useStars();
  const names = Object.fromEntries(stars.projects.map((p) => [p.repo, p.name]));
  return (
    <ul className="space-y-2">
      {stars.points.map((p, i) => (
        <li key={i} className="card">
          <p className="font-semibold">
            <bdi>{names[p.repo] ?? p.repo}</bdi> · {p.kind === 'at-least' ? `≥ ${number(p.value)}` : number(p.value)} · {date(p.date)}
          </p>
          <p className="text-sm">“{l(p.wording)}”</p>
          <p className="flex flex-wrap items-center gap-x-4 gap-y-1">
            <SourceLink url={p.source} translated={p.wording.enTranslated === true} />
            {correction?.(`stars.json#${p.repo}@${p.date}`, `${names[p.repo] ?? p.repo} · ${date(p.date)}`)}
          </p>
        </li>
      ))}
    </ul>
  );
}
