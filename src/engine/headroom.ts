/**
 * Limits with room for use (issue #33). The reader's hard limits for bookkeeping fields are what the
 * store can hold at all: a revision up to 2^53 − 2, a time up to 8.64e15 (what a Date holds). A file
 * at those limits was accepted, and two edits later the assessment was damaged ("revision out of
 * range"), would not open, and fell out of "Back up all". A document read from outside keeps its
 * revision and times only within these lower limits, which a lifetime of saves cannot cross (2^50
 * saves, one a millisecond, take 35 000 years; 9999-12-31 is 7 975 years away); above them they are
 * reset, with a note, like a repair does.
 */

/** The largest revision a document read from outside keeps; 2^50, leaving 2^53 − 2^50 saves of room. */
export const IMPORT_MAX_REVISION = 2 ** 50;
/** The latest time a document read from outside keeps: the end of year 9999 (ms since 1970). */
export const IMPORT_MAX_TIME = Date.UTC(9999, 11, 31, 23, 59, 59, 999);
