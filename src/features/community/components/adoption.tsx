import { DataTable, type Column } from '@/components/ui/data-table';
import { ExternalLink } from '@/components/ui/external-link';
import { SourceLink } from '@/components/ui/source-link';
import { useI18n } from '@/lib/i18n/i18n';
import { useCommunity } from '@/features/community/dataset';
import { adoptionInOrder, factsInOrder } from '@/features/community/lib/adoption';
import type { AdoptionFigure } from '@/features/community/schema';
import { SuggestCorrection } from '@/features/community/components/suggest-correction';

/**
 * Adoption figures as the posts state them: what is measured, the figure with its bound ("at least",
 * "about"), the post's own words, the date, the source. Figures from different posts are never added up
 * or joined into a curve.
 */
export function Adoption() {
  const { t, l, number, date } = useI18n();
  const figures = adoptionInOrder(useCommunity().adoption ?? []);
  const columns: Column<AdoptionFigure>[] = [
    { key: 'metric', header: t('community.adoption.metric'), rowHeader: true, cell: (f) => t(`community.adoption.${f.metric}`) },
    {
      key: 'value',
      header: t('community.adoption.value'),
      numeric: true,
      cell: (f) => (f.bound === 'exact' ? number(f.value) : t(`community.adoption.bound.${f.bound}`, { value: number(f.value) })),
    },
    {
      key: 'wording',
      header: t('community.adoption.wording'),
      className: 'min-w-[14rem]',
      cell: (f) => (
        <>
          <q>{l(f.wording)}</q>
          {f.note && <p className="text-xs text-muted">{l(f.note)}</p>}
        </>
      ),
    },
    { key: 'asOf', header: t('community.adoption.asOf'), className: 'whitespace-nowrap', cell: (f) => date(f.asOf) },
    {
      key: 'source',
      header: t('source.label'),
      cell: (f) => (
        <span className="flex flex-wrap items-baseline gap-x-2">
          <SourceLink url={f.source} translated={f.wording.enTranslated === true || f.note?.enTranslated === true} compact />
          <SuggestCorrection record={`community.json#${f.id}`} name={`${t(`community.adoption.${f.metric}`)} ${date(f.asOf)}`} />
        </span>
      ),
    },
  ];
  if (figures.length === 0) return <p className="text-muted">{t('state.notPublished')}</p>;
  return <DataTable caption={t('community.adoption')} columns={columns} rows={figures} rowKey={(f) => f.id} />;
}

/** Lists the posts state beside the figures: cloud marketplaces, the most active SIGs, summer programmes. */
export function StatedFacts() {
  const { t, l } = useI18n();
  const facts = factsInOrder(useCommunity().facts ?? []);
  if (facts.length === 0) return null;
  return (
    <ul className="grid gap-3 sm:grid-cols-2">
      {facts.map((f) => (
        <li key={f.id} className="card space-y-1 text-sm">
          <h3 className="font-semibold">
            {f.year} · {t(`community.facts.${f.topic}`)}
          </h3>
          <p>
            <bdi>{f.items.join(t('person.listSeparator'))}</bdi>
          </p>
          <p className="text-muted">
            <q>{l(f.wording)}</q>
          </p>
          <p className="flex flex-wrap items-baseline gap-x-2">
            {f.link && <ExternalLink href={f.link}>{t('community.facts.link')}</ExternalLink>}
            <SourceLink url={f.source} translated={f.wording.enTranslated === true} compact />
          </p>
        </li>
      ))}
    </ul>
  );
}
