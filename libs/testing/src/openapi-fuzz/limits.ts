/** Hostile strings stay below this, so a fuzz run tests handling rather than the body-size limit. */
export const MAX_STRING_LENGTH = 4096;
