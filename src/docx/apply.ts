/**
 * Applies the core's edits to a read package by splicing the original XML text. Each edit checks
 * that the document still holds the text it expects and is refused otherwise, so nothing the user
 * wrote since the snapshot is overwritten. Splices are collected first, checked for overlap, and then
 * written in one pass so that earlier offsets stay valid.
 */
import { SaxesParser } from 'saxes';
import type { Edit, InsertBlocks, MarkHeaderRow, ReplaceBlocks, SetCellText } from '../core/edits';
import {
  CORE_PROPERTIES_CONTENT_TYPE,
  CORE_PROPERTIES_TYPE,
  newCorePropertiesXml,
  setCoreTitleXml,
  withContentTypeOverride,
  withPackageRelationship,
} from './core-properties';
import { setDefaultLanguageXml } from './language';
import { escapeXml } from '../core/ooxml/builders';
import { blockText, type Range } from './document';
import type { DocxDocument } from './index';
import { IGNORED_FINDINGS_SETTING } from '../core/ignored-findings';
import { attr, encodeXml, parseXml, decodeXml, type XmlElement } from './xml';
import { settingsInsertionIndex } from './settings';
import { bookmarksIn, fieldRegion } from './replace-region';

export interface Refusal {
  edit: Edit;
  reason: string;
}

export interface ApplyResult {
  bytes: Uint8Array;
  applied: Edit[];
  refused: Refusal[];
}

interface Splice extends Range {
  text: string;
  order: number;
}

const WORD_MAIN = new Set([
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  'http://purl.oclc.org/ooxml/wordprocessingml/main',
]);

/** Body-level elements an inserted fragment may consist of. */
const BODY_CONTENT = new Set([
  'p',
  'tbl',
  'sdt',
  'bookmarkStart',
  'bookmarkEnd',
  'customXml',
  'proofErr',
  'permStart',
  'permEnd',
]);

class Refused extends Error {}

function splice(text: string, splices: Splice[]): string {
  const sorted = [...splices].sort((a, b) => a.start - b.start || a.end - b.end || a.order - b.order);
  const out: string[] = [];
  let cursor = 0;
  for (const s of sorted) {
    out.push(text.slice(cursor, s.start), s.text);
    cursor = s.end;
  }
  out.push(text.slice(cursor));
  return out.join('');
}

/**
 * Marks a table's first row as its header row: w:tblHeader in the row's w:trPr (CT_TrPrBase is a
 * choice, so first inside w:trPr is valid), w:trPr created after w:tblPrEx when the row has none.
 * An explicit w:tblHeader w:val="0" is replaced. Only the row's properties change, never its cells.
 */
