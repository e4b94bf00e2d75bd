import type { Migration } from './index';

/**
 * Version 3 keeps shared files once, in `myData`, by kind. Until then the only such file was the ROI
 * exercise's sales table: its summary moves from that exercise's entry to `myData.sales` (its rows are
 * re-keyed in IndexedDB by the database's own upgrade, src/store/datasets.ts). Anything not entry-shaped is
 * passed through for the schema to judge.
 */
export const V2_SALES_OWNER = 'program-roi';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export const v2ToV3: Migration = (stored) => {
  const myData: Record<string, unknown> = {};
  const exercises = stored.exercises;
  if (!isRecord(exercises) || !Object.hasOwn(exercises, V2_SALES_OWNER)) return { ...stored, myData };
  const roi = exercises[V2_SALES_OWNER];
  if (!isRecord(roi) || !isRecord(roi.datasets) || !Object.hasOwn(roi.datasets, 'sales')) return { ...stored, myData };
  const { sales, ...ownDatasets } = roi.datasets;
  myData.sales = sales;
  return { ...stored, exercises: { ...exercises, [V2_SALES_OWNER]: { ...roi, datasets: ownDatasets } }, myData };
};
