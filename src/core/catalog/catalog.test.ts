import goalsData from './data/2020/goals.json';
import indicatorsData from './data/2020/indicators.json';
import { catalogFor, findGoal, findIndicator, indicatorDirection, indicatorsForGoal } from './index';
import { goalsFileSchema, indicatorsFileSchema } from './schema';

/** The shipped 2020–2021 catalog, which these tests describe. */
const C2020 = catalogFor(2020);
const { goals, indicators } = C2020;

describe('catalog data', () => {
  it('validates against the schemas', () => {
    expect(goalsFileSchema.safeParse(goalsData).success).toBe(true);
    expect(indicatorsFileSchema.safeParse(indicatorsData).success).toBe(true);
  });

  it('holds the goals seen in the seeds with their exact titles', () => {
    for (const n of ['1', '1.1', '1.4', '1.5', '2', '2.4', '2.5', '3', '3.1', '3.2']) {
      expect(goals.some((g) => g.number === n)).toBe(true);
    }
    expect(findGoal('1.5', C2020)?.title).toBe(
      'I Stockholm har äldre en tillvaro som präglas av hög kvalitet, trygghet och självbestämmande',
    );
    expect(findGoal('3', C2020)?.title).toBe('En ekonomiskt hållbar och innovativ storstad för framtiden');
  });

  it('links every indicator to a KF goal in the catalog', () => {
    for (const i of indicators) expect(findGoal(i.goal, C2020)?.level).toBe('kf-mal');
  });

  it('rejects broken data with a reason', () => {
    const dup = { ...goalsData, goals: [...goalsData.goals, goalsData.goals[0]] };
    const r = goalsFileSchema.safeParse(dup);
    expect(r.success).toBe(false);
    expect(JSON.stringify(r.error?.issues)).toContain('finns två gånger');

    const orphan = { ...goalsData, goals: [{ number: '9.1', level: 'kf-mal', parent: '9', title: 'X' }] };
    expect(goalsFileSchema.safeParse(orphan).success).toBe(false);

    const badDirection = {
      ...indicatorsData,
      indicators: [{ ...indicatorsData.indicators[0], direction: 'down' }],
    };
    expect(indicatorsFileSchema.safeParse(badDirection).success).toBe(false);

    const badGoal = { ...indicatorsData, indicators: [{ ...indicatorsData.indicators[0], goal: '1.5.' }] };
    expect(indicatorsFileSchema.safeParse(badGoal).success).toBe(false);
  });
});

describe('findGoal', () => {
  it('finds by number in the ways reports write it', () => {
    expect(findGoal('1.5.', C2020)?.number).toBe('1.5');
    expect(findGoal('1,5', C2020)?.number).toBe('1.5');
    expect(findGoal(' 2 ', C2020)?.number).toBe('2');
  });

  it('finds by title as wrapped in a seed heading, with or without its number', () => {
    expect(
      findGoal(
        '1.5. I Stockholm har äldre en tillvaro som präglas av hög kvalitet, \ntrygghet och självbestämmande',
        C2020,
      )?.number,
    ).toBe('1.5');
    expect(findGoal('stockholm är en hållbar stad med en god livsmiljö', C2020)?.number).toBe('2.5');
    expect(findGoal('1. En modern storstad med möjligheter och valfrihet för alla', C2020)?.number).toBe('1');
  });

  it('accepts a title cut off with an ellipsis when only one goal fits', () => {
    expect(findGoal('Stockholm använder skattemedlen…', C2020)?.number).toBe('3.2');
    expect(findGoal('Stockholm…', C2020)).toBeNull();
  });

  it('returns null for unknown goals', () => {
    expect(findGoal('9.9', C2020)).toBeNull();
    expect(findGoal('Enhetens medarbetare arbetar aktivt för att göra miljövänliga val', C2020)).toBeNull();
    expect(findGoal('', C2020)).toBeNull();
  });
});

