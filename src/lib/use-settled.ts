import { startTransition, useEffect, useState } from 'react';

/**
 * `value` once it has stopped changing for `ms` (then applied as a transition, in slices), so work that
 * follows it (counts, a chart) runs once after a burst of keystrokes rather than between them. The first
 * render returns `value` itself, as the build prerendered it.
 */
export function useSettled<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    if (Object.is(settled, value)) return;
    const timer = setTimeout(() => {
      startTransition(() => setSettled(value));
    }, ms);
    return () => clearTimeout(timer);
  }, [value, ms, settled]);
  return settled;
}
