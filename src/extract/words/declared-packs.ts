// The word packs (word-packs.ts) a page is likely to want before it is read: those of the
// language it declares. Apart from word-packs.ts, which the reader's lexicons import: this one
// reads page-languages.ts, which imports them.
import { READ_TOGETHER } from './language-signs';
import type { LanguageCode } from './lexicons';
import { languageOfTag } from './page-languages';

/**
 * The packs a page that declares this language (its lang attribute) will want: that language and
 * those read together with it (page-languages.ts reads them so); none for English or a language
 * Jobmark does not read. The background injects them with the reader, where the quick check says
 * the page's language; the reader asks for them as it starts, where it came on request.
 */
export function packsForLang(tag: string | null | undefined): LanguageCode[] {
  const code = languageOfTag(tag);
  if (!code || code === 'en') return [];
  return [...(READ_TOGETHER.find((group) => group.includes(code)) ?? [code])];
}
