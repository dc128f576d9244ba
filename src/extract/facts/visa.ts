// Whether a posting offers visa sponsorship, says it does not, or does not say.
import type { FoundInText } from '../types';
import { currentWords, execWhereMay } from '../words';

/** true where the posting offers visa sponsorship, false where it says it does not (that wins); found at the phrase. */
export function visaSponsorshipIn(text: string): FoundInText<boolean> | null {
  const { VISA_NO, VISA_YES } = currentWords();
  if (!text) return null;
  const refused = execWhereMay(VISA_NO, text);
  if (refused) return { value: false, at: refused.index };
  const offered = execWhereMay(VISA_YES, text);
  if (offered) return { value: true, at: offered.index };
  return null;
}
