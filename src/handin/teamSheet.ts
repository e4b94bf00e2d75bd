import type { SheetSpec } from '../data/sheet';
import type { Locale } from '../i18n/locale';
import { translator } from '../i18n/translate';
import { handInMessages } from './messages';

/**
 * An exercise's export with the team in front: a first sheet saying whose work it is, which exercise and when, so
 * files from a room can be told apart once they leave the browser. Every exercise's export gets it the same way
 * (the toolbar adds it), none writes it itself. Without a team name the export is as it was.
 */
export function withTeamSheet(sheets: readonly SheetSpec[], about: { team: string; exerciseTitle: string; locale: Locale; now: Date }): SheetSpec[] {
  const team = about.team.trim();
  if (team === '') return [...sheets];
  const t = translator(handInMessages, about.locale);
  const cover: SheetSpec = {
    name: t('sheet.name'),
    rows: [
      [t('sheet.team'), team],
      [t('sheet.exercise'), about.exerciseTitle],
      [t('sheet.exported'), about.now],
    ],
  };
  return [cover, ...sheets];
}
