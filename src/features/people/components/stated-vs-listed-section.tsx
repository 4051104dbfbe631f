import { memo, useMemo } from 'react';
import { Link } from 'react-router-dom';
import { Section } from '@/components/layout/section';
import { DataTable, type Column } from '@/components/ui/data-table';
import { SourceLink } from '@/components/ui/source-link';
import { useI18n } from '@/lib/i18n/i18n';
import { publishedCount } from '@/lib/i18n/published-count';
import {
  contributorsBesideAuthors,
  statedVsListedWithNotes,
  statementsInOrder,
  type ContributorsBeside,
  type ListedPerYear,
  type PeopleFacts,
  type StatedVsListedRow,
} from '@/features/people/lib/counts';
import { peopleHref } from '@/features/people/search-params';

/** The stated-vs-listed table; memoised so that typing in the search box does not re-render it. */
export const StatedVsListedSection = memo(function StatedVsListedSection({ data, listed }: { data: PeopleFacts; listed: ListedPerYear }) {
  const { t, number, l } = useI18n();
  const rows = useMemo(() => statedVsListedWithNotes(data, listed), [data, listed]);
  const columns = useMemo<Column<StatedVsListedRow>[]>(
    () => [
      { key: 'year', header: t('common.year'), rowHeader: true, cell: (row) => row.year },
      { key: 'role', header: t('people.filter.role'), className: 'whitespace-nowrap', cell: (row) => t(`role.${row.role}`) },
      {
        key: 'stated',
        header: t('people.stated.stated'),
        numeric: true,
        cell: (row) => publishedCount({ t, number }, row.stated),
      },
      {
        key: 'rows',
        header: t('people.stated.rows'),
        numeric: true,
        cell: (row) => (row.listedRows === null ? t('people.stated.imageOnly') : number(row.listedRows)),
      },
      {
        key: 'distinct',
        header: t('people.stated.distinct'),
        numeric: true,
        // Nobody listed (names published only as an image): "not published", and no link to an empty list.
        cell: (row) =>
          row.distinct === 0 ? (
            <span className="text-muted">{t('state.notPublished')}</span>
          ) : (
            <Link to={peopleHref({ roles: [row.role], years: [row.year] })} className="link" preventScrollReset>
              {number(row.distinct)}
            </Link>
          ),
      },
      {
        key: 'note',
        header: t('people.stated.note'),
        className: 'min-w-[16rem] text-xs',
        cell: (row) => (
          <>
            {row.note && <span>{l(row.note)} </span>}
            {row.withheld > 0 && <span>{t('people.stated.withheld', { count: number(row.withheld) })} </span>}
            {row.source && <SourceLink url={row.source} compact />}
          </>
        ),
      },
    ],
    [t, number, l],
  );
  const title = t('people.stated.title');
  return (
    <Section id="stated-vs-listed" title={title}>
      <p className="mb-2 text-sm text-muted">{t('people.stated.explain')}</p>
      <DataTable caption={title} columns={columns} rows={rows} rowKey={(row) => `${row.role}-${row.year}`} />
      <Statements data={data} />
      <CodeAuthors data={data} />
    </Section>
  );
});

/** The numbers certificate posts state, in their own words: new since the previous post, or everyone so far. */
function Statements({ data }: { data: PeopleFacts }) {
  const { t, number } = useI18n();
  const statements = statementsInOrder(data);
  if (statements.length === 0) return null;
  return (
    <div className="mt-6">
      <h3 className="font-semibold">{t('people.statements.title')}</h3>
      <p className="mb-2 text-sm text-muted">{t('people.statements.explain')}</p>
      <ul className="space-y-2 text-sm">
        {statements.map((st) => (
          <li key={`${st.source}-${st.wording}`}>
            <span className="font-medium">
              {st.year} · {t(`role.${st.role}`)}
              {t('common.colon')}
              {t('people.statements.figure', {
                value: t(`people.statements.value.${st.bound}`, { value: number(st.value) }),
                scope: t(`people.statements.${st.scope}`),
              })}
            </span>{' '}
            <q lang="zh-CN">{st.wording}</q> <SourceLink url={st.source} compact />
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The stated contributor counts beside the commit authors of the repositories' history, with the definition. */
function CodeAuthors({ data }: { data: PeopleFacts }) {
  const { t, number, l } = useI18n();
  const rows = useMemo(() => contributorsBesideAuthors(data), [data]);
  const columns = useMemo<Column<ContributorsBeside>[]>(
    () => [
      { key: 'year', header: t('common.year'), rowHeader: true, cell: (row) => row.year },
      {
        key: 'stated',
        header: t('people.authors.stated'),
        numeric: true,
        cell: (row) => publishedCount({ t, number }, row.stated),
      },
      {
        key: 'authors',
        header: t('people.authors.authors'),
        numeric: true,
        cell: (row) => publishedCount({ t, number }, row.authors),
      },
      {
        key: 'login',
        header: t('people.authors.withLogin'),
        numeric: true,
        cell: (row) => (row.withLogin === null ? '' : number(row.withLogin)),
      },
      { key: 'source', header: t('people.authors.statedSource'), cell: (row) => row.source && <SourceLink url={row.source} compact /> },
    ],
    [t, number],
  );
  const authors = data.codeAuthors;
  if (!authors) return null;
  const title = t('people.authors.title');
  return (
    <div className="mt-6">
      <h3 className="font-semibold">{title}</h3>
      <p className="mb-2 text-sm text-muted">{l(authors.definition)}</p>
      <DataTable caption={title} columns={columns} rows={rows} rowKey={(row) => String(row.year)} />
      <p className="mt-2 flex flex-wrap items-baseline gap-x-2 gap-y-1 text-xs">
        <span className="text-muted">{t('people.authors.repositories')}</span>
        {authors.sources.map((url) => (
          <SourceLink key={url} url={url} compact />
        ))}
      </p>
    </div>
  );
}
