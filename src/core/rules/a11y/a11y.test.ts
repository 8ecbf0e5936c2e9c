/**
 * Valid and invalid cases for every kind of the Tillgänglighet pack, on hand-built snapshots parsed
 * into the report model as the checker does, so the rules see what they see in a real check.
 */
import { ruleTester, type InvalidRuleCase, type RuleCase } from '../../../../test/rule-tester';
import { checkSnapshot, groupBySection } from '../../check';
import type { Edit } from '../../edits';
import { kindsOf } from '../types';
import { parseReport } from '../../parse/index';
import {
  emptySnapshot,
  paragraph,
  table,
  type Block,
  type DocSnapshot,
  type Paragraph,
  type Picture,
} from '../../snapshot';
import {
  A11Y_GROUP,
  a11yRules,
  altTextMissing,
  emptyParagraphs,
  fakeHeading,
  headingLevelSkipped,
  languageMissing,
  linkText,
  tableHeaderBlank,
  tableHeaderMissing,
  titleMissing,
} from './index';

const TITLE = 'Verksamhetsberättelse VB 2020 för Axelsbergs vård- och omsorgsboende';

function h(level: number, text: string): Paragraph {
  return paragraph(text, { styleId: `Heading${level}`, styleName: `heading ${level}`, outlineLevel: level });
}

function bold(text: string): Paragraph {
  return paragraph(text, { bold: true });
}

const BODY = 'Enheten har under året arbetat med att förbättra kvaliteten i omsorgen och följt upp målen.';

/** A small report: title, two sections with text; properties and language as a Word document has them. */
function doc(blocks: Block[], extra: Partial<DocSnapshot> = {}): DocSnapshot {
  return {
    ...emptySnapshot([paragraph(TITLE, { styleName: 'title' }), ...blocks]),
    properties: { title: TITLE, author: 'Anna Andersson' },
    language: { default: 'sv-SE' },
    ...extra,
  };
}

function c(name: string, snapshot: DocSnapshot): RuleCase {
  return { name, snapshot, report: parseReport(snapshot) };
}

function bad(name: string, snapshot: DocSnapshot, findings: InvalidRuleCase['findings']): InvalidRuleCase {
  return { ...c(name, snapshot), findings };
}

const SET_SWEDISH: Edit = {
  kind: 'setDefaultLanguage',
  language: 'sv-SE',
  reason: 'Dokumentets standardspråk: svenska (sv-SE)',
};

const REPORT = [h(1, 'Sammanfattande analys'), paragraph(BODY), h(2, 'Delområde'), paragraph(BODY)];

function pic(props: Partial<Picture> = {}): Picture {
  return { floating: false, description: null, title: null, decorative: false, name: 'Bild 1', ...props };
}

ruleTester(titleMissing, {
  valid: [
    c('a title property', doc(REPORT)),
    c('an adapter that does not read properties says nothing', { ...doc(REPORT), properties: undefined }),
  ],
  invalid: [
    bad('no title: fix from the report title', doc(REPORT, { properties: { title: null, author: null } }), [
      {
        messageId: 'missingWithTitle',
        kind: 'a11y-title-missing',
        subject: 'Dokumentet',
        severity: 'error',
        location: { block: 0 },
        data: { title: TITLE },
      },
    ]),
    bad(
      'no title and no report title: how to do it in Word',
      { ...emptySnapshot([paragraph(BODY)]), properties: { title: null, author: null } },
      [
        {
          messageId: 'missing',
          kind: 'a11y-title-missing',
          subject: 'Dokumentet',
          severity: 'error',
          location: { block: 0 },
          message: 'Arkiv > Info > Egenskaper > Rubrik',
        },
      ],
    ),
  ],
});

function withLanguages(snapshot: DocSnapshot, language: (block: number) => string | null): DocSnapshot {
  return {
    ...snapshot,
    blocks: snapshot.blocks.map((b, i) => (b.kind === 'paragraph' ? { ...b, language: language(i) } : b)),
  };
}

