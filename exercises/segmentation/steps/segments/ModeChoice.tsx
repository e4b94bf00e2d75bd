import { useMessages } from '../../../../src/i18n/useI18n';
import { segmentsMessages } from '../../messages/segments';
import { SEGMENT_MODES, type SegmentMode } from '../../state';

/** Rules or a cross-tab, each with what it is good for in one line; both definitions are kept whichever is shown. */
export function ModeChoice({ value, onChange }: { value: SegmentMode; onChange: (mode: SegmentMode) => void }) {
  const t = useMessages(segmentsMessages);
  return (
    <fieldset className="fieldset sg-segments-mode">
      <legend>{t('segments.mode.legend')}</legend>
      {SEGMENT_MODES.map((mode) => (
        <label key={mode} className="sg-segments-mode__option">
          <input type="radio" name="sg-segments-mode" value={mode} checked={value === mode} onChange={() => onChange(mode)} />
          <span>
            <strong>{t(`segments.mode.${mode}`)}</strong> <span className="sg-segments-mode__hint">{t(`segments.mode.${mode}.hint`)}</span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}