function headerRowSplice(doc: DocxDocument, edit: MarkHeaderRow): Range & { text: string } {
  const b = doc.snapshot.blocks[edit.block];
  const src = doc.source.blocks[edit.block];
  if (!b || b.kind !== 'table' || !src) throw new Refused('Tabellen finns inte i dokumentet.');
  const first = b.rows[0];
  if (!first || first.cells.map((c) => c.text).join('\t') !== edit.oldText)
    throw new Refused('Tabellens första rad har ändrats; den markeras inte.');
  const xml = doc.documentXml;
  // The table's element may sit inside a content control's range; find the w:tbl within it.
  const fragment = xml.slice(src.start, src.end);
  let tbl: XmlElement | null = null;
  let tr: XmlElement | null = null;
  let tblPrEx: XmlElement | null = null;
  let trPr: XmlElement | null = null;
  let header: XmlElement | null = null;
  let tblDepth = -1;
  parseXml(fragment, doc.documentPart, {
    open(el, depth) {
      if (!tbl && el.local === 'tbl') {
        tbl = el;
        tblDepth = depth;
        return;
      }
      if (!tbl || tblDepth < 0) return;
      if (!tr && depth === tblDepth + 1 && el.local === 'tr') tr = el;
      else if (tr && !trPr && depth === tblDepth + 2 && el.local === 'tblPrEx') tblPrEx = el;
      else if (tr && depth === tblDepth + 2 && el.local === 'trPr' && !trPr) trPr = el;
      else if (trPr && depth === tblDepth + 3 && el.local === 'tblHeader') header = el;
    },
    close(el, depth) {
      // Only the first row is looked into.
      if (tr && el === tr && depth === tblDepth + 1) tblDepth = -2;
    },
  });
  const row = tr as XmlElement | null;
  if (!row) throw new Refused('Tabellen har inga rader.');
  const p = doc.source.mainPrefix ? `${doc.source.mainPrefix}:` : '';
  const at = (offset: number, text: string, end = offset): Range & { text: string } => ({
    start: src.start + offset,
    end: src.start + end,
    text,
  });
  const h = header as XmlElement | null;
  if (h) return at(h.start, `<${p}tblHeader/>`, h.end);
  const props = trPr as XmlElement | null;
  if (props) {
    if (props.selfClosing) return at(props.start, `<${p}trPr><${p}tblHeader/></${p}trPr>`, props.end);
    return at(props.openEnd, `<${p}tblHeader/>`);
  }
  const ex = tblPrEx as XmlElement | null;
  return at(ex ? ex.end : row.openEnd, `<${p}trPr><${p}tblHeader/></${p}trPr>`);
}

function overlaps(a: Range, b: Range): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Checks that inserted markup is well-formed body content whose prefixes the document declares. */
function checkFragment(doc: DocxDocument, ooxml: string): string[] {
  const ns = doc.source.rootNamespaces;
  if (!WORD_MAIN.has(ns['xmlns:w'] ?? ''))
    throw new Refused('Dokumentet använder inte prefixet w: för WordprocessingML; innehållet kan inte infogas.');
  const decls = Object.entries(ns)
    .map(([k, v]) => `${k}="${escapeXml(v)}"`)
    .join(' ');
  const parser = new SaxesParser({ xmlns: true });
  let depth = 0;
  // Assigned in the parser's callbacks, which TypeScript's narrowing does not follow.
  let problem = null as string | null;
  const topLevel: string[] = [];
  parser.on('error', (e) => {
    throw new Refused(`Innehållet som skulle infogas är inte giltig XML (${e.message}).`);
  });
  parser.on('opentag', (tag) => {
    if (depth === 1) {
      topLevel.push(tag.local);
      if (!WORD_MAIN.has(tag.uri) || !BODY_CONTENT.has(tag.local)) problem ??= `<${tag.name}>`;
    }
    depth++;
  });
  parser.on('closetag', () => {
    depth--;
  });
  parser.on('text', (t) => {
    if (depth === 1 && t.trim()) problem ??= 'text';
  });
  try {
    parser.write(`<root ${decls}>${ooxml}</root>`).close();
  } catch (e) {
    if (e instanceof Refused) throw e;
    throw new Refused(
      `Innehållet som skulle infogas är inte giltig XML (${e instanceof Error ? e.message : String(e)}).`,
    );
  }
  if (problem) throw new Refused(`Innehållet som skulle infogas är inte stycken eller tabeller (${problem}).`);
  return topLevel;
}

function runContent(p: string, text: string): string {
  return text
    .split('\t')
    .map((piece) => (piece ? `<${p}t xml:space="preserve">${escapeXml(piece)}</${p}t>` : ''))
    .join(`<${p}tab/>`);
}

/** Markup a whole-cell rewrite would lose: comment anchors, bookmarks, revisions, fields, permissions. */
const ANCHORED =
  /<(?:\w+:)?(?:commentRangeStart|commentRangeEnd|commentReference|bookmarkStart|bookmarkEnd|ins|del|moveTo|fldChar|fldSimple|permStart)\b/;

