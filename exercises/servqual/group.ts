import type { GroupDeclaration } from '../../src/workbook/contract';
import type { GroupCell, GroupSection, GroupSummary } from '../../src/handin/format';
import type { Locale, LocalizedText } from '../../src/i18n/locale';
import { translator } from '../../src/i18n/translate';
import { DIMENSION_NAMES, DIMENSIONS } from './structure';
import { enabledItems, type ServqualState, type SurveyResponse, type Wave } from './state';
import { analyseWave, priorityOrder, type SurveySettings } from './model';
import { servqualMessages, type ServqualMessageKey } from './messages';
import { loadWaveAnswers } from './export';

/**
 * What the trainer's group view compares of SERVQUAL, per team: the gap between perception and expectation of each
 * dimension, the gap weighted by the customers' 100-point split, and the order in which the team would improve them.
 * Of a team's survey waves, the latest: the one the results step opens on.
 */

const localized = (make: (locale: Locale) => string): LocalizedText => ({ ru: make('ru'), en: make('en'), zh: make('zh') });
const message = (key: ServqualMessageKey): LocalizedText => localized((locale) => translator(servqualMessages, locale)(key));
// Gaps with two decimals, as the results step and the export show them.
const gapCell = (value: number | null | undefined): GroupCell => ({ kind: 'number', value: value ?? null, decimals: 2 });

/** The latest wave by its date; of two on one day, the one added later. */
export function latestWave(waves: readonly Wave[]): Wave | null {
  return waves.reduce<Wave | null>((latest, wave) => (latest === null || wave.date >= latest.date ? wave : latest), null);
}

/** One wave's answers as the team's figures; no sections while the wave gives no gap (no wave, no paired answers). */
export function servqualTeamSummary(state: ServqualState, responses: readonly SurveyResponse[]): GroupSummary {
  const settings: SurveySettings = { scale: state.questionnaire.scale, enabledItems: enabledItems(state.questionnaire) };
  const analysis = analyseWave(responses, settings);
  if (analysis.kind !== 'ok') return { sections: [] };
  const weights = analysis.weighting.kind === 'ok' ? analysis.weighting : null;
  const gaps: GroupSection = {
    id: 'gaps',
    title: message('export.gap'),
    rows: [
      ...DIMENSIONS.map((dimension) => ({ key: dimension, label: DIMENSION_NAMES[dimension], cell: gapCell(analysis.dimensions[dimension].gap) })),
      { key: 'score', label: message('export.unweightedScore'), cell: gapCell(analysis.unweightedScore) },
    ],
  };
  const weighted: GroupSection = {
    id: 'weighted',
    title: message('export.weightedGap'),
    rows: [
      ...DIMENSIONS.map((dimension) => ({ key: dimension, label: DIMENSION_NAMES[dimension], cell: gapCell(weights?.weightedScores[dimension]) })),
      { key: 'score', label: message('export.weightedTotal'), cell: gapCell(weights?.weightedTotal) },
    ],
  };
  // Rows by place, so the teams' first priorities stand side by side.
  const priority: GroupSection = {
    id: 'priority',
    title: message('priority.title'),
    rows: priorityOrder(analysis).dimensions.map((entry, index) => ({
      key: `rank-${index + 1}`,
      label: { ru: `${index + 1}-е место`, en: `No. ${index + 1}`, zh: `第 ${index + 1} 位` },
      cell: { kind: 'text', value: DIMENSION_NAMES[entry.dimension] },
    })),
  };
  return { sections: [gaps, weighted, priority] };
}

export const servqualGroup: GroupDeclaration<ServqualState> = {
  summarize: async ({ state, datasets }) => {
    const wave = latestWave(state.waves);
    if (wave === null) return { sections: [] };
    const { responsesByWave } = await loadWaveAnswers([wave], datasets.own, datasets.loadRows);
    return servqualTeamSummary(state, responsesByWave?.get(wave.id) ?? []);
  },
};
