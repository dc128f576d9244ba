// Finds technology names (languages, frameworks, tools, business software) in
// job-posting text. Built for precision: short or common words only count
// where the surrounding text shows they name a technology.
//
// How it works: the text is cut into tokens (runs of letters/digits, or single
// symbols), and a trie of token sequences built once from TECHNOLOGIES is
// walked from every token. Tokens let "C++", ".NET", "CI/CD" and "Node.js" be
// matched with real word boundaries, and the trie gives the longest match at
// each place in one pass, so "Google Cloud Platform" is one hit, not three.
// Names that need context are then kept only when they stand in a list with
// other accepted technologies, or next to a cue ("in Go", "R programming").

import { type SkillContext, TECHNOLOGIES, type Technology } from './skills-data';
import { currentWords } from './words';

export interface SkillHit {
  /** Canonical name, e.g. "PostgreSQL" for "Postgres". */
  name: string;
  /** Offset of the first character in the text. */
  start: number;
  /** Offset just past the last character. */
  end: number;
}

interface Surface {
  name: string;
  /** The surface form's tokens as written, for case-sensitive comparison. */
  tokens: readonly string[];
  caseSensitive: boolean;
  context: SkillContext | undefined;
  office: boolean;
  notBefore: readonly string[] | undefined;
  /** The form starts with a symbol (".NET"): it must not be glued to a word. */
  symbolStart: boolean;
  /** A one-letter name (C, R): stricter boundaries. */
  single: boolean;
}

interface TrieNode {
  next: Map<string, TrieNode> | undefined;
  ends: Surface[] | undefined;
}

interface Candidate {
  surface: Surface;
  start: number;
  end: number;
  /** 0 = pending, 1 = accepted. */
  state: number;
}

const isWordCode = (c: number): boolean =>
  (c >= 48 && c <= 57) || // 0-9
  (c >= 65 && c <= 90) || // A-Z
  (c >= 97 && c <= 122) || // a-z
  c === 95 || // _
  (c > 127 && isUnicodeWord(c));

const UNICODE_WORD = /[\p{L}\p{N}\p{M}]/u;
/** Per code unit: 0 not yet known, 1 word, 2 not a word. Filled as met. */
const unicodeClass = new Uint8Array(65536);
// Latin-1 and Latin Extended letters (most European text) need no regex.
for (let c = 0xc0; c <= 0x24f; c++) unicodeClass[c] = c === 0xd7 || c === 0xf7 ? 2 : 1;
function isUnicodeWord(c: number): boolean {
  let k = unicodeClass[c];
  if (!k) {
    k = UNICODE_WORD.test(String.fromCharCode(c)) ? 1 : 2;
    unicodeClass[c] = k;
  }
  return k === 1;
}

const isSpaceCode = (c: number): boolean =>
  c === 32 ||
  (c >= 9 && c <= 13) ||
  c === 160 ||
  c === 0x200b ||
  (c >= 0x2000 && c <= 0x200a) ||
  c === 0x202f ||
  c === 0x3000 ||
  c === 0xfeff;

/** Splits `text` into tokens; calls `emit(start, end)` for each. */
function tokenize(text: string, emit: (start: number, end: number) => void): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isSpaceCode(c)) {
      i++;
    } else if (isWordCode(c)) {
      let j = i + 1;
      while (j < n && isWordCode(text.charCodeAt(j))) j++;
      emit(i, j);
      i = j;
    } else {
      // Keep surrogate pairs (emoji) together so offsets stay on characters.
      const j = c >= 0xd800 && c <= 0xdbff && i + 1 < n ? i + 2 : i + 1;
      emit(i, j);
      i = j;
    }
  }
}

function splitSurface(form: string): { tokens: string[]; spaced: boolean[] } {
  const tokens: string[] = [];
  const spaced: boolean[] = [];
  let last = -1;
  tokenize(form, (s, e) => {
    tokens.push(form.slice(s, e));
    spaced.push(last >= 0 && s > last);
    last = e;
  });
  return { tokens, spaced };
}

/** Trie key of token k: the space before it matters ("C ++" is not "C++"). */
const keyOf = (lower: string, spaced: boolean): string => (spaced ? ` ${lower}` : lower);

let trie: TrieNode | undefined;

/**
 * A cheap filter run before any string is cut: one bit per (first two ASCII
 * characters, token length) that starts some name. Most words of a page are
 * turned away here without an allocation.
 */
