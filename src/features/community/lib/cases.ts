import type { EcosystemDataset } from '@/features/community/schema';

type Case = EcosystemDataset['cases'][number];

/** Lower-cased, accents removed: "Überweg" matches "uberweg". */
export function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The case studies whose title or company (in either language) contains the query, newest year first. */
export function searchCases(cases: readonly Case[], query: string): Case[] {
  const q = fold(query.trim());
  return cases
    .filter((c) => !q || [c.title.zh, c.title.en, c.company.zh, c.company.en].some((s) => fold(s).includes(q)))
    .sort((a, b) => b.year - a.year);
}
