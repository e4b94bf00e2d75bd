import type { StepProps } from '../../../src/workbook/contract';
import { useFormat, useMessages } from '../../../src/i18n/useI18n';
import { Callout } from '../../../src/ui/Callout';
import { Reading } from '../../../src/ui/Reading';
import type { LoyaltyState } from '../state';
import { checkEstimatedShares } from '../model/dickBasu';
import { matrixMessages } from '../messages/matrix';
import { useMatrix } from './matrix/useMatrix';
import { estimatedReading, measuredReading } from './matrix/matrixReading';
import { MatrixGrid } from './matrix/MatrixGrid';
import { MatchReport } from './matrix/MatchReport';
import { MatrixRules } from './matrix/MatrixRules';
import { EstimatesForm } from './matrix/EstimatesForm';
import { QuadrantActions } from './matrix/QuadrantActions';
import { MatrixSourceNote } from './matrix/MatrixSourceNote';
import './matrix/matrix.css';
import { Pending } from '../../../src/ui/Pending';

/**
 * Step "attitude × behaviour": the Dick & Basu matrix measured by matching survey answers with the same customers'
 * sales, or, where they cannot be matched, drawn from the participant's estimate and marked as one.
 */
export default function MatrixStep({ state, update }: StepProps<LoyaltyState>) {
  const t = useMessages(matrixMessages);
  const format = useFormat();
  const { sources, view } = useMatrix(state);
  const words = { t, percent: (share: number) => format.percent(share) };
  const check = checkEstimatedShares(state.matrix.estimatedShares);
  const data = view.kind === 'measured' || view.kind === 'estimated' ? view.data : null;

  if (view.kind === 'loading' || view.kind === 'failed') {
    return (
      <>
        <p className="explain">{t('matrix.intro')}</p>
        {view.kind === 'loading' ? (
          <Pending>{t('matrix.loading')}</Pending>
        ) : (
          <Callout tone="warning">
            <p>{t('matrix.failed', { message: view.message })}</p>
          </Callout>
        )}
      </>
    );
  }

  const result = view.kind === 'measured' ? view.data.result : null;
  return (
    <>
      {result ? <Reading reading={measuredReading(result, words)} /> : check.kind === 'ok' ? <Reading reading={estimatedReading(check.shares, words)} /> : null}
      <p className="explain">{t('matrix.intro')}</p>
      <MatrixSourceNote sources={sources} data={data} />
      {view.kind === 'estimated' ? (
        <>
          <EstimatesForm state={state} update={update} why={t(view.reason === 'salesUnreadable' ? 'matrix.salesUnreadable' : `matrix.estimates.why.${view.reason}`)} check={check} />
          {check.kind === 'ok' ? <MatrixGrid shares={check.shares} counts={null} title={t('matrix.grid.estimatedTitle')} note={t('matrix.grid.estimated')} /> : null}
        </>
      ) : null}
      {result ? (
        <>
          <MatrixGrid shares={result.shares} counts={result.counts} title={t('matrix.grid.title')} note={t('matrix.grid.measured', { count: result.matched })} />
          <p className="finding">{t('matrix.advocates', { count: result.advocates, total: result.matched, share: format.percent(result.advocates / result.matched) })}</p>
        </>
      ) : null}
      {data && (view.kind === 'measured' || data.result.answers > data.result.withoutId) ? <MatchReport result={data.result} unusableSalesRows={data.unusableSalesRows} /> : null}
      <MatrixRules state={state} update={update} result={result} />
      <QuadrantActions state={state} update={update} />
    </>
  );
}