const firstFilter = new Uint32Array(1 << 15);
const lowerCode = (c: number): number => (c >= 65 && c <= 90 ? c + 32 : c);
function filterKey(c0: number, c1: number, len: number): number {
  return (((c0 << 7) | c1) << 6) | Math.min(len, 63);
}
function markFirst(tok: string): void {
  const c0 = lowerCode(tok.charCodeAt(0));
  const c1 = tok.length > 1 ? lowerCode(tok.charCodeAt(1)) : 0;
  if (c0 >= 128 || c1 >= 128) return; // such tokens always take the slow path
  const h = filterKey(c0, c1, tok.length);
  firstFilter[h >>> 5] = (firstFilter[h >>> 5] ?? 0) | (1 << (h & 31));
}

function addSurface(
  root: TrieNode,
  form: string,
  tech: Technology,
  caseSensitive: boolean,
  context: SkillContext | undefined,
): void {
  const { tokens, spaced } = splitSurface(form);
  if (tokens.length === 0) return;
  markFirst(tokens[0] ?? '');
  let node = root;
  tokens.forEach((tok, k) => {
    const key = keyOf(tok.toLowerCase(), spaced[k] === true);
    node.next ??= new Map();
    let child = node.next.get(key);
    if (!child) {
      child = { next: undefined, ends: undefined };
      node.next.set(key, child);
    }
    node = child;
  });
  const first = tokens[0] ?? '';
  const surface: Surface = {
    name: tech.name,
    tokens,
    caseSensitive,
    context,
    office: tech.group === 'office',
    notBefore: tech.notBefore,
    symbolStart: !isWordCode(first.charCodeAt(0)),
    single: tokens.length === 1 && first.length === 1,
  };
  node.ends ??= [];
  // Case-sensitive forms first: where "Go" (language) and "go" would share a
  // node, the exact form is the better reading.
  if (caseSensitive) node.ends.unshift(surface);
  else node.ends.push(surface);
}

function buildTrie(): TrieNode {
  const root: TrieNode = { next: new Map(), ends: undefined };
  for (const tech of TECHNOLOGIES) {
    if (tech.context !== 'never') addSurface(root, tech.name, tech, tech.caseSensitive === true, tech.context);
    for (const a of tech.aliases ?? []) addSurface(root, a, tech, false, undefined);
    for (const a of tech.exactAliases ?? []) addSurface(root, a, tech, true, undefined);
    for (const a of tech.contextAliases ?? []) {
      const ctx = tech.aliasContext ?? (tech.context && tech.context !== 'never' ? tech.context : 'cue');
      addSurface(root, a, tech, true, ctx);
    }
  }
  return root;
}

// --- context -------------------------------------------------------------

/** What may stand between two items of one list: words/<lang>.ts skillListJoiners, SKILL_LIST_GAP. */
const MAX_GAP = 24;

/** Words just before a language name that show it is one: "in Go", "embedded C". */
const LANGUAGE_BEFORE = new Set([
  'in',
  'using',
  'with',
  'of',
  'including',
  'especially',
  'particularly',
  'preferably',
  'like',
  'e.g',
  'e.g.',
  'eg',
  'embedded',
  'ansi',
  'modern',
  'idiomatic',
  'proficient',
  'fluent',
  'written',
  'write',
  'writing',
  'know',
  'learn',
  'learning',
]);
/** Weaker evidence for other ambiguous names: "with Spark", "using Chef". */
const CUE_BEFORE = new Set([
  'in',
  'using',
  'with',
  'via',
  'including',
  'especially',
  'preferably',
  'like',
  'e.g',
  'e.g.',
  'eg',
  'on',
]);
/** Words after a name that show it is a technology: "Go developer", "Spark jobs". */
const AFTER = new Set([
  'programming',
  'program',
  'programs',
  'language',
  'languages',
  'developer',
  'developers',
  'development',
  'engineer',
  'engineers',
  'programmer',
  'programmers',
  'code',
  'coding',
  'codebase',
  'codebases',
  'script',
  'scripts',
  'scripting',
  'skills',
  'experience',
  'expertise',
  'knowledge',
  'proficiency',
  'framework',
  'frameworks',
  'library',
  'libraries',
  'applications',
  'apps',
  'services',
  'microservices',
  'backend',
  'back-end',
  'ecosystem',
  'stack',
  'projects',
  'modules',
  'packages',
  'toolchain',
  'compiler',
  'jobs',
  'cluster',
  'clusters',
  'pipelines',
  'environment',
  'environments',
  'sdk',
  'runtime',
  'server',
  'servers',
  'dashboards',
  'certification',
  'certified',
  'administration',
  'admin',
  'crm',
  'microcontrollers',
  'mcu',
  'mcus',
  'engine',
  'tooling',
  'tools',
  'scripts',
  'notebooks',
  'queries',
  'workflows',
  'manifests',
  'cookbooks',
  'playbooks',
  'modules',
  'templates',
  'plugins',
  'apis',
]);
function prevWord(text: string, start: number): string {
  // Skip spaces, a bracket, comma or colon: "(e.g., Go" reads "e.g.".
  let i = start - 1;
  while (i >= 0 && (isSpaceCode(text.charCodeAt(i)) || '(,:'.includes(text[i] ?? ''))) i--;
  let j = i;
  while (j >= 0 && (isWordCode(text.charCodeAt(j)) || text[j] === '.' || text[j] === '-')) j--;
  return text.slice(j + 1, i + 1).toLowerCase();
}

