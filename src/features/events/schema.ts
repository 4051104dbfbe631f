import { z } from 'zod';
import { httpUrl, isoDate, localized, slugId, sourceUrl, year } from '../../lib/schema.ts';

export const EVENT_TYPES = ['meetup', 'live', 'company-visit', 'university-visit', 'podcast', 'office-hours'] as const;
export const eventType = z.enum(EVENT_TYPES);
export type EventType = z.infer<typeof eventType>;

export const talk = z.object({
  title: z.string().min(1),
  /** Speakers as published; `personId` where data/people.json knows them (linked at data-build time). */
  speakers: z.array(z.object({ name: z.string().min(1), personId: slugId.optional() })),
  affiliation: z.string().optional(),
  link: httpUrl.optional(),
});

export const eventRecord = z.object({
  id: slugId,
  type: eventType,
  year,
  /** Null where no source gives the date. */
  date: isoDate.nullable(),
  mode: z.enum(['offline', 'online', 'hybrid']),
  city: localized.optional(),
  /** As published; `en` only where a source has it or we translated it (marked). */
  title: z.object({ zh: z.string().min(1), en: z.string().min(1).optional(), enTranslated: z.boolean().optional() }),
  link: httpUrl.optional(),
  committee: localized.optional(),
  talks: z.array(talk),
  note: localized.optional(),
  source: sourceUrl,
});

export const eventsDataset = z.object({
  events: z.array(eventRecord),
  stated: z.array(z.object({ year, type: eventType, count: z.number().int().nonnegative(), wording: localized, source: sourceUrl })),
});
export type EventRecord = z.infer<typeof eventRecord>;
export type EventsDataset = z.infer<typeof eventsDataset>;
