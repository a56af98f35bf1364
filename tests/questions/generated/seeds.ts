/**
 * The seeds of the generated directories, listed in one place. Development seeds may be looked at
 * while working on the engine; held-out seeds are for measuring only (never tune on their misses).
 */
export const DEVELOPMENT_SEEDS = [101, 202, 303] as const;
export const HELD_OUT_SEEDS = [9001, 9002, 9004, 9005, 9006] as const;

/** Questions asked per directory. */
export const QUESTIONS_PER_DIRECTORY = 300;

/** Follow-ups (two turns each) asked per directory, besides the questions. */
export const FOLLOW_UPS_PER_DIRECTORY = 60;

/** The held-out rural district written to fixtures/ for people writing questions by hand. */
export const FIXTURE_SEED = 9001;
