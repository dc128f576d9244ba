// Workplace (remote, hybrid, on-site) from a label or badge, or from a posting's free text.
// Free text only counts where its words clearly state it ("hybrid working", not "remote sensing").
import type { Workplace } from '../../model/posting';
import type { FoundInText } from '../types';
import { currentWords, mayMatch } from '../words';

/**
 * Workplace from a short label or badge ("Remote", "Hybrid (3 days in
 * office)", "On-site", "Da remoto"). A label offering a choice ("Remote /
 * On-site", "Praha / hybrid / remote") is its most remote option; else a hybrid
 * word wins, and one naming both remote and office work is hybrid; "no remote"
 * is on-site.
 */
export function workplaceFrom(text: string): Workplace | null {
  const { LABEL_HYBRID, LABEL_ONSITE, LABEL_REMOTE, NOT_REMOTE } = currentWords();
  if (!text) return null;
  // "Praha / hybrid / remote": a choice of ways to work is labelled by its most remote one.
  const options = text.split(CHOICE_GAP);
  if (options.length > 1 && options.some((option) => onlyRemote(option))) return 'remote';
  if (LABEL_HYBRID.test(text)) return 'hybrid';
  const onsite = LABEL_ONSITE.test(text);
  const remote = LABEL_REMOTE.test(text.replace(NOT_REMOTE, ' '));
  if (remote && onsite) return 'hybrid';
  if (remote) return 'remote';
  if (onsite) return 'onsite';
  return null;
}

/** What separates the options of a choice in a label: a slash, a bar, a dot or "or" in a language. */
const CHOICE_GAP = /\s*[/|·•]\s*|\s+(?:or|oder|ou|o|nebo|of|eller|lub|albo)\s+/u;

/** An option that is remote work and nothing else ("remote", "Full remote"; not "Hybrid (remote Fridays)"). */
function onlyRemote(option: string): boolean {
  const { NOT_REMOTE, LABEL_REMOTE, LABEL_HYBRID, LABEL_ONSITE } = currentWords();
  const text = option.replace(NOT_REMOTE, ' ');
  return (
    LABEL_REMOTE.test(text) &&
    !LABEL_HYBRID.test(text) &&
    !LABEL_ONSITE.test(text) &&
    text.trim().split(/\s+/).length <= 3
  );
}

/** How far before a remote phrase its negation may begin ("Unless formally approved to work …"). */
const NEGATION_REACH = 48;

/** Where the first phrase that states remote work stands, one negated ("not fully remote") skipped; -1 for none. */
function remoteAt(text: string): number {
  const { DESC_REMOTE, NEGATED_REMOTE } = currentWords();
  if (!mayMatch(DESC_REMOTE, text)) return -1;
  DESC_REMOTE.lastIndex = 0;
  for (let match = DESC_REMOTE.exec(text); match; match = DESC_REMOTE.exec(text)) {
    if (!NEGATED_REMOTE.test(text.slice(Math.max(0, match.index - NEGATION_REACH), match.index))) return match.index;
  }
  return -1;
}

/**
 * Workplace from a posting's free text, conservatively: only phrases that
 * state it ("this is a hybrid role", "fully remote", "3 days per week in the
 * office", "must be on-site"). "Remote" in "remote sensing" or an office city
 * alone say nothing. Where hybrid and remote both appear ("hybrid or remote"),
 * hybrid wins: the role is not fully remote for everyone. Where fully-remote
 * and must-be-on-site both appear, the text describes a mix: hybrid. Found at
 * the phrase that decided (the first of the two for a mix).
 */
export function workplaceInText(text: string): FoundInText<Workplace> | null {
  const { DESC_HYBRID, DESC_ONSITE } = currentWords();
  if (!text) return null;
  const hybrid = DESC_HYBRID.exec(text);
  if (hybrid) return { value: 'hybrid', at: hybrid.index };
  const remote = remoteAt(text);
  const onsite = DESC_ONSITE.exec(text);
  if (remote >= 0 && onsite) return { value: 'hybrid', at: Math.min(remote, onsite.index) };
  if (remote >= 0) return { value: 'remote', at: remote };
  if (onsite) return { value: 'onsite', at: onsite.index };
  return null;
}
