/**
 * Word comments in a .docx package: a small reader of the comments part (id, author, text), and the
 * writer of the manager's review comments (`src/core/review`) into a copy of the package.
 *
 * The writer adds, per comment, `w:commentRangeStart` after the anchored paragraph's properties and
 * `w:commentRangeEnd` + a run holding `w:commentReference` before its end, so the whole paragraph is
 * the commented text; the comment itself goes into `word/comments.xml`, which is created (with its
 * relationship and content type) when the document has none, and otherwise extended: existing comments
 * are kept as they are and new ids are above every `w:id` the document and its comments use. Everything
 * else is spliced in, so every other byte of the package stays as it was, and no run with text changes.
 *
 * Helper 13 owns the reader split of `src/docx`; the comments reader here is deliberately minimal
 * (what the review needs: is a comment ours, which findings it marks) until a full one exists.
 */
import type { ReviewAnchor, ReviewComment } from '../core/review/comments';
import { REVIEW_AUTHOR, REVIEW_INITIALS } from '../core/review/comments';
import { escapeXml } from '../core/ooxml/builders';
import type { DocxDocument } from './index';
import { readRelationships, relsPathFor, relTypeIs } from './relationships';
import { writeZip } from './zip';
import { attr, decodeXml, encodeXml, parseXml, type XmlElement } from './xml';

export interface DocxComment {
  id: string;
  author: string | null;
  initials: string | null;
  /** The comment's paragraphs' texts joined with "\n". */
  text: string;
}

const COMMENTS_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments';
const COMMENTS_REL_STRICT = 'http://purl.oclc.org/ooxml/officeDocument/relationships/comments';
const COMMENTS_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml';
const RELS_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n';

/** The comments part the main document refers to, if any. */
export function commentsPartOf(doc: DocxDocument): string | null {
  const rels = readRelationships(
    doc.parts.get(relsPathFor(doc.documentPart)),
    doc.documentPart,
    relsPathFor(doc.documentPart),
  );
  return rels.find((r) => !r.external && relTypeIs(r, 'comments') && doc.parts.has(r.target))?.target ?? null;
}

/** The document's comments, in the order of the comments part. */
export function readComments(doc: DocxDocument): DocxComment[] {
  const part = commentsPartOf(doc);
  if (!part) return [];
  return readCommentsXml(decodeXml(doc.parts.get(part)!).text, part);
}

function readCommentsXml(xml: string, part: string): DocxComment[] {
  const out: DocxComment[] = [];
  let current: (DocxComment & { paras: string[] }) | null = null;
  let inText = false;
  parseXml(xml, part, {
    open(el) {
      if (el.local === 'comment') {
        current = {
          id: attr(el, 'id') ?? '',
          author: attr(el, 'author') ?? null,
          initials: attr(el, 'initials') ?? null,
          text: '',
          paras: [],
        };
      } else if (current && el.local === 'p') current.paras.push('');
      else if (current && el.local === 't') inText = true;
      else if (current && el.local === 'tab' && current.paras.length) current.paras[current.paras.length - 1] += '\t';
    },
    close(el) {
      if (el.local === 't') inText = false;
      if (el.local === 'comment' && current) {
        const c: DocxComment & { paras: string[] } = current;
        out.push({ id: c.id, author: c.author, initials: c.initials, text: c.paras.join('\n') });
        current = null;
      }
    },
    text(t) {
      if (current && inText && current.paras.length) current.paras[current.paras.length - 1] += t;
    },
  });
  return out;
}

export interface CommentsWriteResult {
  bytes: Uint8Array;
  written: ReviewComment[];
  /** Comments that could not be anchored, with the Swedish reason. */
  refused: { comment: ReviewComment; reason: string }[];
}

export interface CommentsWriteOptions {
  /** w:date of the new comments (ISO 8601, seconds); tests fix it, the CLI passes now. */
  date?: string;
}

interface ParagraphSpot {
  /** Where w:commentRangeStart goes: after the paragraph's w:pPr (or its start tag). */
  startAt: number;
  /** Where w:commentRangeEnd + the reference run go: before `</w:p>`. */
  endAt: number;
  /** For `<w:p/>`: the range of the self-closing tag, rewritten as an open/close pair. */
  selfClosing: { start: number; end: number; open: string; close: string } | null;
  prefix: string;
}

