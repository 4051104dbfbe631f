/**
 * The event types, apart from the schema: pages and links need them at once, while the schema (and zod
 * with it) loads with the data.
 */
export const EVENT_TYPES = ['meetup', 'live', 'company-visit', 'university-visit', 'podcast', 'office-hours'] as const;
export type EventType = (typeof EVENT_TYPES)[number];
