import { useMessages } from '../../../../src/i18n/useI18n';
import { Callout } from '../../../../src/ui/Callout';
import { DatasetImport } from '../../../../src/ui/import/DatasetImport';
import { salesSpec } from '../../../../src/data/salesSpec';
import { LOYALTY_EXERCISE_ID } from '../../inputs';
import { behaviourMessages } from '../../messages/behaviour';
import type { RowCounts } from '../../model/behaviour';
import type { BehaviourSource, BehaviourView } from './useBehaviour';
import { Pending } from '../../../../src/ui/Pending';

interface Props {
  source: BehaviourSource;
  view: BehaviourView;
  countRowsAsPurchases: boolean;
  onUseDemo: () => void;
}

/** Where the rows come from, said plainly, what was left out of them, and the import of the participant's own file. */
export function BehaviourData({ source, view, countRowsAsPurchases, onUseDemo }: Props) {
  const t = useMessages(behaviourMessages);
  const result = view.kind === 'result' ? view.result : null;
  const counts: RowCounts | null = result ? (result.kind === 'ready' ? result.figures.rowCounts : result.rowCounts) : null;
  const customers = result?.kind === 'ready' ? result.figures.customers : result?.kind === 'oneTimeOnly' ? result.customers : null;

  return (
    <section className="step-section" aria-labelledby="behaviour-data">
      <h3 id="behaviour-data">{t('behaviour.data.title')}</h3>
      {view.kind === 'loading' ? <Pending className="explain">{t('behaviour.data.loading')}</Pending> : null}
      {view.kind === 'unreadable' ? (
        <Callout tone="warning">
          <p>{t('behaviour.data.error')}</p>
        </Callout>
      ) : null}
      {source === 'none' ? (
        <Callout
          tone="info"
          title={t('behaviour.data.noneTitle')}
          actions={
            <button type="button" className="button" onClick={onUseDemo}>
              {t('behaviour.data.useDemo')}
            </button>
          }
        >
          <p>{t('behaviour.data.none')}</p>
        </Callout>
      ) : null}
      {source === 'demo' && view.kind === 'result' ? (
        <Callout tone="info" title={t('behaviour.data.demoTitle')}>
          <p>{t('behaviour.data.demo', { customers: customers ?? 0, rows: view.demoRows ?? 0 })}</p>
        </Callout>
      ) : null}
      {source === 'imported' && counts ? <p className="finding">{t('behaviour.data.imported', { count: counts.rows + counts.futureRows + counts.unusableRows })}</p> : null}
      {counts ? (
        <ul className="behaviour-notes">
          <li>{countRowsAsPurchases ? t('behaviour.data.rowsCounted') : t('behaviour.data.merged', { count: counts.mergedRows })}</li>
          {counts.futureRows > 0 ? <li className="behaviour-notes__warning">{t('behaviour.data.future', { count: counts.futureRows })}</li> : null}
          {counts.unusableRows > 0 ? <li>{t('behaviour.data.unusable', { count: counts.unusableRows })}</li> : null}
        </ul>
      ) : null}
      {/* The import titles itself with its table's name, one level under «Данные». */}
      <DatasetImport exerciseId={LOYALTY_EXERCISE_ID} spec={salesSpec} headingLevel={4} />
    </section>
  );
}
