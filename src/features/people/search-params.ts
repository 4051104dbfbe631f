import { ROUTES } from '@/lib/routes';
import { defineSearch, listOf, oneOf, text, view, years, type View } from '@/lib/url-state';
import { ROLES, type Role } from '@/features/people/vocabulary';

/** Most recent year first (then most roles), most roles first, or by name. */
export const SORTS = ['recent', 'roles', 'name'] as const;
export type PeopleSort = (typeof SORTS)[number];

/** Everything /people shows lives in the URL: `?role=speaker,member&year=2022&q=tan&sort=name&view=table`. */
export type PeopleSearch = { roles: Role[]; years: number[]; q: string; sort: PeopleSort; view: View };

/** One definition parses /people's URL, serialises it back (defaults left out, `lang` carried) and builds its links. */
export const peopleSearch = defineSearch<PeopleSearch>({
  roles: ['role', listOf(ROLES)],
  years: ['year', years],
  q: ['q', text(200)],
  sort: ['sort', oneOf(SORTS, 'recent')],
  view: ['view', view],
});

/** A link to /people showing `value`, e.g. `peopleHref({ roles: ['speaker'], years: [2022] })`. */
export function peopleHref(value: Partial<PeopleSearch> = {}, hash?: string): string {
  return peopleSearch.href(ROUTES.people, value, hash);
}

/**
 * How long typing must rest before the rest follows it: the URL (`usePeopleSearch`), the option counts and the
 * chart (`usePeopleResults`), the cards below the first screen (`PeopleGrid`). Each URL write renders every link
 * on the page again, so a write per keystroke would cost each keystroke a page render; and browsers limit history
 * writes (WebKit: 100 in 10 s, then it throws).
 */
export const TYPING_REST_MS = 150;