/** Content that is neither text nor an anchor: a rewrite of the runs would leave it standing beside the new text. */
const HARD_NON_TEXT = new Set([
  'drawing',
  'pict',
  'object',
  'footnoteReference',
  'endnoteReference',
  'txbxContent',
  'tbl',
]);

/**
 * The cell content with the new text in its first visible w:t and the other visible w:t emptied; every
 * other element (comment ranges, bookmarks, w:ins/w:del, a field's instruction) stays byte for byte.
 * Null when that cannot be done safely: several paragraphs, tabs or breaks, a picture or footnote, or
 * visible w:t texts that do not add up to the cell's text.
 */
function rewriteTextRuns(content: string, oldText: string, newText: string): string | null {
  if (/[\n\t]/.test(newText) || /^\s|\s$/.test(newText)) return null;
  const wrapped = `<x>${content}</x>`;
  const texts: { start: number; end: number; text: string }[] = [];
  let paragraphs = 0;
  let hard = false;
  let skipDepth = -1;
  let current: { start: number; parts: string[] } | null = null;
  let fieldDepth = 0;
  let inInstruction = 0;
  try {
    parseXml(wrapped, 'cell', {
      open(el: XmlElement, depth: number) {
        if (skipDepth >= 0) return;
        if (
          HARD_NON_TEXT.has(el.local) ||
          el.local === 'tab' ||
          el.local === 'br' ||
          el.local === 'cr' ||
          el.local === 'sym'
        )
          hard = true;
        if (
          el.local === 'del' ||
          el.local === 'moveFrom' ||
          el.local === 'Fallback' ||
          el.local === 'rPr' ||
          el.local === 'pPr'
        ) {
          skipDepth = depth;
          return;
        }
        if (el.local === 'p' && depth === 1) paragraphs++;
        if (el.local === 'fldChar') {
          const type = attr(el, 'fldCharType');
          if (type === 'begin') {
            fieldDepth++;
            inInstruction++;
          } else if (type === 'separate' && inInstruction > 0) inInstruction--;
          else if (type === 'end' && fieldDepth > 0) {
            fieldDepth--;
            // A field that ends without a result leaves its instruction part here.
            inInstruction = Math.min(inInstruction, fieldDepth);
          }
        }
        if (el.local === 't' && inInstruction === 0) current = { start: el.openEnd, parts: [] };
      },
      close(el: XmlElement, depth: number) {
        if (skipDepth >= 0) {
          if (depth === skipDepth) skipDepth = -1;
          return;
        }
        if (el.local === 't' && current) {
          const end = el.selfClosing ? el.end : wrapped.lastIndexOf('<', el.end - 1);
          texts.push({ start: el.selfClosing ? el.end : current.start, end, text: current.parts.join('') });
          current = null;
        }
      },
      text(t: string) {
        if (current && skipDepth < 0) current.parts.push(t);
      },
    });
  } catch {
    return null;
  }
  if (hard || paragraphs !== 1 || texts.length === 0) return null;
  if (texts.map((t) => t.text).join('') !== oldText) return null;
  let out = '';
  let cursor = 0;
  texts.forEach((t, i) => {
    out += wrapped.slice(cursor, t.start) + (i === 0 ? escapeXml(newText) : '');
    cursor = t.end;
  });
  out += wrapped.slice(cursor);
  // A self-closing first w:t cannot take text: leave such cells alone.
  if (texts[0].start === texts[0].end && wrapped.slice(texts[0].start - 2, texts[0].start) === '/>') return null;
  return out.slice(3, out.length - 4);
}

