import { useLayoutEffect } from 'react';
import { useLocation, useParams } from 'react-router-dom';
import { DataBoundary } from '@/components/ui/data-boundary';
import { SuggestCorrection } from '@/features/community/components/suggest-correction';
import { PersonTalks } from '@/features/events/components/person-talks';
import { usePeople } from '@/features/people/dataset';
import { AboutRecord } from '@/features/people/components/about-record';
import { BackToList } from '@/features/people/components/back-to-list';
import { PersonHeader } from '@/features/people/components/person-header';
import { PersonRequests, PersonTimeline } from '@/features/people/components/person-timeline';
import { membershipRequestsOf } from '@/features/people/lib/counts';
import { findPerson } from '@/features/people/lib/person';
import { useI18n } from '@/lib/i18n/i18n';
import { NotFoundPage } from '@/app/pages/not-found-page';
import { usePage } from '@/app/pages/use-page';

const talksSkeleton = <div className="mt-1 h-5 w-2/3 animate-pulse rounded bg-surface-2" />;

/**
 * /people/:id: the way back to the list, who they are, their years (roles, and their talks from the
 * events data, which load on their own: the person shows even if events fail), and about the record.
 */
export default function PersonPage() {
  const { id = '' } = useParams();
  const { hash } = useLocation();
  const { t, lang } = useI18n();
  const data = usePeople();
  const person = findPerson(data, id);
  usePage('people.title', true, person ? (lang === 'zh' ? (person.nameZh ?? person.name) : person.name) : undefined);
  // A person opens at the top (the list they came from may have been scrolled far down).
  useLayoutEffect(() => {
    if (!hash) window.scrollTo(0, 0);
  }, [id, hash]);
  if (!person) return <NotFoundPage message={t('notFound.person', { id })} />;
  const roleYears = [...new Set(person.roles.map((r) => r.year))];
  return (
    <div className="space-y-8">
      <div className="space-y-3">
        <BackToList />
        <PersonHeader person={person} />
      </div>
      <PersonTimeline
        person={person}
        talks={(year) => (
          <DataBoundary skeleton={talksSkeleton}>
            <PersonTalks personId={person.id} year={year} />
          </DataBoundary>
        )}
      />
      <DataBoundary skeleton={null}>
        <PersonTalks personId={person.id} exceptYears={roleYears} />
      </DataBoundary>
      <PersonRequests requests={membershipRequestsOf(data, person.id)} />
      <AboutRecord person={person} />
      <SuggestCorrection record={`people.json#${person.id}`} />
    </div>
  );
}
