import { LANGS } from '@/lib/i18n/i18n';
import { useI18n } from '@/lib/i18n/i18n';
import { preloadCatalogue } from '@/lib/i18n/catalogues';

const LABELS = { zh: '中文', en: 'English' } as const;

export function LanguageSwitch() {
  const { lang, setLang, t } = useI18n();
  return (
    <div role="group" aria-label={t('lang.label')} className="flex overflow-hidden rounded-md border border-line text-sm">
      {LANGS.map((option) => (
        <button
          key={option}
          type="button"
          lang={option === 'zh' ? 'zh-CN' : 'en'}
          aria-pressed={lang === option}
          // A pointer over the button or focus on it starts loading its catalogue, so the click switches at once.
          onPointerEnter={() => preloadCatalogue(option)}
          onFocus={() => preloadCatalogue(option)}
          onClick={() => setLang(option)}
          className={`focus-ring px-2 py-1 ${lang === option ? 'bg-accent text-on-accent' : 'hover:bg-surface-2'}`}
        >
          {LABELS[option]}
        </button>
      ))}
    </div>
  );
}
