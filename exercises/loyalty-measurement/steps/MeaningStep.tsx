import './business/business.css';
import './meaning/meaning.css';
import type { StepProps } from '../../../src/workbook/contract';
import { useMessages } from '../../../src/i18n/useI18n';
import type { LoyaltyState } from '../state';
import { meaningMessages } from '../messages/meaning';
import { DefinitionForm } from './meaning/DefinitionForm';
import { TypeShares } from './meaning/TypeShares';
import { LadderEditor } from './meaning/LadderEditor';

/** Step 2: behaviour, attitude or both; the definition; the loyalty types' shares; the commitment ladder with a strategy per stage. */
export default function MeaningStep({ state, update, locale, presenter }: StepProps<LoyaltyState>) {
  const t = useMessages(meaningMessages);
  const { meaning } = state;
  return (
    <div>
      <p className="explain">{t('meaning.intro')}</p>
      <DefinitionForm meaning={meaning} update={update} locale={locale} />
      <div className={`lm-columns${presenter ? ' lm-columns--presenter' : ''}`}>
        <TypeShares meaning={meaning} update={update} locale={locale} />
        <LadderEditor meaning={meaning} update={update} locale={locale} />
      </div>
    </div>
  );
}
