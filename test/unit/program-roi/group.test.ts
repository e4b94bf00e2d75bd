import { describe, expect, it } from 'vitest';
import { programRoiGroup } from '../../../exercises/program-roi/group';
import { demoRoiState } from '../../../exercises/program-roi/demo';
import { groupSummarySchema, type GroupSummary } from '../../../src/handin/format';
import type { ExportDatasets } from '../../../src/workbook/contract';
import { tinyProgram } from '../../builders';

const noFiles: ExportDatasets = { summary: () => null, own: {}, loadRows: () => Promise.resolve(new Map()) };
const cells = (summary: GroupSummary) => Object.fromEntries((summary.sections[0]?.rows ?? []).map((row) => [row.key, row.cell]));

describe('program ROI in the group view', () => {
  it('gives payback, ROI, net effect and cost of the program (the tiny program, worked in programEconomics.test.ts)', async () => {
    const summary = await programRoiGroup.summarize({ state: { ...demoRoiState(), program: { ...tinyProgram(), horizonMonths: 2 } }, datasets: noFiles });
    expect(groupSummarySchema.safeParse(summary).success).toBe(true);
    // Cumulative net −5 after month 1, +158.75 after month 2; cost 205 + 86.25 = 291.25; ROI 158.75 / 291.25.
    const figures = cells(summary);
    expect(figures.payback).toEqual({ kind: 'months', value: 2 });
    expect(figures.roi).toMatchObject({ kind: 'percent' });
    expect(figures.roi?.kind === 'percent' ? figures.roi.value : null).toBeCloseTo(158.75 / 291.25, 12);
    expect(figures.net?.kind === 'money' ? figures.net.value : null).toBeCloseTo(158.75, 9);
    expect(figures.cost?.kind === 'money' ? figures.cost.value : null).toBeCloseTo(291.25, 9);
    expect(summary.sections[0]?.rows.map((row) => row.label.ru)).toEqual(['Окупаемость', 'ROI', 'Чистый эффект', 'Стоимость программы']);
  });

  it('says a program that never pays back within the horizon has no payback month', async () => {
    // Horizon 1: net −5, ROI −5 / 205.
    const figures = cells(await programRoiGroup.summarize({ state: { ...demoRoiState(), program: { ...tinyProgram(), horizonMonths: 1 } }, datasets: noFiles }));
    expect(figures.payback).toEqual({ kind: 'months', value: null });
    expect(figures.roi?.kind === 'percent' ? figures.roi.value : null).toBeCloseTo(-5 / 205, 12);
  });

  it('compares nothing until every figure is filled in, and the demo’s program pays back', async () => {
    expect(await programRoiGroup.summarize({ state: { ...demoRoiState(), program: { ...demoRoiState().program, margin: null } }, datasets: noFiles })).toEqual({ sections: [] });
    // The demo's program as its economics step shows it: pays back in month 13, ROI 18.8 %, net 5 275 386 of 28 015 673 spent.
    const demo = cells(await programRoiGroup.summarize({ state: demoRoiState(), datasets: noFiles }));
    expect(demo.payback).toEqual({ kind: 'months', value: 13 });
    expect(demo.roi?.kind === 'percent' ? demo.roi.value : null).toBeCloseTo(0.1883, 4);
    expect(demo.net?.kind === 'money' ? demo.net.value : null).toBeCloseTo(5_275_386.37, 2);
    expect(demo.cost?.kind === 'money' ? demo.cost.value : null).toBeCloseTo(28_015_673.2, 1);
  });
});
