import { memo, useCallback, useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { useHref, useLocation, useNavigate } from 'react-router-dom';
import { personPath } from '@/lib/routes';
import { useI18n } from '@/lib/i18n/i18n';
import { FROM_LIST, nextCount, readPosition, savePosition, type ListPosition } from '@/features/people/lib/list-position';
import type { PersonSummary } from '@/features/people/lib/person-summaries';
import { PersonCard } from '@/features/people/components/person-card';

/** Cards rendered at first and added each time the reader nears the end of the list. */
const PAGE = 48;
/**
 * Cards drawn with a keystroke until the list has said how many were on the screen: more than a first screen
 * holds (six rows of three on a desktop, all of a phone's).
 */
const FIRST_SCREEN = 18;

/**
 * The people as a list of cards in normal flow: each card is as tall as its content (no fixed row
 * height, nothing clipped or covered), and only the first pages are rendered, more as the reader
 * scrolls near the end (or presses "Show more"), so 100,000 people cost what the first few dozen do.
 * Back from a person restores the cards shown and the scroll position. Memoised: a keystroke renders it
 * once, when the filtered list changes.
 */
export const PeopleGrid = memo(function PeopleGrid({
  people,
  summary,
  typing,
  label,
}: {
  /** Positions of the people to list, in order. */
  people: Int32Array;
  /** True while the reader is typing (see `usePeopleSearch`): a new list then draws its first screen only. */
  typing: boolean;
  summary: (i: number) => PersonSummary | undefined;
  label: string;
}) {
  const { t, number } = useI18n();
  const location = useLocation();
  // The history entry and its URL: the first entry's key is "default" in every session.
  const key = `${location.key}${location.search}`;
  // The first render is the same wherever it runs (a prerendered page hydrates with it): the first page.
  // The position saved for this history entry (Back from a person) is read once mounted, before the paint.
  const [restored, setRestored] = useState<ListPosition | null>(null);
  const [shown, setShown] = useState(() => Math.min(people.length, PAGE));
  // A new list (new filters) starts again at its first page.
  const [listed, setListed] = useState(people);
  if (listed !== people) {
    setListed(people);
    setShown(Math.min(people.length, PAGE));
  }
  // One navigate for all cards, kept in a ref so that the cards' callback never changes.
  const navigate = useNavigate();
  const navigateRef = useRef(navigate);
  useLayoutEffect(() => {
    navigateRef.current = navigate;
  });
  const open = useCallback((id: string) => void navigateRef.current(personPath(id), { state: FROM_LIST }), []);
  const base = useHref('/').replace(/\/$/, '');
  const more = useRef<HTMLButtonElement>(null);
  const list = useRef<HTMLUListElement>(null);
  const state = useRef({ shown, key, total: people.length });
  useLayoutEffect(() => {
    state.current = { shown, key, total: people.length };
  });

  useLayoutEffect(() => {
    const saved = typeof sessionStorage === 'undefined' ? null : readPosition(sessionStorage, state.current.key);
    if (saved) {
      setRestored(saved);
      setShown((n) => Math.min(state.current.total, Math.max(n, saved.count)));
    }
    return () => {
      if (typeof sessionStorage !== 'undefined')
        savePosition(sessionStorage, state.current.key, { count: state.current.shown, y: window.scrollY });
    };
  }, []);
  useLayoutEffect(() => {
    if (restored) window.scrollTo(0, restored.y);
  }, [restored]);

  // As the reader scrolls down to the end of the list, the next page is added (the button stays for keyboards
  // and old browsers): when the button comes within 800 px below the screen or into its lower two thirds. Not
  // when it is near the top of the screen: that is a reader who jumped to a section below the list (the page's
  // own links), whom more cards would push away from it.
  useEffect(() => {
    const button = more.current;
    if (!button || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver(
      (entries) => {
        const coming = entries.some((e) => e.isIntersecting && e.boundingClientRect.top > window.innerHeight / 3);
        if (coming) setShown((n) => nextCount(n, people.length, PAGE));
      },
      { rootMargin: '0px 0px 800px 0px' },
    );
    observer.observe(button);
    return () => observer.disconnect();
  }, [people.length, shown]);

  // Typing shows a new list's first screen with the keystroke and the rest of the page once typing rests (or the
  // reader leaves the box), so a keystroke neither waits for nor tears down cards nobody sees. Choices (a filter,
  // a sort, Clear, Back) and a first visit draw the whole page at once.
  const settled = !typing;
  const onScreen = useCardsOnScreen(list, settled, people);
  const drawn = settled ? shown : Math.min(shown, onScreen);
  const left = people.length - shown;
  return (
    <>
      {/* Safari drops the list role from a list without bullets; saying it keeps the cards a list. */}
      {/* eslint-disable-next-line jsx-a11y/no-redundant-roles */}
      <ul ref={list} role="list" aria-label={label} className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-3">
        {Array.from(people.subarray(0, drawn), (i) => {
          const person = summary(i);
          return (
            person && (
              <li key={person.id} className="min-w-0">
                <PersonCard person={person} base={base} onOpen={open} />
              </li>
            )
          );
        })}
      </ul>
      {left > 0 && (
        <button
          ref={more}
          type="button"
          className="btn-quiet mt-3 w-full"
          onClick={() => setShown((n) => nextCount(n, people.length, PAGE))}
        >
          {t('people.more', { count: Math.min(PAGE, left), left: number(left) })}
        </button>
      )}
    </>
  );
});

/**
 * How many of the list's first cards the screen shows, even in part, as an IntersectionObserver
 * reports it for the settled list, without a layout read: a keystroke draws that many, the rest follows one
 * deferred render later. `FIRST_SCREEN` until it has answered, where it cannot, or when none is in view.
 */
function useCardsOnScreen(list: RefObject<HTMLUListElement | null>, settled: boolean, people: Int32Array): number {
  const [count, setCount] = useState(FIRST_SCREEN);
  useEffect(() => {
    const element = list.current;
    if (!settled || !element || typeof IntersectionObserver === 'undefined') return;
    const seen = new Set<Element>();
    const observer = new IntersectionObserver((entries) => {
      for (const entry of entries) {
        if (entry.isIntersecting) seen.add(entry.target);
        else seen.delete(entry.target);
      }
      setCount(seen.size === 0 ? FIRST_SCREEN : seen.size);
    });
    for (const card of Array.from(element.children).slice(0, FIRST_SCREEN)) observer.observe(card);
    return () => observer.disconnect();
  }, [list, settled, people]);
  return count;
}
