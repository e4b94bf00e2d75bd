import type { DatasetSpec } from '../../../src/data/spec';
import type { ExerciseEntry } from '../../../src/store/schema';
import type { ColumnMapping, ImportResult, InspectOptions, Inspection, Outcome, TypingOptions } from '../../../src/data/import/types';
import { importBytes, inspectBytes } from '../../../src/data/import/pipeline';

/** A sales table as the ROI exercise will ask for it, small enough to check by eye. */
export const salesSpec: DatasetSpec = {
  id: 'sales',
  title: { ru: 'Продажи', en: 'Sales', zh: '销售' },
  columns: [
    { key: 'customer', type: 'text', required: true, label: { ru: 'Клиент', en: 'Customer', zh: '客户' }, synonyms: { ru: ['клиент', 'покупатель'], en: ['customer'], zh: ['客户'] } },
    { key: 'date', type: 'date', required: true, label: { ru: 'Дата', en: 'Date', zh: '日期' }, synonyms: { ru: ['дата'], en: ['date'], zh: ['日期'] } },
    { key: 'amount', type: 'money', required: true, min: 0, label: { ru: 'Сумма', en: 'Amount', zh: '金额' }, synonyms: { ru: ['сумма'], en: ['amount'], zh: ['金额'] } },
    { key: 'member', type: 'category', required: false, label: { ru: 'Участник программы', en: 'Member', zh: '会员' }, synonyms: { ru: ['участник'], en: ['member'], zh: ['会员'] }, example: 'да' },
  ],
};

export function entry(): ExerciseEntry {
  return { stateVersion: 1, state: {}, startedFrom: 'demo', currentStep: null, completedSteps: [], drafts: {}, datasets: {}, updatedAt: '2026-11-01T00:00:00.000Z' };
}

/** jsdom's File has neither arrayBuffer() nor text(); FileReader it has. */
export function fileBytes(file: Blob): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsArrayBuffer(file);
  });
}

/**
 * The client without its Web Worker (jsdom has none): the same pipeline, run in the test's thread.
 * Used through vi.mock of src/data/import/client.
 */
export const inThreadClient = {
  inspectFile: async (file: File, options: InspectOptions = {}): Promise<Outcome<Inspection>> => inspectBytes(await fileBytes(file), file.name, options),
  importFile: async (
    file: File,
    spec: DatasetSpec,
    mapping: ColumnMapping,
    options: InspectOptions & TypingOptions,
    control: { signal?: AbortSignal; onProgress?: (fraction: number) => void } = {},
  ): Promise<Outcome<ImportResult>> => {
    const bytes = await fileBytes(file);
    if (control.signal?.aborted) return { ok: false, problem: { code: 'cancelled' } };
    return importBytes(bytes, file.name, spec, mapping, options, control.onProgress);
  },
};
