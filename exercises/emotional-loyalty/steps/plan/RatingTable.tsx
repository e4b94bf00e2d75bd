import { useMessages } from '../../../../src/i18n/useI18n';
import { ScrollBox } from '../../../../src/ui/ScrollBox';
import { planMessages } from '../../messages/plan';
import { rateIdea } from '../../model/rating';
import type { EmotionalState, Idea } from '../../state';
import { useEmotionalNames } from '../shared/useNames';

const MARKS = [1, 2, 3, 4, 5] as const;

interface RatingTableProps {
  state: EmotionalState;
  onRate: (ideaId: string, patch: Partial<Pick<Idea, 'cost' | 'effect'>>) => void;
  onChoose: (ideaId: string, chosen: boolean) => void;
}

/** The ideas of each touchpoint, in the journey's order, with both marks, their field of the matrix and the choice. */
export function RatingTable({ state, onRate, onChoose }: RatingTableProps) {
  const t = useMessages(planMessages);
  const names = useEmotionalNames();
  const groups = ideaGroups(state);
  return (
    <ScrollBox label={t('rating.title')}>
      <table className="el-plan-rating table-cards">
        <thead>
          <tr>
            <th scope="col">{t('rating.idea')}</th>
            <th scope="col">{t('rating.cost')}</th>
            <th scope="col">{t('rating.effect')}</th>
            <th scope="col">{t('rating.quadrant')}</th>
            <th scope="col">{t('rating.choose')}</th>
          </tr>
        </thead>
        {groups.map((group) => (
          <tbody key={group.key}>
            <tr className="el-plan-rating__group">
              <th scope="colgroup" colSpan={5}>
                {group.touchpoint ? names.touchpoint(group.touchpoint, group.index) : t('budget.lostTouchpoint')}
              </th>
            </tr>
            {group.ideas.map((idea) => {
              const title = names.ideaTitle(idea);
              const rated = rateIdea(idea);
              return (
                <tr key={idea.id}>
                  <th scope="row" className="el-plan-rating__idea">
                    {title}
                  </th>
                  <td data-label={t('rating.cost')}>
                    <MarkSelect label={t('rating.costFor', { idea: title })} value={idea.cost} option={(mark) => t(`cost.${mark}`)} onChange={(cost) => onRate(idea.id, { cost })} />
                  </td>
                  <td data-label={t('rating.effect')}>
                    <MarkSelect label={t('rating.effectFor', { idea: title })} value={idea.effect} option={(mark) => t(`effect.${mark}`)} onChange={(effect) => onRate(idea.id, { effect })} />
                  </td>
                  <td data-label={t('rating.quadrant')} className={rated ? `el-plan-quadrant el-plan-quadrant--${rated.quadrant}` : undefined}>
                    {rated ? t(`quadrant.${rated.quadrant}`) : '—'}
                    {rated?.quadrant === 'quickWin' && !idea.chosen ? <span className="el-plan-rating__suggested no-print"> · {t('rating.suggested')}</span> : null}
                  </td>
                  <td className="el-plan-rating__choice">
                    <label className="el-plan-rating__choose">
                      <input type="checkbox" checked={idea.chosen} aria-label={t('rating.chooseFor', { idea: title })} onChange={(event) => onChoose(idea.id, event.target.checked)} />
                      <span aria-hidden="true">{t('rating.choose')}</span>
                    </label>
                  </td>
                </tr>
              );
            })}
          </tbody>
        ))}
      </table>
    </ScrollBox>
  );
}

function MarkSelect({ label, value, option, onChange }: { label: string; value: number | null; option: (mark: (typeof MARKS)[number]) => string; onChange: (mark: number | null) => void }) {
  const t = useMessages(planMessages);
  return (
    <select className="el-plan-mark" aria-label={label} value={value === null ? '' : String(value)} onChange={(event) => onChange(event.target.value === '' ? null : Number(event.target.value))}>
      <option value="">{t('rating.notRated')}</option>
      {MARKS.map((mark) => (
        <option key={mark} value={mark}>
          {option(mark)}
        </option>
      ))}
    </select>
  );
}

interface IdeaGroup {
  key: string;
  touchpoint: EmotionalState['touchpoints'][number] | null;
  index: number;
  ideas: Idea[];
}

/** Ideas under their touchpoints in the journey's order; ideas of a touchpoint no longer in the journey last, so none is hidden. */
export function ideaGroups(state: Pick<EmotionalState, 'touchpoints' | 'ideas'>): IdeaGroup[] {
  const groups: IdeaGroup[] = state.touchpoints.map((touchpoint, index) => ({ key: touchpoint.id, touchpoint, index, ideas: state.ideas.filter((idea) => idea.touchpointId === touchpoint.id) }));
  const known = new Set(state.touchpoints.map((touchpoint) => touchpoint.id));
  const orphans = state.ideas.filter((idea) => !known.has(idea.touchpointId));
  if (orphans.length > 0) groups.push({ key: '\u0000orphans', touchpoint: null, index: groups.length, ideas: orphans });
  return groups.filter((group) => group.ideas.length > 0);
}
