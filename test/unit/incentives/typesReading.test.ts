import { describe, expect, it } from 'vitest';
import { fitByType, fitLevels, typeFit, type Business } from '../../../exercises/incentives/model/fit';
import { rankProgramTypes, shortList } from '../../../exercises/incentives/model/ranking';
import { emptyScores, type IncentivesState } from '../../../exercises/incentives/state';
import { demoIncentivesState } from '../../../exercises/incentives/demo';
import { fitReasonText, typesReading } from '../../../exercises/incentives/steps/types/typesReading';
import type { Locale } from '../../../src/i18n/locale';

function read(state: Pick<IncentivesState, 'market' | 'stage' | 'loyaltyTypes' | 'scores'>, locale: Locale) {
  const ranked = rankProgramTypes(state.scores, fitLevels(state));
  return typesReading({ business: state, ranked, shortList: shortList(ranked), fit: fitByType(state) }, locale).sentences;
}

describe('the reading of step 1', () => {
  it('asks for scores when none is given', () => {
    expect(read({ market: null, stage: null, loyaltyTypes: [], scores: emptyScores() }, 'ru')).toEqual([
      'Вы ещё не оценили ни одного типа. Выберите рынок, стадию и типы лояльности клиентов, затем оцените каждый тип по трём вопросам — здесь появится короткий список.',
    ]);
  });

  it('names the short list, warns of a short-listed type that fits poorly, and says what is left to score', () => {
    const scores = { ...emptyScores(), gamification: { customerValue: 5, affordability: 4, simplicity: 4, note: '' } };
    // Gamification for B2B in decline: B2B poor, decline poor → poor fit, yet 13 of 15.
    const sentences = read({ market: 'b2b', stage: 'decline', loyaltyTypes: [], scores }, 'ru');
    expect(sentences).toEqual([
      'В коротком списке один тип: Игровые механики (13 из 15).',
      'С этих типов стоит собирать механику программы на шаге «Механика и скидки»; остальные — запасные идеи.',
      'В списке Игровые механики, хотя этот тип плохо подходит вашему бизнесу (B2B: продажи компаниям и Спад) — проверьте оценку.',
      'Осталось оценить 8 типов: Скидка, Баллы и бонусы, Статусы (уровни), Платное членство, Кешбэк, Коалиционная программа, Подарки и Привилегии у партнёров.',
    ]);
  });

  it('writes Chinese with Chinese punctuation', () => {
    const [first] = read(demoIncentivesState('zh'), 'zh');
    expect(first).toBe('候选清单：积分与奖励（12/15）、会员等级（11/15）和游戏化（11/15）。');
    const business: Business = { market: 'b2c', stage: null, loyaltyTypes: [] };
    const [reason] = typeFit('points', business).reasons;
    expect(fitReasonText(reason!, 'zh')).toBe('B2C：面向个人消费者——适合：零售的经典做法：频繁购买累积成看得见的余额。');
    expect(fitReasonText(reason!, 'en')).toBe('B2C: selling to consumers — good fit: Retail’s classic: frequent purchases add up to a balance people notice.');
  });
});
