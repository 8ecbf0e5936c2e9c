import { normalizeStyle } from './styles';

// WordApi 1.1 hosts give no styleBuiltIn: Swedish names are recognised through core's one style mapping.
describe('normalizeStyle without styleBuiltIn', () => {
  it('names Swedish built-in styles as Word’s English ones', () => {
    expect(normalizeStyle('Rubrik 1', undefined)).toEqual({ styleId: 'Heading1', styleName: 'heading 1' });
    expect(normalizeStyle('Innehåll 2', undefined)).toEqual({ styleId: 'TOC2', styleName: 'toc 2' });
    expect(normalizeStyle('Innehållsförteckningsrubrik', undefined)).toEqual({
      styleId: 'TOCHeading',
      styleName: 'toc heading',
    });
    expect(normalizeStyle('Rubrik', undefined)).toEqual({ styleId: 'Title', styleName: 'title' });
    expect(normalizeStyle('Liststycke', undefined)).toEqual({ styleId: 'ListParagraph', styleName: 'list paragraph' });
    expect(normalizeStyle('Normal', undefined)).toEqual({ styleId: null, styleName: 'normal' });
  });

  it('keeps custom styles by their own name, and trusts styleBuiltIn when given', () => {
    expect(normalizeStyle('Rapporttabell', undefined)).toEqual({
      styleId: 'Rapporttabell',
      styleName: 'rapporttabell',
    });
    expect(normalizeStyle('Rubrik 1', 'Other')).toEqual({ styleId: 'Rubrik1', styleName: 'rubrik 1' });
    expect(normalizeStyle('Rubrik 1', 'Heading1')).toEqual({ styleId: 'Heading1', styleName: 'heading 1' });
  });
});