ruleTester(languageMissing, {
  valid: [
    c('a default language', doc(REPORT)),
    c(
      'no default, but every text has its own language',
      withLanguages(doc(REPORT, { language: { default: null } }), () => 'sv-SE'),
    ),
    c('Word, which cannot read it, says nothing', { ...doc(REPORT), language: undefined }),
    c(
      'no default, and a short line without a language: nine tenths of the text has one',
      withLanguages(
        doc([...REPORT, paragraph(BODY), paragraph(BODY), paragraph('Tel. 08-508 000 00')], {
          language: { default: null },
        }),
        (i) => (i === 7 ? null : 'sv-SE'),
      ),
    ),
  ],
  invalid: [
    bad('no language anywhere', doc(REPORT, { language: { default: null } }), [
      {
        messageId: 'missing',
        kind: 'a11y-language-missing',
        subject: 'Dokumentet',
        severity: 'warning',
        location: { block: 0 },
        message: 'Granska > Språk > Ange korrekturspråk',
      },
    ]),
    bad(
      'some paragraphs without',
      withLanguages(doc(REPORT, { language: { default: null } }), (i) => (i === 2 ? null : 'sv-SE')),
      [
        {
          messageId: 'partlyMissing',
          kind: 'a11y-language-missing',
          subject: 'Dokumentet',
          severity: 'warning',
          location: { block: 0 },
          data: { without: 1, total: 5 },
        },
      ],
    ),
  ],
});

ruleTester(headingLevelSkipped, {
  valid: [
    c(
      'levels one step at a time, and back up any number',
      doc([...REPORT, h(3, 'Detalj'), paragraph(BODY), h(1, 'Övrigt'), paragraph(BODY)]),
    ),
    c(
      'a first heading at level 2 is not judged',
      doc([h(2, 'Inledning'), paragraph(BODY), h(3, 'Bakgrund'), paragraph(BODY)]),
    ),
  ],
  invalid: [
    bad(
      'Rubrik 1 → Rubrik 3',
      doc([h(1, 'Sammanfattande analys'), paragraph(BODY), h(3, 'Personal'), paragraph(BODY)]),
      [
        {
          messageId: 'skipped',
          kind: 'a11y-heading-level-skipped',
          subject: 'Personal',
          severity: 'warning',
          location: { block: 3 },
          data: { heading: 'Personal', level: 3, previous: 1, expected: 2 },
        },
      ],
    ),
  ],
});

ruleTester(fakeHeading, {
  valid: [
    c('real headings', doc(REPORT)),
    c('bold emphasis inside text', doc([...REPORT, paragraph(BODY), bold('Observera särskilt'), paragraph(BODY)])),
    c('a bold lead-in with a colon', doc([...REPORT, paragraph(''), bold('Exempel:'), paragraph(BODY)])),
    c(
      'a goal label and an assessment line',
      doc([
        ...REPORT,
        paragraph(''),
        bold('Förväntat resultat'),
        paragraph(BODY),
        paragraph(''),
        bold('Uppfylls helt'),
        paragraph(BODY),
      ]),
    ),
    c(
      'several bold lines in a row',
      doc([...REPORT, paragraph(''), bold('Äldrenämnden'), bold('Avdelningen för stöd'), paragraph(BODY)]),
    ),
    c('the front page before the first heading', doc([bold('Tjänsteutlåtande'), paragraph(BODY), ...REPORT])),
    c(
      'a bold line before a short line (a list, not a section)',
      doc([...REPORT, paragraph(''), bold('Ansvariga chefer'), paragraph('Anna')]),
    ),
  ],
  invalid: [
    bad(
      'a bold line after an empty line, before body text',
      doc([...REPORT, paragraph(''), bold('Kompetensförsörjning'), paragraph(BODY)]),
      [
        {
          messageId: 'fakeHeading',
          kind: 'a11y-fake-heading',
          subject: 'Kompetensförsörjning',
          severity: 'warning',
          location: { block: 6 },
          data: { text: 'Kompetensförsörjning' },
        },
      ],
    ),
    bad(
      'a bold line right after a table',
      doc([
        ...REPORT,
        table([
          ['a', 'b'],
          ['1', '2'],
        ]),
        bold('Lokaler'),
        paragraph(BODY),
      ]),
      [
        {
          messageId: 'fakeHeading',
          kind: 'a11y-fake-heading',
          subject: 'Lokaler',
          severity: 'warning',
          location: { block: 6 },
        },
      ],
    ),
    bad(
      'a whole report without heading styles: the known section titles too',
      { ...doc([bold('Sammanfattande analys'), paragraph(BODY), paragraph(''), bold('Övrigt'), paragraph(BODY)]) },
      [
        {
          messageId: 'fakeHeading',
          kind: 'a11y-fake-heading',
          subject: 'Sammanfattande analys',
          severity: 'warning',
          location: { block: 1 },
        },
        {
          messageId: 'fakeHeading',
          kind: 'a11y-fake-heading',
          subject: 'Övrigt',
          severity: 'warning',
          location: { block: 4 },
        },
      ],
    ),
  ],
});

