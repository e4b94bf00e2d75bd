import type { Translate } from '../../src/i18n/translate';
import type { ReadingText } from '../../src/ui/Reading';
import type { conclusionsMessages } from './messages/conclusions';
import type { NpsChange } from './model/followUp';
import type { PlanStatus } from './model/planStatus';

type ConclusionsKey = keyof (typeof conclusionsMessages)['ru'];

export interface ConclusionsFigures {
  statuses: readonly PlanStatus[];
  baselineRecorded: boolean;
  /** The next measurement's date as the app writes it; null when not set. */
  nextMeasurement: string | null;
  /** The NPS move since the first measurement, when both have answers and it moved. */
  npsMoved: NpsChange | null;
}

export interface ConclusionsWords {
  t: Translate<ConclusionsKey>;
  signed: (value: number) => string;
  number: (value: number) => string;
}

/** The conclusions' plain-language reading: the plan's state, then the follow-up: what moved, or what to do to see it. */
export function conclusionsReading({ statuses, baselineRecorded, nextMeasurement, npsMoved }: ConclusionsFigures, { t, signed, number }: ConclusionsWords): ReadingText {
  const sentences: string[] = [];
  if (statuses.length === 0) sentences.push(t('conclusions.reading.noPlan'));
  else {
    const alarms = statuses.filter((status) => status === 'alarm').length;
    sentences.push(`${t('conclusions.reading.plan', { count: statuses.length })}${alarms > 0 ? t('conclusions.reading.alarms', { count: alarms }) : ''}${t('conclusions.reading.planEnd')}`);
  }
  if (npsMoved) {
    sentences.push(
      t('conclusions.reading.moved', {
        change: signed(npsMoved.change),
        margin: number(npsMoved.margin),
        verdict: npsMoved.significant ? t('conclusions.npsReal') : t('conclusions.npsNoise'),
      }),
    );
  }
  if (!baselineRecorded || nextMeasurement === null) sentences.push(t('conclusions.reading.record'));
  else sentences.push(t('conclusions.reading.next', { date: nextMeasurement }));
  return { sentences, caution: null };
}
