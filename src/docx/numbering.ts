/**
 * `numbering.xml`: list definitions (w:abstractNum with its levels), list instances (w:num with
 * w:lvlOverride/w:startOverride), and the counter that computes the number Word shows before each
 * numbered paragraph ("1", "3.1", "1.5.", "a)", "IV"), after mammoth.js's numbering reader; mammoth
 * keeps only whether a level is ordered, Word's number text needs the counters as well.
 */
import { attr, onOff } from './xml';
import { parseXmlTree, type XmlNode } from './xml-tree';
import { decodeXml } from './xml';
import { resolveStyle, type Styles } from './styles';
import type { Read } from './read-result';

export interface Level {
  start: number;
  /** w:numFmt: decimal, lowerLetter, upperRoman, bullet, none … */
  format: string;
  /** w:lvlText: "%1.%2." — `%n` is level n's number. */
  text: string;
  /** w:isLgl: every level's number shown in decimal. */
  legal: boolean;
  /** w:lvlRestart: restart after this (1-based) level is used; 0 never; null: after any higher level. */
  restartAfter: number | null;
  /** w:pStyle: the paragraph style this level belongs to (heading numbering). */
  style: string | null;
}

export interface AbstractNum {
  id: string;
  levels: Map<number, Level>;
  /** w:numStyleLink: the levels are those of the list a numbering style points at. */
  numStyleLink: string | null;
}

export interface NumInstance {
  abstractId: string;
  /** w:lvlOverride: a new start (w:startOverride) or a whole new level definition, by level. */
  overrides: Map<number, { start: number | null; level: Level | null }>;
}

export interface Numbering {
  abstracts: Map<string, AbstractNum>;
  nums: Map<string, NumInstance>;
}

export function emptyNumbering(): Numbering {
  return { abstracts: new Map(), nums: new Map() };
}

function intAttr(el: XmlNode | undefined, fallback: number): number {
  const n = el ? Number(attr(el, 'val')) : NaN;
  return Number.isInteger(n) ? n : fallback;
}

function readLevel(lvl: XmlNode): Level {
  const level: Level = { start: 1, format: 'decimal', text: '', legal: false, restartAfter: null, style: null };
  for (const el of lvl.children) {
    switch (el.local) {
      case 'start':
        level.start = intAttr(el, 1);
        break;
      case 'numFmt':
        level.format = attr(el, 'val') ?? 'decimal';
        break;
      case 'lvlText':
        level.text = attr(el, 'val') ?? '';
        break;
      case 'isLgl':
        level.legal = onOff(el);
        break;
      case 'lvlRestart':
        level.restartAfter = intAttr(el, 0);
        break;
      case 'pStyle':
        level.style = attr(el, 'val') ?? null;
        break;
    }
  }
  return level;
}

/** Reads numbering.xml; an unreadable part throws DocxError (the caller turns it into a warning). */
export function readNumbering(bytes: Uint8Array | undefined, part: string): Read<Numbering> {
  const numbering = emptyNumbering();
  const warnings: string[] = [];
  if (!bytes) return { value: numbering, warnings };
  const root = parseXmlTree(decodeXml(bytes).text, part);
  for (const el of root.children) {
    if (el.local === 'abstractNum') {
      const abs: AbstractNum = { id: attr(el, 'abstractNumId') ?? '', levels: new Map(), numStyleLink: null };
      for (const c of el.children) {
        if (c.local === 'lvl') abs.levels.set(Number(attr(c, 'ilvl') ?? '0') || 0, readLevel(c));
        else if (c.local === 'numStyleLink') abs.numStyleLink = attr(c, 'val') ?? null;
      }
      numbering.abstracts.set(abs.id, abs);
    } else if (el.local === 'num') {
      const num: NumInstance = { abstractId: '', overrides: new Map() };
      for (const c of el.children) {
        if (c.local === 'abstractNumId') num.abstractId = attr(c, 'val') ?? '';
        else if (c.local === 'lvlOverride') {
          const start = c.children.find((x) => x.local === 'startOverride');
          const lvl = c.children.find((x) => x.local === 'lvl');
          num.overrides.set(Number(attr(c, 'ilvl') ?? '0') || 0, {
            start: start ? intAttr(start, 1) : null,
            level: lvl ? readLevel(lvl) : null,
          });
        }
      }
      const id = attr(el, 'numId');
      if (id !== undefined) numbering.nums.set(id, num);
    }
  }
  return { value: numbering, warnings };
}

const ROMAN: [number, string][] = [
  [1000, 'm'],
  [900, 'cm'],
  [500, 'd'],
  [400, 'cd'],
  [100, 'c'],
  [90, 'xc'],
  [50, 'l'],
  [40, 'xl'],
  [10, 'x'],
  [9, 'ix'],
  [5, 'v'],
  [4, 'iv'],
  [1, 'i'],
];

function roman(n: number): string {
  if (n <= 0 || n >= 4000) return String(n);
  let out = '';
  for (const [v, s] of ROMAN) {
    while (n >= v) {
      out += s;
      n -= v;
    }
  }
  return out;
}

