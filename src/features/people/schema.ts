import * as z from 'zod/mini';
import { EVIDENCE_KINDS, ROLES, type Role } from './vocabulary.ts';

export { EVIDENCE_KINDS, ROLES };
import { httpUrl, isoDate, localized, personName, slugId, sourceUrl, year } from '../../lib/schema.ts';

export const role = z.enum(ROLES);
export type { Role };

export const roleEntry = z.strictObject({
  role,
  year,
  /** The name or GitHub ID exactly as the post lists it. */
  listedAs: z.string().check(z.minLength(1)),
  certificate: z.optional(httpUrl),
  source: sourceUrl,
});

export const evidence = z.strictObject({
  kind: z.enum(EVIDENCE_KINDS),
  detail: z.string().check(z.minLength(1)),
  source: z.optional(sourceUrl),
});

/** A GitHub login, and a portrait's path in data/avatars/ (shared with the people fast path, `validate-people.ts`). */
export const GITHUB_LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/;
export const AVATAR_PATH = /^avatars\/[\w.-]+\.(png|jpe?g|webp)$/;

export const person = z.strictObject({
  id: slugId,
  name: personName,
  nameZh: z.optional(personName),
  github: z.optional(z.string().check(z.regex(GITHUB_LOGIN, 'must be a GitHub login'))),
  aliases: z.array(z.string().check(z.minLength(1))),
  /** A portrait shipped with the data (data/avatars/…): shown over the initials; never fetched from elsewhere. */
  avatar: z.optional(
    z.string().check(z.regex(AVATAR_PATH, 'must be a raster image (png, jpg, webp) in data/avatars/ such as avatars/ada-lin.png')),
  ),
  roles: z.array(roleEntry).check(z.minLength(1)),
  evidence: z.array(evidence),
  notes: z.array(localized),
  /** Lower-cased, accent-folded keys (and pinyin of Chinese names), computed by the importer. */
  searchKeys: z.array(z.string().check(z.minLength(1))).check(z.minLength(1)),
  /**
   * `id-only`: the person asked to be listed by ID only (data/withheld.json); `name` and every `listedAs` are
   * that ID, and no other name, portrait, certificate, evidence or note is kept.
   */
  listing: z.optional(z.literal('id-only')),
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
  /** The post's own words for the stated number, quoted as published (typos included). */
  wording: z.optional(z.string().check(z.minLength(1))),
  source: sourceUrl,
});

/**
 * A number a post states about a role, with its wording: "共诞生了 76 位 KubeSphere Contributor" (new, exact),
 * "拥有 200+ 贡献者" (total, at least), "已接近 300 人" (total, about). Certificate posts state counts for the
 * period since the previous post, not for a year, so they are kept here rather than in `counts`.
 */
export const statedFigure = z.strictObject({
  role,
  /** The year of the post. */
  year,
  value: z.int().check(z.nonnegative()),
  /** exact: "76 位"; at-least: "200+"; about: "接近 300". */
  bound: z.enum(['exact', 'at-least', 'about']),
  /** new: people added since the previous post; total: everyone so far. */
  scope: z.enum(['new', 'total']),
  /** The sentence as published. */
  wording: z.string().check(z.minLength(1)),
  source: sourceUrl,
});

/**
 * A reviewed identity decision (data/identity.json) the importer obeys: the entry a post lists as `listedAs`
 * under `role` and `year` is (same) or is not (different) the person `personId`.
 */
export const identityDecision = z.strictObject({
  decision: z.enum(['same', 'different']),
  listedAs: z.string().check(z.minLength(1)),
  role,
  year,
  /** The post that lists the entry. */
  source: sourceUrl,
  personId: slugId,
  reason: z.string().check(z.minLength(1)),
  /** The posts whose facts the decision rests on. */
  evidence: z.array(sourceUrl).check(z.minLength(1)),
});
export const identityDataset = z.strictObject({ decisions: z.array(identityDecision) });
export type IdentityDecision = z.infer<typeof identityDecision>;

/** Distinct commit authors of one repository (or of all, `repo` null) in one year: what the history shows. */
export const codeAuthorYear = z.strictObject({
  year,
  /** owner/name, or null for all the repositories together (one author counted once across them). */
  repo: z.nullable(z.string().check(z.minLength(1))),
  authors: z.int().check(z.nonnegative()),
  /** Of those, how many have a GitHub login the history shows. */
  withLogin: z.int().check(z.nonnegative()),
});

/**
 * Commit authors per repository and year, from the repositories' git history (e-mails never stored: an author
 * is a hashed e-mail, joined across e-mails only by a shared login). A companion to the stated contributor
 * counts, not the same measure: label it "commit authors in N repositories", never "contributors".
 */
