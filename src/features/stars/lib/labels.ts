/**
 * Vertical positions for labels that must not overlap (milestone labels on reference lines): each label
 * wants `wanted[i]` (px, top = 0); labels closer than `gap` are pushed apart, moving as little as
 * possible, and kept within [top, bottom] when there is room. Returns positions in the input's order.
 */
export function spreadLabels(wanted: readonly number[], gap: number, top: number, bottom: number): number[] {
  const order = wanted.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y || a.i - b.i);
  const placed = order.map((o) => o.y);
  // Never above the top: a label wanted higher than there would be cut off by the chart's edge.
  if (placed.length > 0) placed[0] = Math.max(placed[0] ?? top, top);
  for (let k = 1; k < placed.length; k += 1) placed[k] = Math.max(placed[k] ?? 0, (placed[k - 1] ?? 0) + gap);
  // Pushed past the bottom: shift up from the last one, never above the top if there is room.
  const overflow = (placed.at(-1) ?? bottom) - bottom;
  if (overflow > 0) {
    placed[placed.length - 1] = bottom;
    for (let k = placed.length - 2; k >= 0; k -= 1) placed[k] = Math.min(placed[k] ?? 0, (placed[k + 1] ?? 0) - gap);
    if ((placed[0] ?? top) < top)
      for (let k = 0; k < placed.length; k += 1) placed[k] = Math.max(placed[k] ?? 0, k === 0 ? top : (placed[k - 1] ?? 0) + gap);
  }
  const out = new Array<number>(wanted.length);
  order.forEach((o, k) => {
    out[o.i] = placed[k] ?? o.y;
  });
  return out;
}
