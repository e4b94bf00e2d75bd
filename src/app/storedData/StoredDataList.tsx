import { useEffect, useState } from 'react';
import { exercises } from '../../../exercises';
import { useFormat, useLocale, useMessages, useText } from '../../i18n/useI18n';
import { removeStoredDataset } from '../../store/removeDataset';
import { listDatasets, subscribeToDatasetChanges, type DatasetStoreError, type StoredDatasetInfo } from '../../store/datasets';
import { downloadCsvFile } from '../../data/exportWorkbook';
import { runAnalysisOnce } from '../../workbook/analysis/runAnalysis';
import { storedCsv } from './storedCsv';
import { useWorkbookStore } from '../../store/workbookStore';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { Callout } from '../../ui/Callout';
import { importMessages } from '../../ui/import/messages';
import { myDataMessages } from '../../ui/import/myDataMessages';
import { fileSizeText, storeErrorText } from '../../ui/import/wording';
import { routeHref } from '../../workbook/route';
import { storedFiles, type StoredFile } from './datasetUsage';
import { ScrollBox } from '../../ui/ScrollBox';
import { Pending } from '../../ui/Pending';

type Stored = { status: 'loading' } | { status: 'ready'; byKey: Map<string, StoredDatasetInfo> } | { status: 'error'; error: DatasetStoreError };

const keyOf = (owner: string, id: string) => `${owner}\u0000${id}`;

/** What IndexedDB holds, re-read whenever a dataset is saved or removed anywhere on the page. */
function useStoredInfo(): Stored {
  const [stored, setStored] = useState<Stored>({ status: 'loading' });
  const [revision, setRevision] = useState(0);
  useEffect(() => subscribeToDatasetChanges(() => setRevision((n) => n + 1)), []);
  useEffect(() => {
    let current = true;
    void listDatasets().then((result) => {
      if (!current) return;
      setStored(result.ok ? { status: 'ready', byKey: new Map(result.value.map((info) => [keyOf(info.exerciseId, info.specId), info])) } : { status: 'error', error: result.error });
    });
    return () => {
      current = false;
    };
  }, [revision]);
  return stored;
}

/**
 * "My data" on the home page: every file the participant imported, what it holds, which exercises read it,
 * its rows and size, with remove. A shared file (sales) appears once, with every exercise that uses it.
 */
