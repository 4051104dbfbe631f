import { memo } from 'react';
import { Avatar } from '@/components/ui/avatar';
import { ExternalLink } from '@/components/ui/external-link';
import { datasetUrl } from '@/lib/fetch-dataset';
import { personPath } from '@/lib/routes';
import { useI18n } from '@/lib/i18n/i18n';
import { headline } from '@/features/people/lib/person-name';
import type { PersonSummary } from '@/features/people/lib/person-summaries';
import { RoleBadges } from '@/features/people/components/role-badges';

/**
 * A person in the list: as tall as its content (long names wrap, every role shows). Memoised: when the
 * list changes, cards whose person stays in view are not rendered again. Its link is a plain anchor that
 * asks the list to open the person (`onOpen`): a router `Link` re-renders with every keystroke's new URL,
 * memo or not, because it reads the location.
 */
export const PersonCard = memo(function PersonCard({
  person,
  base,
  onOpen,
}: {
  person: PersonSummary;
  /** The app's base path without its trailing slash ('' at the root). */
  base: string;
  onOpen: (id: string) => void;
}) {
  // The name in the reader's script first (the Chinese name in zh, where one is published), the other under it.
  const { primary, secondary } = headline(person, useI18n().lang);
  return (
    <article className="card flex h-full gap-3" aria-labelledby={`person-${person.id}`}>
      <Avatar id={person.id} name={person.nameZh ?? person.name} src={person.avatar && datasetUrl(person.avatar)} />
      <div className="min-w-0 flex-1">
        <h3 id={`person-${person.id}`} className="font-semibold leading-7 break-words">
          <a
            href={`${base}${personPath(person.id)}`}
            className="link"
            onClick={(event) => {
              if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || event.button !== 0) return;
              event.preventDefault();
              onOpen(person.id);
            }}
          >
            <bdi lang={primary.lang}>{primary.text}</bdi>
          </a>
        </h3>
        {secondary && (
          <p lang={secondary.lang} className="text-sm">
            <bdi>{secondary.text}</bdi>
          </p>
        )}
        {person.github && (
          <p className="text-sm leading-7 break-all">
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
