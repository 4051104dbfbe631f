import * as z from 'zod/mini';
import { isoDate, localized, sourceUrl } from './schema.ts';

export const sourceRecord = z.strictObject({
  url: sourceUrl,
  title: localized,
  date: isoDate,
  publisher: z.string().check(z.minLength(1)),
  /** Why no record cites this source (read for context only); check:data requires every other source to be cited. */
  contextOnly: z.optional(z.string().check(z.minLength(1))),
});
export const sourcesDataset = z.strictObject({ sources: z.array(sourceRecord).check(z.minLength(1)) });
export type SourceRecord = z.infer<typeof sourceRecord>;
export type SourcesDataset = z.infer<typeof sourcesDataset>;
