/**
 * The user's own indicators: their direction is stored in the document (`rapportstodIndicators`),
 * both adapters read it into the snapshot, and the rules judge the indicator by it.
 */
import { catalogFor } from '../src/core/catalog/index';
import { checkSnapshot } from '../src/core/check';
import { renderKfGoal, emptyIndicatorRow } from '../src/core/blocks';
import { heading, para } from '../src/core/ooxml/builders';
import type { CustomIndicator, DocSnapshot } from '../src/core/snapshot';
import {
  CUSTOM_INDICATORS_SETTING,
  directionWith,
  mergeCustomIndicators,
  parseCustomIndicators,
} from '../src/core/catalog/custom';
import { applyEdits as applyDocxEdits, CUSTOM_INDICATORS_REFUSAL, readDocx } from '../src/docx';
import { buildDocx } from '../src/docx/test-support';
import { fakeOfficePerTest } from '../src/word/test-helpers';
import { applyEdits as applyWordEdits } from '../src/word/apply';
import { readOpenDocument } from '../src/word/read';
import type { Edit } from '../src/core/edits';
import { ownIndicatorRow } from '../src/core/blocks/indicator-rows';
import { parseOwnIndicators } from '../src/core/blocks/own-indicators';

const FALL = 'Antal fallolyckor i boendet';
const WE_NS = 'http://schemas.microsoft.com/office/webextensions/webextension/2010/11';

function webextension(properties: Record<string, string>): string {
  const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  const props = Object.entries(properties)
    .map(([k, v]) => `<we:property name="${k}" value="${esc(v)}"/>`)
    .join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><we:webextension xmlns:we="${WE_NS}" id="{52811C31-4593-43B8-A697-EB873422D156}"><we:reference id="rapportstod" version="1.0.0.0" store="developer" storeType="Registry"/><we:alternateReferences/><we:properties><we:property name="Office.AutoShowTaskpaneWithDocument" value="true"/>${props}</we:properties><we:bindings/><we:snapshot xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"/></we:webextension>`;
}

/**
 * A VB 2020 with one KF goal whose table holds the unit's own indicator: 12 falls against a target
 * of 8, no Analys. "Antal …" reads as "higher is better" to the wording heuristics, so only a stored
 * "lower" makes this a miss.
 */
function reportBody(): string {
  const goal = renderKfGoal({
    reportType: 'VB',
    year: 2020,
    inriktningsmal: { number: '1', title: 'En modern storstad med möjligheter och valfrihet för alla' },
    kfMal: {
      number: '1.5',
      title: 'I Stockholm har äldre en tillvaro som präglas av hög kvalitet, trygghet och självbestämmande',
    },
    assessment: null,
    analys: '',
    indicators: [
      { ...emptyIndicatorRow(FALL), unit: 'st', direction: 'lower', utfall: '12', arsmal: '8', period: 'VB 2020' },
    ],
    namndmal: [],
  });
  return [
    para('Verksamhetsberättelse VB 2020 för Axelsbergs vård- och omsorgsboende', { style: 'Title' }),
    heading('Uppföljning av Kommunfullmäktiges inriktningsmål', 1, 'Heading1'),
    goal,
  ].join('');
}

function docxWith(custom?: CustomIndicator[] | string): DocSnapshot {
  const extra: Record<string, string> =
    custom === undefined
      ? {}
      : {
          'word/webextensions/webextension1.xml': webextension({
            [CUSTOM_INDICATORS_SETTING]: typeof custom === 'string' ? custom : JSON.stringify(custom),
          }),
        };
  return readDocx(buildDocx({ body: reportBody(), extra })).snapshot;
}

const lower: CustomIndicator = { name: FALL, unit: 'st', direction: 'lower', aboutIndividuals: false };
const higher: CustomIndicator = { ...lower, direction: 'higher' };

function analysisMissing(snapshot: DocSnapshot) {
  return checkSnapshot(snapshot).findings.filter((f) => f.kind === 'analysis-missing' && f.subject === FALL);
}

