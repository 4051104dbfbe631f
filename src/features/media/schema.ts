import * as z from 'zod/mini';
import { httpUrl, isoDate, localized, sourceUrl, year } from '../../lib/schema.ts';

export const mediaDataset = z.strictObject({
  channels: z.array(
    z.strictObject({
      id: z.string().check(z.minLength(1)),
      name: localized,
      /** What the figures count: people in a group, followers of an account, or views of videos (plays, not people). */
      measure: z.optional(z.enum(['members', 'followers', 'views'])),
      figures: z.array(
        z.strictObject({
          value: z.number().check(z.nonnegative()),
          qualifier: z.enum(['exact', 'at-least', 'nearly']),
          wording: localized,
          asOf: isoDate,
          source: sourceUrl,
        }),
      ),
    }),
  ),
  images: z.array(z.strictObject({ year, asOf: z.optional(isoDate), image: httpUrl, note: z.optional(localized), source: sourceUrl })),
});
export type MediaDataset = z.infer<typeof mediaDataset>;
