// Writes the extractor's output for every fixture page, every synthetic page and
// every snippet to one JSON file, to prove a refactor changes nothing.
//   npm run build:lib && node scripts/extract-snapshot.mjs OUT.json, before and after; then diff the two files.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';

const root = process.cwd();
const { extractJob } = await import(resolve(root, 'dist-lib/extract.js'));
const out = {};
const read = (html, url) => {
  const dom = new JSDOM(html, { url: url || 'https://example.invalid/', virtualConsole: new VirtualConsole() });
  return extractJob(dom.window.document, url);
};
for (const dir of [resolve(root, '../shared/fixtures/pages'), resolve(root, 'test/pages')]) {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (!existsSync(join(p, 'source.html'))) continue;
    const exp = JSON.parse(readFileSync(join(p, 'expected.json'), 'utf8'));
    out[`${dir}/${name}`] = read(readFileSync(join(p, 'source.html'), 'utf8'), exp.url ?? '');
  }
}
const snip = resolve(root, '../shared/fixtures/snippets');
for (const f of readdirSync(snip).filter((f) => f.endsWith('.html'))) {
  out[`snippet/${f}`] = read(readFileSync(join(snip, f), 'utf8'), 'https://example.com/job');
}
writeFileSync(process.argv[2], JSON.stringify(out, null, 1));
console.log(Object.keys(out).length, 'pages written to', process.argv[2]);
