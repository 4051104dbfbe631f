import type { YearFigure } from '@/components/ui/year-figure';
import type { MessageKey } from '@/lib/i18n/en';
import type { PeopleDataset, Role } from '@/features/people/schema';
import { peopleHref } from '@/features/people/search-params';
import { roleFigure } from '@/features/people/lib/counts';

const ROLE_CARDS: readonly (readonly [Role, MessageKey])[] = [
  ['contributor', 'overview.card.contributors'],
  ['speaker', 'overview.card.speakers'],
  ['ambassador', 'overview.card.ambassadors'],
  ['member', 'overview.card.members'],
];

/** The overview's people figures for a year: one per role, stated where the post states a total, else listed. */
export function peopleYearCards(data: PeopleDataset, year: number): YearFigure[] {
  return ROLE_CARDS.map(([role, label]) => {
    const figure = roleFigure(data, role, year);
    return {
      id: `${role}s`,
      label,
      value: figure.value,
      basis: figure.basis,
      detail: figure.stated !== null && figure.listed !== figure.stated ? { key: 'overview.listedNames', count: figure.listed } : undefined,
      comparable: true,
      href: figure.listed > 0 ? peopleHref({ roles: [role], years: [year] }) : undefined,
      source: figure.source,
    };
  });
}

/**
 * The overview's headline: everyone the data names, in any role and year; and, where people asked not to
 * be shown, at least how many more (the data counts them per role and year, so one person may count twice:
 * the largest of those counts is what is certain).
 */
export function peopleHeadline(data: PeopleDataset): YearFigure {
  const count = data.people.length;
  const notShown = Math.max(0, ...(data.withheld ?? []).map((w) => w.people));
  return {
    id: 'people',
    label: 'overview.headline.people',
    value: count || null,
    basis: count ? 'listed' : null,
    detail: notShown > 0 ? { key: 'overview.headline.peopleWithheld', count: notShown } : undefined,
    comparable: false,
    href: count ? peopleHref() : undefined,
  };
}
