import { beforeEach, describe, expect, it } from 'vitest';
import { clearDroppedFiles, closeHandInsDatabase, HAND_INS_DB, loadDroppedFiles, removeDroppedFile, saveDroppedFiles } from '../../../src/trainer/group/handInStore';
import { dropped, handIn, unreadableJson } from './groupFixtures';

async function resetDatabase(): Promise<void> {
  await closeHandInsDatabase();
  await new Promise<void>((resolve, reject) => {
    const request = indexedDB.deleteDatabase(HAND_INS_DB);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error ?? new Error('delete failed'));
  });
}

describe('the dropped files survive a reload in IndexedDB', () => {
  beforeEach(resetDatabase);

  it('gives back the files in the order dropped, refused ones with their reason', async () => {
    const later = { ...dropped('b.json', handIn('Команда 2', '2025-03-01T10:00:00.000Z')), droppedAt: '2025-03-01T11:00:00.000Z', batchIndex: 0 };
    const first = { ...dropped('a.json', handIn('Команда 1', '2025-03-01T10:00:00.000Z')), droppedAt: '2025-03-01T10:00:00.000Z', batchIndex: 1 };
    const broken = { ...unreadableJson('broken.json'), droppedAt: '2025-03-01T10:00:00.000Z', batchIndex: 2 };
    expect(await saveDroppedFiles([later])).toEqual({ ok: true, value: undefined });
    expect(await saveDroppedFiles([first, broken])).toEqual({ ok: true, value: undefined });
    expect(await loadDroppedFiles()).toEqual({ ok: true, value: { files: [first, broken, later], unreadable: 0 } });
  });

  it('removes one file, or all of them', async () => {
    const one = dropped('a.json', handIn('Команда 1', '2025-03-01T10:00:00.000Z'));
    const two = dropped('b.json', handIn('Команда 2', '2025-03-01T10:00:00.000Z'));
    await saveDroppedFiles([one, two]);
    await removeDroppedFile(one.id);
    const afterRemove = await loadDroppedFiles();
    expect(afterRemove.ok && afterRemove.value.files.map((file) => file.id)).toEqual([two.id]);
    await clearDroppedFiles();
    expect(await loadDroppedFiles()).toEqual({ ok: true, value: { files: [], unreadable: 0 } });
  });

  it('skips and counts a kept record that no longer reads', async () => {
    // Cast: a damaged record, as a broken version might have written, is exactly what the test stores.
    await saveDroppedFiles([{ id: 'bad', fileName: 5 } as unknown as ReturnType<typeof dropped>]);
    expect(await loadDroppedFiles()).toEqual({ ok: true, value: { files: [], unreadable: 1 } });
  });
});
