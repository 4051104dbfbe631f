import type { ReactNode } from 'react';
import { CopyLinkButton } from '@/components/ui/copy-link-button';

/** A page section with a stable id, a heading and a visible copy-link control. */
export function Section({
  id,
  title,
  level = 2,
  children,
  className = '',
}: {
  id: string;
  title: string;
  level?: 2 | 3;
  children: ReactNode;
  className?: string;
}) {
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <section id={id} aria-labelledby={`${id}-title`} className={`scroll-mt-24 ${className}`}>
      <Heading id={`${id}-title`} className={level === 2 ? 'mb-3 text-xl font-semibold' : 'mb-2 text-lg font-semibold'}>
        {title} <CopyLinkButton id={id} title={title} />
      </Heading>
      {children}
    </section>
  );
}
