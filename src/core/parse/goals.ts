/**
 * The goal hierarchy. The label paragraphs drive it ("KF:s inriktningsmål:", "KF:s mål för
 * verksamhetsområdet:", "Nämndmål:", "Enhetsmål:"): the next non-empty paragraph is the goal's
 * title. Heading styles are only a second signal, because exported reports put the same goal level
 * under different heading levels (seed 004 has goal titles and "Analys" as Rubrik 1–4 at random).
 * A part ("Beskrivning", "Förväntat resultat", "Analys", VP's "Arbetssätt" …) is the text of the
 * paragraphs after its label, up to the next label, heading or table.
 */
import type {
  ActivityTable,
  Assessment,
  Enhetsmal,
  Heading,
  IndicatorTable,
  Inriktningsmal,
  KfMal,
  Namndmal,
  TextRef,
} from '../model';
import type { DocSnapshot, Loc, Paragraph, Table } from '../snapshot';
import { isParagraph } from '../snapshot';
import {
  assessmentValue,
  goalLabel,
  isGoalsSectionTitle,
  isLevel1Title,
  knownTitleLevel,
  partLabel,
  splitGoalNumber,
  type GoalLabel,
  type PartLabel,
} from './labels';
import { styleHeadingLevel } from './headings';
import { classifyTable, readActivityTable, readIndicatorTable } from './tables';
import { isBlank, loc, squash } from './text';

export interface GoalsResult {
  goals: Inriktningsmal[];
  /** Tables inside the goal area that are neither indicator nor activity tables. */
  otherTableBlocks: number[];
  /** Indicator/activity tables outside any goal (before the first label), to be listed as other tables. */
  strayTableBlocks: number[];
  /** [from, to] of the goal area, or null when the document has no goal labels. */
  range: [number, number] | null;
  warnings: string[];
}

type Goal =
  | { level: 'inriktningsmal'; goal: Inriktningsmal }
  | { level: 'kfMal'; goal: KfMal }
  | { level: 'namndmal'; goal: Namndmal }
  | { level: 'enhetsmal'; goal: Enhetsmal };

interface OpenPart {
  set: (ref: TextRef) => void;
  labelLoc: Loc;
  texts: string[];
  firstLoc: Loc | null;
}

function firstGoalLabel(snapshot: DocSnapshot, from: number): number {
  for (let i = from; i < snapshot.blocks.length; i++) {
    const b = snapshot.blocks[i];
    if (isParagraph(b) && goalLabel(b.text)) return i;
  }
  return -1;
}

/** Where the goal area ends: the next known level-1 section or a stray level-1 heading. */
function goalAreaEnd(snapshot: DocSnapshot, start: number, headings: readonly Heading[]): number {
  for (const h of headings) {
    if (h.loc.block <= start || h.level !== 1) continue;
    if (isGoalsSectionTitle(h.text)) continue;
    if (isLevel1Title(h.text)) return h.loc.block - 1;
    if (h.source !== 'style') continue;
    if (goalLabel(h.text) || partLabel(h.text) || splitGoalNumber(h.text).number !== null) continue;
    if (followsLabel(snapshot, h.loc.block)) continue;
    return h.loc.block - 1;
  }
  return snapshot.blocks.length - 1;
}

/**
 * The number of the goals section's heading ("2 Uppföljning av Kommunfullmäktiges inriktningsmål", typed
 * or from Word's heading numbering), so that "2.1 …" under it is read as its sub-section, not KF goal 2.1.
 */
function sectionNumberOf(snapshot: DocSnapshot, headings: readonly Heading[], before: number): string | null {
  let found: string | null = null;
  for (const h of headings) {
    if (h.loc.block >= before) break;
    if (!isGoalsSectionTitle(h.text)) continue;
    const b = snapshot.blocks[h.loc.block];
    const listNumber = b && isParagraph(b) ? (b.listNumber ?? '').replace(/[.\s]+$/, '') : '';
    found = splitGoalNumber(h.text).number ?? (/^\d{1,2}(?:\.\d{1,2})*$/.test(listNumber) ? listNumber : null);
  }
  return found;
}

function isSectionNumber(number: string, sectionNumber: string | null): boolean {
  return sectionNumber !== null && number.startsWith(sectionNumber + '.');
}

function followsLabel(snapshot: DocSnapshot, block: number): boolean {
  for (let i = block - 1; i >= 0; i--) {
    const b = snapshot.blocks[i];
    if (!isParagraph(b)) return false;
    if (isBlank(b.text)) continue;
    return goalLabel(b.text) !== null;
  }
  return false;
}

function emptyKfMal(number: string | null, title: string, at: Loc): KfMal {
  return {
    number,
    title,
    loc: at,
    assessment: null,
    analys: null,
    indicatorTables: [],
    activityTables: [],
    namndmal: [],
  };
}

function emptyNamndmal(title: string, at: Loc): Namndmal {
  return {
    title,
    loc: at,
    assessment: null,
    beskrivning: null,
    forvantatResultat: null,
    analys: null,
    activityTables: [],
    indicatorTables: [],
    enhetsmal: [],
  };
}