function nextWord(text: string, end: number): string {
  // Skips a slash too: "TS/SCI" reads "sci".
  let i = end;
  while (i < text.length && (isSpaceCode(text.charCodeAt(i)) || text[i] === '/')) i++;
  let j = i;
  while (j < text.length && (isWordCode(text.charCodeAt(j)) || text[j] === '-')) j++;
  return text.slice(i, j).toLowerCase();
}

/** Rules that reject a reading outright, whatever its neighbours. */
function hardReject(text: string, c: Candidate): boolean {
  const s = c.surface;
  const before = text.charCodeAt(c.start - 1);
  const before2 = text.charCodeAt(c.start - 2);
  const after = text.charCodeAt(c.end);
  const after2 = text.charCodeAt(c.end + 1);
  // ".NET" glued to a word we do not know ("Foo.NET"): not the framework.
  if (s.symbolStart && isWordCode(before)) return true;
  // Part of a host name, e-mail or code path: "www.python.org", "jobs@x.com", "React.Component".
  if (!s.symbolStart && (before === 46 || before === 64) && isWordCode(before2)) return true;
  // A URL parameter: "?net=adwords".
  if (before === 61) return true;
  const lastTok = s.tokens[s.tokens.length - 1] ?? '';
  if (after === 46 && isWordCode(lastTok.charCodeAt(lastTok.length - 1)) && /[A-Za-z]/.test(text[c.end + 1] ?? ''))
    return true;
  if (s.notBefore) {
    const w = nextWord(text, c.end);
    if (w && s.notBefore.includes(w)) return true;
  }
  if (s.context === undefined) return false;
  // Ambiguous words glued to others are ordinary words: "Go-to-market", "C-level", "R&D", "Class-C".
  if (after === 45 || after === 38 || after === 39 || after === 0x2019) {
    if (after !== 39 && after !== 0x2019) return true;
    if (s.single) return true; // "C's", "R's"; "Go's runtime" is still Go
  }
  if ((before === 45 || before === 38 || before === 39) && isWordCode(before2)) return true;
  if (s.single) {
    // "R." "C.F.R." "John R. Smith": initials, never the language.
    if (after === 46 || before === 46) return true;
    // "C ++" is not a thing; "R +": arithmetic.
    if (after === 43 || after === 35 || (after2 === 43 && isSpaceCode(after))) return true;
  }
  return false;
}

function hasCue(text: string, c: Candidate): boolean {
  const ctx = c.surface.context;
  if (ctx === undefined) return true;
  const from = Math.max(0, c.start - 80);
  // Words before a vendor's name that show the product is meant, not the employer (words/<lang>.ts productBefore).
  const strong = currentWords().PRODUCT_BEFORE.test(text.slice(from, c.start).toLowerCase());
  if (ctx === 'strong' || ctx === 'list' || ctx === 'office') return strong;
  if (strong) return true;
  // "a data warehouse (Teradata)": a name alone in brackets after a noun.
  if (text[c.start - 1] === '(' && text[c.end] === ')') return true;
  const next = nextWord(text, c.end);
  if (AFTER.has(next)) return true;
  const prev = prevWord(text, c.start);
  const before = ctx === 'language' ? LANGUAGE_BEFORE : CUE_BEFORE;
  if (!before.has(prev)) return false;
  // "in Salt Lake City": a capitalised word right after makes it a name.
  const after = text.slice(c.end).match(/^\s+([A-Z][a-z]+)/);
  return after === null;
}

