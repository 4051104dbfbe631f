import { useEffect, useRef, useState, type ReactNode } from 'react';

/**
 * Renders its children only once the placeholder scrolls near the viewport, so code they load
 * (a chart library) is not part of the first paint; or at once when `eager` (the page holds what they
 * show as drawn at build, which costs no code). `className` gives the placeholder its height (a class,
 * not a style attribute: the CSP forbids those in prerendered HTML).
 */
export function WhenVisible({
  children,
  className,
  label,
  eager = false,
}: {
  children: ReactNode;
  className: string;
  label: string;
  eager?: boolean;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const [visible, setVisible] = useState(eager);
  useEffect(() => {
    const element = ref.current;
    if (!element || visible) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          setVisible(true);
          observer.disconnect();
        }
      },
      { rootMargin: '0px' },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [visible]);
  return (
    <div ref={ref} className={className} aria-busy={!visible}>
      {!visible && <span className="sr-only">{label}</span>}
      {visible && children}
    </div>
  );
}
