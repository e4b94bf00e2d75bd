import { afterEach, describe, expect, it } from 'vitest';
import { EVENTUALLY, downloadedBytes, expectField, expectNoTrouble, metricValue, openApp, plain, type App } from './browser';

const ROI_TITLE = 'Эффективность программы лояльности (ROI)';
const STORAGE_KEY = 'loyalty-workbook';

/** A backup as the first released version wrote it: schema 1, no `datasets` anywhere. */
const SCHEMA_1_BACKUP = {
  format: 'loyalty-workbook-backup',
  schemaVersion: 1,
  createdAt: '2026-09-01T10:00:00.000Z',
  app: 'loyalty-workbook',
  workbook: {
    settings: { locale: 'ru', currency: 'RUB', presenter: false },
    exercises: {
      'program-roi': {
        stateVersion: 1,
        state: {
          discount: { margin: 0.35, discount: 0.05, expectedVolumeChange: null },
          program: {
            members: 12_345,
            participation: 0.6,
            baselineFrequency: 1.5,
            averageCheck: 1_800,
            margin: 0.28,
            baselineRetention: 0.92,
            frequencyUplift: 0.08,
            checkUplift: 0.04,
            retentionUplift: 0.02,
            rewardRate: 0.03,
            breakage: 0.3,
            baselineRewardShare: 1,
            setupCost: 1_500_000,
            monthlyFixedCost: 250_000,
            monthlyCostPerMember: 12,
            horizonMonths: 24,
          },
          scenarios: null,
          conclusions: { decision: 'stop', notes: 'Из старой копии', nextSteps: '' },
        },
        startedFrom: 'demo',
        currentStep: 'conclusions',
        completedSteps: ['discount', 'economics'],
        drafts: {},
        updatedAt: '2026-09-01T09:59:00.000Z',
      },
    },
  },
};

