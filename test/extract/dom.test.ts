// The page index lets $ and $$ turn a selector away without a search when the page lacks a
// class or an attribute it needs; they must still find whatever the DOM library would.
import { JSDOM } from 'jsdom';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { $, $$, forgetPageIndex, indexPage, MAX_LISTED } from '../../src/extract/dom';

const PAGE = `<!doctype html><html><head><title>t</title></head><body>
  <div class="card Job-Card" data-x="1" id="main"><a href="/jobs/1" lang="en-GB">Apply</a>
    <svg viewBox="0 0 1 1"><path class="icon" data-s="2"></path></svg>
    <template><p data-t="3" class="tpl">inert</p></template><p class="card x">second</p>
  </div><p hidden>gone</p></body></html>`;

const SELECTORS = [
  '[data-x]',
  '[data-y]',
  'div[data-x="1"]',
  'div[data-y="1"]',
  '[DATA-X]',
  '[data-x="1" i]',
  'div:not([data-y])',
  ':is([data-y], [data-x])',
  '[data-y], a[href^="/jobs/"]',
  '[data-y], .nothing',
  '[lang|=en]',
  '[lang|=en] , [nope]',
  '[hidden]',
  'p[hidden]',
  '[data-s]',
  'path[data-s="2"]',
  '[viewBox]',
  '[viewbox]',
  '[data-t]',
  '[*|data-x]',
  '[data\\-x]',
  '.card [href*="jobs"]',
  '.card [href*="jobs"][data-z]',
  'a[href="[data-q]"]',
  "a[title='x, [data-q]'], [data-x]",
  '#main > a[href]',
  '[data-x] a',
  'div[data-x] > a[lang]',
  '[data-x] [href]',
  '[data-x]>a',
  '[data-x] , a[href]',
  'a[href] ~ svg',
  '[data-x] a, [data-s]',
  '.card',
  'div.card',
  'p.card.x',
  '.card a',
  '.card > .x',
  '.Job-Card',
  '.job-card',
  '.icon',
  'path.icon',
  '.tpl',
  '.card:not(.x)',
  ':not(.card)',
  '.nothing, .x',
  '[data-x].card',
  '.card, a',
];

function read(doc: Document): [string, number][] {
  indexPage(doc);
  try {
    return SELECTORS.map((s) => [s, $$(doc, s).length + ($(doc, s) ? 100 : 0)]);
  } finally {
    forgetPageIndex(doc);
  }
}

function unindexed(doc: Document): [string, number][] {
  return SELECTORS.map((s) => {
    let n = 0;
    try {
      n = doc.querySelectorAll(s).length;
    } catch {
      return [s, 0];
    }
    return [s, n + (n ? 100 : 0)];
  });
}

