/** Tables read by grid column, not by cell count: spans, two-row headers, repeated headers, layout tables. */
import { emptySnapshot, paragraph, table, type Block, type Table } from '../snapshot';
import { parseReport } from './index';
import { readActivityTable, readIndicatorTable } from './tables';

/** A table whose cells carry grid columns and spans: each cell as [text, gridSpan]. */
function gridTable(rows: [string, number][][]): Table {
  const t = table(rows.map((r) => r.map(([text]) => text)));
  t.rows.forEach((row, r) => {
    let g = 0;
    row.cells.forEach((cell, c) => {
      const span = rows[r][c][1];
      cell.gridColumn = g;
      cell.gridSpan = span;
      g += span;
    });
  });
  t.columnCount = Math.max(...t.rows.map((r) => r.cells.reduce((s, c) => s + c.gridSpan, 0)));
  return t;
}

describe('indicator tables by grid column', () => {
  it('a header "Utfall" spanning män/kvinnor in a second header row: no value shifts a column', () => {
    const t = gridTable([
      [
        ['Indikator', 1],
        ['Periodens utfall', 1],
        ['Utfall', 2],
        ['Årsmål', 1],
      ],
      [
        ['', 1],
        ['', 1],
        ['Män', 1],
        ['Kvinnor', 1],
        ['', 1],
      ],
      [
        ['Andel nöjda brukare', 1],
        ['88 %', 1],
        ['85 %', 1],
        ['90 %', 1],
        ['80 %', 1],
      ],
    ]);
    const read = readIndicatorTable(t, 0, 'VB/T');
    expect(read.indicators).toHaveLength(1);
    const ind = read.indicators[0];
    expect(ind.name).toBe('Andel nöjda brukare');
    expect([
      ind.values.utfall?.parsed.raw,
      ind.values.utfallMan?.parsed.raw,
      ind.values.utfallKvinnor?.parsed.raw,
      ind.values.arsmal?.parsed.raw,
    ]).toEqual(['88 %', '85 %', '90 %', '80 %']);
  });

  it('"Indikator" spanning the status column: the name is the name, the outcome the outcome', () => {
    const t = gridTable([
      [
        ['Indikator', 2],
        ['Periodens utfall', 1],
        ['Årsmål', 1],
      ],
      [
        ['●', 1],
        ['Andel nöjda brukare', 1],
        ['70 %', 1],
        ['80 %', 1],
      ],
    ]);
    const ind = readIndicatorTable(t, 0, 'VB/T').indicators[0];
    expect([ind.name, ind.values.utfall?.parsed.raw, ind.values.arsmal?.parsed.raw]).toEqual([
      'Andel nöjda brukare',
      '70 %',
      '80 %',
    ]);
  });
});

describe('activity tables', () => {
  it('a header row pasted again in the body, with a status column before "Aktivitet", is not an activity', () => {
    const t = table([
      ['', 'Aktivitet', 'Startdatum', 'Slutdatum', 'Avvikelse'],
      ['✓', 'Temaveckor', '2020-05-01', '2020-05-31', ''],
      ['', 'Aktivitet', 'Startdatum', 'Slutdatum', 'Avvikelse'],
      ['', 'Boende erbjuds aktiviteter', '2020-01-01', '2020-12-31', ''],
    ]);
    expect(readActivityTable(t, 0, 'VB/T').activities.map((a) => a.text)).toEqual([
      'Temaveckor',
      'Boende erbjuds aktiviteter',
    ]);
  });

  it("indicator and activity tables nested in a one-cell layout table are read as the goal's tables", () => {
    const indicators = table([
      ['Indikator', 'Periodens utfall', 'Årsmål'],
      ['Sjukfrånvaro dag 1-14', '3,9 %', '2,5 %'],
    ]);
    const layout = table([['']]);
    layout.rows[0].cells[0].tables = [indicators];
    const blocks: Block[] = [
      paragraph('Verksamhetsberättelse VB 2020 för Enheten'),
      paragraph('Enhetsmål:'),
      paragraph('Vi erbjuder insatser med hög kvalitet'),
      paragraph('Uppfylls helt'),
      layout,
    ];
    const r = parseReport(emptySnapshot(blocks));
    const em = r.goals[0]?.kfMal[0]?.namndmal[0]?.enhetsmal[0];
    expect(em?.indicatorTables[0]?.indicators.map((i) => [i.name, i.values.utfall?.parsed.raw, i.loc])).toEqual([
      ['Sjukfrånvaro dag 1-14', '3,9 %', { block: 4, row: 0, cell: 0 }],
    ]);
    expect(r.otherTables.map((o) => o.block)).not.toContain(4);
  });
});
