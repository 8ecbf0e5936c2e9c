/**
 * Reads the open document into the core's `DocSnapshot` in two `context.sync()` calls, whatever its
 * size: the first loads every body paragraph, table, field and content control in one batch; the
 * second loads the cells of the top-level tables (their paragraphs, widths and nested tables) and the
 * paragraphs under each field and content control, which can only be addressed once the first
 * batch has returned the collections' items. Only when Word fails a batch (fields on some hosts,
 * vertically merged cells) is it repeated without the failing part, which costs one more sync.
 *
 * Block indices must mean what they mean in the .docx adapter: top-level paragraphs and tables in
 * document order, with table content folded into its table. Word's `body.paragraphs` lists every
 * paragraph including those in tables (`tableNestingLevel > 0`), so a run of table paragraphs marks
 * where a table sits in the block list.
 */
import { CUSTOM_INDICATORS_SETTING, CUSTOM_INDICATORS_UNREADABLE, parseCustomIndicators } from '../core/catalog/custom';
import { distinctHeadersFooters } from '../core/distinct-headers-footers';
import { IGNORED_FINDINGS_SETTING, IGNORED_FINDINGS_UNREADABLE, parseIgnoredFindings } from '../core/ignored-findings';
import {
  paragraph,
  table,
  type Block,
  type Cell,
  type ContentControlSpan,
  type CustomIndicator,
  type DocSnapshot,
  type FieldSpan,
  type HeaderFooter,
  type Paragraph,
  type Row,
  type Table,
  type TextBox,
} from '../core/snapshot';
import { normalizeStyle } from './styles';
import { listNumberOf, queueListStrings } from './read-lists';
import { recoverFromOoxml } from './read-ooxml';
import { anchorBlocks, queueShapeAnchors, SHAPE_PROPS } from './read-shapes';
import { attachPictures, queuePictureCensus, queuePictures } from './read-pictures';
import { hyperlinksOf, queueHyperlinkCensus, queueHyperlinks } from './read-hyperlinks';
import { attachNestedMedia, NESTED_MEDIA_WARNING } from './read-nested';
import { supports } from './requirements';
import { queuePageSetups, shownByPageSetup } from './read-page-setup';

export interface ParagraphRef {
  kind: 'paragraph';
  /** Index in `body.paragraphs`. */
  paragraph: number;
}

export interface TableRef {
  kind: 'table';
  /** Index in `body.tables` (which may list nested tables too). */
  table: number;
  /** Index in `body.paragraphs` of the table's first paragraph, and how many it has (nested ones included). */
  firstParagraph: number;
  paragraphCount: number;
}

export type BlockRef = ParagraphRef | TableRef;

/** Finds the Word object behind a snapshot block: `blocks[i]` is the ref of `snapshot.blocks[i]`. */
export interface BlockMap {
  blocks: BlockRef[];
  /** For each index in `body.paragraphs`, the block index it belongs to. */
  blockOfParagraph: number[];
}

export const PARAGRAPH_PROPS = [
  'items/text',
  'items/style',
  'items/styleBuiltIn',
  'items/outlineLevel',
  'items/tableNestingLevel',
  'items/isListItem',
  'items/font/bold',
  'items/font/italic',
].join(',');

/** Paragraphs of a header, footer or text box: as PARAGRAPH_PROPS without the body's table nesting. */
const STORY_PARAGRAPH_PROPS = PARAGRAPH_PROPS.split(',')
  .filter((p) => p !== 'items/tableNestingLevel')
  .join(',');

/** Word.HeaderFooterType (WordApi 1.1) → the snapshot's header type. */
const HEADER_FOOTER_TYPES = [
  ['Primary', 'default'],
  ['FirstPage', 'first'],
  ['EvenPages', 'even'],
] as const;

interface StoryLoad {
  kind: HeaderFooter['kind'];
  type: HeaderFooter['type'];
  section: number;
  paragraphs: Word.ParagraphCollection;
}

/**
 * Queues the paragraphs of every section's headers and footers (Section.getHeader/getFooter, WordApi 1.1)
 * and of the body's text boxes (Body.shapes, WordApiDesktop 1.2), for the second sync.
 */
function queueStories(
  sections: Word.SectionCollection,
  shapes: Word.ShapeCollection | null,
  withPageSetups: boolean,
): {
  stories: StoryLoad[];
  boxes: { id: number; paragraphs: Word.ParagraphCollection }[];
  pageSetups: Word.PageSetup[] | null;
} {
  const stories: StoryLoad[] = [];
  sections.items.forEach((section, index) => {
    for (const kind of ['header', 'footer'] as const) {
      for (const [wordType, type] of HEADER_FOOTER_TYPES) {
        const body = kind === 'header' ? section.getHeader(wordType) : section.getFooter(wordType);
        stories.push({ kind, type, section: index, paragraphs: body.paragraphs.load(STORY_PARAGRAPH_PROPS) });
      }
    }
  });
  const boxes = (shapes?.items ?? [])
    .filter((s) => s.type === 'TextBox')
    .map((s) => ({ id: s.id, paragraphs: s.body.paragraphs.load(STORY_PARAGRAPH_PROPS) }));
  return { stories, boxes, pageSetups: withPageSetups ? queuePageSetups(sections) : null };
}

