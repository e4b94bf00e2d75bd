import { useState } from 'react';
import { useLocale, useMessages } from '../../i18n/useI18n';
import { downloadTemplate } from '../../data/import/template';
import type { DatasetSpec } from '../../data/spec';
import { importMessages } from './messages';
import { templateWording } from './templateWording';

/**
 * A blank template for a dataset spec, downloaded in the user's language. Exercises offer templates on
 * their own steps (a questionnaire's response file); the file writing stays in src/data, behind this door.
 */
export function useTemplateDownload(): {
  download: (spec: DatasetSpec, fileName: string) => Promise<void>;
  /** Why the last download failed (the browser refused the file, SheetJS failed to load), or null. */
  failure: string | null;
} {
  const t = useMessages(importMessages);
  const locale = useLocale();
  const [failure, setFailure] = useState<string | null>(null);
  const download = async (spec: DatasetSpec, fileName: string) => {
    setFailure(null);
    try {
      await downloadTemplate(fileName, spec, locale, templateWording(t));
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
    }
  };
  return { download, failure };
}
