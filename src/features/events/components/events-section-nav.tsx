import { useI18n } from '@/lib/i18n/i18n';
import type { MessageKey } from '@/lib/i18n/en';
import { EVENTS_SECTION_IDS } from '@/features/events/sections';

const SECTIONS: readonly { id: string; title: MessageKey }[] = [
  { id: EVENTS_SECTION_IDS.timeline, title: 'events.timeline' },
  { id: EVENTS_SECTION_IDS.byYear, title: 'events.chart.title' },
  { id: EVENTS_SECTION_IDS.howCounted, title: 'events.howCounted.title' },
];

/** Links to each section of the page, so what follows a long timeline is one step away. */
export function EventsSectionNav() {
  const { t } = useI18n();
  return (
    <nav aria-label={t('events.nav.label')} className="text-sm">
      <ul className="flex flex-wrap gap-x-4 gap-y-1">
        {SECTIONS.map((section) => (
          <li key={section.id}>
            <a href={`#${section.id}`} className="link">
              {t(section.title)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