function cellSplice(doc: DocxDocument, edit: SetCellText): Range & { text: string } {
  const { block, row, cell } = edit.loc;
  const b = doc.snapshot.blocks[block];
  const src = doc.source.cells[block]?.[row]?.[cell];
  if (!b || b.kind !== 'table' || !src) throw new Refused('Cellen finns inte i dokumentet.');
  const current = b.rows[row].cells[cell];
  if (current.text !== edit.oldText) {
    throw new Refused(`Cellens text har ändrats (”${current.text}”, väntade ”${edit.oldText}”); den skrivs inte över.`);
  }
  if (src.hasNestedTable) throw new Refused('Cellen innehåller en inbäddad tabell och ändras inte automatiskt.');
  if (src.contentStart >= src.contentEnd) throw new Refused('Cellen är felaktigt uppbyggd och kan inte ändras.');
  const xml = doc.documentXml;
  const content = xml.slice(src.contentStart, src.contentEnd);
  // A cell with comment anchors, bookmarks, revisions or a field keeps them: only its text runs change.
  const inPlace = ANCHORED.test(content) ? rewriteTextRuns(content, current.text, edit.newText) : null;
  if (inPlace !== null) return { start: src.contentStart, end: src.contentEnd, text: inPlace };
  if (src.hasNonText)
    throw new Refused(
      'Cellen innehåller mer än text (fotnot, bild, kommentar eller objekt) och ändras inte automatiskt.',
    );
  const prefix = doc.source.mainPrefix ? `${doc.source.mainPrefix}:` : '';
  const pPr = src.firstPPr ? xml.slice(src.firstPPr.start, src.firstPPr.end) : '';
  const rPr = src.firstRPr ? xml.slice(src.firstRPr.start, src.firstRPr.end) : '';
  const paragraphs = edit.newText.split('\n').map((line) => {
    const runs = line ? `<${prefix}r>${rPr}${runContent(prefix, line)}</${prefix}r>` : '';
    return `<${prefix}p>${pPr}${runs}</${prefix}p>`;
  });
  return { start: src.contentStart, end: src.contentEnd, text: paragraphs.join('') };
}

/**
 * The source range of blocks [from, to], kept well-formed: a range that starts or ends on the edge
 * of a content control takes the whole control with it, and one that cuts through a control is
 * refused. When the new content brings its own content control (`replaceControls`), controls that
 * wrap exactly [from, to] are replaced too instead of getting a second control nested inside.
 */
function blockRange(doc: DocxDocument, from: number, to: number, replaceControls: boolean): Range {
  const { blocks, containers } = doc.source;
  let start = blocks[from].start;
  let end = blocks[to].end;
  let fromContainer = blocks[from].container;
  let toContainer = blocks[to].container;
  const covers = (c: number): boolean => containers[c].fromBlock >= from && containers[c].toBlock <= to;
  while (
    replaceControls &&
    fromContainer >= 0 &&
    fromContainer === toContainer &&
    containers[fromContainer].fromBlock === from &&
    containers[fromContainer].toBlock === to
  ) {
    start = containers[fromContainer].start;
    end = containers[fromContainer].end;
    fromContainer = toContainer = containers[fromContainer].parent;
  }
  while (
    fromContainer !== toContainer &&
    fromContainer >= 0 &&
    covers(fromContainer) &&
    containers[fromContainer].fromBlock === from
  ) {
    start = containers[fromContainer].start;
    fromContainer = containers[fromContainer].parent;
  }
  while (
    fromContainer !== toContainer &&
    toContainer >= 0 &&
    covers(toContainer) &&
    containers[toContainer].toBlock === to
  ) {
    end = containers[toContainer].end;
    toContainer = containers[toContainer].parent;
  }
  if (fromContainer !== toContainer) {
    throw new Refused('Blocken som skulle ersättas går över gränsen för en innehållskontroll; inget ändrades.');
  }
  return { start, end };
}

/**
 * Section breaks (`w:p/w:pPr/w:sectPr`) in the source range, each as an empty paragraph that carries
 * it. A paragraph that ends a section holds that section's page size, numbering and header and footer
 * references; replacing it without them would merge the section into the next one.
 */
