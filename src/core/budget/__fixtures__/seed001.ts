/**
 * The budget tables of seed 001 (Tertialrapport 1 2020, Hägersten-Liljeholmen, pages 70–72), typed
 * from the report's own figures, with its real quirks: "-1" beside "0,0", a row with a missing cell,
 * "747560" without a thousands space in the Summa row.
 */
import { table, Table } from '../../snapshot';

export const DRIFT_HEADER = [
  'Mnkr',
  'Budget 2020\n(netto)',
  'Begärda\nbudgetjusteringar',
  'Prognos 2020\n(föreresultat-\növerföringar)',
  'Prognos 2020\n(efter resultat\növerföringar)',
  'Avvikelse (+/-)',
];

export const DRIFT_ROWS: string[][] = [
  ['Nämnd och\nadministration', '53,8', '0', '53,8', '53,8', '0'],
  ['Individ-\nochfamiljeomsorg', '172,9', '0', '173,9', '173,9', '-1'],
  ['varav socialpsykiatri', '50,6', '0', '50,6', '50,6', '0'],
  ['varav vuxen', '27', '0', '28', '28', '-1'],
  ['varav barn och ungdom', '95,3', '0', '95,3', '95,3', '0'],
  ['varav flykting', '0', '0', '0', '0', '0'],
  ['Stadsmiljöverksamhet', '14,7', '0', '14,7', '14,7', '0'],
  ['avskrivningar', '10,5', '0', '10,5', '10,5', '0'],
  ['internräntor', '0,8', '0', '0,8', '0,8', '0'],
  ['Förskoleverksamhet', '686,4', '', '682,9', '682,9', '3,5'],
  ['Äldreomsorg', '609,6', '0', '613,1', '613,1', '-3,5'],
  ['Stöd och service\ntillpersoner med\nfunktionsnedsättning', '354,9', '0', '354,9', '354,9', '0'],
  ['Barn, kultur och fritid', '24,6', '0', '23,6', '23,6', '1'],
  ['Arbetsmarknadsåtgärder', '12,6', '0', '12,6', '12,6', '0'],
  ['Ekonomiskt bistånd', '77,1', '0', '77,1', '77,1', '0'],
  ['Övrig verksamhet', '0', '0', '0', '0', '0'],
  ['Totalt', '2017,9', '0', '2017,9', '2017,9', '0,0'],
];

export function driftTable(rows: string[][] = DRIFT_ROWS): Table {
  return table([DRIFT_HEADER, ...rows]);
}

export const NETTO_ROWS: string[][] = [
  ['Mnkr', 'Budget 2020', 'Begärda\nbudgetjusteringar', 'Prognos Tertial/2020', 'Avvikelse'],
  ['Anslag för nämndens\nverksamhet (netto)', '2017,9', '', '2017,9', ''],
  ['Intäkter', '-294,3', '', '-316,3', '22,0'],
  ['Kostnader', '2 312,2', '', '2 334,2', '-22,0'],
  ['Prognos/avvikelse före\nresultatdispositioner', '', '', '', '0,0'],
  ['Resultatenheterna\növerskott från 2019', '', '', '', '16,5'],
  ['Resultatenheterna\növerskott till 2021', '', '', '', '-16,5'],
  ['Prognos/avvikelse efter\nresultatdispositioner', '', '', '', '0,0'],
];

export const RESULTATENHETER_ROWS: string[][] = [
  [
    'Resultatenhetens\nnamn',
    'Resultat-\nenheternas\nbruttobudget\n2020',
    'Varav 5 % av\nresultat-\nenheternas\nbruttobudget\n2020',
    'Resultat-\növerföring från\n2019Överskott (-\n)Underskott(+)',
    'Beräknat\nresultat 2020\nÖverskott (-)\nUnderskott (+)',
    'Beräknad\nresultatöverföring\ntill 2021 (max 10\n%)Överskott\n(+)Underskott(-)',
  ],
  ['Hägerstensåsens\nförskolor', '48 712', '2 436', '-756', '0', '756'],
  ['Fruängens förskolor', '43 718', '2 186', '-1 320', '0', '1 320'],
  ['Västertorp och\nMälarhöjdens\nförskolor', '65 609', '3 280', '309', '0', '-309'],
  ['Axelsbergs förskolor', '49 870', '2 494', '272', '0', '-272'],
  ['Telefonplans\nförskolor', '58 014', '2 901', '-2', '0', '2'],
  ['Årstadals förskolor', '47 761', '2 388', '-360', '0', '360'],
  ['Årstabergs förskolor', '82 650', '4 133', '-1 447', '0', '1 447'],
  ['Aspuddens förskolor', '50 840', '2 542', '-10', '0', '10'],
  ['Gröndals förskolor', '83 478', '4 174', '-1 584', '0', '1 584'],
  ['Midsommarkransens\nförskolor', '57 955', '2 898', '-312', '0', '312'],
  ['Hägersten\nLiljeholmens\ngruppbostäder', '102 165', '5 108', '-5 593', '0', '5 593'],
  ['Liljeholmens dagliga\nverksamhet', '35 788', '1 789', '-3 561', '-18', '3 579'],
  ['Glasade gångens\ndagliga verksamhet', '21 000', '1 050', '-2 118', '18', '2 100'],
  ['Summa\nresultatenheter', '747560', '37379', '-16482', '0', '16482'],
];

export const INVESTERINGAR_ROWS: string[][] = [
  ['Mnkr, netto', 'Budget 2020', 'Prognos tertial 2020', 'Budgetjusteringar', 'Avvikelse'],
  ['Parkinvesteringar', '4,5', '4,5', '', '0,0'],
  ['Reinvesteringar', '4,5', '4,5', '', '0,0'],
  ['Investeringar med\nnycklade medel', '7,0', '7,0', '', '0,0'],
  ['Inventarier och\nmaskiner', '2,2', '7,6', '5,4', '0,0'],
  ['Klimatinvesteringar', '5,0', '5,0', '0,0', '0,0'],
  ['Trygghetsinvesteringar', '1,2', '1,2', '0,0', '0,0'],
  ['Totalt', '24,4', '29,8', '5,4', '0,0'],
];

export const OMSLUTNING_ROWS: string[][] = [
  ['Omslutningsförändring (mnkr)', 'Kostnader', 'Intäkter'],
  ['Förskoleverksamhet', '', ''],
  ['Statsbidrag (mindre barngrupper, språkutveckling)', '4,0', '-4,0'],
  ['Kompetensutv.medel samt vikarieersättning', '3,0', '-3,0'],
  ['Summa', '7,0', '-7,0'],
];

/** Other tables of the same pages that are not budget tables (they have a "Totalt" row too). */
export const FORSKOLEBARN_ROWS: string[][] = [
  ['Förskolebarn', 'Jan', 'Feb', 'Mar', 'Apr', 'Maj'],
  ['Små barn 1-3 år', '1 890', '1 909', '1 963', '1 971', ''],
  ['Stora barn 4-5 år', '2 998', '2 990', '2 982', '2 975', ''],
  ['Totalt', '4 888', '4 899', '4 945', '4 946', ''],
];

/** Replaces one cell's text in a copy of a row list. */
export function withCell(rows: string[][], label: string, cell: number, text: string): string[][] {
  let found = false;
  const out = rows.map((r) => {
    if (r[0] !== label) return r;
    found = true;
    return r.map((c, i) => (i === cell ? text : c));
  });
  if (!found) throw new Error(`no row ${label}`);
  return out;
}
