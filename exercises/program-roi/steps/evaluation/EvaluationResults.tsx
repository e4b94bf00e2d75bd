import { useFormat, useMessages } from '../../../../src/i18n/useI18n';
import { Callout } from '../../../../src/ui/Callout';
import type { EvaluationCounts, DifferenceInDifferences } from '../../model';
import type { EvaluationSettings, ProgramInputsDraft } from '../../state';
import { roiMessages } from '../../messages';
import type { EvaluationView } from './useEvaluation';
import { DidMetrics } from './DidMetrics';
import { GroupTable } from './GroupTable';
import { MonthlySpendChart } from './MonthlySpendChart';
import { EffectVsCost } from './EffectVsCost';
import { Pending } from '../../../../src/ui/Pending';

interface Props {
  view: EvaluationView;
  settings: EvaluationSettings;
  program: ProgramInputsDraft;
  presenter: boolean;
}

const COUNT_KEYS = ['newAfterLaunch', 'inactiveBefore', 'joinedAfterWindow', 'listedWithoutSales'] as const satisfies readonly (keyof EvaluationCounts)[];

export function EvaluationResults({ view, settings, program, presenter }: Props) {
  const t = useMessages(roiMessages);
  return (
    <section className="step-section" aria-labelledby="roi-evaluation-results">
      <h3 id="roi-evaluation-results">{t('evaluation.results.title')}</h3>
      {view.kind === 'loading' ? <Pending className="explain">{t('evaluation.data.loading')}</Pending> : null}
      {view.kind === 'needList' ? (
        <Callout tone="info">
          <p>{t('evaluation.data.needList')}</p>
        </Callout>
      ) : null}
      {view.kind === 'needLaunchDate' ? (
        <Callout tone="info">
          <p>{t('evaluation.needLaunchDate')}</p>
        </Callout>
      ) : null}
      {view.kind === 'notEnoughData' ? (
        <Callout tone="warning" title={t('evaluation.notEnough.title')}>
          <p>{t(`evaluation.notEnough.${view.reason}`)}</p>
          <CountList counts={view.counts} />
        </Callout>
      ) : null}
      {view.kind === 'ready' ? <Ready result={view.result} settings={settings} program={program} presenter={presenter} /> : null}
    </section>
  );
}

function Ready({ result, settings, program, presenter }: { result: DifferenceInDifferences; settings: EvaluationSettings; program: ProgramInputsDraft; presenter: boolean }) {
  const t = useMessages(roiMessages);
  const format = useFormat();
  const { window } = result;
  const months = t('results.horizon', { count: window.months });
  const date = (iso: string) => format.date(iso);
  const cappedByData = settings.windowMonths === null || window.months < settings.windowMonths;
  return (
    <>
      <p className="finding">
        {t('evaluation.window', { beforeStart: date(window.beforeStart), beforeEnd: date(window.beforeLast), launch: date(window.launch), afterEnd: date(window.afterLast), months })}{' '}
        {cappedByData && settings.windowMonths !== null ? t('evaluation.windowShorter', { months }) : null}
      </p>
      <p className="finding">{t('evaluation.who', { members: result.members.customers, nonMembers: result.nonMembers.customers })}</p>
      <CountList counts={result.counts} />
      <DidMetrics result={result} />
      <Callout tone="warning" title={t('evaluation.selfSelection.title')}>
        <p>{t('evaluation.selfSelection.body')}</p>
      </Callout>
      <MonthlySpendChart result={result} presenter={presenter} />
      <GroupTable result={result} />
      <EffectVsCost result={result} program={program} scale={settings.scaleTo} />
    </>
  );
}

/** Who is left out of the comparison and why, so the reader sees whom the figures are about. */
function CountList({ counts }: { counts: Partial<EvaluationCounts> }) {
  const t = useMessages(roiMessages);
  const shown = COUNT_KEYS.filter((key) => (counts[key] ?? 0) > 0);
  if (shown.length === 0) return null;
  return (
    <ul className="roi-evaluation-counts">
      {shown.map((key) => (
        <li key={key}>{t(`evaluation.counts.${key}`, { count: counts[key] ?? 0 })}</li>
      ))}
    </ul>
  );
}
