/**
 * The demo's sample reports. Each is one of the seed reports, served by the build from
 * test/fixtures/docx; "T1 med fel" is seed 001 with three typos written into its budget tables by the
 * .docx adapter in the browser, so a newcomer sees Kontrollera find them and Åtgärda / Räkna om mend them.
 */
import type { Edit } from '../core/edits';
import type { DocSnapshot, Table } from '../core/snapshot';
import { applyEdits, readDocx, type DocxDocument } from '../docx';

export interface Sample {
  id: string;
  label: string;
  file: string;
  /** Typos to write into the document before the demo opens it. */
  defects?: (snapshot: DocSnapshot) => Edit[];
}

const cellText = (t: Table, row: number, cell: number): string => t.rows[row]?.cells[cell]?.text.trim() ?? '';

/** The first table whose top-left cell matches, and the row whose first cell matches, or null. */
function findRow(
  snapshot: DocSnapshot,
  corner: RegExp,
  label: RegExp,
): { block: number; row: number; table: Table } | null {
  for (let block = 0; block < snapshot.blocks.length; block++) {
    const b = snapshot.blocks[block];
    if (b.kind !== 'table' || !corner.test(cellText(b, 0, 0))) continue;
    const row = b.rows.findIndex((_r, i) => label.test(cellText(b, i, 0)));
    if (row > 0) return { block, row, table: b };
  }
  return null;
}

/** A typo in one cell: `from` must be what the seed has, so a changed seed fails loudly instead of quietly. */
function typo(snapshot: DocSnapshot, corner: RegExp, label: RegExp, cell: number, from: string, to: string): Edit {
  const at = findRow(snapshot, corner, label);
  const old = at ? at.table.rows[at.row].cells[cell].text : null;
  if (!at || old?.trim() !== from)
    throw new Error(`Exempelrapporten har ändrats: hittade inte ${from} i raden ${label.source}.`);
  return {
    kind: 'setCellText',
    loc: { block: at.block, row: at.row, cell },
    oldText: old,
    newText: to,
    reason: 'Fel i demon',
  };
}

export const SAMPLES: Sample[] = [
  { id: 'vb', label: 'VB 2020 – Axelsbergs vård- och omsorgsboende', file: 'fixtures/seed-000.docx' },
  {
    id: 't1',
    label: 'T1 2020 – Hägersten-Liljeholmens stadsdelsnämnd, med budgettabeller',
    file: 'fixtures/seed-001.docx',
  },
  {
    id: 't1-fel',
    label: 'T1 2020 med tre fel i budgettabellerna (att åtgärda)',
    file: 'fixtures/seed-001.docx',
    defects: (s) => [
      // Driftbudget: Totalt's budget 2017,9 written as 2019,9; Äldreomsorg's Avvikelse -3,5 without its minus.
      typo(s, /^Mnkr$/, /^Totalt$/, 1, '2017,9', '2019,9'),
      typo(s, /^Mnkr$/, /^Äldreomsorg$/, 5, '-3,5', '3,5'),
      // Investeringar: Totalt's prognosis 29,8 with two digits swapped.
      typo(s, /^Mnkr, netto$/, /^Totalt$/, 2, '29,8', '28,9'),
    ],
  },
  { id: 'vp', label: 'VP 2021 – Beställarenheten äldre', file: 'fixtures/seed-002.docx' },
];

export function sampleById(id: string | null): Sample {
  return SAMPLES.find((s) => s.id === id) ?? SAMPLES[0];
}

/** Reads the sample and writes its typos, through the same .docx adapter the command-line tool uses. */
export async function loadSample(
  sample: Sample,
  fetchBytes: (file: string) => Promise<Uint8Array>,
): Promise<DocxDocument> {
  const doc = readDocx(await fetchBytes(sample.file));
  if (!sample.defects) return doc;
  const result = applyEdits(doc, sample.defects(doc.snapshot));
  if (result.refused.length)
    throw new Error(`Exempelrapportens fel kunde inte skrivas in: ${result.refused.map((r) => r.reason).join(' ')}`);
  return readDocx(result.bytes);
}
