/**
 * The one mapping between Word's built-in styles and their Swedish names, used by both readers, the
 * Word adapter's style part and the .docx writer. Word identifies a built-in style by its English
 * name (`heading 1`) whatever the UI language; a Swedish Word shows `Rubrik 1` and derives the id
 * `Rubrik1` from it (non-ASCII letters dropped), and documents from other tools sometimes carry the
 * Swedish name itself. Pure data and functions (no Office, DOM or Node).
 */

export interface BuiltInStyle {
  /** Word's English style id (`Heading1`, `TOC1`). */
  id: string;
  /** Word's built-in English name, as `w:name` writes it (`heading 1`, `TOC Heading`). */
  name: string;
  /** The name a Swedish Word shows (`Rubrik 1`). */
  svName: string;
}

const headings = [1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => ({
  id: `Heading${n}`,
  name: `heading ${n}`,
  svName: `Rubrik ${n}`,
}));
const tocs = [1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => ({ id: `TOC${n}`, name: `toc ${n}`, svName: `Innehåll ${n}` }));

export const BUILT_IN_STYLES: readonly BuiltInStyle[] = [
  { id: 'Normal', name: 'Normal', svName: 'Normal' },
  { id: 'Title', name: 'Title', svName: 'Rubrik' },
  { id: 'Subtitle', name: 'Subtitle', svName: 'Underrubrik' },
  ...headings,
  ...tocs,
  { id: 'TOCHeading', name: 'TOC Heading', svName: 'Innehållsförteckningsrubrik' },
  { id: 'BodyText', name: 'Body Text', svName: 'Brödtext' },
  { id: 'ListParagraph', name: 'List Paragraph', svName: 'Liststycke' },
  { id: 'Header', name: 'header', svName: 'Sidhuvud' },
  { id: 'Footer', name: 'footer', svName: 'Sidfot' },
  { id: 'Caption', name: 'caption', svName: 'Beskrivning' },
  { id: 'FootnoteText', name: 'footnote text', svName: 'Fotnotstext' },
  { id: 'TableGrid', name: 'Table Grid', svName: 'Tabellrutnät' },
  { id: 'NoList', name: 'No List', svName: 'Ingen lista' },
  { id: 'DefaultParagraphFont', name: 'Default Paragraph Font', svName: 'Standardstycketeckensnitt' },
  { id: 'TableNormal', name: 'Normal Table', svName: 'Normal tabell' },
  { id: 'NoSpacing', name: 'No Spacing', svName: 'Ingen avgränsning' },
  { id: 'Quote', name: 'Quote', svName: 'Citat' },
  { id: 'IntenseQuote', name: 'Intense Quote', svName: 'Starkt citat' },
  { id: 'Hyperlink', name: 'Hyperlink', svName: 'Hyperlänk' },
  { id: 'CommentText', name: 'annotation text', svName: 'Kommentarstext' },
  { id: 'BalloonText', name: 'Balloon Text', svName: 'Ballongtext' },
];

/** The id Word gives a style it creates under `name`: the name without spaces and non-ASCII letters (`Innehåll 1` → `Innehll1`). */
export function styleIdFromName(name: string): string {
  return name.replace(/[^A-Za-z0-9]/g, '');
}

const lowerName = (name: string): string => name.trim().toLowerCase().replace(/\s+/g, ' ');

const BY_NAME: ReadonlyMap<string, string> = new Map([
  ...BUILT_IN_STYLES.flatMap((s): [string, string][] => [
    [lowerName(s.name), lowerName(s.name)],
    [lowerName(s.svName), lowerName(s.name)],
  ]),
  // An older Swedish name of the TOC's title style.
  ['rubrik på innehållsförteckning', 'toc heading'],
]);

/**
 * Word's lower-case English name of the built-in style with this English or Swedish name (`Rubrik 1`,
 * `heading 1`, `Liststycke` → `heading 1`, …, `list paragraph`), or null for a style this table does
 * not know (custom styles among them).
 */
export function builtInNameOf(name: string): string | null {
  const raw = lowerName(name);
  // Headings and TOC levels with or without the space, and "Innehållsförteckning 1" as some tools write it.
  const heading = /^(?:rubrik|heading) ?([1-9])$/.exec(raw);
  if (heading) return `heading ${heading[1]}`;
  const toc = /^(?:innehållsförteckning|innehåll|toc) ?([1-9])$/.exec(raw);
  if (toc) return `toc ${toc[1]}`;
  return BY_NAME.get(raw) ?? null;
}

/** The lower-case English name for a style id a Swedish or English Word derives (`Rubrik1`, `Innehll2`, `TOC3`), or null. */
export function builtInNameOfId(id: string): string | null {
  const heading = /^(?:Rubrik|Heading)([1-9])$/i.exec(id);
  if (heading) return `heading ${heading[1]}`;
  const toc = /^(?:Innehll|Innehåll|TOC)([1-9])$/i.exec(id);
  if (toc) return `toc ${toc[1]}`;
  return null;
}

/**
 * Word's English id of the built-in heading style of a level (`Heading2`): what the core's writers
 * use by default; an adapter maps it to the document's own id (a Swedish Word's `Rubrik2`).
 */
export function headingStyleId(level: number): string {
  const style = headings[level - 1];
  if (!style) throw new Error(`Rubriknivå ${level} finns inte (1–9).`);
  return style.id;
}

/** Word's English id of the built-in TOC style of a level (`TOC2`). */
export function tocStyleId(level: number): string {
  const style = tocs[level - 1];
  if (!style) throw new Error(`Innehållsförteckningsnivå ${level} finns inte (1–9).`);
  return style.id;
}

/** Word's English id of a built-in style the table lists (`Title`, `TOCHeading`); throws for one it does not. */
export function builtInStyleId(id: string): string {
  const style = builtInStyle(id);
  if (!style) throw new Error(`${id} är inte en inbyggd formatmall i tabellen.`);
  return style.id;
}

/** The built-in style with this English id (`Heading1`), or null. */
export function builtInStyle(id: string): BuiltInStyle | null {
  return BUILT_IN_STYLES.find((s) => s.id === id) ?? null;
}

/** The id a Swedish Word gives a built-in style (`Heading1` → `Rubrik1`, `TOCHeading` → `Innehllsfrteckningsrubrik`). */
export function swedishStyleId(id: string): string | null {
  const s = builtInStyle(id);
  return s ? styleIdFromName(s.svName) : null;
}
