/**
 * The Tillgänglighet pack on reports LibreOffice wrote (test/fixtures/producers/lo-a11y-*.docx, converted
 * with `soffice --headless --convert-to docx` from the .fodt sources `libreoffice-a11y.ts` writes): the clean
 * one gives no accessibility finding, the defective one every kind LibreOffice can produce, the Word adapter
 * (on its fake, as Word on the web and as desktop Word) gives the same, and the .docx fixes mend what they
 * offer to mend, in parts that validate against ISO/IEC 29500.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { strFromU8, unzipSync } from 'fflate';
import { checkSnapshot } from '../src/core/check';
import type { DocSnapshot, Paragraph } from '../src/core/snapshot';
import { applyEdits, readDocx } from '../src/docx';
import { createFakeOffice, installFakeOffice } from '../src/word/fake';
import { readOpenDocument } from '../src/word/read';
import { a11yFodt } from './fixtures/producers/libreoffice-a11y';
import { sharedPath } from './support/shared';
import { hasXmllint, validateParts } from './support/xmllint';

const DIR = join(__dirname, 'fixtures', 'producers');
const bytesOf = (name: string): Uint8Array => new Uint8Array(readFileSync(join(DIR, `${name}.docx`)));
const a11y = (snapshot: DocSnapshot): string[] =>
  checkSnapshot(snapshot)
    .findings.filter((f) => f.kind.startsWith('a11y-'))
    .map((f) => `${f.severity} ${f.kind} ${f.subject}`);

const WML = sharedPath('ooxml-schemas', 'ISO-IEC29500-4_2016', 'wml.xsd');

async function viaWord(snapshot: DocSnapshot, desktop: boolean): Promise<DocSnapshot> {
  const fake = createFakeOffice(snapshot, {
    requirementSets: desktop ? { WordApi: '1.5', WordApiDesktop: '1.2' } : { WordApi: '1.5' },
  });
  const restore = installFakeOffice(globalThis, fake);
  try {
    return (await readOpenDocument(fake.context())).snapshot;
  } finally {
    restore();
  }
}

describe('Tillgänglighet on LibreOffice reports', () => {
  it('has the committed .fodt sources the generator writes', () => {
    for (const defect of [false, true]) {
      const name = defect ? 'lo-a11y-defect' : 'lo-a11y-clean';
      expect(readFileSync(join(DIR, `${name}.fodt`), 'utf8')).toBe(a11yFodt({ defect }));
    }
  });

  it('reads what LibreOffice wrote: alt text (svg:desc → descr, svg:title → title), floating, links', () => {
    const paragraphs = readDocx(bytesOf('lo-a11y-clean')).snapshot.blocks.filter(
      (b): b is Paragraph => b.kind === 'paragraph',
    );
    expect(paragraphs.flatMap((p) => p.pictures ?? [])).toEqual([
      {
        floating: false,
        description: 'Stapeldiagram: andelen nöjda brukare steg från 88 % till 92 %.',
        title: 'Stapeldiagram',
        decorative: false,
        name: 'Diagram 1',
      },
      { floating: true, description: 'Stockholms stads logotyp', title: null, decorative: false, name: 'Logotyp' },
    ]);
    expect(paragraphs.flatMap((p) => p.hyperlinks ?? []).map((l) => l.text)).toEqual(['Stockholms stads webbplats']);
  });

  it('finds nothing in the clean report, and no error at all', () => {
    const snapshot = readDocx(bytesOf('lo-a11y-clean')).snapshot;
    expect(a11y(snapshot)).toEqual([]);
    expect(checkSnapshot(snapshot).findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('finds every defect of the defective report', () => {
    expect(a11y(readDocx(bytesOf('lo-a11y-defect')).snapshot)).toEqual([
      'error a11y-title-missing Dokumentet',
      'warning a11y-heading-level-skipped Bakgrund',
      'warning a11y-fake-heading Personal och kompetens',
      'error a11y-alt-text-missing Diagram 1',
      'error a11y-alt-text-missing Logotyp',
      'error a11y-table-header-missing Tabell 1 Driftbudget (mnkr)',
      'warning a11y-table-header-blank Tabell 2 Verksamheter',
      'warning a11y-link-text klicka här',
      'warning a11y-link-text https://start.stockholm/',
      'tip a11y-empty-paragraphs 3 tomma stycken',
    ]);
  });

  it.each(['lo-a11y-clean', 'lo-a11y-defect'])(
    '%s: the Word adapter gives the same accessibility findings (the language one is the .docx reader’s)',
    async (name) => {
      const docx = readDocx(bytesOf(name)).snapshot;
      const keys = (s: DocSnapshot, desktop = true): unknown[] =>
        checkSnapshot(s)
          .findings.filter((f) => f.kind.startsWith('a11y-') && f.kind !== 'a11y-language-missing')
          // Word on the web cannot see floating pictures (read-pictures.ts).
          .filter((f) => desktop || f.messageId !== 'missingFloating')
          .map((f) => ({ id: f.id, message: f.message, location: f.location }));
      expect(keys(await viaWord(docx, true))).toEqual(keys(docx));
      expect(keys(await viaWord(docx, false))).toEqual(keys(docx, false));
    },
  );

  it('mends the title and the header row with the offered fixes, adding no schema error to document.xml', () => {
    const doc = readDocx(bytesOf('lo-a11y-defect'));
    const offered = checkSnapshot(doc.snapshot)
      .findings.filter((f) => f.kind.startsWith('a11y-'))
      .flatMap((f) => f.suggestion ?? []);
    expect(offered.map((e) => e.kind).sort()).toEqual(['markHeaderRow', 'setDocumentTitle']);
    const result = applyEdits(doc, offered);
    expect(result.refused).toEqual([]);
    const after = a11y(readDocx(result.bytes).snapshot);
    expect(after.filter((k) => /title-missing|table-header-missing/.test(k))).toEqual([]);
    // Only what was fixed is gone.
    expect(after).toHaveLength(8);
    if (WML && hasXmllint()) {
      // LibreOffice's own document.xml holds mc:AlternateContent, which the schema alone (without Markup
      // Compatibility processing) refuses: the fixes must add no error of their own.
      const errors = (bytes: Uint8Array): string[] =>
        validateParts([{ name: 'word/document.xml', xml: strFromU8(unzipSync(bytes)['word/document.xml']) }], WML)
          .flatMap((r) => r.errors)
          .map((e) => e.replace(/:\d+:/, ':'));
      expect(errors(result.bytes)).toEqual(errors(bytesOf('lo-a11y-defect')));
    }
  });
});
