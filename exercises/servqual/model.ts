/**
 * The SERVQUAL calculations (Parasuraman, Zeithaml & Berry 1988; weights per Zeithaml, Parasuraman & Berry
 * 1990), exactly as ../shared/METHODS.md states them:
 *
 * - item gap = P − E for one respondent; negative = service below expectations;
 * - a respondent's dimension gap = mean of their gaps on the dimension's enabled items they answered;
 * - the dimension gap of the survey = mean of those per-respondent means over the respondents who have one
 *   (per-respondent means are averaged; item answers are NOT pooled across respondents);
 * - unweighted SERVQUAL score = mean of the five dimension gaps;
 * - weights: each respondent splits 100 points over the five dimensions; rows that do not are kept for the gaps
 *   and left out of the weighting; weighted dimension score = dimension gap × mean weight / 100; weighted
 *   SERVQUAL = sum of the weighted dimension scores.
 *
 * Missing answers are left out of that respondent's means, never counted as 0: an item answered on one side
 * only gives no gap. An answer outside 1…scale cannot be interpreted, so it is listed as a problem and treated
 * as missing.
 */

export * from './model/answers';
export * from './model/wave';
export * from './model/priorities';
export * from './model/waves';
