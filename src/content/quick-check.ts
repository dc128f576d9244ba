// The quick check a page passes before the extractor runs on its own (the
// person asking skips it): pages that are plainly not job postings cost a few
// attribute and URL tests, no reading of their text.

/** Words in a URL that job pages carry, in the languages of the job sites Jobmark knows. */
const JOB_URL =
  /job|career|karriere|position|vacanc|vacatur|opening|stellen|emploi|empleo|lavoro|vaga|praca|prace|nabidk|apply|posting|recruit|hiring|talent|werk|work/i;

export function mightBePosting(doc: Document, href: string): boolean {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return false;
  }
  if (JOB_URL.test(url.hostname + url.pathname + url.search)) return true;
  // Structured data: schema.org JobPosting as JSON-LD or microdata.
  if (doc.querySelector('[itemtype*="JobPosting" i]')) return true;
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    if (script.textContent?.includes('JobPosting')) return true;
  }
  return false;
}