/** Word's letters: a … z, then aa … zz, aaa … (the letter repeated, not base 26). */
function letters(n: number): string {
  if (n <= 0) return String(n);
  const letter = String.fromCharCode(97 + ((n - 1) % 26));
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
}

/** A counter value in a level's number format. */
export function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'lowerLetter':
      return letters(n);
    case 'upperLetter':
      return letters(n).toUpperCase();
    case 'lowerRoman':
      return roman(n);
    case 'upperRoman':
      return roman(n).toUpperCase();
    case 'decimalZero':
      return n >= 0 && n < 10 ? `0${n}` : String(n);
    case 'none':
      return '';
    default:
      // decimal, and formats this reader does not spell out (ordinal, Japanese counting …) as decimal.
      return String(n);
  }
}

/**
 * Counts the numbered paragraphs of one part in document order and gives each its number text.
 * Lists sharing an abstract definition share counters, as in Word; a w:num with a start override
 * restarts its levels the first time it is used.
 */
export class ListCounter {
  private readonly counters = new Map<string, Map<number, number>>();
  private readonly started = new Set<string>();

  constructor(
    private readonly numbering: Numbering,
    private readonly styles: Styles,
  ) {}

  private abstractOf(numId: string, seen = new Set<string>()): AbstractNum | null {
    const num = this.numbering.nums.get(numId);
    const abs = num ? this.numbering.abstracts.get(num.abstractId) : undefined;
    if (!abs) return null;
    if (abs.numStyleLink && !seen.has(numId)) {
      // A list style (w:numStyleLink) points through its style's w:numPr at the list that defines the levels.
      seen.add(numId);
      const styleNum = resolveStyle(this.styles, abs.numStyleLink, (s) => s.numbering);
      if (styleNum && styleNum.numId !== numId) return this.abstractOf(styleNum.numId, seen) ?? abs;
    }
    return abs;
  }

  /**
   * The level a paragraph numbered through its style is on: the level whose w:pStyle is that style
   * (Word's heading numbering), else the level the style or paragraph names.
   */
  levelFor(numId: string, level: number, styleId: string | null, fromStyle: boolean): number {
    if (!fromStyle || !styleId) return level;
    const abs = this.abstractOf(numId);
    if (!abs) return level;
    for (const [ilvl, def] of abs.levels) if (def.style === styleId) return ilvl;
    return level;
  }

  private levelDef(numId: string, abs: AbstractNum, ilvl: number): Level | null {
    return this.numbering.nums.get(numId)?.overrides.get(ilvl)?.level ?? abs.levels.get(ilvl) ?? null;
  }

  /** The number text of the next paragraph in list `numId` at level `ilvl`; null when the list or level is not defined. */
  next(numId: string, ilvl: number): string | null {
    const num = this.numbering.nums.get(numId);
    const abs = this.abstractOf(numId);
    if (!num || !abs) return null;
    const def = this.levelDef(numId, abs, ilvl);
    if (!def) return null;
    let counts = this.counters.get(abs.id);
    if (!counts) {
      counts = new Map();
      this.counters.set(abs.id, counts);
    }
    if (!this.started.has(numId)) {
      this.started.add(numId);
      for (const [level, o] of num.overrides) {
        if (o.start !== null || o.level) {
          counts.delete(level);
          for (const deeper of [...counts.keys()]) if (deeper > level) counts.delete(deeper);
        }
      }
    }
    // Levels above a first item shown deeper count as used at their start value: the next item on
    // such a level goes on from there, as in Word and LibreOffice.
    for (let level = 0; level < ilvl; level++)
      if (!counts.has(level)) counts.set(level, this.startOf(num, abs, numId, level));
    const current = counts.get(ilvl);
    counts.set(ilvl, current === undefined ? this.startOf(num, abs, numId, ilvl) : current + 1);
    // Deeper levels start again after this one, unless a level says it never restarts (w:lvlRestart 0)
    // or restarts only after a level above this one.
    for (const deeper of [...counts.keys()]) {
      if (deeper <= ilvl) continue;
      const d = this.levelDef(numId, abs, deeper);
      const restartAfter = d?.restartAfter ?? null;
      if (restartAfter === null || (restartAfter > 0 && restartAfter - 1 >= ilvl)) counts.delete(deeper);
    }
    if (def.format === 'bullet') return def.text;
    return def.text.replace(/%([1-9])/g, (_m, k: string) => {
      const level = Number(k) - 1;
      const levelDef = this.levelDef(numId, abs, level);
      const value = counts.get(level) ?? this.startOf(num, abs, numId, level);
      return formatNumber(value, def.legal ? 'decimal' : (levelDef?.format ?? 'decimal'));
    });
  }

  private startOf(num: NumInstance, abs: AbstractNum, numId: string, ilvl: number): number {
    return num.overrides.get(ilvl)?.start ?? this.levelDef(numId, abs, ilvl)?.start ?? 1;
  }
}
