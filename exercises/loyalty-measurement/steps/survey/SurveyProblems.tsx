import { Callout } from '../../../../src/ui/Callout';
import { useLocale, useMessages } from '../../../../src/i18n/useI18n';
import type { DatasetSummary } from '../../../../src/workbook/exerciseData';
import { surveyMessages, type SurveyMessageKey } from '../../messages/survey';
import { SCALES, type SurveyProblem } from '../../model/survey';
import { surveySpecFor } from '../../inputs';
import type { SurveyFile } from '../../state';

const COLUMN_KEYS: Record<SurveyProblem['column'], SurveyMessageKey> = {
  nps: 'survey.column.nps',
  csat: 'survey.column.csat',
  ces: 'survey.column.ces',
  attitude: 'survey.column.attitude',
  respondent: 'survey.column.respondent',
  customer: 'survey.column.customer',
};

/** Cells the import itself left out (text in the NPS column, a score off its scale), counted in each file's summary. */
function droppedAtImport(files: readonly SurveyFile[], summaries: Readonly<Record<string, DatasetSummary>>) {
  return files.flatMap((file) =>
    (summaries[file.id]?.problemCounts ?? [])
      .filter((entry) => entry.code === 'notNumber' || entry.code === 'outOfRange')
      .map((entry) => ({ file: file.fileName, column: entry.column, count: entry.count })),
  );
}

/** What the checks found, in words: each kind with its count, the first examples and the files it came from. */
export function SurveyProblems({ problems, files, summaries }: { problems: readonly SurveyProblem[]; files: readonly SurveyFile[]; summaries: Readonly<Record<string, DatasetSummary>> }) {
  const t = useMessages(surveyMessages);
  const locale = useLocale();
  const columns = surveySpecFor('labels').columns;
  const columnName = (key: string) => columns.find((column) => column.key === key)?.label[locale] ?? key;
  const atImport = droppedAtImport(files, summaries);
  if (problems.length === 0 && atImport.length === 0) return <p className="finding">{t('survey.problems.none')}</p>;
  return (
    <Callout tone="danger" title={t('survey.problems.title')}>
      <ul className="lm-survey-problems">
        {problems.map((problem) => {
          const scale = problem.column === 'respondent' || problem.column === 'customer' ? null : SCALES[problem.column];
          const text = t(`survey.problem.${problem.code}`, {
            column: t(COLUMN_KEYS[problem.column]),
            count: problem.count,
            examples: problem.examples.join(', '),
            min: scale?.min ?? 0,
            max: scale?.max ?? 0,
          });
          const where = problem.files.length > 0 ? ` ${t('survey.problem.files', { files: problem.files.join(', ') })}` : '';
          return <li key={`${problem.code}-${problem.column}`}>{text + where}</li>;
        })}
        {atImport.map((entry) => (
          <li key={`${entry.file}-${entry.column}`}>{t('survey.problem.atImport', { file: entry.file, column: columnName(entry.column), count: entry.count })}</li>
        ))}
      </ul>
    </Callout>
  );
}
