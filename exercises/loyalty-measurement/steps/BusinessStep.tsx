import './business/business.css';
import type { StepProps } from '../../../src/workbook/contract';
import { useMessages } from '../../../src/i18n/useI18n';
import type { LoyaltyState } from '../state';
import { businessMessages } from '../messages/business';
import { BusinessForm } from './business/BusinessForm';
import { RecommendationPanel } from './business/RecommendationPanel';

/** Step 1: the business in a few answers, and the metric set they point to, with the reasons. */
export default function BusinessStep({ state, update, locale, presenter }: StepProps<LoyaltyState>) {
  const t = useMessages(businessMessages);
  return (
    <div>
      <p className="explain">{t('business.intro')}</p>
      <div className={`lm-columns${presenter ? ' lm-columns--presenter' : ''}`}>
        <BusinessForm business={state.business} update={update} />
        <RecommendationPanel state={state} update={update} locale={locale} />
      </div>
    </div>
  );
}