describe('$ and $$ with the page index', () => {
  it('find what the DOM library finds (jsdom)', () => {
    const doc = new JSDOM(PAGE).window.document;
    expect(read(doc)).toEqual(unindexed(doc));
  });

  it('find what the DOM library finds (linkedom)', () => {
    const doc = parseHTML(PAGE).document as unknown as Document;
    expect(read(doc)).toEqual(unindexed(doc));
  });

  it('turn away a selector whose attribute no element carries, without searching', () => {
    const doc = new JSDOM(PAGE).window.document;
    indexPage(doc);
    const calls: string[] = [];
    const qsa = doc.querySelectorAll.bind(doc);
    doc.querySelectorAll = ((s: string) => {
      calls.push(s);
      return qsa(s);
    }) as typeof doc.querySelectorAll;
    expect($$(doc, '[data-y="1"], div.nothing')).toEqual([]);
    expect($$(doc, 'div:not([data-y])').length).toBe(1);
    forgetPageIndex(doc);
    expect(calls).toEqual(['div:not([data-y])']);
  });

  it('find an element by an attribute few elements carry among those, without searching the page', () => {
    const many = Array.from({ length: 40 }, (_, i) => `<p data-many="${i}">x</p>`).join('');
    const doc = new JSDOM(PAGE.replace('</body>', `${many}<b data-x="2">b</b></body>`)).window.document;
    indexPage(doc);
    const calls: string[] = [];
    for (const root of [doc, doc.body]) {
      const qs = root.querySelector.bind(root);
      const qsa = root.querySelectorAll.bind(root);
      root.querySelector = ((s: string) => {
        calls.push(s);
        return qs(s);
      }) as typeof root.querySelector;
      root.querySelectorAll = ((s: string) => {
        calls.push(s);
        return qsa(s);
      }) as typeof root.querySelectorAll;
    }
    expect($(doc, 'b[data-x]')?.textContent).toBe('b');
    expect($$(doc.body, '[data-x]').map((el) => el.tagName)).toEqual(['DIV', 'B']);
    expect($$(doc, '[data-x="2"], path[data-s]').map((el) => el.tagName)).toEqual(['path', 'B']);
    expect($(doc, '[data-many="7"]')?.textContent).toBe('x'); // 40 carriers: past the index's list, a search
    forgetPageIndex(doc);
    expect(calls).toEqual(['[data-many="7"]']);
  });
  it('find an element by a class few elements carry among those, without searching the page', () => {
    const many = Array.from({ length: 40 }, (_, i) => `<p class="many n${i}">x</p>`).join('');
    const doc = new JSDOM(PAGE.replace('</body>', `${many}</body>`)).window.document;
    indexPage(doc);
    const calls: string[] = [];
    const qsa = doc.querySelectorAll.bind(doc);
    doc.querySelectorAll = ((s: string) => {
      calls.push(s);
      return qsa(s);
    }) as typeof doc.querySelectorAll;
    expect($$(doc, '.card').map((el) => el.tagName)).toEqual(['DIV', 'P']);
    expect($$(doc, 'p.n7').length).toBe(1);
    expect($$(doc, '.many').length).toBe(40); // 40 carriers: past the index's list, a search
    forgetPageIndex(doc);
    expect(calls).toEqual(['.many']);
  });
});

describe('the page index', () => {
  it('lists every carrier of an attribute, past the few a selector is matched against, for a reader that asks', () => {
    const many = Array.from({ length: 40 }, (_, i) => `<p title="t${i}">x</p>`).join('');
    const doc = new JSDOM(PAGE.replace('</body>', `${many}</body>`)).window.document;
    const index = indexPage(doc);
    forgetPageIndex(doc);
    expect(index.carriersOf('title')).toBeNull();
    expect(index.carriersOf('title', MAX_LISTED)?.map((el) => el.getAttribute('title'))).toEqual(
      Array.from({ length: 40 }, (_, i) => `t${i}`),
    );
  });

  const TEXTS = `<!doctype html><html><head><title>Title</title><script type="application/ld+json">{"a":1}</script>
    <style>p { color: red }</style></head><body>before<div>a <b>bold <i>deep</i></b> after</div>
    <svg><text>in svg</text><g><text>deeper</text></g></svg><template><p>inert</p></template>
    <!-- a comment --><ul><li>one</li><li>two<br>three</li></ul>last</body></html>`;

  /** Every text node under the root element, in document order, as a TreeWalker finds them. */
  function walked(doc: Document): string[] {
    const walker = doc.createTreeWalker(doc.documentElement, 4 /* SHOW_TEXT */);
    const out: string[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) out.push(node.nodeValue ?? '');
    return out;
  }

  for (const [name, parse] of [
    ['jsdom', (html: string) => new JSDOM(html).window.document],
    ['linkedom', (html: string) => parseHTML(html).document as unknown as Document],
  ] as const) {
    it(`holds the page's text in document order, as a walk of its own finds it (${name})`, () => {
      const doc = parse(TEXTS);
      const texts = indexPage(doc).texts;
      forgetPageIndex(doc);
      expect(texts?.values).toEqual(walked(doc));
      expect(texts?.values).toContain('deeper');
      expect(texts?.parents[texts.values.indexOf('deep')]?.tagName).toBe('I');
    });
  }

  it('holds no text where its walk stopped short of some (past its depth)', () => {
    const deep = `${'<div>'.repeat(450)}hidden${'</div>'.repeat(450)}`;
    const doc = new JSDOM(`<!doctype html><html><body>${deep}</body></html>`).window.document;
    expect(indexPage(doc).texts).toBeNull();
    forgetPageIndex(doc);
  });
});
