import type { ExportContext, ExportDatasets } from '../../src/workbook/contract';
import { dateCell, decimalCell, type CellValue, type NumberCell, type SheetSpec } from '../../src/data/sheet';
import { translator, type Translate } from '../../src/i18n/translate';
import type { DatasetSummary } from '../../src/workbook/exerciseData';
import { DIMENSIONS, dimensionOfItem } from './structure';
import { ADAPTATION_PRESETS, presetText, statementText } from './statements';
import { enabledItems, type PlanEntry, type ServqualState, type SurveyResponse, type Wave } from './state';
import { analyseWave, compareWaves, priorityOrder, type SurveySettings, type WaveResult } from './model';
import { servqualMessages, type ServqualMessageKey } from './messages';
import { responsesFromRows } from './inputs';
import { enteredResponses, filesOfWave } from './steps/shared/waveFiles';

type T = Translate<ServqualMessageKey>;

// The figures as the steps show them (steps/shared/numbers.ts): means with two decimals, gaps signed, weights with one.
const mean = (value: number | null | undefined): NumberCell | null => decimalCell(value, 2);
const gap = (value: number | null | undefined): NumberCell | null => decimalCell(value, 2, { signed: true });
const weight = (value: number | null | undefined): NumberCell | null => decimalCell(value, 1);

export interface ServqualExportData {
  /** Every wave's answers by wave id, imported files included; a wave missing here exports its typed-in answers. */
  responsesByWave?: ReadonlyMap<string, readonly SurveyResponse[]>;
  /** By wave id, the names of imported files whose rows could not be read: their answers are left out. */
  unreadableFiles?: ReadonlyMap<string, readonly string[]>;
}

/** What the exercise's toSheets runs: reads every wave's imported files from IndexedDB, then writes the sheets. */
export async function servqualSheetsWithImports(state: ServqualState, context: ExportContext): Promise<SheetSpec[]> {
  return servqualSheets(state, context, await loadWaveAnswers(state.waves, context.datasets.own, context.datasets.loadRows));
}

/** Typed-in answers first, then each file's rows in slot order, as the steps gather them (steps/shared/useWaveData). */
export async function loadWaveAnswers(
  waves: readonly Wave[],
  summaries: Readonly<Record<string, DatasetSummary>>,
  loadRows: ExportDatasets['loadRows'],
): Promise<ServqualExportData> {
  const filesByWave = waves.map((wave) => ({ wave, files: filesOfWave(wave, summaries) }));
  const loaded = await loadRows(filesByWave.flatMap(({ files }) => files.map((file) => file.key)));
  const responsesByWave = new Map<string, SurveyResponse[]>();
  const unreadableFiles = new Map<string, string[]>();
  for (const { wave, files } of filesByWave) {
    const responses = [...enteredResponses(wave)];
    const unreadable: string[] = [];
    for (const file of files) {
      const rows = loaded.get(file.key);
      if (rows?.ok) responses.push(...responsesFromRows(rows.value));
      else unreadable.push(file.summary.fileName);
    }
    responsesByWave.set(wave.id, responses);
    if (unreadable.length > 0) unreadableFiles.set(wave.id, unreadable);
  }
  return { responsesByWave, unreadableFiles };
}

interface WaveRow {
  wave: Wave;
  label: string;
  responses: readonly SurveyResponse[];
  result: WaveResult;
}

/**
 * The adapted questionnaire, the results of every wave, item gaps, the plan and the comparison; numbers as numbers.
 * Imported answers are in `data` (servqualSheetsWithImports reads them); without it only typed-in answers count.
 */
export function servqualSheets(state: ServqualState, context: ExportContext, data: ServqualExportData = {}): SheetSpec[] {
  const { locale } = context;
  const t = translator(servqualMessages, locale);
  const settings: SurveySettings = { scale: state.questionnaire.scale, enabledItems: enabledItems(state.questionnaire) };
  const ordered = [...state.waves].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const waves: WaveRow[] = ordered.map((wave, index) => {
    const responses = data.responsesByWave?.get(wave.id) ?? (wave.source.kind === 'entered' ? wave.source.responses : []);
    return { wave, label: wave.label.trim() || t('wave.defaultLabel', { number: index + 1 }), responses, result: analyseWave(responses, settings) };
  });
  const unreadable = waves.flatMap((row) => (data.unreadableFiles?.get(row.wave.id) ?? []).map((file) => t('export.unreadableFile', { file, wave: row.label })));
  return [
    questionnaireSheet(state, t, locale),
    resultsSheet(waves, t, unreadable),
    itemsSheet(waves, state, t, locale),
    planSheet(waves, state, t, context),
    wavesSheet(waves, settings, t),
  ];
}

