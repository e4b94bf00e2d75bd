import type { Migration } from './index';

/**
 * Version 5 keeps the team or participant name in the settings, so exports, reports, backups and hand-ins say whose
 * work they are. Nobody had typed one before: it starts empty, and the hand-in asks for it. Settings not shaped as
 * expected are passed through for the schema to judge (the store then keeps what it can of them).
 */
export const v4ToV5: Migration = (stored) => {
  const settings = stored.settings;
  if (typeof settings !== 'object' || settings === null || Array.isArray(settings)) return stored;
  return { ...stored, settings: { ...settings, team: '' } };
};
