import type { Page } from 'playwright-core';

/**
 * Finds layout defects a reader would see, in the page as laid out now:
 * - sideways scroll: the document is wider than the viewport;
 * - overlap: two sibling boxes (cards in a grid, rows of a virtual list, controls in a toolbar) cover
 *   each other by more than a pixel;
 * - clipping: a box that hides its overflow (no scrollbar, no ellipsis) has content larger than itself;
 * - chart labels: two texts of one chart (ticks, reference labels) collide, or one is cut off by the chart.
 * Returns one line per defect, naming the elements.
 */
export async function layoutProblems(page: Page): Promise<string[]> {
  // tsx keeps function names with a helper that the page does not have.
  await page.evaluate('window.__name = window.__name || ((f) => f)');
  return page.evaluate(() => {
    const problems: string[] = [];
    const describe = (el: Element) => {
      const id = el.id ? `#${el.id}` : '';
      const cls = typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).slice(0, 3).join('.')}` : '';
      const text = el.textContent.trim().replace(/\s+/g, ' ').slice(0, 40);
      return `<${el.tagName.toLowerCase()}${id}${cls}> "${text}"`;
    };
    const visible = (el: Element) => {
      // The folded part of a closed <details> keeps a layout box in Chromium, but nobody sees it.
      const folded = el.closest('details:not([open])');
      if (folded && !el.closest('summary') && el !== folded) return false;
      const style = getComputedStyle(el);
      if (style.display === 'none' || style.visibility === 'hidden' || style.opacity === '0') return false;
      const rect = el.getBoundingClientRect();
      return rect.width > 1 && rect.height > 1;
    };

    /** Pairs of boxes that cover each other by more than `tolerance` px both ways, with the overlap. */
    const overlapping = (rects: DOMRect[], tolerance: number) => {
      const pairs: [number, number, number, number][] = [];
      for (let i = 0; i < rects.length; i += 1) {
        for (let j = i + 1; j < rects.length; j += 1) {
          const a = rects[i]!;
          const b = rects[j]!;
          const x = Math.min(a.right, b.right) - Math.max(a.left, b.left);
          const y = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
          if (x > tolerance && y > tolerance) pairs.push([i, j, x, y]);
        }
      }
      return pairs;
    };

    const doc = document.documentElement;
    if (doc.scrollWidth > window.innerWidth + 1) {
      const wide = [...document.querySelectorAll('body *')].filter(
        (el) => visible(el) && el.getBoundingClientRect().right > window.innerWidth + 1,
      );
      // The innermost offenders are the useful ones.
      const leaves = wide.filter((el) => !wide.some((other) => other !== el && el.contains(other))).slice(0, 3);
      problems.push(
        `sideways scroll: the page is ${doc.scrollWidth}px wide in a ${window.innerWidth}px window (${leaves.map(describe).join(', ')})`,
      );
    }

    const boxLike = new Set([
      'block',
      'flex',
      'grid',
      'list-item',
      'table',
      'inline-block',
      'inline-flex',
      'inline-grid',
      'table-row',
      'flow-root',
    ]);
    for (const parent of document.querySelectorAll('body *')) {
      if (parent.closest('svg') || !visible(parent)) continue;
      const children = [...parent.children].filter((child) => {
        if (!visible(child) || (child.closest('svg') !== null && child.tagName !== 'svg')) return false;
        const style = getComputedStyle(child);
        if (!boxLike.has(style.display)) return false;
        // Screen-reader-only text and tooltips are meant to sit over other things.
        if (
          child.classList.contains('sr-only') ||
          child.getAttribute('role') === 'tooltip' ||
          child.classList.contains('cite-tip') ||
          child.classList.contains('share-status')
        )
          return false;
        return true;
      });
      if (children.length < 2 || children.length > 400) continue;
      for (const [i, j, x, y] of overlapping(
        children.map((child) => child.getBoundingClientRect()),
        1,
      )) {
        problems.push(`overlap: ${describe(children[i]!)} and ${describe(children[j]!)} (${Math.round(x)}×${Math.round(y)}px)`);
      }
    }

    // Boxes a reader sees as separate things (cards, list items, headings, controls, images, tables)
    // never cover one another, at any depth: a card spilling out of its row onto the next is caught here.
    const boxes = [...document.querySelectorAll('li, .card, h1, h2, h3, h4, button, input, select, textarea, img, table, figure')].filter(
      (el) => !el.closest('svg') && !el.closest('.sr-only') && !el.closest('.cite-tip') && visible(el),
    );
    const boxRects = boxes.map((el) => el.getBoundingClientRect());
    const seen = new Set<string>();
    for (let i = 0; i < boxes.length; i += 1) {
      for (let j = i + 1; j < boxes.length; j += 1) {
        const a = boxRects[i]!;
        const b = boxRects[j]!;
        if (a.bottom <= b.top || b.bottom <= a.top || a.right <= b.left || b.right <= a.left) continue;
        if (boxes[i]!.contains(boxes[j]!) || boxes[j]!.contains(boxes[i]!)) continue;
        const x = Math.min(a.right, b.right) - Math.max(a.left, b.left);
        const y = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
        if (x <= 1 || y <= 1) continue;
        const line = `overlap: ${describe(boxes[i]!)} and ${describe(boxes[j]!)}`;
        if (!seen.has(line)) problems.push(`${line} (${Math.round(x)}×${Math.round(y)}px)`);
        seen.add(line);
      }
    }

    for (const el of document.querySelectorAll('body *')) {
      if (el.closest('svg') || !visible(el) || el.classList.contains('sr-only')) continue;
      const style = getComputedStyle(el);
      const hidesX = style.overflowX === 'hidden' || style.overflowX === 'clip';
      const hidesY = style.overflowY === 'hidden' || style.overflowY === 'clip';
      if (!hidesX && !hidesY) continue;
      if (style.textOverflow === 'ellipsis') continue;
      if (hidesX && el.scrollWidth > el.clientWidth + 1)
        problems.push(`clipped: ${describe(el)} hides ${el.scrollWidth - el.clientWidth}px of its width`);
      if (hidesY && el.scrollHeight > el.clientHeight + 1)
        problems.push(`clipped: ${describe(el)} hides ${el.scrollHeight - el.clientHeight}px of its height`);
    }

    for (const svg of document.querySelectorAll('svg.recharts-surface')) {
      if (!visible(svg)) continue;
      const box = svg.getBoundingClientRect();
      const texts = [...svg.querySelectorAll('text')].filter((t) => t.textContent.trim() && visible(t));
      const rects = texts.map((t) => t.getBoundingClientRect());
      rects.forEach((r, i) => {
        if (r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 1 || r.bottom > box.bottom + 1) {
          problems.push(`chart label cut off: "${texts[i]!.textContent}"`);
        }
      });
      for (const [i, j] of overlapping(rects, 0.5))
        problems.push(`chart labels collide: "${texts[i]!.textContent}" and "${texts[j]!.textContent}"`);
    }
    return problems;
  });
}
