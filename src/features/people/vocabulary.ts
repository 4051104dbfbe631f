/**
 * The people vocabularies, apart from the schema: pages and links need them at once, while the schema
 * (and zod with it) loads with the data.
 */
export const ROLES = ['ambassador', 'speaker', 'contributor', 'member', 'station-leader'] as const;
export type Role = (typeof ROLES)[number];

export const EVIDENCE_KINDS = [
  'same-certificate',
  'certificate-slug',
  'same-listed-id',
  'github-id-is-slug',
  'pinyin-is-slug',
  'case-only-duplicate',
  'repeated-row',
  'published-pairing',
] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];
