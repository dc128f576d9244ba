// @vitest-environment jsdom
// The page panel and the quick check, in a plain DOM.
import { afterEach, expect, test, vi } from 'vitest';
import { Panel } from '../../src/content/panel';
import { mightBePosting } from '../../src/content/quick-check';
import { notAPosting } from '../../src/model/posting';
import { makeJob } from '../export/make-job';

afterEach(() => {
  document.documentElement.querySelector('[data-jobmark]')?.remove();
});

const hostile = {
  ...notAPosting('https://jobs.lever.co/acme/1'),
  isJobPosting: true,
  title: '<img src=x onerror=alert(1)>',
  company: '<script>alert(2)</script>',
  skills: ['Go', '<b>Rust</b>'],
  requirements: ['a', 'b'],
};

test('page text goes into the panel as text, never as markup', () => {
  const panel = new Panel(document, { save: vi.fn(), remember: vi.fn() });
  panel.showPosting(hostile, null);
  const root = panel.root;
  expect(root.querySelector('h2')?.textContent).toBe('<img src=x onerror=alert(1)>');
  expect(root.querySelector('img, script:not([type]), b')).toBeNull();
  expect(root.textContent).toContain('2 requirements');
  expect(root.textContent).toContain('cannot highlight');
  // The host sits after the body, so the page's own element paths do not move.
  expect(document.documentElement.lastElementChild).toBe(panel.host);
});

test("the page's scripts cannot reach into the panel, and the saved state is no text that find() could match", () => {
  const panel = new Panel(document, { save: vi.fn(), remember: vi.fn() });
  panel.showPosting(hostile, null);
  panel.setSaved(makeJob({ status: 'interviewing' }));
  // What the page sees: a host with no open root.
  const host = document.querySelector('jobmark-panel') as HTMLElement;
  expect(host.shadowRoot).toBeNull();
  expect(host.textContent).not.toContain('Saved');
  // The panel's own words on the state are in no text node, even inside the root.
  const texts: string[] = [];
  const walk = document.createTreeWalker(panel.root, NodeFilter.SHOW_TEXT);
  while (walk.nextNode()) texts.push(walk.currentNode.nodeValue ?? '');
  expect(texts.join(' ')).not.toContain('Saved');
  expect(panel.root.querySelector('button.save')?.getAttribute('aria-label')).toBe('Saved · interviewing');
});

test('a part guessed from what its items say is shown as a guess', () => {
  const panel = new Panel(document, { save: vi.fn(), remember: vi.fn() });
  panel.showPosting({ ...hostile, provenance: { requirements: { source: 'generic', at: [], guessed: true } } }, null);
  expect(panel.root.textContent).toContain('2 requirements (guessed)');
});

test('collapse and move are remembered, and Save acts only on a click by a person', () => {
  const remember = vi.fn();
  const save = vi.fn();
  const panel = new Panel(document, { save, remember });
  panel.showPosting(hostile, null);
  const buttons = [...panel.root.querySelectorAll('button')];
  const byLabel = (label: string) => buttons.find((b) => b.getAttribute('aria-label') === label)!;
  byLabel('Collapse the Jobmark panel').click();
  expect(remember).toHaveBeenLastCalledWith({ collapsed: true, corner: 'bottom-right' });
  byLabel('Move the Jobmark panel to the next corner').click();
  expect(remember).toHaveBeenLastCalledWith({ collapsed: true, corner: 'bottom-left' });
  expect(panel.host.dataset.corner).toBe('bottom-left');
  // A script's click (untrusted) does not save.
  buttons.find((b) => b.getAttribute('aria-label') === 'Save job')!.click();
  expect(save).not.toHaveBeenCalled();
});

test('an older record of the saved job that arrives late does not replace the newer one shown', () => {
  const panel = new Panel(document, { save: vi.fn(), remember: vi.fn() });
  panel.showPosting(hostile, null);
  const button = () => [...panel.root.querySelectorAll('button')].find((b) => b.classList.contains('save'))!;
  const older = makeJob({ status: 'saved', updatedAt: '2026-12-01T10:00:00.000Z' });
  const newer = { ...older, status: 'interviewing' as const, updatedAt: '2026-12-01T10:00:01.000Z' };
  panel.setSaved(newer);
  panel.setSaved(older);
  expect(button().getAttribute('aria-label')).toBe('Saved · interviewing');
  panel.setSaved(null);
  expect(button().getAttribute('aria-label')).toBe('Save job');
});

test('the quick check: job addresses and structured data pass, other pages do not', () => {
  expect(mightBePosting(document, 'https://jobs.lever.co/acme/1')).toBe(true);
  expect(mightBePosting(document, 'https://www.remotewlb.com/apply/x')).toBe(true);
  expect(mightBePosting(document, 'https://blog.python.org/2016/12/python-360.html')).toBe(false);
  const ld = document.head.appendChild(document.createElement('script'));
  ld.type = 'application/ld+json';
  ld.textContent = '{"@type":"JobPosting"}';
  expect(mightBePosting(document, 'https://example.org/p/1')).toBe(true);
  ld.remove();
});

test('closing the panel takes the highlights off the page too', () => {
  // jsdom has no CSS Custom Highlight API: a registry like the browser's.
  const registry = new Map<string, unknown>();
  const g = globalThis as { CSS?: unknown; Highlight?: unknown };
  const saved = { CSS: g.CSS, Highlight: g.Highlight };
  g.CSS = { highlights: registry };
  g.Highlight = class {
    priority = 0;
  };
  try {
    registry.set('jobmark-requirements', {});
    registry.set('jobmark-skills', {});
    registry.set('someone-elses', {});
    const panel = new Panel(document, { save: vi.fn(), remember: vi.fn() });
    panel.showPosting(hostile, null);
    [...panel.root.querySelectorAll('button')]
      .find((b) => b.getAttribute('aria-label') === 'Close the Jobmark panel')!
      .click();
    expect(panel.host.isConnected).toBe(false);
    expect([...registry.keys()]).toEqual(['someone-elses']);
  } finally {
    g.CSS = saved.CSS;
    g.Highlight = saved.Highlight;
  }
});
