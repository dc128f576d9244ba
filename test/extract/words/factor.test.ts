// Alternatives joined under what they share (src/extract/words/factor.ts): the joined pattern
// matches exactly where the plain list does. Checked on the item patterns of every language against
// every example phrase, and on small sources for the syntax it reads.
import { describe, expect, it } from 'vitest';
import { sharedAlternation, topAlternatives } from '../../../src/extract/words/factor';
import { LEXICONS } from '../../../src/extract/words/index';
import { EXAMPLES } from './examples/index';

describe('sharedAlternation', () => {
  it('joins alternatives under the atoms they open with, recursively', () => {
    expect(sharedAlternation(['pension', 'perks', 'paid leave'])).toBe('p(?:e(?:nsion|rks)|aid leave)');
    expect(sharedAlternation([String.raw`\p{L}*studium|\p{L}*erfahrung`])).toBe(
      String.raw`\p{L}*(?:studium|erfahrung)`,
    );
    expect(sharedAlternation(['years?', 'years? of', 'yes'])).toBe('ye(?:ars?(?: of|)|s)');
  });

  it('keeps apart what opens otherwise: a repeated letter, a class, a group', () => {
    expect(sharedAlternation(['s?ab', 'sab', '[ab]c', '[ab]d', '(?:x|y)z'])).toBe('s?ab|sab|[ab](?:c|d)|(?:x|y)z');
  });

  it('leaves a source with a capturing group or a back reference as it is', () => {
    expect(sharedAlternation(['(ab)c', 'ad'])).toBe('(ab)c|ad');
    expect(sharedAlternation([String.raw`(?:a)\1`, 'ab'])).toBe(String.raw`(?:a)\1|ab`);
  });

  it('splits only at the top level', () => {
    expect(topAlternatives(String.raw`a|(?:b|c)d|[|]|\|e`)).toEqual(['a', '(?:b|c)d', '[|]', String.raw`\|e`]);
  });

  it('matches where the plain list matches, on every example of every language', () => {
    const texts: string[] = [];
    const walk = (node: unknown) => {
      if (typeof node === 'string') texts.push(node, node.toLowerCase());
      else if (Array.isArray(node)) node.forEach(walk);
      else if (node && typeof node === 'object') Object.values(node).forEach(walk);
    };
    walk(EXAMPLES);
    const cues = Object.values(LEXICONS).map((l) => l.itemCues);
    for (const pick of [
      (c: (typeof cues)[0]) => c.duty,
      (c: (typeof cues)[0]) => c.benefit,
      (c: (typeof cues)[0]) => c.requirement,
    ]) {
      const entries = [...new Set(cues.flatMap(pick))];
      const plain = new RegExp(`(?<!\\p{L}|\\p{N})(?:${entries.join('|')})(?!\\p{L}|\\p{N})`, 'u');
      const shared = new RegExp(`(?<!\\p{L}|\\p{N})(?:${sharedAlternation(entries)})(?!\\p{L}|\\p{N})`, 'u');
      const differ = texts.filter((text) => plain.exec(text)?.index !== shared.exec(text)?.index);
      expect(differ).toEqual([]);
    }
  });
});
