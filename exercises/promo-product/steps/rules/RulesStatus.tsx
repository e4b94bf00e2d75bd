import { useFormat, useMessages } from '../../../../src/i18n/useI18n';
import { Callout } from '../../../../src/ui/Callout';
import type { MinedRules } from '../../analysis/rulesAnalysis';
import { MAX_RULES } from '../../analysis/rulesLimits';
import { rulesMessages } from '../../messages/rules';
import type { RulesRun } from './useRules';

/** The run in progress with its "Stop", a stopped or failed run, and what the finished run found: nothing, too much, or rules. */
export function RulesStatus({ run, mined, hidden }: { run: RulesRun; mined: MinedRules | null; hidden: number }) {
  const t = useMessages(rulesMessages);
  const format = useFormat();
  const { state } = run;
  return (
    <div className="pp-rules-status" aria-live="polite">
      {state.status === 'running' ? (
        <p className="pp-rules-running">
          <progress max={1} value={state.fraction} aria-label={t('rules.running', { percent: format.percent(state.fraction, 0) })} />
          <span>{t('rules.running', { percent: format.percent(state.fraction, 0) })}</span>
          <button type="button" className="button" onClick={run.cancel}>
            {t('rules.stop')}
          </button>
        </p>
      ) : null}
      {state.status === 'stopped' ? (
        <Callout
          tone="info"
          actions={
            <button type="button" className="button" onClick={run.rerun}>
              {t('rules.rerun')}
            </button>
          }
        >
          <p>
            {t('rules.stopped')} {state.previous ? t('rules.stoppedPrevious') : null}
          </p>
        </Callout>
      ) : null}
      {state.status === 'failed' ? (
        <Callout tone="warning">
          <p>{t('rules.failed', { message: state.message })}</p>
        </Callout>
      ) : null}
      {mined ? <OutcomeNote mined={mined} hidden={hidden} /> : null}
    </div>
  );
}

function OutcomeNote({ mined, hidden }: { mined: MinedRules; hidden: number }) {
  const t = useMessages(rulesMessages);
  const format = useFormat();
  const { outcome } = mined;
  const percent = (share: number) => format.percent(share, 2);
  if (outcome.kind === 'singleItems') {
    return (
      <Callout tone="warning">
        <p>{t('rules.singleItems')}</p>
      </Callout>
    );
  }
  if (outcome.kind === 'none') {
    const { bestPairSupport, bestConfidence, bestLift } = outcome.suggestion;
    return (
      <Callout tone="warning" title={t('rules.none')}>
        <ul>
          <li>{t('rules.none.support', { support: percent(bestPairSupport) })}</li>
          {bestConfidence === null && bestLift === null ? <li>{t('rules.none.pairsRare')}</li> : null}
          {bestConfidence !== null ? <li>{t('rules.none.confidence', { confidence: format.percent(bestConfidence, 1) })}</li> : null}
          {bestLift !== null ? <li>{t('rules.none.lift', { lift: format.number(bestLift, 2) })}</li> : null}
        </ul>
      </Callout>
    );
  }
  const summary = `${t('rules.summary', { rules: format.integer(mined.rules.length - hidden), receipts: format.integer(mined.receipts), multi: format.integer(mined.multiItemReceipts) })}${hidden > 0 ? ` ${t('rules.summaryHidden', { hidden: format.integer(hidden) })}` : ''}`;
  return (
    <>
      {outcome.kind === 'tooMany' ? (
        <Callout tone="warning">
          <p>{t('rules.tooMany', { max: format.integer(MAX_RULES) })}</p>
        </Callout>
      ) : null}
      <p className="note">{summary}</p>
    </>
  );
}
