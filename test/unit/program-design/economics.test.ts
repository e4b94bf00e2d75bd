import { describe, expect, it } from 'vitest';
import {
  breakageRange,
  differingFigures,
  figureMark,
  figuresFromDesign,
  figuresToTake,
  roiStanding,
  takeFromDesign,
} from '../../../exercises/program-design/model/economics';
import { economicsReading } from '../../../exercises/program-design/steps/economics/reading';
import { economicsMessages } from '../../../exercises/program-design/messages/economics';
import { economicsSheets } from '../../../exercises/program-design/export/economics';
import { blankProgramDesignState } from '../../../exercises/program-design/demo';
import type { RoiOutcome } from '../../../src/results/roiOutcome';
import { createFormatters } from '../../../src/i18n/format';
import { translator } from '../../../src/i18n/translate';
import { isNumberCell } from '../../../src/data/sheet';
import type { ExportContext } from '../../../src/workbook/contract';
import { designFigures, designMechanic, designState } from './economicsBuilders';

const t = translator(economicsMessages, 'en');
const format = createFormatters('en', 'USD');

describe('figures the design settles', () => {
  it('adds the reward rates of points, cashback and discounts: a member gets each on the same purchase', () => {
    const { figures } = figuresFromDesign([
      designMechanic({ id: 'a', type: 'points', rewardRate: 0.05 }),
      designMechanic({ id: 'b', type: 'cashback', rewardRate: 0.02 }),
      // A tier or a gift is no share of the purchase handed back: not counted.
      designMechanic({ id: 'c', type: 'tiers', rewardRate: 0.1 }),
      // Chosen without a rate yet: nothing to add.
      designMechanic({ id: 'd', type: 'discount', rewardRate: null }),
    ]);
    // 0.05 + 0.02 = 0.07 (not 0.07000000000000001)
    expect(figures.rewardRate).toEqual({
      value: 0.07,
      origin: { kind: 'rewardRates', mechanics: [{ id: 'a', type: 'points', rewardRate: 0.05 }, { id: 'b', type: 'cashback', rewardRate: 0.02 }] },
    });
  });

  it('rewards every purchase when a reward has no threshold: baseline reward share 1', () => {
    expect(figuresFromDesign([designMechanic({ threshold: null })]).figures.baselineRewardShare).toEqual({
      value: 1,
      origin: { kind: 'everyPurchase', mechanic: { id: 'm1', type: 'points' } },
    });
    // A threshold leaves the share to estimate, with the threshold as the hint.
    const withThreshold = figuresFromDesign([designMechanic({ threshold: 500 })]);
    expect(withThreshold.figures.baselineRewardShare).toBeUndefined();
    expect(withThreshold.hints.baselineRewardShare).toEqual({ kind: 'threshold', mechanic: { id: 'm1', type: 'points' }, threshold: 500 });
  });

  it('gives a breakage guide from the soonest expiry, and no breakage when only discounts reward', () => {
    expect(breakageRange(6)).toEqual({ low: 0.25, high: 0.4 });
    expect(breakageRange(12)).toEqual({ low: 0.15, high: 0.3 });
    expect(breakageRange(24)).toEqual({ low: 0.1, high: 0.2 });
    expect(breakageRange(null)).toEqual({ low: 0.05, high: 0.15 });
    const lapsing = figuresFromDesign([designMechanic({ id: 'long', expiryMonths: null }), designMechanic({ id: 'short', type: 'cashback', expiryMonths: 6 })]);
    expect(lapsing.figures.breakage).toBeUndefined();
    expect(lapsing.hints.breakage).toEqual({ kind: 'expiry', mechanic: { id: 'short', type: 'cashback' }, expiryMonths: 6, low: 0.25, high: 0.4 });
    const discounts = figuresFromDesign([designMechanic({ type: 'discount', expiryMonths: null })]);
    expect(discounts.figures.breakage).toEqual({ value: 0, origin: { kind: 'discountsOnly', mechanics: [{ id: 'm1', type: 'discount' }] } });
  });

  it('settles nothing without a reward mechanic', () => {
    expect(figuresFromDesign([designMechanic({ type: 'gamification' })])).toEqual({ figures: {}, hints: {} });
    expect(figuresFromDesign([])).toEqual({ figures: {}, hints: {} });
  });

  it('marks each figure as the design’s, another value, or the participant’s own, and takes the design’s on request', () => {
    const fromDesign = figuresFromDesign([designMechanic()]);
    const economics = designFigures({ rewardRate: 0.05 });
    expect(figureMark('baselineRewardShare', economics, fromDesign).kind).toBe('fromDesign');
    expect(figureMark('rewardRate', economics, fromDesign).kind).toBe('designDiffers');
    expect(figureMark('members', economics, fromDesign).kind).toBe('own');
    expect(figuresToTake(economics, fromDesign)).toEqual(['rewardRate']);

    const blank = designState();
    expect(figuresToTake(blank.economics, fromDesign)).toEqual(['rewardRate', 'baselineRewardShare']);
    const taken = takeFromDesign(blank);
    expect(taken.economics).toMatchObject({ rewardRate: 0.03, baselineRewardShare: 1, members: null, breakage: null });
    // One figure alone, the others as they were.
    expect(takeFromDesign(blank, ['rewardRate']).economics).toMatchObject({ rewardRate: 0.03, baselineRewardShare: null });
  });
});

