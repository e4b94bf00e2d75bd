import type { StepProps } from '../../../src/workbook/contract';
import { useFormat, useMessages } from '../../../src/i18n/useI18n';
import { Reading } from '../../../src/ui/Reading';
import { evaluationReading } from '../reading';
import { measuredEconomics } from './conclusions/useMeasuredEffect';
import type { RoiState } from '../state';
import { roiMessages } from '../messages';
import { DEMO_EVALUATION_LAUNCH } from '../demo/evaluationDemo';
import { StepLayout } from './shared/StepLayout';
import { useEvaluation } from './evaluation/useEvaluation';
import { EvaluationDataSources } from './evaluation/EvaluationDataSources';
import { EvaluationSettingsForm } from './evaluation/EvaluationSettingsForm';
import { EvaluationResults } from './evaluation/EvaluationResults';
import './evaluation/evaluation.css';

/** Step "evaluation": the effect of a running program measured on sales, members against the others. */
export default function EvaluationStep({ state, update, presenter }: StepProps<RoiState>) {
  const t = useMessages(roiMessages);
  const settings = state.evaluation;
  const { data, view } = useEvaluation(settings);
  const overview = view.kind === 'loading' ? null : view.overview;
  const format = useFormat();
  const economics = measuredEconomics(view, state.program, settings.scaleTo);
  return (
    <>
      {view.kind === 'ready' && data.kind === 'ready' ? (
        <Reading
          reading={evaluationReading(
            { spendDid: view.result.spendDid, economics, demo: data.source === 'demo' },
            { t, money: (value) => format.money(value), signedPercent: (share) => format.signedPercent(share) },
          )}
        />
      ) : null}
      <p className="explain">{t('evaluation.intro')}</p>
      <p className="explain explain--detail">{t('evaluation.introDetail')}</p>
      {/* The data and its import take the full width: a mapping and a preview table do not fit the narrow column of
          presenter mode, whose two columns are for the settings against the results they produce. */}
      <EvaluationDataSources
        data={data}
        overview={overview}
        memberSource={settings.memberSource}
        launchDate={settings.launchDate}
        onUseDemoLaunch={() => update((current) => ({ ...current, evaluation: { ...current.evaluation, launchDate: DEMO_EVALUATION_LAUNCH } }))}
      />
      <StepLayout
        presenter={presenter}
        inputs={<EvaluationSettingsForm state={state} update={update} />}
        results={<EvaluationResults view={view} settings={settings} program={state.program} presenter={presenter} />}
      />
    </>
  );
}