const TABLE_PROPS =
  'items/values,items/rowCount,items/nestingLevel,items/headerRowCount,items/style,items/styleBuiltIn';

/** Word's placeholders for what a text holds besides characters (see normalizeText). */
export const OBJECT_PLACEHOLDERS = /[\u0001\u0002\u0005\u0008\ufffc\ufffd]/g;

/**
 * Word uses "\v" for a manual line break and "\r" between a cell's paragraphs; the snapshot uses "\n".
 * Word's text also holds one placeholder character for each footnote or endnote mark, picture, comment
 * or object (office-js #6942); the .docx reader has no text for them, so neither has the snapshot.
 */
export function normalizeText(text: string): string {
  return text.replace(/\r\n|\r|\v|\u000b/g, '\n').replace(OBJECT_PLACEHOLDERS, '');
}

interface TableShape {
  nestingLevel: number;
  values: string[][];
}

function lineCount(value: string): number {
  return normalizeText(value).split('\n').length;
}

/**
 * Builds the block list from what the first sync returns: each paragraph's table nesting level and
 * the tables' nesting levels and values. A contiguous run of table paragraphs is one top-level table;
 * when there are more top-level tables than runs (two tables with nothing between), the run is split
 * by the tables' paragraph counts estimated from their values.
 */
export function layoutBlocks(
  nesting: readonly number[],
  tables: readonly TableShape[],
): { map: BlockMap; warnings: string[] } {
  const warnings: string[] = [];
  const top: number[] = [];
  const estimate = new Map<number, number>();
  for (let i = 0; i < tables.length; i++) {
    if (tables[i].nestingLevel !== 1) continue;
    top.push(i);
    let count = 0;
    for (let j = i; j < tables.length && (j === i || tables[j].nestingLevel > 1); j++) {
      for (const row of tables[j].values) for (const v of row) count += lineCount(v);
    }
    estimate.set(i, count);
  }

  const runs: { start: number; length: number }[] = [];
  for (let i = 0; i < nesting.length; i++) {
    if (nesting[i] > 0) {
      const last = runs[runs.length - 1];
      if (last && last.start + last.length === i) last.length += 1;
      else runs.push({ start: i, length: 1 });
    }
  }

  const blocks: BlockRef[] = [];
  const blockOfParagraph: number[] = new Array<number>(nesting.length).fill(-1);
  let nextTable = 0;
  let runIndex = 0;
  for (let i = 0; i < nesting.length;) {
    if (nesting[i] === 0) {
      blockOfParagraph[i] = blocks.length;
      blocks.push({ kind: 'paragraph', paragraph: i });
      i++;
      continue;
    }
    const run = runs[runIndex++];
    let offset = 0;
    const runsLeft = runs.length - runIndex;
    do {
      const tableIndex = top[nextTable];
      if (tableIndex === undefined) {
        warnings.push('Några tabellstycken kunde inte kopplas till en tabell; tabellerna kan visas fel.');
        break;
      }
      nextTable++;
      const tablesLeftAfter = top.length - nextTable;
      const wanted = estimate.get(tableIndex) ?? run.length;
      // The last table a run can take gets the rest of the run.
      const take = tablesLeftAfter > runsLeft && wanted < run.length - offset ? wanted : run.length - offset;
      for (let k = 0; k < take; k++) blockOfParagraph[run.start + offset + k] = blocks.length;
      blocks.push({ kind: 'table', table: tableIndex, firstParagraph: run.start + offset, paragraphCount: take });
      offset += take;
    } while (offset < run.length);
    i = run.start + run.length;
  }
  if (nextTable < top.length) warnings.push('Några tabeller kunde inte placeras i dokumentets ordning.');
  return { map: { blocks, blockOfParagraph }, warnings };
}

/** `text`: the paragraph's current text when Track Changes left deletions in `p.text` (see readReviewed). */
function toParagraph(p: Word.Paragraph, text: string = normalizeText(p.text)): Paragraph {
  const { styleId, styleName } = normalizeStyle(p.style, p.styleBuiltIn);
  const level = p.outlineLevel;
  const bold = p.font.bold === true;
  const italic = p.font.italic === true;
  return {
    kind: 'paragraph',
    text,
    styleId,
    styleName,
    outlineLevel: typeof level === 'number' && level >= 1 && level <= 9 ? level : null,
    bold,
    italic,
    // Word gives no runs without a sync per paragraph; one run with the paragraph's formatting.
    runs: text ? [{ text, bold, italic }] : [],
    // The list's numId is not in the API; the level would need a load per list item.
    numbering: p.isListItem ? { numId: '', level: 0 } : null,
  };
}