class Refused extends Error {}

/** Writes review comments into a copy of the package; refuses (per comment) what it cannot anchor. */
export function writeReviewComments(
  doc: DocxDocument,
  comments: readonly ReviewComment[],
  options: CommentsWriteOptions = {},
): CommentsWriteResult {
  const parts = new Map(doc.parts);
  const refused: CommentsWriteResult['refused'] = [];
  const written: ReviewComment[] = [];
  if (comments.length === 0) return { bytes: writeZip(parts), written, refused };
  if (doc.documentEncoding === 'invalid-utf-8' || !encodeXml('', doc.documentEncoding)) {
    return {
      bytes: writeZip(parts),
      written,
      refused: comments.map((comment) => ({
        comment,
        reason: 'Dokumentet är inte UTF-8-kodat; kommentarer kan inte skrivas in.',
      })),
    };
  }

  const existingPart = commentsPartOf(doc);
  const existingXml = existingPart ? decodeXml(parts.get(existingPart)!) : null;
  let nextId = maxId(doc.documentXml, existingXml?.text ?? '') + 1;
  const mainNs = doc.source.rootNamespaces['xmlns:w'] ?? 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

  // Group by paragraph so that several comments on one paragraph make one splice each side.
  const byParagraph = new Map<string, { spot: ParagraphSpot; ids: number[] }>();
  const commentXml: string[] = [];
  const date = options.date ?? new Date().toISOString().replace(/\.\d+Z$/, 'Z');
  for (const comment of comments) {
    try {
      const key = anchorKey(comment.anchor);
      let entry = byParagraph.get(key);
      if (!entry) {
        entry = { spot: paragraphSpot(doc, comment.anchor), ids: [] };
        byParagraph.set(key, entry);
      }
      const id = nextId++;
      entry.ids.push(id);
      commentXml.push(commentElement(id, comment, date));
      written.push(comment);
    } catch (e) {
      if (!(e instanceof Refused)) throw e;
      refused.push({ comment, reason: e.message });
    }
  }
  if (written.length === 0) return { bytes: writeZip(parts), written, refused };

  const inserts: { at: number; end: number; text: string }[] = [];
  for (const { spot, ids } of byParagraph.values()) {
    const p = spot.prefix ? `${spot.prefix}:` : '';
    const starts = ids.map((id) => `<${p}commentRangeStart ${p}id="${id}"/>`).join('');
    const ends = ids
      .map((id) => `<${p}commentRangeEnd ${p}id="${id}"/><${p}r><${p}commentReference ${p}id="${id}"/></${p}r>`)
      .join('');
    if (spot.selfClosing) {
      const s = spot.selfClosing;
      inserts.push({ at: s.start, end: s.end, text: `${s.open}${starts}${ends}${s.close}` });
    } else {
      inserts.push({ at: spot.startAt, end: spot.startAt, text: starts });
      inserts.push({ at: spot.endAt, end: spot.endAt, text: ends });
    }
  }
  inserts.sort((a, b) => a.at - b.at);
  const out: string[] = [];
  let cursor = 0;
  for (const ins of inserts) {
    out.push(doc.documentXml.slice(cursor, ins.at), ins.text);
    cursor = ins.end;
  }
  out.push(doc.documentXml.slice(cursor));
  parts.set(doc.documentPart, encodeXml(out.join(''), doc.documentEncoding)!);

  if (existingPart && existingXml) {
    const extended = extendCommentsXml(existingXml.text, existingPart, commentXml);
    const bytes = encodeXml(extended, existingXml.encoding);
    if (!bytes) {
      return {
        bytes: writeZip(new Map(doc.parts)),
        written: [],
        refused: comments.map((comment) => ({
          comment,
          reason: 'Dokumentets kommentarer är inte UTF-8-kodade och kan inte utökas.',
        })),
      };
    }
    parts.set(existingPart, bytes);
  } else {
    const part = newCommentsPartName(doc, parts);
    parts.set(
      part,
      new TextEncoder().encode(
        `${XML_DECL}<w:comments xmlns:w="${escapeXml(mainNs)}">${commentXml.join('')}</w:comments>`,
      ),
    );
    addRelationship(doc, parts, part, mainNs.startsWith('http://purl.oclc.org/') ? COMMENTS_REL_STRICT : COMMENTS_REL);
    addContentType(parts, part);
  }
  return { bytes: writeZip(parts), written, refused };
}