const outcome = (overrides: Partial<RoiOutcome> = {}): RoiOutcome => ({
  figures: designFigures(),
  paybackMonth: 13,
  roi: 0.19,
  net: 1_000_000,
  programCost: 5_000_000,
  sentFrom: { exerciseId: 'program-design', at: '2026-12-07T10:00:00.000Z', programName: 'Кофе с собой' },
  ...overrides,
});

describe('where the design stands with ROI', () => {
  it('is current when ROI computed these very figures', () => {
    expect(roiStanding(designFigures(), outcome(), 'program-design')).toEqual({ kind: 'current', outcome: outcome() });
  });

  it('differs, naming the figures, when ROI holds the design’s figures as they were', () => {
    const now = designFigures({ rewardRate: 0.05, horizonMonths: 36 });
    expect(roiStanding(now, outcome(), 'program-design')).toEqual({ kind: 'differs', outcome: outcome(), figures: ['rewardRate', 'horizonMonths'] });
    expect(differingFigures(now, designFigures())).toEqual(['rewardRate', 'horizonMonths']);
  });

  it('is not evaluated when ROI has no result, or one for figures of its own', () => {
    expect(roiStanding(designFigures(), null, 'program-design').kind).toBe('notEvaluated');
    expect(roiStanding(designFigures({ members: 5 }), outcome({ sentFrom: null }), 'program-design').kind).toBe('notEvaluated');
  });
});

describe('the step’s reading', () => {
  it('says what is missing, then ROI’s payback and ROI for these figures', () => {
    expect(economicsReading({ missing: 3, fromDesign: 2, standing: { kind: 'notEvaluated' } }, t, format).sentences).toEqual([
      '3 of the 16 figures are still to enter; the ROI exercise evaluates the program once all are in.',
      '2 figures come from the design’s mechanics.',
    ]);
    expect(economicsReading({ missing: 0, fromDesign: 0, standing: { kind: 'notEvaluated' } }, t, format).sentences).toEqual([
      'Every figure is in. Evaluate the program in the ROI exercise to learn when it pays back.',
    ]);
    expect(economicsReading({ missing: 0, fromDesign: 0, standing: { kind: 'current', outcome: outcome() } }, t, format).sentences).toEqual([
      'With these figures the program pays back in month 13 and returns an ROI of +19% over 24 months.',
    ]);
    expect(economicsReading({ missing: 0, fromDesign: 0, standing: { kind: 'current', outcome: outcome({ paybackMonth: null, roi: -0.12 }) } }, t, format).sentences[0]).toMatch(
      /^With these figures the program does not pay back within 24 months \(ROI −12%\)/,
    );
    expect(economicsReading({ missing: 0, fromDesign: 0, standing: { kind: 'differs', outcome: outcome(), figures: ['members'] } }, t, format).sentences).toEqual([
      t('economics.reading.differs'),
    ]);
  });
});

describe('economicsSheets', () => {
  const context = { locale: 'en', format } as ExportContext;

  it('writes every figure as a number with its unit and where it came from', () => {
    const sheets = economicsSheets(designState({ economics: designFigures() }), context);
    expect(sheets).toHaveLength(1);
    const [sheet] = sheets;
    expect(sheet?.name).toBe('Economics');
    const rows = sheet?.rows ?? [];
    expect(rows[0]).toEqual(['Figure', 'Value', 'Unit', 'Source', 'In the design', 'The design’s hint']);
    expect(rows).toHaveLength(17);
    const row = (label: string) => rows.find((cells) => cells[0] === label) ?? [];
    expect(row('Customers who will join')[1]).toEqual({ value: 20_000, format: 'decimal', decimals: 0 });
    expect(row('Average purchase today').slice(1, 4)).toEqual([{ value: 1_800, format: 'money', decimals: 0 }, 'USD', 'Entered by hand']);
    expect(row('Reward rate')[1]).toEqual({ value: 0.03, format: 'percent', decimals: 0 });
    expect(row('Reward rate')[3]).toBe('From the design: the mechanics’ rates — Points and bonuses 3%.');
    expect(row('Rewards never claimed')[5]).toBe('In the design, “Points and bonuses” expires after 12 months: with that, typically 15%–30% of what is earned is never spent.');
    expect(rows.flat().filter(isNumberCell).length).toBeGreaterThan(10);
  });

  it('leaves a figure not entered empty and says so', () => {
    const rows = economicsSheets(blankProgramDesignState(), context)[0]?.rows ?? [];
    expect(rows[1]?.slice(0, 4)).toEqual(['Customers who will join', null, '', 'Not entered']);
  });
});
