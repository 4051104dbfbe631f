import { Section } from '@/components/layout/section';
import { SuggestCorrection } from '@/features/community/components/suggest-correction';
import { Channels } from '@/features/media/components/channels';
import { FollowerImages } from '@/features/media/components/follower-images';
import { useMedia } from '@/features/media/dataset';
import { splitChannels } from '@/features/media/lib/channels';
import { useI18n } from '@/lib/i18n/i18n';
import { usePage } from '@/app/pages/use-page';
import type { MessageKey } from '@/lib/i18n/en';

/** A figure's correction link (the community's issue form, prefilled with the record and this page). */
const correction = (record: string, name: string) => <SuggestCorrection record={record} name={name} />;

/** The page's introduction, shown under its title (src/app/routes.tsx reads it from the loaded module). @public */
export const intro: MessageKey = 'media.intro';

/** Groups and followers published as text; views apart (plays are not people); then each year's image of follower figures. */
export default function MediaPage() {
  const { t } = useI18n();
  const { people, views } = splitChannels(useMedia().channels);
  usePage('media.title', true);
  return (
    <div className="space-y-8">
      {people.length > 0 && (
        <Section id="channels" title={t('media.channels')}>
          <Channels channels={people} correction={correction} />
        </Section>
      )}
      {views.length > 0 && (
        <Section id="views" title={t('media.views')}>
          <p className="mb-3 text-sm text-muted">{t('media.views.explain')}</p>
          <Channels channels={views} correction={correction} />
        </Section>
      )}
      <Section id="followers-by-year" title={t('media.byYear')}>
        <p className="mb-3 text-sm text-muted">{t('media.imageOnly.explain')}</p>
        <FollowerImages />
      </Section>
    </div>
  );
}
