/**
 * The styles part of an `insertOoxml` package, and the document's own ids for Word's built-in styles.
 *
 * Microsoft's "Create better add-ins for Word with Office Open XML", section "Working with styles"
 * (https://learn.microsoft.com/office/dev/add-ins/word/create-better-add-ins-for-word-with-office-open-xml#working-with-styles):
 * a style referenced in document.xml takes effect only when the package carries a styles.xml part
 * defining it; a minimal definition is enough, and a style that already exists in the document keeps
 * the document's definition. Without the part our headings would arrive as Normal text, missing from
 * Word's TOC and navigation pane. So each package carries exactly the styles its body uses.
 *
 * A Swedish Word names its built-in styles `Rubrik 2` and gives them the id `Rubrik2` (the name without
 * spaces and non-ASCII letters); an English one `Heading 2` / `Heading2`. The id is what `w:pStyle`
 * refers to, so the package uses the document's own id where the adapter could learn it, and always
 * the built-in English name (`heading 2`), which is how Word identifies a built-in style whatever the
 * id (python-docx's analysis of Word's styles: "a style is identified by its name, not its styleId",
 * https://python-docx.readthedocs.io/en/latest/dev/analysis/features/styles/styles.html).
 */
import { escapeXml } from '../core/ooxml/builders';
import { styleIdFromName, swedishStyleId } from '../core/ooxml/style-names';

interface StyleDefinition {
  type: 'paragraph' | 'table';
  /** Word's built-in English name (lower case, as Word writes it in styles.xml), or a custom style's name. */
  name: string;
  /** `Word.BuiltInStyleName` value (`Heading2`), absent for custom styles. */
  builtIn?: string;
  /** CT_Style children after w:name and w:basedOn, in schema order. */
  body: string;
}

