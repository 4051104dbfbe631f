import type { YearFigure } from '@/components/ui/year-figure';

export type ComparedFigure = {
  figure: YearFigure;
  /** The same figure in the year it is compared with (absent if that year has no such card). */
  other: YearFigure | undefined;
  /** figure − other, only where both were published on the same basis and a change means something. */
  change: number | null;
};

/** Pairs each figure of a year with the same figure (by id) of another year, and the change between them. */
export function compareFigures(current: readonly YearFigure[], other: readonly YearFigure[]): ComparedFigure[] {
  const byId = new Map(other.map((f) => [f.id, f]));
  return current.map((figure) => {
    const o = byId.get(figure.id);
    const change =
      figure.comparable && o && figure.value !== null && o.value !== null && figure.basis === o.basis ? figure.value - o.value : null;
    return { figure, other: o, change };
  });
}

/** A year's figures apart: those a source gives (in their order), and those none does. */
export function splitPublished(compared: readonly ComparedFigure[]): { published: ComparedFigure[]; missing: ComparedFigure[] } {
  return {
    published: compared.filter((c) => c.figure.value !== null),
    missing: compared.filter((c) => c.figure.value === null),
  };
}
