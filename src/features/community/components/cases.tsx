import { useSearchParams } from 'react-router-dom';
import { DataTable, type Column } from '@/components/ui/data-table';
import { ExternalLink } from '@/components/ui/external-link';
import { SourceLink } from '@/components/ui/source-link';
import { useI18n } from '@/lib/i18n/i18n';
import { useEcosystem } from '@/features/community/dataset';
import { searchCases } from '@/features/community/lib/cases';
import type { EcosystemDataset } from '@/features/community/schema';
import { communitySearch } from '@/features/community/search-params';
import { SuggestCorrection } from '@/features/community/components/suggest-correction';

type Case = EcosystemDataset['cases'][number];

/** User case studies, searchable by title or company (the query lives in the URL), newest first. */
export function Cases() {
  const { t, l } = useI18n();
  const [params, setParams] = useSearchParams();
  const { q } = communitySearch.parse(params);
  const shown = searchCases(useEcosystem().cases, q);
  const columns: Column<Case>[] = [
    { key: 'year', header: t('common.year'), cell: (c) => String(c.year) },
    {
      key: 'title',
      header: t('community.cases.title'),
      rowHeader: true,
      cell: (c) =>
        c.link ? (
          <ExternalLink href={c.link}>
            <bdi>{l(c.title)}</bdi>
          </ExternalLink>
        ) : (
          <bdi>{l(c.title)}</bdi>
        ),
    },
    { key: 'company', header: t('community.cases.company'), cell: (c) => <bdi>{l(c.company)}</bdi> },
    {
      key: 'source',
      header: t('source.label'),
      cell: (c) => (
        <span className="flex flex-wrap items-baseline gap-x-2">
          <SourceLink url={c.source} compact />
          <SuggestCorrection record={`ecosystem.json#${c.id}`} name={l(c.title)} />
        </span>
      ),
    },
  ];
  return (
    <>
      <label className="block max-w-md text-sm font-medium">
        {t('community.cases.search')}
        <input
          type="search"
          value={q}
          onChange={(e) => setParams(communitySearch.serialize({ q: e.target.value }, params), { replace: true, preventScrollReset: true })}
          className="focus-ring mt-1 w-full rounded-md border border-line bg-surface px-3 py-2 font-normal"
        />
      </label>
      <p role="status" className="my-2 text-sm">
        {t('community.cases.count', { count: shown.length })}
      </p>
      {shown.length > 0 && <DataTable caption={t('community.cases')} columns={columns} rows={shown} rowKey={(c) => c.id} />}
    </>
  );
}
