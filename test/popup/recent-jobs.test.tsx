// @vitest-environment jsdom
// The popup's "Last saved" list makes links of saved addresses: only web addresses
// become links, whatever a record in the store holds (an old save, an import).
import { render } from 'preact';
import { afterEach, expect, test } from 'vitest';
import { RecentJobs } from '../../src/popup/RecentJobs';
import { makeJob } from '../export/make-job';

afterEach(() => {
  document.body.replaceChildren();
});

const job = (url: string, title: string) => makeJob({ url, title });

test('a saved address that is not a web address is shown as text, never as a link', () => {
  const root = document.body.appendChild(document.createElement('div'));
  render(
    <RecentJobs
      jobs={[
        job('javascript:alert(document.domain)', 'Planted'),
        job(' JAVASCRIPT:alert(1)', 'Planted with a space'),
        job('data:text/html,<script>alert(1)</script>', 'Planted data'),
        job('https://jobs.lever.co/acme/1', 'Real'),
      ]}
    />,
    root,
  );
  const links = [...root.querySelectorAll('a')];
  expect(links.map((a) => a.getAttribute('href'))).toEqual(['https://jobs.lever.co/acme/1']);
  expect(links[0]?.textContent).toBe('Real');
  // The others are still listed, by title.
  const items = [...root.querySelectorAll('li')].map((li) => li.textContent);
  expect(items).toHaveLength(4);
  expect(items[0]).toContain('Planted');
});
