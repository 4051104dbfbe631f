import { describe, expect, it } from 'vitest';
import { cameFromList, FROM_LIST, nextCount, readPosition, savePosition } from '@/features/people/lib/list-position';

function memoryStorage() {
  const items = new Map<string, string>();
  return { getItem: (k: string) => items.get(k) ?? null, setItem: (k: string, v: string) => void items.set(k, v), items };
}

describe('the list position', () => {
  it('is saved and read back per history entry', () => {
    const storage = memoryStorage();
    savePosition(storage, 'abc?role=speaker', { count: 96, y: 2400 });
    expect(readPosition(storage, 'abc?role=speaker')).toEqual({ count: 96, y: 2400 });
    expect(readPosition(storage, 'abc')).toBeNull();
  });

  it('ignores what is not a position', () => {
    const storage = memoryStorage();
    for (const raw of ['{', '"x"', '{"count":"9","y":1}', '{"count":0,"y":1}', '{"count":5,"y":-1}', '{"count":5}']) {
      storage.items.set('people-list:k', raw);
      expect(readPosition(storage, 'k')).toBeNull();
    }
  });

  it('survives storage that refuses to save', () => {
    expect(() =>
      savePosition(
        {
          setItem: () => {
            throw new Error('full');
          },
        },
        'k',
        { count: 1, y: 0 },
      ),
    ).not.toThrow();
  });
});

describe('the way back', () => {
  it('knows a person was opened from the list only by the state the list’s link leaves', () => {
    expect(cameFromList(FROM_LIST)).toBe(true);
    expect(cameFromList(null)).toBe(false);
    expect(cameFromList({ fromPeopleList: 'yes' })).toBe(false);
    expect(cameFromList('fromPeopleList')).toBe(false);
  });
});

describe('showing more cards', () => {
  it('adds a page, never more than there are', () => {
    expect(nextCount(48, 1000, 48)).toBe(96);
    expect(nextCount(48, 50, 48)).toBe(50);
  });
});
