import { afterEach, describe, expect, it } from 'vitest';
import { kano } from '../../../exercises/kano';
import { workbookWithPack } from '../../../src/app/packs/workbookWithPack';
import { MY_DATA_OWNER } from '../../../src/store/datasetLocation';
import { buildPack } from '../../../src/trainer/packs/packFile';
import { PACK_STARTS_KEY, usePackStarts } from '../../../src/workbook/packStart';
import { exerciseProgress } from '../../../src/workbook/progress';
import { datasetSummary, exerciseEntry, persistedWorkbook, workbookSettings, loadOnDemandParts } from '../../builders';

const NOW = new Date('2026-12-06T09:30:00.000Z');
const MY_SALES = datasetSummary('мои продажи.csv', 3);
const PACK_SALES = datasetSummary('продажи тренера.csv', 2);
const PACK_ANSWERS = datasetSummary('ответы тренера.xlsx', 1);

// The trainer's Kano: the demo with one feature renamed.
await loadOnDemandParts([kano]);
const demo = kano.state.demo('ru');
const trainersKano = { ...demo, features: demo.features.map((feature, index) => (index === 0 ? { ...feature, name: 'Доставка за час' } : feature)) };

const pack = buildPack(
  persistedWorkbook({ exercises: { kano: exerciseEntry({ stateVersion: kano.state.version, state: trainersKano }) }, myData: { sales: PACK_SALES } }),
  {
    name: 'retail',
    title: 'Розница',
    note: '',
    exerciseIds: ['kano'],
    datasets: [
      { id: 'sales', exerciseId: MY_DATA_OWNER, meta: PACK_SALES, rows: [{ a: 1 }, { a: 2 }] },
      { id: 'answers', exerciseId: 'kano', meta: PACK_ANSWERS, rows: [{ b: 1 }] },
    ],
    withSettings: true,
  },
  NOW,
);

/** The participant: their own Kano work with a table of their own, their SERVQUAL, their sales and customers. */
const participant = persistedWorkbook({
  settings: workbookSettings({ locale: 'en', currency: null, presenter: true }),
  exercises: {
    kano: exerciseEntry({ state: { mine: true }, completedSteps: ['features'], drafts: { f: '1,' }, datasets: { answers: datasetSummary('мои ответы.xlsx', 5) } }),
    servqual: exerciseEntry({ state: { theirs: true } }),
  },
  myData: { sales: MY_SALES, customers: datasetSummary('клиенты.csv', 4) },
});
const participantTables = [
  { id: 'answers', exerciseId: 'kano', meta: datasetSummary('мои ответы.xlsx', 5), rows: [] },
  { id: 'answers', exerciseId: 'servqual', meta: datasetSummary('servqual.xlsx', 1), rows: [] },
  { id: 'sales', exerciseId: MY_DATA_OWNER, meta: MY_SALES, rows: [] },
  { id: 'customers', exerciseId: MY_DATA_OWNER, meta: datasetSummary('клиенты.csv', 4), rows: [] },
];

describe('workbookWithPack', () => {
  const packed = workbookWithPack(participant, participantTables, pack, NOW);

  it('puts the pack’s exercise in place as if just opened on an example: no step done, no draft, the pack’s own tables', () => {
    expect(packed.workbook.exercises.kano).toEqual(
      exerciseEntry({ stateVersion: kano.state.version, state: trainersKano, datasets: { answers: PACK_ANSWERS }, updatedAt: NOW.toISOString() }),
    );
  });

  it('leaves every other exercise and "My data" kind as it was; a "My data" kind in the pack replaces the participant’s', () => {
    expect(packed.workbook.exercises.servqual).toBe(participant.exercises.servqual);
    expect(packed.workbook.myData).toEqual({ sales: PACK_SALES, customers: participant.myData?.customers });
  });

  it('keeps the participant’s tables that stay referred to, drops those the pack replaces, adds the pack’s', () => {
    expect(packed.datasets.map((table) => `${table.exerciseId}/${table.id}/${(table.meta as { fileName: string }).fileName}`)).toEqual([
      'servqual/answers/servqual.xlsx',
      `${MY_DATA_OWNER}/customers/клиенты.csv`,
      `${MY_DATA_OWNER}/sales/продажи тренера.csv`,
      'kano/answers/ответы тренера.xlsx',
    ]);
  });

  it('takes the pack’s language and currency, keeps presenter mode', () => {
    expect(packed.workbook.settings).toEqual({ locale: 'ru', currency: 'RUB', presenter: true });
  });

  it('records the starting point of each of the pack’s exercises', () => {
    expect(packed.starts).toEqual({ kano: { packName: 'retail', packTitle: 'Розница', openedAt: NOW.toISOString(), stateVersion: kano.state.version, state: trainersKano } });
  });
});

describe('a pack’s state is the exercise’s starting point for progress', () => {
  afterEach(() => usePackStarts.getState().forget());
  const opened = exerciseEntry({ stateVersion: kano.state.version, state: trainersKano });

  it('without the pack remembered, the trainer’s values count as work; with it, as the untouched example', () => {
    expect(exerciseProgress(kano, opened).status).not.toBe('demo');
    usePackStarts.getState().record({ kano: { packName: 'retail', packTitle: 'Розница', openedAt: NOW.toISOString(), stateVersion: kano.state.version, state: trainersKano } });
    expect(exerciseProgress(kano, opened).status).toBe('demo');
    expect(JSON.parse(localStorage.getItem(PACK_STARTS_KEY) ?? '{}')).toHaveProperty('kano.packTitle', 'Розница');
  });

  it('once the participant changes something it is their work', () => {
    usePackStarts.getState().record({ kano: { packName: 'retail', packTitle: 'Розница', openedAt: NOW.toISOString(), stateVersion: kano.state.version, state: trainersKano } });
    const edited = { ...trainersKano, features: trainersKano.features.slice(1) };
    expect(exerciseProgress(kano, { ...opened, state: edited }).status).not.toBe('demo');
    // Started from scratch afterwards: a blank start is never the example, even if it happened to equal it.
    expect(exerciseProgress(kano, { ...opened, startedFrom: 'blank' }).status).not.toBe('demo');
  });
});
