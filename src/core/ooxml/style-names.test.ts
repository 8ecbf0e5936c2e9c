import {
  BUILT_IN_STYLES,
  builtInNameOf,
  builtInNameOfId,
  builtInStyle,
  styleIdFromName,
  swedishStyleId,
} from './style-names';

describe('Swedish ↔ built-in style names', () => {
  it('maps Swedish and English names to Word’s English built-in name', () => {
    expect(builtInNameOf('Rubrik 1')).toBe('heading 1');
    expect(builtInNameOf('heading 2')).toBe('heading 2');
    expect(builtInNameOf('Rubrik3')).toBe('heading 3');
    expect(builtInNameOf('Innehåll 2')).toBe('toc 2');
    expect(builtInNameOf('Innehållsförteckning 1')).toBe('toc 1');
    expect(builtInNameOf('Rubrik')).toBe('title');
    expect(builtInNameOf('Innehållsförteckningsrubrik')).toBe('toc heading');
    expect(builtInNameOf('Rubrik på innehållsförteckning')).toBe('toc heading');
    expect(builtInNameOf('Liststycke')).toBe('list paragraph');
    expect(builtInNameOf('  Tabellrutnät ')).toBe('table grid');
    expect(builtInNameOf('Rapporttabell')).toBeNull();
  });

  it('maps the ids a Swedish or English Word derives', () => {
    expect(builtInNameOfId('Rubrik1')).toBe('heading 1');
    expect(builtInNameOfId('Innehll2')).toBe('toc 2');
    expect(builtInNameOfId('TOC3')).toBe('toc 3');
    expect(builtInNameOfId('Rapporttabell')).toBeNull();
  });

  it('gives the id a Swedish Word writes, without non-ASCII letters', () => {
    expect(styleIdFromName('Innehåll 1')).toBe('Innehll1');
    expect(swedishStyleId('Heading2')).toBe('Rubrik2');
    expect(swedishStyleId('TOCHeading')).toBe('Innehllsfrteckningsrubrik');
    expect(swedishStyleId('TableGrid')).toBe('Tabellrutnt');
    expect(swedishStyleId('Rapporttabell')).toBeNull();
    expect(builtInStyle('Footer')).toEqual({ id: 'Footer', name: 'footer', svName: 'Sidfot' });
  });

  it('has one entry per id and per Swedish name', () => {
    expect(new Set(BUILT_IN_STYLES.map((s) => s.id)).size).toBe(BUILT_IN_STYLES.length);
    expect(new Set(BUILT_IN_STYLES.map((s) => s.svName.toLowerCase())).size).toBe(BUILT_IN_STYLES.length);
    // Every Swedish name leads back to its own style.
    for (const s of BUILT_IN_STYLES) expect(builtInNameOf(s.svName)).toBe(s.name.toLowerCase());
  });
});