function emptyEnhetsmal(title: string, at: Loc): Enhetsmal {
  return {
    title,
    loc: at,
    assessment: null,
    forvantatResultat: null,
    analys: null,
    vp: { arbetssatt: null, resursanvandning: null, uppfoljning: null, utveckling: null },
    activityTables: [],
    indicatorTables: [],
  };
}

export function parseGoals(snapshot: DocSnapshot, headings: readonly Heading[], fromBlock = 0): GoalsResult {
  const result: GoalsResult = { goals: [], otherTableBlocks: [], strayTableBlocks: [], range: null, warnings: [] };
  const start = firstGoalLabel(snapshot, fromBlock);
  if (start < 0) return result;
  const end = goalAreaEnd(snapshot, start, headings);
  const goalsSectionNumber = sectionNumberOf(snapshot, headings, start);
  result.range = [start, end];
  const headingBlocks = new Set(headings.map((h) => h.loc.block));

  let inr: Inriktningsmal | null = null;
  let kf: KfMal | null = null;
  let nm: Namndmal | null = null;
  let em: Enhetsmal | null = null;
  let last: Goal | null = null;
  let pending: { label: GoalLabel; loc: Loc } | null = null;
  let part: OpenPart | null = null;
  let implicitWarned = false;

  const closePart = (): void => {
    if (!part) return;
    const text = part.texts.join('\n');
    part.set({ text, loc: part.firstLoc ?? part.labelLoc });
    part = null;
  };

  const warnImplicit = (what: string): void => {
    if (implicitWarned) return;
    implicitWarned = true;
    result.warnings.push(`${what} saknar överordnat mål i dokumentet; målstrukturen kan vara ofullständig.`);
  };

  const ensureInr = (at: Loc, number: string | null): Inriktningsmal => {
    if (inr) return inr;
    warnImplicit('Ett KF-mål');
    inr = { number, title: '', loc: at, kfMal: [] };
    result.goals.push(inr);
    return inr;
  };
  const ensureKf = (at: Loc): KfMal => {
    if (kf) return kf;
    warnImplicit('Ett nämndmål');
    kf = emptyKfMal(null, '', at);
    ensureInr(at, null).kfMal.push(kf);
    return kf;
  };
  const ensureNm = (at: Loc): Namndmal => {
    if (nm) return nm;
    warnImplicit('Ett enhetsmål');
    nm = emptyNamndmal('', at);
    ensureKf(at).namndmal.push(nm);
    return nm;
  };

  const createGoal = (label: GoalLabel, title: string, at: Loc): void => {
    const { number, title: bare } = splitGoalNumber(title);
    switch (label) {
      case 'inriktningsmal':
        inr = { number, title: bare, loc: at, kfMal: [] };
        result.goals.push(inr);
        kf = nm = em = null;
        last = { level: label, goal: inr };
        break;
      case 'kfMal': {
        const parent = ensureInr(at, number ? number.split('.')[0] : null);
        kf = emptyKfMal(number, bare, at);
        parent.kfMal.push(kf);
        nm = em = null;
        last = { level: label, goal: kf };
        break;
      }
      case 'namndmal': {
        const parent = ensureKf(at);
        nm = emptyNamndmal(squash(title), at);
        parent.namndmal.push(nm);
        em = null;
        last = { level: label, goal: nm };
        break;
      }
      case 'enhetsmal': {
        const parent = ensureNm(at);
        em = emptyEnhetsmal(squash(title), at);
        parent.enhetsmal.push(em);
        last = { level: label, goal: em };
        break;
      }
    }
  };

  /** The setter for a part on the innermost goal that has such a part; null when none has. */
  const partSetter = (label: PartLabel): ((ref: TextRef) => void) | null => {
    const g: Goal | null = last;
    if (!g) return null;
    switch (label) {
      case 'beskrivning':
        if (g.level === 'namndmal') return (r) => (g.goal.beskrivning ??= r);
        if (g.level === 'enhetsmal' && nm) {
          const target = nm;
          return (r) => (target.beskrivning ??= r);
        }
        return null;
      case 'forvantatResultat':
        if (g.level === 'namndmal' || g.level === 'enhetsmal') return (r) => (g.goal.forvantatResultat ??= r);
        return null;
      case 'analys':
        if (g.level === 'namndmal' || g.level === 'enhetsmal' || g.level === 'kfMal')
          return (r) => (g.goal.analys ??= r);
        return null;
      default: {
        if (g.level !== 'enhetsmal') return null;
        const key = label;
        return (r) => (g.goal.vp[key] ??= r);
      }
    }
  };

  const setAssessment = (a: Assessment): boolean => {
    const g: Goal | null = last;
    if (!g || g.level === 'inriktningsmal' || g.goal.assessment !== null) return false;
    g.goal.assessment = a;
    return true;
  };

  const attachTable = (block: number): void => {
    const t = snapshot.blocks[block];
    if (isParagraph(t)) return;
    const { kind, layout } = classifyTable(t);
    if (kind === 'other' && isLayoutTable(t)) {
      // Indicator or activity tables nested in a one-cell layout table are tables in their own right;
      // their places are the layout cell (a Loc does not reach inside a nested table).
      const nested = t.rows[0].cells[0].tables.filter((n) => classifyTable(n).kind !== 'other');
      if (nested.length) {
        for (const n of nested) attachNested(n, block);
        return;
      }
    }
    if (kind === 'other') {
      result.otherTableBlocks.push(block);
      return;
    }
    if (kind === 'indicator') {
      const it: IndicatorTable = readIndicatorTable(t, block, layout);
      const target = em ?? nm ?? kf;
      if (target) target.indicatorTables.push(it);
      else result.strayTableBlocks.push(block);
      return;
    }
    const at: ActivityTable = readActivityTable(t, block, layout);
    const target = em ?? nm ?? kf;
    if (target) target.activityTables.push(at);
    else result.strayTableBlocks.push(block);
  };

  const attachNested = (n: Table, block: number): void => {
    const at = loc(block, 0, 0);
    const { kind, layout } = classifyTable(n);
    const target = em ?? nm ?? kf;
    if (kind === 'indicator') {
      const it = readIndicatorTable(n, block, layout);
      for (const ind of it.indicators) {
        ind.loc = at;
        for (const v of Object.values(ind.values)) if (v) v.loc = at;
        if (ind.analys) ind.analys.loc = at;
      }
      if (target) target.indicatorTables.push(it);
      else result.strayTableBlocks.push(block);
    } else if (kind === 'activity') {
      const at2 = readActivityTable(n, block, layout);
      for (const a of at2.activities) {
        a.loc = at;
        if (a.start) a.start.loc = at;
        if (a.end) a.end.loc = at;
        if (a.analys) a.analys.loc = at;
      }
      if (target) target.activityTables.push(at2);
      else result.strayTableBlocks.push(block);
    }
  };

  for (let i = start; i <= end; i++) {
    const b = snapshot.blocks[i];
    if (!isParagraph(b)) {
      closePart();
      pending = null;
      attachTable(i);
      continue;
    }
    if (isBlank(b.text)) continue;
    const here = loc(i);
    const gl = goalLabel(b.text);
    if (gl) {
      closePart();
      if (gl.rest !== '') {
        createGoal(gl.label, gl.rest, here);
        pending = null;
      } else pending = { label: gl.label, loc: here };
      continue;
    }
    if (pending) {
      const p = pending;
      pending = null;
      let title = paragraphText(b);
      // A long title may wrap onto a second paragraph ("… med en stark" / "besöksnäring").
      const next = snapshot.blocks[i + 1];
      if (next && i + 1 <= end && isParagraph(next) && isTitleContinuation(next)) {
        title = squash(title + ' ' + next.text);
        i++;
      }
      createGoal(p.label, title, here);
      continue;
    }
    const assessment = assessmentValue(b.text);
    if (assessment !== undefined && !part) {
      if (setAssessment({ raw: squash(b.text), value: assessment, loc: here })) continue;
    }
    const pl = partLabel(b.text);
    if (pl) {
      closePart();
      const set = partSetter(pl.label);
      if (set) {
        part = { set, labelLoc: here, texts: [], firstLoc: null };
        if (pl.rest !== '') {
          part.texts.push(pl.rest);
          part.firstLoc = here;
        }
      }
      continue;
    }
    if (isHeadingHere(b, i, headingBlocks)) {
      closePart();
      // Without a label, a numbered heading still names a goal ("1.5. I Stockholm …"), unless the number
      // is the document's own section number: a known section title, or the goals section's number first.
      const { number: n, title: bare } = splitGoalNumber(b.text);
      if (
        n !== null &&
        styleHeadingLevel(b) !== null &&
        knownTitleLevel(bare, null) === null &&
        !isSectionNumber(n, goalsSectionNumber)
      ) {
        createGoal(n.includes('.') ? 'kfMal' : 'inriktningsmal', b.text, here);
      }
      continue;
    }
    if (part) {
      const open: OpenPart = part;
      open.texts.push(paragraphText(b));
      open.firstLoc ??= here;
    }
  }
  closePart();
  return result;
}

function paragraphText(p: Paragraph): string {
  return p.text
    .split('\n')
    .map((l) => squash(l))
    .filter((l) => l !== '')
    .join('\n');
}

function isHeadingHere(p: Paragraph, block: number, headingBlocks: ReadonlySet<number>): boolean {
  return headingBlocks.has(block) || styleHeadingLevel(p) !== null;
}

/** A table used for layout: one row of one cell that holds other tables. */
function isLayoutTable(t: Table): boolean {
  return t.rows.length === 1 && t.rows[0].cells.length === 1 && t.rows[0].cells[0].tables.length > 0;
}

function isTitleContinuation(p: Paragraph): boolean {
  const t = squash(p.text);
  if (t === '' || t.length > 80 || !/^[a-zåäö]/.test(t)) return false;
  return !goalLabel(t) && !partLabel(t) && assessmentValue(t) === undefined;
}
