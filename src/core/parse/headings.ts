/**
 * Which paragraphs are headings, and of what level. The first signal is the paragraph's style
 * (`heading N`, already normalised from Swedish `Rubrik N` by the adapters) or its outline level.
 * Exported reports often have no heading styles at all, so the layout is a second signal: the
 * known section titles, the title after a "KF:s inriktningsmål:" / "KF:s mål för
 * verksamhetsområdet:" label, and — only in documents without any heading style — short bold lines.
 *
 * A known title in a plain paragraph is not a heading when the document also has it as a styled
 * heading of the same level: the summary of a styled report names its parts in bold body text
 * ("Uppföljning av ekonomi" in Sammanfattande analys, seed 001), and that line is a sub-heading of
 * the summary, not a second economy section. A known title with no styled twin still counts, so a
 * section whose writer forgot the heading style (seed 004's "Övrigt") is still found.
 */
import type { Heading, Toc } from '../model';
import type { DocSnapshot, Paragraph } from '../snapshot';
import { isParagraph } from '../snapshot';
import { goalLabel, isAssessmentLine, knownTitleLevel, partLabel, titleKey } from './labels';
import { isBlank, loc, squash } from './text';

const HEADING_STYLE = /^heading\s*([1-9])$/;

/** Level from the paragraph's style or outline level, or null for body text. */
export function styleHeadingLevel(p: Paragraph): number | null {
  const m = HEADING_STYLE.exec(p.styleName ?? '');
  if (m) return Number(m[1]);
  if (p.outlineLevel !== null && p.outlineLevel >= 1 && p.outlineLevel <= 9) return p.outlineLevel;
  return null;
}

/** A short bold line that reads like a title: no final full stop, not a label. */
function looksLikeBoldTitle(p: Paragraph): boolean {
  const t = squash(p.text);
  if (!p.bold || t.length === 0 || t.length > 90) return false;
  if (/[.;,]$/.test(t) && !/\.\.\.$/.test(t)) return false;
  if (goalLabel(t) || partLabel(t) || isAssessmentLine(t)) return false;
  return true;
}

function inToc(toc: Toc | null, index: number): boolean {
  if (!toc) return false;
  if (index >= toc.fromBlock && index <= toc.toBlock) return true;
  return toc.heading !== null && toc.heading.loc.block === index;
}

function levelKey(level: number, text: string): string {
  return `${level}:${titleKey(text)}`;
}

/** Level and title of every heading-styled body paragraph (goal labels' titles included). */
function styledTitleKeys(blocks: DocSnapshot['blocks'], toc: Toc | null): Set<string> {
  const keys = new Set<string>();
  blocks.forEach((b, i) => {
    if (!isParagraph(b) || inToc(toc, i) || isBlank(b.text)) return;
    const level = styleHeadingLevel(b);
    if (level !== null) keys.add(levelKey(level, squash(b.text)));
  });
  return keys;
}

/** All headings of the body in document order; TOC entries and the TOC's own heading excluded. */
export function detectHeadings(snapshot: DocSnapshot, toc: Toc | null): Heading[] {
  const blocks = snapshot.blocks;
  const anyStyled = blocks.some((b, i) => isParagraph(b) && !inToc(toc, i) && styleHeadingLevel(b) !== null);
  const styledTitles = styledTitleKeys(blocks, toc);
  const headings: Heading[] = [];
  let level1: string | null = null;
  let started = false;
  // The goal label seen last, waiting for its title paragraph.
  let pendingGoal: 'inriktningsmal' | 'kfMal' | null = null;
  // Inside the goal hierarchy bold lines are goal titles and part labels, not headings.
  let inGoals = false;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    if (!isParagraph(b)) {
      pendingGoal = null;
      continue;
    }
    if (inToc(toc, i) || isBlank(b.text)) continue;
    const text = squash(b.text);
    const label = goalLabel(text);
    if (label) {
      inGoals = true;
      pendingGoal = label.label === 'inriktningsmal' || label.label === 'kfMal' ? label.label : null;
      if (label.rest === '' || pendingGoal === null) continue;
    }
    const styled = styleHeadingLevel(b);
    const title = label ? label.rest : text;
    let heading: Heading | null = null;
    if (styled !== null) {
      heading = { text: title, level: styled, loc: loc(i), source: 'style' };
    } else if (pendingGoal !== null) {
      heading = { text: title, level: pendingGoal === 'inriktningsmal' ? 2 : 3, loc: loc(i), source: 'layout' };
    } else {
      const known = knownTitleLevel(text, level1);
      if (known !== null && text.length < 120 && !styledTitles.has(levelKey(known, text))) {
        heading = { text, level: known, loc: loc(i), source: 'layout' };
      } else if (!anyStyled && started && !inGoals && looksLikeBoldTitle(b)) {
        heading = { text, level: 2, loc: loc(i), source: 'layout', guessed: true };
      }
    }
    pendingGoal = null;
    if (!heading) continue;
    if (heading.level === 1) {
      level1 = heading.text;
      started = true;
      if (heading.source === 'layout' || knownTitleLevel(heading.text, null) === 1) inGoals = false;
    }
    headings.push(heading);
  }
  return headings;
}
