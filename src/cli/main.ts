// `jobmark extract FILE|URL [--url URL] [--rules FILE]`: prints the posting a page holds as
// JSON. A file is read as bytes and decoded as a browser would; a URL is
// fetched (the user asked for it: the extension itself never fetches). With no
// argument it reads the bundled sample posting.
import { readFile } from 'node:fs/promises';
import { JSDOM, VirtualConsole } from 'jsdom';
import { extractJob } from '../extract/index';
import type { SiteRule } from '../model/site-rules';
import { parseRules } from '../model/validate-rules';
import { decodeHtml } from './decode';

const USAGE = `usage: jobmark extract [FILE.html|URL] [--url URL] [--rules FILE.json]

Prints the job posting the page holds, as JSON. With no FILE, reads the bundled sample posting.
  --url URL   the page's address (for relative links and site rules) when reading a file
  --rules FILE.json   site rules to apply: a list of rules, or a Jobmark JSON backup (its "rules")`;

interface Args {
  input: string | null;
  url: string | null;
  rules: string | null;
}

function parseArgs(argv: string[]): Args | string {
  const rest = [...argv];
  if (rest[0] === 'extract') rest.shift();
  const args: Args = { input: null, url: null, rules: null };
  while (rest.length) {
    const a = rest.shift()!;
    if (a === '--url') {
      const v = rest.shift();
      if (!v) return '--url needs a value';
      args.url = v;
    } else if (a.startsWith('--url=')) args.url = a.slice(6);
    else if (a === '--rules' || a.startsWith('--rules=')) {
      const v = a === '--rules' ? rest.shift() : a.slice(8);
      if (!v) return '--rules needs a file';
      args.rules = v;
    } else if (a === '-h' || a === '--help') return '';
    else if (a.startsWith('--')) return `unknown option ${a}`;
    else if (args.input === null) args.input = a;
    else return `unexpected argument ${a}`;
  }
  return args;
}

async function load(input: string | null): Promise<{ html: string; url: string | null }> {
  if (input && /^https?:\/\//i.test(input)) {
    const res = await fetch(input, { redirect: 'follow' });
    const bytes = new Uint8Array(await res.arrayBuffer());
    const charset = /charset=([\w-]+)/i.exec(res.headers.get('content-type') ?? '')?.[1] ?? null;
    return { html: decodeHtml(bytes, charset), url: res.url || input };
  }
  // dist-lib/cli.js → the package's public/sample-posting.html
  const path = input ?? new URL(/* @vite-ignore */ '../public/sample-posting.html', import.meta.url);
  const bytes = new Uint8Array(await readFile(path));
  return {
    html: decodeHtml(bytes),
    url: input ? null : 'https://www.remotewlb.com/apply/senior-software-engineer-distributed-systems-lisbon',
  };
}

/** Parses HTML as a browser would (a fragment becomes a whole document); scripts never run. */
export function parseHtml(html: string, url: string | null): Document {
  const virtualConsole = new VirtualConsole(); // CSS and parse warnings are not the user's business
  let valid: string | undefined;
  try {
    valid = url ? new URL(url).href : undefined;
  } catch {
    valid = undefined;
  }
  return new JSDOM(html, { url: valid, virtualConsole }).window.document;
}

/** Rules from a file: a list of rules or a backup holding one; each checked as an import checks it. */
async function loadRules(path: string): Promise<SiteRule[]> {
  const data: unknown = JSON.parse(await readFile(path, 'utf8'));
  const list = Array.isArray(data) ? data : ((data as { rules?: unknown } | null)?.rules ?? []);
  return parseRules(list, path);
}

export async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  if (typeof args === 'string') {
    if (args) process.stderr.write(`jobmark: ${args}\n`);
    process.stderr.write(`${USAGE}\n`);
    return args ? 2 : 0;
  }
  let page: { html: string; url: string | null };
  try {
    page = await load(args.input);
  } catch (e) {
    process.stderr.write(`jobmark: cannot read ${args.input ?? 'the sample posting'}: ${(e as Error).message}\n`);
    return 1;
  }
  let rules: SiteRule[] = [];
  try {
    rules = args.rules ? await loadRules(args.rules) : [];
  } catch (e) {
    process.stderr.write(`jobmark: cannot use the rules in ${args.rules}: ${(e as Error).message}\n`);
    return 1;
  }
  const url = args.url ?? page.url ?? '';
  const doc = parseHtml(page.html, url);
  const posting = extractJob(doc, url, rules);
  process.stdout.write(`${JSON.stringify(posting, null, 2)}\n`);
  return 0;
}
