import { z } from 'zod';
import { httpUrl, isoDate, isoMonth, localized, slugId, sourceUrl, year } from '../../lib/schema.ts';

export const link = z.object({ label: localized, url: httpUrl });

export const milestone = z.object({
  date: z.union([isoDate, isoMonth]),
  kind: z.enum(['created', 'cncf-sandbox', 'donated', 'renamed', 'release', 'stars']),
  text: localized,
  source: sourceUrl,
});

export const project = z.object({
  id: slugId,
  name: z.string().min(1),
  repo: httpUrl.optional(),
  description: localized,
  milestones: z.array(milestone),
  releases: z.array(z.object({ year, count: z.number().int().nonnegative(), source: sourceUrl })),
});

export const initiative = z.object({
  id: slugId,
  name: localized,
  started: z.union([isoDate, isoMonth]).optional(),
  description: localized,
  figure: z.object({ value: z.number(), wording: localized, asOf: isoDate }).optional(),
  link: httpUrl.optional(),
  source: sourceUrl,
});

export const communityDataset = z.object({
  name: localized,
  /** File name inside data/ (served beside the datasets), or an http(s) URL. */
  logo: z.string().regex(/^[\w.-]+\.(svg|png|webp)$/, 'must be a file name in data/ such as logo.svg'),
  description: localized,
  links: z.array(link).min(1),
  years: z.object({ from: year, to: year }).refine((y) => y.from <= y.to, 'from must not be after to'),
  projects: z.array(project),
  initiatives: z.array(initiative),
  source: sourceUrl,
});
export type CommunityDataset = z.infer<typeof communityDataset>;
export type Project = z.infer<typeof project>;

const leader = z.object({
  year,
  position: z.enum(['leader', 'deputy', 'member']),
  name: localized,
  personId: slugId.optional(),
  source: sourceUrl,
});

export const ecosystemDataset = z.object({
  awards: z.array(
    z.object({
      id: slugId,
      year,
      announced: z.union([isoMonth, isoDate]).optional(),
      title: localized,
      source: sourceUrl,
    }),
  ),
  cases: z.array(
    z.object({ id: slugId, year, company: localized, title: localized, link: httpUrl.optional(), source: sourceUrl }),
  ),
  partners: z.array(
    z.object({
      year,
      stated: z.number().int().nonnegative().nullable(),
      apps: z.array(z.string().min(1)),
      imageOnly: httpUrl.optional(),
      note: localized.optional(),
      source: sourceUrl,
    }),
  ),
  committees: z.array(
    z.object({
      id: slugId,
      city: localized,
      founded: z.union([isoMonth, isoDate]).optional(),
      leaders: z.array(leader),
      source: sourceUrl,
    }),
  ),
});
export type EcosystemDataset = z.infer<typeof ecosystemDataset>;
