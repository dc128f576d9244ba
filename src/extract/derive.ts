// Facts read from the posting's text once the sources have spoken: skills,
// salary as written, years of experience, degrees, visa, spoken languages,
// seniority from the title. Each fact keeps the element whose text holds it.
import type { Block } from './sections';

export interface TextIndex {
  text: string;
  starts: number[];
  els: (Element | null)[];
}

/** The blocks' text joined by line breaks, with where each block starts, so an offset leads back to its element. */
export function indexBlocks(blocks: readonly { text: string; el: Element | null }[], max = 300_000): TextIndex {
  const parts: string[] = [];
  const starts: number[] = [];
  const els: (Element | null)[] = [];
  let pos = 0;
  for (const b of blocks) {
    if (pos > max) break;
    starts.push(pos);
    els.push(b.el);
    parts.push(b.text);
    pos += b.text.length + 1;
  }
  return { text: parts.join('\n'), starts, els };
}

/** The element whose text holds the character at offset. */
export function elementAtOffset(idx: TextIndex, offset: number): Element | null {
  let lo = 0;
  let hi = idx.starts.length - 1;
  if (hi < 0 || offset < 0) return null;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (idx.starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return idx.els[lo] ?? null;
}

/** The element of the first block whose text matches re. */
export function elementMatching(idx: TextIndex, re: RegExp): Element | null {
  const m = re.exec(idx.text);
  return m ? elementAtOffset(idx, m.index) : null;
}

export function blocksText(blocks: readonly Block[]): string {
  return blocks.map((b) => b.text).join('\n');
}
