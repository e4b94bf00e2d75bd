import { useMemo } from 'react';
import { useFormat, useMessages } from '../../../../src/i18n/useI18n';
import { Callout } from '../../../../src/ui/Callout';
import { Metric, MetricGrid } from '../../../../src/ui/Metric';
import type { DiscountInputsDraft } from '../../state';
import { discountBreakEven, discountVerdict, grossProfitChange } from '../../model';
import { roiMessages } from '../../messages';
import { BreakEvenChart } from './BreakEvenChart';

/** Below this a profit change is rounding noise: the expected uplift sits on the break-even. */
const SAME_PROFIT = 1e-9;

export function DiscountResults({ inputs, presenter }: { inputs: DiscountInputsDraft; presenter: boolean }) {
  const t = useMessages(roiMessages);
  const { margin, discount } = inputs;
  if (margin === null || discount === null) {
    return (
      <Callout tone="info">
        <p>{t('discount.missing')}</p>
      </Callout>
    );
  }
  return <DiscountOutcome margin={margin} discount={discount} expected={inputs.expectedVolumeChange} presenter={presenter} />;
}

function DiscountOutcome({ margin, discount, expected, presenter }: { margin: number; discount: number; expected: number | null; presenter: boolean }) {
  const t = useMessages(roiMessages);
  const format = useFormat();
  const result = useMemo(() => discountBreakEven(margin, discount), [margin, discount]);
  const verdict = useMemo(() => discountVerdict(margin, discount), [margin, discount]);
  const profitChange = useMemo(() => (expected === null ? null : grossProfitChange(margin, discount, expected)), [margin, discount, expected]);

  if (result.kind === 'invalid') {
    return (
      <Callout tone="warning">
        <p>{t(result.reason === 'margin-out-of-range' ? 'discount.invalid.margin' : 'discount.invalid.discount')}</p>
      </Callout>
    );
  }

  const params = { margin: format.percent(margin), discount: format.percent(discount) };
  const required = result.kind === 'ok' ? format.signedPercent(result.requiredVolumeChange) : null;
  const verdictText =
    verdict === 'invalid' ? '' : t(`discount.verdict.${verdict}`, { ...params, required: result.kind === 'ok' ? format.percent(result.requiredVolumeChange) : '' });

  return (
    <>
      <MetricGrid label={t('discount.resultsTitle')}>
        <Metric
          label={t('discount.required')}
          value={required ?? t('discount.suicidalValue')}
          note={required === null ? t('discount.suicidalNote') : t('discount.requiredNote')}
          tone={result.kind === 'suicidal' ? 'bad' : 'neutral'}
        />
        {profitChange !== null && expected !== null && Number.isFinite(profitChange) ? (
          <Metric
            label={t('discount.profitChange')}
            value={format.signedPercent(profitChange)}
            note={t('discount.profitChangeNote', { expected: format.signedPercent(expected) })}
            tone={profitChange > SAME_PROFIT ? 'good' : profitChange < -SAME_PROFIT ? 'bad' : 'neutral'}
          />
        ) : null}
      </MetricGrid>
      <p className="verdict">{verdictText}</p>
      <p>{comparison()}</p>
      <BreakEvenChart margin={margin} discount={discount} result={result} presenter={presenter} />
    </>
  );

  function comparison(): string {
    if (expected === null || profitChange === null || !Number.isFinite(profitChange)) return t('discount.noExpected');
    const values = { expected: format.signedPercent(expected), required: required ?? '', change: format.percent(Math.abs(profitChange)) };
    if (result.kind === 'suicidal') return t('discount.compare.suicidal', { ...values, change: format.signedPercent(profitChange) });
    if (profitChange > SAME_PROFIT) return t('discount.compare.above', values);
    if (profitChange < -SAME_PROFIT) return t('discount.compare.below', values);
    return t('discount.compare.equal', values);
  }
}
