/**
 * Styles in inserted OOXML: the package carries a styles part with exactly the styles its body uses,
 * under the document's own ids, and the fake resolves them as Word does (see `packageStyleResolver` in
 * fake/api.ts and Microsoft's "Create better add-ins for Word with Office Open XML", "Working with styles").
 */
import { findBlockType } from '../core/blocks/index';
import { heading, para } from '../core/ooxml/builders';
import { emptySnapshot, paragraph, type DocSnapshot, type Paragraph } from '../core/snapshot';
import { applyEdits } from './apply';
import { FakeRange } from './fake/api';
import { wrapInPackage } from './ooxml-package';
import { documentStyleIds, localizeStyleIds, stylesPartFor, stylesUsed } from './ooxml-styles';
import { readOpenDocument } from './read';
import { fakeOfficePerTest } from './test-helpers';

const setup = fakeOfficePerTest();

/** A report as a Swedish Word saves it: built-in styles under the localized ids `Rubrik1`, `Rubrik2`. */
function swedishReport(): DocSnapshot {
  return emptySnapshot([
    paragraph('Uppföljning av Kommunfullmäktiges inriktningsmål', {
      styleId: 'Rubrik1',
      styleName: 'heading 1',
      outlineLevel: 1,
    }),
    paragraph('1. En modern storstad', { styleId: 'Rubrik2', styleName: 'heading 2', outlineLevel: 2 }),
    paragraph('Text.'),
  ]);
}

const KF_GOAL = {
  reportType: 'VB',
  year: 2020,
  inriktningsmal: { number: '1', title: 'En modern storstad med möjligheter och valfrihet för alla' },
  kfMal: { number: '1.5', title: 'I Stockholm har äldre en tillvaro som präglas av hög kvalitet' },
  assessment: 'helt',
  analys: 'Målet uppfylls.',
  indicators: [
    { name: 'Andel trygga omsorgstagare', utfall: '89 %', arsmal: '87 %', kfArsmal: '87 %', period: '2020' },
  ],
};

function paragraphs(blocks: DocSnapshot['blocks']): Paragraph[] {
  return blocks.filter((b): b is Paragraph => b.kind === 'paragraph');
}

