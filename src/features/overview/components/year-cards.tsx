import type { YearFigure } from '@/components/ui/year-figure';
import { compareFigures } from '../lib/compare';
import { YearCard } from './year-card';

/** The shown year's figures as cards, each with its change from the year it is compared with. */
export function YearCards({ figures, other }: { figures: readonly YearFigure[]; other: readonly YearFigure[] }) {
  return (
    <ul className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-4">
      {compareFigures(figures, other).map((compared) => (
        <YearCard key={compared.figure.id} compared={compared} />
      ))}
    </ul>
  );
}
