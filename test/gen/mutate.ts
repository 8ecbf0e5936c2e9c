/**
 * Mutations of .docx packages for the fuzz test. Most mutate document.xml as text and re-zip it, keeping
 * the XML well-formed where they can (whole elements deleted, duplicated, moved, rows swapped, attribute
 * values and texts replaced), because well-formed-but-wrong content reaches far deeper into the reader
 * and the rules than bytes that fail at the zip or XML layer. Each case is reproducible from its seed.
 */
import { unzipSync, zipSync, strToU8, strFromU8, type Zippable } from 'fflate';
import { intBelow, mulberry32, pick } from './prng';

interface Tag {
  start: number;
  end: number;
  name: string;
  close: boolean;
  selfClosing: boolean;
}

const TAG = /<(\/?)([A-Za-z_][\w.:-]*)(?:\s[^<>]*?)?(\/?)>/g;

function tags(xml: string): Tag[] {
  const out: Tag[] = [];
  for (const m of xml.matchAll(TAG)) {
    out.push({
      start: m.index ?? 0,
      end: (m.index ?? 0) + m[0].length,
      name: m[2],
      close: m[1] === '/',
      selfClosing: m[3] === '/',
    });
  }
  return out;
}

/** [start, end) of the element opened by tags[i] (its matching close tag found by depth). */
function elementAt(all: Tag[], i: number): [number, number] | null {
  const open = all[i];
  if (open.close) return null;
  if (open.selfClosing) return [open.start, open.end];
  let depth = 0;
  for (let k = i; k < all.length; k++) {
    const t = all[k];
    if (t.name !== open.name || t.selfClosing) continue;
    depth += t.close ? -1 : 1;
    if (depth === 0) return [open.start, t.end];
  }
  return null;
}

function randomElement(rand: () => number, xml: string, all: Tag[], names?: RegExp): [number, number] | null {
  const candidates = all
    .map((t, i) => [t, i] as const)
    .filter(([t]) => !t.close && (!names || names.test(t.name)) && t.name !== 'w:document' && t.name !== 'w:body');
  if (candidates.length === 0) return null;
  for (let attempt = 0; attempt < 5; attempt++) {
    const [, i] = pick(rand, candidates);
    const range = elementAt(all, i);
    if (range) return range;
  }
  return null;
}

const HOSTILE_VALUES = [
  '',
  '-1',
  '0',
  '999999999999',
  'NaN',
  'Infinity',
  '1e309',
  'Rubrik1',
  'Heading9',
  'TOC3',
  'Title',
  'äöå',
  '\u202e',
  'x'.repeat(5000),
  '&amp;',
  '&#x10FFFF;',
  'true',
  'false',
  'restart',
  'continue',
  'page',
];

const HOSTILE_TEXTS = [
  '',
  ' ',
  'Totalt',
  'varav',
  'Analys',
  'Uppfylls helt',
  'Avvikelse',
  '2020-13-45',
  '−3,5',
  '1 234 567 890 123,45',
  '12,5 %',
  'i.u.',
  '-',
  '\t',
  'KF:s inriktningsmål:',
  'Innehållsförteckning',
  '1.1.1.1.1.',
  '\u00a0',
  '9'.repeat(400),
  'Sammanfattande analys\t3',
  '𝔘𝔫𝔦𝔠𝔬𝔡𝔢',
  '<![CDATA[x]]>',
];

export type MutationKind =
  | 'byteFlip'
  | 'deleteElement'
  | 'duplicateElement'
  | 'moveElement'
  | 'truncateXml'
  | 'attributeValue'
  | 'swapRows'
  | 'replaceText'
  | 'deleteRowCells';

export const MUTATIONS: MutationKind[] = [
  'byteFlip',
  'deleteElement',
  'duplicateElement',
  'moveElement',
  'truncateXml',
  'attributeValue',
  'swapRows',
  'replaceText',
  'deleteRowCells',
];

