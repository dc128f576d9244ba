// A page the person says is a job posting, where the reader found none: Jobmark
// keeps it as a posting with the page's title and text, and the person marks
// what matters on it (panel-corrections.ts). Reads only; plain text only.
import { type JobPosting, notAPosting } from '../model/posting';

const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

export function barePosting(doc: Document, url: string): JobPosting {
  const title = squash(doc.querySelector('h1')?.textContent) || squash(doc.title);
  const body = doc.body as HTMLElement | null;
  return {
    ...notAPosting(url),
    isJobPosting: true,
    title: title.slice(0, 300) || null,
    // biome-ignore lint/performance/useDomNodeTextContent: the text a person sees, without the page's scripts and styles
    description: squash(body?.innerText ?? body?.textContent).slice(0, 100_000),
  };
}
