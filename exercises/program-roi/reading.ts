import type { Translate } from '../../src/i18n/translate';
import type { ReadingText } from '../../src/ui/Reading';
import type { ProgramResult } from './model/programEconomics';
import type { RoiMessageKey } from './messages';

export interface EconomicsFigures {
  result: Pick<ProgramResult, 'net' | 'roi' | 'paybackMonth'>;
  horizonMonths: number;
  /** The assumption the tornado puts first, with the ROI range its ±20 % spans (lowest first); null when none moves ROI. */
  top: { name: string; range: readonly [number, number] } | null;
}

/** The effect measured on the participant's sales (the evaluation step), over the months compared after the launch. */
export interface MeasuredEffect {
  roi: number | null;
  months: number;
}

export interface RoiWords {
  t: Translate<RoiMessageKey>;
  money: (value: number) => string;
  signedPercent: (share: number) => string;
}

/** What the forecast says: the net effect and ROI, the payback, and the assumption it depends on most. */
function forecastSentences({ result, horizonMonths, top }: EconomicsFigures, { t, money, signedPercent }: RoiWords): string[] {
  const horizon = t('results.horizon', { count: horizonMonths });
  const sentences = [
    result.roi === null
      ? t('results.verdict.free', { horizon, net: money(result.net) })
      : result.net >= 0
        ? t('results.verdict.profit', { horizon, net: money(result.net), roi: signedPercent(result.roi) })
        : t('results.verdict.loss', { horizon, loss: money(-result.net), roi: signedPercent(result.roi) }),
    result.paybackMonth === null ? t('reading.noPayback') : t('results.verdict.payback', { count: result.paybackMonth }),
  ];
  if (top) sentences.push(t('reading.dependsOn', { name: top.name, low: signedPercent(top.range[0]), high: signedPercent(top.range[1]) }));
  return sentences;
}

/**
 * The economics step: the forecast in words and what to do next. A program in the red is reworked; one whose ROI
 * stays positive across the main assumption's range is safe on it; otherwise that assumption is tested in a pilot.
 */
export function economicsReading(figures: EconomicsFigures, words: RoiWords): ReadingText {
  const { result, top } = figures;
  const action = result.net < 0 ? 'reading.actionLoss' : top && top.range[0] >= 0 ? 'reading.actionSafe' : 'reading.actionCheck';
  return { sentences: [...forecastSentences(figures, words), words.t(action)], caution: null };
}

/** The conclusions step: the forecast beside the effect measured from sales, or where to measure it. */
export function conclusionsReading(figures: EconomicsFigures, measured: MeasuredEffect | null, words: RoiWords): ReadingText {
  const { t, signedPercent } = words;
  const fact =
    measured === null
      ? t('reading.noMeasured')
      : t('reading.measured', {
          horizon: t('results.horizon', { count: measured.months }),
          measured: measured.roi === null ? '—' : signedPercent(measured.roi),
          forecast: figures.result.roi === null ? '—' : signedPercent(figures.result.roi),
        });
  return { sentences: [...forecastSentences(figures, words), fact], caution: null };
}

/** ROI of each scenario of the sensitivity step; null where the program costs nothing. */
export type ScenarioRois = Record<'pessimistic' | 'expected' | 'optimistic', number | null>;

/** The sensitivity step: the assumption that moves ROI most, the scenarios' range, and whether the downside is a loss. */
export function sensitivityReading(top: EconomicsFigures['top'], scenarios: ScenarioRois, { t, signedPercent }: RoiWords): ReadingText {
  const percent = (value: number | null) => (value === null ? '—' : signedPercent(value));
  const sentences = [
    top ? t('sensitivity.top', { name: top.name, low: signedPercent(top.range[0]), high: signedPercent(top.range[1]) }) : t('sensitivity.topNone'),
    t('reading.scenarios', { pessimistic: percent(scenarios.pessimistic), expected: percent(scenarios.expected), optimistic: percent(scenarios.optimistic) }),
  ];
  if (scenarios.pessimistic !== null) sentences.push(t(scenarios.pessimistic < 0 ? 'reading.scenariosRisk' : 'reading.scenariosSafe'));
  return { sentences, caution: null };
}

export interface EvaluationFigures {
  /** Difference in differences of spend, per member per month. */
  spendDid: number;
  /** The measured effect against the program's costs; null until the cost inputs are entered. */
  economics: { months: number; net: number; roi: number | null } | null;
  /** The demo shop stands in for the participant's sales. */
  demo: boolean;
}

/** The evaluation step: what members spend beyond the others' trend, what that is worth, and where to compare it. */
export function evaluationReading({ spendDid, economics, demo }: EvaluationFigures, { t, money, signedPercent }: RoiWords): ReadingText {
  const sentences = [t(spendDid >= 0 ? 'reading.evaluation.more' : 'reading.evaluation.less', { spend: money(Math.abs(spendDid)) })];
  if (economics) {
    const roi = economics.roi === null ? '—' : signedPercent(economics.roi);
    sentences.push(
      economics.net >= 0
        ? t('evaluation.economics.verdictProfit', { months: economics.months, net: money(economics.net), roi })
        : t('evaluation.economics.verdictLoss', { months: economics.months, loss: money(-economics.net), roi }),
    );
  }
  sentences.push(t('reading.evaluation.next'));
  return { sentences, caution: demo ? t('reading.evaluation.demo') : null };
}
