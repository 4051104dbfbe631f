import { useMemo } from 'react';
import { Link } from 'react-router-dom';
import { Section } from '@/components/layout/section';
import { DataTable, type Column } from '@/components/ui/data-table';
import { ExternalLink } from '@/components/ui/external-link';
import { SourceLink } from '@/components/ui/source-link';
import { useI18n } from '@/lib/i18n/i18n';
import type { Person, RoleEntry } from '../schema';
import { peopleHref } from '../search-params';

/** A person's roles as listed: year, role (a link to everyone with it that year), listed name, certificate, source. */
export function PersonRoles({ person }: { person: Person }) {
  const { t } = useI18n();
  const columns = useMemo<Column<RoleEntry>[]>(
    () => [
      { key: 'year', header: t('common.year'), rowHeader: true, cell: (r) => r.year },
      {
        key: 'role',
        header: t('people.filter.role'),
        cell: (r) => (
          <Link to={peopleHref({ roles: [r.role], years: [r.year] })} className="link">
            {t(`role.${r.role}`)}
          </Link>
        ),
      },
      { key: 'listed', header: t('person.listedAs'), cell: (r) => <bdi>{r.listedAs}</bdi> },
      { key: 'certificate', header: t('person.certificate'), cell: (r) => (r.certificate ? <ExternalLink href={r.certificate}>{t('person.openCertificate')}</ExternalLink> : '—') },
      { key: 'source', header: t('source.label'), cell: (r) => <SourceLink url={r.source} compact /> },
    ],
    [t],
  );
  const title = t('person.roles');
  return (
    <Section id="roles" title={title}>
      <DataTable caption={title} columns={columns} rows={person.roles} rowKey={(_, i) => String(i)} />
    </Section>
  );
}