describe('the stored direction decides whether an own indicator misses its target', () => {
  it('reads rapportstodIndicators from the web-extension part of a .docx', () => {
    const snap = docxWith([lower]);
    expect(snap.settings.customIndicators).toEqual([lower]);
    expect(snap.warnings).toEqual([]);
    // The table really holds the indicator with the unit the renderer gave its bare numbers.
    const cells = snap.blocks.flatMap((b) => (b.kind === 'table' ? b.rows.map((r) => r.cells.map((c) => c.text)) : []));
    expect(cells).toContainEqual([FALL, '12 st', '', '', '', '', '8 st', '', 'VB 2020']);
  });

  it('gives an analysis-missing error for a "lower is better" indicator above its target without Analys', () => {
    const found = analysisMissing(docxWith([lower]));
    expect(found).toHaveLength(1);
    expect(found[0].severity).toBe('error');
    expect(found[0].message).toMatch(/Utfallet 12 st når inte årsmålet 8 st \(lägre är bättre\)/);
  });

  it('gives none when the stored direction is "higher", and none without a stored list (the wording says higher)', () => {
    expect(analysisMissing(docxWith([higher]))).toEqual([]);
    const bare = docxWith();
    expect(bare.settings.customIndicators).toBeUndefined();
    expect(analysisMissing(bare)).toEqual([]);
  });

  it('the stored definition wins over the catalog', () => {
    expect(directionWith('Sjukfrånvaro', undefined, catalogFor(2020))).toBe('lower');
    expect(
      directionWith(
        'Sjukfrånvaro',
        [{ name: 'sjukfrånvaro', unit: '%', direction: 'none', aboutIndividuals: false }],
        catalogFor(2020),
      ),
    ).toBe('none');
  });

  it('an own indicator about people needs the gender split; one that is not does not', () => {
    const genderFindings = (c: CustomIndicator) =>
      checkSnapshot(docxWith([c])).findings.filter((f) => f.kind === 'gender-split-missing' && f.subject === FALL);
    expect(genderFindings({ ...higher, aboutIndividuals: true })).toHaveLength(1);
    expect(genderFindings(higher)).toEqual([]);
  });

  it('warns in Swedish about an unreadable list and keeps reading the report', () => {
    const snap = docxWith('[{"name": "x", "direction": "uppåt"}]');
    expect(snap.settings.customIndicators).toBeUndefined();
    expect(snap.warnings.join(' ')).toMatch(/egna indikatorer .* kunde inte läsas/);
    expect(snap.blocks.length).toBeGreaterThan(3);
  });

  it('the .docx adapter refuses to store them, in Swedish, and still applies the other edits', () => {
    const doc = readDocx(buildDocx({ body: reportBody() }));
    const edits: Edit[] = [
      { kind: 'setCustomIndicators', indicators: [lower], reason: 'Egna indikatorer' },
      { kind: 'insertBlocks', after: -1, ooxml: para('Inledning'), reason: 'Infoga' },
    ];
    const result = applyDocxEdits(doc, edits);
    expect(result.applied).toEqual([edits[1]]);
    expect(result.refused).toEqual([{ edit: edits[0], reason: CUSTOM_INDICATORS_REFUSAL }]);
    expect(readDocx(result.bytes).snapshot.blocks[0]).toMatchObject({ kind: 'paragraph', text: 'Inledning' });
  });
});

describe('parsing and merging the stored list', () => {
  it('accepts an array, its JSON and JSON-in-JSON; refuses anything else', () => {
    expect(parseCustomIndicators([lower])).toEqual({ indicators: [lower], ok: true });
    expect(parseCustomIndicators(JSON.stringify([lower]))).toEqual({ indicators: [lower], ok: true });
    expect(parseCustomIndicators(JSON.stringify(JSON.stringify([lower])))).toEqual({ indicators: [lower], ok: true });
    expect(parseCustomIndicators('{inte json')).toEqual({ indicators: [], ok: false });
    expect(parseCustomIndicators([{ name: '', unit: '', direction: 'lower', aboutIndividuals: false }]).ok).toBe(false);
    expect(parseCustomIndicators(null)).toEqual({ indicators: [], ok: true });
  });

  it('merges by name: a new definition replaces the old one, others stay', () => {
    const other: CustomIndicator = { name: 'Antal hembesök', unit: 'st', direction: 'higher', aboutIndividuals: true };
    expect(mergeCustomIndicators([lower, other], [{ ...higher, name: '  antal  FALLOLYCKOR i boendet ' }])).toEqual([
      other,
      { ...higher, name: 'antal  FALLOLYCKOR i boendet' },
    ]);
  });
});

