// A profile started from a PDF CV (issue 18), with the built extension in both
// browsers: a person chooses their CV's PDF in the Profile view, or drops it on the
// text box; its text fills the box line by line as a pasted CV's would, and Jobmark
// proposes the skills, years, degree and languages it finds. The PDFs are real files
// with a text layer (scripts/cv-pdf.mjs), one English over two pages, one German
// with umlauts. A scanned, a password-protected, an overlong and a broken PDF are
// each refused with words, and the text the person had typed stays.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { cvPdf, encryptedPdf, manyPagesPdf, SAMPLE_CVS, scannedPdf } from '../../scripts/cv-pdf.mjs';
import { BROWSERS, type ExtensionBrowser, launchBrowser, type Page } from './driver';

const folder = mkdtempSync(join(tmpdir(), 'jobmark-cv-pdf-'));
const file = (name: string, bytes: Buffer) => {
  const path = join(folder, name);
  writeFileSync(path, bytes);
  return path;
};
const english = file('jane-doe-cv.pdf', cvPdf(SAMPLE_CVS.english));
const german = cvPdf(SAMPLE_CVS.german);
const refused = {
  scanned: file('scanned.pdf', scannedPdf()),
  locked: file('locked.pdf', encryptedPdf()),
  long: file('long.pdf', manyPagesPdf(40)),
  // 28 full pages of text: under the pages' cap, over the text's.
  wordy: file(
    'wordy.pdf',
    cvPdf(
      Array.from({ length: 28 }, () =>
        Array(50).fill('Backend engineer: Go, Kafka, Postgres. '.repeat(2)).join('\n'),
      ).join('\f'),
    ),
  ),
  broken: file('broken.pdf', Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\nno table, no trailer\n')),
  notPdf: file('photo.pdf', Buffer.from('GIF89a: a picture named as a PDF')),
};
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const CHOOSE = 'Or choose a file (.pdf, .txt, .md)';
const FOUND = 'Found in your CV: keep what is right';

async function profileView(browser: ExtensionBrowser): Promise<Page> {
  const dashboard = await browser.openDashboard();
  await dashboard.getByRole('button', { name: 'Profile' }).click();
  await dashboard.getByRole('textbox', { name: 'Your CV’s text' }).waitFor();
  return dashboard;
}

/** The checkboxes Jobmark proposes, by name, and whether each is checked. */
async function proposed(dashboard: Page, names: string[]): Promise<boolean[]> {
  const found = dashboard.getByRole('group', { name: FOUND });
  await found.waitFor();
  return Promise.all(names.map((n) => found.getByRole('checkbox', { name: n, exact: true }).isChecked()));
}

describe.each(BROWSERS)('%s', (name) => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launchBrowser(name);
  });
  afterAll(() => browser?.close());

  test('a PDF CV chosen: its text fills the box line by line, and Jobmark proposes what it finds, kept into the form', async () => {
    const dashboard = await profileView(browser);
    await dashboard.getByLabel(CHOOSE).setInputFiles(english);
    await dashboard
      .getByRole('status')
      .filter({ hasText: 'The text of jane-doe-cv.pdf is in the box above: check it, then press Read my CV.' })
      .waitFor();
    // Each line of the page a line, pieces of one line joined (the dates at its right, a line drawn in two
    // pieces), a wider gap an empty line, and the second page after an empty line.
    expect(await dashboard.getByRole('textbox', { name: 'Your CV’s text' }).inputValue()).toBe(
      [
        'Jane Doe',
        'Backend engineer · Lisbon · jane@example.org',
        '',
        'Summary',
        'Backend engineer with 7 years of experience building payment systems.',
        '',
        'Work experience',
        'Staff Engineer, Paylane 2021 – present',
        'Payment services in Go, Postgres, Kafka and K8s.',
        'Backend Developer, Shopwise 2018 – 2021',
        'Order API in Python, Django and Redis.',
        '',
        'Education',
        'MSc Computer Science, University of Lisbon 2016 – 2018',
        '',
        'Languages',
        'Portuguese (native), English (fluent, C1)',
      ].join('\n'),
    );
    await dashboard.getByRole('button', { name: 'Read my CV' }).click();
    const skills = ['Go', 'PostgreSQL', 'Kafka', 'Kubernetes', 'Python', 'Django', 'Redis'];
    expect(await proposed(dashboard, skills)).toEqual(skills.map(() => true));
    expect(
      await proposed(dashboard, ['7 years of experience (as your CV says)', 'Master’s', 'Portuguese', 'English']),
    ).toEqual([true, true, true, true]);

    await dashboard.getByRole('button', { name: 'Add what is checked to my profile' }).click();
    const form = dashboard.getByRole('form', { name: 'Your profile' });
    await expect.poll(() => form.getByRole('textbox', { name: 'Skill' }).count()).toBe(7);
    expect(await form.getByRole('spinbutton', { name: 'Years of experience' }).inputValue()).toBe('7');
    expect(await form.getByRole('checkbox', { name: 'Master’s' }).isChecked()).toBe(true);
    expect(await form.getByRole('textbox', { name: 'Languages you speak (comma-separated)' }).inputValue()).toBe(
      'Portuguese, English',
    );
    await dashboard.close();
  });

  test('a German PDF CV dropped on the text box: its umlauts read right, its years counted from its dates', async () => {
    const dashboard = await profileView(browser);
    const box = dashboard.getByRole('textbox', { name: 'Your CV’s text' });
    // The file the person drags from their file manager, as the drop hands it to the page.
    await box.evaluate((element, base64) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const transfer = new DataTransfer();
      transfer.items.add(new File([bytes], 'Lebenslauf Müller.pdf', { type: 'application/pdf' }));
      for (const type of ['dragenter', 'dragover', 'drop'])
        element.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: transfer }));
    }, german.toString('base64'));
    await dashboard
      .getByRole('status')
      .filter({ hasText: 'The text of Lebenslauf Müller.pdf is in the box above' })
      .waitFor();
    const text = await box.inputValue();
    expect(
      text.startsWith('Jürgen Müller\nSoftwareentwickler · München · juergen@example.org\n\nBerufserfahrung\n'),
    ).toBe(true);
    expect(text).toContain('Master of Science Informatik, Technische Universität München 2010 – 2015');
    expect(text.endsWith('Deutsch (Muttersprache), Englisch (verhandlungssicher), Französisch (Grundkenntnisse)')).toBe(
      true,
    );

    await dashboard.getByRole('button', { name: 'Read my CV' }).click();
    const skills = ['Java', 'Spring Boot', 'Kotlin', 'Docker', 'TypeScript', 'Angular', 'PostgreSQL'];
    expect(await proposed(dashboard, skills)).toEqual(skills.map(() => true));
    const years = `${new Date().getFullYear() - 2015} years of experience (from the dates of your work history)`;
    // "Französisch" is French only if its ö was read as one.
    expect(await proposed(dashboard, [years, 'Master’s', 'German', 'English', 'French'])).toEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
    await dashboard.close();
  });

  test('a scanned, a locked, an overlong and a broken PDF are refused with words, and the typed text stays', async () => {
    const dashboard = await profileView(browser);
    const box = dashboard.getByRole('textbox', { name: 'Your CV’s text' });
    await box.fill('Jane Doe, Go and Postgres');
    const refusals: [string, string][] = [
      [
        refused.scanned,
        'scanned.pdf has no text to read: its pages are pictures, as a scanned CV’s are. Export the CV as a PDF again from the program it was written in, or paste its text.',
      ],
      [
        refused.locked,
        'locked.pdf is protected by a password, so Jobmark cannot read it. Save a copy without the password, or paste the CV’s text.',
      ],
      [refused.long, 'long.pdf has 40 pages: Jobmark reads a CV of up to 30. Paste the part that is your CV.'],
      [
        refused.wordy,
        'wordy.pdf holds more than 100,000 characters of text: that is not a CV. Paste the part that is your CV.',
      ],
      [refused.broken, 'broken.pdf could not be read as a PDF: it may be damaged. Paste the CV’s text instead.'],
      [refused.notPdf, 'photo.pdf is not a PDF, whatever its name says.'],
    ];
    for (const [path, message] of refusals) {
      await dashboard.getByLabel(CHOOSE).setInputFiles(path);
      await dashboard.getByRole('alert').filter({ hasText: message }).waitFor();
      expect(await box.inputValue()).toBe('Jane Doe, Go and Postgres');
    }
    // What was typed is still read as it was.
    await dashboard.getByRole('button', { name: 'Read my CV' }).click();
    expect(await proposed(dashboard, ['Go', 'PostgreSQL'])).toEqual([true, true]);
    await dashboard.close();
  });
});
