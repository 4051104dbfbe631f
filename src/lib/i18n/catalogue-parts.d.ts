/** The catalogue parts the build cuts from en.ts and zh.ts (src/cli/vite-catalogue-plugin.ts). */
declare module 'virtual:catalogues' {
  import type { Lang } from '@/lib/i18n/format';

  /** A part's messages, by language. */
  export type CataloguePart = Readonly<Record<Lang, () => Promise<Readonly<Record<string, string>>>>>;
  /** The messages of the code every page loads. */
  export const shell: CataloguePart;
  /** Each page's messages beyond the shell's, by page name (`stars` for src/app/pages/stars-page.tsx). */
  export const pages: Readonly<Partial<Record<string, CataloguePart>>>;
}
