/**
 * A .docx's sections as Word has them, for the fake Word of the parity tests (FakeOfficeOptions.sections and
 * pageSetups): as many sections as w:sectPr in word/document.xml, each with the Section.pageSetup that its
 * w:titlePg and settings.xml's w:evenAndOddHeaders give, so later sections that only inherit a header exist
 * in Word too. Read from the package's XML with regular expressions, not with the .docx reader: the tests
 * compare that reader with the Word adapter, so the fake must not be built from its answer.
 */
import { unzipSync } from 'fflate';
import type { FakePageSetupValues } from '../../src/word/fake';

/** One part of the package as text ('' when absent). */
export function partOf(docx: Uint8Array, part: string): string {
  return new TextDecoder().decode(unzipSync(docx, { filter: (f) => f.name === part })[part] ?? new Uint8Array());
}

/** An on/off element (ISO/IEC 29500-1 §17.17.4): on unless its w:val says 0, false or off. */
const on = (element: string) => (xml: string) =>
  new RegExp(`<w:${element}(?![\\w-])(?![^>]*\\sw:val="(?:0|false|off)")[^>]*>`).test(xml);
const titlePg = on('titlePg');
const evenAndOddHeaders = on('evenAndOddHeaders');

/**
 * The sections' w:sectPr in order. A tracked change of section properties (w:sectPrChange) holds the old
 * w:sectPr inside the current one: that one is not a section, so the changes are left out first.
 */
export function sectPrsOf(docx: Uint8Array): string[] {
  const xml = partOf(docx, 'word/document.xml').replace(/<w:sectPrChange\b[\s\S]*?<\/w:sectPrChange>/g, '');
  return xml.match(/<w:sectPr(?![\w-])(?:[^>]*\/>|[\s\S]*?<\/w:sectPr>)/g) ?? [];
}

/** FakeOfficeOptions for a .docx's sections: their count and each one's page setup. */
export function wordSectionsOf(docx: Uint8Array): { sections: number; pageSetups: FakePageSetupValues[] } {
  const evenAndOdd = evenAndOddHeaders(partOf(docx, 'word/settings.xml'));
  const sections = sectPrsOf(docx);
  return {
    sections: sections.length,
    pageSetups: sections.map((x) => ({
      differentFirstPageHeaderFooter: titlePg(x),
      oddAndEvenPagesHeaderFooter: evenAndOdd,
    })),
  };
}
