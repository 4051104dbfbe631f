/** Background colours that all carry white initials at WCAG AA contrast. */
const CLASSES = ['bg-[#1d4ed8]', 'bg-[#b45309]', 'bg-[#047857]', 'bg-[#7e22ce]', 'bg-[#be123c]', 'bg-[#0e7490]', 'bg-[#4d7c0f]', 'bg-[#a21caf]'];

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

/** Initials on a stable colour: needs no network. */
export function Avatar({ id, name, size = 'md' }: { id: string; name: string; size?: 'md' | 'lg' }) {
  const cls = CLASSES[hashString(id) % CLASSES.length] ?? CLASSES[0];
  const dims = size === 'lg' ? 'h-16 w-16 text-xl' : 'h-10 w-10 text-sm';
  return (
    <span aria-hidden="true" className={`inline-flex shrink-0 items-center justify-center rounded-full font-bold text-white ${dims} ${cls}`}>
      {initials(name)}
    </span>
  );
}
