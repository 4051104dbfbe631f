import { useI18n } from '@/lib/i18n/i18n';

/** Which year the cards are compared with (a choice in the URL). */
export function ComparePicker({
  years,
  year,
  compare,
  onChange,
}: {
  years: readonly number[];
  year: number;
  compare: number | undefined;
  onChange: (compare: number) => void;
}) {
  const { t } = useI18n();
  const others = years.filter((y) => y !== year);
  if (others.length === 0) return null;
  return (
    <label className="mb-4 inline-block text-sm font-medium">
      {t('overview.compare.label')}{' '}
      <select
        value={compare ?? ''}
        onChange={(e) => onChange(Number(e.target.value))}
        className="focus-ring ml-1 rounded-md border border-line bg-surface px-2 py-1"
      >
        {compare === undefined && <option value="">{t('overview.compare.none')}</option>}
        {others.map((y) => (
          <option key={y} value={y}>
            {String(y)}
          </option>
        ))}
      </select>
    </label>
  );
}
