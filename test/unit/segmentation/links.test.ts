import { beforeAll, describe, expect, it } from 'vitest';
import { exercises } from '../../../exercises';
import { segmentTargets } from '../../../exercises/segmentation/links';
import { blankSegmentationState } from '../../../exercises/segmentation/demo';
import { segmentationNames } from '../../../exercises/segmentation/content/names';
import { namesMessages } from '../../../exercises/segmentation/messages/names';
import { DEFAULT_BOUNDS } from '../../../exercises/segmentation/model/criteria';
import { crossKey } from '../../../exercises/segmentation/model/segments';
import type { SegmentationState, SegmentTarget } from '../../../exercises/segmentation/state';
import { rfmSegmentMessages } from '../../../src/customers/rfmSegmentNames';
import { createFormatters } from '../../../src/i18n/format';
import { translator } from '../../../src/i18n/translate';
import { segmentTargetsKind } from '../../../src/results/segmentTargets';
import { readResult } from '../../../src/workbook/results';
import { exerciseEntry, loadOnDemandParts } from '../../builders';

const decided = (target: Partial<SegmentTarget>): SegmentTarget => ({ target: false, strategy: null, offer: '', owner: '', goal: '', ...target });

/** The step's own naming (content/names.ts) with labels as written, to check the offer names alike. */
const stepName = (state: SegmentationState, key: string) =>
  segmentationNames(translator(namesMessages, 'ru'), translator(rfmSegmentMessages, 'ru'), createFormatters('ru', 'RUB'), (label) => label, state.segments).segment(key, {
    tenure: DEFAULT_BOUNDS.tenure as number[],
    frequency: DEFAULT_BOUNDS.frequency as number[],
  });