function questionnaireSheet(state: ServqualState, t: T, locale: ExportContext['locale']): SheetSpec {
  const { questionnaire } = state;
  const rows: CellValue[][] = [
    [t('export.company'), questionnaire.companyName.trim() || t('questionnaire.companyFallback')],
    [t('export.scale'), questionnaire.scale],
    [t('preset.label'), ADAPTATION_PRESETS[questionnaire.preset].label[locale]],
    [],
    [t('export.item'), t('export.dimension'), t('export.enabled'), t('export.statement'), t('export.edited')],
  ];
  for (const statement of questionnaire.statements) {
    const edited = statement.text !== null && statement.text.trim() !== '' && statement.text !== presetText(statement.item, questionnaire.preset, locale);
    rows.push([
      statement.item,
      t(`dimension.${dimensionOfItem(statement.item)}.name`),
      statement.enabled ? t('export.yes') : t('export.no'),
      statementText(statement.item, questionnaire.preset, statement.text, locale),
      edited ? t('export.yes') : t('export.no'),
    ]);
  }
  return { name: t('export.sheet.questionnaire'), rows, columnWidths: [8, 18, 10, 90, 10] };
}

function resultsSheet(waves: readonly WaveRow[], t: T, unreadableFiles: readonly string[]): SheetSpec {
  const rows: CellValue[][] = [
    [t('export.wave'), t('export.date'), t('export.respondents'), t('export.dimension'), t('export.expectation'), t('export.perception'), t('export.gap'), t('export.meanWeight'), t('export.weightedGap')],
  ];
  for (const { wave, label, result } of waves) {
    if (result.kind !== 'ok') {
      rows.push([label, dateCell(wave.date), null, t(`notEnoughData.${result.reason}`)]);
      continue;
    }
    const weighting = result.weighting.kind === 'ok' ? result.weighting : null;
    for (const dimension of DIMENSIONS) {
      const value = result.dimensions[dimension];
      rows.push([
        label,
        dateCell(wave.date),
        result.respondents,
        t(`dimension.${dimension}.name`),
        mean(value.meanExpectation),
        mean(value.meanPerception),
        gap(value.gap),
        weighting ? weight(weighting.meanWeights[dimension]) : null,
        weighting ? gap(weighting.weightedScores[dimension]) : null,
      ]);
    }
    rows.push([label, dateCell(wave.date), result.respondents, t('export.unweightedScore'), null, null, gap(result.unweightedScore), null, null]);
    rows.push([label, dateCell(wave.date), result.respondents, t('export.weightedTotal'), null, null, null, weighting ? weight(100) : null, weighting ? gap(weighting.weightedTotal) : t('notEnoughData.noValidWeights')]);
    rows.push([label, dateCell(wave.date), result.respondents, t('export.validWeightRows'), null, null, null, weighting?.validRows ?? 0, null]);
  }
  if (unreadableFiles.length > 0) rows.push([], [t('export.importedUnreadable', { files: unreadableFiles.join('; ') })]);
  return { name: t('export.sheet.results'), rows, columnWidths: [16, 12, 10, 26, 12, 12, 12, 12, 14] };
}

function itemsSheet(waves: readonly WaveRow[], state: ServqualState, t: T, locale: ExportContext['locale']): SheetSpec {
  const rows: CellValue[][] = [
    [t('export.wave'), t('export.date'), t('export.item'), t('export.dimension'), t('export.statement'), t('export.expectation'), t('export.perception'), t('export.gap'), t('export.respondents')],
  ];
  for (const { wave, label, result } of waves) {
    if (result.kind !== 'ok') continue;
    for (const item of result.items) {
      rows.push([
        label,
        dateCell(wave.date),
        item.item,
        t(`dimension.${item.dimension}.name`),
        statementText(item.item, state.questionnaire.preset, state.questionnaire.statements[item.item - 1]?.text ?? null, locale),
        mean(item.meanExpectation),
        mean(item.meanPerception),
        gap(item.gap),
        item.respondents,
      ]);
    }
  }
  return { name: t('export.sheet.items'), rows, columnWidths: [16, 12, 8, 18, 70, 12, 12, 10, 10] };
}