describe('the Word adapter keeps them in the document settings', () => {
  const setup = fakeOfficePerTest();

  it('writes rapportstodIndicators with the insertion, merged into what is stored, and reads it back', async () => {
    const start = docxWith();
    const fake = setup(start);
    const other: CustomIndicator = { name: 'Antal hembesök', unit: 'st', direction: 'higher', aboutIndividuals: true };
    fake.Office.context.document.settings.set(CUSTOM_INDICATORS_SETTING, [other]);
    const edits: Edit[] = [
      { kind: 'insertBlocks', after: 0, ooxml: para('Ny text'), reason: 'Infoga' },
      { kind: 'setCustomIndicators', indicators: [lower], reason: 'Egna indikatorer' },
    ];
    const result = await applyWordEdits(fake.context(), edits, { atomic: true });
    expect(result).toEqual({ applied: edits, refused: [] });
    expect(fake.doc.savedSettings[CUSTOM_INDICATORS_SETTING]).toEqual([other, lower]);
    const reread = await readOpenDocument(fake.context());
    expect(reread.snapshot.settings.customIndicators).toEqual([other, lower]);
    expect(analysisMissing(reread.snapshot)).toHaveLength(1);
  });

  it('reads no list as undefined and an unreadable one with a Swedish warning', async () => {
    const fake = setup(docxWith());
    expect((await readOpenDocument(fake.context())).snapshot.settings.customIndicators).toBeUndefined();
    fake.Office.context.document.settings.set(CUSTOM_INDICATORS_SETTING, '{inte json');
    const snap = (await readOpenDocument(fake.context())).snapshot;
    expect(snap.settings.customIndicators).toBeUndefined();
    expect(snap.warnings.join(' ')).toMatch(/egna indikatorer/);
  });

  it('stores nothing when the insertion it goes with is refused (all or nothing)', async () => {
    // Word 2016 without WordApi 1.3 cannot insert OOXML.
    const fake = setup(docxWith(), { requirementSets: { WordApi: '1.1' } });
    const edits: Edit[] = [
      { kind: 'insertBlocks', after: 'selection', ooxml: para('Ny text'), reason: 'Infoga' },
      { kind: 'setCustomIndicators', indicators: [lower], reason: 'Egna indikatorer' },
    ];
    const result = await applyWordEdits(fake.context(), edits, { atomic: true });
    expect(result.applied).toEqual([]);
    expect(result.refused.map((r) => r.edit)).toEqual(edits);
    expect(fake.doc.savedSettings[CUSTOM_INDICATORS_SETTING]).toBeUndefined();
  });
});

describe('own indicators typed in the Infoga form', () => {
  it('reads name, unit, direction and people from each line', () => {
    expect(
      parseOwnIndicators(
        'Antal fallolyckor i boendet; st; lägre; nej\n\nAndel boende ute dagligen\t%\thögre är bättre\tja\nNämndens kostnad per plats; kr; ingen',
      ),
    ).toEqual({
      indicators: [
        { name: 'Antal fallolyckor i boendet', unit: 'st', direction: 'lower', aboutIndividuals: false },
        { name: 'Andel boende ute dagligen', unit: '%', direction: 'higher', aboutIndividuals: true },
        { name: 'Nämndens kostnad per plats', unit: 'kr', direction: 'none', aboutIndividuals: false },
      ],
      errors: [],
    });
  });

  it('names the line of each problem in Swedish', () => {
    const r = parseOwnIndicators(
      'Antal fall; st; uppåt; nej\n; st; lägre\nAntal hembesök; st; högre; kanske\nSjukfrånvaro; %; lägre; nej\nantal FALL; st; lägre',
      ['Sjukfrånvaro'],
    );
    expect(r.errors).toEqual([
      'Rad 1: riktningen "uppåt" ska vara högre, lägre eller ingen.',
      'Rad 2: indikatorns namn saknas.',
      'Rad 3: skriv ja eller nej för om Antal hembesök gäller personer.',
      'Rad 4: Sjukfrånvaro finns redan i tabellen.',
    ]);
    expect(r.indicators).toEqual([{ name: 'antal FALL', unit: 'st', direction: 'lower', aboutIndividuals: false }]);
  });

  it('an own row keeps unit and direction, and gets the report period', () => {
    expect(ownIndicatorRow(lower, 'T1', 2020)).toMatchObject({
      name: FALL,
      unit: 'st',
      direction: 'lower',
      period: 'Tertial 1 2020',
    });
  });
});