describe('the segmentation offers its segments and targets ("segmentation/targets")', () => {
  beforeAll(() => loadOnDemandParts(exercises));

  it('offers every rule and everyone else, named in each language, with the decisions taken', () => {
    const state: SegmentationState = {
      ...blankSegmentationState(),
      targets: {
        keyAtRisk: decided({ target: true, strategy: 'winBack', offer: 'Звонок менеджера и скидка 5 % на возврат' }),
        core: decided({ target: false, strategy: 'develop' }),
      },
    };
    state.segments.rules[1] = { ...state.segments.rules[1]!, name: 'Опора бизнеса' };
    const { segments } = segmentTargets(state);
    expect(segments.map((segment) => segment.key)).toEqual(['keyAtRisk', 'key', 'newcomers', 'core', 'fading', 'others']);
    expect(segments[0]).toEqual({
      key: 'keyAtRisk',
      name: { ru: 'Ключевые под угрозой', en: 'Key customers slipping away', zh: '正在流失的关键客户' },
      target: true,
      strategy: { ru: 'Возвращать', en: 'Win back', zh: '挽回' },
      strategyKey: 'winBack',
      offer: 'Звонок менеджера и скидка 5 % на возврат',
    });
    // A renamed rule keeps its own name in every language.
    expect(segments[1]!.name).toEqual({ ru: 'Опора бизнеса', en: 'Опора бизнеса', zh: 'Опора бизнеса' });
    // A strategy without the target flag is passed on as decided.
    expect(segments[3]).toMatchObject({ target: false, strategy: { en: 'Develop' }, strategyKey: 'develop' });
    expect(segments[5]).toEqual({ key: 'others', name: { ru: 'Остальные', en: 'Everyone else', zh: '其他客户' }, target: false, strategy: null, strategyKey: null, offer: '' });
    for (const segment of segments) expect(segment.name.ru).toBe(stepName(state, segment.key));
  });

  it('names an unnamed new rule by its place, as the segments step does', () => {
    const state = blankSegmentationState();
    state.segments.rules.push({ id: 'r-7', name: null, conditions: [] }, { id: 'r-8', name: '  ', conditions: [] });
    const names = segmentTargets(state).segments.map((segment) => segment.name.en);
    expect(names.slice(5)).toEqual(['Segment 6', 'Segment 7', 'Everyone else']);
    for (const key of ['r-7', 'r-8']) expect(segmentTargets(state).segments.find((segment) => segment.key === key)!.name.ru).toBe(stepName(state, key));
  });

  it('offers the cross-tab cells the participant decided on, named by their classes, labels and bands', () => {
    const base = blankSegmentationState();
    const cells = {
      abcStage: crossKey('A', 'lapsing'),
      notGiven: crossKey('B', ''),
    };
    const state: SegmentationState = {
      ...base,
      segments: { ...base.segments, mode: 'crossTab', crossTab: { rows: 'abc', columns: 'stage' } },
      // A rule's entry stays from the rule mode; it is not a cell of this cross-tab.
      targets: { keyAtRisk: decided({ target: true }), [cells.abcStage]: decided({ target: true, strategy: 'retain' }), [cells.notGiven]: decided({}) },
    };
    const { segments } = segmentTargets(state);
    expect(segments.map((segment) => segment.key)).toEqual([cells.abcStage, cells.notGiven]);
    expect(segments[0]!.name).toEqual({ ru: 'A · Уходящие', en: 'A · Lapsing', zh: 'A · 正在流失' });
    expect(segments[1]!.name.en).toBe('B · not given');
    for (const segment of segments) expect(segment.name.ru).toBe(stepName(state, segment.key));
  });

  it('reads labels with a bar or a backslash back whole, and bands by their bounds', () => {
    const base = blankSegmentationState();
    const awkward = crossKey('Север|Юг', 'C:\\опт');
    const rfm = crossKey('others', 'b2');
    const state: SegmentationState = {
      ...base,
      segments: { ...base.segments, mode: 'crossTab', crossTab: { rows: 'region', columns: 'channel' } },
      targets: { [awkward]: decided({ target: true }) },
    };
    expect(segmentTargets(state).segments[0]!.name.ru).toBe('Север|Юг · C:\\опт');
    expect(segmentTargets(state).segments[0]!.name.ru).toBe(stepName(state, awkward));

    const rfmByFrequency: SegmentationState = {
      ...base,
      segments: { ...base.segments, mode: 'crossTab', crossTab: { rows: 'rfm', columns: 'frequency' } },
      targets: { [rfm]: decided({}), [crossKey('loyal', 'b0')]: decided({}), [crossKey('atRisk', 'b1')]: decided({}), [crossKey('lost', 'b3')]: decided({}) },
    };
    // Frequency's fixed bounds 1, 3, 9: b0 is one order, b1 two or three, b2 four to nine, b3 ten or more.
    expect(segmentTargets(rfmByFrequency).segments.map((segment) => segment.name.ru)).toEqual(['Прочие · 4–9', 'Лояльные · 1', 'Под угрозой · 2–3', 'Потерянные · 10 и больше']);
    for (const segment of segmentTargets(rfmByFrequency).segments) expect(segment.name.ru).toBe(stepName(rfmByFrequency, segment.key));

    const tenureBySize: SegmentationState = {
      ...base,
      criteria: { ...base.criteria, bands: { size: [100, 1000] } },
      segments: { ...base.segments, mode: 'crossTab', crossTab: { rows: 'tenure', columns: 'averageCheck' } },
      targets: { [crossKey('b0', 'b2')]: decided({}), [crossKey('b3', 'b0')]: decided({}) },
    };
    // Tenure's fixed bounds 6, 12, 24 months; the average check's bands are terciles of data the state does not hold.
    expect(segmentTargets(tenureBySize).segments.map((segment) => segment.name.en)).toEqual(['up to 6 months · Average order value 3', 'over 24 months · Average order value 1']);
    const sizeRows: SegmentationState = { ...tenureBySize, segments: { ...tenureBySize.segments, crossTab: { rows: 'size', columns: 'abc' } }, targets: { [crossKey('b1', 'A')]: decided({}) } };
    expect(segmentTargets(sizeRows).segments[0]!.name.en).toBe('over 100 up to 1,000 · A');
  });

  it('is read by the program design through the registry once the segmentation is stored', () => {
    const state: SegmentationState = { ...blankSegmentationState(), targets: { key: decided({ target: true, strategy: 'retain', offer: 'Личный менеджер' }) } };
    expect(readResult(segmentTargetsKind, exercises, {}).status).toBe('notFilled');
    const read = readResult(segmentTargetsKind, exercises, { segmentation: exerciseEntry({ state, stateVersion: 1 }) });
    expect(read.status).toBe('ready');
    expect(read.status === 'ready' && read.value.segments.find((segment) => segment.target)?.offer).toBe('Личный менеджер');
  });
});
