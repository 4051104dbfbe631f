import { z } from 'zod';
import { httpUrl, localized, slugId, sourceUrl, year } from '../../lib/schema.ts';

export const ROLES = ['ambassador', 'speaker', 'contributor', 'member', 'station-leader'] as const;
export const role = z.enum(ROLES);
export type Role = z.infer<typeof role>;

export const roleEntry = z.object({
  role,
  year,
  /** The name or GitHub ID exactly as the post lists it. */
  listedAs: z.string().min(1),
  certificate: httpUrl.optional(),
  source: sourceUrl,
});

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

export const evidence = z.object({
  kind: z.enum(EVIDENCE_KINDS),
  detail: z.string().min(1),
  source: sourceUrl.optional(),
});

export const person = z.object({
  id: slugId,
  name: z.string().min(1),
  nameZh: z.string().min(1).optional(),
  github: z.string().regex(/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/, 'must be a GitHub login').optional(),
  aliases: z.array(z.string().min(1)),
  roles: z.array(roleEntry).min(1),
  evidence: z.array(evidence),
  notes: z.array(localized),
  /** Lower-cased, accent-folded keys (and pinyin of Chinese names), computed by the importer. */
  searchKeys: z.array(z.string().min(1)).min(1),
});

export const roleCount = z.object({
  role,
  year,
  /** The number the post states; null where the post states none. */
  stated: z.number().int().nonnegative().nullable(),
  /** Entries in the post's own list (rows or cells); null where the names were published only as an image. */
  listedRows: z.number().int().nonnegative().nullable(),
  /** Where the list comes from, when another post than the stated count's (e.g. the English edition). */
  listSource: sourceUrl.optional(),
  note: localized.optional(),
  source: sourceUrl,
});

export const peopleDataset = z.object({
  people: z.array(person),
  counts: z.array(roleCount),
});

export type Person = z.infer<typeof person>;
export type RoleEntry = z.infer<typeof roleEntry>;
export type RoleCount = z.infer<typeof roleCount>;
export type PeopleDataset = z.infer<typeof peopleDataset>;
