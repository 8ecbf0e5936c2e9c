/**
 * Header rows of data tables. A screen reader names each cell by its column header only when the
 * first row is marked as a header row (w:tblHeader, "Upprepa som rubrikrad"); Word's checker reports
 * a table without one as an error. Word cannot know which tables hold data, but the report's layout
 * says it: indicator, activity and budget tables, and any other table whose first row reads as a
 * header (short labels, bold or shaded, over rows that are not).
 */
import { findBudgetTables } from '../../budget/index';
import { isBlank, squash } from '../../parse/text';
import type { Table } from '../../snapshot';
import { allActivityTables, allIndicatorTables } from '../util';
import type { Rule, RuleContext } from '../types';
import { A11Y_GROUP, firstRowText, tableAt, tableName } from './common';

const HOW_TO_MARK =
  'Markera första raden, högerklicka och välj Tabellegenskaper > Rad > Upprepa som rubrikrad överst på varje sida.';

function rowLooksEmphasised(t: Table, row: number): boolean {
  const cells = t.rows[row]?.cells ?? [];
  const withText = cells.filter((c) => !isBlank(c.text));
  if (withText.length === 0) return false;
  const bold = withText.every((c) => c.paragraphs.filter((p) => !isBlank(p.text)).every((p) => p.bold));
  const shaded = cells.every((c) => c.shading !== null && c.shading !== 'FFFFFF');
  return bold || shaded;
}

/**
 * A first row that is a header by its content: at least two rows and two columns, every first-row cell
 * a short label (no figure, no sentence), bold or shaded while the second row is not.
 */
export function headerByContent(t: Table): boolean {
  if (t.rows.length < 2) return false;
  const first = t.rows[0].cells;
  if (first.length < 2) return false;
  const labels = first.every((c) => {
    const text = squash(c.text);
    return text !== '' && text.length <= 40 && !/^[-+−]?[\d\s ,.]+%?$/.test(text) && !/[.:]$/.test(text);
  });
  return labels && rowLooksEmphasised(t, 0) && !rowLooksEmphasised(t, 1);
}

/**
 * Block indices of the data tables: those the parser and the budget module know, and headers by content
 * after the report's first heading — before it, the front page's tables (unit and Dnr, Handläggare and
 * Till) are layout, label over value, not data.
 */
export function dataTableBlocks(context: Pick<RuleContext, 'model' | 'snapshot'>): number[] {
  const { model, snapshot } = context;
  const bodyStart = model.headings[0]?.loc.block ?? 0;
  const blocks = new Set<number>([
    ...allIndicatorTables(model).map((t) => t.block),
    ...allActivityTables(model).map((t) => t.block),
    ...findBudgetTables(snapshot, model).map((t) => t.block),
  ]);
  snapshot.blocks.forEach((b, i) => {
    if (b.kind === 'table' && i > bodyStart && !blocks.has(i) && headerByContent(b)) blocks.add(i);
  });
  return [...blocks].filter((i) => tableAt(snapshot, i) !== null).sort((a, b) => a - b);
}

export const tableHeaderMissing: Rule = {
  meta: {
    id: 'a11y-table-header-missing',
    group: A11Y_GROUP,
    messages: {
      missing: {
        kind: 'a11y-table-header-missing',
        severity: 'error',
        text: `Tabellen ”{{name}}” har ingen markerad rubrikrad, så skärmläsare kan inte säga vilken kolumn en siffra hör till. Använd "Åtgärda", eller: ${HOW_TO_MARK}`,
      },
    },
    fixable: false,
    // Offered per finding (Åtgärda), not applied by Räkna om or `rapportstod fix`, which mend figures and the TOC.
    hasSuggestions: true,
    docs: {
      description:
        'Kontrollerar att datatabeller (indikator-, aktivitets- och budgettabeller, och andra tabeller vars första rad är ' +
        'rubriker) har första raden markerad som rubrikrad (w:tblHeader, "Upprepa som rubrikrad"). ' +
        'Skärmläsare använder rubrikraden för att säga vilken kolumn en cell hör till.',
      howToFix: `Använd "Åtgärda" för att markera första raden som rubrikrad. ${HOW_TO_MARK}`,
    },
  },
  check(context) {
    for (const block of dataTableBlocks(context)) {
      const t = tableAt(context.snapshot, block)!;
      if (t.rows[0]?.header) continue;
      const name = tableName(context.snapshot, block);
      context.report({
        messageId: 'missing',
        data: { name },
        subject: name,
        location: { block, row: 0 },
        suggest: [
          { kind: 'markHeaderRow', block, oldText: firstRowText(t), reason: `Första raden blir rubrikrad: ${name}` },
        ],
      });
    }
  },
};

export const tableHeaderBlank: Rule = {
  meta: {
    id: 'a11y-table-header-blank',
    group: A11Y_GROUP,
    messages: {
      blankOne: {
        kind: 'a11y-table-header-blank',
        severity: 'warning',
        text: 'Rubrikraden i tabellen ”{{name}}” har en tom cell (kolumn {{columns}}). Skriv en rubrik i cellen så att skärmläsare kan säga vad kolumnen innehåller.',
      },
      blankMany: {
        kind: 'a11y-table-header-blank',
        severity: 'warning',
        text: 'Rubrikraden i tabellen ”{{name}}” har {{count}} tomma celler (kolumn {{columns}}). Skriv en rubrik i cellerna så att skärmläsare kan säga vad kolumnerna innehåller.',
      },
    },
    fixable: false,
    docs: {
      description:
        'Kontrollerar att rubrikraden i en tabell inte har tomma celler: skärmläsare läser annars upp kolumnen utan namn.',
      howToFix:
        'Skriv en rubrik i den tomma cellen (till exempel "Status" över en kolumn med symboler), eller slå ihop den med cellen bredvid.',
    },
  },
  check(context) {
    context.snapshot.blocks.forEach((b, block) => {
      if (b.kind !== 'table') return;
      b.rows.forEach((row, r) => {
        if (!row.header) return;
        // A vertically merged cell continues the header above it; it has its name there.
        const blank = row.cells.flatMap((c, i) => (c.vMerge !== 'continue' && isBlank(c.text) ? [i] : []));
        if (blank.length === 0) return;
        const name = tableName(context.snapshot, block);
        const columns = blank.map((i) => String((row.cells[i]?.gridColumn ?? i) + 1)).join(', ');
        context.report({
          messageId: blank.length === 1 ? 'blankOne' : 'blankMany',
          data: { name, count: blank.length, columns },
          subject: name,
          location: { block, row: r, cell: blank[0] },
        });
      });
    });
  },
};
