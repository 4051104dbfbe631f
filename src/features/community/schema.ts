import * as z from 'zod/mini';
import { ADOPTION_METRICS, FACT_TOPICS } from './vocabulary.ts';
import { httpUrl, isoDate, isoMonth, isoYear, localized, slugId, sourceUrl, year } from '../../lib/schema.ts';

export const link = z.strictObject({ label: localized, url: httpUrl });

export const milestone = z.strictObject({
  /** As precise as the source: a day, a month, or only the year. */
  date: z.union([isoDate, isoMonth, isoYear]),
  kind: z.enum(['created', 'cncf-sandbox', 'donated', 'renamed', 'release', 'stars']),
  text: localized,
  source: sourceUrl,
});

export const project = z.strictObject({
  id: slugId,
  name: z.string().check(z.minLength(1)),
  repo: z.optional(httpUrl),
  description: localized,
  milestones: z.array(milestone),
  releases: z.array(z.strictObject({ year, count: z.int().check(z.nonnegative()), source: sourceUrl })),
});

export const initiative = z.strictObject({
  id: slugId,
  name: localized,
  started: z.optional(z.union([isoDate, isoMonth, isoYear])),
  description: localized,
  figure: z.optional(z.strictObject({ value: z.number(), wording: localized, asOf: isoDate })),
  link: z.optional(httpUrl),
  source: sourceUrl,
});

/**
 * An adoption figure a post states (downloads, installs, clusters, countries, forks), with its own words:
 * "已被下载 70w 次" is 700,000 at least (an incomplete count), "下载量近百万" about 1,000,000.
 */
export const adoptionFigure = z.strictObject({
  id: slugId,
  metric: z.enum(ADOPTION_METRICS),
  value: z.int().check(z.nonnegative()),
  /** exact: "500"; at-least: "超过 100"; about: "近 8w". */
  bound: z.enum(['exact', 'at-least', 'about']),
  /** The sentence as published (zh); en as published where the post has an English edition, else our translation (marked). */
  wording: localized,
  /** The post's date: what the figure is as of. */
  asOf: isoDate,
  /** Where editions or posts differ (quoted, not corrected). */
  note: z.optional(localized),
  source: sourceUrl,
});
export type AdoptionFigure = z.infer<typeof adoptionFigure>;

/** A list a post states (the cloud marketplaces it is on, its most active SIGs, a summer programme), as published. */
export const statedFact = z.strictObject({
  id: slugId,
  year,
  topic: z.enum(FACT_TOPICS),
  /** The names as published. */
  items: z.array(z.string().check(z.minLength(1))),
  wording: localized,
  link: z.optional(httpUrl),
  source: sourceUrl,
});
export type StatedFact = z.infer<typeof statedFact>;

export const communityDataset = z.strictObject({
  name: localized,
  /** A file at the top of the data folder, published beside the datasets (an SVG is checked for scripts and external references). */
  logo: z.string().check(z.regex(/^[\w.-]+\.(svg|png|webp)$/, 'must be a file name in data/ such as logo.svg')),
  description: localized,
  links: z.array(link).check(z.minLength(1)),
  years: z.strictObject({ from: year, to: year }).check(z.refine((y) => y.from <= y.to, 'from must not be after to')),
  projects: z.array(project),
  initiatives: z.array(initiative),
  /** Where a reader suggests a correction: the community's issue form; `{record}` and `{page}` are filled in. */
  /** Adoption figures the posts state (optional). */
  adoption: z.optional(z.array(adoptionFigure)),
  /** Other lists the posts state: cloud marketplaces, SIGs, summer programmes (optional). */
  facts: z.optional(z.array(statedFact)),
  corrections: z.optional(
    httpUrl.check(z.refine((value) => value.includes('{record}'), 'must contain {record}, where the record id goes')),
  ),
  /** The community's own colour (#rrggbb), the dashboard's accent; made readable per theme at build (src/cli/vite-theme-plugin.ts). */
  color: z.optional(z.string().check(z.regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour written #rrggbb, such as #00a971'))),
  source: sourceUrl,
});
export type CommunityDataset = z.infer<typeof communityDataset>;

const leader = z.strictObject({
  year,
  position: z.enum(['leader', 'deputy', 'member']),
  name: localized,
  personId: z.optional(slugId),
  source: sourceUrl,
});

export const ecosystemDataset = z.strictObject({
  awards: z.array(
    z.strictObject({
      id: slugId,
      year,
      announced: z.optional(z.union([isoMonth, isoDate])),
      title: localized,
      /** Where posts spell or punctuate the title differently (quoted as published, never corrected). */
      note: z.optional(localized),
      source: sourceUrl,
    }),
  ),
  cases: z.array(z.strictObject({ id: slugId, year, company: localized, title: localized, link: z.optional(httpUrl), source: sourceUrl })),
  partners: z.array(
    z.strictObject({
      year,
      stated: z.nullable(z.int().check(z.nonnegative())),
      apps: z.array(z.string().check(z.minLength(1))),
      imageOnly: z.optional(httpUrl),
      note: z.optional(localized),
      source: sourceUrl,
    }),
  ),
  committees: z.array(
    z.strictObject({
      id: slugId,
      city: localized,
      founded: z.optional(z.union([isoMonth, isoDate])),
      leaders: z.array(leader),
      /** Leaders not shown at their request (data/withheld.json), per year: counted, never named. */
      withheldLeaders: z.optional(z.array(z.strictObject({ year, count: z.int().check(z.positive()) }))),
      source: sourceUrl,
    }),
  ),
});
export type EcosystemDataset = z.infer<typeof ecosystemDataset>;
