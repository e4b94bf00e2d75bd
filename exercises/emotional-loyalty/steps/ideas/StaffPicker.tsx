import { pickText } from '../../../../src/i18n/translate';
import { useLocale, useMessages } from '../../../../src/i18n/useI18n';
import { QUALITY_LIBRARY } from '../../content/library';
import { ideasMessages } from '../../messages/ideas';
import { setBehaviours, staffOf, toggleQuality } from '../../model/ideas';
import type { EmotionalState } from '../../state';
import type { StepProps } from '../../../../src/workbook/contract';
import { TextField } from '../journey/TextField';

type Props = Pick<StepProps<EmotionalState>, 'state' | 'update'> & { touchpointId: string; place: number };

/** What the people at a touchpoint need: qualities ticked from the library, behaviours in the participant's words. */
export function StaffPicker({ state, update, touchpointId, place }: Props) {
  const t = useMessages(ideasMessages);
  const locale = useLocale();
  const staff = staffOf(state, touchpointId);
  const n = place + 1;
  return (
    <div className="el-staff">
      <fieldset className="el-staff__qualities">
        <legend>{t('ideas.qualities', { n })}</legend>
        {QUALITY_LIBRARY.map((quality) => (
          <label key={quality.id} className="el-check">
            <input
              type="checkbox"
              checked={staff.qualities.includes(quality.id)}
              onChange={(event) => update((current) => toggleQuality(current, touchpointId, quality.id, event.target.checked))}
            />
            <span>{pickText(quality.name, locale)}</span>
          </label>
        ))}
      </fieldset>
      <TextField
        className="field--wide"
        multiline
        label={t('ideas.behaviours', { n })}
        value={staff.behaviours}
        hint={t('ideas.behavioursHint')}
        onChange={(text) => update((current) => setBehaviours(current, touchpointId, text))}
      />
    </div>
  );
}