const withPictures = (pictures: Picture[]): DocSnapshot => doc([...REPORT, { ...paragraph(''), pictures }]);

ruleTester(altTextMissing, {
  valid: [
    c('alt text', withPictures([pic({ description: 'Diagram över sjukfrånvaron 2018–2020' })])),
    c('a title only (older Word)', withPictures([pic({ title: 'Organisationsschema' })])),
    c('decorative', withPictures([pic({ decorative: true, floating: true })])),
    c('no pictures read', doc(REPORT)),
  ],
  invalid: [
    bad(
      'inline and floating without alt text, one in a table cell',
      doc([
        ...REPORT,
        { ...paragraph(''), pictures: [pic({ name: 'Bild 1' }), pic({ name: 'Logotyp', floating: true })] },
        (() => {
          const t = table([
            ['Bild', 'Text'],
            ['', 'x'],
          ]);
          t.rows[1].cells[0].paragraphs[0].pictures = [pic({ name: null })];
          return t;
        })(),
      ]),
      [
        {
          messageId: 'missing',
          kind: 'a11y-alt-text-missing',
          subject: 'Bild 1',
          severity: 'error',
          // The in-line picture itself (Word selects it), the floating one by its paragraph.
          location: { block: 5, picture: 0 },
          data: { name: '”Bild 1”' },
        },
        {
          messageId: 'missingFloating',
          kind: 'a11y-alt-text-missing',
          subject: 'Logotyp',
          severity: 'error',
          location: { block: 5 },
          data: { name: '”Logotyp”' },
        },
        {
          messageId: 'missing',
          kind: 'a11y-alt-text-missing',
          subject: 'Bild 3',
          severity: 'error',
          location: { block: 6, row: 1, cell: 0, paragraph: 0, picture: 0 },
          data: { name: 'nummer 3' },
        },
      ],
    ),
  ],
});

function headedTable(rows: string[][], header: boolean): Block {
  const t = table(rows, { header });
  // The first row bold, as a header by its content is.
  for (const cell of t.rows[0].cells) for (const p of cell.paragraphs) p.bold = true;
  return t;
}

const BUDGET = [
  ['Verksamhet', 'Budget', 'Prognos', 'Avvikelse'],
  ['Äldreomsorg', '609,6', '613,1', '-3,5'],
  ['Totalt', '609,6', '613,1', '-3,5'],
];

ruleTester(tableHeaderMissing, {
  valid: [
    c('a header row marked', doc([...REPORT, paragraph('Tabell 1 Driftbudget'), headedTable(BUDGET, true)])),
    c(
      'a layout table (no header by content)',
      doc([
        ...REPORT,
        table([
          ['Dnr: HÄ 2020/362', 'Sida 1 (12)'],
          ['Handläggare: Anna', ''],
        ]),
      ]),
    ),
    c('a one-row table', doc([...REPORT, table([['Ensam', 'rad']])])),
  ],
  invalid: [
    bad(
      'a budget table without header row, with the fix',
      doc([...REPORT, paragraph('Tabell 1 Driftbudget'), headedTable(BUDGET, false)]),
      [
        {
          messageId: 'missing',
          kind: 'a11y-table-header-missing',
          subject: 'Tabell 1 Driftbudget',
          severity: 'error',
          location: { block: 6, row: 0 },
          data: { name: 'Tabell 1 Driftbudget' },
        },
      ],
    ),
    bad(
      'a table whose bold first row reads as a header',
      doc([
        ...REPORT,
        headedTable(
          [
            ['Namn', 'Antal'],
            ['Platser', '12'],
          ],
          false,
        ),
      ]),
      [
        {
          messageId: 'missing',
          kind: 'a11y-table-header-missing',
          subject: 'Tabellen med Namn, Antal',
          severity: 'error',
          location: { block: 5, row: 0 },
        },
      ],
    ),
  ],
});

