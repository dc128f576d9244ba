// The parts of a posting (sections.ts) as a source reports them: each part's items with the
// element of each item.
import type { SectionItem, Sections } from './sections';
import type { Found, Reading } from './types';

function listFound(items: readonly SectionItem[]): Found<string[]> | undefined {
  if (!items.length) return undefined;
  return { value: items.map((item) => item.text), at: items.map((item) => item.el) };
}

export function sectionFacts(sections: Sections): Partial<Reading> {
  return {
    responsibilities: listFound(sections.responsibilities),
    requirements: listFound(sections.requirements),
    niceToHave: listFound(sections.niceToHave),
    benefits: listFound(sections.benefits),
  };
}
