import { memo } from 'react';
import { Link } from 'react-router-dom';
import { Avatar } from '@/components/ui/avatar';
import { datasetUrl } from '@/lib/fetch-dataset';
import { ExternalLink } from '@/components/ui/external-link';
import { personPath } from '@/lib/routes';
import type { Person } from '../schema';
import { RoleBadges } from './role-badges';

/** Memoised: when the list changes, cards whose person stays in view are not rendered again. */
export const PersonCard = memo(function PersonCard({ person }: { person: Person }) {
  return (
    <article className="card flex h-full gap-3" aria-labelledby={`person-${person.id}`}>
      <Avatar id={person.id} name={person.nameZh ?? person.name} src={person.avatar && datasetUrl(person.avatar)} />
      <div className="min-w-0 flex-1">
        <h3 id={`person-${person.id}`} className="truncate font-semibold leading-7">
          <Link to={personPath(person.id)} className="link">
            {person.name}
          </Link>
        </h3>
        {person.nameZh && (
          <p lang="zh-CN" className="text-sm">
            {person.nameZh}
          </p>
        )}
        {person.github && (
          <p className="truncate text-sm leading-7">
            <ExternalLink href={`https://github.com/${person.github}`}>@{person.github}</ExternalLink>
          </p>
        )}
        <div className="mt-1">
          <RoleBadges person={person} />
        </div>
      </div>
    </article>
  );
});
