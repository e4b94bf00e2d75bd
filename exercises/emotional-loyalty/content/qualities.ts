import type { LibraryQuality } from './libraryTypes';

const quality = (id: string, ru: string, en: string, zh: string): LibraryQuality => ({ id, name: { ru, en, zh } });

/**
 * What the people who meet customers need for a loyalty program to work: the first eight from seed 004 (a shared
 * definition of loyalty, seeing one's own gain, belief in the company, the product and oneself, thinking in results,
 * planning, following goals through, wanting to grow, expertise), the rest from seed 003's advice on courting a
 * customer (attentive, never fawning or fussy) and 004's manager who speaks for the customer inside the company.
 */
export const QUALITY_LIBRARY: readonly LibraryQuality[] = [
  quality('shared-definition', 'Понимает, что такое лояльность для нашей компании', 'Knows what loyalty means for our company', '清楚忠诚度对本公司意味着什么'),
  quality('own-gain', 'Видит свою личную выгоду от лояльных клиентов', 'Sees what loyal customers bring them personally', '明白忠诚客户给自己带来的好处'),
  quality('belief', 'Верит в компанию, в продукт и в себя', 'Believes in the company, the product and themselves', '相信公司、相信产品、相信自己'),
  quality('results', 'Мыслит в терминах результата', 'Thinks in terms of results', '以结果为导向思考'),
  quality('planning', 'Умеет планировать', 'Plans ahead', '善于计划'),
  quality('follow-through', 'Доводит намеченное до конца', 'Follows through on goals set', '坚持完成既定目标'),
  quality('growth', 'Хочет расти профессионально', 'Wants to grow professionally', '渴望职业成长'),
  quality('expertise', 'Эксперт в своей области', 'An expert in their field', '是本领域的专家'),
  quality('attentive', 'Внимателен, но не навязчив', 'Attentive without being pushy', '体贴而不打扰'),
  quality('sincere', 'Искренен, не заискивает', 'Sincere, never fawning', '真诚，不谄媚'),
  quality('memory', 'Помнит клиентов: имена, вкусы, историю', 'Remembers customers: names, tastes, history', '记得客户的名字、喜好和往来经历'),
  quality('advocate-inside', 'Отстаивает интересы клиента внутри компании', 'Speaks up for the customer inside the company', '在公司内部为客户争取利益'),
  quality('calm-under-pressure', 'Сохраняет спокойствие, когда клиент недоволен', 'Stays calm when a customer is upset', '客户不满时保持冷静'),
];
