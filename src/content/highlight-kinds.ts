// What the page annotation paints, in which colour, with which label: one list
// shared by the highlights and the panel's legend. Translucent backgrounds stay
// legible on light and dark pages; skills are also underlined, so they still
// show inside a highlighted requirement.

export const HIGHLIGHT_KINDS = [
  { field: 'requirements', name: 'jobmark-requirements', label: 'Requirements', colour: 'rgba(59, 130, 246, 0.24)' },
  { field: 'niceToHave', name: 'jobmark-nice-to-have', label: 'Nice to have', colour: 'rgba(20, 184, 166, 0.26)' },
  {
    field: 'responsibilities',
    name: 'jobmark-responsibilities',
    label: 'Responsibilities',
    colour: 'rgba(168, 85, 247, 0.22)',
  },
  { field: 'benefits', name: 'jobmark-benefits', label: 'Benefits', colour: 'rgba(34, 197, 94, 0.26)' },
  { field: 'skills', name: 'jobmark-skills', label: 'Skills', colour: 'rgba(249, 115, 22, 0.30)' },
  { field: 'salary', name: 'jobmark-salary', label: 'Salary', colour: 'rgba(234, 179, 8, 0.50)' },
] as const;

export type HighlightKind = (typeof HIGHLIGHT_KINDS)[number];
export type HighlightField = HighlightKind['field'];

/** The ::highlight() rules, for a style element in the page's document (highlights are styled from there, not from a shadow root). */
export function highlightCss(): string {
  return HIGHLIGHT_KINDS.map((k) => {
    const underline = k.field === 'skills' ? ' text-decoration: underline 2px rgb(194, 65, 12);' : '';
    return `::highlight(${k.name}) { background-color: ${k.colour};${underline} }`;
  }).join('\n');
}
