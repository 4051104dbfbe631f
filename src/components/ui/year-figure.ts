import type { MessageKey } from '@/lib/i18n/en';
import type { Localized } from '@/lib/schema';

/**
 * One figure of a year as a feature reports it for a summary card (the overview): what it counts, the
 * number and its basis, and where the details and the source are. Features build these with pure
 * functions over their data; the overview lays them out. Shared here because several features build
 * them and the overview reads them, and features do not import each other.
 */
export type YearFigure = {
  readonly id: string;
  readonly label: MessageKey;
  /** Null: nothing was published for that year. */
  readonly value: number | null;
  /** Counted from the post's stated total, from the list it publishes, or (null) neither. */
  readonly basis: 'stated' | 'listed' | null;
  /** A published lower bound ("over 10,000"): shown as "≥". */
  readonly atLeast?: boolean;
  /** The source's own wording of the figure, where it has one (a star milestone). */
  readonly wording?: Localized;
  /** A second count worth saying (names listed where a total is stated). */
  readonly detail?: { readonly key: MessageKey; readonly count: number };
  /** Whether a change from another year means anything for this figure. */
  readonly comparable: boolean;
  /** The view listing what the figure counts; absent where it would list nothing. */
  readonly href?: string;
  readonly source?: string;
};
