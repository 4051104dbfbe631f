import { QueryClient, type MutationCache as QueryMutationCache } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { MutationCache, MUTATIONS_LEFT_OUT } from '@/lib/query-trim/mutation-cache';
import { infiniteQueryBehavior, INFINITE_LEFT_OUT } from '@/lib/query-trim/infinite-query-behavior';

/** What QueryClient calls on its mutation cache, by Query's own types: the stand-in must answer each. */
const covered: Pick<QueryMutationCache, 'clear' | 'findAll' | 'getAll' | 'find' | 'resumePausedMutations' | 'subscribe'> =
  new MutationCache();

describe('the build’s stand-ins for Query’s mutations and infinite queries', () => {
  it('let a QueryClient run queries, clear, and come back online or into focus', async () => {
    const client = new QueryClient({ mutationCache: new MutationCache() as unknown as QueryMutationCache });
    client.mount();
    await expect(client.query({ queryKey: ['x'], queryFn: () => Promise.resolve(42) })).resolves.toBe(42);
    expect(client.isMutating()).toBe(0);
    window.dispatchEvent(new Event('online'));
    window.dispatchEvent(new Event('visibilitychange'));
    await expect(client.resumePausedMutations()).resolves.toBeUndefined();
    client.clear();
    client.unmount();
    expect(covered.getAll()).toEqual([]);
  });

  it('say why, should a mutation or an infinite query ever start', () => {
    expect(() => new MutationCache().build()).toThrow(MUTATIONS_LEFT_OUT);
    expect(() => infiniteQueryBehavior().onFetch()).toThrow(INFINITE_LEFT_OUT);
  });
});
