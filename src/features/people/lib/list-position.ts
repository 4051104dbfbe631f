/**
 * Where the reader was in the people list: how many cards were shown and how far down the page, per
 * history entry, so that Back from a person shows the same cards at the same place (phones too).
 */
export type ListPosition = { count: number; y: number };

const PREFIX = 'people-list:';

/** The position saved for a history entry, if a valid one was. */
export function readPosition(storage: Pick<Storage, 'getItem'>, key: string): ListPosition | null {
  let raw: unknown;
  try {
    raw = JSON.parse(storage.getItem(PREFIX + key) ?? 'null');
  } catch {
    return null;
  }
  if (typeof raw !== 'object' || raw === null || !('count' in raw) || !('y' in raw)) return null;
  const { count, y } = raw;
  if (typeof count !== 'number' || typeof y !== 'number' || !Number.isFinite(count) || !Number.isFinite(y) || count < 1 || y < 0)
    return null;
  return { count: Math.floor(count), y };
}

export function savePosition(storage: Pick<Storage, 'setItem'>, key: string, position: ListPosition): void {
  try {
    storage.setItem(PREFIX + key, JSON.stringify(position));
  } catch {
    // Storage full or disabled: Back then opens the list at its top, as before.
  }
}

/** The history state a card's link leaves, so the person page knows that Back returns to the list. */
export const FROM_LIST = { fromPeopleList: true } as const;

export function cameFromList(state: unknown): boolean {
  return typeof state === 'object' && state !== null && 'fromPeopleList' in state && state.fromPeopleList === true;
}

/** How many cards to show: a page more than asked, never more than there are. */
export function nextCount(shown: number, total: number, page: number): number {
  return Math.min(total, shown + page);
}
