/** The plan on paper: a field a column. */
export const PLAN_COLUMNS = ['metric', 'source', 'method', 'frequency', 'owner', 'target', 'alarm'] as const;
/** The plan on screen: the fields two to a column, so seven boxes fit a laptop's width with room for words. */
export const SCREEN_COLUMNS = ['metric', 'sourceMethod', 'frequencyOwner', 'targetAlarm'] as const;
