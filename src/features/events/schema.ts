import * as z from 'zod/mini';
import { EVENT_TYPES, type EventType } from './vocabulary.ts';

export { EVENT_TYPES };
import { httpUrl, isoDate, localized, personName, publishedText, slugId, sourceUrl, year } from '../../lib/schema.ts';

export const eventType = z.enum(EVENT_TYPES);
export type { EventType };

export const talk = z.strictObject({
  title: publishedText,
  /** Speakers as published; `personId` where data/people.json knows them (linked at data-build time). */
  speakers: z.array(z.strictObject({ name: personName, personId: z.optional(slugId) })),
  /** Speakers not shown at their request (data/withheld.json): counted, never named. */
  withheldSpeakers: z.optional(z.int().check(z.positive())),
  affiliation: z.optional(z.string()),
  link: z.optional(httpUrl),
});

export const eventRecord = z.strictObject({
  id: slugId,
  type: eventType,
  year,
  /** Null where no source gives the date. */
  date: z.nullable(isoDate),
  mode: z.enum(['offline', 'online', 'hybrid']),
  city: z.optional(localized),
  /** As published; `en` only where a source has it or we translated it (marked). */
  title: publishedText,
  link: z.optional(httpUrl),
  committee: z.optional(localized),
  talks: z.array(talk),
  note: z.optional(localized),
  source: sourceUrl,
});

export const eventsDataset = z.strictObject({
  events: z.array(eventRecord),
  stated: z.array(z.strictObject({ year, type: eventType, count: z.int().check(z.nonnegative()), wording: localized, source: sourceUrl })),
});
export type EventRecord = z.infer<typeof eventRecord>;
export type EventsDataset = z.infer<typeof eventsDataset>;
