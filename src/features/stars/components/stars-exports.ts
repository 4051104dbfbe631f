import { downloadPng, downloadSvg } from '@/lib/export-chart';
import { downloadStarsCsv } from '@/features/stars/lib/csv';

export { downloadStarsCsv };

/**
 * The interactive chart in `figure` once it has drawn itself (its picture gone). A prerendered page shows the
 * build's picture until the reader reaches for the chart, and the click on an export button is that reach:
 * the chart's code loads then, and the export waits for it (at most 10 s). Never the build's picture, which
 * has no Recharts wrapper around it.
 */
async function drawnChart(figure: () => HTMLElement | null): Promise<SVGSVGElement | undefined> {
  for (let waited = 0; waited <= 10_000; waited += 50) {
    const element = figure();
    const svg = element?.querySelector('.recharts-wrapper svg.recharts-surface');
    if (svg instanceof SVGSVGElement && !element?.querySelector('[data-static-chart]')) return svg;
    await new Promise((done) => setTimeout(done, 50));
  }
  return undefined;
}

/** The drawn chart as an image file, SVG as drawn or PNG rasterised (this module loads with the click). */
export async function exportStarsChart(figure: () => HTMLElement | null, kind: 'svg' | 'png', fileBase: string) {
  const svg = await drawnChart(figure);
  if (svg === undefined) return;
  if (kind === 'svg') downloadSvg(svg, `${fileBase}.svg`);
  else await downloadPng(svg, `${fileBase}.png`);
}
