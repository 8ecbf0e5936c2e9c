import { checkSnapshot } from '../check';
import type { Finding } from '../rules/types';
import { emptySnapshot, paragraph, table } from '../snapshot';
import { commentText, isReviewComment, reviewComments, reviewKey, reviewKeysIn, REVIEW_AUTHOR } from './comments';

const snapshot = emptySnapshot([
  paragraph('Tjänsteutlåtande'),
  paragraph('Verksamhetsberättelse VB 2020 för Axelsbergs vård- och omsorgsboende'),
  paragraph('Sammanfattande analys', { styleName: 'heading 1', outlineLevel: 1 }),
  table([
    ['Indikator', 'Periodens utfall', 'Årsmål'],
    ['Sjukfrånvaro', '', '2,5 %'],
  ]),
]);
const { report } = checkSnapshot(snapshot, { rules: [] });

function finding(over: Partial<Finding> & Pick<Finding, 'id' | 'location'>): Finding {
  return {
    rule: 'placeholder-text',
    kind: 'placeholder-text',
    messageId: 'placeholder',
    severity: 'error',
    subject: 'x',
    message: 'Meddelande.',
    section: 'Dokumentet',
    ...over,
  };
}

describe('reviewComments', () => {
  const findings: Finding[] = [
    finding({
      id: 'aaaaaaa0000001',
      rule: 'header-fields',
      kind: 'header-field-missing',
      subject: 'Dnr',
      message: 'Dnr saknas.',
      location: { block: 0 },
    }),
    finding({
      id: 'aaaaaaa0000002',
      rule: 'required-sections',
      kind: 'section-missing',
      subject: 'Övrigt',
      message: 'Avsnittet "Övrigt" saknas.',
      location: { block: 0 },
    }),
    finding({
      id: 'aaaaaaa0000003',
      rule: 'required-sections',
      kind: 'section-empty',
      subject: 'Sammanfattande analys',
      message: 'Tomt.',
      location: { block: 2 },
    }),
    finding({
      id: 'aaaaaaa0000004',
      rule: 'indicator-values',
      kind: 'indicator-value-missing',
      subject: 'Sjukfrånvaro',
      message: 'Utfall saknas.',
      location: { block: 3, row: 1, cell: 1 },
    }),
    finding({
      id: 'aaaaaaa0000005',
      rule: 'indicator-values',
      kind: 'indicator-value-missing',
      subject: 'Sjukfrånvaro',
      message: 'Raden.',
      location: { block: 3, row: 1 },
    }),
    finding({ id: 'aaaaaaa0000006', severity: 'warning', subject: 'borta', location: { block: 40 } }),
  ];
  const comments = reviewComments(findings, report, snapshot);

  it('writes one comment per located finding at its paragraph, text = message + how to fix + marker', () => {
    const located = comments.filter((c) => !c.gathered);
    expect(located.map((c) => c.anchor)).toEqual([
      { block: 2 },
      { block: 3, row: 1, cell: 1, paragraph: 0 },
      { block: 3, row: 1, cell: 0, paragraph: 0 },
    ]);
    expect(located[0].paragraphs[0]).toBe('Rapportstöd – Fel: Tomt.');
    expect(located[0].paragraphs[1]).toMatch(/^Så åtgärdar du det: Lägg till det saknade avsnittet/);
    expect(located[0].paragraphs[2]).toBe(reviewKey('aaaaaaa0000003'));
  });

  it('gathers the findings without a place (document start, a vanished place) in one comment at the title', () => {
    const gathered = comments.filter((c) => c.gathered);
    expect(gathered).toHaveLength(1);
    expect(gathered[0].anchor).toEqual({ block: 1 });
    expect(gathered[0].findingIds).toEqual(['aaaaaaa0000001', 'aaaaaaa0000002', 'aaaaaaa0000006']);
    expect(commentText(gathered[0])).toContain('Varning: Meddelande. Så åtgärdar du det: Ersätt platshållaren');
    expect(comments[0]).toBe(gathered[0]);
  });

  it('keeps a finding at block 0 located when block 0 is what it is about', () => {
    const own = reviewComments(
      [finding({ id: 'bbbbbbb0000001', subject: 'tjänsteutlåtande', location: { block: 0 } })],
      report,
      snapshot,
    );
    expect(own).toEqual([expect.objectContaining({ anchor: { block: 0 }, gathered: false })]);
  });

  it('leaves out findings whose marker is already in the document (running twice does not duplicate)', () => {
    const keys = comments.flatMap((c) => reviewKeysIn(commentText(c)));
    expect(keys.sort()).toEqual(findings.map((f) => f.id).sort());
    expect(reviewComments(findings, report, snapshot, { existingKeys: keys })).toEqual([]);
    const again = reviewComments(findings, report, snapshot, {
      existingKeys: keys.filter((k) => k !== 'aaaaaaa0000004'),
    });
    expect(again.map((c) => c.findingIds)).toEqual([['aaaaaaa0000004']]);
  });

  it('recognises its own comments by marker or author, never a person’s', () => {
    expect(isReviewComment(commentText(comments[1]))).toBe(true);
    expect(isReviewComment('Bra skrivet, men lägg till en källa.', 'Anna Andersson')).toBe(false);
    expect(isReviewComment('Vad betyder [rapportstod] här?')).toBe(false);
    expect(isReviewComment('', REVIEW_AUTHOR)).toBe(true);
  });

  it('real findings of a check become comments without running the rules again', () => {
    const checked = checkSnapshot(snapshot);
    expect(checked.findings.length).toBeGreaterThan(0);
    const made = reviewComments(checked.findings, checked.report, snapshot);
    expect(made.flatMap((c) => c.findingIds).sort()).toEqual(checked.findings.map((f) => f.id).sort());
  });
});
