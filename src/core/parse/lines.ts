/**
 * The front of a report is laid out with tables as often as with paragraphs (Handläggare and Till
 * side by side in cells), so front-matter and title search walk a flat list of text lines: body
 * paragraphs and the paragraphs inside table cells, each with its exact `Loc`.
 */
import type { Loc } from '../snapshot';
import type { DocSnapshot } from '../snapshot';
import { isParagraph } from '../snapshot';
import { isBlank, loc } from './text';

/** Collapses spaces but keeps tabs, which separate side-by-side labels ("Handläggare<tab>Till"). */
function tidy(text: string): string {
  return text
    .replace(/[ \u00a0\u202f\u200b\ufeff]+/g, ' ')
    .replace(/ *\t */g, '\t')
    .trim();
}

export interface Line {
  text: string;
  loc: Loc;
  bold: boolean;
  styleName: string | null;
  /** Lines in the same cell (or the body) share a container key; labels take values from their own container. */
  container: string;
}

/** Non-empty lines of blocks [0, endBlock), paragraphs' soft line breaks split into separate lines. */
export function linesBefore(snapshot: DocSnapshot, endBlock: number): Line[] {
  const out: Line[] = [];
  const end = Math.min(endBlock, snapshot.blocks.length);
  for (let i = 0; i < end; i++) {
    const b = snapshot.blocks[i];
    if (isParagraph(b)) {
      for (const part of b.text.split('\n')) {
        if (!isBlank(part))
          out.push({ text: tidy(part), loc: loc(i), bold: b.bold, styleName: b.styleName, container: 'body' });
      }
      continue;
    }
    b.rows.forEach((row, r) =>
      row.cells.forEach((cell, c) =>
        cell.paragraphs.forEach((p, k) => {
          for (const part of p.text.split('\n')) {
            if (!isBlank(part)) {
              out.push({
                text: tidy(part),
                loc: loc(i, r, c, k),
                bold: p.bold,
                styleName: p.styleName,
                container: `${i}:${r}:${c}`,
              });
            }
          }
        }),
      ),
    );
  }
  return out;
}

/**
 * Non-empty lines of the first section's page headers, the first page's own header first: the city's
 * tjänsteutlåtande template puts Dnr and date there. Each header is its own container.
 */
export function headerLines(snapshot: DocSnapshot): Line[] {
  const stories = (snapshot.headersFooters ?? [])
    .map((story, index) => ({ story, index }))
    .filter(({ story }) => story.kind === 'header' && story.section === 0)
    .sort((a, b) => Number(b.story.type === 'first') - Number(a.story.type === 'first'));
  const out: Line[] = [];
  for (const { story, index } of stories) {
    story.paragraphs.forEach((p, k) => {
      for (const part of p.text.split('\n')) {
        if (!isBlank(part)) {
          out.push({
            text: tidy(part),
            loc: { block: 0, story: { kind: 'header', index, paragraph: k } },
            bold: p.bold,
            styleName: p.styleName,
            container: `header:${index}`,
          });
        }
      }
    });
  }
  return out;
}