function sectionBreaks(doc: DocxDocument, range: Range): string {
  const prefix = doc.source.mainPrefix ? `${doc.source.mainPrefix}:` : '';
  const xml = doc.documentXml.slice(range.start, range.end);
  const decls = Object.entries(doc.source.rootNamespaces)
    .map(([k, v]) => `${k}="${escapeXml(v)}"`)
    .join(' ');
  const open = `<root ${decls}>`;
  const names: string[] = [];
  const kept: string[] = [];
  try {
    parseXml(`${open}${xml}</root>`, doc.documentPart, {
      open(el, depth) {
        names.length = depth;
        names.push(el.local);
      },
      close(el, depth) {
        if (
          el.local !== 'sectPr' ||
          names[depth - 1] !== 'pPr' ||
          names[depth - 2] !== 'p' ||
          names.slice(0, depth).includes('tbl')
        )
          return;
        const sectPr = xml.slice(el.start - open.length, el.end - open.length);
        kept.push(`<${prefix}p><${prefix}pPr>${sectPr}</${prefix}pPr></${prefix}p>`);
      },
    });
  } catch {
    throw new Refused('Blocken som skulle ersättas kunde inte läsas; inget ändrades.');
  }
  return kept.join('');
}

function replaceSplice(doc: DocxDocument, edit: ReplaceBlocks): Range & { text: string } {
  const { fromBlock, toBlock } = edit;
  const blocks = doc.snapshot.blocks;
  if (
    !Number.isInteger(fromBlock) ||
    !Number.isInteger(toBlock) ||
    fromBlock < 0 ||
    toBlock < fromBlock ||
    toBlock >= blocks.length
  ) {
    throw new Refused('Blocken som skulle ersättas finns inte i dokumentet.');
  }
  if (blockText(blocks[fromBlock]) !== edit.oldFirstText || blockText(blocks[toBlock]) !== edit.oldLastText) {
    throw new Refused('Texten som skulle ersättas har ändrats sedan granskningen; den skrivs inte över.');
  }
  const topLevel = checkFragment(doc, edit.ooxml);
  const range = blockRange(doc, fromBlock, toBlock, topLevel.includes('sdt'));
  if (edit.field) {
    // Only the field: a title before its begin mark or a heading after its end mark stays (replace-region.ts).
    const region = fieldRegion(doc.documentXml, range, rootDecls(doc), doc.documentPart, edit.field);
    if (!region)
      throw new Refused('Innehållsförteckningens fält kunde inte avgränsas säkert i dokumentet; inget ändrades.');
    const marks = bookmarksIn(doc.documentXml, region.range);
    const breaks = sectionBreaks(doc, region.sectionScan);
    return region.after
      ? { ...region.range, text: region.before + edit.ooxml + breaks + region.after + marks }
      : { ...region.range, text: region.before + edit.ooxml + marks + breaks };
  }
  // Bookmarks in the replaced blocks stay (after the new content), so no cross-reference loses its target.
  return { ...range, text: edit.ooxml + bookmarksIn(doc.documentXml, range) + sectionBreaks(doc, range) };
}

function rootDecls(doc: DocxDocument): string {
  return Object.entries(doc.source.rootNamespaces)
    .map(([k, v]) => `${k}="${escapeXml(v)}"`)
    .join(' ');
}

function insertSplice(doc: DocxDocument, edit: InsertBlocks): Range & { text: string } {
  if (edit.after === 'selection') throw new Refused('Infogning vid markeringen går bara i Word.');
  const after = edit.after;
  let at: number;
  if (after === -1) at = doc.source.bodyContentStart;
  else if (Number.isInteger(after) && after >= 0 && after < doc.source.blocks.length) at = doc.source.blocks[after].end;
  else throw new Refused('Platsen att infoga på finns inte i dokumentet.');
  if (at < 0) throw new Refused('Dokumentet saknar brödtext att infoga i.');
  checkFragment(doc, edit.ooxml);
  return { start: at, end: at, text: edit.ooxml };
}

function topLevelChildren(text: string, part: string): { root: XmlElement | null; children: XmlElement[] } {
  let root: XmlElement | null = null;
  const children: XmlElement[] = [];
  parseXml(text, part, {
    open(el, depth) {
      if (depth === 0) root = el;
      else if (depth === 1) children.push(el);
    },
  });
  return { root, children };
}