describe('findIndicator', () => {
  it('matches regardless of case, line breaks and spacing', () => {
    const found = findIndicator(
      'Andel omsorgstagare som \nupplever att de kan \npåverka hur hjälpen utförs \npå vård- och \nomsorgsboende',
      C2020,
    );
    expect(found?.goal).toBe('1.5');
    expect(found?.kfArsmal).toBe('77 %');
    expect(findIndicator('SJUKFRÅNVARO DAG 1-14', C2020)?.name).toBe('Sjukfrånvaro dag 1-14');
  });

  it('treats Antalet/Antal and known aliases as the same indicator', () => {
    expect(findIndicator('Antalet aspiranter som fått Stockholmsjobb', C2020)?.name).toBe(
      'Antal aspiranter som fått Stockholmsjobb',
    );
    expect(findIndicator('Andel brukare inom socialpsykiatri som inte upplever diskriminering', C2020)?.goal).toBe(
      '1.4',
    );
  });

  it('matches a name cut off with "…" only when it is unambiguous', () => {
    expect(findIndicator('Totalt köpt energi i…', C2020)?.unit).toBe('GWh');
    expect(findIndicator('Andel trygga omsorgstagare…', C2020)).toBeNull();
  });

  it('does not match a different indicator that shares a prefix', () => {
    expect(findIndicator('Sjukfrånvaro dag 1', C2020)).toBeNull();
    expect(findIndicator('Andel ungdomar', C2020)).toBeNull();
  });

  it('carries units, gender-split expectation and KF target from the seeds', () => {
    expect(findIndicator('Klimatpåverkan från upphandlade livsmedel och måltider', C2020)?.unit).toBe(
      'kg CO2 per kg livsmedel',
    );
    expect(findIndicator('Antal tillhandahållna platser för feriejobb', C2020)?.individuals).toBe(false);
    expect(findIndicator('Andel trygga omsorgstagare i vård- och omsorgsboende', C2020)?.individuals).toBe(true);
    expect(findIndicator('Antal ungdomar som fått feriejobb i stadens regi', C2020)?.kfArsmal).toBe('9 000 st');
  });

  it('lists a goal’s indicators', () => {
    expect(indicatorsForGoal('3.2', C2020).map((i) => i.name)).toEqual(
      expect.arrayContaining(['Sjukfrånvaro', 'Sjukfrånvaro dag 1-14']),
    );
    expect(indicatorsForGoal('9', C2020)).toEqual([]);
  });
});

describe('indicatorDirection', () => {
  it('uses the catalog first', () => {
    expect(indicatorDirection('Sjukfrånvaro dag 1-14', C2020)).toBe('lower');
    expect(
      indicatorDirection(
        'Andel omsorgstagare som upplever att de kan påverka hur hjälpen utförs på vård- och omsorgsboende',
        C2020,
      ),
    ).toBe('higher');
    expect(indicatorDirection('Antal barn per grupp', C2020)).toBe('lower');
    expect(indicatorDirection('Nämndens budgetföljsamhet före resultatöverföringar', C2020)).toBe('none');
  });

  it('falls back on wording for indicators it does not know', () => {
    expect(indicatorDirection('Sjukfrånvaro korttid, kvinnor', C2020)).toBe('lower');
    expect(indicatorDirection('Klimatpåverkan från tjänsteresor', C2020)).toBe('lower');
    expect(indicatorDirection('Totalt köpt energi i förskolorna', C2020)).toBe('lower');
    expect(indicatorDirection('Andel unga vuxna med ekonomiskt bistånd', C2020)).toBe('lower');
    expect(indicatorDirection('Genomsnittlig väntetid till särskilt boende', C2020)).toBe('lower');
    expect(indicatorDirection('Andel nöjda besökare på träffpunkter', C2020)).toBe('higher');
    expect(indicatorDirection('Medelbetyg på enkät', C2020)).toBe('none');
  });
});