/** The gap between two candidates reads as a list separator. */
function listed(text: string, a: Candidate, b: Candidate, pending: Candidate): boolean {
  const { SKILL_LIST_GAP } = currentWords();
  if (b.start - a.end > MAX_GAP) return false;
  const gap = text.slice(a.end, b.start);
  if (!SKILL_LIST_GAP.test(gap)) return false;
  if (!gap.includes('\n')) return true;
  // Across a line break only a name that stands alone on its line counts
  // ("• Go" in a bullet list), not "Access to benefits" under "Excel".
  const lineStart = text.lastIndexOf('\n', pending.start - 1) + 1;
  let lineEnd = text.indexOf('\n', pending.end);
  if (lineEnd < 0) lineEnd = text.length;
  return (
    /^[\s,;:·•*▪◦‣–—-]*$/.test(text.slice(lineStart, pending.start)) &&
    /^[\s,;.:]*$/.test(text.slice(pending.end, lineEnd))
  );
}

function neighbourOk(text: string, pending: Candidate, other: Candidate | undefined, otherFirst: boolean): boolean {
  if (other?.state !== 1) return false;
  if (pending.surface.context === 'office' && !other.surface.office) return false;
  return otherFirst ? listed(text, other, pending, pending) : listed(text, pending, other, pending);
}

// --- matching ------------------------------------------------------------

/** Letters of the languages that decline nouns, names of technologies too: Czech, Slovak, Polish. */
const INFLECTING_LETTER = /[ěřůťďňľĺŕčšžýąęłńśźż]/giu;

/** Whether a text is in such a language: three of their letters (a name like "Łukasz" is one). */
function inflectingText(text: string): boolean {
  INFLECTING_LETTER.lastIndex = 0;
  let seen = 0;
  while (INFLECTING_LETTER.exec(text)) if (++seen >= 3) return true;
  return false;
}
const CASE_ENDINGS = ['ovi', 'ech', 'ach', 'ami', 'em', 'om', 'ou', 'ům', 'ie', 'u', 'y', 'e', 'ě', 'a', 'i', 'ą', 'ę'];

/**
 * The forms a declined name may come from: "gitem" → "git", "kafku" → "kafk", "kafka";
 * "javě" → "jav", "java". Only for words of four letters or more, with a stem of three.
 */
function stems(tok: string): string[] {
  if (tok.length < 4) return [];
  const out: string[] = [];
  for (const end of CASE_ENDINGS) {
    if (!tok.endsWith(end) || tok.length - end.length < 3) continue;
    const stem = tok.slice(0, -end.length);
    out.push(stem, `${stem}a`);
  }
  return out;
}

