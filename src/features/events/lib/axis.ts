/**
 * Room a year label takes on the axis, gap included (px): "2021" in full, "’21" (en) or "21年" (zh) in short.
 * "21年" is about 32 px wide at the axis font in Noto Sans CJK: at 38 px a phone's labels read as one run
 * ("20年21年22年"), so zh short labels get 46 px, a gap like the Latin ones'.
 */
const FULL_PX = 40;
const SHORT_PX = { en: 30, zh: 46 } as const;
/** The y-axis and margins take this much of the chart's width. */
const RESERVED_PX = 64;

export type YearAxis = { ticks: number[]; short: boolean };

/**
 * Which years label the x-axis, and whether in short form, so labels neither run together nor get cut
 * at this width: every year in full where they fit, else every year in short form, else every n-th year
 * in full, counted back from the latest (which is always labelled). Width 0 (not measured yet) labels all.
 */
export function yearAxis(years: readonly number[], width: number, lang: 'zh' | 'en'): YearAxis {
  const plot = width - RESERVED_PX;
  if (width <= 0 || years.length * FULL_PX <= plot) return { ticks: [...years], short: false };
  if (years.length * SHORT_PX[lang] <= plot) return { ticks: [...years], short: true };
  const fit = Math.max(1, Math.floor(plot / FULL_PX));
  const step = Math.ceil(years.length / fit);
  return { ticks: years.filter((_, i) => (years.length - 1 - i) % step === 0), short: false };
}

/** A year as an axis label: never with a thousands separator; short form "’21" (en) or "21年" (zh). */
export function yearLabel(year: number, short: boolean, lang: 'zh' | 'en'): string {
  if (!short) return String(year);
  const yy = String(year % 100).padStart(2, '0');
  return lang === 'zh' ? `${yy}年` : `’${yy}`;
}
