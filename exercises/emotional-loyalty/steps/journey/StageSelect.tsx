import { isOneOf } from '../../../../src/data/oneOf';
import { LADDER_STAGES, type LadderStage } from '../../state';
import { useEmotionalNames } from '../shared/useNames';

/** A labelled choice of a rung of the commitment ladder, in ladder order. */
export function StageSelect({ label, value, onChange }: { label: string; value: LadderStage; onChange: (stage: LadderStage) => void }) {
  const names = useEmotionalNames();
  return (
    <label className="field">
      <span className="field__label">{label}</span>
      <select value={value} onChange={(event) => isOneOf(LADDER_STAGES, event.target.value) && onChange(event.target.value)}>
        {LADDER_STAGES.map((stage) => (
          <option key={stage} value={stage}>
            {names.stage(stage)}
          </option>
        ))}
      </select>
    </label>
  );
}
