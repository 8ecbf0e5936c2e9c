import { parseIgnoredFindings } from './ignored-findings';

describe('parseIgnoredFindings', () => {
  it('reads what Word returns (an array) and what a .docx stores (JSON text, sometimes encoded twice)', () => {
    expect(parseIgnoredFindings(['a:1', 'b:2'])).toEqual({ ids: ['a:1', 'b:2'], ok: true });
    expect(parseIgnoredFindings('["a:1"]')).toEqual({ ids: ['a:1'], ok: true });
    expect(parseIgnoredFindings(JSON.stringify('["a:1"]'))).toEqual({ ids: ['a:1'], ok: true });
    expect(parseIgnoredFindings(undefined)).toEqual({ ids: [], ok: true });
    expect(parseIgnoredFindings(null)).toEqual({ ids: [], ok: true });
  });

  it('says ok: false for anything stored that is not a list of ids', () => {
    for (const bad of ['{inte json', '[1, 2]', '{"a": 1}', 42, [null], JSON.stringify(JSON.stringify('["a"]'))]) {
      expect(parseIgnoredFindings(bad)).toEqual({ ids: [], ok: false });
    }
  });
});