function mutateXml(rand: () => number, xml: string, kind: MutationKind): string {
  const all = tags(xml);
  switch (kind) {
    case 'deleteElement': {
      const r = randomElement(
        rand,
        xml,
        all,
        rand() < 0.5
          ? /^w:(p|r|t|tc|tr|tbl|pPr|rPr|tblGrid|gridCol|pStyle|fldChar|instrText|sdt|sdtContent)$/
          : undefined,
      );
      return r ? xml.slice(0, r[0]) + xml.slice(r[1]) : xml;
    }
    case 'duplicateElement': {
      const r = randomElement(rand, xml, all);
      if (!r) return xml;
      const copies = 1 + intBelow(rand, 3);
      return xml.slice(0, r[1]) + xml.slice(r[0], r[1]).repeat(copies) + xml.slice(r[1]);
    }
    case 'moveElement': {
      const r = randomElement(rand, xml, all, /^w:(p|tbl|tr|tc|r)$/);
      if (!r) return xml;
      const piece = xml.slice(r[0], r[1]);
      const rest = xml.slice(0, r[0]) + xml.slice(r[1]);
      const restTags = tags(rest).filter((t) => !t.close);
      if (restTags.length === 0) return xml;
      const at = pick(rand, restTags).start;
      return rest.slice(0, at) + piece + rest.slice(at);
    }
    case 'truncateXml': {
      // Cut inside an element's content, keep the document's tail so only that element is unbalanced.
      const r = randomElement(rand, xml, all);
      if (!r || rand() < 0.2) return xml.slice(0, intBelow(rand, xml.length));
      const cut = r[0] + intBelow(rand, r[1] - r[0]);
      return xml.slice(0, cut) + xml.slice(r[1]);
    }
    case 'attributeValue': {
      const attrs = [...xml.matchAll(/ ([\w:]+)="([^"]*)"/g)].filter((m) => !m[1].startsWith('xmlns'));
      if (attrs.length === 0) return xml;
      let out = xml;
      for (let n = 1 + intBelow(rand, 3); n > 0; n--) {
        const m = pick(
          rand,
          [...out.matchAll(/ ([\w:]+)="([^"]*)"/g)].filter((a) => !a[1].startsWith('xmlns')),
        );
        if (!m || m.index === undefined) break;
        const value = pick(rand, HOSTILE_VALUES);
        out = out.slice(0, m.index) + ` ${m[1]}="${value}"` + out.slice(m.index + m[0].length);
      }
      return out;
    }
    case 'swapRows': {
      const rows = all.map((t, i) => [t, i] as const).filter(([t]) => !t.close && t.name === 'w:tr');
      if (rows.length < 2) return xml;
      const a = elementAt(all, pick(rand, rows)[1]);
      const b = elementAt(all, pick(rand, rows)[1]);
      if (!a || !b || a[0] === b[0] || (a[0] < b[1] && b[0] < a[1])) return xml;
      const [first, second] = a[0] < b[0] ? [a, b] : [b, a];
      return (
        xml.slice(0, first[0]) +
        xml.slice(second[0], second[1]) +
        xml.slice(first[1], second[0]) +
        xml.slice(first[0], first[1]) +
        xml.slice(second[1])
      );
    }
    case 'replaceText': {
      let out = xml;
      for (let n = 1 + intBelow(rand, 4); n > 0; n--) {
        const texts = [...out.matchAll(/(<w:t(?:\s[^>]*)?>)([^<]*)(<\/w:t>)/g)];
        if (texts.length === 0) break;
        const m = pick(rand, texts);
        if (m.index === undefined) break;
        const value = pick(rand, HOSTILE_TEXTS)
          .replace(/&(?!amp;)/g, '&amp;')
          .replace(/</g, '&lt;');
        out = out.slice(0, m.index) + m[1] + value + m[3] + out.slice(m.index + m[0].length);
      }
      return out;
    }
    case 'deleteRowCells': {
      // Rows with fewer cells than the grid, as exports with a missing cell have.
      const cells = all.map((t, i) => [t, i] as const).filter(([t]) => !t.close && t.name === 'w:tc');
      if (cells.length === 0) return xml;
      const r = elementAt(all, pick(rand, cells)[1]);
      return r ? xml.slice(0, r[0]) + xml.slice(r[1]) : xml;
    }
    case 'byteFlip':
      return xml;
  }
}

export interface Mutated {
  kind: MutationKind;
  bytes: Uint8Array;
}

/** Cached unzipped fixtures: the fuzz loop must not pay for inflating the same file thousands of times. */
export class Mutator {
  private readonly parts: Map<string, Uint8Array>;
  private readonly documentXml: string;

  constructor(private readonly original: Uint8Array) {
    this.parts = new Map(Object.entries(unzipSync(original)));
    const doc = this.parts.get('word/document.xml');
    if (!doc) throw new Error('fixture without word/document.xml');
    this.documentXml = strFromU8(doc);
  }

  mutate(seed: number, kind?: MutationKind): Mutated {
    const rand = mulberry32(seed);
    const k = kind ?? pick(rand, MUTATIONS);
    if (k === 'byteFlip') {
      const bytes = this.original.slice();
      for (let n = 1 + intBelow(rand, 8); n > 0; n--) bytes[intBelow(rand, bytes.length)] ^= 1 << intBelow(rand, 8);
      return { kind: k, bytes };
    }
    let xml = this.documentXml;
    // Sometimes stack two mutations: real damage rarely comes alone.
    for (let n = rand() < 0.3 ? 2 : 1; n > 0; n--)
      xml = mutateXml(
        rand,
        xml,
        n === 2
          ? pick(
              rand,
              MUTATIONS.filter((m) => m !== 'byteFlip'),
            )
          : k,
      );
    const files: Zippable = {};
    for (const [name, data] of this.parts)
      files[name] = [name === 'word/document.xml' ? strToU8(xml) : data, { level: 0 }];
    // A fixed timestamp keeps the bytes of a case the same from run to run.
    return { kind: k, bytes: zipSync(files, { mtime: new Date(2021, 1, 1) }) };
  }
}
