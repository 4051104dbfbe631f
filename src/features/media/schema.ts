import { z } from 'zod';
import { httpUrl, isoDate, localized, sourceUrl, year } from '../../lib/schema.ts';

export const mediaDataset = z.object({
  channels: z.array(
    z.object({
      id: z.string().min(1),
      name: localized,
      figures: z.array(
        z.object({
          value: z.number().nonnegative(),
          qualifier: z.enum(['exact', 'at-least', 'nearly']),
          wording: localized,
          asOf: isoDate,
          source: sourceUrl,
        }),
      ),
    }),
  ),
  images: z.array(z.object({ year, asOf: isoDate.optional(), image: httpUrl, note: localized.optional(), source: sourceUrl })),
});
export type MediaDataset = z.infer<typeof mediaDataset>;
