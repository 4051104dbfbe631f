import { Avatar } from '@/components/ui/avatar';
import { CopyLinkButton } from '@/components/ui/copy-link-button';
import { ExternalLink } from '@/components/ui/external-link';
import { datasetUrl } from '@/lib/fetch-dataset';
import { useI18n } from '@/lib/i18n/i18n';
import { headline } from '@/features/people/lib/person-name';
import type { Person } from '@/features/people/schema';

/** A person's portrait (or initials), their name in the reader's script with the other under it, GitHub, other listed names. */
export function PersonHeader({ person }: { person: Person }) {
  const { t, lang } = useI18n();
  const { primary, secondary } = headline(person, lang);
  return (
    <div className="flex items-center gap-4">
      <Avatar id={person.id} name={person.nameZh ?? person.name} src={person.avatar && datasetUrl(person.avatar)} size="lg" />
      <div className="min-w-0">
        <h1 className="text-2xl font-bold break-words sm:text-3xl">
          <bdi lang={primary.lang}>{primary.text}</bdi> <CopyLinkButton id="" title={primary.text} />
        </h1>
        {secondary && (
          <p lang={secondary.lang} className="text-lg">
            <bdi>{secondary.text}</bdi>
          </p>
        )}
        {person.github && (
          <p className="break-all">
            <ExternalLink href={`https://github.com/${person.github}`}>github.com/{person.github}</ExternalLink>
          </p>
        )}
        {person.listing === 'id-only' && <p className="text-sm text-muted">{t('person.idOnly')}</p>}
        {person.aliases.length > 0 && (
          <p className="text-sm text-muted">{t('person.aliases', { aliases: person.aliases.join(t('person.listSeparator')) })}</p>
        )}
      </div>
    </div>
  );
}
