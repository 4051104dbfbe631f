import { useI18n } from '@/lib/i18n/i18n';
import { THEME_CHOICES, useTheme, type ThemeChoice } from '@/lib/theme';

function isThemeChoice(value: string): value is ThemeChoice {
  return THEME_CHOICES.some((choice) => choice === value);
}

export function ThemeSwitch() {
  const { t } = useI18n();
  const { choice, setChoice } = useTheme();
  return (
    <label className="flex items-center gap-1 text-sm">
      <span className="sr-only sm:not-sr-only">{t('theme.label')}</span>
      <select
        value={choice}
        onChange={(event) => {
          if (isThemeChoice(event.target.value)) setChoice(event.target.value);
        }}
        className="focus-ring rounded-md border border-line bg-surface px-1 py-1"
      >
        {THEME_CHOICES.map((option) => (
          <option key={option} value={option}>
            {t(`theme.${option}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
