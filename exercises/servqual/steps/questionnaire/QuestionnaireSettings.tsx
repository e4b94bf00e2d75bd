import { useId, useState } from 'react';
import { isOneOf } from '../../../../src/data/oneOf';
import { useMessages } from '../../../../src/i18n/useI18n';
import type { Locale } from '../../../../src/i18n/locale';
import type { StepProps } from '../../../../src/workbook/contract';
import { ConfirmDialog } from '../../../../src/ui/ConfirmDialog';
import { PRESET_IDS, SCALES, type PresetId, type Scale } from '../../structure';
import { ADAPTATION_PRESETS, presetText } from '../../statements';
import type { Questionnaire, ServqualState } from '../../state';
import { servqualMessages } from '../../messages';
import { uiMessages } from '../messages';

interface SettingsProps {
  questionnaire: Questionnaire;
  update: StepProps<ServqualState>['update'];
  locale: Locale;
}

/** Statements the participant rewrote: a preset would replace them, so applying one asks first. */
export function editedItems(questionnaire: Questionnaire, locale: Locale): number[] {
  return questionnaire.statements
    .filter((statement) => statement.text !== null && statement.text.trim() !== '' && statement.text !== presetText(statement.item, questionnaire.preset, locale))
    .map((statement) => statement.item);
}

export function QuestionnaireSettings({ questionnaire, update, locale }: SettingsProps) {
  const t = useMessages(servqualMessages);
  const ui = useMessages(uiMessages);
  const companyId = useId();
  const presetId = useId();
  const [pendingPreset, setPendingPreset] = useState<PresetId | null>(null);
  const edited = editedItems(questionnaire, locale);

  const setQuestionnaire = (change: Partial<Questionnaire>) =>
    update((current) => ({ ...current, questionnaire: { ...current.questionnaire, ...change } }));

  const applyPreset = (preset: PresetId) => {
    setPendingPreset(null);
    update((current) => ({
      ...current,
      questionnaire: {
        ...current.questionnaire,
        preset,
        // The preset's wording replaces the participant's; which items are on stays their choice.
        statements: current.questionnaire.statements.map((statement) => ({ ...statement, text: null })),
      },
    }));
  };

  const choosePreset = (preset: PresetId) => {
    if (edited.length > 0) setPendingPreset(preset);
    else applyPreset(preset);
  };

  return (
    <section className="step-section" aria-labelledby="sq-settings-title">
      <h3 id="sq-settings-title">{ui('questionnaire.settingsTitle')}</h3>
      <div className="sq-settings">
        <div className="field">
          <label className="field__label" htmlFor={companyId}>
            {ui('questionnaire.company')}
          </label>
          <div className="field__control">
            <input
              id={companyId}
              type="text"
              autoComplete="organization"
              value={questionnaire.companyName}
              placeholder={t('questionnaire.companyFallback')}
              onChange={(event) => setQuestionnaire({ companyName: event.target.value })}
            />
          </div>
          <p className="field__hint">{ui('questionnaire.companyHint')}</p>
        </div>
        <div className="field">
          <label className="field__label" htmlFor={presetId}>
            {t('preset.label')}
          </label>
          <div className="field__control">
            <select id={presetId} value={questionnaire.preset} onChange={(event) => isOneOf(PRESET_IDS, event.target.value) && choosePreset(event.target.value)}>
              {PRESET_IDS.map((preset) => (
                <option key={preset} value={preset}>
                  {ADAPTATION_PRESETS[preset].label[locale]}
                </option>
              ))}
            </select>
          </div>
          <p className="field__hint">{ui('questionnaire.presetHint')}</p>
        </div>
        <fieldset className="fieldset sq-scale">
          <legend>{ui('questionnaire.scale')}</legend>
          {SCALES.map((scale: Scale) => (
            <label key={scale}>
              <input type="radio" name={`${presetId}-scale`} checked={questionnaire.scale === scale} onChange={() => setQuestionnaire({ scale })} />
              {ui(scale === 7 ? 'questionnaire.scale7' : 'questionnaire.scale5')}
            </label>
          ))}
        </fieldset>
      </div>
      <ConfirmDialog
        open={pendingPreset !== null}
        title={ui('questionnaire.presetConfirmTitle')}
        confirmLabel={ui('questionnaire.presetConfirm')}
        tone="danger"
        onConfirm={() => pendingPreset && applyPreset(pendingPreset)}
        onCancel={() => setPendingPreset(null)}
      >
        <p>
          {ui('questionnaire.presetConfirmBody', {
            count: edited.length,
            items: edited.join(', '),
            preset: pendingPreset ? ADAPTATION_PRESETS[pendingPreset].label[locale] : '',
          })}
        </p>
      </ConfirmDialog>
    </section>
  );
}
