import { useId, useState } from 'react';
import type { CellValue } from '../data/sheet';
import { calendarDayIso } from '../i18n/format';
import { useFormat, useLocale } from '../i18n/useI18n';
import { downloadRowsCsv, downloadSheetsXlsx } from '../workbook/tableDownload';
import { Callout } from './Callout';
import './tableDownloads.css';

/** The rows to write, or why there are none (in the user's language). */
export type DownloadRows = { ok: true; rows: CellValue[][] } | { ok: false; problem: string };

interface Props {
  texts: { title: string; explain: string; xlsx: string; csv: string; working: string; sheet: string };
  /** The file's name before today's date ("Сегменты клиентов 2026-12-07"). */
  fileName: string;
  /** Computes the rows on demand (a worker over every customer): the page holds them only while it writes the file. */
  rows: () => Promise<DownloadRows>;
  /** Words for a computation or a write that threw, with its message. */
  failed: (reason: string) => string;
}

/**
 * A step's table for another program (a CRM), every row in one file: worked out when asked, then written as
 * .xlsx or as a CSV in the user's locale. Not on paper: a printout cannot download.
 */
export function TableDownloads({ texts, fileName, rows, failed }: Props) {
  const locale = useLocale();
  const format = useFormat();
  const id = useId();
  const [working, setWorking] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const download = async (kind: 'xlsx' | 'csv') => {
    setWorking(true);
    setFailure(null);
    try {
      const made = await rows();
      if (!made.ok) {
        setFailure(made.problem);
        return;
      }
      const name = `${fileName} ${calendarDayIso(new Date())}`;
      if (kind === 'csv') await downloadRowsCsv(name, made.rows, locale);
      else await downloadSheetsXlsx(name, [{ name: texts.sheet, rows: made.rows }], { locale, currency: format.currency });
    } catch (error) {
      setFailure(failed(error instanceof Error ? error.message : String(error)));
    } finally {
      setWorking(false);
    }
  };

  return (
    <section className="step-section no-print" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{texts.title}</h3>
      <p className="explain">{texts.explain}</p>
      <div className="table-downloads__buttons">
        <button type="button" className="button button--primary" disabled={working} onClick={() => void download('xlsx')}>
          {texts.xlsx}
        </button>
        <button type="button" className="button" disabled={working} onClick={() => void download('csv')}>
          {texts.csv}
        </button>
        {working ? <span role="status">{texts.working}</span> : null}
      </div>
      {failure ? (
        <Callout tone="warning">
          <p>{failure}</p>
        </Callout>
      ) : null}
    </section>
  );
}
