/**
 * A TOC field's instruction as Word reads it: which paragraphs it lists and at which level.
 *
 * Sources: Microsoft's field reference (https://support.microsoft.com/office/field-codes-toc-table-of-contents-field-1f538bc4-60e6-4854-9f64-67754d78d05c)
 * and Word's notes on ISO/IEC 29500 (MS-OI29500 2.1.509, Part 1 §17.16.5.68
 * https://learn.microsoft.com/openspecs/office_standards/ms-oi29500/68f1577f-0efe-453b-bad9-cfd69f740b30):
 * - `\o "1-3"` lists paragraphs whose *style* carries an outline level in the range (any style, not only
 *   the built-in headings); `\o` without a range means every level, 1–9;
 * - `\u` also lists paragraphs whose outline level is set on the paragraph itself;
 * - `\t "Style,1,Other,2"` lists paragraphs of the named styles at the given levels; Word separates the
 *   pairs with the list separator, which may be a semicolon;
 * - `\c`, `\a`, `\s` list captions (a list of figures), `\b` limits the TOC to a bookmark: neither lists
 *   headings we can compute from the snapshot; `\f`/`\l` add TC fields' entries to the headings (alone,
 *   only those), so a document that has TC fields is not compared either;
 * - `\h`, `\z`, `\n`, `\p`, `\w`, `\x` only change how entries look.
 * A TOC with none of `\o`, `\t`, `\u`, `\c`, `\f` is Word's default: outline levels 1–9.
 */
import type { Paragraph } from '../snapshot';

export interface TocSwitches {
  /** `\o`: outline levels listed, inclusive; null when the switch is absent. */
  outline: { from: number; to: number } | null;
  /** `\t`: style name (lower-cased, Word's English name for built-in styles) → TOC level. */
  styles: Map<string, number>;
  /** `\u`: paragraph-level outline levels count too. */
  paragraphOutline: boolean;
  /** `\f`: TC fields are listed too (LibreOffice writes `TOC \f \o "1-3"`); they are not headings. */
  tcEntries: boolean;
  /** `\n`: levels whose page numbers are omitted (null: none; an empty range argument means all). */
  omitPages: { from: number; to: number } | null;
  /**
   * Why the headings this TOC lists cannot be computed (captions, TC fields, a bookmark range), or null.
   * Such a TOC is neither compared nor rebuilt.
   */
  notHeadings: string | null;
}

/** The instruction the rebuild writes when the document has none (a typed TOC becomes a field). */
export const DEFAULT_TOC_INSTRUCTION = 'TOC \\o "1-3" \\h \\z \\u';

/** Word's placeholder result of a TOC that finds no headings (English and Swedish Word). */
const NO_ENTRIES =
  /^(no table of contents entries found|inga poster för innehållsförteckning hittades|det finns inga poster för innehållsförteckningen)\.?$/i;

export function isNoEntriesPlaceholder(text: string): boolean {
  return NO_ENTRIES.test(text.replace(/\s+/g, ' ').trim());
}

interface Switch {
  name: string;
  arg: string | null;
}

/** Splits `TOC \o "1-3" \h \t "A,1;B,2"` into switches with their (unquoted) arguments. */
function switchesOf(instruction: string): Switch[] {
  const out: Switch[] = [];
  // A quoted argument may hold backslashes and spaces; curly quotes come from autocorrected typing.
  const re = /\\([a-zA-Z])(?:\s+(?:["“”]([^"“”]*)["“”]|([^\s\\"“”]+)))?/g;
  for (const m of instruction.matchAll(re)) out.push({ name: m[1].toLowerCase(), arg: m[2] ?? m[3] ?? null });
  return out;
}

function range(arg: string | null): { from: number; to: number } | null {
  if (arg === null || arg.trim() === '') return null;
  const m = /^\s*(\d)\s*(?:-\s*(\d))?\s*$/.exec(arg);
  if (!m) return null;
  const from = Number(m[1]);
  const to = m[2] ? Number(m[2]) : from;
  return from >= 1 && to >= from && to <= 9 ? { from, to } : null;
}

/** A style name as the snapshot reports it: lower-case, Word's English name for a Swedish built-in heading. */
export function normaliseStyleName(name: string): string {
  const n = name.replace(/\s+/g, ' ').trim().toLowerCase();
  const sv = /^rubrik ?([1-9])$/.exec(n);
  if (sv) return `heading ${sv[1]}`;
  if (n === 'rubrik') return 'title';
  if (n === 'underrubrik') return 'subtitle';
  return n;
}

export function parseTocInstruction(instruction: string): TocSwitches {
  const sw = switchesOf(instruction);
  const has = (n: string): Switch | undefined => sw.find((s) => s.name === n);
  const styles = new Map<string, number>();
  const t = has('t');
  if (t?.arg) {
    const parts = t.arg.split(/[,;]/).map((p) => p.trim());
    for (let i = 0; i + 1 < parts.length; i += 2) {
      const level = Number(parts[i + 1]);
      if (parts[i] && Number.isInteger(level) && level >= 1 && level <= 9)
        styles.set(normaliseStyleName(parts[i]), level);
    }
    // "Style" alone (no level) means level 1.
    if (parts.length % 2 === 1 && parts[parts.length - 1]) styles.set(normaliseStyleName(parts[parts.length - 1]), 1);
  }
  const o = has('o');
  const u = has('u');
  let outline: TocSwitches['outline'] = o ? (range(o.arg) ?? { from: 1, to: 9 }) : null;
  let notHeadings: string | null = null;
  if (has('c') || has('a') || has('s')) notHeadings = 'en förteckning över figurer eller tabeller';
  else if ((has('f') || has('l')) && !o && !t && !u) notHeadings = 'byggd av TC-fält';
  else if (has('b')) notHeadings = 'begränsad till ett bokmärke';
  if (!o && !t && !u && !notHeadings) outline = { from: 1, to: 9 };
  const n = has('n');
  return {
    outline,
    styles,
    paragraphOutline: Boolean(u),
    tcEntries: Boolean(has('f') || has('l')),
    omitPages: n ? (range(n.arg) ?? { from: 1, to: 9 }) : null,
    notHeadings,
  };
}

/**
 * The TOC level Word gives a paragraph under these switches, or null when it is not listed.
 * The snapshot's outline level merges the style's and the paragraph's own; `\o` without `\u` should see
 * only the style's, so a paragraph with a direct outline level may be counted where Word would not.
 */
export function tocLevelOf(p: Paragraph, sw: TocSwitches): number | null {
  if (sw.notHeadings) return null;
  const name = p.styleName ? normaliseStyleName(p.styleName) : null;
  const byStyle =
    (name !== null ? sw.styles.get(name) : undefined) ??
    (p.styleId ? sw.styles.get(p.styleId.toLowerCase()) : undefined);
  if (byStyle !== undefined) return byStyle;
  const level = p.outlineLevel;
  if (level === null || level < 1 || level > 9) return null;
  // TOC entries carry no outline level in Word's own styles; one that does is still not a heading.
  if (name !== null && /^toc ?\d$/.test(name)) return null;
  const inRange = (r: { from: number; to: number } | null): boolean => r !== null && level >= r.from && level <= r.to;
  if (inRange(sw.outline)) return level;
  if (sw.paragraphOutline && inRange(sw.outline ?? { from: 1, to: 9 })) return level;
  return null;
}

/** Whether Word omits the page number at this TOC level (`\n`). */
export function omitsPage(sw: TocSwitches, level: number): boolean {
  return sw.omitPages !== null && level >= sw.omitPages.from && level <= sw.omitPages.to;
}
