// What each requirement and nice-to-have of a saved job asks that a profile can
// answer (its skills, years, degrees, spoken languages), read when the job is
// written (src/store/job-asks.ts) and kept with it, so weighing 10,000 saved
// jobs against a profile reads no text (src/fit/read-items.ts). A cache, not the
// person's data: never exported, and read again whenever the readers changed.
import type { Education, ExperienceYears } from './posting';

/** One item's asks as stored: its text, and only what it asks (an item that asks nothing has its text alone). */
export interface StoredItemAsks {
  text: string;
  /** Canonical skill names, in order of mention. */
  skills?: string[];
  /** The skills are alternatives ("Python or Go"): one is enough. */
  either?: true;
  years?: ExperienceYears;
  /** The degree levels named; the lowest is enough. */
  degrees?: Education[];
  languages?: string[];
}

export interface StoredAsks {
  /** The readers that read them (src/fit/reader-stamp.ts): asks read by other readers are read again. */
  reader: string;
  /**
   * Every item weighed: first those of the posting the fit weighs (its latest reading, as corrected), in
   * its order (requirements, then nice-to-haves), so the fit takes them as they are, comparing texts only;
   * then any other item of the posting as saved, found by text.
   */
  items: StoredItemAsks[];
}
