// Finds the parts of a posting by their headings ("What you'll do", "Your
// profile", "Nice to have", "Benefits") in the words and languages people write
// them, and reads their items: one per bullet, or one per paragraph where a part
// has no bullets. A heading may be a real h1–h6, a bold paragraph, a line that
// ends in a colon, or a short line led by an emoji.
import { BLOCK_TAGS, CHROME_TAGS, DIALOG_ROLES, MAX_DEPTH, MAX_NODES, NOISE_TAGS, tagOf } from './dom';
import { type LabelKind, labelKind, splitLabel } from './labels';
import { perReading } from './reading-memo';
import { cleanText, fold, leadingEmoji, stripBullet, stripDecoration } from './text';
import { currentWords, execWhereMay, perWords } from './words';

export type SectionKind = 'responsibilities' | 'requirements' | 'niceToHave' | 'benefits';
export const SECTION_KINDS: readonly SectionKind[] = ['responsibilities', 'requirements', 'niceToHave', 'benefits'];

/** Where a heading pattern's match begins counting the non-letter before its words (a code point: 1 or 2 units). */
function matchStart(folded: string, words: number): number {
  if (words === 0) return 0;
  return words - ((folded.codePointAt(words - 2) ?? 0) > 0xffff ? 2 : 1);
}

// Headings repeat across a page and across pages of a session; their kind never changes for one
// set of languages (a heading another set's words name may be 'other' in this one).
/** Words of the head of a heading with a subtitle ("Your mission - …"). */
const SUBTITLED_HEAD_WORDS = 5;
const kindCache = perWords(() => new Map<string, SectionKind | 'aboutJob' | 'other' | null>());

/**
 * The kind of part a heading names, 'other' for a heading of anything else, or
 * null when the text is not heading-like. strict is for text that is not marked
 * up as a heading: it must be short and be mostly the heading words.
 */
export function headingKind(raw: string, strict = false): SectionKind | 'aboutJob' | 'other' | null {
  // Cheap exits first: a long line is never a heading.
  if (raw.length > (strict ? 90 : 140)) return strict ? null : 'other';
  const key = (strict ? '1' : '0') + raw;
  const kinds = kindCache();
  const hit = kinds.get(key);
  if (hit !== undefined) return hit;
  const kind = classify(raw, strict);
  if (kinds.size > 5000) kinds.clear();
  kinds.set(key, kind);
  return kind;
}

/** Whether a heading's kind is one of the four parts (not the job in general, not something else). */
const namesAPart = (kind: SectionKind | 'aboutJob' | 'other' | null): kind is SectionKind =>
  kind !== null && kind !== 'other' && kind !== 'aboutJob';