describe('backup: an alumnus carries the work to another browser', () => {
  let app: App | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  it('downloads a backup, loses the storage, and restores every value after seeing what will be replaced', async () => {
    app = await openApp({ locale: 'ru-RU' });
    const { page } = app;
    await app.goto('#/ex/program-roi/discount');
    await page.getByLabel('Валовая маржа', { exact: true }).fill('42');
    await page.getByRole('button', { name: 'Далее →' }).click();
    await page.getByLabel('Участники программы', { exact: true }).fill('7 500');
    await expectField(page, 'Участники программы', '7 500');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Скачать копию' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^loyalty-workbook-backup-\d{4}-\d{2}-\d{2}\.json$/);
    const backupText = (await downloadedBytes(download)).toString('utf8');
    const backup = JSON.parse(backupText) as { format: string; workbook: { exercises: Record<string, { state: { discount: { margin: number }; program: { members: number } } }> } };
    expect(backup.format).toBe('loyalty-workbook-backup');
    expect(backup.workbook.exercises['program-roi']?.state.discount.margin).toBeCloseTo(0.42, 12);
    expect(backup.workbook.exercises['program-roi']?.state.program.members).toBe(7500);

    // Another computer, or the site data cleared: the exercise opens with its demo values.
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await expectField(page, 'Участники программы', '20 000');
    expect(await page.getByRole('button', { name: 'Начать с чистого листа' }).isVisible()).toBe(true);

    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Восстановить из файла' }).click()]);
    await chooser.setFiles({ name: 'my-workbook.json', mimeType: 'application/json', buffer: Buffer.from(backupText) });
    const dialog = page.getByRole('dialog', { name: 'Восстановить из резервной копии?' });
    await dialog.waitFor();
    const dialogText = plain(await dialog.textContent());
    expect(dialogText).toContain('Файл «my-workbook.json»');
    expect(dialogText).toContain('Будет заменено всё, что сейчас сохранено в этом браузере');
    // Here only the demo was opened (untouched: nothing done); in the file the discount and the economics are filled in.
    const row = dialog.getByRole('row', { name: new RegExp(ROI_TITLE.replace(/[()]/g, '\\$&')) });
    const cells = (await row.getByRole('cell').allTextContents()).map(plain);
    expect(cells[0]).toMatch(/^0 шагов выполнено, \d{2}\.\d{2}\.\d{4}$/);
    expect(cells[1]).toMatch(/^2 шага выполнено, \d{2}\.\d{2}\.\d{4}$/);
    // Not yet: the values come back only after the user agrees.
    await expectField(page, 'Участники программы', '20 000');

    await dialog.getByRole('button', { name: 'Заменить и восстановить' }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Резервная копия восстановлена.' }).count(), EVENTUALLY).toBe(1);
    await expectField(page, 'Участники программы', '7 500');
    await page.getByRole('link', { name: /Безубыточность скидки/ }).click();
    await expectField(page, 'Валовая маржа', '42');

    // And the restored work is stored, not only shown.
    await page.reload();
    await expectField(page, 'Валовая маржа', '42');
    expectNoTrouble(app);
  });

  it('migrates a backup written by an older version of the workbook (schema 1, before imported datasets)', async () => {
    app = await openApp({ locale: 'ru-RU' });
    const { page } = app;
    await app.goto('#/ex/program-roi/discount');
    await expectField(page, 'Валовая маржа', '30');

    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Восстановить из файла' }).click()]);
    await chooser.setFiles({ name: 'old-backup.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(SCHEMA_1_BACKUP)) });
    const dialog = page.getByRole('dialog', { name: 'Восстановить из резервной копии?' });
    await dialog.waitFor();
    expect(plain(await dialog.textContent())).toMatch(/более ранней версией тетради \(схема 1\) и будет обновлён до текущей \([2-9]\d*\)/);
    await dialog.getByRole('button', { name: 'Заменить и восстановить' }).click();
    await expect.poll(() => dialog.count()).toBe(0);

    await expectField(page, 'Валовая маржа', '35');
    // The exercise opens where the old backup left it.
    await app.goto('#/ex/program-roi');
    await expect.poll(() => page.getByRole('radio', { name: 'Не запускать' }).isChecked(), EVENTUALLY).toBe(true);
    await expectField(page, 'Заметки и обоснование', 'Из старой копии');
    await page.getByRole('link', { name: /Экономика программы/ }).click();
    await expectField(page, 'Участники программы', '12 345');
    await page.getByRole('link', { name: 'Все упражнения' }).click();
    const progress = page.getByRole('progressbar', { name: `Прогресс упражнения «${ROI_TITLE}»` });
    // Work done in the old file, not its clicks on "Next": the discount and the economics filled in, a decision taken.
    await expect.poll(() => progress.getAttribute('value'), EVENTUALLY).toBe('3');
    expectNoTrouble(app);
  });

  it('cancelling a restore changes nothing', async () => {
    app = await openApp({ locale: 'ru-RU' });
    const { page } = app;
    await app.goto('#/ex/program-roi/discount');
    await page.getByLabel('Валовая маржа', { exact: true }).fill('42');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Скачать копию' }).click()]);
    const backupText = (await downloadedBytes(download)).toString('utf8');
    await page.getByLabel('Валовая маржа', { exact: true }).fill('35');

    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Восстановить из файла' }).click()]);
    await chooser.setFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(backupText) });
    const dialog = page.getByRole('dialog', { name: 'Восстановить из резервной копии?' });
    await dialog.getByRole('button', { name: 'Отмена' }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    await expectField(page, 'Валовая маржа', '35');
    expectNoTrouble(app);
  });

  it('refuses a file that is not a backup, and says why', async () => {
    app = await openApp({ locale: 'ru-RU' });
    const { page } = app;
    await app.goto('#/ex/program-roi/discount');
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Восстановить из файла' }).click()]);
    await chooser.setFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"hello": "world"}') });
    await expect.poll(() => page.getByRole('alert').filter({ hasText: 'Это не резервная копия тетради лояльности.' }).count(), EVENTUALLY).toBe(1);
    expect(await page.getByRole('dialog').count()).toBe(0);
    await expectField(page, 'Валовая маржа', '30');
    expectNoTrouble(app);
  });

  it('says so when the browser refuses to save, and keeps what was typed on screen', async () => {
    app = await openApp({ locale: 'ru-RU' });
    const { page } = app;
    // A full disk, simulated: once `refuseWrites` is set, every localStorage write fails as a full quota does.
    await page.addInitScript(() => {
      const original = Storage.prototype.setItem;
      Storage.prototype.setItem = function setItem(this: Storage, key: string, value: string) {
        if ((window as unknown as { refuseWrites?: boolean }).refuseWrites) throw new DOMException('full', 'QuotaExceededError');
        original.call(this, key, value);
      };
    });
    await app.goto('#/ex/program-roi/discount');
    await expectField(page, 'Валовая маржа', '30');
    await page.evaluate(() => {
      (window as unknown as { refuseWrites: boolean }).refuseWrites = true;
    });

    await page.getByLabel('Валовая маржа', { exact: true }).fill('40');
    const warning = page.getByText('Браузер не даёт сохранить изменения', { exact: false });
    await expect.poll(() => warning.isVisible(), EVENTUALLY).toBe(true);
    expect(plain(await page.getByLabel('Валовая маржа', { exact: true }).inputValue())).toBe('40');
    await expect.poll(async () => plain(await metricValue(page, 'Нужный прирост объёма').textContent())).toBe('+33,3 %');
    // The way out the message offers: the backup holds the unsaved value.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Скачать копию' }).click()]);
    const backup = JSON.parse((await downloadedBytes(download)).toString('utf8')) as { workbook: { exercises: Record<string, { state: { discount: { margin: number } } }> } };
    expect(backup.workbook.exercises['program-roi']?.state.discount.margin).toBeCloseTo(0.4, 12);

    // Storage works again: the next change is saved and the warning goes.
    await page.evaluate(() => {
      (window as unknown as { refuseWrites: boolean }).refuseWrites = false;
    });
    await page.getByLabel('Скидка', { exact: true }).fill('12');
    await expect.poll(() => warning.count(), EVENTUALLY).toBe(0);
    await page.reload();
    await expectField(page, 'Валовая маржа', '40');
    await expectField(page, 'Скидка', '12');
    expectNoTrouble(app);
  });

  it('keeps an unreadable stored value aside for download instead of blanking the app', async () => {
    const corrupted = '{not json';
    app = await openApp({ locale: 'ru-RU', storage: { [STORAGE_KEY]: corrupted } });
    const { page } = app;
    await app.goto('#/');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent(), EVENTUALLY).toBe('Упражнения семинара');
    expect(await page.getByRole('link', { name: ROI_TITLE, exact: true }).isVisible()).toBe(true);
    const warning = page.getByText('Сохранённые данные (вся тетрадь) не удалось прочитать', { exact: false });
    expect(await warning.isVisible()).toBe(true);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Скачать', exact: true }).click()]);
    expect(download.suggestedFilename()).toMatch(/^loyalty-workbook-kept-aside-.*\.json$/);
    expect((await downloadedBytes(download)).toString('utf8')).toBe(corrupted);

    // The app works on a fresh state, and the warning survives a reload until the user dismisses it.
    await page.getByRole('link', { name: ROI_TITLE, exact: true }).click();
    await expectField(page, 'Валовая маржа', '30');
    await page.reload();
    await expect.poll(() => warning.isVisible(), EVENTUALLY).toBe(true);
    await page.getByRole('button', { name: 'Удалить отложенную копию' }).click();
    await expect.poll(() => warning.count()).toBe(0);
    // The bad value is gone from the main key: the app wrote its fresh state over it only after keeping it aside.
    expect(await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)).not.toBe(corrupted);
    expectNoTrouble(app);
  });
});