export default function StoredDataList() {
  const t = useMessages(myDataMessages);
  const ti = useMessages(importMessages);
  const text = useText();
  const format = useFormat();
  const exercisesState = useWorkbookStore((store) => store.exercises);
  const myData = useWorkbookStore((store) => store.myData);
  const stored = useStoredInfo();
  const [removing, setRemoving] = useState<StoredFile | null>(null);
  const [notice, setNotice] = useState('');
  const [failure, setFailure] = useState<string | null>(null);

  const files = storedFiles({ exercises: exercisesState, myData }, exercises);
  const usedInText = (file: StoredFile) => (file.usedIn.length === 0 ? t('myData.notUsed') : file.usedIn.map((exercise) => text(exercise.title)).join(', '));

  const locale = useLocale();
  /** The rows as the workbook read them (typed, cleaned), for the trainer or another program, read and written off the page. */
  const downloadCsv = async (file: StoredFile) => {
    setFailure(null);
    const columns = file.spec?.columns.map((column) => ({ key: column.key, title: text(column.label), required: column.required ?? false })) ?? null;
    // A Russian Excel opens ';' with decimal commas as columns; other locales expect ',' and points.
    const options = { separator: locale === 'ru' ? ';' : ',', decimalComma: locale === 'ru' } as const;
    try {
      const written = await runAnalysisOnce(storedCsv, { owner: file.location.owner, id: file.location.id, columns, options });
      if (!written.ok) {
        setFailure(storeErrorText(ti, written.error, file.summary.fileName));
        return;
      }
      downloadCsvFile(file.summary.fileName.replace(/\.[^.]+$/, ''), written.file);
    } catch (error) {
      setFailure(t('myData.csvFailed', { name: file.summary.fileName, reason: error instanceof Error ? error.message : String(error) }));
    }
  };

  const remove = async (file: StoredFile) => {
    setRemoving(null);
    setFailure(null);
    const deleted = await removeStoredDataset(file.location);
    if (!deleted.ok) {
      setFailure(storeErrorText(ti, deleted.error, file.summary.fileName));
      return;
    }
    setNotice(t('myData.removed', { name: file.summary.fileName }));
  };

  return (
    <section className="home__my-data" aria-labelledby="my-data-title">
      <h2 id="my-data-title">{t('myData.title')}</h2>
      <p>{t('myData.intro')}</p>
      <p role="status" className="my-data__status">
        {notice}
      </p>
      {failure ? (
        <Callout tone="warning">
          <p>{failure}</p>
        </Callout>
      ) : null}
      {files.length === 0 ? (
        <p className="explain">{t('myData.empty')}</p>
      ) : (
        <ScrollBox label={t('myData.caption')}>
          <table className="my-data__table table-cards">
            <caption className="visually-hidden">{t('myData.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('myData.column.file')}</th>
                <th scope="col">{t('myData.column.what')}</th>
                <th scope="col">{t('myData.column.usedIn')}</th>
                <th scope="col" className="number">
                  {t('myData.column.rows')}
                </th>
                <th scope="col" className="number">
                  {t('myData.column.size')}
                </th>
                <th scope="col">{t('myData.column.imported')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('myData.column.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {files.map((file) => {
                const info = stored.status === 'ready' ? stored.byKey.get(keyOf(file.location.owner, file.location.id)) : undefined;
                const missing = stored.status === 'ready' && info === undefined;
                return (
                  <tr key={keyOf(file.location.owner, file.location.id)}>
                    <th scope="row" className="my-data__file">
                      {file.summary.fileName}
                    </th>
                    <td data-label={t('myData.column.what')}>
                      {file.spec ? text(file.spec.title) : file.location.id}
                      {file.shared ? <span className="my-data__shared"> ({t('myData.shared')})</span> : null}
                    </td>
                    <td data-label={t('myData.column.usedIn')}>
                      {file.usedIn.length === 0
                        ? t('myData.notUsed')
                        : file.usedIn.map((exercise, index) => (
                            <span key={exercise.id}>
                              {index > 0 ? ', ' : null}
                              <a href={routeHref({ page: 'exercise', exerciseId: exercise.id, stepId: null })}>{text(exercise.title)}</a>
                            </span>
                          ))}
                    </td>
                    <td className="number" data-label={t('myData.column.rows')}>{missing ? t('myData.rowsMissing') : format.integer(file.summary.rowsImported)}</td>
                    <td className="number" data-label={t('myData.column.size')}>{info?.bytes === undefined ? t('myData.sizeUnknown') : fileSizeText(ti, info.bytes)}</td>
                    <td data-label={t('myData.column.imported')}>{format.date(file.summary.importedAt)}</td>
                    <td className="my-data__actions">
                      <div className="my-data__buttons">
                        <button type="button" className="button" aria-label={t('myData.csvLabel', { name: file.summary.fileName })} disabled={missing} onClick={() => void downloadCsv(file)}>
                          {t('myData.csv')}
                        </button>
                        <button type="button" className="button" aria-label={t('myData.removeLabel', { name: file.summary.fileName })} onClick={() => setRemoving(file)}>
                          {t('myData.remove')}
                        </button>
                      </div>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </ScrollBox>
      )}
      {stored.status === 'loading' && files.length > 0 ? <Pending className="explain">{t('myData.loading')}</Pending> : null}
      {stored.status === 'error' ? (
        <Callout tone="warning">
          <p>{storeErrorText(ti, stored.error)}</p>
        </Callout>
      ) : null}
      <ConfirmDialog
        open={removing !== null}
        title={t('myData.removeTitle', { name: removing?.summary.fileName ?? '' })}
        confirmLabel={t('myData.removeConfirm')}
        tone="danger"
        onConfirm={() => removing && void remove(removing)}
        onCancel={() => setRemoving(null)}
      >
        <p>{removing ? t('myData.removeText', { usedIn: usedInText(removing) }) : null}</p>
      </ConfirmDialog>
    </section>
  );
}
