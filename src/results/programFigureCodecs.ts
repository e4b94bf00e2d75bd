import { optionalNumberCodec } from '../workbook/fieldCodecs';
import type { Codecs } from '../workbook/useAutosaveForm';
import type { ProgramFigures } from './programFigures';

const share = () => optionalNumberCodec({ unit: 'percent', min: 0, max: 1 });
const money = () => optionalNumberCodec({ unit: 'money', min: 0 });

/**
 * How the program figures are typed and read back, for every form that edits them (ROI's economics step, the
 * program design's): one set, within programFiguresSchema's limits. Module level: the autosave hook keys its
 * effects on the codecs' identity.
 */
export const PROGRAM_FIGURE_CODECS: Codecs<ProgramFigures> = {
  members: optionalNumberCodec({ unit: 'count', min: 0 }),
  participation: share(),
  baselineFrequency: optionalNumberCodec({ unit: 'plain', min: 0 }),
  averageCheck: money(),
  margin: share(),
  baselineRetention: share(),
  frequencyUplift: optionalNumberCodec({ unit: 'percent', min: -0.99 }),
  checkUplift: optionalNumberCodec({ unit: 'percent', min: -0.99 }),
  retentionUplift: optionalNumberCodec({ unit: 'percent', min: -1, max: 1 }),
  rewardRate: share(),
  breakage: share(),
  baselineRewardShare: share(),
  setupCost: money(),
  monthlyFixedCost: money(),
  monthlyCostPerMember: money(),
  horizonMonths: optionalNumberCodec({ unit: 'count', min: 1, max: 120, integer: true }),
};