ruleTester(tableHeaderBlank, {
  valid: [
    c('every header cell named', doc([...REPORT, headedTable(BUDGET, true)])),
    c(
      'an empty first row that is not marked as header',
      doc([
        ...REPORT,
        table([
          ['', 'Budget'],
          ['a', '1'],
        ]),
      ]),
    ),
  ],
  invalid: [
    bad(
      'a status column without a name',
      doc([
        ...REPORT,
        headedTable(
          [
            ['', 'Indikator', 'Utfall'],
            ['●', 'Sjukfrånvaro', '5 %'],
          ],
          true,
        ),
      ]),
      [
        {
          messageId: 'blankOne',
          kind: 'a11y-table-header-blank',
          subject: 'Tabellen med Indikator, Utfall',
          severity: 'warning',
          location: { block: 5, row: 0, cell: 0 },
          data: { name: 'Tabellen med Indikator, Utfall', count: 1, columns: '1' },
        },
      ],
    ),
    bad(
      'two nameless columns',
      doc([
        ...REPORT,
        headedTable(
          [
            ['', 'Indikator', ''],
            ['●', 'Sjukfrånvaro', '5 %'],
          ],
          true,
        ),
      ]),
      [
        {
          messageId: 'blankMany',
          kind: 'a11y-table-header-blank',
          subject: 'Tabellen med Indikator',
          severity: 'warning',
          location: { block: 5, row: 0, cell: 0 },
          data: { name: 'Tabellen med Indikator', count: 2, columns: '1, 3' },
        },
      ],
    ),
  ],
});

const linked = (text: string, target = 'https://start.stockholm/'): DocSnapshot =>
  doc([...REPORT, { ...paragraph(`Se ${text}.`), hyperlinks: [{ text, target }] }]);

ruleTester(linkText, {
  valid: [
    c('a link that says where it leads', linked('stadens riktlinjer för tillgänglighet')),
    c('an e-mail address', linked('registrator@stockholm.se', 'mailto:registrator@stockholm.se')),
  ],
  invalid: [
    bad('klicka här', linked('klicka här'), [
      {
        messageId: 'vague',
        kind: 'a11y-link-text',
        subject: 'klicka här',
        severity: 'warning',
        location: { block: 5 },
        data: { text: 'klicka här' },
      },
    ]),
    bad('Här.', linked('Här.'), [
      { messageId: 'vague', kind: 'a11y-link-text', subject: 'Här.', severity: 'warning', location: { block: 5 } },
    ]),
    bad('a bare address', linked('https://start.stockholm/om-stockholms-stad/'), [
      {
        messageId: 'bareAddress',
        kind: 'a11y-link-text',
        subject: 'https://start.stockholm/om-stockholms-stad/',
        severity: 'warning',
        location: { block: 5 },
        message: 'tecken för tecken',
      },
    ]),
    bad('www without scheme', linked('www.stockholm.se'), [
      {
        messageId: 'bareAddress',
        kind: 'a11y-link-text',
        subject: 'www.stockholm.se',
        severity: 'warning',
        location: { block: 5 },
      },
    ]),
  ],
});

