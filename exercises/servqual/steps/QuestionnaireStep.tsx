import './servqual.css';
import type { StepProps } from '../../../src/workbook/contract';
import { useMessages } from '../../../src/i18n/useI18n';
import type { ServqualState } from '../state';
import { uiMessages } from './messages';
import { GapsModel } from './questionnaire/GapsModel';
import { QuestionnaireSettings } from './questionnaire/QuestionnaireSettings';
import { StatementList } from './questionnaire/StatementList';

/** Step 1: the 22 statements fitted to the participant's business, the scale, and why the gap is measured. */
export default function QuestionnaireStep({ state, update, locale, presenter }: StepProps<ServqualState>) {
  const ui = useMessages(uiMessages);
  return (
    <div className={`sq-step${presenter ? ' sq-step--presenter' : ''}`}>
      <p className="explain">{ui('questionnaire.intro')}</p>
      <GapsModel />
      <QuestionnaireSettings questionnaire={state.questionnaire} update={update} locale={locale} />
      <StatementList questionnaire={state.questionnaire} update={update} locale={locale} />
    </div>
  );
}
