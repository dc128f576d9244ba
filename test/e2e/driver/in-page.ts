// What runs inside a page to find elements as a person finds them: by role and
// accessible name, by label, by text, by test id (Testing Library's queries, the
// ARIA and accessible-name rules as assistive tools apply them). Installed once
// per document beside Testing Library (see page.ts); `find` must stay
// self-contained, since its source is what is sent.

/** A name or text to match: a string (case-insensitive and anywhere, or exactly), or a pattern. */
export type Match = { text: string; exact: boolean } | { source: string; flags: string };

export type Step =
  | { by: 'role'; role: string; name?: Match; level?: number }
  | { by: 'label'; text: Match }
  | { by: 'text'; text: Match }
  | { by: 'testId'; id: string }
  | { by: 'css'; selector: string }
  | { by: 'hasText'; text: Match }
  | { by: 'has'; steps: Step[] }
  | { by: 'nth'; index: number };

type Scope = Document | Element | ShadowRoot;

interface Queries {
  queryAllByRole(
    scope: Scope,
    role: string,
    options: { name?: (name: string) => boolean; level?: number },
  ): HTMLElement[];
  queryAllByLabelText(scope: Scope, text: (content: string) => boolean): HTMLElement[];
  queryAllByTestId(scope: Scope, id: string): HTMLElement[];
}

/** The elements under `scope` that the steps lead to, in document order. */
export function find(scope: Scope, steps: Step[]): Element[] {
  const queries = (globalThis as unknown as { TestingLibraryDom: Queries }).TestingLibraryDom;
  // Like Playwright's: whitespace runs count as one space; a string matches
  // case-insensitively anywhere unless exact.
  const matches = (match: Match, value: string, spaced = true): boolean => {
    const text = value.replace(/\s+/g, spaced ? ' ' : '').trim();
    if ('source' in match) return new RegExp(match.source, match.flags).test(text);
    const want = match.text.replace(/\s+/g, spaced ? ' ' : '').trim();
    return match.exact ? text === want : text.toLowerCase().includes(want.toLowerCase());
  };
  // Testing Library's accessible names lose the space before an inline element's text
  // ("Due<span> (2)</span>" is "Due(2)" to it, "Due (2)" to browsers): a string name is
  // compared without its spaces too.
  const nameMatches = (match: Match, name: string): boolean =>
    matches(match, name) || ('text' in match && matches(match, name, false));
  const textOf = (element: Element): string =>
    element instanceof HTMLInputElement && ['button', 'submit', 'reset'].includes(element.type)
      ? element.value
      : (element.textContent ?? '');
  const run = (from: Scope[], path: Step[]): Element[] => {
    let found: Element[] = from as Element[];
    let roots = true;
    for (const step of path) {
      const within = (each: (root: Scope) => Element[]): Element[] => [...new Set(found.flatMap((e) => each(e)))];
      if (step.by === 'role') {
        const name = step.name;
        found = within((root) =>
          queries.queryAllByRole(root, step.role, {
            ...(name ? { name: (n: string) => nameMatches(name, n) } : {}),
            ...(step.level === undefined ? {} : { level: step.level }),
          }),
        );
      } else if (step.by === 'label') {
        found = within((root) => queries.queryAllByLabelText(root, (content) => matches(step.text, content)));
      } else if (step.by === 'testId') {
        found = within((root) => queries.queryAllByTestId(root, step.id));
      } else if (step.by === 'css') {
        found = within((root) => [...root.querySelectorAll(step.selector)]);
      } else if (step.by === 'text') {
        // The smallest elements whose text matches: none of their children's does.
        found = within((root) =>
          [...root.querySelectorAll('*')].filter(
            (e) =>
              !['SCRIPT', 'STYLE', 'TEMPLATE', 'HEAD', 'TITLE'].includes(e.tagName) &&
              matches(step.text, textOf(e)) &&
              ![...e.children].some((child) => matches(step.text, textOf(child))),
          ),
        );
      } else if (roots) {
        throw new Error(`${step.by} needs something to filter: start with a query`);
      } else if (step.by === 'hasText') {
        found = found.filter((e) => matches(step.text, textOf(e)));
      } else if (step.by === 'has') {
        found = found.filter((e) => run([e], step.steps).length > 0);
      } else {
        const index = step.index < 0 ? found.length + step.index : step.index;
        found = found.slice(index, index + 1);
      }
      roots = false;
    }
    return found;
  };
  return run([scope], steps);
}
