import { useMemo } from 'react';
import { useLocale, useMessages } from '../../../../src/i18n/useI18n';
import { Callout } from '../../../../src/ui/Callout';
import { DatasetImport } from '../../../../src/ui/import/DatasetImport';
import type { MemberSource } from '../../state';
import { memberListSpec, salesSpec } from '../../inputs';
import { DEMO_EVALUATION_LAUNCH } from '../../demo/evaluationDemo';
import { roiMessages } from '../../messages';
import type { SalesFromRows } from '../../model';
import { EXERCISE_ID, type EvaluationData } from './useEvaluationData';
import { formatIsoDate } from './isoDates';

interface Props {
  data: EvaluationData;
  parsed: SalesFromRows | null;
  memberSource: MemberSource;
  launchDate: string | null;
  onUseDemoLaunch: () => void;
}

/** Where the rows come from, said plainly: the demo shop until the participant loads their own sales. */
export function EvaluationDataSources({ data, parsed, memberSource, launchDate, onUseDemoLaunch }: Props) {
  const t = useMessages(roiMessages);
  const locale = useLocale();
  const source = data.kind === 'ready' ? data.source : null;
  const customers = useMemo(() => (parsed ? new Set(parsed.sales.map((sale) => sale.customer)).size : 0), [parsed]);

  return (
    <section className="step-section" aria-labelledby="roi-evaluation-data">
      <h3 id="roi-evaluation-data">{t('evaluation.data.title')}</h3>
      {data.kind === 'loading' ? <p className="explain">{t('evaluation.data.loading')}</p> : null}
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
          <p>{t('evaluation.data.demo', { customers, rows: parsed?.sales.length ?? 0, launch: formatIsoDate(DEMO_EVALUATION_LAUNCH, locale) })}</p>
        </Callout>
      ) : null}
      {source === 'imported' && parsed ? <p className="explain">{t('evaluation.data.imported', { count: parsed.sales.length })}</p> : null}
      {parsed && parsed.unusableRows > 0 ? <p className="explain">{t('evaluation.data.unusable', { count: parsed.unusableRows })}</p> : null}
      {parsed && parsed.unrecognisedMemberValues > 0 && memberSource === 'column' ? (
        <Callout tone="warning">
          <p>{t('evaluation.data.unrecognised', { count: parsed.unrecognisedMemberValues })}</p>
        </Callout>
      ) : null}

      {/* Each import block titles itself with its table's name («Продажи по клиентам»), one level under «Данные». */}
      <DatasetImport exerciseId={EXERCISE_ID} spec={salesSpec} headingLevel={4} />
      {memberSource === 'list' ? (
        <>
          {source === 'imported' && data.kind === 'ready' && data.memberRows === null ? (
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
