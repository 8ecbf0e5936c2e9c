/**
 * Test helper: turns the Markdown-like text of seed 004 into a snapshot the way the .docx reader
 * would see the original: "#" lines become heading-styled paragraphs (## = heading 1, since the
 * document's title also carries ##), "**…**"/"<b>…</b>" lines become bold paragraphs, runs of
 * tab-separated lines become tables (a new Indikator/Aktivitet header line starts a new table),
 * and the typed TOC lines stay paragraphs with a tab before the page number.
 */
import { emptySnapshot, paragraph, table, type Block, type DocSnapshot } from '../../snapshot';

function plain(s: string): string {
  return s
    .replace(/\*\*/g, '')
    .replace(/<\/?b>/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
}

function isBoldLine(s: string): boolean {
  const t = s.trim();
  return (/^\*\*.*\*\*$/.test(t) || /^<b>.*<\/b>$/.test(t)) && t.length > 4;
}

export function markdownToSnapshot(text: string): DocSnapshot {
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  const blocks: Block[] = [];
  let inToc = false;
  let rows: string[][] = [];
  const flush = (): void => {
    if (rows.length) blocks.push(table(rows));
    rows = [];
  };
  for (const raw of lines) {
    const line = raw.replace(/[ \u00a0]+$/, '');
    if (/^#+\s*Innehållsförteckning/.test(line)) inToc = true;
    else if (inToc && /^#+\s/.test(line)) inToc = false;
    if (!inToc && line.includes('\t')) {
      const cells = line.split('\t').map((c) => plain(c).trim());
      if (rows.length && /^(Indikator|Aktivitet)$/.test(cells[0])) flush();
      rows.push(cells);
      continue;
    }
    flush();
    if (line.trim() === '') {
      // A line of spaces is an empty paragraph in the original; a truly empty line only separates.
      if (raw.length > 0 && raw.trim() === '') blocks.push(paragraph(''));
      continue;
    }
    const h = /^(#+)\s*(.*)$/.exec(line);
    if (h) {
      const level = Math.max(1, h[1].length - 1);
      blocks.push(
        paragraph(plain(h[2]).trim(), {
          styleName: `heading ${level}`,
          styleId: `Rubrik${level}`,
          outlineLevel: level,
          bold: true,
        }),
      );
      continue;
    }
    const bold = isBoldLine(line);
    blocks.push(paragraph(plain(line).trim(), { bold }));
  }
  flush();
  return emptySnapshot(blocks);
}
