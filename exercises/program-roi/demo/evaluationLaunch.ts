/**
 * The demo sales' program launch, apart from the generator (evaluationDemo.ts): the exercise's default
 * state needs the date on the home page, the generator and its model only on the evaluation step.
 */
export const DEMO_EVALUATION_LAUNCH = '2023-09-01';
