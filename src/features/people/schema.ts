import * as z from 'zod/mini';
import { httpUrl, localized, personName, slugId, sourceUrl, year } from '../../lib/schema.ts';

export const ROLES = ['ambassador', 'speaker', 'contributor', 'member', 'station-leader'] as const;
export const role = z.enum(ROLES);
export type Role = z.infer<typeof role>;

export const roleEntry = z.strictObject({
  role,
  year,
  /** The name or GitHub ID exactly as the post lists it. */
  listedAs: z.string().check(z.minLength(1)),
  certificate: z.optional(httpUrl),
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

export const evidence = z.strictObject({
  kind: z.enum(EVIDENCE_KINDS),
  detail: z.string().check(z.minLength(1)),
  source: z.optional(sourceUrl),
});

export const person = z.strictObject({
  id: slugId,
  name: personName,
  nameZh: z.optional(personName),
  github: z.optional(z.string().check(z.regex(/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/, 'must be a GitHub login'))),
  aliases: z.array(z.string().check(z.minLength(1))),
  /** A portrait shipped with the data (data/avatars/…): shown over the initials; never fetched from elsewhere. */
  avatar: z.optional(
    z
      .string()
      .check(
        z.regex(
          /^avatars\/[\w.-]+\.(png|jpe?g|webp)$/,
          'must be a raster image (png, jpg, webp) in data/avatars/ such as avatars/zhenfei-pei.png',
        ),
      ),
  ),
  roles: z.array(roleEntry).check(z.minLength(1)),
  evidence: z.array(evidence),
  notes: z.array(localized),
  /** Lower-cased, accent-folded keys (and pinyin of Chinese names), computed by the importer. */
  searchKeys: z.array(z.string().check(z.minLength(1))).check(z.minLength(1)),
});

export const roleCount = z.strictObject({
  role,
  year,
  /** The number the post states; null where the post states none. */
  stated: z.nullable(z.int().check(z.nonnegative())),
  /** Entries in the post's own list (rows or cells); null where the names were published only as an image. */
  listedRows: z.nullable(z.int().check(z.nonnegative())),
  /** Where the list comes from, when another post than the stated count's (e.g. the English edition). */
  listSource: z.optional(sourceUrl),
  note: z.optional(localized),
  source: sourceUrl,
});

export const peopleDataset = z.strictObject({
  people: z.array(person),
  counts: z.array(roleCount),
});

export type Person = z.infer<typeof person>;
export type RoleEntry = z.infer<typeof roleEntry>;
export type RoleCount = z.infer<typeof roleCount>;
export type PeopleDataset = z.infer<typeof peopleDataset>;
