import { useEffect, useRef, useState, type ReactNode } from 'react';

/**
 * Renders its children only once the placeholder scrolls near the viewport, so code they load
 * (a chart library) is not part of the first paint.
 */
/** `className` reserves the children's height (a class: the CSP forbids style attributes). */
export function WhenVisible({ children, className, label }: { children: ReactNode; className: string; label: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const [visible, setVisible] = useState(false);
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
