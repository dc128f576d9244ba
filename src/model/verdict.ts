// How one requirement or nice-to-have of a posting fits the person (src/fit/), and
// the words and marks every view says it with: the popup, the job view and the page panel.

/** 'unknown': the item asks nothing Jobmark can weigh against the profile; the person judges it. */
export type Verdict = 'met' | 'partly' | 'not-met' | 'unknown';

export const VERDICT_SAID: Readonly<Record<Verdict, { mark: string; words: string }>> = {
  met: { mark: '✓', words: 'Met' },
  partly: { mark: '◐', words: 'Partly met' },
  'not-met': { mark: '✗', words: 'Not met' },
  unknown: { mark: '?', words: 'For you to judge' },
};
