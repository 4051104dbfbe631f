/** The ids of the events page's sections: their addresses (`/events#events-by-year`) and the page's section links. */
export const EVENTS_SECTION_IDS = {
  timeline: 'timeline',
  byYear: 'events-by-year',
  howCounted: 'stated-vs-listed',
} as const;
