import { useId } from 'react';
import { isOneOf } from '../../../../src/data/oneOf';
import { useFormat, useMessages } from '../../../../src/i18n/useI18n';
import { Callout } from '../../../../src/ui/Callout';
import { Field } from '../../../../src/ui/Field';
import type { StepProps } from '../../../../src/workbook/contract';
import { numberCodec } from '../../../../src/workbook/fieldCodecs';
import { useAutosaveForm } from '../../../../src/workbook/useAutosaveForm';
import { CUSTOMER_BASE_EXERCISE_ID } from '../../inputs';
import { abcXyzMessages } from '../../messages/abcXyz';
import { VALUE_BASES, type AbcSettings, type CustomerBaseState } from '../../state';
import type { AbcXyzInput } from './useAbcXyz';

// Module level: the autosave hook keys its effects on the codecs' identity. Limits follow state.ts; the thresholds
// are stored as typed (80 = 80 %), so they are plain numbers with a "%" after them.
const thresholdCodecs = {
  a: numberCodec({ min: 0, max: 100 }),
  b: numberCodec({ min: 0, max: 100 }),
  x: numberCodec({ min: 0, max: 1000 }),
  y: numberCodec({ min: 0, max: 1000 }),
};

type Props = Pick<StepProps<CustomerBaseState>, 'state' | 'update'> & Pick<AbcXyzInput, 'problems' | 'shown'> & {
  /** Profit was asked for and the sales carry no cost: said under the choice. */
  profitUnavailable: boolean;
};

/** The value customers are ranked by and the four class lines, saved as typed; lines that cannot class are said, with the ones still in use. */
export function AbcXyzSettings({ state, update, problems, shown, profitUnavailable }: Props) {
  const t = useMessages(abcXyzMessages);
  const format = useFormat();
  const change = (patch: Partial<AbcSettings>) => update((current) => ({ ...current, abc: { ...current.abc, ...patch } }));
  const form = useAutosaveForm<Pick<AbcSettings, 'a' | 'b' | 'x' | 'y'>>({
    exerciseId: CUSTOMER_BASE_EXERCISE_ID,
    formId: 'abc',
    codecs: thresholdCodecs,
    values: { a: state.abc.a, b: state.abc.b, x: state.abc.x, y: state.abc.y },
    onValidChange: change,
  });
  const basisId = useId();
  const number = (value: number) => format.number(value, 2);
  return (
    <fieldset className="fieldset cb-abc-settings">
      <legend>{t('abcXyz.settings.title')}</legend>
      <div className="fields">
        <div className="field">
          <label htmlFor={basisId} className="field__label">
            {t('abcXyz.settings.basis')}
          </label>
          <div className="field__control">
            <select id={basisId} value={state.abc.basis} aria-describedby={`${basisId}-hint`} onChange={(event) => isOneOf(VALUE_BASES, event.target.value) && change({ basis: event.target.value })}>
              {VALUE_BASES.map((basis) => (
                <option key={basis} value={basis}>
                  {t(`abcXyz.settings.basis.${basis}`)}
                </option>
              ))}
            </select>
          </div>
          <p id={`${basisId}-hint`} className="field__hint">
            {profitUnavailable ? t('abcXyz.settings.profitUnavailable') : t('abcXyz.settings.basisHint')}
          </p>
        </div>
        <Field form={form} name="a" label={t('abcXyz.settings.a')} hint={t('abcXyz.settings.aHint')} suffix="%" />
        <Field form={form} name="b" label={t('abcXyz.settings.b')} hint={t('abcXyz.settings.bHint')} suffix="%" />
        <Field form={form} name="x" label={t('abcXyz.settings.x')} hint={t('abcXyz.settings.xHint')} suffix="%" />
        <Field form={form} name="y" label={t('abcXyz.settings.y')} hint={t('abcXyz.settings.yHint')} suffix="%" />
      </div>
      {problems.length > 0 ? (
        <Callout tone="warning">
          {problems.map((problem) => (
            <p key={problem}>{t(`abcXyz.problem.${problem}`)}</p>
          ))}
          <p>{t('abcXyz.problem.shown', { a: number(shown.a), b: number(shown.b), x: number(shown.x), y: number(shown.y) })}</p>
        </Callout>
      ) : null}
    </fieldset>
  );
}
