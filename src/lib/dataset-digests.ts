/**
 * The SHA-256 (hex) of each data file the build validated, by file name. Empty here, so the dev server and
 * the tests validate every file; `npm run build` replaces this module with the digests of the very texts it
 * validated (src/cli/vite-data-plugin.ts). Its own chunk, loaded beside the data: a data-only update
 * leaves the app's other files as they were.
 */
export const digests: Readonly<Record<string, string>> = {};
