/**
 * The pure model of the Kano exercise (METHODS.md, practicum 7), split by responsibility: the
 * evaluation table, reading answers, classifying a feature's answers, the continuous (DuMouchel)
 * scores, the survey across features and segments, the priority list, and the two response layouts.
 */
export * from './model/evaluation';
export * from './model/answers';
export * from './model/classification';
export * from './model/continuous';
export * from './model/survey';
export * from './model/priorities';
export * from './model/layout';
