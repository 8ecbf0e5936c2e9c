/**
 * Section.pageSetup (WordApiDesktop 1.3): a first-page or even-page header Word does not show is left
 * out, as the .docx reader leaves it out (w:titlePg, w:evenAndOddHeaders); without the set every header
 * is checked.
 */
import { checkSnapshot } from '../core/check';
import { emptySnapshot, paragraph, type DocSnapshot } from '../core/snapshot';
import { readOpenDocument } from './read';
import { fakeOfficePerTest } from './test-helpers';

const withFake = fakeOfficePerTest();

// Two sections; only the first names headers. The second shows the first-page header it inherits.
const doc = (): DocSnapshot => ({
  ...emptySnapshot([paragraph('Verksamhetsberättelse 2021')]),
  headersFooters: [
    { kind: 'header', type: 'default', section: 0, paragraphs: [paragraph('Enhet Solrosen')] },
    { kind: 'header', type: 'first', section: 0, paragraphs: [paragraph('Dnr: HÄ 2020/XXX')] },
    { kind: 'header', type: 'even', section: 0, paragraphs: [paragraph('Jämn sida')] },
  ],
});
const pageSetups = [
  { differentFirstPageHeaderFooter: false, oddAndEvenPagesHeaderFooter: false },
  { differentFirstPageHeaderFooter: true, oddAndEvenPagesHeaderFooter: false },
];

async function stories(sets: Record<string, string>): Promise<string[]> {
  const fake = withFake(doc(), { requirementSets: sets, sections: 2, pageSetups });
  const read = await readOpenDocument(fake.context());
  return (read.snapshot.headersFooters ?? []).map((h) => `${h.type} ${h.section}: ${h.paragraphs[0]?.text ?? ''}`);
}

describe('headers Word does not show (Section.pageSetup, WordApiDesktop 1.3)', () => {
  it('leaves out the even-page header and keeps the first-page one only where a section shows it', async () => {
    expect(await stories({ WordApi: '1.5', WordApiDesktop: '1.3' })).toEqual([
      'default 0: Enhet Solrosen',
      'first 1: Dnr: HÄ 2020/XXX',
    ]);
  });

  it('without the set (Word on the web) checks every header, each once', async () => {
    expect(await stories({ WordApi: '1.5', WordApiDesktop: '1.2' })).toEqual([
      'default 0: Enhet Solrosen',
      'first 0: Dnr: HÄ 2020/XXX',
      'even 0: Jämn sida',
    ]);
  });

  it.each([
    ['1.3', false],
    ['1.2', true],
  ])(
    'a placeholder in a first-page header no section shows is a finding only without the set (WordApiDesktop %s)',
    async (desktop, found) => {
      const fake = withFake(doc(), {
        requirementSets: { WordApi: '1.5', WordApiDesktop: desktop },
        sections: 2,
        pageSetups: pageSetups.map((p) => ({ ...p, differentFirstPageHeaderFooter: false })),
      });
      const read = await readOpenDocument(fake.context());
      const placeholders = checkSnapshot(read.snapshot)
        .findings.filter((f) => f.kind === 'placeholder-text')
        .map((f) => f.subject);
      expect(placeholders).toEqual(found ? ['Dnr: HÄ 2020/XXX'] : []);
    },
  );
});
