// Example phrases for the words of one language (src/extract/words/<lang>.ts), by group: each
// a line as real postings write it, proving some entry of its group (lexicon-coverage.test.ts).
import type { Lexicon } from '../../../../src/extract/words/lexicon';

export interface Examples {
  headings: { [G in keyof Lexicon['headings']]?: string[] };
  partEnds: { [G in keyof Lexicon['partEnds']]?: string[] };
  itemCues: { [G in keyof Lexicon['itemCues']]?: string[] };
}
