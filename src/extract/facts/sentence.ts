// The sentence around an offset, so a fact's context does not leak from the next bullet.

/** The text after an offset up to the end of its sentence, at most max characters. */
export function sentenceAfter(text: string, from: number, max: number): string {
  const slice = text.slice(from, from + max);
  const cut = slice.search(/[.!?;\n•]\s|\n/);
  return cut >= 0 ? slice.slice(0, cut) : slice;
}

/** The text before an offset back to the start of its sentence, at most max characters. */
export function sentenceBefore(text: string, to: number, max: number): string {
  let slice = text.slice(Math.max(0, to - max), to);
  // "praxe min. 2 roky", "(mind. 5 Jahre)": the dot of an abbreviation right before a number ends no sentence.
  if (/\d/.test(text[to] ?? '')) slice = slice.replace(/\.(\s*)$/, ' $1');
  const start = /[.!?;\n•](?=\s)[^.!?;\n•]*$|\n[^\n]*$/.exec(slice);
  return start ? slice.slice(start.index + 1) : slice;
}
