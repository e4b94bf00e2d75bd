import { useMessages } from '../../../../src/i18n/useI18n';
import { rfmMessages } from '../../messages/rfm';
import { RFM_BINNINGS, type RfmBinning } from '../../state';

/** The two ways to turn values into scores 1–5, each with what it does in one line. */
export function BinningChoice({ value, onChange }: { value: RfmBinning; onChange: (binning: RfmBinning) => void }) {
  const t = useMessages(rfmMessages);
  return (
    <fieldset className="fieldset cb-rfm-binning">
      <legend>{t('rfm.binning.legend')}</legend>
      {RFM_BINNINGS.map((binning) => (
        <label key={binning} className="cb-rfm-binning__option">
          <input type="radio" name="cb-rfm-binning" value={binning} checked={value === binning} onChange={() => onChange(binning)} />
          <span>
            <strong>{t(`rfm.binning.${binning}`)}</strong> <span className="cb-rfm-binning__hint">{t(`rfm.binning.${binning}.hint`)}</span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}
