import { useId, type ReactNode } from 'react';
import { useFormat, useMessages } from '../i18n/useI18n';
import { DateField } from '../ui/date/DateField';
import { Field } from '../ui/Field';
import { numberCodec } from '../workbook/fieldCodecs';
import { useAutosaveForm } from '../workbook/useAutosaveForm';
import { salesDataMessages } from './dataMessages';
import type { PeriodSettings } from './settings';

// Module level: the autosave hook keys its effects on the codecs' identity. Limits follow settings.ts.
const windowCodecs = { windowMonths: numberCodec({ unit: 'count', min: 0, max: 120, integer: true }) };

interface Props {
  /** The exercise whose period this is: the typed window is kept under its id until it is valid. */
  exerciseId: string;
  period: PeriodSettings;
  onChange: (patch: Partial<PeriodSettings>) => void;
  /** ISO day of the last sale in the data, the date an empty field stands for; null while it is not known. */
  lastSale: string | null;
  /** After the fields: what is wrong with the period for these sales, as the exercise judges it. */
  children?: ReactNode;
}

/** The analysis date (empty: the last sale, shown) and the window in months. */
export function PeriodForm({ exerciseId, period, onChange, lastSale, children }: Props) {
  const t = useMessages(salesDataMessages);
  const format = useFormat();
  const dateId = useId();
  const headingId = useId();
  const form = useAutosaveForm<Pick<PeriodSettings, 'windowMonths'>>({
    exerciseId,
    formId: 'period',
    codecs: windowCodecs,
    values: { windowMonths: period.windowMonths },
    onValidChange: onChange,
  });

  return (
    <section className="step-section" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('data.period.title')}</h3>
      <div className="fields">
        <div className="field">
          <label htmlFor={dateId} className="field__label">
            {t('data.period.date')}
          </label>
          <div className="field__control">
            <DateField id={dateId} value={period.analysisDate} aria-describedby={`${dateId}-hint`} onChange={(analysisDate) => onChange({ analysisDate })} />
          </div>
          <p id={`${dateId}-hint`} className="field__hint">
            {lastSale === null ? t('data.period.dateHintNoData') : t('data.period.dateHint', { date: format.date(lastSale) })}
          </p>
        </div>
        <Field form={form} name="windowMonths" label={t('data.period.window')} hint={t('data.period.windowHint')} suffix={t('data.period.windowSuffix')} />
      </div>
      {children}
    </section>
  );
}