describe('the styles part of an insertOoxml package', () => {
  it('defines exactly the styles the body uses, under the ids it uses, with the built-in English names', () => {
    const body = heading('Mål', 2) + para('Text') + heading('Delmål', 3);
    expect(stylesUsed(body)).toEqual(['Heading2', 'Heading3']);
    const part = stylesPartFor(body)!;
    expect(part.match(/w:styleId="[^"]+"/g)).toEqual(['w:styleId="Heading2"', 'w:styleId="Heading3"']);
    expect(part).toContain('<w:name w:val="heading 2"/>');
    expect(part).toContain('<w:outlineLvl w:val="1"/>');
    expect(stylesPartFor(para('Bara text'))).toBeNull();
    // The package then has the part and the relationship to it; without styles, neither.
    expect(wrapInPackage(body)).toContain('pkg:name="/word/styles.xml"');
    expect(wrapInPackage(body)).toContain('relationships/styles" Target="styles.xml"');
    expect(wrapInPackage(para('x'))).not.toContain('styles.xml');
  });

  it('uses the document’s own ids for built-in styles, learnt from Word’s style name and built-in enum', () => {
    const ids = documentStyleIds([
      { style: 'Rubrik 2', styleBuiltIn: 'Heading2' },
      { style: 'Innehåll 1', styleBuiltIn: 'Toc1' },
      { style: 'Normal', styleBuiltIn: 'Normal' },
      { style: 'Rapporttabell', styleBuiltIn: 'Other' },
    ]);
    expect([...ids]).toEqual([
      ['Heading2', 'Rubrik2'],
      ['TOC1', 'Innehll1'],
    ]);
    const body = localizeStyleIds(heading('Mål', 2) + heading('Delmål', 3), ids);
    expect(stylesUsed(body)).toEqual(['Rubrik2', 'Heading3']);
    const part = stylesPartFor(body, ids)!;
    expect(part).toContain('w:styleId="Rubrik2"><w:name w:val="heading 2"/>');
    expect(part).toContain('w:styleId="Heading3"><w:name w:val="heading 3"/>');
  });
});

describe('the fake resolves inserted styles as Word does', () => {
  it('drops the styles of a package without a styles part: the heading arrives as Normal text (Microsoft, "Working with styles")', async () => {
    const fake = setup(swedishReport());
    const context = fake.context();
    const bare = wrapInPackage(heading('Ny rubrik', 2)).replace(
      /<pkg:part pkg:name="\/word\/styles\.xml"[\s\S]*?<\/pkg:part>/,
      '',
    );
    expect(bare).not.toContain('pkg:name="/word/styles.xml"');
    context.document.body.insertOoxml(bare, 'End');
    await context.sync();
    const last = fake.doc.snapshot().blocks.at(-1) as Paragraph;
    expect(last.text).toBe('Ny rubrik');
    expect({ styleId: last.styleId, outlineLevel: last.outlineLevel }).toEqual({ styleId: null, outlineLevel: null });
  });

  it('keeps the document’s definition of a style it has and imports one it lacks', async () => {
    const fake = setup(swedishReport());
    const context = fake.context();
    context.document.body.insertOoxml(wrapInPackage(heading('Ny', 2) + heading('Ny under', 3)), 'End');
    await context.sync();
    const [h2, h3] = paragraphs(fake.doc.snapshot().blocks).slice(-2);
    // Heading2 is the document's Rubrik2 (same built-in name); Heading3 is new to the document.
    expect([h2.styleId, h2.outlineLevel]).toEqual(['Rubrik2', 2]);
    expect([h3.styleId, h3.styleName, h3.outlineLevel]).toEqual(['Heading3', 'heading 3', 3]);
    expect(fake.doc.styles.get('Heading3')).toEqual({ type: 'paragraph', name: 'heading 3', outlineLevel: 3 });
  });
});

describe('applyEdits inserts blocks with their styles', () => {
  it('in a Swedish document: the package refers to Rubrik2 and defines it; the goal is a level-2 heading after insertion', async () => {
    const fake = setup(swedishReport());
    const sent: string[] = [];
    const original = FakeRange.prototype.insertOoxml;
    jest.spyOn(FakeRange.prototype, 'insertOoxml').mockImplementation(function (
      this: FakeRange,
      ooxml: string,
      location: string,
    ) {
      sent.push(ooxml);
      return original.call(this, ooxml, location);
    });
    const ooxml = findBlockType('kfGoal')!.render(KF_GOAL);
    fake.doc.setCursor(2);
    const result = await applyEdits(fake.context(), [
      { kind: 'insertBlocks', after: 'selection', ooxml, reason: 'KF-mål' },
    ]);
    jest.restoreAllMocks();
    expect(result.refused).toEqual([]);
    expect(sent).toHaveLength(1);
    const usedHeadings = stylesUsed(sent[0]).filter((id) => /Rubrik|Heading/.test(id));
    expect(usedHeadings.length).toBeGreaterThan(0);
    expect(usedHeadings.every((id) => /^Rubrik\d$/.test(id) || id === 'Heading3')).toBe(true);
    expect(sent[0]).toContain('pkg:name="/word/styles.xml"');
    const { snapshot } = await readOpenDocument(fake.context());
    const headings = paragraphs(snapshot.blocks)
      .filter((p) => p.outlineLevel !== null)
      .map((p) => [p.text, p.outlineLevel]);
    // The KF goal's title is a level-2 or level-3 heading again, so Word's TOC and navigation list it.
    expect(headings.some(([text]) => String(text).includes(KF_GOAL.kfMal.title))).toBe(true);
    // No second "heading 2" style next to the document's own.
    expect([...fake.doc.styles].filter(([, s]) => s.name === 'heading 2').map(([id]) => id)).toEqual(['Rubrik2']);
  });
});