/** A heading's words as the heading patterns read them. */
const foldLabel = (label: string): string =>
  fold(label)
    .replace(/[’`]/g, "'")
    .replace(/[!?.]+$/, '');

function classify(raw: string, strict: boolean): SectionKind | 'aboutJob' | 'other' | null {
  const { NOT_A_PART, WHAT_YOU_GAIN, ABOUT_THE_JOB, HEADING_PATTERNS } = currentWords();
  const label = stripDecoration(raw);
  if (!label || label.length > (strict ? 60 : 100)) return strict ? null : 'other';
  const folded = foldLabel(label);
  if (strict && /[.!?]\s|[.;,]$/.test(label)) return null;
  // A sentence is not a heading, even in bold ("Knowledge of VirtualBox & Vagrant.").
  if (/[^.][.;]$/.test(label) && label.split(' ').length > 3) return strict ? null : 'other';
  if (NOT_A_PART.test(folded) || WHAT_YOU_GAIN.test(folded)) return 'other';
  // A long sentence set as a heading ("You can learn more about our team … on Glassdoor") names no
  // part; one that ends in a colon introduces what follows ("These are the requirements … for:").
  if (folded.split(' ').length > (/[:：]\s*$/.test(raw) ? 16 : 10)) {
    // "Your mission - Bring a smile to our customers' faces", "What's in it for you (apart from the
    // most fun ride of your life!)": a heading and its subtitle; the head decides.
    const head = folded.split(/\s[-–—|]\s|\s\(/)[0]!;
    return head !== folded && head.split(' ').length <= SUBTITLED_HEAD_WORDS
      ? classify(head, strict)
      : strict
        ? null
        : 'other';
  }
  if (ABOUT_THE_JOB.test(folded)) return 'aboutJob';
  for (const [kind, pattern] of HEADING_PATTERNS) {
    const match = pattern.exec(folded);
    if (!match) continue;
    // A plain line must be the heading, not a sentence that uses its words.
    if (strict && (matchStart(folded, match.index) > 12 || folded.split(' ').length > 7)) continue;
    return kind;
  }
  return strict ? null : 'other';
}

export interface Block {
  kind: 'heading' | 'item' | 'para';
  text: string;
  el: Element;
  /** Heading level: 1–6 for h1–h6, 7 for bold or colon-ended lines. */
  level: number;
}

interface Segment {
  text: string;
  bold: boolean;
}

const BOLD_TAGS = new Set(['B', 'STRONG']);
const HEADING_LEVEL: Record<string, number> = { H1: 1, H2: 2, H3: 3, H4: 4, H5: 5, H6: 6 };

function hasBlockChild(el: Element): boolean {
  let n = 0;
  for (let c = el.firstElementChild; c && ++n < 2000; c = c.nextElementSibling)
    if (BLOCK_TAGS.has(tagOf(c))) return true;
  return false;
}

/**
 * Whether an inline element holds blocks ("<strong>Requirements<ul><li>…</ul></strong>", as
 * LinkedIn serves descriptions wrapped in one unclosed <strong>). Bounded: inline subtrees are small.
 */
function containsBlock(el: Element): boolean {
  const stack: Element[] = [el];
  let n = 0;
  while (stack.length && ++n < 3000) {
    const cur = stack.pop()!;
    for (let c = cur.firstElementChild; c; c = c.nextElementSibling) {
      const t = tagOf(c);
      if (t !== 'BR' && BLOCK_TAGS.has(t)) return true;
      if (!NOISE_TAGS.has(t)) stack.push(c);
    }
  }
  return false;
}

/** Inline content split into lines at <br>, each a list of segments that know if they are bold. */
function inlineLines(nodes: readonly Node[]): Segment[][] {
  const lines: Segment[][] = [[]];
  const stack: [Node, boolean, number][] = [];
  for (let i = nodes.length - 1; i >= 0; i--) stack.push([nodes[i]!, false, 0]);
  let n = 0;
  while (stack.length && ++n < 20_000) {
    const [node, bold, d] = stack.pop()!;
    if (node.nodeType === 3) {
      const v = node.nodeValue ?? '';
      if (v) lines[lines.length - 1]!.push({ text: v, bold });
      continue;
    }
    if (node.nodeType !== 1 || d > MAX_DEPTH) continue;
    const tag = tagOf(node as Element);
    if (NOISE_TAGS.has(tag)) continue;
    if (tag === 'BR' || (BLOCK_TAGS.has(tag) && tag !== 'BR')) {
      lines.push([]);
      if (tag === 'BR') continue;
    }
    const b = bold || BOLD_TAGS.has(tag) || (HEADING_LEVEL[tag] ?? 0) > 0;
    for (let c = node.lastChild; c; c = c.previousSibling) stack.push([c, b, d + 1]);
  }
  return lines;
}

/** The text of the bold segments that end a line, if any. */
function boldTail(line: Segment[]): string | null {
  let i = line.length - 1;
  while (i >= 0 && !line[i]!.text.trim()) i--;
  let tail = '';
  for (; i >= 0 && line[i]!.bold; i--) tail = line[i]!.text + tail;
  const t = cleanText(tail);
  return t && t.length <= 80 ? t : null;
}

/**
 * Whether a list item is a heading dressed as a bullet: the only item of its list, all bold, and
 * it names a part ("<ul><li><strong>Co budete dělat</strong></li></ul>" over lines of duties).
 */
function isHeadingItem(li: Element, lines: Segment[][], text: string): boolean {
  if (li.previousElementSibling || li.nextElementSibling) return isPartNameItem(li, text);
  if (text.length > 80) return false;
  const segments = lines.flat().filter((seg) => seg.text.trim());
  if (!segments.length || !segments.every((seg) => seg.bold)) return false;
  const kind = headingKind(text, true);
  return !!kind && kind !== 'other';
}

/**
 * Whether an item among others is the name of a part written as one more bullet, in the list it
 * heads ("<li>capacità di lavorare in team.</li><li>Requisiti preferenziali</li><li>pregressa
 * esperienza …</li>", "<li>Wat verwachten wij van jou?</li>"): short, no sentence, and a heading
 * of a part.
 */
function isPartNameItem(li: Element, text: string): boolean {
  if (text.length > 40 || /[.;,!]$/.test(text)) return false;
  // Items are often named in a word or two ("Generous compensation", "Development skills",
  // "znalost AJ výhodou"): a part's name among them asks, ends in a colon, or stands out from
  // the sentences around it.
  if (!/[:：?]\s*$/u.test(text) && !(endsSentence(li.previousElementSibling) && endsSentence(li.nextElementSibling)))
    return false;
  const kind = headingKind(text, true);
  if (!namesAPart(kind)) return false;
  // The heading's words end the item ("Requisiti preferenziali"): "mile widziane doświadczenie w
  // spawaniu" is an item that opens with a heading's words.
  const folded = foldLabel(stripDecoration(text)).replace(/[\s:：]+$/u, '');
  const pattern = currentWords().HEADING_PATTERNS.find(([k]) => k === kind)![1];
  const match = pattern.exec(folded);
  return !!match && match.index + match[0].length >= folded.length;
}

/** Whether an element's text ends as a sentence or a clause does ("capacità di lavorare in team."). */
const endsSentence = (el: Element | null): boolean => !!el && /[.;,!]\s*$/.test(el.textContent ?? '');

/** A line wrapped in Markdown's bold marks, as a page that never rendered them shows it. */
const MARKDOWN_BOLD = /^\s*(?:\*\*|__)\s*([^*_]{2,120}?)\s*(?:\*\*|__)\s*$/u;

/** A line set between rules of dashes, equals signs or stars, as plain text draws a heading. */
const RULED = /^\s*[-–—=*_~]{2,}\s*([^-–—=*_~\s][^\n]{0,78}?)\s*[-–—=*_~]{2,}\s*$/u;

const BULLET_START = /^\s*(?:[-–—*•·●▪◦‣►▶✓✔☑➢➤→]|\d{1,2}[.)]\s)/u;

/** The text beside a heading on its line: an item where it opens with a bullet mark, else a paragraph. */
const bodyLine = (text: string, el: Element): Block => ({
  kind: BULLET_START.test(text) ? 'item' : 'para',
  text: stripBullet(text),
  el,
  level: 0,
});

/** A line's short lead before its colon, and the rest: "Benefits: Full medical coverage, …". */
const PART_LEAD = /^([^:：.!?]{3,40}[:：])\s+(\S[\s\S]{2,})$/u;

/** A line's opening question and the rest: "¿Qué harás? Trabajarás en un equipo …". */
const QUESTION_LEAD = /^([^.!?:：]{3,80}\?)\s+(\S[\s\S]{2,})$/u;

/**
 * The plain lead that heads the rest of its line, and that rest: "Requirements: 5 years of …" (a
 * lead that names a part, not the perks: "Benefity: Bonusy, …" on one line is a board's facts box,
 * no part of the posting), or a question that names any part ("Wat is jouw takenpakket en wie
 * worden je collega’s? Je maakt deel uit van …").
 */
function leadOfLine(text: string): [lead: string, rest: string] | null {
  const colon = PART_LEAD.exec(text);
  const named = colon ? headingKind(colon[1]!, true) : null;
  if (colon && namesAPart(named) && named !== 'benefits') return [colon[1]!, colon[2]!];
  const asked = QUESTION_LEAD.exec(text);
  const askedKind = asked ? headingKind(asked[1]!, true) : null;
  return asked && askedKind && askedKind !== 'other' ? [asked[1]!, asked[2]!] : null;
}

/**
 * An item whose lead names a part, and its text: a list of the posting's parts, one item each
 * ("<li>Aufgaben: Unterstützung bei …</li><li>Voraussetzungen: Hohes Interesse …</li>"). A lead
 * that names no part ("Location: Berlin") leaves the item whole.
 */
function partLead(text: string): [lead: string, rest: string, kind: SectionKind] | null {
  const m = PART_LEAD.exec(text);
  const kind = m ? headingKind(m[1]!, true) : null;
  return namesAPart(kind) ? [m![1]!, m![2]!, kind] : null;
}

/**
 * Whether an item's list is a list of the posting's parts: every item opens with a lead that names
 * a part, and the leads name two parts or more. A requirements list whose items open "FI skills:",
 * "CO skills:", or that holds one "Bonus: …", is a list of items.
 */
function isListOfParts(li: Element): boolean {
  const kinds = new Set<SectionKind>();
  let n = 0;
  for (let c = li.parentElement?.firstElementChild; c; c = c.nextElementSibling) {
    const lead = tagOf(c) === 'LI' ? partLead(cleanText(c.textContent, 2000)) : null;
    if (!lead) return false;
    kinds.add(lead[2]);
    n++;
  }
  return n >= 2 && kinds.size >= 2;
}

/**
 * A bullet mark written inline, spaces around it (not "·" or "|", which part a byline's facts), or
 * an ellipsis that opens each item ("freuen Sie sich auf … ... eine umfassende Einarbeitung. ... ein
 * sehr wertschätzendes Betriebsklima"), a run of them one mark.
 */
const INLINE_BULLET = /\s(?:[*•●▪◦‣►▶✓✔☑➢➤]|\.{3}|…)(?:\s*(?:\.{3}|…))*\s+/u;
/** A bullet mark alone, for a line whose prose trails off ("Scikit-learn, ... En frontend") before its bullets. */
const INLINE_MARK = /\s[*•●▪◦‣►▶✓✔☑➢➤]\s+/u;

/** A lead without the marks that end it ("freuen Sie sich auf …" is "freuen Sie sich auf"). */
const bareLead = (lead: string): string => lead.replace(/[\s.…:：]+$/u, '');

/**
 * The lead and items of a line that writes its bullets inline: it opens with a mark, or its lead
 * ends in a colon or is the line's bold heading, and it holds two marks or more; null for any other line.
 */
function inlineItems(
  text: string,
  boldLead: string | null,
  marks = INLINE_BULLET,
): [lead: string, items: string[]] | null {
  const pieces = ` ${text}`.split(marks);
  if (pieces.length < 3) return null;
  const lead = pieces[0]!.trim();
  if (lead && !/[:：]$/.test(lead) && (!boldLead || bareLead(lead) !== bareLead(boldLead)))
    return marks === INLINE_BULLET ? inlineItems(text, boldLead, INLINE_MARK) : null;
  const items = pieces.slice(1).map((piece) => piece.trim());
  return items.every((item) => item.length >= 3) ? [lead, items] : null;
}

/** Turns a run of inline content (a paragraph, a leaf div) into heading, item and paragraph blocks. */
function leafBlocks(nodes: readonly Node[], el: Element, out: Block[]) {
  for (const line of inlineLines(nodes)) {
    const text = cleanText(line.map((s) => s.text).join(''), 20_000);
    if (!text) continue;
    // "… folgende Aufgaben: * Mitarbeit … * Studien …", "• A • B • C": bullets written inline in
    // one paragraph (Markdown that made no list) are a lead and its items.
    const first = line.find((s) => s.text.trim());
    const boldLead = first?.bold ? cleanText(first.text) : null;
    const inline = inlineItems(text, boldLead);
    if (inline) {
      const [lead, items] = inline;
      if (lead)
        out.push(
          headingKind(lead, true)
            ? { kind: 'heading', text: lead, el, level: 7 }
            : { kind: 'para', text: lead, el, level: 0 },
        );
      for (const item of items) pushItem(out, item, el);
      continue;
    }
    let boldLen = 0;
    for (const s of line) if (s.bold) boldLen += s.text.replace(/\s+/g, '').length;
    const total = text.replace(/\s+/g, '').length;
    if (boldLen >= total && text.length <= 120) {
      out.push({ kind: 'heading', text, el, level: 7 });
      continue;
    }
    const lead = first && !first.bold ? leadOfLine(text) : null;
    if (lead) {
      out.push({ kind: 'heading', text: lead[0], el, level: 7 }, bodyLine(lead[1], el));
      continue;
    }
    if (boldLead) {
      // "<strong>Was Sie bei uns tun</strong> Damit Sie …": a bold lead that is a part's heading
      // heads it, with or without its colon.
      const leadKind = headingKind(boldLead, true);
      if (leadKind && leadKind !== 'other') {
        const rest = cleanText(text.slice(text.indexOf(boldLead) + boldLead.length));
        out.push({ kind: 'heading', text: boldLead, el, level: 7 });
        if (rest) out.push(bodyLine(rest, el));
        continue;
      }
    }
    // "…prose.<strong>Minimum qualifications:</strong>" : a heading glued to the end of a line.
    const tail = boldTail(line);
    if (tail && tail.length < text.length && /[:：]$/.test(tail) && headingKind(tail, true)) {
      const before = cleanText(text.slice(0, text.length - tail.length));
      if (before) out.push(bodyLine(before, el));
      out.push({ kind: 'heading', text: tail, el, level: 7 });
      continue;
    }
    // "** QUALIFICATIONS **": Markdown's bold that made no markup is a bold line, no bullet.
    const markdownBold = MARKDOWN_BOLD.exec(text);
    if (markdownBold) {
      out.push({ kind: 'heading', text: markdownBold[1]!, el, level: 7 });
      continue;
    }
    // "---- Preferred Qualifications ----": a heading between rules, which opens like a bullet.
    const ruled = RULED.exec(text);
    if (ruled && headingKind(ruled[1]!, true)) {
      out.push({ kind: 'heading', text: ruled[1]!, el, level: 7 });
      continue;
    }
    if (BULLET_START.test(text)) {
      const item = stripBullet(text);
      if (item) pushItem(out, item, el);
      continue;
    }
    if ((/[:：]$/.test(text) && text.length <= 80) || headingKind(text, true)) {
      out.push({ kind: 'heading', text, el, level: 7 });
      continue;
    }
    if (text.length >= MIN_FLATTENED && capsHeadings(text, el, out)) continue;
    out.push({ kind: 'para', text, el, level: 0 });
  }
}

/** A heading in capitals with its colon inside a line, after some text ("… PROFIL RECHERCHE : Vous …"). */
const CAPS_COLON = /(?<![\p{L}\p{N}])(\p{Lu}[\p{Lu}&/' -]{1,40}\p{Lu})\s*[:：](?=\s|$)/gu;

/**
 * An item of a flattened list with the next heading glued into it: "• Une expertise … dans Maya.
 * PROFIL RECHERCHE : Vous connaissez Maya …", "• Anglais technique (aisance à l’écrit) LES PLUS :".
 * The item, the heading in capitals where it names a part, and the text after; null for any
 * other item.
 */
function capsHeadingInItem(text: string): [before: string, heading: string, after: string] | null {
  for (const match of text.matchAll(CAPS_COLON)) {
    const kind = match.index > 0 ? headingKind(match[1]!, true) : null;
    if (!kind || kind === 'other') continue;
    const before = text.slice(0, match.index).trim();
    const after = text.slice(match.index + match[0].length).trim();
    // After a sentence's end, or closing the item: "AREA(S) OF EXPERTISE DESIRED: …" is one label.
    if (/\p{L}/u.test(before) && (/[.!?;]$/.test(before) || !after)) return [before, match[1]!, after];
  }
  return null;
}

/** An item, cut where a heading in capitals is glued into it (capsHeadingInItem). */
function pushItem(out: Block[], text: string, el: Element): void {
  const cut = capsHeadingInItem(text);
  if (!cut) {
    out.push({ kind: 'item', text, el, level: 0 });
    return;
  }
  out.push({ kind: 'item', text: cut[0], el, level: 0 }, { kind: 'heading', text: cut[1], el, level: 7 });
  if (cut[2]) out.push({ kind: 'para', text: cut[2], el, level: 0 });
}

/** The shortest text read for headings written inline in capitals: a whole description in one paragraph. */
const MIN_FLATTENED = 400;

/** A run of words in capitals, standing before a sentence's capitalised first word ("PERFIL IDEAL Experiência …"). */
const CAPS_RUN = /(?<![\p{L}\p{N}])(\p{Lu}[\p{Lu}&/' -]{1,40}\p{Lu})(?=\s+(?:[•▪●]\s*)?\p{Lu}?\p{Ll})/gu;

/** Items run together in a paragraph with semicolons or typed bullets: "Plano de saúde; Paid Time Off (PTO); …", "• Première expérience … • A l'aise avec …". */
const SEMICOLON_GAP = /;\s+|\s*[•▪●]\s+/u;

/**
 * A description flattened into one paragraph with its headings inline in capitals ("…
 * RESPONSABILIDADES Conhecer os modelos …; Desenvolver … PERFIL IDEAL Experiência de …"), as
 * some boards' feeds keep it: split at each run of capitals that reads as a heading, where one of
 * them names a part; the text after a heading is its items where semicolons or typed bullets
 * ("PROFIL RECHERCHE • Première expérience … • A l'aise …") part them. Pushes the
 * blocks and says whether it did.
 */
function capsHeadings(text: string, el: Element, out: Block[]): boolean {
  const cuts: [start: number, end: number][] = [];
  let namesPart = false;
  for (const match of text.matchAll(CAPS_RUN)) {
    const run = match[1]!;
    const kind = headingKind(run, true);
    if (!kind) continue;
    if (kind !== 'other') namesPart = true;
    cuts.push([match.index, match.index + run.length]);
  }
  if (!namesPart) return false;
  const body = (piece: string) => {
    const items = piece
      .split(SEMICOLON_GAP)
      .map((item) => item.trim().replace(/[.;]$/u, ''))
      .filter(Boolean);
    if (items.length >= 3) for (const item of items) out.push({ kind: 'item', text: item, el, level: 0 });
    else if (piece.trim()) out.push({ kind: 'para', text: piece.trim(), el, level: 0 });
  };
  const before = text.slice(0, cuts[0]![0]).trim();
  if (before) out.push({ kind: 'para', text: before, el, level: 0 });
  cuts.forEach(([start, end], i) => {
    out.push({ kind: 'heading', text: text.slice(start, end), el, level: 7 });
    body(text.slice(end, cuts[i + 1]?.[0] ?? text.length));
  });
  return true;
}

/** Child nodes as an array, read by sibling links (indexing a live NodeList is slow in DOM libraries). */
function childList(el: Element, max = 5000): Node[] {
  const out: Node[] = [];
  for (let c = el.firstChild; c && out.length < max; c = c.nextSibling) out.push(c);
  return out;
}

type Work = { el: Element; depth: number } | { run: Node[]; parent: Element };

export interface BlockOptions {
  /** Skip nav, footer, form and aside (true for whole pages, false for a known description node). */
  skipChrome?: boolean;
  maxBlocks?: number;
}

/** The page's readable blocks in document order. */
export function blocksOf(root: Element, opts: BlockOptions = {}): Block[] {
  const skipChrome = opts.skipChrome ?? true;
  const maxBlocks = opts.maxBlocks ?? 5000;
  const out: Block[] = [];
  const stack: Work[] = [{ el: root, depth: 0 }];
  let n = 0;
  while (stack.length && out.length < maxBlocks && ++n < MAX_NODES) {
    const w = stack.pop()!;
    if ('run' in w) {
      leafBlocks(w.run, w.parent, out);
      continue;
    }
    const { el, depth } = w;
    const tag = tagOf(el);
    if (NOISE_TAGS.has(tag) || (skipChrome && CHROME_TAGS.has(tag) && el !== root)) continue;
    // Most elements carry no attribute: one cheap question before reading three.
    const attributed = el.hasAttributes();
    if (attributed && (el.getAttribute('aria-hidden') === 'true' || el.hasAttribute('hidden'))) continue;
    // A dialog drawn with ARIA ("Cookies make our site even better") is chrome as <dialog> is.
    if (attributed && skipChrome && el !== root && DIALOG_ROLES.has(el.getAttribute('role') ?? '')) continue;
    const level =
      HEADING_LEVEL[tag] ??
      (attributed && el.getAttribute('role') === 'heading' ? Number(el.getAttribute('aria-level')) || 3 : 0);
    // A term of a definition list heads its values ("<dt>Ort</dt><dd>Stockholm</dd>").
    if (level || tag === 'DT') {
      const text = cleanText(el.textContent, 2000);
      if (text) out.push({ kind: 'heading', text, el, level: level || 7 });
      continue;
    }
    if (depth >= MAX_DEPTH) continue;
    if (tag === 'LI' || tag === 'DD') {
      // An item's own text; a list nested in it is read as further items.
      const own: Node[] = [];
      const nested: Element[] = [];
      for (const c of childList(el)) {
        const ct = c.nodeType === 1 ? tagOf(c as Element) : '';
        if (ct === 'UL' || ct === 'OL') nested.push(c as Element);
        else own.push(c);
      }
      const lines = inlineLines(own);
      const text = stripBullet(cleanText(lines.flatMap((l) => [...l.map((s) => s.text), ' ']).join(''), 20_000));
      // "<li>Aufgaben: Unterstützung …</li><li>Voraussetzungen: …</li>": each item heads its part.
      const lead = text && !nested.length ? partLead(text) : null;
      const partOfList = lead && isListOfParts(el) ? lead : null;
      if (text && !nested.length && isHeadingItem(el, lines, text)) out.push({ kind: 'heading', text, el, level: 7 });
      else if (partOfList)
        out.push(
          { kind: 'heading', text: partOfList[0], el, level: 7 },
          { kind: 'item', text: partOfList[1], el, level: 0 },
        );
      else if (text) pushItem(out, text, el);
      for (let i = nested.length - 1; i >= 0; i--) stack.push({ el: nested[i]!, depth: depth + 1 });
      continue;
    }
    if (!hasBlockChild(el) && !containsBlock(el)) {
      leafBlocks(childList(el), el, out);
      continue;
    }
    // Mixed content: inline runs between block children are blocks of their own.
    const work: Work[] = [];
    let run: Node[] = [];
    for (const c of childList(el)) {
      if (c.nodeType === 1 && (BLOCK_TAGS.has(tagOf(c as Element)) || containsBlock(c as Element))) {
        if (run.length) work.push({ run, parent: el });
        run = [];
        work.push({ el: c as Element, depth: depth + 1 });
      } else if (c.nodeType === 1 || (c.nodeType === 3 && c.nodeValue?.trim())) run.push(c);
    }
    if (run.length) work.push({ run, parent: el });
    for (let i = work.length - 1; i >= 0; i--) stack.push(work[i]!);
  }
  return emojiLists(out);
}

/**
 * Lines that open with the same emoji, one after another, are the items of a list ("💪 You are …",
 * "☑️ 13. plat"): the emoji is their bullet. A line with an emoji of its own ("❗ We are looking
 * for …") stays a paragraph.
 */
function emojiLists(blocks: Block[]): Block[] {
  const leads = blocks.map((b) => (b.kind === 'heading' ? null : leadingEmoji(b.text)));
  for (let i = 0; i < blocks.length; i++) {
    const lead = leads[i];
    if (!lead || (lead !== leads[i - 1] && lead !== leads[i + 1])) continue;
    const b = blocks[i]!;
    const text = b.text.replace(/^\s*\S+\s*/u, '');
    if (text) blocks[i] = { ...b, kind: 'item', text: stripBullet(text) };
  }
  return blocks;
}

export interface SectionItem {
  text: string;
  el: Element | null;
  /**
   * Under no heading that names its part: given it by what the items of its list say, or by what
   * a run of paragraphs says (prose: no list at all, so too weak to make a page a posting).
   */
  guessed?: 'list' | 'prose';
}
export type Sections = Record<SectionKind, SectionItem[]>;

export function emptySections(): Sections {
  return { responsibilities: [], requirements: [], niceToHave: [], benefits: [] };
}

/** A bold line (or a deeper heading) inside a part that heads a group of its bullets. */
function isGroupHeading(b: Block, cur: { level: number }): boolean {
  if (b.level < 7 && b.level <= cur.level) return false;
  // "Personlige egenskaper" after "Kvalifikasjoner": traits are no part, as a group or alone.
  return !namesAnotherThing(b.text);
}

interface Part {
  kind: SectionKind;
  /** Given its kind by what its items say (classifyRun), not by a heading. */
  guessed?: 'list' | 'prose';
  /** Opened by a heading about the job in general ("The role", "De functie"), which names no part. */
  aboutJob?: boolean;
  /** Nice-to-haves opened by a heading of the ideal profile ("Ideally, you'd have:"). */
  ideal?: boolean;
  /** Benefits opened by a heading that asks why to join ("Why Fastly?"): perks, or the company's pitch. */
  whyJoin?: boolean;
  level: number;
  items: Block[];
  paras: Block[];
  /** Items and paragraphs together, in page order. */
  lines: Block[];
  /** The items under each group heading inside a part opened by a heading ("Accounts Payable" → bullets). */
  groups?: Block[][];
}

function addTo(part: Part, b: Block): void {
  (b.kind === 'item' ? part.items : part.paras).push(b);
  part.lines.push(b);
  if (b.kind === 'item') part.groups?.[part.groups.length - 1]?.push(b);
}

/** Groups blocks under the headings that name a part; a deeper heading of another kind stays inside. */
export function sectionsOf(blocks: Block[]): Sections {
  const { HOW_TO_APPLY, OPTIONAL_ITEM, IDEAL_PROFILE, WHY_JOIN } = currentWords();
  const parts: Part[] = [];
  let cur: Part | null = null;
  const open = (kind: SectionKind | 'aboutJob', level: number, heading: string) => {
    cur = {
      kind: kind === 'aboutJob' ? 'responsibilities' : kind,
      ...(kind === 'aboutJob' ? { aboutJob: true } : {}),
      ...(kind === 'niceToHave' && IDEAL_PROFILE.test(fold(stripDecoration(heading))) ? { ideal: true } : {}),
      ...(kind === 'benefits' && WHY_JOIN.test(fold(stripDecoration(heading))) ? { whyJoin: true } : {}),
      level,
      items: [],
      paras: [],
      lines: [],
      groups: [],
    };
    parts.push(cur);
  };
  // Bullets under no known part (a heading nobody listed, or none at all) are kept as runs and
  // classified at the end by what their items say (classifyRun). A heading that names something
  // else (the company, the process, the person's traits) blocks the bullets under it.
  const loose: Block[][] = [];
  let run: Block[] | null = null;
  // Paragraphs under no part, in runs: a part of their own where they say what they are and no
  // heading or bullets gave the page that part ("Vous informez …" · "Vous avez le sens …").
  const looseProse: Block[][] = [];
  let prose: Block[] | null = null;
  // Every paragraph under no part, however long a run it stands in: where a page has no duties at
  // all, the one that says it is a duty is read as its duties (below).
  const looseParas: Block[] = [];
  let blocked = false;
  // An item that introduces a list nested in it ("<li>Ideally also:<ul>…</ul></li>") switches the
  // part for that nested list only: the items after it, outside it, go back to the part it was in.
  let nested: { el: Element; back: Part } | null = null;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    const next = blocks[i + 1];
    if (nested && (b.kind === 'heading' || !nested.el.contains(b.el))) {
      if (b.kind !== 'heading') cur = nested.back;
      nested = null;
    }
    if (b.kind === 'heading') {
      const k = isFactRow(b.el) ? 'other' : headingKind(b.text, false);
      run = null;
      prose = null;
      blocked = k === 'other' && namesAnotherThing(b.text);
      if (k && k !== 'other') open(k, b.level, b.text);
      // A heading about applying ("For each job on your resume, provide:") ends the part, however deep.
      else if (HOW_TO_APPLY.test(stripDecoration(b.text))) cur = null;
      // A heading of something else ends the part unless it is deeper, or it heads a group of
      // bullets inside the part ("What you'll do" → "Developer Productivity & Tooling" → bullets).
      // A term of a definition list is a fact's label (a details box: "Ort", "Avdelning"), no group.
      // A heading right under the part's own, at its level, heads the part's first group ("Core
      // Responsibilities" → "1) Pipeline & CRM Coordination" → bullets; "Responsibilities:" →
      // "This position will impact us with the following contributions:" → bullets).
      else if (
        cur &&
        (tagOf(b.el) === 'DT' ||
          // "Description du poste" → "Notre stack technique :" → bullets: a deeper heading that ends a
          // part, over a list of its own, ends it.
          (b.level === 7 && next?.kind === 'item' && endsAPart(b.text)) ||
          // "Lottie's Interview Process" after the must-haves: its steps are none of theirs, at any depth.
          (k === 'other' && namesHiringProcess(b.text)) ||
          (b.level <= (cur as Part).level &&
            !(isGroupHeading(b, cur as Part) && next?.kind === 'item') &&
            !(b.level === (cur as Part).level && !(cur as Part).lines.length && !blocked)))
      )
        cur = null;
      else (cur as Part | null)?.groups?.push([]);
      continue;
    }
    if (!cur) {
      // "… assure les missions suivantes :", "Ideally you bring:" before bullets opens that part.
      const intro = next?.kind === 'item' && b.kind !== 'item' ? introKind(b.text) : null;
      if (intro) {
        open(intro, 7, b.text);
        run = null;
      } else if (b.kind === 'item' && !blocked) {
        if (!run) {
          run = [];
          loose.push(run);
        }
        run.push(b);
        prose = null;
      } else {
        run = null;
        if (b.kind === 'para' && !blocked && b.text.length <= MAX_PROSE_ITEM) {
          if (!prose) {
            prose = [];
            looseProse.push(prose);
          }
          prose.push(b);
        } else prose = null;
        if (b.kind === 'para' && !blocked && b.text.length <= MAX_DUTY_PARAGRAPH) looseParas.push(b);
      }
      continue;
    }
    prose = null;
    if (HOW_TO_APPLY.test(b.text)) {
      cur = null;
      continue;
    }
    // "Qualifications" · lines · "Diversity At Justworks" · lines: a page that writes its headings as
    // plain lines ends the part at a line that is only a closing heading's words, as a heading would.
    const plainHeading = b.kind === 'para' && PLAIN_HEADING_LINE.test(b.text);
    if (plainHeading && endsAPart(b.text)) {
      cur = null;
      blocked = true;
      continue;
    }
    if (plainHeading && namesHiringProcess(b.text)) {
      cur = null;
      continue;
    }
    // "Søknadsfrist: 22. januar, men søknader …" after the perks: the job's facts, as a details
    // box gives them, end the part.
    const row = b.kind === 'para' ? splitLabel(b.text) : null;
    if (row && FACT_ROWS_ENDING_A_PART.has(labelKind(row[0]))) {
      cur = null;
      continue;
    }
    const part: Part = cur;
    // … and one that names another part, in a part of such lines ("Essential Duties" · lines ·
    // "Education, Experience, Knowledge, Skills, and Abilities" · lines), opens that part.
    const plainKind = plainHeading && !part.items.length ? headingKind(b.text, true) : null;
    if (namesAPart(plainKind) && plainKind !== part.kind) {
      open(plainKind, part.level, b.text);
      continue;
    }
    // "Proponer mejoras de arquitectura …. Stack y experiencia específica" · bullets: a page that
    // lost the break before its next heading glued it to the bullet's sentence. The heading's
    // words alone after the sentence, where they name another part, open it.
    const tail = b.kind === 'item' && next?.kind === 'item' ? GLUED_HEADING.exec(b.text) : null;
    const tailKind = tail ? headingKind(tail[2]!, true) : null;
    if (tail && namesAPart(tailKind) && tailKind !== part.kind) {
      addTo(part, { ...b, text: tail[1]! });
      open(tailKind, part.level, tail[2]!);
      continue;
    }
    // "Qualifications" · "• Required:" · "3+ years of …" (a paragraph a line): a bullet that is only a
    // heading's words is the heading of what follows, not an item of its own.
    // (Over bullets, the switch below reads it, a list nested in it included.)
    const label =
      b.kind === 'item' && next?.kind !== 'item' && /[:：]$/.test(b.text) ? headingKind(b.text, true) : null;
    if (namesAPart(label)) {
      if (label !== part.kind) open(label, part.level, b.text);
      continue;
    }
    // A line that introduces the next bullets as another part ("Experience in these areas is an
    // advantage:", "Additionally, one of these would be good to have") switches the part.
    if (b.text.length <= 150 && next?.kind === 'item' && (b.kind === 'para' || /[:：]$/.test(b.text))) {
      // "… rozvíjet se v oboru. Nabízíme:": the sentence is the part's; the words after it head the next.
      const glued = /^(.*?[.!?])\s+([^.!?]{1,60}[:：])$/.exec(b.text);
      const intro = glued && headingKind(glued[2]!, true) ? glued[2]! : b.text;
      const k = OPTIONAL_ITEM.test(intro) ? 'niceToHave' : (introKind(intro) ?? headingKind(intro, false));
      if (namesAPart(k) && k !== part.kind) {
        if (intro !== b.text) addTo(part, { ...b, text: glued![1]! });
        open(k, part.level, intro);
        if (b.kind === 'item' && next.el !== b.el && b.el.contains(next.el)) nested = { el: b.el, back: part };
        continue;
      }
    }
    addTo(part, b);
  }
  // "Ideally, you'd have:" over the only list of what the job asks: the ideal profile is the
  // must-haves (a page that also lists its requirements keeps the ideal as its nice-to-haves).
  if (!parts.some((p) => p.kind === 'requirements')) for (const p of parts) if (p.ideal) p.kind = 'requirements';
  // What each line says of itself, asked once per text and reading: a paragraph of prose is asked
  // where its run is cut, where each piece is classified and where the piece keeps its own, and
  // the structured copy of a description asks again what the page's blocks asked.
  const said = saidInReading();
  const says = (text: string): SectionKind | null => {
    let kind = said.get(text);
    if (kind === undefined) {
      kind = itemSays(text);
      said.set(text, kind);
    }
    return kind;
  };
  // A heading names its part, but where none of its bullets say that part and two in three say
  // another, the bullets decide: "What we're looking for:" over "You will use data to …" heads
  // duties. Never towards the nice-to-haves, whose items read as must-haves, nor away from them.
  for (const p of parts) {
    if (p.guessed || p.items.length < 3 || p.kind === 'niceToHave') continue;
    const votes = votesOf(p.items, says);
    const [kind, count] = ranked(votes)[0]!;
    if (kind !== p.kind && kind !== 'niceToHave' && !votes[p.kind] && count * 3 >= p.items.length * 2) p.kind = kind;
  }
  // The items a part's run says are another part leave it for a part of their own.
  const splitOff = (p: Part, kind: SectionKind, items: Block[]) => {
    p.items = p.items.filter((b) => !items.includes(b));
    p.lines = p.lines.filter((b) => !items.includes(b));
    parts.push({ kind, guessed: 'list', level: p.level, items, paras: [], lines: items });
  };
  // Runs of a part's bullets (`min` at least) where none says the part's kind and two in three
  // say another are that part; so is a group under a heading of its own where more than half say
  // another and it outvotes the part's own three to one ("Wat zoeken wij?" → "Als projectmedewerker
  // bij …:" → seven duties and two "Heb je inzicht in …" that read as must-haves).
  const splitOffRuns = (p: Part, runs: readonly Block[][], min: number, headed = false) => {
    for (const items of runs) {
      const kind = items.length >= min ? classifyRun(items, says) : null;
      // A nice-to-have reads as a must-have or a thing done ("Bonus if you've shipped …"): only
      // perks leave the nice-to-haves ("Preferred Qualifications" → … → "… employees receive:").
      if (!kind || kind === p.kind || (p.kind === 'niceToHave' && kind !== 'benefits')) continue;
      const votes = votesOf(items, says);
      const share = asAsks(votes)[kind];
      const own = votes[p.kind] ?? 0;
      if (headed ? share * 2 > items.length && own * 3 <= share : !own && share * 3 >= items.length * 2)
        splitOff(p, kind, items);
    }
  };
  // A group inside a part whose own heading names nothing ("Your role" → "Accounts Payable" → … →
  // "You've done all of these things..", "Who are you." → … → "What your workday will entail:") may
  // be another part.
  for (const p of [...parts]) if (!p.guessed) splitOffRuns(p, p.groups ?? [], 3, true);
  // So may a later list of a part with no heading between (a page that lost it: "Your roles
  // include:" → duties · </ul><p></p><ul> · "Tertiary qualification … with at least 8 years …").
  for (const p of [...parts]) if (!p.guessed && !p.aboutJob) splitOffRuns(p, listSegments(p.items, says).slice(1), 2);
  // Under a heading about the job in general, the bullets may turn from duties to must-haves with
  // no heading between ("De functie": "Je installeert …" · … · "Je beschikt over een bachelor …"):
  // the later run that says another part is that part.
  for (const p of [...parts]) {
    if (!p.aboutJob || p.items.length < 4) continue;
    for (const items of segmentsOf(p.items, says).slice(1)) {
      const kind = classifyRun(items, says);
      if (kind && kind !== p.kind) splitOff(p, kind, items);
    }
  }
  for (const items of loose.flatMap((run) => listSegments(run, says))) {
    const kind = classifyRun(items, says);
    if (kind) parts.push({ kind, guessed: 'list', level: 7, items, paras: [], lines: items });
  }
  // Only where the page lacks a part prose could give, and never a wall of prose (a whole article).
  const lacking = !parts.some((p) => p.kind === 'responsibilities') || !parts.some((p) => p.kind === 'requirements');
  // The paragraphs after a part's last bullet, which the part does not take as items, are such a run
  // too ("… les missions suivantes :" · bullets · "Vous êtes sérieux et rigoureux." · …).
  const trailing = parts.flatMap((p) => {
    const last = p.items.length ? p.lines.lastIndexOf(p.items[p.items.length - 1]!) : -1;
    const after = last >= 0 && !linesAreItems(p) ? p.lines.slice(last + 1) : [];
    return after.length >= 2 && after.every((b) => b.kind === 'para' && b.text.length <= MAX_PROSE_ITEM) ? [after] : [];
  });
  for (const run of lacking ? [...looseProse, ...trailing] : []) {
    if (run.length > MAX_PROSE_RUN) continue;
    for (const paras of segmentsOf(run, says)) {
      const kind = classifyRun(paras, says) ?? saidTwiceInARow(paras, says);
      // Only duties and must-haves: prose that names a perk or "a plus" is as often the company's.
      if (!kind || kind === 'niceToHave' || kind === 'benefits' || parts.some((p) => p.kind === kind)) continue;
      const own = paras.filter((x) => says(x.text) === kind);
      parts.push({ kind, guessed: 'prose', level: 7, items: [], paras: own, lines: own });
    }
  }
  // A page with no duties at all, not even a run of them: each paragraph under no part that says
  // it is a duty ("Als DevOps engineer bij DevPort ben je verantwoordelijk voor …" amid the company's
  // prose). Only duties: a lone paragraph that asks for experience is as often the company's
  // ("We value experience …"), which cost frozen must-haves 0.010 when tried.
  if (!parts.some((p) => p.kind === 'responsibilities')) {
    const own = looseParas.filter((x) => says(x.text) === 'responsibilities');
    if (own.length)
      parts.push({ kind: 'responsibilities', guessed: 'prose', level: 7, items: [], paras: own, lines: own });
  }
  // "Why Fastly?" over "We have a huge impact." · "We are passionate.": the company's pitch, no
  // part. Under a heading that asks why to join, the lines are perks only where two of them (or
  // its only one) name a perk themselves, whatever else they say ("Vous pourrez … une
  // rémunération …, prime d'objectifs").
  const { ITEM_SAYS_BENEFIT } = currentWords();
  for (const p of [...parts]) {
    if (!p.whyJoin || p.kind !== 'benefits') continue;
    const lines = p.items.length ? p.items : p.paras;
    const perks = lines.filter((b) => ITEM_SAYS_BENEFIT.test(fold(b.text))).length;
    if (perks < Math.min(2, lines.length)) parts.splice(parts.indexOf(p), 1);
  }
  const out = emptySections();
  for (const kind of SECTION_KINDS) {
    const mine = parts.filter((p) => p.kind === kind);
    // Where some part of a kind has bullets, parts of that kind with prose only are introductions.
    const bulleted = mine.some((p) => p.items.length);
    for (const p of mine) {
      const list = itemsOf(p, bulleted);
      for (const b of list) {
        // A bare mark ("*") is not an item.
        if (/\p{L}/u.test(b.text))
          out[kind].push(p.guessed ? { text: b.text, el: b.el, guessed: p.guessed } : { text: b.text, el: b.el });
      }
      // "Sarà considerato requisito preferenziale …" under the must-have bullets: a nice-to-have.
      if (kind === 'requirements' && list === p.items)
        for (const b of p.paras)
          if (b.text.length <= 300 && isOptionalItem(b.text)) out.niceToHave.push({ text: b.text, el: b.el });
    }
  }
  return splitOptional(out);
}

/** What each text said of itself (itemSays) in the reading under way. */
const saidInReading = perReading(() => new Map<string, SectionKind | null>());

/** Whether a heading ends a part at any depth: the company, the law, the process, the team's tools. */
function endsAPart(heading: string): boolean {
  return currentWords().CLOSING.test(fold(stripDecoration(heading)));
}

/** Whether a heading names the hiring process ("Our interview process"): it ends the part, and blocks nothing. */
function namesHiringProcess(heading: string): boolean {
  return currentWords().HIRING_PROCESS.test(fold(stripDecoration(heading)));
}

/** A heading that names something known not to be a part: the company, the process, a closing line. */
function namesAnotherThing(heading: string): boolean {
  const { NOT_A_PART, WHAT_YOU_GAIN } = currentWords();
  const folded = fold(stripDecoration(heading));
  return NOT_A_PART.test(folded) || WHAT_YOU_GAIN.test(folded) || endsAPart(heading);
}

/**
 * The part a line opens when it introduces bullets under no known heading: it ends in a colon
 * and it, or its last clause, reads as a part's heading ("Sous la responsabilité du conducteur,
 * l'agent assure les missions suivantes :" → responsibilities).
 */
function introKind(text: string): SectionKind | null {
  const { OPTIONAL_ITEM } = currentWords();
  // "Just a few of the Benefits enjoyed by PPIL employees…": an ellipsis leads into the bullets too.
  if (text.length > 400 || !/(?:[:：]|…|\.\.\.)\s*$/.test(text)) return null;
  if (OPTIONAL_ITEM.test(text)) return 'niceToHave';
  const clause = text.split(/[,.;]\s+/).pop() ?? text;
  // "… varför du utöver din lön erhåller bland annat följande förmåner:": its last words.
  const tail = text.split(/\s+/).slice(-5).join(' ');
  // "Our benefits meet you where you are. We're here to help …:": its first sentence.
  const first = /^([^.!?]{4,60})[.!?]\s/.exec(text)?.[1] ?? text;
  for (const candidate of [text, clause, tail, first]) {
    const kind = headingKind(candidate, false);
    if (kind === 'aboutJob') return 'responsibilities';
    if (kind && kind !== 'other') return kind;
  }
  return null;
}

/**
 * The part a run of bullets under no known heading belongs to, from what its items say: a duty
 * opens with what the person will do, a benefit names pay, leave or a perk, a must-have asks for
 * experience, knowledge or a degree, an optional item calls itself so. The run is given a part
 * only when at least two items and half of them agree, more than on any other part; a list of
 * values, traits or offices says too little and stays out.
 */
function classifyRun(items: readonly Block[], says: Says): SectionKind | null {
  if (items.length < 2) return null;
  const [best, second] = ranked(asAsks(votesOf(items, says)));
  const [kind, count] = best!;
  return count >= 2 && count * 2 >= items.length && count > second![1] ? kind : null;
}

/**
 * The part two paragraphs in a row say, amid prose that says nothing: a page of paragraphs only,
 * the company's pitch around "Vi söker dig som har erfarenhet …" · "Som person är du …".
 */
function saidTwiceInARow(paras: readonly Block[], says: Says): SectionKind | null {
  for (let i = 1; i < paras.length; i++) {
    const kind = says(paras[i]!.text);
    if (kind && kind === says(paras[i - 1]!.text)) return kind;
  }
  return null;
}

/**
 * Votes with must-haves and nice-to-haves counted together as asks of the person, under
 * requirements: together they outvote a duty or a perk ("Oceníme …" beside "Znalost …");
 * splitOptional then moves the optional ones to the nice-to-haves.
 */
const asAsks = (votes: Record<SectionKind, number>): Record<SectionKind, number> => ({
  ...votes,
  requirements: votes.requirements + votes.niceToHave,
  niceToHave: 0,
});

/** What a line says of itself (itemSays, asked once per text in sectionsOf). */
type Says = (text: string) => SectionKind | null;

/** How many items say each part by themselves. */
function votesOf(items: readonly Block[], says: Says): Record<SectionKind, number> {
  const votes: Record<SectionKind, number> = { responsibilities: 0, requirements: 0, niceToHave: 0, benefits: 0 };
  for (const item of items) {
    const kind = says(item.text);
    if (kind) votes[kind]++;
  }
  return votes;
}

/** The parts by their votes, most first. */
const ranked = (votes: Record<SectionKind, number>) =>
  SECTION_KINDS.map((kind) => [kind, votes[kind]] as const).sort((a, b) => b[1] - a[1]);

/**
 * A run of paragraphs cut where what they say turns from one part to another: a payload with no
 * headings often gives its duties, then its must-haves ("Suivre le cahier des charges …" ·
 * "EXPERIENCE - 3 à 5 ans …"). A line that says nothing stays with the lines before it.
 */
function segmentsOf(run: readonly Block[], says: Says): Block[][] {
  const out: Block[][] = [];
  let cur: Block[] = [];
  let kind: SectionKind | null = null;
  for (const b of run) {
    const said = says(b.text);
    const prev = cur[cur.length - 1];
    if (prev && said && kind && said !== kind) {
      out.push(cur);
      cur = [];
      kind = null;
    }
    kind ??= said;
    cur.push(b);
  }
  out.push(cur);
  return out;
}

/**
 * A run of bullets under no known heading cut where a new list starts whose items say, most of
 * them, another part than the lists before: a page that lost a heading between its duties and
 * its must-haves ("Provide guidance to junior team members" · </ul><ul> · "Degree in Mass
 * Communications"). Inside one list the items stay together, whatever one of them says; a list
 * whose items say nothing, or no part more than another, stays with the lists before it.
 */
function listSegments(run: readonly Block[], says: Says): Block[][] {
  const lists: Block[][] = [];
  for (const b of run) {
    const last = lists[lists.length - 1];
    if (last && listOf(last[last.length - 1]!.el) === listOf(b.el)) last.push(b);
    else lists.push([b]);
  }
  // Whatever its first item says ("• Strong programming skills" · "• Experience with data analysis …"
  // after duties).
  const out: Block[][] = [];
  let kind: SectionKind | null = null;
  for (const list of lists) {
    const [best, second] = ranked(asAsks(votesOf(list, says)));
    const own = best![1] > second![1] ? best![0] : null;
    if (out.length && (own === null || kind === null || own === kind)) {
      out[out.length - 1]!.push(...list);
      kind ??= own;
    } else {
      out.push([...list]);
      kind = own;
    }
  }
  return out;
}

/** The list an item stands in (its own element where it is a line of no list). */
const listOf = (el: Element): Element => el.closest('ul, ol') ?? el;

/** The part an item says it belongs to by itself, if any. */
function itemSays(raw: string): SectionKind | null {
  const { ITEM_SAYS_DUTY, ITEM_SAYS_BENEFIT, ITEM_SAYS_REQUIREMENT } = currentWords();
  const text = fold(raw);
  if (isOptionalItem(raw, text)) return 'niceToHave';
  if (ITEM_SAYS_DUTY.test(text)) return 'responsibilities';
  if (ITEM_SAYS_BENEFIT.test(text)) return 'benefits';
  if (ITEM_SAYS_REQUIREMENT.test(text)) return 'requirements';
  return null;
}

/** The rows of a job's facts that end a part where a line gives one ("Søknadsfrist: 22. januar"). */
const FACT_ROWS_ENDING_A_PART = new Set<LabelKind | null>([
  'deadline',
  'datePosted',
  'location',
  'employmentType',
  'company',
]);

/** A plain line that could be a heading: a capital first, short, no sentence's end (a colon may close it). */
const PLAIN_HEADING_LINE = /^\p{Lu}[^.!?;:]{0,60}[:：]?$/u;

/** A bullet's sentence with a heading's words glued after it, no colon ("… complejidad. Stack y experiencia específica"). */
const GLUED_HEADING = /^(.{20,}?[.!?])\s+(\p{Lu}[^.!?:：]{2,60})$/u;

/** The longest lead of an item ("Ervaring met open source (geen must):") read for an optional mark. */
const MAX_ITEM_LEAD = 80;

/** The longest paragraph under no part that may still say which part it is of, and the longest run of them. */
const MAX_PROSE_ITEM = 600;
const MAX_PROSE_RUN = 30;

/**
 * The longest paragraph under no part read as a page's duties where it has none: one that opens
 * with what the person will do may run on ("You will collaborate with … You will also design …
 * Furthermore, you will …", 700 characters), and it is asked only where no other duty stands.
 */
const MAX_DUTY_PARAGRAPH = 1500;

/**
 * The longest paragraph taken as one item of a part with no bullets. A posting's prose part under
 * its heading is one item however long ("Arbetsuppgifter" over 1,400 characters of duties); only
 * a wall of text longer than any part (a whole page glued in one element) is left out.
 */
const MAX_PARAGRAPH_ITEM = 4000;

/** A part's items: its bullets (with its typed lines, see linesAreItems), else its paragraphs, unless another part of its kind has bullets. */
function itemsOf(p: Part, kindHasBullets: boolean): Block[] {
  if (p.items.length) return linesAreItems(p) ? p.lines : p.items;
  return kindHasBullets ? [] : p.paras.filter((x) => x.text.length <= MAX_PARAGRAPH_ITEM);
}

/** Terms from which a definition list is a box of a job's facts rather than a posting's layout. */
const FACT_BOX_TERMS = 3;

/**
 * Whether a term of a definition list is one row of a box of the job's facts ("Typ úvazku",
 * "Benefity: Bonusy/prémie, Dovolená 5 týdnů, …" in jobs.cz's "Informace o pozici"): a label
 * with its value on one line, among other labels. Such a row says a fact; it opens no part,
 * whatever its label's words, where a term over a list ("Aufgaben" → bullets) does.
 */
function isFactRow(el: Element): boolean {
  if (tagOf(el) !== 'DT') return false;
  const value = el.nextElementSibling;
  if (!value || tagOf(value) !== 'DD' || value.querySelector('li, p, br')) return false;
  const box = el.closest('dl');
  return !!box && box.getElementsByTagName('dt').length >= FACT_BOX_TERMS;
}

/**
 * Whether a part's short lines are its items along with its bullets: a list typed as lines with
 * one stray <li> among them ("Nabízíme<br>Práce v …<br>5 týdnů dovolené<br><li>…</li>…").
 * Only the lines before its last bullet tell: an introduction is one line beside several
 * bullets, and what follows the list (a pay range, an equal-opportunity note) is no sign.
 */
function linesAreItems(p: Part): boolean {
  const last = p.lines.lastIndexOf(p.items[p.items.length - 1]!);
  const before = p.lines.slice(0, last).filter((x) => x.kind !== 'item');
  return before.length > p.items.length && before.every((x) => x.text.length <= 200);
}

/**
 * An item's first sentence: up to a period after a word, or a dash between spaces, before more
 * words. Not a semicolon: "Accounting experience is preferred; interest in learning the space is
 * required" asks for the interest.
 */
const FIRST_SENTENCE = /^(.{8,}?)(?:(?<=\p{Ll})[.!]\s+(?=\p{Lu})|\s[–—]\s(?=\p{L}))/u;

/**
 * Whether a must-have item calls itself optional: among its first words ("Ideally …", "Du hast
 * idealerweise …"), at its end in one sentence ("Go as a plus") or at the end of its first sentence,
 * the rest saying why ("Playwright is a big positive. We build …"), or it opens by saying it is not
 * needed. "Fluent English. French is a bonus." and "Fluent English; Portuguese is a plus" stay
 * must-haves.
 */
function isOptionalItem(text: string, folded = fold(text)): boolean {
  const { OPTIONAL_EARLY, OPTIONAL_TAIL, NOT_NEEDED_START } = currentWords();
  if (OPTIONAL_EARLY.test(folded)) return true;
  // "Ervaring met open source (geen must): Je hebt …", "Kubernetes (nice to have): …": the lead
  // before the colon calls the item optional.
  const lead = text.slice(0, Math.max(0, text.indexOf(':')));
  if (lead && lead.length <= MAX_ITEM_LEAD && execWhereMay(OPTIONAL_TAIL, lead)) return true;
  const tail = execWhereMay(OPTIONAL_TAIL, text);
  if (!tail) {
    // "Playwright experience is a big positive. We primarily create web apps …", "Erste Erfahrung in
    // der Teamführung ist von Vorteil – wichtig sind uns …": the first sentence calls itself optional,
    // the rest says why.
    const first = FIRST_SENTENCE.exec(text)?.[1];
    return !!first && isOptionalItem(first);
  }
  if (NOT_NEEDED_START.test(text)) return true;
  const before = text.slice(0, tail.index);
  // "Zájem o IT (praxe výhodou)": an optional extra in brackets leaves the ask a must-have; a
  // bracket that holds the mark alone marks the whole item ("Approved state trainer (preferred)").
  if ((before.match(/\(/g)?.length ?? 0) > (before.match(/\)/g)?.length ?? 0)) return /\(\s*$/.test(before);
  // What brackets hold is no sentence of its own: "(např. firewally)", "(e.g. AWS)" end none.
  const plain = before.replace(/\([^()]*\)/g, '').trim();
  // A period after a short word is an abbreviation's, no sentence's end ("Řidičský průkaz sk. B
  // výhodou", "č. 254/2001 Sb. Vodní zákon").
  if (/[!?;]\s|(?:\p{L}{4,}|[^\p{L}])\.\s/u.test(plain)) return false;
  // "English, Czech / Slovak is an advantage": only the last name of a list is optional; a list in
  // brackets ("jazyky (C/C++, PHP, JAVA) výhodou") names what the one item is about. A list that a
  // joining word closes ("La maîtrise du Ruby, Python ou Perl est un plus") is one thing, optional.
  const last = plain.split(/,\s/).pop()!.trim();
  return !last || last === plain || last.split(/\s+/).length > 3 || currentWords().LIST_JOINER.test(last);
}

/** Moves must-have items that call themselves optional to the nice-to-haves. */
export function splitOptional(s: Sections): Sections {
  // Each item asked once rather than once per list.
  const optional = s.requirements.map((i) => isOptionalItem(i.text));
  if (!optional.includes(true)) return s;
  const keep = s.requirements.filter((_, n) => !optional[n]);
  const moved = s.requirements.filter((_, n) => optional[n]);
  return { ...s, requirements: keep, niceToHave: [...s.niceToHave, ...moved] };
}

/** Items of every part, whether any part was found. */
export function countItems(s: Sections): number {
  return s.responsibilities.length + s.requirements.length + s.niceToHave.length + s.benefits.length;
}
