import { useId } from 'react';
import { isOneOf } from '../../../../src/data/oneOf';
import type { Locale } from '../../../../src/i18n/locale';
import { LOCALES } from '../../../../src/i18n/locale';
import { useMessages } from '../../../../src/i18n/useI18n';
import type { StepProps } from '../../../../src/workbook/contract';
import { DEFAULT_IMPORTANCE_SCALE, type KanoState } from '../../state';
import { kanoStepMessages } from '../messages';

type Props = Pick<StepProps<KanoState>, 'state' | 'update'> & { locale: Locale };

/** The questionnaire's language and whether it asks for self-stated importance. */
export function QuestionSettings({ state, update }: Props) {
  const t = useMessages(kanoStepMessages);
  const languageId = useId();
  const { questionnaire } = state;
  const setQuestionnaire = (patch: Partial<KanoState['questionnaire']>) =>
    update((current) => ({ ...current, questionnaire: { ...current.questionnaire, ...patch } }));
  return (
    <section className="step-section" aria-labelledby="kano-question-settings">
      <h3 id="kano-question-settings">{t('questionnaire.settingsTitle')}</h3>
      <div className="kano-settings">
        <div className="field">
          <label htmlFor={languageId} className="field__label">
            {t('questionnaire.language')}
          </label>
          <select
            id={languageId}
            value={questionnaire.locale ?? ''}
            onChange={(event) => setQuestionnaire({ locale: isOneOf(LOCALES, event.target.value) ? event.target.value : null })}
          >
            <option value="">{t('questionnaire.languageInterface')}</option>
            {LOCALES.map((locale) => (
              <option key={locale} value={locale}>
                {t(`questionnaire.language.${locale}`)}
              </option>
            ))}
          </select>
        </div>
        <label className="kano-check">
          <input
            type="checkbox"
            checked={questionnaire.importanceScale !== null}
            onChange={(event) => setQuestionnaire({ importanceScale: event.target.checked ? { ...DEFAULT_IMPORTANCE_SCALE } : null })}
          />
          {t('questionnaire.askImportance')}
        </label>
      </div>
    </section>
  );
}
