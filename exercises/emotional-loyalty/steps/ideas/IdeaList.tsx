import { pickText } from '../../../../src/i18n/translate';
import { useLocale, useMessages } from '../../../../src/i18n/useI18n';
import { IDEA_LIBRARY } from '../../content/library';
import { ideasMessages } from '../../messages/ideas';
import { editIdea } from '../../model/ideas';
import type { EmotionalState, Idea } from '../../state';
import type { StepProps } from '../../../../src/workbook/contract';
import { useEmotionalNames } from '../shared/useNames';

type Props = Pick<StepProps<EmotionalState>, 'update'> & {
  ideas: readonly Idea[];
  onRemove: (idea: Idea) => void;
};

/**
 * A touchpoint's ideas, each editable on every keystroke. A library idea's field shows the library's text in the
 * page's language until the participant types over it; only the text typed is stored (the other stays the library's).
 */
export function IdeaList({ ideas, update, onRemove }: Props) {
  const t = useMessages(ideasMessages);
  const names = useEmotionalNames();
  const locale = useLocale();
  return (
    <ol className="el-ideas">
      {ideas.map((idea, index) => {
        const library = idea.libraryId === null ? undefined : IDEA_LIBRARY.find((entry) => entry.id === idea.libraryId);
        const title = idea.title ?? (library ? pickText(library.title, locale) : '');
        const description = idea.description ?? (library ? pickText(library.description, locale) : '');
        const edited = library !== undefined && (idea.title !== null || idea.description !== null);
        const n = index + 1;
        return (
          <li key={idea.id} className="el-idea">
            <div className="el-idea__fields">
              <label className="field">
                <span className="field__label">{t('ideas.title', { n })}</span>
                <input type="text" value={title} maxLength={200} data-idea-title={idea.id} onChange={(event) => update((current) => editIdea(current, idea.id, { title: event.target.value }))} />
              </label>
              <label className="field">
                <span className="field__label">{t('ideas.description', { n })}</span>
                <textarea rows={3} value={description} maxLength={2000} onChange={(event) => update((current) => editIdea(current, idea.id, { description: event.target.value }))} />
                {/* Paper gets the description whole, as text. */}
                <span className="print-only el-print-text">{description}</span>
              </label>
              <p className="note">
                {library === undefined
                  ? t('ideas.own')
                  : edited
                    ? t('ideas.edited', { title: pickText(library.title, locale) })
                    : t('ideas.fromLibrary', { cost: library.cost, effect: library.effect })}
              </p>
            </div>
            <button type="button" className="button button--quiet el-idea__remove no-print" onClick={() => onRemove(idea)} aria-label={t('ideas.remove', { title: names.ideaTitle(idea) })}>
              ✕
            </button>
          </li>
        );
      })}
    </ol>
  );
}
