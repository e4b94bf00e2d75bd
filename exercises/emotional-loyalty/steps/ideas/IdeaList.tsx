import { pickText } from '../../../../src/i18n/translate';
import { useLocale, useMessages } from '../../../../src/i18n/useI18n';
import { IDEA_LIBRARY } from '../../content/library';
import { ideasMessages } from '../../messages/ideas';
import { editIdea } from '../../model/ideas';
import type { EmotionalState, Idea } from '../../state';
import type { StepProps } from '../../../../src/workbook/contract';
import { useEmotionalNames } from '../shared/useNames';
import { TextField } from '../journey/TextField';

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
              <TextField
                label={t('ideas.title', { n })}
                value={title}
                maxLength={200}
                focusKey={{ name: 'idea-title', value: idea.id }}
                onChange={(text) => update((current) => editIdea(current, idea.id, { title: text }))}
              />
              <TextField multiline label={t('ideas.description', { n })} value={description} onChange={(text) => update((current) => editIdea(current, idea.id, { description: text }))} />
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