ruleTester(emptyParagraphs, {
  valid: [
    c('two empty paragraphs', doc([...REPORT, paragraph(''), paragraph(''), paragraph(BODY)])),
    c(
      'a paragraph holding only a picture is not empty',
      doc([...REPORT, paragraph(''), { ...paragraph(''), pictures: [pic({ description: 'x' })] }, paragraph('')]),
    ),
  ],
  invalid: [
    bad(
      'three, and later five',
      doc([
        ...REPORT,
        paragraph(''),
        paragraph(' '),
        paragraph(''),
        paragraph(BODY),
        ...Array.from({ length: 5 }, () => paragraph('')),
      ]),
      [
        {
          messageId: 'empty',
          kind: 'a11y-empty-paragraphs',
          subject: '3 tomma stycken',
          severity: 'tip',
          location: { block: 5 },
          data: { count: 3 },
        },
        {
          messageId: 'empty',
          kind: 'a11y-empty-paragraphs',
          subject: '5 tomma stycken',
          severity: 'tip',
          location: { block: 9 },
          data: { count: 5 },
        },
      ],
    ),
  ],
});

describe('the Tillgänglighet pack: what Åtgärda offers', () => {
  const suggestionsOf = (snapshot: DocSnapshot): Edit[] =>
    checkSnapshot(snapshot)
      .findings.filter((f) => f.rule.startsWith('a11y-'))
      .flatMap((f) => f.suggestion ?? []);

  it('offers the title from the report, Swedish as default language and the header row — never as a fix for Räkna om', () => {
    const snapshot = doc([...REPORT, paragraph('Tabell 1 Driftbudget'), headedTable(BUDGET, false)], {
      properties: { title: null, author: null },
      language: { default: null },
    });
    expect(suggestionsOf(snapshot)).toEqual([
      { kind: 'setDocumentTitle', title: TITLE, reason: `Dokumentets rubrik: ${TITLE}` },
      SET_SWEDISH,
      {
        kind: 'markHeaderRow',
        block: 6,
        oldText: 'Verksamhet\tBudget\tPrognos\tAvvikelse',
        reason: 'Första raden blir rubrikrad: Tabell 1 Driftbudget',
      },
    ]);
    expect(checkSnapshot(snapshot).findings.filter((f) => f.rule.startsWith('a11y-') && f.fix)).toEqual([]);
  });
});

describe('the Tillgänglighet pack', () => {
  it('has exactly the kinds of the issue, one rule each, with severities as Word’s checker', () => {
    const kinds = Object.fromEntries(
      a11yRules.flatMap((r) => [...kindsOf(r.meta)].map(([kind, severities]) => [kind, severities.join(',')])),
    );
    expect(kinds).toEqual({
      'a11y-title-missing': 'error',
      'a11y-language-missing': 'warning',
      'a11y-heading-level-skipped': 'warning',
      'a11y-fake-heading': 'warning',
      'a11y-alt-text-missing': 'error',
      'a11y-table-header-missing': 'error',
      'a11y-table-header-blank': 'warning',
      'a11y-link-text': 'warning',
      'a11y-empty-paragraphs': 'tip',
    });
    for (const r of a11yRules) expect(r.meta.group).toBe(A11Y_GROUP);
  });

  it('runs in the checker and lists its findings in their own group, apart from the sections', () => {
    const snapshot = doc([...REPORT, paragraph(''), paragraph(''), paragraph('')], {
      properties: { title: null, author: null },
    });
    const { findings } = checkSnapshot(snapshot);
    const a11y = findings.filter((f) => f.rule.startsWith('a11y-'));
    expect(a11y.map((f) => f.kind).sort()).toEqual(['a11y-empty-paragraphs', 'a11y-title-missing']);
    // The section stays where the finding stands; the list groups it under Tillgänglighet.
    expect(a11y.find((f) => f.kind === 'a11y-empty-paragraphs')?.section).toBe('Sammanfattande analys');
    const groups = groupBySection(findings);
    const group = groups.find((g) => g.section === A11Y_GROUP);
    expect(group?.findings.map((f) => f.kind).sort()).toEqual(['a11y-empty-paragraphs', 'a11y-title-missing']);
    expect(
      groups
        .filter((g) => g.section !== A11Y_GROUP)
        .flatMap((g) => g.findings)
        .some((f) => f.rule.startsWith('a11y-')),
    ).toBe(false);
  });
});
