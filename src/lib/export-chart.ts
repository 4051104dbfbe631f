import { downloadText } from '@/lib/download';

/** Serialises a chart's <svg>, resolving CSS variables to the theme's current colours so the file stands alone. */
export function chartSvgText(svg: SVGSVGElement): string {
  const clone = svg.cloneNode(true);
  if (!(clone instanceof SVGSVGElement)) throw new Error('not an svg');
  const styles = getComputedStyle(document.documentElement);
  const { width, height } = svg.getBoundingClientRect();
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.setAttribute('width', String(Math.round(width)));
  clone.setAttribute('height', String(Math.round(height)));
  const text = new XMLSerializer().serializeToString(clone);
  const resolved = text.replace(/var\((--[\w-]+)\)/g, (_, name: string) => styles.getPropertyValue(name).trim() || '#000');
  const background = styles.getPropertyValue('--c-surface').trim() || '#fff';
  return resolved.replace(/^<svg([^>]*)>/, `<svg$1><rect width="100%" height="100%" fill="${background}"/>`);
}

export function downloadSvg(svg: SVGSVGElement, fileName: string) {
  downloadText(fileName, chartSvgText(svg), 'image/svg+xml');
}

export async function downloadPng(svg: SVGSVGElement, fileName: string) {
  const text = chartSvgText(svg);
  const { width, height } = svg.getBoundingClientRect();
  const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    const scale = 2;
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no canvas');
    context.scale(scale, scale);
    context.drawImage(image, 0, 0, width, height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new Error('PNG encoding failed');
    const link = document.createElement('a');
    const pngUrl = URL.createObjectURL(blob);
    link.href = pngUrl;
    link.download = fileName;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(pngUrl), 1000);
  } finally {
    URL.revokeObjectURL(url);
  }
}
