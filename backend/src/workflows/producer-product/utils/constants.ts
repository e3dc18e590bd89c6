/** Producers write Vietnamese content; English goes to the Translation module in this locale. */
export const ENGLISH_LOCALE = "en-US"