function updateFieldsXml(text: string, part: string): string {
  const { root, children } = topLevelChildren(text, part);
  if (!root) throw new Refused('Dokumentets inställningar kunde inte läsas.');
  const r: XmlElement = root;
  if (r.selfClosing) throw new Refused('Dokumentets inställningar är tomma och kan inte ändras här.');
  const p = r.prefix ? `${r.prefix}:` : '';
  const element = `<${p}updateFields ${p}val="true"/>`;
  const existing = children.find((c) => c.local === 'updateFields' && c.prefix === r.prefix);
  if (existing) return text.slice(0, existing.start) + element + text.slice(existing.end);
  // In CT_Settings order (src/docx/settings.ts): Word rejects an out-of-order w:updateFields.
  const next = children[settingsInsertionIndex(children, 'updateFields')];
  const at = next ? next.start : text.lastIndexOf('<', r.end - 1);
  return text.slice(0, at) + element + text.slice(at);
}

function ignoredFindingsXml(text: string, part: string, ids: string[]): string {
  let target: XmlElement | null = null;
  parseXml(text, part, {
    open(el) {
      if (el.local === 'property' && attr(el, 'name') === IGNORED_FINDINGS_SETTING) target = el;
    },
  });
  if (!target) throw new Refused('Listan över ignorerade fynd kan bara sparas när tillägget är öppet i Word.');
  const t: XmlElement = target;
  const p = t.prefix ? `${t.prefix}:` : '';
  const element = `<${p}property name="${IGNORED_FINDINGS_SETTING}" value="${escapeXml(JSON.stringify(ids))}"/>`;
  return text.slice(0, t.start) + element + text.slice(t.end);
}

