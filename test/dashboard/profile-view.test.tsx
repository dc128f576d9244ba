// @vitest-environment jsdom
// The Profile view as a person uses it: a value that cannot be right is refused with words and nothing
// is saved; a file that is not a CV's text is refused with words; what is found in a CV fills the form.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, expect, test } from 'vitest';
import { ProfileView } from '../../src/dashboard/ProfileView';
import { EMPTY_PROFILE, type Profile } from '../../src/model/profile';

afterEach(() => {
  document.body.replaceChildren();
});

function show() {
  const saved: Profile[] = [];
  const root = document.body.appendChild(document.createElement('div'));
  render(<ProfileView profile={EMPTY_PROFILE} onSave={async (p) => void saved.push(p)} />, root);
  return { root, saved };
}

const field = (root: HTMLElement, label: string) =>
  [...root.querySelectorAll('label')]
    .find((l) => l.textContent?.startsWith(label))
    ?.querySelector('input, textarea, select') as HTMLInputElement | HTMLTextAreaElement;

async function type(input: HTMLInputElement | HTMLTextAreaElement, value: string) {
  await act(async () => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

const button = (root: HTMLElement, name: string) =>
  [...root.querySelectorAll('button')].find((b) => b.textContent?.trim() === name) as HTMLButtonElement;

test('a pay floor without a currency is refused with words, and nothing is saved', async () => {
  const { root, saved } = show();
  await type(field(root, 'Amount'), '70000');
  await act(async () => button(root, 'Save profile').click());
  expect(root.querySelector('[role="alert"]')?.textContent).toBe(
    'Not saved: the currency of the lowest pay is not a three-letter code (EUR, USD, GBP…).',
  );
  expect(saved).toEqual([]);
  await type(field(root, 'Currency'), 'eur');
  await type(field(root, 'Languages you speak'), 'Deutsch, english, Klingon');
  await act(async () => button(root, 'Save profile').click());
  expect(saved).toEqual([
    {
      ...EMPTY_PROFILE,
      languages: ['German', 'English', 'Klingon'],
      payFloor: { amount: 70000, currency: 'EUR', period: 'year' },
    },
  ]);
});

test('a CV read proposes what it found; what is kept fills the form, the rest does not', async () => {
  const { root } = show();
  await type(
    field(root, 'Your CV’s text'),
    'Summary\nEngineer with 6 years of experience in Go, Kafka and Postgres.\n\nLanguages\nFrench (native), English (C1)',
  );
  await act(async () => button(root, 'Read my CV').click());
  const boxes = [...root.querySelectorAll('.cv-found label')].map((l) => l.textContent);
  expect(boxes).toEqual(['Go', 'Kafka', 'PostgreSQL', '6 years of experience (as your CV says)', 'French', 'English']);
  const kafka = [...root.querySelectorAll('.cv-found label')]
    .find((l) => l.textContent === 'Kafka')
    ?.querySelector('input');
  await act(async () => kafka?.click());
  await act(async () => button(root, 'Add what is checked to my profile').click());
  const skills = [...root.querySelectorAll('.skills li input[type="text"]')].map((i) => (i as HTMLInputElement).value);
  expect(skills).toEqual(['Go', 'PostgreSQL']);
  expect(field(root, 'Years of experience').value).toBe('6');
  expect(field(root, 'Languages you speak').value).toBe('French, English');
});

test('a file Jobmark does not read (a Word document) is refused with words, and the typed text stays', async () => {
  const { root } = show();
  await type(field(root, 'Your CV’s text'), 'Jane Doe, Go and Postgres');
  const input = root.querySelector('.cv-reader input[type="file"]') as HTMLInputElement;
  const docx = new File(['PK\u0003\u0004'], 'cv.docx', {
    type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  });
  Object.defineProperty(input, 'files', { value: [docx] });
  await act(async () => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await act(async () => new Promise((r) => setTimeout(r, 0)));
  expect(root.querySelector('[role="alert"]')?.textContent).toBe(
    'cv.docx is not a file Jobmark reads: choose a .pdf, .txt or .md file, or paste the CV’s text.',
  );
  expect(field(root, 'Your CV’s text').value).toBe('Jane Doe, Go and Postgres');
});

test('a CV kept as a named version is saved with the profile, and can be removed', async () => {
  const { root, saved } = show();
  await type(field(root, 'Your CV’s text'), 'Jane Doe\nBackend engineer, Go and Postgres.');
  expect(button(root, 'Keep as a CV version').disabled).toBe(true);
  await type(field(root, 'Name for this CV version'), 'Backend, English');
  await act(async () => button(root, 'Keep as a CV version').click());
  expect(root.querySelector('.cv-versions li')?.textContent).toMatch(
    /^Backend, English \(kept \d{4}-\d{2}-\d{2}, 43 characters\)/,
  );
  await act(async () => button(root, 'Save profile').click());
  expect(saved[0]?.cvs).toEqual([
    { name: 'Backend, English', text: 'Jane Doe\nBackend engineer, Go and Postgres.', savedAt: expect.any(String) },
  ]);
  const remove = root.querySelector('[aria-label="Remove the CV version Backend, English"]') as HTMLButtonElement;
  await act(async () => remove.click());
  await act(async () => button(root, 'Save profile').click());
  expect(saved[1]).not.toHaveProperty('cvs');
});

test('a .txt or .md file chosen, or dropped on the text box, fills it with its text', async () => {
  const { root } = show();
  const input = root.querySelector('.cv-reader input[type="file"]') as HTMLInputElement;
  const md = new File(['# Jane Doe\n\nGo, Kafka and Postgres.'], 'cv.md', { type: '' });
  Object.defineProperty(input, 'files', { value: [md], configurable: true });
  await act(async () => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await act(async () => new Promise((r) => setTimeout(r, 0)));
  const text = field(root, 'Your CV’s text');
  expect(text.value).toBe('# Jane Doe\n\nGo, Kafka and Postgres.');
  const drop = new Event('drop', { bubbles: true, cancelable: true }) as Event & { dataTransfer: unknown };
  drop.dataTransfer = { files: [new File(['Dropped CV'], 'other.txt', { type: 'text/plain' })] };
  await act(async () => {
    text.dispatchEvent(drop);
  });
  await act(async () => new Promise((r) => setTimeout(r, 0)));
  expect(text.value).toBe('Dropped CV');
  expect(drop.defaultPrevented).toBe(true);
});
