import { useMessages } from '../../../../src/i18n/useI18n';
import { Callout } from '../../../../src/ui/Callout';
import { ScrollBox } from '../../../../src/ui/ScrollBox';
import { DIMENSIONS } from '../../structure';
import type { SurveyProblems, SurveySettings } from '../../model';
import { servqualMessages } from '../../messages';
import { uiMessages } from '../messages';
import type { DroppedAtImport } from '../shared/waveFiles';

/** Beyond this many rows a category is summarised by its count; the full list is one click away. */
const LISTED = 12;

interface Props {
  problems: SurveyProblems;
  settings: SurveySettings;
  /** Responses in the wave: none is not "fine", it is nothing to check yet. */
  respondents: number;
  /** Answers outside the scale the imports left out (useWaveData): they count, though the rows no longer hold them. */
  dropped: readonly DroppedAtImport[];
}

/**
 * What is wrong with a wave's answers, by kind, each with its count and what the calculation does with it:
 * answers outside the scale and blanks are left out of means (never read as 0); a split that does not make 100
 * keeps the respondent's gaps but leaves the weighting. Responses from files that never asked for the split
 * are not faulted for it, and the note says the weighting rests on the others.
 */
export function ProblemList({ problems, settings, respondents, dropped }: Props) {
  const t = useMessages(servqualMessages);
  const ui = useMessages(uiMessages);
  const droppedTotal = dropped.reduce((sum, file) => sum + file.count, 0);
  const total = problems.outOfScale.length + problems.invalidWeights.length + problems.missingAnswers.length + droppedTotal;
  const notAsked = problems.weightsNotAsked > 0 ? <p className="field__hint">{ui('answers.weightsNotAsked', { count: problems.weightsNotAsked })}</p> : null;
  if (respondents === 0 && droppedTotal === 0) return <Callout tone="info">{ui('answers.none')}</Callout>;
  if (total === 0) {
    return (
      <Callout tone="success">
        <p>{problems.weightsNotAsked > 0 ? ui('answers.cleanWithoutWeights') : ui('answers.clean')}</p>
        {notAsked}
      </Callout>
    );
  }

  const category = (key: string, title: string, lines: string[]) =>
    lines.length === 0 ? null : (
      <details key={key} className="sq-problems__group" open={lines.length <= LISTED}>
        <summary>{title}</summary>
        <ScrollBox label={title} className="sq-problems__list">
          <ul>
            {lines.map((line, index) => (
              <li key={index}>{line}</li>
            ))}
          </ul>
        </ScrollBox>
      </details>
    );

  return (
    <Callout tone="warning" title={ui('answers.problemsTitle')}>
      <div className="sq-problems">
        {category(
          'weights',
          t('problem.summary.invalidWeights', { count: problems.invalidWeights.length }),
          problems.invalidWeights.map((row) =>
            row.reason === 'sumNot100'
              ? t('problem.weights.sumNot100', { respondent: row.respondentId, sum: row.statedSum ?? 0 })
              : t(`problem.weights.${row.reason}`, { respondent: row.respondentId }),
          ),
        )}
        {category(
          'scale',
          t('problem.summary.outOfScale', { count: problems.outOfScale.length }),
          problems.outOfScale.map((answer) =>
            t('problem.outOfScale', { respondent: answer.respondentId, part: t(`part.${answer.part}`), item: answer.item, value: answer.value, scale: settings.scale }),
          ),
        )}
        {category(
          'dropped',
          ui('answers.dropped.summary', { count: droppedTotal, scale: settings.scale }),
          dropped.map((file) => ui('answers.dropped.file', { file: file.fileName, count: file.count })),
        )}
        {category(
          'missing',
          t('problem.summary.missingAnswers', { count: problems.missingAnswers.length }),
          problems.missingAnswers.map((row) => t('problem.missingAnswers', { respondent: row.respondentId, count: row.items.length, items: row.items.join(', ') })),
        )}
      </div>
      {notAsked}
      <p className="field__hint">{ui('answers.weightsNote', { dimensions: DIMENSIONS.length })}</p>
    </Callout>
  );
}