export const codeAuthors = z.strictObject({
  definition: localized,
  repositories: z.array(
    z.strictObject({
      repo: z.string().check(z.minLength(1)),
      /** The commit the history was read at, and its date. */
      head: z.string().check(z.regex(/^[0-9a-f]{7,40}$/, 'must be a commit hash')),
      headDate: isoDate,
      source: sourceUrl,
    }),
  ),
  perYear: z.array(codeAuthorYear),
  /** The repositories' sources (the rows with `repo` null draw on all of them). */
  sources: z.array(sourceUrl).check(z.minLength(1)),
});

export const MEMBERSHIP_KINDS = ['member', 'user-group-leader-request', 'user-group-member', 'ambassador-application'] as const;

/** A request in the community's issue tracker: who asked, for what, and what was answered, as published. */
export const membershipRequest = z.strictObject({
  kind: z.enum(MEMBERSHIP_KINDS),
  /** The GitHub login the request is for. */
  login: z.string().check(z.regex(/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/, 'must be a GitHub login')),
  issue: httpUrl,
  opened: isoDate,
  openedBy: z.string().check(z.minLength(1)),
  /** Sponsors as the issue lists them; empty where none are asked for. */
  sponsors: z.array(z.string().check(z.minLength(1))),
  /** The answer as published (quoted), or what the stored copy shows. */
  outcome: z.string().check(z.minLength(1)),
  /** When the invitation, welcome or answer was given; null where the issue does not say. */
  outcomeDate: z.nullable(isoDate),
  /** The person in people.json with this login as GitHub login, listed ID or certificate slug (same ID, never a name). */
  personId: z.optional(slugId),
  source: sourceUrl,
});

/**
 * People listed for a role in a year who asked not to be shown at all (data/withheld.json): counted here,
 * never named. Shown as "n not shown at their request" beside the counts that include them.
 */
export const withheldCount = z.strictObject({ role, year, people: z.int().check(z.positive()) });

const loginLike = z.string().check(z.regex(/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/, 'must be an ID (letters, digits, dashes)'));

/**
 * A reviewed opt-out request (data/withheld.json, never published): the person `id` asked to be listed by ID
 * only (`shownAs`) or not at all. The import tools apply it to every dataset that names people; check:data
 * fails if any published dataset still names them.
 */
export const withheldRequest = z
  .strictObject({
    /** The person's id in data/people.json before the request (as a fresh import makes it). */
    id: slugId,
    mode: z.enum(['id-only', 'hidden']),
    /** id-only: the ID they are listed by (their GitHub login or the ID a post lists); the record's id becomes its lower case. */
    shownAs: z.optional(loginLike),
    /** Every name and spelling they are published under: matched where a dataset has no person id (talk speakers, committee leaders) and searched for leaks. */
    names: z.array(z.string().check(z.minLength(2))).check(z.minLength(1)),
    /** hidden: the roles and years the counts keep as "not shown at their request". */
    roles: z.array(z.strictObject({ role, year })),
    /** When the request was received. */
    date: isoDate,
    /** How the request came and who reviewed it (an issue, an e-mail to the maintainers). */
    request: z.string().check(z.minLength(1)),
  })
  .check(
    z.refine((r) => r.mode !== 'id-only' || r.shownAs !== undefined, 'an id-only request needs shownAs, the ID to show'),
    z.refine((r) => r.mode !== 'hidden' || r.roles.length > 0, 'a hidden request needs roles, the role-years its counts keep'),
  );
export const withheldDataset = z.strictObject({ requests: z.array(withheldRequest) });
export type WithheldRequest = z.infer<typeof withheldRequest>;

export const peopleDataset = z.strictObject({
  people: z.array(person),
  counts: z.array(roleCount),
  /** Numbers the certificate posts state (optional: older data has none). */
  statements: z.optional(z.array(statedFigure)),
  /** What the git history shows beside the stated contributor counts (optional). */
  codeAuthors: z.optional(codeAuthors),
  /** Member, user-group and ambassador requests in the community's issue tracker (optional). */
  membershipRequests: z.optional(z.array(membershipRequest)),
  /** People not shown at their request, per role and year (optional: absent where nobody asked). */
  withheld: z.optional(z.array(withheldCount)),
});

export type Person = z.infer<typeof person>;
export type RoleEntry = z.infer<typeof roleEntry>;
export type RoleCount = z.infer<typeof roleCount>;
export type StatedFigure = z.infer<typeof statedFigure>;
export type CodeAuthors = z.infer<typeof codeAuthors>;
export type MembershipRequest = z.infer<typeof membershipRequest>;
export type PeopleDataset = z.infer<typeof peopleDataset>;
export type WithheldCount = z.infer<typeof withheldCount>;
