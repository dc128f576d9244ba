// Text put into a regular expression as itself: every character a pattern would read as syntax escaped.

/** "S.p.A. (Milano)" → "S\.p\.A\. \(Milano\)". */
export const regexLiteral = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
