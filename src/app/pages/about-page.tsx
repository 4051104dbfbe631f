import { Section } from '@/components/layout/section';
import { SuggestCorrection } from '@/features/community/components/suggest-correction';
import { Glossary } from '@/features/about/components/glossary';
import { SourcesTable } from '@/features/about/components/sources-table';
import { useI18n } from '@/lib/i18n/i18n';
import { usePage } from '@/app/pages/use-page';
import type { MessageKey } from '@/lib/i18n/en';

const ROLES = [
  ['role.ambassador', 'about.role.ambassador'],
  ['role.speaker', 'about.role.speaker'],
  ['role.contributor', 'about.role.contributor'],
  ['role.member', 'about.role.member'],
  ['role.station-leader', 'about.role.station-leader'],
] as const;

const FIGURES = [
  ['about.term.stated', 'about.term.stated.meaning'],
  ['about.term.listed', 'about.term.listed.meaning'],
  ['about.term.distinct', 'about.term.distinct.meaning'],
  ['about.term.notPublished', 'about.term.notPublished.meaning'],
  ['about.term.atLeast', 'about.term.atLeast.meaning'],
  ['about.term.snapshot', 'about.term.snapshot.meaning'],
] as const;

const OPT_OUT = [
  ['about.optOut.idOnly', 'about.optOut.idOnly.meaning'],
  ['about.optOut.hidden', 'about.optOut.hidden.meaning'],
] as const;

/** The page's introduction, shown under its title (src/app/routes.tsx reads it from the loaded module). @public */
export const intro: MessageKey = 'about.intro';

/** What the roles and figures mean, every source with its date, and how to correct a record. */
export default function AboutPage() {
  const { t } = useI18n();
  usePage('about.title', true);
  return (
    <div className="space-y-10">
      <Section id="roles" title={t('about.roles')}>
        <p className="mb-3 text-muted">{t('about.roles.intro')}</p>
        <Glossary terms={ROLES} />
      </Section>
      <Section id="figures" title={t('about.figures')}>
        <Glossary terms={FIGURES} />
      </Section>
      <Section id="sources" title={t('about.sources')}>
        <SourcesTable />
      </Section>
      <Section id="corrections" title={t('about.corrections')}>
        <p className="max-w-prose">{t('about.corrections.body')}</p>
        <SuggestCorrection record="data" />
      </Section>
      <Section id="opt-out" title={t('about.optOut')}>
        <p className="mb-3 max-w-prose">{t('about.optOut.body')}</p>
        <Glossary terms={OPT_OUT} />
      </Section>
    </div>
  );
}