function anchorKey(a: ReviewAnchor): string {
  return 'row' in a ? `${a.block}/${a.row}/${a.cell}/${a.paragraph}` : `${a.block}`;
}

/** Every annotation id in use: comments, bookmarks, revisions share Word's id numbering in practice. */
function maxId(...texts: string[]): number {
  let max = -1;
  for (const t of texts) for (const m of t.matchAll(/:id="(\d{1,9})"/g)) max = Math.max(max, Number(m[1]));
  return max;
}

function commentElement(id: number, comment: ReviewComment, date: string): string {
  const paras = comment.paragraphs.map((text, i) => {
    // The annotation mark in the first paragraph is what Word shows before the comment's text.
    const mark = i === 0 ? '<w:r><w:annotationRef/></w:r>' : '';
    return `<w:p>${mark}<w:r><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r></w:p>`;
  });
  return `<w:comment w:id="${id}" w:author="${escapeXml(REVIEW_AUTHOR)}" w:date="${date}" w:initials="${REVIEW_INITIALS}">${paras.join('')}</w:comment>`;
}

/** Where in document.xml the paragraph an anchor names stands. */
function paragraphSpot(doc: DocxDocument, anchor: ReviewAnchor): ParagraphSpot {
  const block = doc.snapshot.blocks[anchor.block];
  const src = doc.source.blocks[anchor.block];
  if (!block || !src) throw new Refused('Stället finns inte i dokumentet.');
  if (!('row' in anchor)) {
    if (block.kind !== 'paragraph') throw new Refused('Stället är inte ett stycke.');
    return spotIn(doc, src.start, src.end, 0);
  }
  const cell = doc.source.cells[anchor.block]?.[anchor.row]?.[anchor.cell];
  const snapCell = block.kind === 'table' ? block.rows[anchor.row]?.cells[anchor.cell] : undefined;
  if (!cell || !snapCell) throw new Refused('Tabellcellen finns inte i dokumentet.');
  return spotIn(doc, cell.contentStart, cell.contentEnd, anchor.paragraph, snapCell.paragraphs.length);
}

/**
 * The `index`-th paragraph in [from, to) of document.xml that is not inside a nested table or
 * another paragraph (a text box). `expected`: how many such paragraphs the reader saw; a different
 * count means this walk and the reader disagree about the cell, and the comment is not placed.
 */
function spotIn(doc: DocxDocument, from: number, to: number, index: number, expected?: number): ParagraphSpot {
  const decls = Object.entries(doc.source.rootNamespaces)
    .map(([k, v]) => `${k}="${escapeXml(v)}"`)
    .join(' ');
  const open = `<root ${decls}>`;
  const shift = from - open.length;
  const found: { p: XmlElement; depth: number; pPrEnd: number | null }[] = [];
  const stack: string[] = [];
  try {
    parseXml(`${open}${doc.documentXml.slice(from, to)}</root>`, doc.documentPart, {
      open(el, depth) {
        stack.length = depth;
        stack.push(el.local);
        if (el.local === 'p' && depth >= 1 && !stack.slice(1, depth).some((n) => n === 'tbl' || n === 'p'))
          found.push({ p: el, depth, pPrEnd: null });
      },
      close(el, depth) {
        const last = found[found.length - 1];
        if (el.local === 'pPr' && last && last.depth === depth - 1 && last.p.end < 0 && last.pPrEnd === null)
          last.pPrEnd = el.end;
      },
    });
  } catch {
    throw new Refused('Stycket kunde inte läsas.');
  }
  if (expected !== undefined && found.length !== expected)
    throw new Refused('Cellens stycken kunde inte räknas säkert; kommentaren placeras inte.');
  const hit = found[index];
  if (!hit) throw new Refused('Stycket finns inte i dokumentet.');
  const p = hit.p;
  if (p.selfClosing) {
    const tag = doc.documentXml.slice(p.start + shift, p.openEnd + shift);
    return {
      startAt: -1,
      endAt: -1,
      selfClosing: {
        start: p.start + shift,
        end: p.openEnd + shift,
        open: tag.replace(/\s*\/>$/, '>'),
        close: `</${p.name}>`,
      },
      prefix: p.prefix,
    };
  }
  const endTag = `</${p.name}>`;
  const endAt = p.end + shift - endTag.length;
  if (doc.documentXml.slice(endAt, p.end + shift) !== endTag) throw new Refused('Stycket kunde inte läsas.');
  return { startAt: (hit.pPrEnd ?? p.openEnd) + shift, endAt, selfClosing: null, prefix: p.prefix };
}

