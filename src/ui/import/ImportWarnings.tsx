import { useFormat, useLocale, useMessages } from '../../i18n/useI18n';
import type { DatasetSpec } from '../../data/spec';
import type { ReportWarnings } from '../../data/import/health';
import { Callout } from '../Callout';
import { importMessages } from './messages';
import { columnLabel } from './wording';

interface Props {
  spec: DatasetSpec;
  warnings: ReportWarnings;
  /** Spec keys of recommended columns the file lacks (missingRecommended). */
  missingRecommended: readonly string[];
  /** Switches to the proposed scale and imports again; without it the report says how to do it by hand. */
  onSwitchScale?: ((max: number) => void) | undefined;
  busy: boolean;
}

/**
 * What the user must read before accepting an import, above the figures: columns that mostly failed, a file
 * on another scale (with the switch when the exercise offers one), and columns the exercise needs to make
 * sense of the data. Nothing here when the file is fine.
 */
export function ImportWarnings({ spec, warnings, missingRecommended, onSwitchScale, busy }: Props) {
  const t = useMessages(importMessages);
  const locale = useLocale();
  const format = useFormat();
  const { failing, scale } = warnings;
  if (failing.length === 0 && scale === null && missingRecommended.length === 0) return null;
  const proposed = scale?.proposedMax ?? null;

  return (
    <Callout
      tone="warning"
      title={t('warning.title')}
      actions={
        scale !== null && proposed !== null && onSwitchScale ? (
          <button type="button" className="button" disabled={busy} onClick={() => onSwitchScale(proposed)}>
            {t('warning.scaleSwitch', { min: scale.min, max: proposed })}
          </button>
        ) : null
      }
    >
      <ul className="dataset-import__warnings">
        {scale !== null ? (
          <li>
            {proposed !== null
              ? t('warning.scale', { count: scale.outside, answers: scale.answers, highest: scale.highest, min: scale.min, max: scale.max, proposed })
              : t('warning.scaleOutside', { count: scale.outside, answers: scale.answers, min: scale.min, max: scale.max })}
            {proposed !== null && !onSwitchScale ? ` ${t('warning.scaleHowTo', { min: scale.min, max: proposed })}` : ''}
          </li>
        ) : null}
        {failing.map((health) => (
          <li key={health.column}>
            {t('warning.mostlyFailed', {
              column: columnLabel(spec, health.column, locale),
              failed: health.failed,
              checked: health.checked,
              share: format.percent(health.failed / health.checked, 0),
            })}
          </li>
        ))}
        {missingRecommended.map((key) => {
          const column = spec.columns.find((candidate) => candidate.key === key);
          return (
            <li key={key}>
              {t('warning.recommended', { column: columnLabel(spec, key, locale), reason: column?.recommended?.[locale] ?? '' })}
            </li>
          );
        })}
      </ul>
    </Callout>
  );
}
