import { useId } from 'react';
import { useMessages } from '../../../../src/i18n/useI18n';
import { Callout } from '../../../../src/ui/Callout';
import { routeHref } from '../../../../src/workbook/route';
import type { MatrixOutcome, MatrixPage, MatrixX } from '../../analysis/matricesAnalysis';
import { CUSTOMER_BASE_EXERCISE_ID } from '../../inputs';
import type { Cell, MatrixKind } from '../../model/matrices';
import { matricesMessages } from '../../messages/matrices';
import { CellCustomers } from './CellCustomers';
import { CellSummary } from './CellSummary';
import { MatrixChart } from './MatrixChart';
import { matrixTitleKey } from './figures';

/** From this share of customers there since the data's first month, the duration matrix says its lengths are cut short. */
const FROM_START_SHARE = 0.1;

interface Props {
  kind: MatrixKind;
  outcome: MatrixOutcome;
  basis: MatrixX;
  /** The page of this matrix's opened cell, when one is opened here. */
  page: MatrixPage | null;
  /** Customers there from the data's first month (the duration matrix says their length is cut by the data). */
  fromDataStart: { customers: number; months: number };
  onList: (list: { cell: Cell; page: number } | null) => void;
  presenter: boolean;
}

/** One matrix: what it reads, the chart, the 2 × 2 summary with the policies, the opened cell's customers; or what it needs. */
export function MatrixSection({ kind, outcome, basis, page, fromDataStart, onList, presenter }: Props) {
  const t = useMessages(matricesMessages);
  const headingId = useId();
  const title = t(matrixTitleKey(kind, outcome.kind === 'ready' ? outcome.x : basis));
  return (
    <section className="step-section cb-matrices-matrix" aria-labelledby={headingId}>
      <h3 id={headingId}>{title}</h3>
      <p className="explain">{t(`matrix.${kind}.intro`)}</p>
      {outcome.kind === 'ready' ? (
        <>
          {outcome.leftOut > 0 ? <p className="note">{t('matrix.leftOut', { count: outcome.leftOut, column: t(`short.${outcome.y}`) })}</p> : null}
          {kind === 'potential' ? <p className="note">{t('wallet.note')}</p> : null}
          {kind === 'duration' && fromDataStart.customers >= Math.max(2, outcome.placed * FROM_START_SHARE) ? (
            <p className="note">{t('matrix.duration.fromStart', { count: fromDataStart.customers, months: Math.round(fromDataStart.months) })}</p>
          ) : null}
          <MatrixChart kind={kind} view={outcome} title={title} presenter={presenter} />
          <CellSummary kind={kind} view={outcome} title={title} open={page?.cell ?? null} onShow={(cell) => onList({ cell, page: 0 })} />
          {page ? <CellCustomers kind={kind} view={outcome} page={page} onPage={(next) => onList({ cell: page.cell, page: next })} onClose={() => onList(null)} /> : null}
        </>
      ) : (
        <Callout
          tone="info"
          actions={
            <a className="button" href={routeHref({ page: 'exercise', exerciseId: CUSTOMER_BASE_EXERCISE_ID, stepId: 'data' })}>
              {t('matrix.toData')}
            </a>
          }
        >
          <p>{t(`matrix.${outcome.kind}`, { column: t(`short.${outcome.column}`) })}</p>
        </Callout>
      )}
    </section>
  );
}
