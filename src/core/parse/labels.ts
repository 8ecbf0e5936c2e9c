/**
 * The fixed words of the report layout: goal labels ("KF:s inriktningsmål:"), goal parts
 * ("Beskrivning", "Förväntat resultat", VP's "Arbetssätt" …), assessments ("Uppfylls delvis") and
 * the known section titles. Writers drop colons, change case, add symbols and double spaces, so
 * matching is on `normalise`d text.
 */
import type { AssessmentValue } from '../model';
import { knownTitles, textKey as titleKey, withoutSectionNumber } from '../template/index';
import { normalise, squash, stripSymbols } from './text';

export { titleKey, withoutSectionNumber };

export type GoalLabel = 'inriktningsmal' | 'kfMal' | 'namndmal' | 'enhetsmal';

export type PartLabel =
  'beskrivning' | 'forvantatResultat' | 'analys' | 'arbetssatt' | 'resursanvandning' | 'uppfoljning' | 'utveckling';

const GOAL_LABELS: readonly [GoalLabel, RegExp][] = [
  ['inriktningsmal', /^kf\s*[:´'’]?\s*s\s+inriktningsm[aå]l\b/],
  ['kfMal', /^kf\s*[:´'’]?\s*s\s+m[aå]l\s+f[öo]r\s+verksamhetsomr[aå]det\b/],
  ['namndmal', /^n[äa]mndm[aå]l\b/],
  ['enhetsmal', /^enhetsm[aå]l\b/],
];

const PART_LABELS: readonly [PartLabel, RegExp][] = [
  ['beskrivning', /^beskrivning\b/],
  ['forvantatResultat', /^f[öo]rv[äa]ntat\s+resultat\b/],
  ['analys', /^analys\b/],
  ['arbetssatt', /^arbetss[äa]tt\b/],
  ['resursanvandning', /^resursanv[äa]ndning\b/],
  ['uppfoljning', /^uppf[öo]ljning\b/],
  ['utveckling', /^utveckling\b/],
];

export interface LabelMatch<L> {
  label: L;
  /** Text written after the label in the same paragraph ("Enhetsmål: Enheten har …"), or ''. */
  rest: string;
}

/**
 * Matches a label at the start of a paragraph. Without a colon the label must stand alone, so that
 * "Analys av resultaträkning" or "Utveckling av arbetssätt" stays a title, not a label.
 */
function matchLabel<L>(text: string, table: readonly [L, RegExp][]): LabelMatch<L> | null {
  // Pasted from ILS-webb/Stratsys: the label, a manual line break and the text in one paragraph.
  const lines = text.split('\n');
  if (lines.length > 1 && lines[0].trim() !== '') {
    const first = matchLabel(lines[0], table);
    if (first && first.rest === '') {
      const rest = lines
        .slice(1)
        .map((l) => squash(l))
        .filter((l) => l !== '')
        .join('\n');
      return { label: first.label, rest };
    }
  }
  const n = normalise(text);
  for (const [label, re] of table) {
    const m = re.exec(n);
    if (!m) continue;
    const after = n.slice(m[0].length);
    if (after.trim() === '' || /^\s*[:.]?\s*$/.test(after)) return { label, rest: '' };
    const colon = /^\s*:\s*(.*)$/.exec(after);
    if (colon) return { label, rest: restOriginal(text, colon[1]) };
  }
  return null;
}

/** Recovers the original-case text that follows a label, given its normalised form. */
function restOriginal(original: string, restNormalised: string): string {
  const s = squash(stripSymbols(squash(original)));
  return s.slice(s.length - restNormalised.length).trim();
}

export function goalLabel(text: string): LabelMatch<GoalLabel> | null {
  if (text.length > 400) return null;
  return matchLabel(text, GOAL_LABELS);
}

export function partLabel(text: string): LabelMatch<PartLabel> | null {
  if (text.length > 4000) return null;
  return matchLabel(text, PART_LABELS);
}

/** "Uppfylls helt", "● Uppfylls delvis", "— Ingen", "Uppfylls ej" → the assessment; null for other text. */
export function assessmentValue(text: string): AssessmentValue | null | undefined {
  // Word's Paragraph.text gives a symbol-font status mark (w:sym) as "(" (office-js #2368, #4477): a
  // lone opening parenthesis before the assessment is that mark.
  const n = normalise(text)
    .replace(/^\(\s*(?=[^)]*$)/, '')
    .replace(/[.:]+$/, '');
  if (n === '') return undefined;
  if (/^uppfylls\s+helt$/.test(n) || n === 'helt uppfyllt') return 'helt';
  if (/^uppfylls\s+delvis$/.test(n) || n === 'delvis uppfyllt') return 'delvis';
  if (/^uppfylls\s+(inte|ej)$/.test(n) || n === 'ej uppfyllt' || n === 'inte uppfyllt') return 'inte';
  if (n === 'ingen' || n === 'ingen bedömning') return 'ingen';
  if (/^uppfylls\b/.test(n) && n.length < 40) return null;
  return undefined;
}

/** True for a line that is an assessment (known or an unknown "Uppfylls …" wording). */
export function isAssessmentLine(text: string): boolean {
  return assessmentValue(text) !== undefined;
}

/** The template's fixed titles: level 1, the economy sub-headings, and the economy sections themselves. */
const KNOWN = knownTitles();

/**
 * The level a known title has, given the level-1 section it stands in ("Övrigt" is level 2 under
 * the economy section and level 1 elsewhere); null when the title is not a known one.
 */
export function knownTitleLevel(text: string, currentLevel1: string | null): number | null {
  const key = titleKey(text);
  const inEconomy = currentLevel1 !== null && KNOWN.economyParents.has(titleKey(currentLevel1));
  if (inEconomy && KNOWN.economy.has(key)) {
    return 2;
  }
  if (KNOWN.level1.has(key)) return 1;
  if (KNOWN.economy.has(key)) return 2;
  return null;
}

/** True for the title of the section that ends the goal hierarchy (or precedes it). */
export function isLevel1Title(text: string): boolean {
  return KNOWN.level1.has(titleKey(text));
}

/** True for the heading of the goals section ("Uppföljning av Kommunfullmäktiges inriktningsmål"), from the template. */
export function isGoalsSectionTitle(text: string): boolean {
  return KNOWN.goalsSections.has(titleKey(text));
}

export function isEconomyParent(text: string): boolean {
  return KNOWN.economyParents.has(titleKey(text));
}

/** "1.5. I Stockholm …" → { number: "1.5", title: "I Stockholm …" }; "1.1 I …" → "1.1". */
export function splitGoalNumber(text: string): { number: string | null; title: string } {
  const s = squash(stripSymbols(squash(text)));
  const m = /^(\d{1,2}(?:\.\d{1,2})*)\.?(?:\s+|$)(.*)$/.exec(s);
  if (!m) return { number: null, title: s };
  return { number: m[1], title: m[2].trim() };
}
