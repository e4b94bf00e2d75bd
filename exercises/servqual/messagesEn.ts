import type { Message } from '../../src/i18n/messages';
import { dimensionNames, type ServqualMessageKey } from './messagesRu';

export const en: Record<ServqualMessageKey, Message> = {
  ...dimensionNames('en'),
  'dimension.tangibles.explanation':
    'Everything the customer sees and handles: premises, equipment, how the staff look, documents and the website.',
  'dimension.reliability.explanation':
    'Doing what was promised, accurately, on time and without errors. Customers usually rank it first.',
  'dimension.responsiveness.explanation': 'Willingness to help and to react quickly: how long a customer waits for an answer, a call, a fix.',
  'dimension.assurance.explanation':
    "The staff's knowledge, courtesy and conduct, which make customers trust the company and feel safe.",
  'dimension.empathy.explanation': 'Attention to each customer: understanding their particular needs, convenient hours, a personal contact.',

  'gaps.title': 'The five-gaps model',
  'gaps.intro':
    'Service quality, as the customer sees it, is the difference between what they expected and what they got. The SERVQUAL questionnaire measures the fifth gap; the first four are its causes inside the company.',
  'gaps.1': 'Knowledge gap: management pictures customers’ expectations differently from how customers hold them.',
  'gaps.2': 'Standards gap: expectations, even when understood, are not turned into clear service standards.',
  'gaps.3': 'Delivery gap: staff do not meet the standards, for lack of skill, time or will.',
  'gaps.4': 'Communication gap: advertising and sales people promise more than the company delivers.',
  'gaps.5': 'Perception gap: the customer gets less than they expected. This is what the P − E answers show.',

  'questionnaire.expectationPart': 'Part 1. Expectations',
  'questionnaire.expectationPrompt':
    'Imagine an excellent company of this kind, one you would be glad to deal with. How far do you agree that each statement is true of it?',
  'questionnaire.perceptionPart': 'Part 2. Perceptions',
  'questionnaire.perceptionPrompt': 'Now think of {company}. How far do you agree that each statement is true of it?',
  'questionnaire.companyFallback': 'our company',
  'questionnaire.scaleAnchors': '1 = strongly disagree, {max} = strongly agree',
  'questionnaire.weightsPart': 'Part 3. What matters most to you',
  'questionnaire.weightsPrompt':
    'Split 100 points over the five sides of service: the more a side matters to you, the more points it gets. The total must be exactly 100.',
  'part.expectation': 'expectation',
  'part.perception': 'perception',

  'preset.label': 'Wording for',
  'wave.defaultLabel': 'Wave {number}',

  'problem.outOfScale': 'Response {respondent}: the {part} for statement {item} is {value}, but the scale is 1–{scale}. The answer is left out.',
  'problem.weights.sumNot100':
    'Response {respondent}: the weights add up to {sum}, not 100. Its gaps are counted; it is left out of the weights.',
  'problem.weights.negative': 'Response {respondent}: a weight is negative. Its gaps are counted; it is left out of the weights.',
  'problem.weights.missing': 'Response {respondent}: no weights given. Its gaps are counted; it is left out of the weights.',
  'problem.missingAnswers': {
    one: 'Response {respondent}: {count} statement unanswered ({items}). It is left out of this response’s averages, not counted as zero.',
    other: 'Response {respondent}: {count} statements unanswered ({items}). They are left out of this response’s averages, not counted as zero.',
  },
  'problem.summary.outOfScale': { one: '{count} answer outside the scale', other: '{count} answers outside the scale' },
  'problem.summary.invalidWeights': {
    one: '{count} response whose weights do not add up to 100',
    other: '{count} responses whose weights do not add up to 100',
  },
  'problem.summary.missingAnswers': { one: '{count} response with blanks', other: '{count} responses with blanks' },

  'priority.title': 'What to improve first',
  'priority.intro':
    'The sides of service are ordered by weighted gap: first the one where customers fall shortest of what matters to them. Within each, statements run from the largest gap.',
  'priority.basis.weighted': 'Ordered by weighted gap (gap × mean weight / 100).',
  'priority.basis.unweighted': 'No response split the 100 points correctly, so the order follows the unweighted gap.',
  'priority.dimensionLine': '{rank}. {dimension}: gap {gap}, weighted {weighted}',
  'priority.itemLine': 'Statement {item}: gap {gap}',
  'priority.met': 'expectations met',
  'priority.noAnswers': 'no answers',

  'ipa.concentrateHere': 'Important but done poorly: concentrate here',
  'ipa.keepUpTheGoodWork': 'Important and done well: keep it up',
  'ipa.lowPriority': 'Less important and done poorly: not first',
  'ipa.possibleOverkill': 'Less important but done well: possibly more effort than needed',

  'notEnoughData.noRespondents': 'No responses yet.',
  'notEnoughData.noEnabledItems': 'All statements are switched off: switch at least one on.',
  'notEnoughData.noPairedAnswers': 'No statement has both an expectation and a perception answer.',
  'notEnoughData.noValidWeights': 'No response split the 100 points correctly, so weighted figures cannot be computed.',
  'notEnoughData.noWaves': 'No survey waves yet.',
  'notEnoughData.fewerThanTwoWaves': 'A comparison needs a second survey wave with answers.',

  'export.sheet.questionnaire': 'Questionnaire',
  'export.sheet.results': 'Results',
  'export.sheet.items': 'Item gaps',
  'export.sheet.plan': 'Plan',
  'export.sheet.waves': 'Waves',
  'export.company': 'Company',
  'export.scale': 'Scale, points',
  'export.item': 'No.',
  'export.dimension': 'Side of service',
  'export.enabled': 'Included',
  'export.statement': 'Statement',
  'export.edited': 'Edited',
  'export.yes': 'yes',
  'export.no': 'no',
  'export.wave': 'Wave',
  'export.date': 'Date',
  'export.respondents': 'Responses',
  'export.expectation': 'Expectation',
  'export.perception': 'Perception',
  'export.gap': 'Gap P − E',
  'export.meanWeight': 'Mean weight',
  'export.weightedGap': 'Weighted gap',
  'export.unweightedScore': 'Unweighted SERVQUAL',
  'export.weightedTotal': 'Weighted SERVQUAL',
  'export.validWeightRows': 'Responses with valid weights',
  'export.importedUnreadable':
    'Answers from these files could not be read from the browser\'s storage and are not in the figures: {files}. Import the files again on the Answers step and export once more.',
  'export.unreadableFile': '"{file}" (wave "{wave}")',
  'export.rank': 'Priority',
  'export.action': 'What we will do',
  'export.owner': 'Owner',
  'export.deadline': 'Deadline',
  'export.planBasis': 'Priorities from wave “{wave}” of {date}',
  'export.change': 'Change: {from} → {to}',
};
