import type { GroupDeclaration } from '../../src/workbook/contract';
import type { GroupSummary } from '../../src/handin/format';
import type { Locale, LocalizedText } from '../../src/i18n/locale';
import { translator } from '../../src/i18n/translate';
import { roiOutcome } from './links';
import { roiMessages, type RoiMessageKey } from './messages';
import type { RoiState } from './state';

/**
 * What the trainer's group view compares of the program ROI, per team: when the program pays back, its ROI and its
 * net effect over the horizon, from the economics step's figures (the model's totals, as the step shows them).
 * No section until every figure of the program is filled in and valid.
 */

const message = (key: RoiMessageKey): LocalizedText => {
  const make = (locale: Locale) => translator(roiMessages, locale)(key);
  return { ru: make('ru'), en: make('en'), zh: make('zh') };
};

export function roiTeamSummary(state: RoiState): GroupSummary {
  const outcome = roiOutcome(state);
  if (outcome === null) return { sections: [] };
  return {
    sections: [
      {
        id: 'economics',
        title: message('results.title'),
        rows: [
          // Null when the cumulative effect never turns positive within the horizon: "does not pay back".
          { key: 'payback', label: message('results.payback'), cell: { kind: 'months', value: outcome.paybackMonth } },
          { key: 'roi', label: message('results.roi'), cell: { kind: 'percent', value: outcome.roi, decimals: 1 } },
          { key: 'net', label: message('results.net'), cell: { kind: 'money', value: outcome.net, decimals: 0 } },
          { key: 'cost', label: message('results.cost'), cell: { kind: 'money', value: outcome.programCost, decimals: 0 } },
        ],
      },
    ],
  };
}

export const programRoiGroup: GroupDeclaration<RoiState> = {
  summarize: ({ state }) => roiTeamSummary(state),
};
