import type { StepProps } from '../../../src/workbook/contract';
import { useMessages } from '../../../src/i18n/useI18n';
import type { KanoState } from '../state';
import { kanoStepMessages } from './messages';
import { QuestionSettings } from './questionnaire/QuestionSettings';
import { QuestionEditor } from './questionnaire/QuestionEditor';
import { PrintableQuestionnaire } from './questionnaire/PrintableQuestionnaire';
import { EntryForm } from './questionnaire/EntryForm';
import { TypedResponsesList } from './questionnaire/TypedResponsesList';
import './kano.css';

/**
 * Step 2: the questions, the form to print, the response template, and the paper forms typed in. Printing
 * this step prints only the questionnaire (the editors are marked no-print).
 */
export default function QuestionnaireStep({ state, update, locale }: StepProps<KanoState>) {
  const t = useMessages(kanoStepMessages);
  if (state.features.length === 0) {
    return <p className="explain">{t('questionnaire.noFeatures')}</p>;
  }
  return (
    <>
      <p className="explain no-print">{t('questionnaire.intro')}</p>
      <div className="no-print">
        <QuestionSettings state={state} update={update} locale={locale} />
        <QuestionEditor state={state} update={update} locale={locale} />
      </div>
      <PrintableQuestionnaire state={state} locale={locale} />
      <div className="no-print">
        <EntryForm state={state} update={update} locale={locale} />
        <TypedResponsesList state={state} update={update} locale={locale} />
      </div>
    </>
  );
}
