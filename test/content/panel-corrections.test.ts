// @vitest-environment jsdom
// The panel's correction form on a hostile page: page text stays text, the
// person's corrections are no text the page's find() could match, every control
// has a name, and a page's script cannot correct a job through it.
import { afterEach, expect, test, vi } from 'vitest';
import { Panel } from '../../src/content/panel';
import { PanelCorrections } from '../../src/content/panel-corrections';
import { notAPosting } from '../../src/model/posting';

afterEach(() => {
  document.documentElement.querySelector('[data-jobmark]')?.remove();
});

const hostile = {
  ...notAPosting('https://jobs.lever.co/acme/1'),
  isJobPosting: true,
  title: 'Engineer',
  company: 'Acme Talent Team',
  requirements: ['<img src=x onerror=alert(1)>', 'Rust'],
  provenance: {
    requirements: { source: 'generic' as const, at: [[1], [2]], under: ['<script>alert(2)</script>', 'Bonus'] },
  },
};
const corrections = {
  facts: { company: { value: 'Acme', at: '2026-03-02T09:00:00.000Z' } },
  moves: [{ from: 'requirements' as const, text: 'Rust', to: 'niceToHave' as const, at: '2026-03-02T09:00:00.000Z' }],
};

function mount() {
  const panel = new Panel(document, { save: vi.fn(), remember: vi.fn() });
  panel.showPosting(hostile, null);
  const correct = vi.fn(async () => {});
  const form = new PanelCorrections(document, panel.root, { correct });
  panel.extra.append(form.element);
  form.show(hostile, corrections);
  return { root: panel.root, correct };
}

test('page text in the form is text, never markup; every control is named', () => {
  const { root } = mount();
  expect(root.querySelector('img, script, b')).toBeNull();
  expect(root.textContent).toContain('<img src=x onerror=alert(1)>');
  const names = [...root.querySelectorAll('select[aria-label]')].map((s) => s.getAttribute('aria-label'));
  expect(names).toContain('Part for everything under “<script>alert(2)</script>”');
  expect(names).toContain('Part for “Rust”');
  const rust = root.querySelector<HTMLSelectElement>('select[aria-label="Part for “Rust”"]');
  expect(rust?.value).toBe('niceToHave');
  for (const input of root.querySelectorAll('input, select')) {
    expect(input.closest('label') ?? input.getAttribute('aria-label')).toBeTruthy();
  }
  expect(root.querySelector<HTMLInputElement>('[data-key="company"]')?.value).toBe('Acme');
});

test('what the person corrected is no text of the panel: the page’s find() cannot learn the job is saved', () => {
  const { root } = mount();
  expect(root.textContent).not.toContain('Corrected by you');
  expect(root.querySelector('[data-words]')?.getAttribute('data-words')).toBe(
    'Corrected by you. Read: Acme Talent Team',
  );
  expect(root.querySelector('button[aria-label="Back to the value read for Company"]')).not.toBeNull();
});

test('a page’s script cannot correct through the form: untrusted events do nothing', () => {
  const { root, correct } = mount();
  const rust = root.querySelector<HTMLSelectElement>('select[aria-label="Part for “Rust”"]') as HTMLSelectElement;
  rust.value = 'none';
  rust.dispatchEvent(new Event('change'));
  const company = root.querySelector<HTMLInputElement>('[data-key="company"]') as HTMLInputElement;
  company.value = 'Evil';
  company.dispatchEvent(new Event('change'));
  (root.querySelector('[data-key="add"]') as HTMLButtonElement).click();
  expect(correct).not.toHaveBeenCalled();
});
