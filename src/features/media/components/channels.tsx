import type { ReactNode } from 'react';
import { SourceLink } from '@/components/ui/source-link';
import { useI18n } from '@/lib/i18n/i18n';
import type { MediaDataset } from '@/features/media/schema';

type Channel = MediaDataset['channels'][number];

/**
 * Each channel a card: its figure as published (with what it counts, where the data says), its wording, date
 * and source; `correction` draws a figure's "Suggest a correction" link (the page brings it).
 */
export function Channels({
  channels,
  correction,
}: {
  channels: readonly Channel[];
  correction?: (record: string, name: string) => ReactNode;
}) {
  const { t, l, number, date } = useI18n();
  return (
    <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
      {channels.map((channel) => (
        <li key={channel.id} className="card flex flex-col gap-1">
          <h3 className="font-semibold">{l(channel.name)}</h3>
          {channel.figures.map((figure) => (
            <div key={`${figure.asOf}-${figure.value}`} className="flex flex-col gap-1">
              <p className="figure">
                {t(`media.qualifier.${figure.qualifier}`, { value: number(figure.value) })}
                {channel.measure && <span className="ml-2 text-base font-normal text-muted">{t(`media.measure.${channel.measure}`)}</span>}
              </p>
              <p className="text-sm">
                “{l(figure.wording)}” · {t('media.asOf', { date: date(figure.asOf) })}
              </p>
              <p className="flex flex-wrap items-center gap-x-4 gap-y-1">
                <SourceLink url={figure.source} translated={figure.wording.enTranslated === true} />
                {correction?.(`media.json#${channel.id}@${figure.asOf}`, `${l(channel.name)} · ${date(figure.asOf)}`)}
              </p>
            </div>
          ))}
        </li>
      ))}
    </ul>
  );
}
