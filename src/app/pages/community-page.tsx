import { Section } from '@/components/layout/section';
import { Adoption, StatedFacts } from '@/features/community/components/adoption';
import { Awards } from '@/features/community/components/awards';
import { Cases } from '@/features/community/components/cases';
import { Committees } from '@/features/community/components/committees';
import { Initiatives } from '@/features/community/components/initiatives';
import { Partners } from '@/features/community/components/partners';
import { Projects } from '@/features/community/components/projects';
import { useCommunity, useEcosystem } from '@/features/community/dataset';
import { useI18n } from '@/lib/i18n/i18n';
import { usePage } from '@/app/pages/use-page';
import type { MessageKey } from '@/lib/i18n/en';

/** The page's introduction, shown under its title (src/app/routes.tsx reads it from the loaded module). @public */
export const intro: MessageKey = 'community.intro';

export default function CommunityPage() {
  const { t } = useI18n();
  useCommunity();
  useEcosystem();
  usePage('community.title', true);
  return (
    <div className="space-y-10">
      <Section id="projects" title={t('community.projects')}>
        <Projects />
      </Section>
      <Section id="adoption" title={t('community.adoption')}>
        <Adoption />
      </Section>
      <Section id="partners" title={t('community.partners')}>
        <Partners />
      </Section>
      <Section id="cases" title={t('community.cases')}>
        <Cases />
      </Section>
      <Section id="awards" title={t('community.awards')}>
        <Awards />
      </Section>
      <Section id="governance" title={t('community.governance')}>
        <Committees />
      </Section>
      <Section id="initiatives" title={t('community.initiatives')}>
        <Initiatives />
      </Section>
      <Section id="stated" title={t('community.facts')}>
        <StatedFacts />
      </Section>
    </div>
  );
}
