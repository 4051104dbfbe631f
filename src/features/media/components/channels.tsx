import { SourceLink } from '@/components/ui/source-link';
import { useI18n } from '@/lib/i18n/i18n';
import { useMedia } from '@/features/media/dataset';

/** The channels whose follower figures were published as text, each figure with its wording and date. */
export function Channels() {
  const { t, l, number, date } = useI18n();
  return (
    <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
      {useMedia().channels.map((channel) => (
        <li key={channel.id} className="card">
          <h3 className="font-semibold">{l(channel.name)}</h3>
          {channel.figures.map((figure) => (
            <div key={`${figure.asOf}-${figure.value}`} className="mt-2">
              <p className="text-2xl font-bold tabular-nums">{t(`media.qualifier.${figure.qualifier}`, { value: number(figure.value) })}</p>
              <p className="text-sm">
                “{l(figure.wording)}” · {t('media.asOf', { date: date(figure.asOf) })}
              </p>
              <SourceLink url={figure.source} translated={figure.wording.enTranslated === true} />
            </div>
          ))}
        </li>
      ))}
    </ul>
  );
}
