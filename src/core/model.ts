/**
 * The report model: what a snapshot means as a Stockholm unit report (VB, T1, T2, VP).
 * Built by `parse/` from a `DocSnapshot`; read by the check rules, the budget and TOC modules.
 * Every element keeps the `Loc` of where it stands and its text, so a finding can select it.
 */
import type { ParsedValue } from './numbers/swedish';
import type { Loc } from './snapshot';

export type ReportType = 'VB' | 'T1' | 'T2' | 'VP';

/** A piece of text in the document and where it is. For multi-paragraph texts, `loc` is the first block. */
export interface TextRef {
  text: string;
  loc: Loc;
}

export type AssessmentValue = 'helt' | 'delvis' | 'inte' | 'ingen';

export interface Assessment {
  /** As written, e.g. "● Uppfylls delvis" or "Ingen". */
  raw: string;
  /** null when the text is not one of the known assessments. */
  value: AssessmentValue | null;
  loc: Loc;
}

export interface Heading {
  text: string;
  level: number;
  loc: Loc;
  /** How it was recognised: a heading style / outline level, or the report layout (labels, known titles, bold). */
  source: 'style' | 'layout';
  /**
   * Recognised only as a short bold line in a document without heading styles: the weakest evidence.
   * Such a line may be a real heading or just emphasis, so it is never reported missing from a TOC.
   */
  guessed?: true;
}

export interface Section {
  title: string;
  level: number;
  loc: Loc;
  /** Blocks that belong to the section, its subsections included: [fromBlock, toBlock] inclusive. */
  fromBlock: number;
  toBlock: number;
  /** True when some block between the heading and the first subsection (or the end) has text. */
  hasOwnContent: boolean;
  children: Section[];
}

export type IndicatorColumn =
  | 'status'
  | 'indikator'
  | 'utfall'
  | 'utfallMan'
  | 'utfallKvinnor'
  | 'utfallForegaende'
  | 'prognos'
  | 'arsmal'
  | 'kfArsmal'
  | 'period'
  | 'periodicitet';

export interface IndicatorValue {
  column: IndicatorColumn;
  parsed: ParsedValue;
  loc: Loc;
}

export interface Indicator {
  name: string;
  loc: Loc;
  /** Status symbol or label in the first narrow column, when present. */
  status: string | null;
  values: Partial<Record<IndicatorColumn, IndicatorValue>>;
  analys: TextRef | null;
}

export interface IndicatorTable {
  layout: 'VB/T' | 'VP';
  /** Block index of the table. */
  block: number;
  /** Column of each header cell, in order (null for a column not recognised). */
  columns: (IndicatorColumn | null)[];
  indicators: Indicator[];
}

export interface Activity {
  text: string;
  loc: Loc;
  start: TextRef | null;
  end: TextRef | null;
  /** The Avvikelse cell says "Avvikelse" (or a deviation symbol). */
  deviation: boolean;
  analys: TextRef | null;
}

export interface ActivityTable {
  layout: 'VB/T' | 'VP';
  block: number;
  activities: Activity[];
}

export interface VpParts {
  arbetssatt: TextRef | null;
  resursanvandning: TextRef | null;
  uppfoljning: TextRef | null;
  utveckling: TextRef | null;
}

export interface Enhetsmal {
  title: string;
  loc: Loc;
  assessment: Assessment | null;
  forvantatResultat: TextRef | null;
  analys: TextRef | null;
  vp: VpParts;
  activityTables: ActivityTable[];
  indicatorTables: IndicatorTable[];
}

export interface Namndmal {
  title: string;
  loc: Loc;
  assessment: Assessment | null;
  beskrivning: TextRef | null;
  forvantatResultat: TextRef | null;
  analys: TextRef | null;
  activityTables: ActivityTable[];
  indicatorTables: IndicatorTable[];
  enhetsmal: Enhetsmal[];
}

export interface KfMal {
  /** "1.5" (normalised, no trailing dot), or null when the title has no number. */
  number: string | null;
  title: string;
  loc: Loc;
  assessment: Assessment | null;
  analys: TextRef | null;
  indicatorTables: IndicatorTable[];
  /**
   * Activity tables directly under the KF goal, before its first "Nämndmål:" (the city's own
   * activities for the goal, as in seed 001). Activities of a nämndmål stay on the nämndmål.
   */
  activityTables: ActivityTable[];
  namndmal: Namndmal[];
}

export interface Inriktningsmal {
  number: string | null;
  title: string;
  loc: Loc;
  kfMal: KfMal[];
}

export interface FrontMatter {
  dnr: TextRef | null;
  date: TextRef | null;
  handlaggare: TextRef | null;
  till: TextRef | null;
  telefon: TextRef | null;
}

export interface TocEntry {
  text: string;
  level: number;
  page: string | null;
  loc: Loc;
}

export interface Toc {
  kind: 'field' | 'styled' | 'typed';
  /** The "Innehållsförteckning" heading, when there is one. */
  heading: TextRef | null;
  /** Blocks holding the entries (field result, TOC-styled or typed paragraphs): inclusive range. */
  fromBlock: number;
  toBlock: number;
  entries: TocEntry[];
  /** Field instruction, for kind 'field'. */
  instruction: string | null;
}

/** A table that is neither an indicator nor an activity table (budget tables among them). */
export interface OtherTable {
  block: number;
  /** Title of the section it stands in. */
  section: string | null;
  /** Text of the paragraph just before the table (often its caption, e.g. "Tabell 3 Resultatenheter"). */
  caption: string | null;
}

export interface Report {
  type: ReportType | null;
  year: number | null;
  unit: string | null;
  title: TextRef | null;
  frontMatter: FrontMatter;
  /** All headings of levels 1–9 in document order, the TOC's own entries excluded. */
  headings: Heading[];
  sections: Section[];
  goals: Inriktningsmal[];
  toc: Toc | null;
  otherTables: OtherTable[];
  /** Notes from parsing for the user, e.g. "Dokumentet ser inte ut som en rapport". */
  warnings: string[];
}
