import { describe, expect, it } from 'vitest';
import {
  cleanMultiline,
  cleanText,
  decodeEntities,
  oneByte,
  repairMojibake,
  stripDecoration,
} from '../../src/extract/text';

describe('repairMojibake', () => {
  it('repairs UTF-8 read as Windows-1252', () => {
    expect(repairMojibake('Youâ€™ll')).toBe('You’ll');
    expect(repairMojibake('ðŸŒŽ Portugal')).toBe('🌎 Portugal');
    expect(repairMojibake('CafÃ© in MÃ¼nchen')).toBe('Café in München');
    expect(repairMojibake('â€œquotedâ€\u009d')).toBe('“quoted”');
    expect(repairMojibake('high durability / low latency /â€¦')).toBe('high durability / low latency /…');
  });
  it('leaves correct text alone', () => {
    for (const s of [
      'Café',
      'naïve résumé',
      'Zürich – Genève',
      'Praha, Česká republika',
      '© 2024',
      'Ångström',
      '¿Qué?',
      // Runs of Windows-1252 letters that open no UTF-8 sequence ("úž", "íš"): left without decoding.
      'úžasná příležitost, účast na vývoji, šíře záběru',
      // "Úž" would decode to an Arabic letter ("ڞasná"): Czech written in capitals stays Czech.
      'Úžasná příležitost',
      'ÚŽASNÁ PŘÍLEŽITOST',
    ])
      expect(repairMojibake(s)).toBe(s);
  });
});

describe('oneByte', () => {
  it('gives the same text, whatever characters it holds', () => {
    for (const s of ['', 'Café', 'Praha – Brno', 'ðŸŒŽ', '🌎 Portugal', 'a\ud800b', '"quoted"\n\\'])
      expect(oneByte(s)).toBe(s);
  });
});

describe('cleanText', () => {
  it('normalises whitespace, entities and invisible characters', () => {
    expect(cleanText('  a\u00a0b\u200b c\n\td  ')).toBe('a b c d');
    expect(cleanText('R&amp;D &lt;team&gt; &#8211; &#x2019;s')).toBe('R&D <team> – ’s');
    expect(cleanText(null)).toBe('');
  });
  it('keeps lines in multi-line text', () => {
    expect(cleanMultiline(' one \n\n two  three \n')).toBe('one\ntwo three');
  });
  it('decodes only real references', () => {
    expect(decodeEntities('Tom & Jerry &nosuch; &#0;')).toBe('Tom & Jerry &nosuch; &#0;');
  });
  it('strips heading decoration', () => {
    expect(stripDecoration('🚀 What you’ll do:')).toBe('What you’ll do');
    expect(stripDecoration('## Requirements —')).toBe('Requirements');
  });
});
