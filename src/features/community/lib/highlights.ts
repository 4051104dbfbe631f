import type { Localized } from '@/lib/schema';
import type { CommunityDataset, EcosystemDataset } from '@/features/community/schema';

export type Highlight = { key: string; date: string; source: string } & (
  | { kind: 'milestone'; project: string; text: Localized }
  | { kind: 'award'; title: Localized }
  | { kind: 'committee'; city: Localized }
  | { kind: 'initiative'; name: Localized; description: Localized }
);

/** What the data says happened in a year, by date: project milestones, awards, committees founded, initiatives started. */
export function yearHighlights(year: number, community: CommunityDataset, ecosystem: EcosystemDataset): Highlight[] {
  const inYear = (date: string | undefined) => date?.startsWith(String(year)) ?? false;
  const items: Highlight[] = [
    ...community.projects.flatMap((p) =>
      p.milestones
        .filter((m) => inYear(m.date))
        .map((m): Highlight => ({
          kind: 'milestone',
          key: `${p.id}-${m.date}-${m.kind}`,
          date: m.date,
          project: p.name,
          text: m.text,
          source: m.source,
        })),
    ),
    ...ecosystem.awards
      .filter((a) => a.year === year)
      .map((a): Highlight => ({ kind: 'award', key: a.id, date: a.announced ?? String(a.year), title: a.title, source: a.source })),
    ...ecosystem.committees
      .filter((c) => inYear(c.founded))
      .map((c): Highlight => ({
        kind: 'committee',
        key: `committee-${c.id}`,
        date: c.founded ?? String(year),
        city: c.city,
        source: c.source,
      })),
    ...community.initiatives
      .filter((x) => inYear(x.started))
      .map((x): Highlight => ({
        kind: 'initiative',
        key: x.id,
        date: x.started ?? String(year),
        name: x.name,
        description: x.description,
        source: x.source,
      })),
  ];
  return items.sort((a, b) => a.date.localeCompare(b.date));
}
