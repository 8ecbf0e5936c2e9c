/**
 * Headings written with their section number — typed ("3 Uppföljning av ekonomi", "3.1 Investeringar")
 * or from Word's heading numbering (`Paragraph.listNumber`) — are the template's sections, and a section
 * number is never read as a KF goal number.
 */
import { checkSnapshot } from '../check';
import { emptySnapshot, paragraph, type Block } from '../snapshot';
import { parseReport } from './index';
import { titleKey } from './labels';

const h = (text: string, level: number, listNumber?: string): Block => ({
  ...paragraph(text, { styleName: `heading ${level}`, styleId: `Rubrik${level}`, outlineLevel: level }),
  ...(listNumber ? { listNumber } : {}),
});

/** A complete VB whose section headings carry numbers, typed or from numbering (`number: 'list'`). */
function report(number: 'typed' | 'list'): Block[] {
  const t = (n: string, title: string, level: number) =>
    number === 'typed' ? h(`${n} ${title}`, level) : h(title, level, n);
  return [
    paragraph('Verksamhetsberättelse VB 2020 för Enheten'),
    paragraph('Dnr: HÄ 2021/17'),
    paragraph('2021-02-01'),
    paragraph('Handläggare: Anna Andersson'),
    t('1', 'Sammanfattande analys', 1),
    paragraph('Året präglades av pandemin.'),
    t('2', 'Uppföljning av Kommunfullmäktiges inriktningsmål', 1),
    t('2.1', 'En modern storstad med möjligheter och valfrihet för alla', 2),
    paragraph('KF:s mål för verksamhetsområdet:'),
    paragraph('1.5. I Stockholm har äldre en tillvaro som präglas av hög kvalitet'),
    paragraph('Uppfylls helt'),
    paragraph('Nämndmål:'),
    paragraph('Äldre får insatser av hög kvalitet'),
    paragraph('Uppfylls helt'),
    paragraph('Beskrivning'),
    paragraph('Nämnden arbetar för trygghet.'),
    paragraph('Förväntat resultat'),
    paragraph('Äldre är trygga.'),
    paragraph('Enhetsmål:'),
    paragraph('Vi erbjuder insatser med hög kvalitet'),
    paragraph('Uppfylls helt'),
    paragraph('Förväntat resultat'),
    paragraph('Trygga äldre.'),
    t('3', 'Uppföljning av ekonomi', 1),
    t('3.1', 'Analys av resultaträkning - uppföljning av driftbudget', 2),
    paragraph('Enheten håller budget.'),
    t('3.2', 'Investeringar', 2),
    paragraph('Enheten har inga investeringar.'),
    t('3.3', 'Medel för lokaländamål', 2),
    paragraph('Inga medel.'),
    t('3.4', 'Övrigt', 2),
    paragraph('Inget övrigt.'),
    t('4', 'Systematiskt kvalitetsarbete', 1),
    paragraph('Egenkontroller görs varje månad.'),
    t('5', 'Övrigt', 1),
    paragraph('Inget att rapportera.'),
  ];
}

describe('numbered section headings', () => {
  it('titleKey leaves out a typed section number, not a number that is the title', () => {
    expect(titleKey('3.1 Investeringar')).toBe('investeringar');
    expect(titleKey('3 Uppföljning av ekonomi')).toBe('uppföljning av ekonomi');
    expect(titleKey('1.5. I Stockholm')).toBe('i stockholm');
    expect(titleKey('2020')).toBe('2020');
  });

  it.each(['typed', 'list'] as const)(
    'a clean report with %s section numbers has no missing section and no false goal',
    (number) => {
      const snapshot = emptySnapshot(report(number));
      const r = parseReport(snapshot);
      expect(r.sections.map((s) => s.title.replace(/^[\d.]+ /, ''))).toEqual([
        'Sammanfattande analys',
        'Uppföljning av Kommunfullmäktiges inriktningsmål',
        'Uppföljning av ekonomi',
        'Systematiskt kvalitetsarbete',
        'Övrigt',
      ]);
      // One inriktningsmål (from its heading, numberless: "2.1" is the section's number) with KF goal 1.5.
      const kfNumbers = r.goals.flatMap((g) => g.kfMal.map((k) => k.number));
      expect(kfNumbers).toEqual(['1.5']);
      expect(r.goals.map((g) => g.number)).not.toContain('2');
      expect(r.goals.flatMap((g) => g.kfMal.map((k) => k.number))).not.toContain('3.1');
      const errors = checkSnapshot(snapshot).findings.filter((f) => f.severity === 'error');
      expect(errors).toEqual([]);
    },
  );

  it('a defect under a numbered heading is still found: an empty "3.2 Investeringar" and a missing "4 Systematiskt kvalitetsarbete"', () => {
    const blocks = report('typed').filter(
      (b) =>
        !(b.kind === 'paragraph' && /^(Enheten har inga investeringar|4 Systematiskt|Egenkontroller)/.test(b.text)),
    );
    const findings = checkSnapshot(emptySnapshot(blocks)).findings;
    expect(findings.map((f) => [f.kind, f.subject])).toEqual(
      expect.arrayContaining([
        ['section-empty', expect.stringMatching(/Investeringar$/)],
        ['section-missing', 'Systematiskt kvalitetsarbete'],
      ]),
    );
  });
});
