/** What real reports write differently from our writer: symbol-font status marks, labels with their text in one paragraph. */
import { emptySnapshot, paragraph } from '../snapshot';
import { assessmentValue, partLabel } from './labels';
import { parseReport } from './index';

describe('status marks and labels as pasted from Stratsys / ILS-webb', () => {
  it('a Wingdings or Symbol status mark (private use area, as Word reports w:sym) is a status symbol', () => {
    expect(assessmentValue('\uf06c Uppfylls helt')).toBe('helt');
    expect(assessmentValue('\uf0fc\u00a0Uppfylls delvis')).toBe('delvis');
    // Word's Paragraph.text gives the symbol as "(" (office-js #2368); "(" with its ")" is ordinary text.
    expect(assessmentValue('( Uppfylls helt')).toBe('helt');
    expect(assessmentValue('(Uppfylls helt)')).toBeUndefined();
    // A picture used as the status icon leaves no character in the text; the assessment still reads.
    expect(assessmentValue(' Uppfylls inte')).toBe('inte');
  });

  it('a label, a manual line break and the text in one paragraph is the label with its text', () => {
    expect(partLabel('Förväntat resultat\nBrukarna är nöjda.\nInga klagomål.')).toEqual({
      label: 'forvantatResultat',
      rest: 'Brukarna är nöjda.\nInga klagomål.',
    });
    expect(partLabel('Analys: Sjukfrånvaron ökade.')).toEqual({ label: 'analys', rest: 'Sjukfrånvaron ökade.' });
    // A title that begins with a label word stays a title.
    expect(partLabel('Analys av resultaträkning\nText')).toBeNull();
  });

  it('the goal gets the label text read from one paragraph', () => {
    const r = parseReport(
      emptySnapshot([
        paragraph('Verksamhetsberättelse VB 2020 för Enheten'),
        paragraph('Enhetsmål:'),
        paragraph('Vi erbjuder insatser med hög kvalitet'),
        paragraph('\uf06c Uppfylls helt'),
        paragraph('Förväntat resultat\nBrukarna är nöjda.'),
        paragraph('Analys: Målet nåddes tack vare nya rutiner.'),
      ]),
    );
    const em = r.goals[0]?.kfMal[0]?.namndmal[0]?.enhetsmal[0];
    expect(em?.assessment?.value).toBe('helt');
    expect(em?.forvantatResultat?.text).toBe('Brukarna är nöjda.');
    expect(em?.analys?.text).toBe('Målet nåddes tack vare nya rutiner.');
  });
});
