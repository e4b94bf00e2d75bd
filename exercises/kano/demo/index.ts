export { blankKanoState, demoKanoState } from './startStates';
export { demoSurvey } from './survey';
