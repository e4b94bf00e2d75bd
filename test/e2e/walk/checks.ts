import type { Page } from 'playwright-core';
import type { Lang, View, WalkPage } from './pages';
import { axe } from './checks/axe';
import { chartMinusSign } from './checks/chartMinusSign';
import { chartTextApart } from './checks/chartTextApart';
import { chartTextInside } from './checks/chartTextInside';
import { chartTextWhole } from './checks/chartTextWhole';
import { noBrokenText } from './checks/noBrokenText';
import { uniqueLandmarks } from './checks/uniqueLandmarks';
import { noSidewaysScroll } from './checks/noSidewaysScroll';
import { noSqueezedText } from './checks/noSqueezedText';
import { readableControls } from './checks/readableControls';
import { scrollBoxesReachable } from './checks/scrollBoxesReachable';
import { stepOnFirstScreen } from './checks/stepOnFirstScreen';
import { datesInAppLanguage } from './checks/datesInAppLanguage';
import { unitsInsideFields } from './checks/unitsInsideFields';
import { presenterResultFirst } from './checks/presenterResultFirst';
import { placeholdersWhole } from './checks/placeholdersWhole';

/** Where a check looks: one page, in one language, in one view. */
export interface WalkPlace {
  page: WalkPage;
  lang: Lang;
  view: View;
}

/**
 * A rule every page of the workbook keeps (issue 12: each defect class is a rule, not a one-off fix).
 * `run` returns what breaks the rule on the page in front of it, one readable line each, or nothing.
 */
export interface WalkCheck {
  name: string;
  appliesTo?: (place: WalkPlace) => boolean;
  run: (page: Page, place: WalkPlace) => Promise<string[]>;
}

/** The rules the walk applies, each in its own file under checks/. Add a rule here once the workbook keeps it. */
export const WALK_CHECKS: readonly WalkCheck[] = [
  noBrokenText,
  axe,
  uniqueLandmarks,
  noSidewaysScroll,
  scrollBoxesReachable,
  stepOnFirstScreen,
  readableControls,
  noSqueezedText,
  chartTextInside,
  chartTextWhole,
  chartTextApart,
  chartMinusSign,
  datesInAppLanguage,
  unitsInsideFields,
  presenterResultFirst,
  placeholdersWhole,
];
