import type { StepProps } from '../../../src/workbook/contract';
import { useMessages } from '../../../src/i18n/useI18n';
import type { RoiState } from '../state';
import { roiMessages } from '../messages';
import { StepLayout } from './shared/StepLayout';
import { DiscountForm } from './discount/DiscountForm';
import { DiscountResults } from './discount/DiscountResults';

/** Step 1: the volume a discount needs to keep gross profit, and where it becomes "suicidal". */
export default function DiscountStep({ state, update, presenter }: StepProps<RoiState>) {
  const t = useMessages(roiMessages);
  return (
    <>
      <p className="explain">{t('discount.intro')}</p>
      <p className="explain explain--detail">{t('discount.introDetail')}</p>
      <StepLayout
        presenter={presenter}
        inputs={<DiscountForm state={state} update={update} />}
        results={
          <section className="step-section" aria-labelledby="roi-discount-results">
            <h3 id="roi-discount-results">{t('discount.resultsTitle')}</h3>
            <DiscountResults inputs={state.discount} presenter={presenter} />
          </section>
        }
      />
    </>
  );
}