/** A nested table from its values only: it is not addressable by `Loc`, so its text is what matters. */
function tableFromValues(values: string[][]): Table {
  return table(values.map((r) => r.map(normalizeText)));
}

/**
 * Word has no grid columns in the API, only each cell's width. The table grid is the union of all
 * cell edges (as w:tblGrid is), so a cell's span is the number of grid edges it crosses.
 */
export function gridFromWidths(widths: readonly (readonly number[])[]): {
  columns: number;
  cells: { gridColumn: number; gridSpan: number }[][];
} {
  const tolerance = 1.5;
  const edges: number[] = [0];
  const addEdge = (x: number): void => {
    if (!edges.some((e) => Math.abs(e - x) <= tolerance)) edges.push(x);
  };
  for (const row of widths) {
    let x = 0;
    for (const w of row) {
      x += Math.max(0, w);
      addEdge(x);
    }
  }
  edges.sort((a, b) => a - b);
  const indexOf = (x: number): number => {
    let best = 0;
    for (let i = 1; i < edges.length; i++) if (Math.abs(edges[i] - x) < Math.abs(edges[best] - x)) best = i;
    return best;
  };
  const cells = widths.map((row) => {
    let x = 0;
    return row.map((w) => {
      const start = indexOf(x);
      x += Math.max(0, w);
      const end = indexOf(x);
      return { gridColumn: start, gridSpan: Math.max(1, end - start) };
    });
  });
  return { columns: Math.max(1, edges.length - 1), cells };
}

