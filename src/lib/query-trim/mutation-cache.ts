/** Said by anything that would start a mutation: the dashboard never writes, so its build leaves them out. */
export const MUTATIONS_LEFT_OUT = 'Mutations are left out of this build (src/cli/vite-query-trim-plugin.ts)';

/**
 * Stands in for TanStack Query's MutationCache in the build (src/cli/vite-query-trim-plugin.ts). QueryClient
 * always creates one, which pulls in the code of mutations (about 1.2 KB gzipped on every page) that a
 * dashboard of static files never runs. What QueryClient asks of it (clear, findAll, resumePausedMutations on
 * focus and reconnect) answers "no mutations"; starting one throws, saying why.
 */
export class MutationCache {
  constructor(readonly config: object = {}) {}
  build(): never {
    throw new Error(MUTATIONS_LEFT_OUT);
  }
  add(): never {
    throw new Error(MUTATIONS_LEFT_OUT);
  }
  remove(): void {}
  clear(): void {}
  getAll(): [] {
    return [];
  }
  find(): undefined {
    return undefined;
  }
  findAll(): [] {
    return [];
  }
  notify(): void {}
  subscribe(): () => void {
    return () => undefined;
  }
  hasListeners(): boolean {
    return false;
  }
  resumePausedMutations(): Promise<void> {
    return Promise.resolve();
  }
}
