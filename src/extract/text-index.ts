// The body's text as one string with, for every block, where its text starts: an offset in
// the text leads back to the element that holds it, so a fact read from the text is recorded
// where it stands on the page.

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
  let position = 0;
  for (const block of blocks) {
    if (position > max) break;
    starts.push(position);
    els.push(block.el);
    parts.push(block.text);
    position += block.text.length + 1;
  }
  return { text: parts.join('\n'), starts, els };
}

/** The element whose text holds the character at offset. */
export function elementAtOffset(index: TextIndex, offset: number): Element | null {
  let low = 0;
  let high = index.starts.length - 1;
  if (high < 0 || offset < 0) return null;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (index.starts[middle]! <= offset) low = middle;
    else high = middle - 1;
  }
  return index.els[low] ?? null;
}

/** The element of the first block whose text matches pattern. */
export function elementMatching(index: TextIndex, pattern: RegExp): Element | null {
  const match = pattern.exec(index.text);
  return match ? elementAtOffset(index, match.index) : null;
}
