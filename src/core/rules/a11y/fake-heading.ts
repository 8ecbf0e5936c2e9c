/**
 * Headings made by hand: a short bold line standing alone before a section's text, without a heading
 * style. Sighted readers see a heading; a screen reader, Word's navigation pane and the TOC do not.
 *
 * Bold lines are also emphasis, labels and table captions, so the rule reports only where the line
 * can hardly be anything but a heading: after the report's first heading (the front page is layout),
 * on its own between an empty line or a heading and body text that follows it, no label of the goal
 * layout ("Förväntat resultat", "Nämndmål:", an assessment), no caption of a table, no list item, not
 * one of several bold lines in a row, and not ending like a sentence or a lead-in (". , ; : ! ?").
 */
import { goalLabel, isAssessmentLine, partLabel } from '../../parse/labels';
import { isBlank, squash } from '../../parse/text';
import { isParagraph, type Block, type Paragraph } from '../../snapshot';
import { inTocEntries, shorten } from '../util';
import type { Rule } from '../types';
import { A11Y_GROUP } from './common';

const MAX_LENGTH = 80;

function styled(p: Paragraph): boolean {
  return /^heading\s*[1-9]$/.test(p.styleName ?? '') || p.styleName === 'title' || p.outlineLevel !== null;
}

/** A line shaped like a heading: bold, short, not a sentence, not a label. */
function headingShaped(p: Paragraph): boolean {
  const t = squash(p.text);
  if (!p.bold || t.length < 2 || t.length > MAX_LENGTH || styled(p) || p.numbering !== null) return false;
  if (/[.,;:!?]$/.test(t) || /\n/.test(p.text.trim())) return false;
  if (goalLabel(t) || partLabel(t) || isAssessmentLine(t)) return false;
  return true;
}

/** Body text: a paragraph with text that is not bold and has no heading style. */
function bodyText(b: Block | undefined): boolean {
  return b !== undefined && isParagraph(b) && !isBlank(b.text) && !b.bold && !styled(b);
}

export const fakeHeading: Rule = {
  meta: {
    id: 'a11y-fake-heading',
    group: A11Y_GROUP,
    messages: {
      fakeHeading: {
        kind: 'a11y-fake-heading',
        severity: 'warning',
        text: '”{{text}}” ser ut som en rubrik men är bara fetstil, så skärmläsare och innehållsförteckningen ser den inte. Markera raden och välj en rubrikformatmall (Rubrik 1, 2 eller 3) under Start > Format.',
      },
    },
    fixable: false,
    docs: {
      description:
        'Hittar rubriker som bara är fetstil: en kort fet rad som står ensam före ett avsnitts text men saknar ' +
        'rubrikformat. Skärmläsare, navigeringsfönstret och innehållsförteckningen ser den inte som rubrik. ' +
        'Bara entydiga fall rapporteras (inte etiketter, tabellrubriker, listor eller flera feta rader i följd).',
      howToFix:
        'Markera raden och välj formatmallen Rubrik 1, 2 eller 3 under Start > Format, efter var i rapporten den står.',
    },
  },
  check(context) {
    const { snapshot, model } = context;
    const blocks = snapshot.blocks;
    const start = model.headings[0]?.loc.block;
    if (start === undefined) return;
    const inToc = (i: number): boolean => inTocEntries(model.toc, i);
    const titleBlock = model.title?.loc.block;
    const headingAt = new Set(model.headings.map((h) => h.loc.block));
    // The parser knows these as headings by the report's layout (a known section title, a goal's title
    // after its label): bold and unstyled, they are headings made by hand whatever follows them.
    const layoutHeading = new Set(
      model.headings.filter((h) => h.source === 'layout' && !h.guessed).map((h) => h.loc.block),
    );
    for (let i = start; i < blocks.length; i++) {
      const b = blocks[i];
      if (!isParagraph(b) || !headingShaped(b) || inToc(i) || i === titleBlock) continue;
      const text = squash(b.text);
      if (!layoutHeading.has(i)) {
        // Before it: an empty line, a heading or a table — not text it would be emphasis in.
        const before = blocks[i - 1];
        const standsAlone =
          before === undefined ||
          !isParagraph(before) ||
          isBlank(before.text) ||
          styled(before) ||
          headingAt.has(i - 1);
        if (!standsAlone) continue;
        const after = blocks[i + 1];
        if (!bodyText(after)) continue;
        // The body text it introduces is longer than a heading: a lone short line is a list, not a section.
        if (squash((after as Paragraph).text).length <= text.length) continue;
      }
      context.report({
        messageId: 'fakeHeading',
        data: { text: shorten(text) },
        subject: shorten(text),
        location: { block: i },
      });
    }
  },
};
