import { requiredSections } from './index';

// The skeleton's sections come from the template (src/core/template/data); these are the titles and
// levels the skeleton wrote from its own list before it read the template, so the move changed nothing.
describe('skeleton sections from the template', () => {
  const shape = (type: 'VB' | 'T1' | 'T2' | 'VP') =>
    requiredSections(type, 2020).map((s) => `${s.level} ${s.title}${s.goals ? ' [mål]' : ''}`);

  it('VB/T1/T2: the five sections with the economy sub-sections', () => {
    const expected = [
      '1 Sammanfattande analys',
      '1 Uppföljning av Kommunfullmäktiges inriktningsmål [mål]',
      '1 Uppföljning av ekonomi',
      '2 Analys av resultaträkning - uppföljning av driftbudget',
      '2 Investeringar',
      '2 Medel för lokaländamål',
      '2 Övrigt',
      '1 Systematiskt kvalitetsarbete',
      '1 Övrigt',
    ];
    for (const type of ['VB', 'T1', 'T2'] as const) expect(shape(type)).toEqual(expected);
  });

  it('VP: Inledning with its parts, the goals, Redovisning av ekonomi', () => {
    expect(shape('VP')).toEqual([
      '1 Inledning',
      '2 Verksamhetsidé',
      '2 Verksamhetsbeskrivning',
      '2 Kvalitets- och utvecklingsarbete',
      '2 Kompetensutveckling',
      '2 Medarbetarnas delaktighet',
      '1 Kommunfullmäktiges inriktningsmål [mål]',
      '1 Redovisning av ekonomi',
      '2 Resursanvändning',
    ]);
  });
});
