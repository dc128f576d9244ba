// NodePath (element-child indexes from documentElement, see model/posting.ts)
// back to the live element it names, or null when the page has changed since.
import type { NodePath } from '../model/posting';

export function elementAt(doc: Document, path: NodePath | null | undefined): Element | null {
  if (!path) return null;
  let el: Element | null = doc.documentElement;
  for (const index of path) {
    el = el?.children[index] ?? null;
    if (!el) return null;
  }
  return el;
}