function planSheet(waves: readonly WaveRow[], state: ServqualState, t: T, { locale, format }: ExportContext): SheetSpec {
  const entry = (id: string): PlanEntry | undefined => state.plan.find((candidate) => candidate.id === id);
  const basis = [...waves].reverse().find((row) => row.result.kind === 'ok');
  const rows: CellValue[][] = [];
  const header: CellValue[] = [t('export.rank'), t('export.dimension'), t('export.item'), t('export.statement'), t('export.gap'), t('export.weightedGap'), t('export.action'), t('export.owner'), t('export.deadline')];
  if (!basis || basis.result.kind !== 'ok') {
    rows.push(header);
    for (const planned of state.plan) {
      const item = planned.target.kind === 'item' ? planned.target.item : null;
      const dimension = planned.target.kind === 'dimension' ? planned.target.dimension : dimensionOfItem(planned.target.item);
      rows.push([null, t(`dimension.${dimension}.name`), item, null, null, null, planned.action, planned.owner, dateCell(planned.deadline)]);
    }
    return { name: t('export.sheet.plan'), rows, columnWidths: [8, 18, 8, 60, 10, 12, 40, 20, 12] };
  }
  const order = priorityOrder(basis.result);
  rows.push([t('export.planBasis', { wave: basis.label, date: format.date(basis.wave.date) })], [t(order.basis === 'weighted' ? 'priority.basis.weighted' : 'priority.basis.unweighted')], [], header);
  order.dimensions.forEach((dimension, index) => {
    const name = t(`dimension.${dimension.dimension}.name`);
    const own = entry(`dimension:${dimension.dimension}`);
    rows.push([index + 1, name, null, null, gap(dimension.gap), gap(dimension.weightedScore), own?.action ?? '', own?.owner ?? '', dateCell(own?.deadline)]);
    for (const item of dimension.items) {
      const planned = entry(`item:${item.item}`);
      const text = statementText(item.item, state.questionnaire.preset, state.questionnaire.statements[item.item - 1]?.text ?? null, locale);
      rows.push([index + 1, name, item.item, text, gap(item.gap), null, planned?.action ?? '', planned?.owner ?? '', dateCell(planned?.deadline)]);
    }
  });
  return { name: t('export.sheet.plan'), rows, columnWidths: [8, 18, 8, 60, 10, 12, 40, 20, 12] };
}

function wavesSheet(waves: readonly WaveRow[], settings: SurveySettings, t: T): SheetSpec {
  const rows: CellValue[][] = [
    [t('export.wave'), t('export.date'), t('export.respondents'), ...DIMENSIONS.map((dimension) => t(`dimension.${dimension}.name`)), t('export.unweightedScore'), t('export.weightedTotal')],
  ];
  const comparison = compareWaves(
    waves.map((row) => ({ id: row.wave.id, label: row.label, date: row.wave.date, responses: row.responses })),
    settings,
  );
  if (comparison.kind !== 'ok') return { name: t('export.sheet.waves'), rows: [...rows, [t('notEnoughData.noWaves')]] };
  for (const point of comparison.points) {
    if (point.result.kind !== 'ok') {
      rows.push([point.label, dateCell(point.date), null, t(`notEnoughData.${point.result.reason}`)]);
      continue;
    }
    const summary = point.result;
    rows.push([point.label, dateCell(point.date), summary.respondents, ...DIMENSIONS.map((dimension) => gap(summary.dimensionGaps[dimension])), gap(summary.unweightedScore), gap(summary.weightedTotal)]);
  }
  const change = comparison.latestChange;
  if (change.kind === 'ok') {
    // A wave's id is internal: a point missing from the list (never, as the comparison is built from it) reads as blank.
    const labelOf = (id: string) => comparison.points.find((point) => point.id === id)?.label ?? '';
    rows.push([t('export.change', { from: labelOf(change.fromId), to: labelOf(change.toId) }), null, null, ...DIMENSIONS.map((dimension) => gap(change.dimensionChanges[dimension])), gap(change.unweightedChange), null]);
  } else {
    rows.push([t('notEnoughData.fewerThanTwoWaves')]);
  }
  return { name: t('export.sheet.waves'), rows, columnWidths: [28, 12, 10, ...DIMENSIONS.map(() => 14), 14, 14] };
}
