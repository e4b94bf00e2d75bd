import { useMemo } from 'react';
import type { StepProps } from '../../../src/workbook/contract';
import { useFormat, useMessages } from '../../../src/i18n/useI18n';
import { Reading } from '../../../src/ui/Reading';
import { paretoCurve } from '../model/indicators';
import type { PromoProductState } from '../state';
import { indicatorsMessages } from '../messages/indicators';
import { useItemName } from './shared/useReceipts';
import { useIndicators } from './indicators/useIndicators';
import { indicatorsReading } from './indicators/indicatorsReading';
import { IndicatorsStatus } from './indicators/IndicatorsStatus';
import { TopProducts } from './indicators/TopProducts';
import { ParetoChart } from './indicators/ParetoChart';
import { IndicatorsTable } from './indicators/IndicatorsTable';
import { LeftOutNote } from './indicators/LeftOutNote';
import './indicators/indicators.css';

/** Step 2 "Product figures": per item penetration, buyers, frequency, shares, receipts with and without, attachment; the Pareto curve. */
export default function IndicatorsStep({ state, update, presenter }: StepProps<PromoProductState>) {
  const t = useMessages(indicatorsMessages);
  const format = useFormat();
  const { origin, view } = useIndicators(state);
  const name = useItemName(origin);
  const result = view.kind === 'ready' ? view.result : null;
  const curve = useMemo(() => (result ? paretoCurve(result.items) : null), [result]);
  return (
    <>
      {result ? (
        <Reading
          reading={indicatorsReading(result.items, result.totals, {
            t,
            name,
            percent: (share) => format.percent(share),
            number: (value) => format.number(value, 1),
            integer: format.integer,
          })}
        />
      ) : null}
      <IndicatorsStatus origin={origin} view={view} onUseDemo={() => update((current) => ({ ...current, useDemoData: true }))} />
      {presenter ? null : <p className="explain">{t('indicators.intro')}</p>}
      {result && result.items.length > 0 ? (
        <>
          <TopProducts items={result.items} totals={result.totals} name={name} />
          {curve ? <ParetoChart curve={curve} presenter={presenter} /> : null}
          <IndicatorsTable items={result.items} totals={result.totals} level={state.receipts.level} name={name} />
          <LeftOutNote leftOut={result.leftOut} />
        </>
      ) : null}
    </>
  );
}
