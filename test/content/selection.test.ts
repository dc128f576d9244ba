// @vitest-environment jsdom
// The words a page writes before a place a person selects, by which the site's
// other pages can be read: a label in the same line, or the element before.
import { expect, test } from 'vitest';
import { labelBefore } from '../../src/content/selection';

function selected(html: string, selector: string): Range {
  document.body.innerHTML = html;
  const range = document.createRange();
  range.selectNodeContents(document.querySelector(selector) as Element);
  return range;
}

test('a label before the selection, in its line or in the element before its own', () => {
  expect(labelBefore(document, selected('<p>Home port: <b>Porto</b></p>', 'b'))).toBe('Home port:');
  expect(labelBefore(document, selected('<dl><dt>Office base</dt><dd>Porto</dd></dl>', 'dd'))).toBe('Office base');
  expect(labelBefore(document, selected('<div><span>Where –</span> <span><i>Porto</i></span></div>', 'i'))).toBe(
    'Where –',
  );
});

test('a sentence before the selection, or words too long for a label, are no label', () => {
  expect(labelBefore(document, selected('<p>We work from our office in <b>Porto</b></p>', 'b'))).toBeNull();
  expect(labelBefore(document, selected(`<p><span>${'word '.repeat(20)}</span><b>Porto</b></p>`, 'b'))).toBeNull();
  expect(labelBefore(document, selected('<p><b>Porto</b></p>', 'b'))).toBeNull();
});
