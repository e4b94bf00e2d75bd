import { useState } from 'react';
import { pickText } from '../../../../src/i18n/translate';
import { useLocale, useMessages } from '../../../../src/i18n/useI18n';
import type { LibraryIdea } from '../../content/library';
import { ideasMessages } from '../../messages/ideas';
import { suggestedIdeas } from '../../model/ideas';
import type { Idea, Touchpoint } from '../../state';
import { useEmotionalNames } from '../shared/useNames';

/** How many suggestions show before "Show all": enough to choose from without burying the next touchpoint. */
const FIRST_SUGGESTIONS = 4;

interface Props {
  touchpoint: Touchpoint;
  ideas: readonly Idea[];
  onTake: (entry: LibraryIdea) => void;
}

/** The library's ideas for a touchpoint not taken for it yet, each taken with one click. */
export function Suggestions({ touchpoint, ideas, onTake }: Props) {
  const t = useMessages(ideasMessages);
  const names = useEmotionalNames();
  const locale = useLocale();
  // A touchpoint that has ideas already keeps its suggestions folded: with every card showing four, a journey of ten
  // touchpoints made a page of some ten screens. One still without ideas shows them, as that is where to start.
  const [unfolded, setUnfolded] = useState(ideas.length === 0);
  const [all, setAll] = useState(false);
  const suggested = suggestedIdeas(touchpoint);
  const byStage = touchpoint.libraryId === null || !suggested.some((entry) => entry.touchpoints.includes(touchpoint.libraryId ?? ''));
  const taken = new Set(ideas.map((idea) => idea.libraryId));
  const open = suggested.filter((entry) => !taken.has(entry.id));
  const shown = all ? open : open.slice(0, FIRST_SUGGESTIONS);
  return (
    <div className="el-suggestions no-print">
      <h4>{t('ideas.suggestionsTitle')}</h4>
      {byStage && open.length > 0 ? <p className="note">{t('ideas.suggestionsByStage', { stage: names.stage(touchpoint.stage) })}</p> : null}
      {open.length === 0 ? <p className="muted">{t('ideas.suggestionsDone')}</p> : null}
      {open.length > 0 && !unfolded ? (
        <button type="button" className="button button--quiet" aria-expanded={false} onClick={() => setUnfolded(true)}>
          {t('ideas.showSuggestions', { count: open.length })}
        </button>
      ) : null}
      {unfolded ? (
        <ul className="el-suggestions__list">
          {shown.map((entry) => {
            const title = pickText(entry.title, locale);
            return (
              <li key={entry.id} className="el-suggestion">
                <div>
                  <strong>{title}</strong>
                  <p className="el-suggestion__text">{pickText(entry.description, locale)}</p>
                  <p className="note">{t('ideas.suggestionGuess', { cost: entry.cost, effect: entry.effect })}</p>
                </div>
                <button type="button" className="button" onClick={() => onTake(entry)} aria-label={t('ideas.take', { title })}>
                  {t('ideas.takeShort')}
                </button>
              </li>
            );
          })}
        </ul>
      ) : null}
      {unfolded && open.length > FIRST_SUGGESTIONS ? (
        <button type="button" className="button button--quiet" aria-expanded={all} onClick={() => setAll(!all)}>
          {all ? t('ideas.showFewer') : t('ideas.showAll', { count: open.length })}
        </button>
      ) : null}
    </div>
  );
}
