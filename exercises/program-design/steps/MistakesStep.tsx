import './mistakes/mistakes.css';
import { useMemo } from 'react';
import type { StepProps } from '../../../src/workbook/contract';
import { useFormat, useMessages } from '../../../src/i18n/useI18n';
import { Reading } from '../../../src/ui/Reading';
import { MISTAKES, type ProgramDesignState } from '../state';
import { suggestMistakeAnswers, tallyChecklist } from '../content/mistakes';
import { mistakesMessages } from '../messages/mistakes';
import { namesMessages } from '../messages/names';
import { MistakeItem } from './mistakes/MistakeItem';
import { marksAgainstSuggestions, mistakesReading } from './mistakes/wording';
import { withMistake } from './mistakes/update';

/**
 * Step 3: the classic mistakes of loyalty programs, each answered by the design or flagged as a risk that remains,
 * with a note; where the design already shows the answer (a reward above the margin, rewards on every usual
 * purchase…), the suggestion and its reason stand beside the participant's mark.
 */
export default function MistakesStep({ state, update }: StepProps<ProgramDesignState>) {
  const t = useMessages(mistakesMessages);
  const names = useMessages(namesMessages);
  const format = useFormat();
  const suggestions = useMemo(() => suggestMistakeAnswers(state), [state]);
  const reading = mistakesReading(tallyChecklist(state.mistakes), marksAgainstSuggestions(state.mistakes, suggestions), t, names, format);
  return (
    <>
      <Reading reading={reading} />
      <p className="explain">{t('mistakes.intro')}</p>
      <section className="step-section" aria-labelledby="pd-mistakes-title">
        <h3 id="pd-mistakes-title">{t('mistakes.listTitle')}</h3>
        <ol className="pd-mistakes">
          {MISTAKES.map((mistake) => (
            <MistakeItem
              key={mistake}
              mistake={mistake}
              answer={state.mistakes[mistake]}
              suggestion={suggestions[mistake]}
              onChange={(patch) => update((current) => withMistake(current, mistake, patch))}
            />
          ))}
        </ol>
      </section>
    </>
  );
}
