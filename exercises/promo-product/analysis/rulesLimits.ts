/**
 * The limits of step 3's analysis, apart from it so that the step's page can name them without pulling the
 * miner into its bundle (the analysis runs in the worker).
 */

/** More rules than this are not listed: the participant is asked to raise the thresholds instead. */
export const MAX_RULES = 5000;
/** Sequential pairs followed by fewer customers are not shown, and at most this many are sent. */
export const SEQUENCE_MIN_CUSTOMERS = 5;
export const SEQUENCE_LIMIT = 300;
/** Sequential pairs are counted among this many products, those bought by the most customers. */
export const SEQUENCE_ITEMS = 400;
