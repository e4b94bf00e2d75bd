import { createContext, useContext, useId } from 'react';
import { useMessages } from '../i18n/useI18n';
import { readingMessages } from './readingMessages';
import './reading.css';

/**
 * What a results step says in words, built by the exercise's pure reading function from its model: a few
 * sentences on what the figures mean and what to do next, and a caution (a small sample) where it matters,
 * here at the top rather than under the charts.
 */
export interface ReadingText {
  sentences: readonly string[];
  /** Shown inside the reading, apart from the sentences: what makes the figures unsure. */
  caution: string | null;
}

/** Sentences run on with a space, except after a full-width stop: Chinese puts none between sentences. */
export function joinSentences(sentences: readonly string[]): string {
  return sentences.reduce((text, sentence) => (text === '' ? sentence : /[。！？]$/.test(text) ? text + sentence : `${text} ${sentence}`), '');
}

/**
 * The id of the heading of the step a reading belongs to, on a page that shows several steps (the printable
 * report): each reading's region is then named with its step too, so no two regions share a name.
 */
export const ReadingStepHeading = createContext<string | null>(null);

export function Reading({ reading }: { reading: ReadingText }) {
  const t = useMessages(readingMessages);
  const id = useId();
  const stepHeading = useContext(ReadingStepHeading);
  if (reading.sentences.length === 0 && reading.caution === null) return null;
  return (
    <section className="reading" aria-labelledby={stepHeading ? `${id} ${stepHeading}` : id}>
      <h3 id={id} className="reading__title">
        {t('reading.title')}
      </h3>
      <p className="reading__text">{joinSentences(reading.sentences)}</p>
      {reading.caution ? (
        <p className="reading__caution">
          <strong>{t('reading.caution')}:</strong> {reading.caution}
        </p>
      ) : null}
    </section>
  );
}
