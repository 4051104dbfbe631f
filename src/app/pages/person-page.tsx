import { useParams } from 'react-router-dom';
import { Section } from '@/components/layout/section';
import { DataBoundary } from '@/components/ui/data-boundary';
import { PersonTalks } from '@/features/events/components/person-talks';
import { usePeople } from '@/features/people/dataset';
import { PersonEvidence } from '@/features/people/components/person-evidence';
import { PersonHeader } from '@/features/people/components/person-header';
import { PersonRoles } from '@/features/people/components/person-roles';
import { findPerson } from '@/features/people/lib/person';
import { useI18n } from '@/lib/i18n/i18n';
import { NotFoundPage } from './not-found-page';
import { usePage } from './use-page';

/** /people/:id: who they are, their roles by year, their talks (loaded on their own), the merge evidence. */
export default function PersonPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const person = findPerson(usePeople(), id);
  usePage('people.title', true, person?.name);
  if (!person) return <NotFoundPage message={t('notFound.person', { id })} />;
  return (
    <div className="space-y-8">
      <PersonHeader person={person} />
      <PersonRoles person={person} />
      <Section id="talks" title={t('person.talks')}>
        <DataBoundary skeleton={<div className="h-8 animate-pulse rounded bg-surface-2" />}>
          <PersonTalks personId={person.id} />
        </DataBoundary>
      </Section>
      <PersonEvidence person={person} />
    </div>
  );
}
