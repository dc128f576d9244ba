// The toolbar popup: what the current page is, and the way to save it.
import { useEffect, useState } from 'preact/hooks';
import type { JobPosting } from '../model/posting';
import { currentTabId, postingInTab } from './tab';

type View = { state: 'loading' } | { state: 'posting'; posting: JobPosting } | { state: 'none' };

export function Popup() {
  const [view, setView] = useState<View>({ state: 'loading' });
  useEffect(() => {
    currentTabId()
      .then((tabId) => (tabId === null ? null : postingInTab(tabId)))
      .then((posting) =>
        setView(posting?.isJobPosting || posting?.title ? { state: 'posting', posting } : { state: 'none' }),
      )
      .catch(() => setView({ state: 'none' }));
  }, []);

  return (
    <main class="popup">
      <header class="popup-header">
        <h1>Jobmark</h1>
        <a href="../dashboard/index.html" target="_blank" rel="noopener">
          Dashboard
        </a>
      </header>
      {view.state === 'loading' && <p aria-live="polite">Reading this page…</p>}
      {view.state === 'none' && <p>This page is not a job posting.</p>}
      {view.state === 'posting' && (
        <section aria-label="This page">
          <h2>{view.posting.title}</h2>
          {view.posting.company && <p>{view.posting.company}</p>}
        </section>
      )}
    </main>
  );
}