export function applyEditsToPackage(
  doc: DocxDocument,
  edits: Edit[],
): { parts: Map<string, Uint8Array>; applied: Edit[]; refused: Refusal[] } {
  const applied: Edit[] = [];
  const refused: Refusal[] = [];
  const splices: Splice[] = [];
  const parts = new Map(doc.parts);
  const partTexts = new Map<string, string>();

  const editPart = (part: string, change: (text: string) => string): void => {
    const bytes = parts.get(part);
    if (!bytes) throw new Refused('Dokumentdelen saknas.');
    const decoded = decodeXml(bytes);
    const before = partTexts.get(part) ?? decoded.text;
    const after = change(before);
    if (!encodeXml(after, decoded.encoding))
      throw new Refused('Dokumentdelen är inte UTF-8-kodad och kan inte ändras.');
    partTexts.set(part, after);
  };

  /** Parts created by an edit (core.xml in a package that has none), written after the others. */
  const created = new Map<string, string>();
  /** The current text of a package part (as edited so far), refused when it is missing or not UTF-8. */
  const packageText = (part: string): string => {
    const bytes = parts.get(part);
    if (!bytes) throw new Refused(`Paketdelen ${part} saknas.`);
    const decoded = decodeXml(bytes);
    if (!encodeXml('', decoded.encoding)) throw new Refused('Dokumentdelen är inte UTF-8-kodad och kan inte ändras.');
    return partTexts.get(part) ?? decoded.text;
  };
  /** A damaged part refuses the edit with a Swedish reason instead of failing the whole fix. */
  const partEdit = (change: () => string, reason: string): string => {
    try {
      return change();
    } catch {
      throw new Refused(reason);
    }
  };

  /** Queues a splice of document.xml, refused when it clashes with one already queued or the part is not UTF-8. */
  const addSplice = (s: Omit<Splice, 'order'>, order: number, clashes: (other: Splice) => boolean): void => {
    if (splices.some(clashes)) throw new Refused('Ändringen överlappar en annan ändring och gjordes inte.');
    if (!encodeXml('', doc.documentEncoding)) throw new Refused('Dokumentet är inte UTF-8-kodat och kan inte ändras.');
    splices.push({ ...s, order });
  };

  edits.forEach((edit, order) => {
    try {
      switch (edit.kind) {
        case 'setCellText':
        case 'replaceBlocks':
        case 'insertBlocks': {
          const s =
            edit.kind === 'setCellText'
              ? cellSplice(doc, edit)
              : edit.kind === 'replaceBlocks'
                ? replaceSplice(doc, edit)
                : insertSplice(doc, edit);
          addSplice(s, order, (other) => overlaps(other, s));
          break;
        }
        case 'markHeaderRow': {
          const s = headerRowSplice(doc, edit);
          // An insertion point (w:tblHeader into a row's properties) clashes with any splice around it too.
          addSplice(
            s,
            order,
            (other) => overlaps(other, s) || (s.start === s.end && s.start > other.start && s.start < other.end),
          );
          break;
        }
        case 'setDocumentTitle': {
          const part = doc.corePropertiesPart ?? null;
          if (part && parts.has(part)) {
            editPart(part, (text) =>
              partEdit(
                () => setCoreTitleXml(text, part, edit.title),
                'Dokumentegenskaperna (docProps/core.xml) kunde inte ändras.',
              ),
            );
          } else {
            // No core properties part: create Word's, with its content type and package relationship,
            // all three or none.
            const name = 'docProps/core.xml';
            if (parts.has(name)) throw new Refused('Dokumentegenskaperna kunde inte hittas.');
            const types = packageText('[Content_Types].xml');
            const rels = packageText('_rels/.rels');
            const newTypes = partEdit(
              () => withContentTypeOverride(types, name, CORE_PROPERTIES_CONTENT_TYPE),
              'Paketets innehållstyper kunde inte ändras.',
            );
            const newRels = partEdit(
              () => withPackageRelationship(rels, CORE_PROPERTIES_TYPE, name),
              'Paketets relationer kunde inte ändras.',
            );
            partTexts.set('[Content_Types].xml', newTypes);
            partTexts.set('_rels/.rels', newRels);
            created.set(name, newCorePropertiesXml(edit.title));
          }
          break;
        }
        case 'setDefaultLanguage': {
          const part = doc.stylesPart ?? null;
          if (!part || !parts.has(part))
            throw new Refused('Dokumentet saknar formatmallar (styles.xml); språket kan inte sättas som standard.');
          editPart(part, (text) =>
            partEdit(
              () => setDefaultLanguageXml(text, part, edit.language),
              'Formatmallarna (styles.xml) kunde inte ändras.',
            ),
          );
          break;
        }
        case 'setUpdateFieldsOnOpen': {
          const part = doc.settingsPart;
          if (!part)
            throw new Refused('Dokumentet saknar inställningsdel (settings.xml); fälten uppdateras inte automatiskt.');
          editPart(part, (text) => updateFieldsXml(text, part));
          break;
        }
        case 'setIgnoredFindings': {
          const part = doc.ignoredFindingsPart;
          if (!part) throw new Refused('Listan över ignorerade fynd kan bara sparas när tillägget är öppet i Word.');
          editPart(part, (text) => ignoredFindingsXml(text, part, edit.ids));
          break;
        }
      }
      applied.push(edit);
    } catch (e) {
      if (!(e instanceof Refused)) throw e;
      refused.push({ edit, reason: e.message });
    }
  });

  if (splices.length) {
    const bytes = encodeXml(splice(doc.documentXml, splices), doc.documentEncoding);
    if (bytes) parts.set(doc.documentPart, bytes);
  }
  for (const [part, text] of partTexts) {
    const bytes = encodeXml(text, decodeXml(doc.parts.get(part) ?? new Uint8Array()).encoding);
    if (bytes) parts.set(part, bytes);
  }
  for (const [part, text] of created) parts.set(part, new TextEncoder().encode(text));
  return { parts, applied, refused };
}
