import { blankEmotionalState } from '../../../exercises/emotional-loyalty/demo';
import { emptyAction, type Action, type EmotionalState, type Idea } from '../../../exercises/emotional-loyalty/state';

/**
 * States for the plan and follow-up tests, built by hand: the idea library and the demo are another part's, so
 * every touchpoint and idea here is the participant's own (libraryId null, own titles).
 */
export function ownIdea(id: string, title: string, cost: number | null, effect: number | null, extra: Partial<Idea> = {}): Idea {
  return { id, touchpointId: 'tp-hall', libraryId: null, title, description: null, cost, effect, chosen: false, ...extra };
}

export function action(patch: Partial<Action> = {}): Action {
  return { ...emptyAction(), ...patch };
}

/**
 * A café's plan: two touchpoints, five rated ideas and one not rated yet.
 *   Birthday cake      cost 1, effect 5 → quick win, score 4; chosen, 15.03.2026, owner Anna, 3 000
 *   Tasting evening    cost 2, effect 4 → quick win, score 2; chosen, 20.03.2026, no owner, 5 000
 *   Children's party   cost 5, effect 5 → big bet, score 0;   chosen, no date, owner Oleg, 20 000
 *   Handwritten thanks cost 1, effect 3 → fill-in, score 2;   not chosen, but an action typed for it (kept)
 *   Loud promo         cost 4, effect 2 → money pit, score −2
 *   Unrated idea       —
 */
export function cafePlan(): EmotionalState {
  return {
    ...blankEmotionalState(),
    touchpoints: [
      { id: 'tp-hall', libraryId: null, name: 'Зал кафе', stage: 'regular', emotion: 'joy', note: '' },
      { id: 'tp-web', libraryId: null, name: 'Сайт', stage: 'prospect', emotion: 'curiosity', note: '' },
    ],
    ideas: [
      ownIdea('i-cake', 'Торт ко дню рождения', 1, 5, { chosen: true }),
      ownIdea('i-tasting', 'Вечер дегустаций', 2, 4, { chosen: true, touchpointId: 'tp-web' }),
      ownIdea('i-party', 'Детский праздник', 5, 5, { chosen: true }),
      ownIdea('i-thanks', 'Записка от руки', 1, 3),
      ownIdea('i-promo', 'Громкая акция', 4, 2),
      ownIdea('i-unrated', 'Идея без оценки', null, null),
    ],
    actions: {
      'i-cake': action({ date: '2026-03-15', owner: 'Анна', budget: 3000, evidence: 'Отзывы гостей' }),
      'i-tasting': action({ date: '2026-03-20', budget: 5000 }),
      'i-party': action({ owner: 'Олег', budget: 20000 }),
      'i-thanks': action({ owner: 'Бариста', evidence: 'Улыбки' }),
    },
    occasions: [
      { id: 'o-coffee', date: '2026-10-01', libraryId: null, name: 'День кофе' },
      { id: 'o-ny', date: '2026-12-25', libraryId: null, name: 'Новогодняя неделя' },
      { id: 'o-old', date: '2025-06-01', libraryId: null, name: 'День защиты детей' },
    ],
  };
}
