/**
 * The community vocabularies, apart from the schema: pages need them at once, while the schema (and zod
 * with it) loads only when a file must be validated in the page.
 */
export const ADOPTION_METRICS = [
  'downloads',
  'installs',
  'active-clusters',
  'production-users',
  'user-countries',
  'contributor-countries',
  'forks',
] as const;

export const FACT_TOPICS = ['cloud-marketplaces', 'sigs', 'summer-programme'] as const;
