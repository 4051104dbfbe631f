import { Avatar } from '@/components/ui/avatar';
import { CopyLinkButton } from '@/components/ui/copy-link-button';
import { ExternalLink } from '@/components/ui/external-link';
import { datasetUrl } from '@/lib/fetch-dataset';
import { useI18n } from '@/lib/i18n/i18n';
import type { Person } from '../schema';

/** A person's portrait (or initials), name, Chinese name, GitHub link and other listed names. */
export function PersonHeader({ person }: { person: Person }) {
  const { t } = useI18n();
  return (
    <div className="flex items-center gap-4">
      <Avatar id={person.id} name={person.nameZh ?? person.name} src={person.avatar && datasetUrl(person.avatar)} size="lg" />
      <div className="min-w-0">
        <h1 className="text-2xl font-bold sm:text-3xl">
          <bdi>{person.name}</bdi> <CopyLinkButton id="" title={person.name} />
        </h1>
        {person.nameZh && <p lang="zh-CN">{person.nameZh}</p>}
        {person.github && (
          <p>
            <ExternalLink href={`https://github.com/${person.github}`}>github.com/{person.github}</ExternalLink>
          </p>
        )}
        {person.aliases.length > 0 && <p className="text-sm text-muted">{t('person.aliases', { aliases: person.aliases.join(', ') })}</p>}
      </div>
    </div>
  );
}
