import { isOneOf } from '../../../../src/data/oneOf';
import { pickText } from '../../../../src/i18n/translate';
import { useLocale, useMessages } from '../../../../src/i18n/useI18n';
import { DEFAULT_JOURNEYS } from '../../content/library';
import { journeyMessages } from '../../messages/journey';
import { moveTouchpoint, updateTouchpoint } from '../../model/journey';
import { EMOTIONS, type EmotionalState, type Touchpoint } from '../../state';
import type { StepProps } from '../../../../src/workbook/contract';
import { useEmotionalNames } from '../shared/useNames';
import { StageSelect } from './StageSelect';
import { TextField } from './TextField';

type Props = Pick<StepProps<EmotionalState>, 'state' | 'update'> & {
  onRemove: (touchpoint: Touchpoint, index: number) => void;
};

const libraryName = (libraryId: string | null) => Object.values(DEFAULT_JOURNEYS).flat().find((entry) => entry.id === libraryId)?.name;

/**
 * The journey as an ordered, editable list, a heading wherever the rung of the ladder changes. Every keystroke
 * goes to the state. A library touchpoint's name shows the library's text in the page's language until typed over.
 */
export function TouchpointList({ state, update, onRemove }: Props) {
  const t = useMessages(journeyMessages);
  const names = useEmotionalNames();
  const locale = useLocale();
  const edit = (id: string, patch: Parameters<typeof updateTouchpoint>[2]) => update((current) => updateTouchpoint(current, id, patch));

  return (
    <ol className="el-touchpoints">
      {state.touchpoints.map((touchpoint, index) => {
        const title = names.touchpoint(touchpoint, index);
        const library = libraryName(touchpoint.libraryId);
        const shownName = touchpoint.name ?? (library ? pickText(library, locale) : '');
        const renamed = library !== undefined && touchpoint.name !== null && touchpoint.name !== pickText(library, locale);
        const newRung = index === 0 || state.touchpoints[index - 1]?.stage !== touchpoint.stage;
        const n = index + 1;
        return (
          <li key={touchpoint.id} className={`el-touchpoint${newRung ? ' el-touchpoint--rung' : ''}`}>
            {newRung ? <p className="el-touchpoint__rung">{names.stage(touchpoint.stage)}</p> : null}
            <div className="el-touchpoint__card">
              <span className="el-touchpoint__number" aria-hidden="true">
                {n}
              </span>
              <div className="el-touchpoint__fields">
                <TextField
                  className="el-touchpoint__name"
                  label={t('journey.name', { n })}
                  value={shownName}
                  maxLength={200}
                  focusKey={{ name: 'touchpoint-name', value: touchpoint.id }}
                  hint={renamed ? t('journey.libraryName', { name: pickText(library, locale) }) : null}
                  onChange={(name) => edit(touchpoint.id, { name })}
                />
                <StageSelect label={t('journey.stage', { n })} value={touchpoint.stage} onChange={(stage) => edit(touchpoint.id, { stage })} />
                <label className="field">
                  <span className="field__label">{t('journey.emotion', { n })}</span>
                  <select
                    value={touchpoint.emotion ?? ''}
                    onChange={(event) => edit(touchpoint.id, { emotion: isOneOf(EMOTIONS, event.target.value) ? event.target.value : null })}
                  >
                    <option value="">{t('journey.emotionNone')}</option>
                    {EMOTIONS.map((emotion) => (
                      <option key={emotion} value={emotion}>
                        {names.emotion(emotion)}
                      </option>
                    ))}
                  </select>
                </label>
                <TextField className="el-touchpoint__note" multiline label={t('journey.note', { n })} value={touchpoint.note} onChange={(note) => edit(touchpoint.id, { note })} />
              </div>
              <div className="el-touchpoint__tools no-print">
                <button type="button" className="button button--quiet" onClick={() => update((current) => moveTouchpoint(current, index, -1))} disabled={index === 0} aria-label={t('journey.moveUp', { name: title })}>
                  ↑
                </button>
                <button
                  type="button"
                  className="button button--quiet"
                  onClick={() => update((current) => moveTouchpoint(current, index, 1))}
                  disabled={index === state.touchpoints.length - 1}
                  aria-label={t('journey.moveDown', { name: title })}
                >
                  ↓
                </button>
                <button type="button" className="button button--quiet" onClick={() => onRemove(touchpoint, index)} aria-label={t('journey.remove', { name: title })}>
                  ✕
                </button>
              </div>
            </div>
          </li>
        );
      })}
    </ol>
  );
}
