import { useId, useState } from 'react';
import { pickText } from '../../../../src/i18n/translate';
import { useLocale, useMessages } from '../../../../src/i18n/useI18n';
import { listOf } from '../journey/journeyReading';
import { QUALITY_LIBRARY } from '../../content/library';
import { ideasMessages } from '../../messages/ideas';
import { setBehaviours, staffOf, toggleQuality } from '../../model/ideas';
import type { EmotionalState } from '../../state';
import type { StepProps } from '../../../../src/workbook/contract';
import { TextField } from '../journey/TextField';
import { useEmotionalNames } from '../shared/useNames';

type Props = Pick<StepProps<EmotionalState>, 'state' | 'update'> & { touchpointId: string; place: number };

/** What the people at a touchpoint need: qualities ticked from the library, behaviours in the participant's words. */
export function StaffPicker({ state, update, touchpointId, place }: Props) {
  const t = useMessages(ideasMessages);
  const locale = useLocale();
  const staff = staffOf(state, touchpointId);
  const n = place + 1;
  const names = useEmotionalNames();
  const [open, setOpen] = useState(false);
  const listId = useId();
  return (
    <div className="el-staff">
      {/* Folded, the qualities chosen read as a sentence (which paper prints); open, every library quality is a box to tick. */}
      {open ? (
        <fieldset id={listId} className="el-staff__qualities">
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
      ) : (
        <p className="el-staff__chosen">
          {staff.qualities.length === 0 ? t('ideas.qualitiesNone') : t('ideas.qualitiesChosen', { list: listOf(staff.qualities.map((id) => names.quality(id)), locale) })}
        </p>
      )}
      <button type="button" className="button button--quiet el-staff__toggle no-print" aria-expanded={open} aria-controls={open ? listId : undefined} onClick={() => setOpen(!open)}>
        {open ? t('ideas.qualitiesClose') : t('ideas.qualitiesOpen')}
      </button>
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