function candidates(text: string): Candidate[] {
  trie ??= buildTrie();
  const root = trie;
  // Token offsets in typed arrays: no per-token objects for a 100 KB page.
  let starts: Int32Array = new Int32Array(1024);
  let ends: Int32Array = new Int32Array(1024);
  let n = 0;
  tokenize(text, (s, e) => {
    if (n === starts.length) {
      const grow = (a: Int32Array): Int32Array => {
        const b = new Int32Array(a.length * 2);
        b.set(a);
        return b;
      };
      starts = grow(starts);
      ends = grow(ends);
    }
    starts[n] = s;
    ends[n] = e;
    n++;
  });
  // Lower-case once; per token only where lower-casing changed the length.
  const lowerAll = text.toLowerCase();
  const sameLength = lowerAll.length === text.length;
  const lowerTok = (k: number): string => {
    const s = starts[k] ?? 0;
    const e = ends[k] ?? 0;
    return sameLength ? lowerAll.slice(s, e) : text.slice(s, e).toLowerCase();
  };

  // Czech, Slovak and Polish inflect names too ("v Javě", "přes Kafku", "s Gitem", "Spring Bootu").
  const inflecting = inflectingText(text);
  /** The node a token leads to from `from`, as written or, in an inflecting text, by its stem. */
  const step = (from: TrieNode, k: number, spaced: boolean): TrieNode | undefined => {
    const tok = lowerTok(k);
    const hit = from.next?.get(keyOf(tok, spaced));
    if (hit || !inflecting) return hit;
    for (const stem of stems(tok)) {
      const node = from.next?.get(keyOf(stem, spaced));
      if (node) return node;
    }
    return undefined;
  };

  const out: Candidate[] = [];
  const found: { k: number; ends: Surface[] }[] = [];
  let i = 0;
  while (i < n) {
    const s0 = starts[i] ?? 0;
    const len = (ends[i] ?? 0) - s0;
    const c0 = lowerCode(text.charCodeAt(s0));
    const c1 = len > 1 ? lowerCode(text.charCodeAt(s0 + 1)) : 0;
    if (c0 < 128 && c1 < 128 && !(inflecting && len >= 4)) {
      const h = filterKey(c0, c1, len);
      if (((firstFilter[h >>> 5] ?? 0) & (1 << (h & 31))) === 0) {
        i++;
        continue;
      }
    }
    let node = root.next ? step(root, i, false) : undefined;
    if (!node) {
      i++;
      continue;
    }
    found.length = 0;
    let k = i;
    for (;;) {
      if (node.ends) found.push({ k, ends: node.ends });
      if (!node.next || k + 1 >= n) break;
      const nk = k + 1;
      const child: TrieNode | undefined = step(node, nk, (starts[nk] ?? 0) > (ends[k] ?? 0));
      if (!child) break;
      node = child;
      k = nk;
    }
    let taken = false;
    // Longest first; a shorter form is the fallback when case does not fit.
    for (let f = found.length - 1; f >= 0 && !taken; f--) {
      const hit = found[f];
      if (!hit) continue;
      for (const surface of hit.ends) {
        if (surface.caseSensitive && !sameCase(text, starts, ends, i, surface.tokens, inflecting)) continue;
        const c: Candidate = { surface, start: starts[i] ?? 0, end: ends[hit.k] ?? 0, state: 0 };
        if (hardReject(text, c)) continue;
        out.push(c);
        i = hit.k + 1;
        taken = true;
        break;
      }
    }
    if (!taken) i++;
  }
  return out;
}

function sameCase(
  text: string,
  starts: Int32Array,
  ends: Int32Array,
  i: number,
  tokens: readonly string[],
  inflecting: boolean,
): boolean {
  for (let t = 0; t < tokens.length; t++) {
    const written = text.slice(starts[i + t] ?? 0, ends[i + t] ?? 0);
    const token = tokens[t]!;
    // A name declined keeps its own case: "Excelem" comes from "Excel", "Kafku" from "Kafka".
    if (written !== token && !(inflecting && stems(written).includes(token))) return false;
  }
  return true;
}

/** Every technology mention in `text`, in order, with offsets for highlighting. */
export function findSkills(text: string): SkillHit[] {
  if (!text) return [];
  const cands = candidates(text);
  for (const c of cands) {
    if (c.surface.context === undefined) c.state = 1;
    else if (hasCue(text, c)) c.state = 1;
  }
  // Spread acceptance along lists: "Word, Excel, Access" accepts Access and
  // Word through Excel. Repeat until nothing changes (lists are short).
  let changed = true;
  while (changed) {
    changed = false;
    for (let k = 0; k < cands.length; k++) {
      const c = cands[k];
      if (c?.state !== 0) continue;
      if (neighbourOk(text, c, cands[k - 1], true) || neighbourOk(text, c, cands[k + 1], false)) {
        c.state = 1;
        changed = true;
      }
    }
    if (changed) continue;
    // A 'cue' name shown to be the technology once ("Cisco, Fortinet") is the
    // technology elsewhere in the same posting too ("Juniper, Cisco, routing").
    const known = new Set<string>();
    for (const c of cands) if (c.state === 1) known.add(c.surface.name);
    for (const c of cands) {
      if (c.state === 0 && c.surface.context === 'cue' && known.has(c.surface.name)) {
        c.state = 1;
        changed = true;
      }
    }
  }
  const hits: SkillHit[] = [];
  for (const c of cands) if (c.state === 1) hits.push({ name: c.surface.name, start: c.start, end: c.end });
  return hits;
}

/** The distinct canonical names found in `text`, in order of first mention. */
export function skillNames(text: string): string[] {
  const seen = new Set<string>();
  for (const h of findSkills(text)) seen.add(h.name);
  return [...seen];
}
