/** Estimated width in px of a tick label at the chart's 12px font: CJK characters are about twice as wide as digits. */
export function labelWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += /[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 12 : 7;
  return width;
}

const YEAR_STEPS = [1, 2, 3, 5, 10, 20, 50];
const MONTH_STEPS = [1, 2, 3, 6];
/** Space between two labels, so that they never read as one ("2020年2021年"). */
export const LABEL_GAP = 12;

/** The chart's right margin (px): how far a last label may reach past the plot. */
export const RIGHT_MARGIN = 16;

export type TimeAxis = { ticks: number[]; label: (t: number) => string };

/**
 * Ticks for a time axis that fit its width: 1 January of every n-th year (n as small as fits), or, for
 * a range within about a year, the first of every n-th month. `width` is the plot's width in px;
 * labels come from the given formatters (so both languages are measured as they are written), and
 * the chosen step keeps every label apart by at least LABEL_GAP. The last label never reaches past the right
 * margin (it would be cut off).
 */
export function timeAxis(
  min: number,
  max: number,
  width: number,
  format: { year: (year: number) => string; month: (t: number) => string },
): TimeAxis {
  if (!(max >= min) || width <= 0) return { ticks: [], label: () => '' };
  const first = new Date(min).getUTCFullYear();
  const last = new Date(max).getUTCFullYear();
  const years = Array.from({ length: last - first + 1 }, (_, i) => Date.UTC(first + i, 0, 1)).filter((t) => t >= min && t <= max);
  const yearLabel = (t: number) => format.year(new Date(t).getUTCFullYear());
  if (years.length >= 2) return { ticks: fit(years, yearLabel, YEAR_STEPS, min, max, width), label: yearLabel };
  const months: number[] = [];
  for (let y = first; y <= last; y += 1) for (let m = 0; m < 12; m += 1) months.push(Date.UTC(y, m, 1));
  const inRange = months.filter((t) => t >= min && t <= max);
  return { ticks: fit(inRange, format.month, MONTH_STEPS, min, max, width), label: format.month };
}

function fit(
  candidates: readonly number[],
  label: (t: number) => string,
  steps: readonly number[],
  min: number,
  max: number,
  width: number,
): number[] {
  const span = Math.max(1, max - min);
  const x = (t: number) => ((t - min) / span) * width;
  for (const step of steps) {
    // The left edge has the value axis beside it; on the right a label may reach into the margin only.
    const ticks = candidates.filter((_, i) => i % step === 0).filter((t) => x(t) + labelWidth(label(t)) / 2 <= width + RIGHT_MARGIN);
    const apart = ticks.every((t, i) => {
      const next = ticks[i + 1];
      return next === undefined || x(next) - x(t) >= (labelWidth(label(t)) + labelWidth(label(next))) / 2 + LABEL_GAP;
    });
    if (apart) return ticks;
  }
  return candidates.slice(0, 1);
}
