import { useFormat, useMessages } from '../../../../src/i18n/useI18n';
import { Callout } from '../../../../src/ui/Callout';
import { DatasetImport } from '../../../../src/ui/import/DatasetImport';
import type { MemberSource } from '../../state';
import { memberListSpec, salesSpec } from '../../inputs';
import { DEMO_EVALUATION_LAUNCH } from '../../demo/evaluationDemo';
import { roiMessages } from '../../messages';
import type { SalesOverview } from '../../model';
import { EXERCISE_ID } from './useEvaluationData';
import type { EvaluationData } from './useEvaluation';
import { Pending } from '../../../../src/ui/Pending';

interface Props {
  data: EvaluationData;
  overview: SalesOverview | null;
  memberSource: MemberSource;
  launchDate: string | null;
  onUseDemoLaunch: () => void;
}

/** Where the rows come from, said plainly: the demo shop until the participant loads their own sales. */
export function EvaluationDataSources({ data, overview, memberSource, launchDate, onUseDemoLaunch }: Props) {
  const t = useMessages(roiMessages);
  const format = useFormat();
  const source = data.kind === 'ready' ? data.source : null;

  return (
    <section className="step-section" aria-labelledby="roi-evaluation-data">
      <h3 id="roi-evaluation-data">{t('evaluation.data.title')}</h3>
      {data.kind === 'loading' ? <Pending className="explain">{t('evaluation.data.loading')}</Pending> : null}
      {data.kind === 'ready' && data.loadFailed ? (
        <Callout tone="warning">
          <p>{t('evaluation.data.error')}</p>
        </Callout>
      ) : null}
      {source === 'demo' ? (
        <Callout
          tone="info"
          title={t('evaluation.data.demoTitle')}
          actions={
            launchDate === DEMO_EVALUATION_LAUNCH ? null : (
              <button type="button" className="button" onClick={onUseDemoLaunch}>
                {t('evaluation.data.demoLaunch')}
              </button>
            )
          }
        >
          <p>{t('evaluation.data.demo', { customers: overview?.customers ?? 0, rows: overview?.sales ?? 0, launch: format.date(DEMO_EVALUATION_LAUNCH) })}</p>
        </Callout>
      ) : null}
      {source === 'imported' && overview ? <p className="finding">{t('evaluation.data.imported', { count: overview.sales })}</p> : null}
      {overview && overview.unusableRows > 0 ? <p className="finding">{t('evaluation.data.unusable', { count: overview.unusableRows })}</p> : null}
      {overview && overview.unrecognisedMemberValues > 0 && memberSource === 'column' ? (
        <Callout tone="warning">
          <p>{t('evaluation.data.unrecognised', { count: overview.unrecognisedMemberValues })}</p>
        </Callout>
      ) : null}

      {/* Each import block titles itself with its table's name («Продажи по клиентам»), one level under «Данные». */}
      <DatasetImport exerciseId={EXERCISE_ID} spec={salesSpec} headingLevel={4} />
      {memberSource === 'list' ? (
        <>
          {source === 'imported' && data.kind === 'ready' && data.missingList ? (
            <Callout tone="info">
              <p>{t('evaluation.data.needList')}</p>
            </Callout>
          ) : null}
          <DatasetImport exerciseId={EXERCISE_ID} spec={memberListSpec} headingLevel={4} />
        </>
      ) : null}
    </section>
  );
}
