/**
 * What `npm run bench:segmentation` times in Node (test/bench/segmentation-bench.mjs bundles this file with
 * rolldown): the customer bench's file (customerBaseBench.ts) with a manager and a region per line, read by the
 * app's own import, then the segmentation model step by step (the base, the criteria with the one pass over the
 * lines, the rule assignment, the profiles) and the whole analysis as its worker runs it: cold (a new import) and
 * after a changed rule (the criteria kept).
 */
import { buildCustomerBase } from '../../src/customers/base';
import { salesLinesFromTable } from '../../src/customers/read';
import { encodeRows, type ColumnarTable } from '../../src/data/columnar';
import { importBytes } from '../../src/data/import/pipeline';
import { salesSpec } from '../../src/data/salesSpec';
import type { AnalysisContext } from '../../src/workbook/analysis/context';
import { analyseSegmentation, type SegmentationRequest } from '../../exercises/segmentation/analysis/segmentationAnalysis';
import { starterRules } from '../../exercises/segmentation/content/starterRules';
import { blankSegmentationState } from '../../exercises/segmentation/demo';
import { customerCriteria, lineFigures } from '../../exercises/segmentation/model/criteria';
import { segmentProfiles } from '../../exercises/segmentation/model/profile';
import { assignByRules } from '../../exercises/segmentation/model/segments';
import { BENCH_HEADER, salesCsvChunks, type BenchFileShape } from './customerBaseBench';

export const SEGMENTATION_HEADER = [...BENCH_HEADER, 'Менеджер', 'Регион'];
const MAPPING = { document: 0, date: 1, customer: 2, product: 3, amount: 4, cost: 5, manager: 6, region: 7 };
const MANAGERS = 12;
const REGIONS = 9;

/**
 * The customer bench's lines with a manager and a region: each customer has their own manager and region, and a
 * line in seven (by product) goes through another one, so the main manager and region are a real choice.
 */
export function* segmentationCsvChunks(shape: BenchFileShape): Generator<string> {
  let first = true;
  for (const chunk of salesCsvChunks(shape)) {
    const lines = chunk.split('\n');
    const out: string[] = [];
    for (const [index, line] of lines.entries()) {
      if (line === '') {
        // The chunk's end: a line never spans two chunks (salesCsvChunks cuts after a newline).
        if (index < lines.length - 1) out.push('');
        continue;
      }
      if (first) {
        first = false;
        out.push(SEGMENTATION_HEADER.join(';'));
        continue;
      }
      const fields = line.split(';');
      const customer = Number((fields[2] ?? '').slice(3));
      const product = Number((fields[3] ?? '').slice(6));
      const other = product % 7 === 0 ? 1 : 0;
      out.push(`${line};Менеджер ${((customer + other * (1 + (product % 5))) % MANAGERS) + 1};Регион ${((customer * 7 + other) % REGIONS) + 1}`);
    }
    if (out.length > 0) yield `${out.join('\n')}\n`;
  }
}

export interface SegmentationBenchReport {
  rows: number;
  importMs: number;
  linesMs: number;
  /** Each run of each part (the first run is cold). */
  baseMs: number[];
  lineFiguresMs: number[];
  criteriaMs: number[];
  assignmentMs: number[];
  profileMs: number[];
  /** The analysis as the worker runs it on a fresh context: the lines, the base, criteria, segments, profiles. */
  analysisColdMs: number[];
  /** The same context, one rule changed: the base and criteria are kept. */
  analysisRuleChangeMs: number[];
  customers: number;
  segments: { key: string; customers: number; revenue: number }[];
}

function timed<T>(into: number[], make: () => T): T {
  const started = performance.now();
  const value = make();
  into.push(performance.now() - started);
  return value;
}

/** The worker's context over one table in memory. */
function memoryContext(table: ColumnarTable): AnalysisContext {
  const kept = new Map<string, unknown>();
  return {
    table: () => Promise.resolve({ ok: true, table }),
    remember<T>(key: string, make: () => T): T {
      if (!kept.has(key)) kept.set(key, make());
      return kept.get(key) as T; // Cast: a key holds what its maker returned.
    },
    progress: () => undefined,
  };
}

export async function runSegmentationBench(bytes: Uint8Array, fileName: string, today: string, runs: number): Promise<SegmentationBenchReport> {
  let started = performance.now();
  const imported = importBytes(bytes, fileName, salesSpec, MAPPING, { today, locale: 'ru', delimiter: ';', encoding: 'utf-8', headerRow: 0 });
  if (!imported.ok) throw new Error(`the import refused the file: ${JSON.stringify(imported.problem)}`);
  const importMs = performance.now() - started;
  const table = encodeRows(imported.value.rows, salesSpec.columns.map((column) => column.key));
  started = performance.now();
  const lines = salesLinesFromTable(table);
  const linesMs = performance.now() - started;

  const state = blankSegmentationState();
  const report: SegmentationBenchReport = {
    rows: imported.value.rows.length,
    importMs,
    linesMs,
    baseMs: [],
    lineFiguresMs: [],
    criteriaMs: [],
    assignmentMs: [],
    profileMs: [],
    analysisColdMs: [],
    analysisRuleChangeMs: [],
    customers: 0,
    segments: [],
  };
  for (let run = 0; run < runs; run++) {
    const base = timed(report.baseMs, () => buildCustomerBase(lines, null, { analysisDay: null, windowMonths: state.period.windowMonths }));
    if (base === null) throw new Error('buildCustomerBase found no sales');
    timed(report.lineFiguresMs, () => lineFigures(lines, base));
    const criteria = timed(report.criteriaMs, () => customerCriteria({ base, lines, behaviour: state.behaviour, bands: {} }));
    const assignment = timed(report.assignmentMs, () => assignByRules(base.count, criteria, state.segments.rules));
    const { segments } = timed(report.profileMs, () => segmentProfiles(base, assignment.segment, assignment.keys));
    report.customers = base.count;
    report.segments = segments.map(({ key, customers, revenue }) => ({ key, customers, revenue }));
  }
  const request = (rules: SegmentationRequest['segments']['rules']): SegmentationRequest => ({
    source: { kind: 'stored', sales: { exerciseId: 'bench', specId: salesSpec.id, importedAt: 'bench' }, customers: null },
    period: state.period,
    behaviour: state.behaviour,
    bands: {},
    segments: { ...state.segments, rules },
    list: { segment: 'key', page: 0 },
  });
  const changed = starterRules();
  changed[1]?.conditions.push({ criterion: 'region', values: ['Регион 1', 'Регион 2', 'Регион 3'] });
  for (let run = 0; run < runs; run++) {
    const context = memoryContext(table);
    started = performance.now();
    const cold = await analyseSegmentation(request(starterRules()), context);
    report.analysisColdMs.push(performance.now() - started);
    if (cold.kind !== 'ready') throw new Error(`the analysis found no figures: ${cold.kind}`);
    started = performance.now();
    await analyseSegmentation(request(changed), context);
    report.analysisRuleChangeMs.push(performance.now() - started);
  }
  return report;
}
