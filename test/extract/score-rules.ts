// The scoring rules of ../shared/tools/score.mjs, duplicated faithfully so the
// fixture suite can score in-process (spawning the CLI per page takes minutes).
// Keep in step with score.mjs: same folding, same matching, same thresholds.

type Json = unknown;

export const fold = (s: Json): string =>
  String(s ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[\u2018\u2019\u201a\u201b`´]/g, "'")
    .replace(/[\u201c\u201d\u201e]/g, '"')
    .replace(/^[\s\-*•·●▪◦‣–—>]+/, '')
    .replace(/\s+/g, ' ')
    .trim();
const words = (s: Json) =>
  new Set(
    fold(s)
      .split(/[^\p{L}\p{N}+#]+/u)
      .filter(Boolean),
  );
const jaccard = (a: Json, b: Json) => {
  const A = words(a);
  const B = words(b);
  if (!A.size && !B.size) return 1;
  let n = 0;
  for (const w of A) if (B.has(w)) n++;
  return n / (A.size + B.size - n);
};
const LEGAL_FORM =
  /[\s,]+(inc|llc|ltd|limited|gmbh|ag|sa|s\.?a\.?s|b\.?v|plc|corp|corporation|co|company|s\.?r\.?o|a\.?s|oy|ab|as|srl|spa|pty|pte|pvt|private|s\.?l|s\.?a)\.?$/;
const company = (s: Json) => {
  let f = fold(s);
  for (let i = 0; i < 3; i++) f = f.replace(LEGAL_FORM, '');
  return f.replace(/[.,]/g, ' ').replace(/\s+/g, ' ').trim();
};
const canonUrl = (u: Json) => {
  try {
    const url = new URL(String(u));
    for (const k of [...url.searchParams.keys()])
      if (/^(utm_|gh_src|ref|source|trk|refid|trackingid)/i.test(k)) url.searchParams.delete(k);
    url.hash = '';
    return (url.origin + url.pathname.replace(/\/+$/, '') + (url.search || '')).toLowerCase();
  } catch {
    return fold(u);
  }
};

function listF1(expected: Json[], gotIn: Json): number {
  const got = Array.isArray(gotIn) ? gotIn.map(String) : [];
  if (!expected.length && !got.length) return 1;
  if (!expected.length || !got.length) return 0;
  const used = new Set<number>();
  let hits = 0;
  for (const e of expected) {
    let best = -1;
    let bestScore = 0;
    got.forEach((g, i) => {
      if (used.has(i)) return;
      const fe = fold(e);
      const fg = fold(g);
      let s = jaccard(e, g);
      if (fe.length >= 20 && fg.length >= 20 && (fe.includes(fg) || fg.includes(fe))) s = Math.max(s, 0.8);
      if (s > bestScore) {
        bestScore = s;
        best = i;
      }
    });
    if (best >= 0 && bestScore >= 0.6) {
      used.add(best);
      hits++;
    }
  }
  const p = hits / got.length;
  const r = hits / expected.length;
  return p + r ? (2 * p * r) / (p + r) : 0;
}
const SKILL_ALIASES: Record<string, string> = {
  golang: 'go',
  'google cloud': 'gcp',
  'google cloud platform': 'gcp',
  k8s: 'kubernetes',
  postgres: 'postgresql',
  mongo: 'mongodb',
  nodejs: 'node',
  js: 'javascript',
  ecmascript: 'javascript',
  ts: 'typescript',
  reactjs: 'react',
  vuejs: 'vue',
  vue: 'vue',
  angularjs: 'angular',
  dotnet: '.net',
  'net core': '.net',
  'asp.net core': 'asp.net',
  csharp: 'c#',
  cplusplus: 'c++',
  cpp: 'c++',
  'amazon web services': 'aws',
  'microsoft azure': 'azure',
  'ms excel': 'excel',
  'microsoft excel': 'excel',
  'ms office': 'microsoft office',
  'ms sql': 'sql server',
  mssql: 'sql server',
  'microsoft sql server': 'sql server',
  ppt: 'powerpoint',
  'microsoft powerpoint': 'powerpoint',
  'power bi': 'powerbi',
  tf: 'terraform',
  'gitlab ci/cd': 'gitlab ci',
  elastic: 'elasticsearch',
  'apache kafka': 'kafka',
  'apache spark': 'spark',
  'apache airflow': 'airflow',
  'google bigquery': 'bigquery',
  'objective c': 'objective-c',
  'amazon ecs': 'ecs',
  'amazon sqs': 'sqs',
  'amazon s3': 's3',
  'amazon ec2': 'ec2',
  'amazon dynamodb': 'dynamodb',
  'amazon rds': 'rds',
  'amazon eks': 'eks',
  'google kubernetes engine': 'gke',
  'microsoft teams': 'teams',
};
const skill = (s: Json) => {
  const f = fold(s)
    .replace(/\.js$/, '')
    .replace(/\s*\(.*\)$/, '');
  return SKILL_ALIASES[f] ?? SKILL_ALIASES[f.replace(/[.\s-]/g, '')] ?? f;
};
function setF1(expected: Json[], got: Json, norm: (s: Json) => string = fold): number {
  const E = new Set(expected.map(norm));
  const G = new Set((Array.isArray(got) ? got : []).map(norm));
  if (!E.size && !G.size) return 1;
  if (!E.size || !G.size) return 0;
  let n = 0;
  for (const x of G) if (E.has(x)) n++;
  const p = n / G.size;
  const r = n / E.size;
  return p + r ? (2 * p * r) / (p + r) : 0;
}
const num = (x: Json) => (x === null || x === undefined || x === '' ? null : Number(x));
const near = (a: number | null, b: number | null) =>
  a === null || b === null ? a === b : Math.abs(a - b) <= Math.max(1, 0.01 * Math.abs(a));

type Rec = Record<string, Json>;
const o = (x: Json): Rec => (x && typeof x === 'object' ? (x as Rec) : {});

export const FIELDS: Record<string, (e: Json, g: Json, all: Rec) => number> = {
  isJobPosting: (e, g, all) => Number((g === undefined ? Boolean(all.title) : Boolean(g)) === Boolean(e)),
  title: (e, g) => (e === null ? Number(!g) : Number(!!g && (fold(e) === fold(g) || jaccard(e, g) >= 0.9))),
  company: (e, g) =>
    e === null ? Number(!g) : Number(!!g && (company(e) === company(g) || jaccard(company(e), company(g)) >= 0.75)),
  locations: (e, g) => {
    const text = fold(([] as Json[]).concat(g ?? []).join(' | '));
    const list = e as Json[];
    if (!list.length) return Number(!text);
    return list.filter((t) => text.includes(fold(t))).length / list.length;
  },
  workplace: (e, g) => Number((e ?? null) === (g ?? null)),
  employmentType: (e, g) => Number((e ?? null) === (g ?? null)),
  seniority: (e, g) => Number((e ?? null) === (g ?? null)),
  salary: (e, g) => {
    if (e === null) return Number(!g);
    if (!g) return 0;
    const E = o(e);
    const G = o(g);
    return Number(
      near(num(E.min), num(G.min)) &&
        near(num(E.max), num(G.max)) &&
        fold(E.currency) === fold(G.currency) &&
        fold(E.period) === fold(G.period),
    );
  },
  applyUrl: (e, g) => (e === null ? Number(!g) : Number(!!g && canonUrl(e) === canonUrl(g))),
  datePosted: (e, g) => (e === null ? Number(!g) : Number(!!g && String(g).slice(0, 10) === String(e).slice(0, 10))),
  skills: (e, g) => setF1(e as Json[], g, skill),
  education: (e, g) => setF1(e as Json[], g),
  experienceYears: (e, g) => {
    if (e === null) return Number(!g);
    const E = o(e);
    const G = o(g);
    return Number(!!g && num(E.min) === num(G.min) && (E.max === undefined || num(E.max) === num(G.max)));
  },
  responsibilities: (e, g) => listF1(e as Json[], g),
  requirements: (e, g) => listF1(e as Json[], g),
  niceToHave: (e, g) => listF1(e as Json[], g),
  benefits: (e, g) => listF1(e as Json[], g),
};

/** Per-field scores of one page: only the fields expected.json labels. */
export function scorePage(expected: Rec, got: Rec): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [field, fn] of Object.entries(FIELDS))
    if (field in expected) out[field] = fn(expected[field], got[field], got);
  return out;
}
