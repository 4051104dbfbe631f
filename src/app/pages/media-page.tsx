import { Section } from '@/components/layout/section';
import { Channels } from '@/features/media/components/channels';
import { FollowerImages } from '@/features/media/components/follower-images';
import { useMedia } from '@/features/media/dataset';
import { useI18n } from '@/lib/i18n/i18n';
import { usePage } from '@/app/pages/use-page';

export default function MediaPage() {
  const { t } = useI18n();
  useMedia();
  usePage('media.title', true);
  return (
    <div className="space-y-8">
      <Section id="channels" title={t('media.channels')}>
        <Channels />
      </Section>
      <Section id="followers-by-year" title={t('media.byYear')}>
        <p className="mb-3 text-sm text-muted">{t('media.imageOnly.explain')}</p>
        <FollowerImages />
      </Section>
    </div>
  );
}