const TOC_TAB = '<w:tabs><w:tab w:val="right" w:leader="dot" w:pos="9070"/></w:tabs>';
const BORDER = (side: string): string => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="A6A6A6"/>`;

const heading = (level: number, size: number): StyleDefinition => ({
  type: 'paragraph',
  name: `heading ${level}`,
  builtIn: `Heading${level}`,
  body:
    '<w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/>' +
    `<w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="240" w:after="120"/><w:outlineLvl w:val="${level - 1}"/></w:pPr>` +
    `<w:rPr><w:b/><w:bCs/><w:sz w:val="${size}"/><w:szCs w:val="${size}"/></w:rPr>`,
});

const toc = (level: number): StyleDefinition => ({
  type: 'paragraph',
  name: `toc ${level}`,
  builtIn: `Toc${level}`,
  body:
    '<w:next w:val="Normal"/><w:uiPriority w:val="39"/>' +
    `<w:pPr>${TOC_TAB}<w:spacing w:after="60"/>${level > 1 ? `<w:ind w:left="${(level - 1) * 220}"/>` : ''}</w:pPr>`,
});

/** Minimal definitions of every style the core's blocks, skeletons and TOC rebuild refer to, by English id. */
export const STYLE_DEFINITIONS: Record<string, StyleDefinition> = {
  Title: {
    type: 'paragraph',
    name: 'Title',
    builtIn: 'Title',
    body:
      '<w:next w:val="Normal"/><w:uiPriority w:val="10"/><w:qFormat/><w:pPr><w:spacing w:before="240" w:after="240"/></w:pPr>' +
      '<w:rPr><w:b/><w:bCs/><w:sz w:val="36"/><w:szCs w:val="36"/></w:rPr>',
  },
  Heading1: heading(1, 28),
  Heading2: heading(2, 24),
  Heading3: heading(3, 22),
  TOCHeading: {
    type: 'paragraph',
    name: 'TOC Heading',
    builtIn: 'TocHeading',
    // Outline level 9 (body text) keeps the TOC's own title out of the TOC, as Word's style does.
    body: '<w:next w:val="Normal"/><w:uiPriority w:val="39"/><w:qFormat/><w:pPr><w:outlineLvl w:val="9"/></w:pPr><w:rPr><w:b/><w:bCs/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr>',
  },
  TOC1: toc(1),
  TOC2: toc(2),
  TOC3: toc(3),
  // The city's table style: a custom style, so its id and name are the same in every language.
  Rapporttabell: {
    type: 'table',
    name: 'Rapporttabell',
    body:
      '<w:uiPriority w:val="99"/><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr>' +
      `<w:tblPr><w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map(BORDER).join('')}</w:tblBorders>` +
      '<w:tblCellMar><w:top w:w="28" w:type="dxa"/><w:left w:w="85" w:type="dxa"/><w:bottom w:w="28" w:type="dxa"/><w:right w:w="85" w:type="dxa"/></w:tblCellMar></w:tblPr>' +
      '<w:tblStylePr w:type="firstRow"><w:rPr><w:b/><w:bCs/></w:rPr><w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="D9E2F3"/></w:tcPr></w:tblStylePr>',
  },
};

/**
 * The ids a Swedish Word gives the built-in styles, for bodies that already carry them (a TOC rebuilt
 * from a Swedish document's own TOC styles) when the adapter has no map from the document.
 */
const SWEDISH_IDS: ReadonlyMap<string, string> = new Map(
  Object.keys(STYLE_DEFINITIONS).flatMap((id): [string, string][] => {
    const sv = swedishStyleId(id);
    return sv && sv !== id ? [[sv, id]] : [];
  }),
);

/** English built-in id for a `Word.BuiltInStyleName` value (`Toc2` → `TOC2`), null when we define no such style. */
function englishIdOf(builtIn: string): string | null {
  for (const [id, def] of Object.entries(STYLE_DEFINITIONS)) if (def.builtIn === builtIn) return id;
  return null;
}

export { styleIdFromName };

/**
 * The document's ids for built-in styles, keyed by our English id (`Heading2` → `Rubrik2`), from pairs
 * of Word's localized name and built-in enum as `Paragraph.style`/`styleBuiltIn` report them.
 */
export function documentStyleIds(
  pairs: readonly { style: string; styleBuiltIn: string | null | undefined }[],
): Map<string, string> {
  const out = new Map<string, string>();
  for (const { style, styleBuiltIn } of pairs) {
    if (!styleBuiltIn || styleBuiltIn === 'Other') continue;
    const english = englishIdOf(styleBuiltIn);
    const local = styleIdFromName(style);
    if (english && local && !out.has(english)) out.set(english, local);
  }
  return out;
}

const STYLE_REF = /<w:(pStyle|tblStyle|rStyle) w:val="([^"]*)"\/>/g;

/** Style ids the body refers to (w:pStyle, w:tblStyle, w:rStyle), in first-use order. */
export function stylesUsed(bodyXml: string): string[] {
  const ids = new Set<string>();
  for (const m of bodyXml.matchAll(STYLE_REF)) ids.add(m[2]);
  return [...ids];
}

/** The body with our English ids of built-in styles replaced by the document's own (`Heading2` → `Rubrik2`). */
export function localizeStyleIds(bodyXml: string, ids: ReadonlyMap<string, string>): string {
  if (ids.size === 0) return bodyXml;
  return bodyXml.replace(STYLE_REF, (whole, kind: string, id: string) => {
    const local = ids.get(id);
    return local && local !== id ? `<w:${kind} w:val="${escapeXml(local)}"/>` : whole;
  });
}

/**
 * A styles part defining exactly the styles `bodyXml` uses and we know, under the ids the body uses;
 * `ids` maps our English ids to the document's. Null when the body uses no style we define.
 */
export function stylesPartFor(bodyXml: string, ids: ReadonlyMap<string, string> = new Map()): string | null {
  const byLocal = new Map<string, string>(SWEDISH_IDS);
  for (const [english, local] of ids) byLocal.set(local, english);
  const defs = stylesUsed(bodyXml).flatMap((id) => {
    const english = STYLE_DEFINITIONS[id] ? id : byLocal.get(id);
    const def = english ? STYLE_DEFINITIONS[english] : undefined;
    if (!def) return [];
    const normal = def.type === 'paragraph' ? '<w:basedOn w:val="Normal"/>' : '';
    const custom = def.builtIn ? '' : ' w:customStyle="1"';
    return [
      `<w:style w:type="${def.type}"${custom} w:styleId="${escapeXml(id)}"><w:name w:val="${escapeXml(def.name)}"/>${normal}${def.body}</w:style>`,
    ];
  });
  return defs.length ? defs.join('') : null;
}
