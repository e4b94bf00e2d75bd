import { useState } from 'react';
import { pickText } from '../../../../src/i18n/translate';
import { useLocale, useMessages } from '../../../../src/i18n/useI18n';
import { journeyMessages } from '../../messages/journey';
import { addTouchpoint, touchpointsToAdd } from '../../model/journey';
import { LADDER_STAGES, type EmotionalState, type LadderStage } from '../../state';
import type { StepProps } from '../../../../src/workbook/contract';
import { useEmotionalNames } from '../shared/useNames';
import { StageSelect } from './StageSelect';

type Props = Pick<StepProps<EmotionalState>, 'state' | 'update'> & {
  /** The new touchpoint's id, so the step can put the cursor in its name. */
  onAdded: (id: string) => void;
};

/** Adding a touchpoint: one of the default journey's the participant does not have yet, or their own on a chosen rung. */
export function AddTouchpoint({ state, update, onAdded }: Props) {
  const t = useMessages(journeyMessages);
  const names = useEmotionalNames();
  const locale = useLocale();
  const available = touchpointsToAdd(state);
  const [picked, setPicked] = useState('');
  const [ownStage, setOwnStage] = useState<LadderStage>('regular');
  const chosen = available.find((entry) => entry.id === picked) ?? available[0];

  const add = (source: Parameters<typeof addTouchpoint>[1]) => {
    // Computed on the state at hand so the id is known for the focus; the update then applies the same result.
    const { state: next, id } = addTouchpoint(state, source);
    update(next);
    onAdded(id);
  };

  return (
    <div className="el-add no-print">
      {available.length > 0 && chosen ? (
        <div className="el-add__row">
          <label className="field">
            <span className="field__label">{t('journey.addLibrary')}</span>
            <select value={chosen.id} onChange={(event) => setPicked(event.target.value)}>
              {LADDER_STAGES.map((stage) => {
                const onStage = available.filter((entry) => entry.stage === stage);
                return onStage.length === 0 ? null : (
                  <optgroup key={stage} label={names.stage(stage)}>
                    {onStage.map((entry) => (
                      <option key={entry.id} value={entry.id}>
                        {pickText(entry.name, locale)}
                      </option>
                    ))}
                  </optgroup>
                );
              })}
            </select>
          </label>
          <button type="button" className="button" onClick={() => add(chosen)}>
            {t('journey.addLibraryButton')}
          </button>
        </div>
      ) : (
        <p className="muted">{t('journey.addNone')}</p>
      )}
      <div className="el-add__row">
        <StageSelect label={t('journey.ownStage')} value={ownStage} onChange={setOwnStage} />
        <button type="button" className="button button--primary" onClick={() => add({ stage: ownStage })}>
          {t('journey.addOwn')}
        </button>
      </div>
    </div>
  );
}
