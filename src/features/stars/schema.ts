import * as z from 'zod/mini';
import { isoDate, localized, sourceUrl, year } from '../../lib/schema.ts';

const repo = z.string().check(z.regex(/^[\w.-]+\/[\w.-]+$/, 'must be owner/name'));

export const starPoint = z.strictObject({
  repo,
  date: isoDate,
  value: z.int().check(z.nonnegative()),
  /** `exact`: a count read at that date; `at-least`: a published lower bound ("over 10,000"). */
  kind: z.enum(['exact', 'at-least']),
  wording: localized,
  source: sourceUrl,
});

export const starsDataset = z.strictObject({
  projects: z.array(z.strictObject({ repo, name: z.string().check(z.minLength(1)) })).check(z.minLength(1)),
  points: z.array(starPoint),
  milestones: z.array(
    z.strictObject({ repo, value: z.int().check(z.positive()), year, date: isoDate, wording: localized, source: sourceUrl }),
  ),
});

/** Dense dated snapshots collected by third parties (one value per day where a snapshot exists). */
export const starSnapshotsDataset = z.strictObject({
  series: z.array(
    z.strictObject({
      repo,
      source: sourceUrl,
      note: localized,
      points: z.array(z.tuple([isoDate, z.int().check(z.nonnegative())])),
    }),
  ),
});

export type StarsDataset = z.infer<typeof starsDataset>;
export type StarPoint = z.infer<typeof starPoint>;
export type StarSnapshotsDataset = z.infer<typeof starSnapshotsDataset>;
