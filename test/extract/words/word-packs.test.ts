// The page reader's words as the browser has them (word-packs.ts): English whole, every other
// language's readerPart, the rest in packs that arrive when a reading wants them. lexicons.ts is
// replaced here by what vite.reader.ts builds in its place, and the reader run as the page reader
// runs it (content/word-packs.ts): a reading that lacks a pack reads nothing and says which it
// wants, the pack runs, and the reading is the one every language bundled gives.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { Lexicon } from '../../../src/extract/words/lexicon';
import type { LanguageCode } from '../../../src/extract/words/lexicons';
import { packScript, readerPart, WORD_PACKS } from '../../../src/extract/words/word-packs';

vi.mock('../../../src/extract/words/lexicons', async (original) => {
  const whole = await original<typeof import('../../../src/extract/words/lexicons')>();
  const { awaitingPacks } = await import('../../../src/extract/words/word-packs');
  const LEXICONS = Object.fromEntries(
    whole.LANGUAGE_CODES.map((code) => [
      code,
      code === 'en' ? whole.LEXICONS.en : structuredClone(readerPart(whole.LEXICONS[code])),
    ]),
  ) as Record<LanguageCode, Lexicon>;
  return {
    ...whole,
    LEXICONS,
    missingWords: awaitingPacks(
      LEXICONS,
      whole.LANGUAGE_CODES.filter((code) => code !== 'en'),
    ),
  };
});

const { extractJob } = await import('../../../src/extract');
const { takeWantedWords } = await import('../../../src/extract/words');
const { findSkills } = await import('../../../src/extract/skills');
const whole = await vi.importActual<typeof import('../../../src/extract/words/lexicons')>(
  '../../../src/extract/words/lexicons',
);

const page = (html: string, url: string) =>
  new JSDOM(html, { url, virtualConsole: new VirtualConsole() }).window.document;
const czech = readFileSync(join(import.meta.dirname, '../../e2e/pages/czech-posting.html'), 'utf8');
const CZECH_URL = 'https://www.jobs.cz/rpd/2009999999/';

/** Runs a pack's script, as scripting.executeScript does in the page. */
const runPack = (code: LanguageCode) => new Function(packScript(code, whole.LEXICONS[code]))();

afterEach(() => {
  takeWantedWords();
});

describe('the page reader with word packs', () => {
  test('an English posting needs no pack', () => {
    const seed = readFileSync(join(import.meta.dirname, '../../../../shared/seed/datadog-lisbon.html'), 'utf8');
    const posting = extractJob(
      page(seed, 'https://www.remotewlb.com/apply/senior'),
      'https://www.remotewlb.com/apply/senior',
    );
    expect(posting.isJobPosting).toBe(true);
    expect(takeWantedWords()).toEqual([]);
  });

  test('a Czech posting reads nothing without its packs, says which it wants, and reads whole once they ran', () => {
    const before = extractJob(page(czech, CZECH_URL), CZECH_URL);
    expect(before.isJobPosting).toBe(false);
    const wanted = takeWantedWords();
    expect(wanted).toEqual(expect.arrayContaining(['cs']));
    // What the highlights read in every language, outside any reading, is there before any pack.
    expect(findSkills('Java, PostgreSQL nebo Kubernetes').map((hit) => hit.name)).toEqual([
      'Java',
      'PostgreSQL',
      'Kubernetes',
    ]);
    for (const code of wanted) runPack(code);
    const after = extractJob(page(czech, CZECH_URL), CZECH_URL);
    expect(takeWantedWords()).toEqual([]);
    expect(after).toMatchObject({
      isJobPosting: true,
      title: 'Vývojář Java',
      employmentType: 'full-time',
      salary: { min: 70000, max: 90000, currency: 'CZK', period: 'month' },
      niceToHave: ['Zkušenosti s Dockerem a Kubernetes výhodou'],
    });
  });

  test("a pack leaves its language's whole words, and nothing else is read of a language before its pack", async () => {
    const { LEXICONS, missingWords } = await import('../../../src/extract/words/lexicons');
    expect(missingWords(['en', 'da'])).toEqual(['da']);
    expect(() => LEXICONS.da.itemCues).toThrow('The words of da were read before its pack arrived (itemCues)');
    expect(() => LEXICONS.da.company.hiring).toThrow('(company.hiring)');
    expect(LEXICONS.da.company.legalForms).toEqual(whole.LEXICONS.da.company.legalForms);
    runPack('da');
    expect(missingWords(['en', 'da'])).toEqual([]);
    expect(LEXICONS.da.company.hiring).toEqual(whole.LEXICONS.da.company.hiring);
    const global = globalThis as { [WORD_PACKS]?: Record<string, Lexicon> };
    runPack('fi');
    expect(global[WORD_PACKS]?.fi).toEqual(whole.LEXICONS.fi);
    expect(new Function(packScript('fi', whole.LEXICONS.fi))()).toBeUndefined();
  });
});
