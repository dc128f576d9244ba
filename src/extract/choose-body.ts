// Chooses the posting's body: the site's own node, else what the generic reader found in the
// page, else the description of the structured data (parsed into an inert copy only when it
// is needed). Reads its parts, and indexes its text for the facts read from it.
import type { SourceId } from '../model/posting';
import { parseFragment, unescapeBody } from './dom';
import type { Readings } from './run-sources';
import { type Block, blocksOf, countItems, SECTION_KINDS, type Sections, sectionsOf } from './sections';
import { cleanMultiline, cleanText, fold } from './text';
import { indexBlocks, type TextIndex } from './text-index';

export interface Body {
  /** The source the body's parts and text-read facts are credited to. */
  source: SourceId;
  /** Its parts, each item pointing at a visible element where the page shows one. */
  sections: Sections;
  /** Its text, and where each block's text starts in it. */
  index: TextIndex;
  /** The description as the posting reports it. */
  description: string;
  /** The text facts are read from: the first 40,000 characters (a posting is never longer, a page of noise may be). */
  text: string;
}

/** The structured items, each with the visible page block of the same text where there is one. */
function onPage(sections: Sections, blocks: readonly Block[], live: boolean): Sections {
  if (!live || !blocks.length) return sections;
  const byText = new Map<string, Element>();
  for (const block of blocks) {
    if (block.text.length <= 2000 && !byText.has(fold(block.text))) byText.set(fold(block.text), block.el);
  }
  const out = { ...sections };
  for (const kind of SECTION_KINDS)
    out[kind] = sections[kind].map((item) => ({ text: item.text, el: byText.get(fold(item.text)) ?? item.el }));
  return out;
}

/** More than the lines (so the items) a description's HTML could give: its block tags, line breaks and bullet marks, escaped or not. */
function mostLinesIn(html: string): number {
  const tags = html.match(/(?:<|&lt;)(?:li|p|br|div|h[1-6]|tr|td|dt|dd|section|article)(?![a-z])/gi)?.length ?? 0;
  const marks = html.match(/[\n•·●▪◦‣►▶✓✔☑➢➤→;*–—-]/g)?.length ?? 0;
  return tags + marks + 1;
}

/** The body of the posting; doc is the document read, page the one on screen (they differ for a view-source page). */
export function chooseBody({ structured, site, generic }: Readings, doc: Document, page: Document): Body {
  const genericReading = generic[0]?.reading ?? null;
  const siteBody = site.find((tagged) => tagged.reading.body);
  let domBlocks: Block[] = [];
  let domSections: Sections | undefined;
  let domSource: SourceId = 'generic';
  if (siteBody?.reading.body) {
    domBlocks = blocksOf(unescapeBody(siteBody.reading.body), { skipChrome: false });
    domSource = siteBody.id;
  } else if (genericReading?.blocks) {
    domBlocks = genericReading.blocks;
    domSections = genericReading.blockSections;
  }
  domSections ??= sectionsOf(domBlocks);
  const structuredBody = structured.find((tagged) => tagged.reading.body || tagged.reading.bodyHtml);
  const data = structuredBody?.reading;
  // A site's own rendered body with parts makes the structured copy unneeded: skip parsing it. So
  // does a page whose parts outnumber half of all the lines the copy could hold (the page would
  // win the comparison below whatever the copy holds): parsing HTML is the dearest step here.
  const domItems = countItems(domSections);
  if (
    data &&
    !data.body &&
    data.bodyHtml &&
    !(siteBody && domItems > 0) &&
    !(domItems > 0 && domItems * 2 >= mostLinesIn(data.bodyHtml))
  ) {
    const box = parseFragment(doc, data.bodyHtml);
    if (box) data.body = box;
    else data.descriptionText = cleanText(data.bodyHtml);
  }
  const structuredBlocks = data?.body ? blocksOf(data.body, { skipChrome: false }) : [];
  const structuredSections = sectionsOf(structuredBlocks);
  const useDom =
    countItems(domSections) > 0
      ? countItems(domSections) * 2 >= countItems(structuredSections)
      : !structuredBlocks.length && !data?.descriptionText;
  const sections = useDom ? domSections : structuredSections;
  const index = indexBlocks(useDom ? domBlocks : structuredBlocks);
  const description = cleanMultiline(
    index.text ||
      data?.descriptionText ||
      site.find((tagged) => tagged.reading.descriptionText)?.reading.descriptionText,
    200_000,
  );
  return {
    source: useDom ? domSource : (structuredBody?.id ?? 'json-ld'),
    // Items read from structured data that the page also shows: point at the visible node, so
    // the page can highlight them (JSON-LD copies of a rendered description are common).
    sections: useDom ? sections : onPage(sections, genericReading?.blocks ?? [], doc === page),
    index,
    description,
    text: (index.text || description).slice(0, 40_000),
  };
}