function extendCommentsXml(xml: string, part: string, comments: string[]): string {
  let root: XmlElement | null = null;
  parseXml(xml, part, {
    open(el, depth) {
      if (depth === 0) root = el;
    },
  });
  const r = root as XmlElement | null;
  if (!r || r.local !== 'comments') throw new Error(`${part} är inte en kommentarsdel`);
  // Our comments use the w: prefix; declare it on each when the part binds another prefix.
  const decl =
    r.prefix === 'w' ? '' : ` xmlns:w="${escapeXml(r.attrs[r.prefix ? `xmlns:${r.prefix}` : 'xmlns'] ?? '')}"`;
  const items = decl ? comments.map((c) => c.replace('<w:comment ', `<w:comment${decl} `)) : comments;
  if (r.selfClosing)
    return (
      xml.slice(0, r.start) +
      xml.slice(r.start, r.openEnd).replace(/\s*\/>$/, '>') +
      items.join('') +
      `</${r.name}>` +
      xml.slice(r.openEnd)
    );
  const close = xml.lastIndexOf(`</${r.name}`);
  return xml.slice(0, close) + items.join('') + xml.slice(close);
}

function newCommentsPartName(doc: DocxDocument, parts: Map<string, Uint8Array>): string {
  const dir = doc.documentPart.slice(0, doc.documentPart.lastIndexOf('/') + 1);
  let name = `${dir}comments.xml`;
  for (let i = 1; parts.has(name); i++) name = `${dir}comments${i}.xml`;
  return name;
}

function addRelationship(doc: DocxDocument, parts: Map<string, Uint8Array>, target: string, type: string): void {
  const relsPart = relsPathFor(doc.documentPart);
  const bytes = parts.get(relsPart);
  const dir = doc.documentPart.slice(0, doc.documentPart.lastIndexOf('/') + 1);
  const relTarget = target.startsWith(dir) ? target.slice(dir.length) : `/${target}`;
  if (!bytes) {
    parts.set(
      relsPart,
      new TextEncoder().encode(
        `${XML_DECL}<Relationships xmlns="${RELS_NS}"><Relationship Id="rId1" Type="${type}" Target="${escapeXml(relTarget)}"/></Relationships>`,
      ),
    );
    return;
  }
  const decoded = decodeXml(bytes);
  const used = new Set([...decoded.text.matchAll(/\bId="([^"]*)"/g)].map((m) => m[1]));
  let n = 1;
  while (used.has(`rId${n}`)) n++;
  const close = decoded.text.lastIndexOf('</Relationships>');
  const rel = `<Relationship Id="rId${n}" Type="${type}" Target="${escapeXml(relTarget)}"/>`;
  const text =
    close >= 0
      ? decoded.text.slice(0, close) + rel + decoded.text.slice(close)
      : decoded.text.replace(/<Relationships([^>]*)\/>/, `<Relationships$1>${rel}</Relationships>`);
  parts.set(relsPart, encodeXml(text, decoded.encoding === 'utf-8-bom' ? 'utf-8-bom' : 'utf-8')!);
}

function addContentType(parts: Map<string, Uint8Array>, part: string): void {
  const bytes = parts.get('[Content_Types].xml');
  if (!bytes) return;
  const decoded = decodeXml(bytes);
  if (decoded.text.includes(`PartName="/${part}"`)) return;
  const override = `<Override PartName="/${part}" ContentType="${COMMENTS_TYPE}"/>`;
  const close = decoded.text.lastIndexOf('</Types>');
  if (close < 0) return;
  parts.set(
    '[Content_Types].xml',
    encodeXml(
      decoded.text.slice(0, close) + override + decoded.text.slice(close),
      decoded.encoding === 'utf-8-bom' ? 'utf-8-bom' : 'utf-8',
    )!,
  );
}
