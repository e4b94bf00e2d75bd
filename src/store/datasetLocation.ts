import type { DatasetSpec } from '../data/spec';

/**
 * Where a dataset's rows and summary are kept. An exercise's own files (Kano answers, a member list) belong
 * to the exercise; a shared kind (sales) belongs to "My data", one per kind, whichever exercise imported it.
 * The owner is the first half of the IndexedDB key; '@' keeps it apart from every exercise id.
 */
export const MY_DATA_OWNER = '@my-data';

export interface DatasetLocation {
  owner: string;
  id: string;
}

export function datasetLocation(exerciseId: string, spec: Pick<DatasetSpec, 'id' | 'shared'>): DatasetLocation {
  return spec.shared === undefined ? { owner: exerciseId, id: spec.id } : { owner: MY_DATA_OWNER, id: spec.shared };
}

export function isMyData(location: DatasetLocation): boolean {
  return location.owner === MY_DATA_OWNER;
}
