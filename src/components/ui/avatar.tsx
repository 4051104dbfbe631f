import { useState } from 'react';

/** Background colours that all carry white initials at WCAG AA contrast. */
const CLASSES = [
  'bg-[#1d4ed8]',
  'bg-[#b45309]',
  'bg-[#047857]',
  'bg-[#7e22ce]',
  'bg-[#be123c]',
  'bg-[#0e7490]',
  'bg-[#4d7c0f]',
  'bg-[#a21caf]',
];

export function hashString(text: string): number {
  let hash = 2166136261;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 16777619);
  }
  return hash >>> 0;
}

export function initials(name: string): string {
  const han = name.match(/\p{Script=Han}/gu);
  if (han && han.length > 0) return han.slice(-2).join('');
  const words = name.split(/[\s_-]+/).filter(Boolean);
  const letters = words.length >= 2 ? [words[0]?.[0], words.at(-1)?.[0]] : [words[0]?.[0], words[0]?.[1]];
  return letters.filter(Boolean).join('').toUpperCase() || '?';
}

/**
 * Initials on a stable colour: needs no network. Where the data ships a portrait (`src`), it is drawn
 * over the initials once it loads; if it fails, the initials stay.
 */
export function Avatar({ id, name, src, size = 'md' }: { id: string; name: string; src?: string; size?: 'md' | 'lg' }) {
  const [failed, setFailed] = useState(false);
  const cls = CLASSES[hashString(id) % CLASSES.length] ?? CLASSES[0];
  const dims = size === 'lg' ? 'h-16 w-16 text-xl' : 'h-10 w-10 text-sm';
  const px = size === 'lg' ? 64 : 40;
  return (
    <span
      aria-hidden="true"
      className={`relative inline-flex shrink-0 items-center justify-center overflow-hidden rounded-full font-bold text-white ${dims} ${cls}`}
    >
      {initials(name)}
      {src && !failed && (
        <img
          src={src}
          alt=""
          width={px}
          height={px}
          loading="lazy"
          decoding="async"
          onError={() => setFailed(true)}
          className="absolute inset-0 h-full w-full object-cover"
        />
      )}
    </span>
  );
}
