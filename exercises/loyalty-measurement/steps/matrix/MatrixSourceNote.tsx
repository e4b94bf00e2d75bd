import { useFormat, useMessages } from '../../../../src/i18n/useI18n';
import { Callout } from '../../../../src/ui/Callout';
import type { MatrixSources } from '../../analysis/matrixRequest';
import type { MatrixAnalysisResult } from '../../analysis/matrixAnalysis';
import { matrixMessages } from '../../messages/matrix';

type Ready = Extract<MatrixAnalysisResult, { kind: 'ready' }>;

/** Where the figures come from, said plainly: the demo retailer stands in for whichever file is missing. */
export function MatrixSourceNote({ sources, data }: { sources: MatrixSources; data: Ready | null }) {
  const t = useMessages(matrixMessages);
  const format = useFormat();
  const demo =
    sources.survey === 'demo' && sources.sales === 'demo' ? 'matrix.source.demo' : sources.sales === 'demo' ? 'matrix.source.demoSales' : sources.survey === 'demo' ? 'matrix.source.demoSurvey' : null;
  return (
    <>
      {demo ? (
        <Callout tone="info">
          <p>{t(demo)}</p>
        </Callout>
      ) : null}
      {demo === null && data ? <p className="note">{t('matrix.source.own', { answers: format.integer(data.result.answers), rows: format.integer(data.salesRows) })}</p> : null}
      {data && data.unreadableSurveyFiles > 0 ? (
        <Callout tone="warning">
          <p>{t('matrix.surveyUnreadable', { count: data.unreadableSurveyFiles })}</p>
        </Callout>
      ) : null}
    </>
  );
}