function shadingOf(color: string | undefined): string | null {
  if (!color) return null;
  const hex = color.replace(/^#/, '').toUpperCase();
  return /^[0-9A-F]{6}$/.test(hex) ? hex : null;
}

/** Finds `needle` as a contiguous run in `haystack`, starting the search at `from`. */
function findSequence(haystack: readonly string[], needle: readonly string[], from: number): number {
  if (needle.length === 0) return -1;
  for (let i = Math.max(0, from); i + needle.length <= haystack.length; i++) {
    let ok = true;
    for (let k = 0; k < needle.length && ok; k++) ok = haystack[i + k] === needle[k];
    if (ok) return i;
  }
  return -1;
}

function readIgnored(): { ids: string[]; warning: string | null } {
  if (typeof Office === 'undefined' || !supports('settings')) return { ids: [], warning: null };
  const parsed = parseIgnoredFindings(Office.context.document.settings.get(IGNORED_FINDINGS_SETTING));
  return { ids: parsed.ids, warning: parsed.ok ? null : IGNORED_FINDINGS_UNREADABLE };
}

/** The user's own indicators from the document settings; unreadable ones are left out with a warning. */
function readCustomIndicators(): { indicators: CustomIndicator[] | undefined; warning: string | null } {
  if (typeof Office === 'undefined' || !supports('settings')) return { indicators: undefined, warning: null };
  const value: unknown = Office.context.document.settings.get(CUSTOM_INDICATORS_SETTING);
  if (value === null || value === undefined) return { indicators: undefined, warning: null };
  const parsed = parseCustomIndicators(value);
  return parsed.ok
    ? { indicators: parsed.indicators, warning: null }
    : { indicators: undefined, warning: CUSTOM_INDICATORS_UNREADABLE };
}

/**
 * A table from the first batch alone: its values give the cells, and its paragraphs in
 * `body.paragraphs` (in cell order) give their formatting when the counts agree.
 */
function tableFromFirstBatch(
  t: Word.Table,
  ref: TableRef,
  all: Word.Paragraph[],
  styleId: string | null,
  toPara: (p: Word.Paragraph) => Paragraph = (p) => toParagraph(p),
): Table {
  const level = t.nestingLevel;
  const own = all
    .slice(ref.firstParagraph, ref.firstParagraph + ref.paragraphCount)
    .filter((p) => p.tableNestingLevel === level);
  const lines = t.values.map((row) => row.map((v) => normalizeText(v).split('\n')));
  const total = lines.reduce((sum, row) => sum + row.reduce((s, l) => s + l.length, 0), 0);
  let next = 0;
  const base = tableFromValues(t.values);
  const header = t.headerRowCount;
  base.styleId = styleId;
  base.rows.forEach((row, r) => {
    row.header = r < header;
    row.cells.forEach((cell, c) => {
      const count = lines[r][c].length;
      if (total === own.length) {
        cell.paragraphs = own.slice(next, next + count).map(toPara);
        cell.text = cell.paragraphs.map((p) => p.text).join('\n');
      }
      next += count;
    });
  });
  return base;
}

interface ReviewLoad {
  /** Null when only the tracking mode could be asked for. */
  body: OfficeExtension.ClientResult<string> | null;
  document: Word.Document;
}

function supportsReview(): boolean {
  return typeof Office !== 'undefined' && Office.context?.requirements?.isSetSupported('WordApi', '1.4') === true;
}

/** Letters and digits only: Word's body and paragraph texts differ in separators and control marks. */
function comparable(text: string): string {
  return text.replace(/[\s\u0000-\u001f\u00a0]/g, '').replace(OBJECT_PLACEHOLDERS, '');
}

export const TRACK_CHANGES_WARNINGS = {
  unreadable:
    'Dokumentet har spårade ändringar och Word kunde inte läsa texten utan de borttagna delarna; kontrollen kan räkna med borttagen text.',
  trackingOn:
    'Spåra ändringar är påslaget. Den här Word-versionen kan inte läsa texten utan spårade borttagningar; kontrollen kan räkna med borttagen text.',
} as const;

/**
 * Word's `Paragraph.text` includes text deleted under Track Changes (office-js #1267, #2314, #5286); the
 * .docx reader leaves w:del out. When the body's current text (`getReviewedText('Current')`, WordApi 1.4)
 * differs from the paragraphs' texts, one more sync reads every paragraph's current text; documents
 * without tracked deletions keep the 2-sync read. Returns the current texts that differ from `p.text`.
 */
async function readReviewed(
  context: Word.RequestContext,
  paragraphs: Word.Paragraph[],
  review: ReviewLoad | null,
  warnings: string[],
): Promise<Map<Word.Paragraph, string>> {
  const out = new Map<Word.Paragraph, string>();
  if (!review) return out;
  let bodyText: string | null;
  let mode: string;
  try {
    bodyText = review.body ? review.body.value : null;
    mode = review.document.changeTrackingMode;
  } catch {
    return out;
  }
  if (bodyText === null) {
    // No reviewed text on this host: deleted text may be counted, and the user is told when tracking is on.
    if (mode !== 'Off') warnings.push(TRACK_CHANGES_WARNINGS.trackingOn);
    return out;
  }
  if (comparable(bodyText) === comparable(paragraphs.map((p) => p.text).join(''))) return out;
  const results = paragraphs.map((p) => p.getReviewedText('Current'));
  try {
    await context.sync();
  } catch {
    warnings.push(mode === 'Off' ? TRACK_CHANGES_WARNINGS.unreadable : TRACK_CHANGES_WARNINGS.trackingOn);
    return out;
  }
  paragraphs.forEach((p, i) => {
    // A paragraph's reviewed text ends with its paragraph mark; the snapshot has none.
    const text = normalizeText(results[i].value.replace(/[\r\n]+$/, ''));
    if (text !== normalizeText(p.text)) out.set(p, text);
  });
  return out;
}

/**
 * The second batch's optional loads (page setups, list numbers, pictures, links, text box anchors) failed and
 * were left out: newer members a host may list yet fail (see the fallbacks in readOpenDocument).
 */
export const OPTIONAL_LOADS_WARNING =
  'Word kunde inte läsa sidhuvudenas sidinställningar, listnummer, bilder, länkar eller textrutornas placering; alla sidhuvuden kontrolleras, bilders alternativtext och länktexter kontrolleras inte och fynd i textrutor pekar på dokumentets början.';

export const MERGED_CELLS_WARNING =
  'Några tabeller har sammanfogade celler som Word inte kan läsa cell för cell; de lästes förenklat.';

const FIELD_FAILURES = new Set(['ApiNotFound', 'NotImplemented', 'GeneralException', 'InvalidArgument']);

function errorCode(e: unknown): string {
  return e && typeof e === 'object' && 'code' in e && typeof e.code === 'string' ? (e as { code: string }).code : '';
}

interface CellLoad {
  cell: Word.TableCell;
  paragraphs: Word.ParagraphCollection;
  tables: Word.TableCollection;
}

/** Failures a smaller batch may avoid: payload limits, aborted or timed-out requests, Word's catch-all. */
const SIZE_FAILURES = new Set([
  'RequestPayloadSizeLimitExceeded',
  'ResponsePayloadSizeLimitExceeded',
  'RequestAborted',
  'GeneralException',
  'Timeout',
]);

/** Paragraphs (or tables) per slice when a document is read in parts. */
export const SLICE_SIZE = 2000;

/**
 * Loads a collection in slices of `size` items (`load({ select, top, skip })`, office-js collection
 * paging), one sync per slice. This is the one place the reader syncs in a loop, on purpose: it runs only
 * after the one-batch read failed, and each sync's payload stays bounded (a 500-page report's first batch
 * is about 3.5 MiB; Word documents no limit, but hangs and failures are reported, office-js #719).
 */
async function loadInSlices<T extends Word.Paragraph | Word.Table>(
  context: Word.RequestContext,
  collection: () => { load(option: OfficeExtension.LoadOption): { items: T[] } },
  props: string,
  size: number,
): Promise<T[]> {
  const select = props
    .split(',')
    .map((p) => p.replace(/^items\//, ''))
    .join(',');
  const out: T[] = [];
  for (let skip = 0; ; skip += size) {
    const part = collection().load({ select, top: size, skip });
    await context.sync();
    out.push(...part.items);
    if (part.items.length < size) return out;
  }
}

interface FirstBatch {
  paragraphs: Word.Paragraph[];
  tables: Word.Table[];
  fields: Word.FieldCollection | null;
  controls: Word.ContentControlCollection;
  sections: Word.SectionCollection;
  shapes: Word.ShapeCollection | null;
  properties: Word.DocumentProperties;
  /** The body's in-line pictures and hyperlinks (read-pictures.ts, read-hyperlinks.ts). */
  pictures: Word.InlinePictureCollection;
  links: Word.RangeCollection;
}

/** What the first batch reads besides the paragraphs, tables and fields, the same in one batch or in slices. */
type FirstBatchRest = Omit<FirstBatch, 'paragraphs' | 'tables' | 'fields'>;

function queueFirstBatchRest(context: Word.RequestContext, body: Word.Body, withShapes: boolean): FirstBatchRest {
  return {
    controls: body.contentControls.load('items/tag,items/title,items/text'),
    // Headers and footers (Dnr and date in the first page's header) and text boxes, read in the second sync.
    sections: context.document.sections.load('items'),
    shapes: withShapes ? body.shapes.load(SHAPE_PROPS) : null,
    // Title and author (WordApi 1.3) for the accessibility checks; one more object in the same batch.
    properties: context.document.properties.load('title,author'),
    pictures: queuePictureCensus(body),
    links: queueHyperlinkCensus(body),
  };
}

export async function readOpenDocument(
  context: Word.RequestContext,
  options: { sliceSize?: number } = {},
): Promise<{ snapshot: DocSnapshot; map: BlockMap }> {
  const body = context.document.body;
  const firstWarnings: string[] = [];
  const oneBatch = async (withFields: boolean): Promise<FirstBatch> => {
    const paragraphs = body.paragraphs.load(PARAGRAPH_PROPS);
    const tables = body.tables.load(TABLE_PROPS);
    const fields = withFields ? body.fields.load('items/code') : null;
    const rest = queueFirstBatchRest(context, body, supports('shapes'));
    await context.sync();
    return { paragraphs: paragraphs.items, tables: tables.items, fields, ...rest };
  };
  let first: FirstBatch | null = null;
  let failure: unknown = null;
  try {
    first = await oneBatch(supports('fields'));
  } catch (e) {
    failure = e;
    // Some hosts report WordApi 1.4 but fail on body.fields; the rest of the document can still be read.
    if (supports('fields') && FIELD_FAILURES.has(errorCode(e))) {
      try {
        first = await oneBatch(false);
        firstWarnings.push(
          'Word kunde inte läsa dokumentets fält; innehållsförteckningen kontrolleras som vanlig text.',
        );
      } catch (e2) {
        failure = e2;
      }
    }
  }
  if (!first) {
    // A document too large for one batch is read in slices of paragraphs and tables instead of failing.
    if (!SIZE_FAILURES.has(errorCode(failure))) throw failure;
    const size = options.sliceSize ?? SLICE_SIZE;
    const paragraphItems = await loadInSlices<Word.Paragraph>(context, () => body.paragraphs, PARAGRAPH_PROPS, size);
    const tableItems = await loadInSlices<Word.Table>(context, () => body.tables, TABLE_PROPS, size);
    const rest = queueFirstBatchRest(context, body, supports('shapes'));
    await context.sync();
    first = { paragraphs: paragraphItems, tables: tableItems, fields: null, ...rest };
    firstWarnings.push(
      'Dokumentet är stort och lästes i delar; fälten (innehållsförteckningen) kontrollerades som vanlig text.',
    );
  }
  const { fields, controls, sections, shapes, properties } = first;
  const census = { pictures: first.pictures, links: first.links };
  const paragraphs = { items: first.paragraphs };
  const tables = { items: first.tables };

  const nesting = paragraphs.items.map((p) => p.tableNestingLevel);
  const { map, warnings: layoutWarnings } = layoutBlocks(
    nesting,
    tables.items.map((t) => ({ nestingLevel: t.nestingLevel, values: t.values })),
  );
  const warnings = [...firstWarnings, ...layoutWarnings];

  // Second batch: everything that needed the first batch's items.
  // `withExtras`: the optional loads of OPTIONAL_LOADS_WARNING, left out first when the batch fails.
  const queueSecond = (
    withCells: boolean,
    reviewWith: 'text' | 'mode' | 'none',
    withSpans: boolean,
    withExtras: boolean,
  ) => {
    let queued = false;
    let extras = false;
    const cellLoads = new Map<number, CellLoad[][]>();
    if (withCells) {
      for (const ref of map.blocks) {
        if (ref.kind !== 'table') continue;
        const t = tables.items[ref.table];
        cellLoads.set(
          ref.table,
          t.values.map((row, r) =>
            row.map((_, c) => {
              const cell = t.getCell(r, c);
              cell.load('columnWidth,shadingColor');
              queued = true;
              // Only the count: the paragraphs themselves came with body.paragraphs in the first batch.
              return {
                cell,
                paragraphs: cell.body.paragraphs.load('items/tableNestingLevel'),
                tables: cell.body.tables.load('items/values,items/nestingLevel'),
              };
            }),
          ),
        );
      }
    }
    const fieldParagraphs = (withSpans ? (fields?.items ?? []) : []).map((f) => {
      queued = true;
      return f.result.paragraphs.load('items/text');
    });
    const controlParagraphs = (withSpans ? controls.items : []).map((c) => {
      queued = true;
      return c.paragraphs.load('items/text');
    });
    // Track Changes (WordApi 1.4): the body's current text, to see whether Word's paragraph texts hold
    // tracked deletions, and whether tracking is on. Left out of the retry: a host may fail them.
    let review: ReviewLoad | null = null;
    if (reviewWith !== 'none' && supportsReview()) {
      queued = true;
      context.document.load('changeTrackingMode');
      review = { body: reviewWith === 'text' ? body.getReviewedText('Current') : null, document: context.document };
    }
    // Headers, footers and text boxes; left out of the last retry with the other spans.
    const stories = withSpans
      ? queueStories(sections, shapes, withExtras)
      : { stories: [], boxes: [], pageSetups: null };
    if (stories.stories.length || stories.boxes.length) queued = true;
    if (stories.pageSetups?.length) extras = true;
    const optional = withSpans && withExtras;
    // The paragraph each text box is anchored in (Paragraph.shapes), only when there are text boxes.
    const anchors = optional ? queueShapeAnchors(paragraphs.items, stories.boxes.length) : null;
    // List and heading numbers (ListItem.listString, WordApi 1.3) of the list items.
    const lists = optional ? queueListStrings(paragraphs.items) : null;
    // Pictures and hyperlinks of the paragraphs that have any, for the accessibility check.
    const pictures = optional ? queuePictures(paragraphs.items, census.pictures, shapes) : null;
    const links = optional ? queueHyperlinks(paragraphs.items, census.links) : null;
    if (anchors || lists?.items.size || pictures || links?.size) extras = true;
    if (extras) queued = true;
    return {
      queued,
      extras,
      cellLoads,
      fieldParagraphs,
      controlParagraphs,
      review,
      stories,
      lists,
      pictures,
      links,
      anchors,
    };
  };
  let second = queueSecond(true, 'text', true, true);
  if (second.queued) {
    let failed = false;
    try {
      await context.sync();
    } catch {
      failed = true;
    }
    // Each retry leaves out one more group, so a failing load costs only its own group, one sync each;
    // documents whose second batch succeeds pay nothing.
    const retry = async (next: ReturnType<typeof queueSecond>): Promise<boolean> => {
      second = next;
      try {
        if (second.queued) await context.sync();
        return true;
      } catch {
        return false;
      }
    };
    const hadExtras = second.extras;
    let reviewWith: 'text' | 'mode' = 'text';
    if (failed && second.review) {
      // A host may list WordApi 1.4 yet fail getReviewedText: the same batch once more, with only the
      // tracking mode (so the user can still be told that deleted text may be counted).
      reviewWith = 'mode';
      failed = !(await retry(queueSecond(true, reviewWith, true, true)));
    }
    if (failed) {
      // Word fails the whole batch on some vertically merged cells (office-js issue #3200). Read the
      // tables from the first batch instead, in one more sync; only such documents pay for it. Tried before
      // the optional loads below, so the reports with merged Analys cells keep their sync count.
      warnings.push(MERGED_CELLS_WARNING);
      failed = !(await retry(queueSecond(false, 'none', true, true)));
      // The optional loads are newer members a host may list yet fail (Section.pageSetup, WordApiDesktop 1.3;
      // a list item on Word on the web, office-js #5335): the cells once more, without them. When that works
      // the cells were not the failure, and the merged-cells warning goes.
      if (failed && hadExtras) {
        failed = !(await retry(queueSecond(true, reviewWith, true, false)));
        if (!failed) warnings.splice(warnings.indexOf(MERGED_CELLS_WARNING), 1);
        else failed = !(await retry(queueSecond(false, 'none', true, false)));
        if (!failed) warnings.push(OPTIONAL_LOADS_WARNING);
      }
      if (failed) {
        // Fields or content controls failed too: the check goes on without them rather than end. The headers,
        // footers and text boxes are left out with them (one group here), and the warning says so.
        warnings.push(
          'Word kunde inte läsa dokumentets fält, innehållskontroller, sidhuvuden, sidfötter och textrutor; innehållsförteckningen kontrolleras som vanlig text och de övriga kontrolleras inte.',
        );
        second = queueSecond(false, 'none', false, false);
        if (second.queued) await context.sync();
      }
    }
  }
  const { cellLoads, fieldParagraphs, controlParagraphs, stories } = second;
  // Stories with no text (a section's unused first-page footer) say nothing, as in the .docx reader.
  const hasText = (ps: Paragraph[]): boolean => ps.some((p) => p.text.trim() !== '');
  // Their paragraphs with the Word objects, for the symbols recovered from the OOXML below.
  const storyParagraphs: { word: Word.Paragraph; paragraph: Paragraph }[] = [];
  const storyPara = (word: Word.Paragraph): Paragraph => {
    const paragraph = toParagraph(word);
    storyParagraphs.push({ word, paragraph });
    return paragraph;
  };
  const loaded = stories.stories.map((l) => ({
    words: l.paragraphs.items,
    story: {
      kind: l.kind,
      type: l.type,
      section: l.section,
      paragraphs: l.paragraphs.items.map((w) => toParagraph(w)),
    },
  }));
  // Section.getHeader gives a later section the header it inherits ("Länka till föregående"), so each
  // story is kept once, where it first shows, as in the .docx reader: one placeholder, one finding.
  const headersFooters: HeaderFooter[] = distinctHeadersFooters(
    loaded.map((r) => r.story).filter((h) => hasText(h.paragraphs) && shownByPageSetup(h, stories.pageSetups)),
  );
  // Only the kept stories go on to the OOXML recovery below: a repeated story would cost a package for nothing.
  const kept = new Set(headersFooters);
  for (const r of loaded)
    if (kept.has(r.story))
      r.words.forEach((word, i) => storyParagraphs.push({ word, paragraph: r.story.paragraphs[i] }));
  // Anchored at the block of the paragraph that holds it, as in the .docx reader; the first block if not found.
  const anchorOf = anchorBlocks(second.anchors, map.blockOfParagraph);
  const textBoxes: TextBox[] = stories.boxes.map((b) => ({
    anchorBlock: anchorOf.get(b.id) ?? 0,
    paragraphs: b.paragraphs.items.map(storyPara),
  }));
  const current = await readReviewed(context, paragraphs.items, second.review, warnings);
  const media = attachPictures(second.pictures, paragraphs.items);
  if (media.warning) warnings.push(media.warning);
  const toPara = (p: Word.Paragraph): Paragraph => {
    const read = toParagraph(p, current.get(p));
    // Only when there are any, as the .docx reader leaves the fields out.
    const [pictures, hyperlinks] = [media.picturesOf(p), hyperlinksOf(second.links, p)];
    if (pictures) read.pictures = pictures;
    if (hyperlinks) read.hyperlinks = hyperlinks;
    const listNumber = listNumberOf(second.lists, p);
    return listNumber === null ? read : { ...read, listNumber };
  };
  const mediaOf = (p: Word.Paragraph) => ({ pictures: media.picturesOf(p), hyperlinks: hyperlinksOf(second.links, p) });

  // Tables read from Table.values alone; their merges and spans come from their OOXML below.
  const simplified = new Set<number>();
  const blocks: Block[] = map.blocks.map((ref, index) => {
    if (ref.kind === 'paragraph') return toPara(paragraphs.items[ref.paragraph]);
    const t = tables.items[ref.table];
    const styled = normalizeStyle(t.style, t.styleBuiltIn);
    const loads = cellLoads.get(ref.table);
    const counted = loads
      ? loads.reduce((sum, row) => sum + row.reduce((s2, l) => s2 + l.paragraphs.items.length, 0), 0)
      : -1;
    if (!loads || counted !== ref.paragraphCount) {
      if (loads) warnings.push('En tabells stycken kunde inte fördelas på cellerna; tabellen lästes förenklat.');
      simplified.add(index);
      return tableFromFirstBatch(t, ref, paragraphs.items, styled.styleId, toPara);
    }
    const grid = gridFromWidths(loads.map((row) => row.map((l) => l.cell.columnWidth)));
    const level = t.nestingLevel;
    const header = t.headerRowCount;
    // body.paragraphs lists a table's paragraphs cell by cell, nested tables' paragraphs in place.
    let next = ref.firstParagraph;
    const rows: Row[] = loads.map((row, r) => ({
      header: r < header,
      cells: row.map((l, c): Cell => {
        const slice = paragraphs.items.slice(next, next + l.paragraphs.items.length);
        next += l.paragraphs.items.length;
        const own = slice.filter((p) => p.tableNestingLevel === level).map(toPara);
        const cellParagraphs = own.length ? own : [paragraph(normalizeText(t.values[r]?.[c] ?? ''))];
        const place = grid.cells[r]?.[c] ?? { gridColumn: c, gridSpan: 1 };
        const nested = l.tables.items.filter((x) => x.nestingLevel === level + 1).map((x) => tableFromValues(x.values));
        const deeper = slice.filter((p) => p.tableNestingLevel > level);
        if (!attachNestedMedia(nested, deeper, level, mediaOf) && !warnings.includes(NESTED_MEDIA_WARNING))
          warnings.push(NESTED_MEDIA_WARNING);
        return {
          paragraphs: cellParagraphs,
          tables: nested,
          text: cellParagraphs.map((p) => p.text).join('\n'),
          gridColumn: place.gridColumn,
          gridSpan: place.gridSpan,
          // Word's API does not expose vertical merges.
          vMerge: null,
          shading: shadingOf(l.cell.shadingColor),
        };
      }),
    }));
    return { kind: 'table', rows, styleId: styled.styleId, columnCount: grid.columns };
  });

  // Symbols Word's text gives as "(", and merges and spans it does not report: one more sync, only when needed.
  const recovered = await recoverFromOoxml(
    context,
    { blocks, map, paragraphs: paragraphs.items, tables: tables.items, simplified, stories: storyParagraphs },
    warnings,
  );
  if (recovered.unrecoveredTables === 0 && warnings.includes(MERGED_CELLS_WARNING))
    warnings.splice(warnings.indexOf(MERGED_CELLS_WARNING), 1);

  const texts = paragraphs.items.map((p) => normalizeText(p.text));
  const fieldSpans: FieldSpan[] = [];
  let searchFrom = 0;
  (fields?.items ?? []).forEach((f, i) => {
    const instruction = f.code.trim();
    // Absent when the field's paragraphs could not be read (see the second batch's fallbacks).
    if (!fieldParagraphs[i]) return;
    const needle = fieldParagraphs[i].items.map((p) => normalizeText(p.text));
    const at = findSequence(texts, needle, searchFrom);
    if (at < 0) return;
    const fromBlock = map.blockOfParagraph[at];
    const toBlock = map.blockOfParagraph[at + needle.length - 1];
    // Only fields that start at body level, as the .docx adapter reports them.
    if (nesting[at] !== 0) return;
    searchFrom = at;
    fieldSpans.push({ type: (instruction.split(/\s+/)[0] ?? '').toUpperCase(), instruction, fromBlock, toBlock });
  });

  const controlSpans: ContentControlSpan[] = [];
  let ccFrom = 0;
  controls.items.forEach((c, i) => {
    if (!controlParagraphs[i]) return;
    const needle = controlParagraphs[i].items.map((p) => normalizeText(p.text));
    // An inline control sits inside one paragraph and is not a block-level span.
    if (normalizeText(c.text).replace(/\n+$/, '') !== needle.join('\n').replace(/\n+$/, '')) return;
    const at = findSequence(texts, needle, ccFrom);
    if (at < 0 || nesting[at] !== 0) return;
    ccFrom = at;
    const fromBlock = map.blockOfParagraph[at];
    const toBlock = map.blockOfParagraph[at + needle.length - 1];
    const holdsToc = fieldSpans.some((f) => f.type === 'TOC' && f.fromBlock >= fromBlock && f.toBlock <= toBlock);
    controlSpans.push({
      tag: c.tag || null,
      title: c.title || null,
      // The API does not expose w:docPartGallery; a control wrapping a TOC field is Word's TOC container.
      docPartGallery: holdsToc ? 'Table of Contents' : null,
      fromBlock,
      toBlock,
    });
  });

  const ignored = readIgnored();
  const custom = readCustomIndicators();
  const settingWarnings = [ignored.warning, custom.warning].filter((w): w is string => w !== null);
  return {
    snapshot: {
      blocks,
      properties: { title: properties.title.trim() || null, author: properties.author.trim() || null },
      fields: fieldSpans,
      contentControls: controlSpans,
      // w:updateFields is not readable through the API; Word applies setUpdateFieldsOnOpen itself.
      settings: {
        updateFieldsOnOpen: false,
        ignoredFindings: ignored.ids,
        ...(custom.indicators ? { customIndicators: custom.indicators } : {}),
      },
      headersFooters,
      textBoxes,
      warnings: settingWarnings.length ? [...warnings, ...settingWarnings] : warnings,
    },
    map,
  };
}

/**
 * The first half of `readOpenDocument` for callers that only need to find blocks (apply, select):
 * queue the loads, sync once, and get the map with the loaded collections.
 */
export interface Located {
  map: BlockMap;
  paragraphs: Word.ParagraphCollection;
  tables: Word.TableCollection;
  warnings: string[];
}

export function queueLocate(
  context: Word.RequestContext,
  options: { texts?: boolean; styles?: boolean } = {},
): () => Located {
  const body = context.document.body;
  // Paragraph texts only when an edit checks them: on a long report they are most of the payload.
  // Styles only when something is inserted: they give the document's own ids of built-in styles.
  const props = ['items/tableNestingLevel'];
  if (options.texts !== false) props.push('items/text');
  if (options.styles) props.push('items/style', 'items/styleBuiltIn');
  const paragraphs = body.paragraphs.load(props.join(','));
  const tables = body.tables.load('items/values,items/nestingLevel');
  return () => {
    const { map, warnings } = layoutBlocks(
      paragraphs.items.map((p) => p.tableNestingLevel),
      tables.items.map((t) => ({ nestingLevel: t.nestingLevel, values: t.values })),
    );
    return { map, paragraphs, tables, warnings };
  };
}
