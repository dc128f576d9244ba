// The CLI's reading of files: bytes decoded as a browser would, fragments made whole.
import { describe, expect, it } from 'vitest';
import { decodeHtml } from '../../src/cli/decode';
import { parseHtml } from '../../src/cli/main';
import { extractJob } from '../../src/extract/index';

const bytes = (...parts: (string | number[])[]) =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...Buffer.from(p, 'latin1')] : p)));

describe('decodeHtml', () => {
  it('follows a byte-order mark', () => {
    expect(decodeHtml(bytes([0xef, 0xbb, 0xbf], 'caf', [0xc3, 0xa9]))).toBe('café');
    expect(decodeHtml(Uint8Array.from([0xff, 0xfe, 0x63, 0, 0xe9, 0]))).toBe('cé');
  });
  it('follows <meta charset> and http-equiv', () => {
    expect(decodeHtml(bytes('<meta charset="windows-1252"><p>caf', [0xe9]))).toContain('café');
    expect(
      decodeHtml(bytes('<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-2"><p>', [0xe8])),
    ).toContain('č');
  });
  it('defaults to UTF-8, and never fails on an unknown label', () => {
    expect(decodeHtml(bytes('<p>caf', [0xc3, 0xa9]))).toContain('café');
    expect(decodeHtml(bytes('<meta charset="x-nonsense"><p>caf', [0xc3, 0xa9]))).toContain('café');
  });
});

describe('parseHtml', () => {
  it('makes a whole document of a fragment', () => {
    const doc = parseHtml(
      '<h1>Engineer</h1><h2>Requirements</h2><ul><li>Go</li><li>SQL</li></ul><h2>Benefits</h2><ul><li>Pension</li></ul>',
      'not a url',
    );
    expect(doc.body.querySelector('h1')?.textContent).toBe('Engineer');
    const p = extractJob(doc, 'https://example.com/jobs/1');
    expect(p.title).toBe('Engineer');
    expect(p.requirements).toEqual(['Go', 'SQL']);
  });
});
