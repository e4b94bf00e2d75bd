import { useId } from 'react';
import { useMessages } from '../../../../src/i18n/useI18n';
import { useAutosaveForm } from '../../../../src/workbook/useAutosaveForm';
import { optionalNumberCodec } from '../../../../src/workbook/fieldCodecs';
import { Field } from '../../../../src/ui/Field';
import type { StepProps } from '../../../../src/workbook/contract';
import { EVALUATION_SCALES, MAX_EVALUATION_WINDOW_MONTHS, MEMBER_SOURCES, type EvaluationSettings, type RoiState } from '../../state';
import { roiMessages } from '../../messages';
import { EXERCISE_ID } from './useEvaluationData';
import { DateInput } from '../../../../src/ui/DateInput';

// Module level: the autosave hook keys its effects on the codecs' identity. Limits follow state.ts.
const windowCodecs = { windowMonths: optionalNumberCodec({ unit: 'count', min: 1, max: MAX_EVALUATION_WINDOW_MONTHS }) };

type Props = Pick<StepProps<RoiState>, 'state' | 'update'>;

export function EvaluationSettingsForm({ state, update }: Props) {
  const t = useMessages(roiMessages);
  const settings = state.evaluation;
  const change = (patch: Partial<EvaluationSettings>) => update((current) => ({ ...current, evaluation: { ...current.evaluation, ...patch } }));
  const form = useAutosaveForm<Pick<EvaluationSettings, 'windowMonths'>>({
    exerciseId: EXERCISE_ID,
    formId: 'evaluation',
    codecs: windowCodecs,
    values: { windowMonths: settings.windowMonths },
    onValidChange: change,
  });

  return (
    <>
      <fieldset className="fieldset">
        <legend>{t('evaluation.settings.title')}</legend>
        <div className="fields">
          <LaunchDateField value={settings.launchDate} onChange={(launchDate) => change({ launchDate })} />
          <Field form={form} name="windowMonths" label={t('evaluation.windowMonths')} hint={t('evaluation.windowMonthsHint')} suffix={t('evaluation.months')} />
        </div>
      </fieldset>
      <Choices
        legend={t('evaluation.memberSource')}
        name="evaluation-member-source"
        options={MEMBER_SOURCES.map((source) => ({ value: source, label: t(`evaluation.memberSource.${source}`) }))}
        value={settings.memberSource}
        onChange={(memberSource) => change({ memberSource })}
      />
      <Choices
        legend={t('evaluation.scaleTo')}
        hint={t('evaluation.scaleToHint')}
        name="evaluation-scale"
        options={EVALUATION_SCALES.map((scale) => ({ value: scale, label: t(`evaluation.scaleTo.${scale}`) }))}
        value={settings.scaleTo}
        onChange={(scaleTo) => change({ scaleTo })}
      />
    </>
  );
}

/**
 * The browser's own date input: it only ever yields a valid 'yyyy-mm-dd' or '', so there is no draft
 * text to keep, and the picker is written in the browser's language.
 */
function LaunchDateField({ value, onChange }: { value: string | null; onChange: (value: string | null) => void }) {
  const t = useMessages(roiMessages);
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id} className="field__label">
        {t('evaluation.launchDate')}
      </label>
      <div className="field__control">
        <DateInput id={id} value={value ?? ''} aria-describedby={`${id}-hint`} onChange={(event) => onChange(event.target.value === '' ? null : event.target.value)} />
      </div>
      <p id={`${id}-hint`} className="field__hint">
        {t('evaluation.launchDateHint')}
      </p>
    </div>
  );
}

function Choices<V extends string>(props: {
  legend: string;
  hint?: string;
  name: string;
  options: { value: V; label: string }[];
  value: V;
  onChange: (value: V) => void;
}) {
  const hintId = useId();
  return (
    <fieldset className="fieldset" aria-describedby={props.hint ? hintId : undefined}>
      <legend>{props.legend}</legend>
      <div className="roi-choices">
        {props.options.map((option) => (
          <label key={option.value}>
            <input type="radio" name={props.name} value={option.value} checked={props.value === option.value} onChange={() => props.onChange(option.value)} />
            {option.label}
          </label>
        ))}
      </div>
      {props.hint ? (
        <p id={hintId} className="field__hint">
          {props.hint}
        </p>
      ) : null}
    </fieldset>
  );
}
