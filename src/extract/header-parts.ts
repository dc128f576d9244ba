// The parts of a line of facts ("Acme | Web Engineer | Remote | Full-time | $180k", "Software
// Engineer - Oslo - Full-time - Onsite"), split one way for every reader of such a line: the
// header line (header-line.ts) and the employment type it names (facts/employment.ts).

/** Between the parts: spaced dashes, and bars spaced or not (HN asks for bars, many write dashes). */
const PART_GAP = /\s+[-–—|]\s+|\s*\|\s*/u;
/** The same, and spaced dots and bullets: a byline's parts ("Acme · Berlin · Full-time"). */
const PART_OR_DOT_GAP = /\s+[-–—|·•]\s+|\s*\|\s*/u;

/**
 * A line's parts, trimmed, empty ones dropped. `dots`: split at a byline's dots too, for a fact any
 * part may state (the employment type); the header line's company and title are read where dashes
 * and bars part them, as "Acme · Berlin" is a byline (byline.ts), which names no title.
 */
export function headerParts(line: string, dots = false): string[] {
  return line
    .split(dots ? PART_OR_DOT_GAP : PART_GAP)
    .map((part) => part.trim())
    .filter(Boolean);
}
