import { useId } from 'react';
import { useFormat, useLocale, useMessages } from '../../../../src/i18n/useI18n';
import { useAutosaveForm } from '../../../../src/workbook/useAutosaveForm';
import type { SegmentationNames } from '../../content/names';
import { criteriaMessages } from '../../messages/criteria';
import { DEFAULT_BOUNDS } from '../../model/criteria';
import { SEGMENTATION_EXERCISE_ID } from '../../inputs';
import type { BandedCriterion } from '../../state';
import { boundsCodec, boundsKey, boundsOfKey, type BoundsKey } from './boundsCodec';
import { parseBounds } from './parseBounds';

// Module level: the autosave hook keys its effects on the codecs' identity.
const codecs = { bounds: boundsCodec };

interface Props {
  criterion: BandedCriterion;
  /** As stored: null when the participant left the default. */
  typed: number[] | null;
  /** The bounds the analysis used; null until the figures are in. */
  used: number[] | null;
  names: Pick<SegmentationNames, 'value'>;
  onChange: (bounds: number[] | null) => void;
}

/** A banded criterion's upper bounds as one line of text, saved as typed; a bad line keeps its text and says what is wrong. */
export function BoundsField({ criterion, typed, used, names, onChange }: Props) {
  const t = useMessages(criteriaMessages);
  const locale = useLocale();
  const format = useFormat();
  const id = useId();
  const form = useAutosaveForm<{ bounds: BoundsKey }>({
    exerciseId: SEGMENTATION_EXERCISE_ID,
    formId: `bands-${criterion}`,
    codecs,
    values: { bounds: boundsKey(typed) },
    onValidChange: (patch) => {
      if (patch.bounds !== undefined) onChange(boundsOfKey(patch.bounds));
    },
  });
  const invalid = form.form.formState.errors.bounds !== undefined;
  const parsed = parseBounds(form.form.watch('bounds') ?? '', locale === 'ru');
  const fallback = DEFAULT_BOUNDS[criterion];
  const bandList = (bounds: readonly number[]) => Array.from({ length: bounds.length + 1 }, (_, band) => names.value(criterion, `b${band}`, bounds)).join('; ');
  const defaultText = fallback === 'terciles' ? t('criteria.bounds.default.terciles') : t('criteria.bounds.default.fixed', { bounds: fallback.map((bound) => format.number(bound, 2)).join('; ') });
  const usedText = used === null ? null : used.length === 0 ? t('criteria.bounds.usedNone') : t('criteria.bounds.used', { bounds: bandList(used) });
  return (
    <div className={`field sg-criteria-bounds${invalid ? ' field--invalid' : ''}`}>
      <label htmlFor={id} className="field__label">
        {t('criteria.bounds.label', { unit: t(`criteria.bounds.unit.${criterion}`) })}
      </label>
      <div className="field__control">
        <input
          id={id}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          spellCheck={false}
          placeholder={fallback === 'terciles' ? undefined : fallback.join('; ')}
          aria-invalid={invalid ? true : undefined}
          aria-describedby={`${id}-hint${invalid ? ` ${id}-error` : ''}`}
          {...form.form.register('bounds')}
        />
      </div>
      <p id={`${id}-hint`} className="field__hint">
        {t('criteria.bounds.hint')} {defaultText} {usedText}
      </p>
      {invalid && !parsed.ok ? (
        <p id={`${id}-error`} className="field__error" role="alert">
          {t(`criteria.bounds.error.${parsed.problem}`, { part: parsed.part })} <span className="field__draft-note">{t('criteria.bounds.kept')}</span>
        </p>
      ) : null}
    </div>
  );
}
