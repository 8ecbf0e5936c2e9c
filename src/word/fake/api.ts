/**
 * A typed fake of the parts of the Word JavaScript API that `src/word` uses, with the semantics that
 * decide whether adapter code works in real Word:
 *  - `load()` only records a request; values arrive at `context.sync()` and reading a property that
 *    was not loaded and synced throws `PropertyNotLoaded`, as office-js does;
 *  - collections have `items` only after a load and a sync;
 *  - methods (`getCell`, `getRange`, `insertOoxml`, `select`) are queued and run in order at sync,
 *    against the document as it is then; an error rejects the sync, with earlier operations applied;
 *  - every sync is counted, and loads are counted in properties and items, so tests and the
 *    benchmark can hold the adapter to its batching.
 * `office-addin-mock` exists, but it has no collection or load/sync semantics, so it would let an
 * adapter pass that breaks in Word; this fake models only what we use, but models it faithfully.
 */
import type { Block, HeaderFooter, Hyperlink, Paragraph, Picture, Table, TextBox } from '../../core/snapshot';
import type {
  FakeComment,
  FakeContentControl,
  FakeDocument,
  FakeField,
  FakePageSetupValues,
  Node,
  Span,
  Where,
} from './document';
import { symbolsAsWord, tableParagraphs } from './document';
import { ooxmlOf } from './ooxml';
import { packageStyles, parseBodyXml, type StyleResolution } from '../ooxml-body';
import { pictureOoxml } from './picture-ooxml';

export class FakeOfficeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'RichApi.Error';
  }
}

export interface FakeStats {
  syncs: number;
  loadedProperties: number;
  loadedItems: number;
}

type LoadOption = string | string[] | { select?: string | string[]; top?: number; skip?: number } | undefined;

function normalizePaths(option: LoadOption): string[] {
  if (option === undefined) return [];
  const raw =
    typeof option === 'string'
      ? option
      : Array.isArray(option)
        ? option.join(',')
        : ([] as string[]).concat(option.select ?? []).join(',');
  return raw
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** One `Word.run` batch: the queue of operations waiting for `sync()`. */
export class FakeRequestContext {
  private queue: (() => void)[] = [];
  readonly document: FakeWordDocument;
  readonly trackedObjects = { add: (): void => undefined, remove: (): void => undefined };

  constructor(
    readonly doc: FakeDocument,
    readonly stats: FakeStats,
    readonly calls: string[],
  ) {
    this.document = new FakeWordDocument(this);
  }

  enqueue(op: () => void): void {
    this.queue.push(op);
  }

  get hasPending(): boolean {
    return this.queue.length > 0;
  }

  record(call: string): void {
    this.calls.push(call);
  }

  /** Collection items loaded in the sync that is running (for `faults.maxItemsPerSync`). */
  itemsThisSync = 0;

  async sync(): Promise<void> {
    this.stats.syncs += 1;
    this.itemsThisSync = 0;
    this.calls.push('sync');
    // A test may have changed the document between syncs, as a user would.
    this.doc.invalidate();
    const ops = this.queue;
    this.queue = [];
    try {
      for (const op of ops) op();
    } finally {
      this.doc.refreshCellTexts();
    }
  }
}

/** `OfficeExtension.ClientResult`: its `value` arrives at the next sync, as office-js does. */
export class FakeClientResult<T> {
  private set = false;
  private held: T | undefined;
  resolveWith(value: T): void {
    this.held = value;
    this.set = true;
  }
  get value(): T {
    if (!this.set) {
      throw new FakeOfficeError(
        'PropertyNotLoaded',
        'The value of the result object has not been loaded yet. Before reading the value property, call "context.sync()" on the associated request context.',
      );
    }
    return this.held as T;
  }
}

/**
 * `getReviewedText` (WordApi 1.4): the text as it is now ('Current', tracked deletions left out) or
 * before the tracked changes ('Original'; the fake keeps no tracked insertions, so its deletions put back).
 */
function reviewedText(
  context: FakeRequestContext,
  paragraphs: () => Paragraph[],
  version: string,
): FakeClientResult<string> {
  context.record(`getReviewedText ${version}`);
  const result = new FakeClientResult<string>();
  context.enqueue(() => {
    const fault = context.doc.faults.reviewedText;
    if (fault) throw new FakeOfficeError(fault, 'This API is not supported on this platform.');
    const doc = context.doc;
    result.resolveWith(
      paragraphs()
        // A symbol-font character is "(" here as in Paragraph.text (see symbolsAsWord).
        .map((p) => (version === 'Current' ? symbolsAsWord(p.text) : doc.wordText(p)).replace(/\n/g, '\v'))
        .join('\r'),
    );
  });
  return result;
}

function ooxmlResult(context: FakeRequestContext, nodes: () => Node[]): FakeClientResult<string> {
  context.record('getOoxml');
  const result = new FakeClientResult<string>();
  context.enqueue(() => {
    const fault = context.doc.faults.ooxml;
    if (fault) throw new FakeOfficeError(fault, 'There was an internal error while processing the request.');
    result.resolveWith(ooxmlOf(nodes()));
  });
  return result;
}

export abstract class FakeClientObject {
  private readonly loadedValues = new Map<string, unknown>();
  private readonly navCache = new Map<string, FakeClientObject>();
  abstract readonly typeName: string;
  /** True for the `…OrNullObject` results that found nothing (after sync). */
  isNullObject = false;

  constructor(readonly context: FakeRequestContext) {}

  /** Scalar properties this object can load, each read from the document at sync time. */
  protected abstract scalars(): Record<string, () => unknown>;

  /** Navigation properties (`font`, `body`, `paragraphs`) usable in load paths. */
  protected navigations(): Record<string, () => FakeClientObject> {
    return {};
  }

  /**
   * A collection navigation property (`paragraphs`, `tables`, `shapes` …): made once per object, as office-js
   * returns the same proxy each time, and loadable by `name` in load paths.
   */
  protected collection<T extends FakeClientObject, N>(
    name: string,
    typeName: string,
    nodes: () => N[],
    make: (resolve: () => N) => T,
  ): FakeCollection<T, N> {
    return this.nav(name, () => new FakeCollection(this.context, typeName, nodes, make));
  }

  protected nav<T extends FakeClientObject>(name: string, make: () => T): T {
    let obj = this.navCache.get(name);
    if (!obj) {
      obj = make();
      this.navCache.set(name, obj);
    }
    return obj as T;
  }

  load(option?: LoadOption): this {
    const paths = normalizePaths(option);
    this.context.record(`load ${this.typeName}${paths.length ? ` ${paths.join(',')}` : ''}`);
    this.context.enqueue(() => this.applyLoad(paths));
    return this;
  }

  /** Runs at sync: fetches the requested values from the document. */
  applyLoad(paths: string[]): void {
    // A null object loads nothing; `isNullObject` is known on every object.
    if (this.isNullObject) return;
    const scalars = this.scalars();
    const list = (paths.length ? paths : Object.keys(scalars)).filter((p) => p !== 'isNullObject');
    for (const path of list) {
      const [head, ...rest] = path.split('/');
      const name = head ?? '';
      const getter = scalars[name];
      if (getter && rest.length === 0) {
        this.loadedValues.set(name, getter());
        this.context.stats.loadedProperties += 1;
        continue;
      }
      const navigation = this.navigations()[name];
      if (!navigation) {
        throw new FakeOfficeError('PropertyNotFound', `The property '${name}' does not exist on ${this.typeName}.`);
      }
      navigation().applyLoad(rest.length ? [rest.join('/')] : []);
    }
  }

  protected read<T>(name: string): T {
    if (!this.loadedValues.has(name)) {
      throw new FakeOfficeError(
        'PropertyNotLoaded',
        `The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
      );
    }
    return this.loadedValues.get(name) as T;
  }
}

export class FakeCollection<T extends FakeClientObject, N> extends FakeClientObject {
  private loadedItems: T[] | null = null;

  constructor(
    context: FakeRequestContext,
    readonly typeName: string,
    private readonly resolveNodes: () => N[],
    private readonly make: (resolve: () => N) => T,
  ) {
    super(context);
  }

  protected scalars(): Record<string, () => unknown> {
    return {};
  }

  get items(): T[] {
    if (!this.loadedItems) {
      throw new FakeOfficeError(
        'PropertyNotLoaded',
        `The property 'items' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
      );
    }
    return this.loadedItems;
  }

  private page: { top?: number; skip?: number } = {};

  /** `load({ select, top, skip })` pages the collection (office-js collection paging). */
  override load(option?: LoadOption): this {
    this.page =
      option && typeof option === 'object' && !Array.isArray(option) ? { top: option.top, skip: option.skip } : {};
    return super.load(option);
  }

  override applyLoad(paths: string[]): void {
    const skip = this.page.skip ?? 0;
    const all = this.resolveNodes();
    const nodes =
      this.page.top !== undefined || skip
        ? all.slice(skip, this.page.top !== undefined ? skip + this.page.top : undefined)
        : all;
    // A host that cannot return this much in one response fails the batch (see FakeDocument.faults).
    const limit = this.context.doc.faults.maxItemsPerSync;
    if (limit !== undefined) {
      this.context.itemsThisSync += nodes.length;
      if (this.context.itemsThisSync > limit)
        throw new FakeOfficeError(
          'ResponsePayloadSizeLimitExceeded',
          'The response payload size has exceeded the limit.',
        );
    }
    // `collection.load('text')` means `items/text`, as in office-js.
    const itemPaths = paths.map((p) => (p.startsWith('items/') ? p.slice(6) : p)).filter((p) => p !== 'items');
    this.loadedItems = nodes.map((n) => this.make(() => n));
    this.context.stats.loadedItems += nodes.length;
    for (const item of this.loadedItems) item.applyLoad(itemPaths);
  }

  /** `FieldCollection.getByTypes` (WordApi 1.5): the fields whose type is listed (`'TOC'`). */
  getByTypes(types: string[]): FakeCollection<T, N> {
    const wanted = new Set(types.map((t) => t.toUpperCase()));
    return new FakeCollection(
      this.context,
      this.typeName,
      () =>
        this.resolveNodes().filter((n) =>
          wanted.has(((n as unknown as FakeField).code ?? '').trim().split(/\s+/)[0].toUpperCase()),
        ),
      this.make,
    );
  }

  getFirst(): T {
    return this.make(
      pinned(this.context, () => {
        const first = this.resolveNodes()[0];
        if (first === undefined) throw new FakeOfficeError('ItemNotFound', 'The requested resource does not exist.');
        return first;
      }),
    );
  }

  getLast(): T {
    return this.make(
      pinned(this.context, () => {
        const nodes = this.resolveNodes();
        const last = nodes[nodes.length - 1];
        if (last === undefined) throw new FakeOfficeError('ItemNotFound', 'The requested resource does not exist.');
        return last;
      }),
    );
  }
}

/**
 * Objects returned by methods (`getFirst`, `getNext`, `getCell`, `getRange`) are resolved where the
 * method call sits in the batch, as office-js does, not when they are used later in the batch.
 */
function pinned<T>(context: FakeRequestContext, resolve: () => T): () => T {
  let done = false;
  let value: T | undefined;
  const get = (): T => {
    if (!done) {
      value = resolve();
      done = true;
    }
    return value as T;
  };
  context.enqueue(() => void get());
  return get;
}

function mustLocate(doc: FakeDocument, node: Node): Where {
  const where = doc.locate(node);
  if (!where) throw new FakeOfficeError('ItemNotFound', 'The object has been deleted or moved.');
  return where;
}

const BUILT_IN: Record<string, { builtIn: string; en: string; sv: string }> = {
  normal: { builtIn: 'Normal', en: 'Normal', sv: 'Normal' },
  title: { builtIn: 'Title', en: 'Title', sv: 'Rubrik' },
  subtitle: { builtIn: 'Subtitle', en: 'Subtitle', sv: 'Underrubrik' },
  'list paragraph': { builtIn: 'ListParagraph', en: 'List Paragraph', sv: 'Liststycke' },
  'no spacing': { builtIn: 'NoSpacing', en: 'No Spacing', sv: 'Inget avstånd' },
  caption: { builtIn: 'Caption', en: 'Caption', sv: 'Beskrivning' },
  'toc heading': { builtIn: 'TocHeading', en: 'TOC Heading', sv: 'Innehållsförteckningsrubrik' },
  'table grid': { builtIn: 'TableGrid', en: 'Table Grid', sv: 'Tabellrutnät' },
};
for (let i = 1; i <= 9; i++) {
  BUILT_IN[`heading ${i}`] = { builtIn: `Heading${i}`, en: `Heading ${i}`, sv: `Rubrik ${i}` };
  BUILT_IN[`toc ${i}`] = { builtIn: `Toc${i}`, en: `TOC ${i}`, sv: `Innehåll ${i}` };
}

/** How Word reports a style: the localized name in `style`, the portable enum in `styleBuiltIn`. */
export function wordStyleOf(styleName: string | null, language: string): { style: string; styleBuiltIn: string } {
  const key = styleName ?? 'normal';
  const known = BUILT_IN[key];
  if (known)
    return { style: language.toLowerCase().startsWith('sv') ? known.sv : known.en, styleBuiltIn: known.builtIn };
  return { style: key, styleBuiltIn: 'Other' };
}

export class FakeFont extends FakeClientObject {
  readonly typeName = 'Font';
  constructor(
    context: FakeRequestContext,
    private readonly resolve: () => Paragraph,
  ) {
    super(context);
  }
  protected scalars(): Record<string, () => unknown> {
    // Word answers null when the range mixes formatting.
    const tri = (pick: (r: { bold: boolean; italic: boolean }) => boolean) => (): boolean | null => {
      const runs = this.resolve().runs.filter((r) => r.text.trim() !== '');
      if (runs.length === 0) return false;
      const on = runs.filter(pick).length;
      return on === runs.length ? true : on === 0 ? false : null;
    };
    return { bold: tri((r) => r.bold), italic: tri((r) => r.italic) };
  }
  get bold(): boolean | null {
    return this.read('bold');
  }
  get italic(): boolean | null {
    return this.read('italic');
  }
}

export class FakeParagraph extends FakeClientObject {
  readonly typeName = 'Paragraph';
  constructor(
    context: FakeRequestContext,
    readonly resolve: () => Paragraph,
  ) {
    super(context);
  }
  protected scalars(): Record<string, () => unknown> {
    const doc = this.context.doc;
    const lang = fakeLanguage(this.context);
    return {
      // Tracked deletions are part of Word's paragraph text (office-js #1267, #2314, #5286).
      text: () => doc.wordText(this.resolve()).replace(/\n/g, '\v'),
      style: () => wordStyleOf(this.resolve().styleName, lang).style,
      styleBuiltIn: () => wordStyleOf(this.resolve().styleName, lang).styleBuiltIn,
      outlineLevel: () => this.resolve().outlineLevel ?? 10,
      tableNestingLevel: () => mustLocate(doc, this.resolve()).depth,
      isListItem: () => this.resolve().numbering !== null,
    };
  }
  protected override navigations(): Record<string, () => FakeClientObject> {
    return { font: () => this.font, listItemOrNullObject: () => this.listItemOrNullObject, shapes: () => this.shapes };
  }
  get font(): FakeFont {
    return this.nav('font', () => new FakeFont(this.context, this.resolve));
  }
  /** Paragraph.inlinePictures (WordApi 1.1): see FakeInlinePicture. */
  get inlinePictures(): FakeCollection<FakeInlinePicture, PictureRef> {
    return this.nav('inlinePictures', () => inlinePictureCollection(this.context, () => [this.resolve()]));
  }
  /**
   * Paragraph.shapes (WordApiDesktop 1.2): "Gets the collection of Shape objects anchored in the paragraph,
   * including both inline and floating shapes" (https://learn.microsoft.com/en-us/javascript/api/word/word.paragraph#word-word-paragraph-shapes-member).
   * The fake's text boxes anchored here (FakeDocument.textBoxAnchor); a table's are in its first paragraph.
   * Then the paragraph's pictures, in line and floating (FakePictureShape).
   */
  get shapes(): FakeCollection<FakeShape | FakePictureShape, TextBox | PictureRef> {
    return this.collection<FakeShape | FakePictureShape, TextBox | PictureRef>(
      'shapes',
      'ShapeCollection',
      () => [
        ...this.context.doc.textBoxes.filter((t) => this.context.doc.textBoxAnchor(t) === this.resolve()),
        ...picturesOf([this.resolve()]),
      ],
      (r) => shapeObject(this.context, r),
    );
  }
  /** WordApi 1.3: the paragraph's list item, or a null object when it is not in a list (see FakeListItem). */
  get listItemOrNullObject(): FakeListItem {
    return this.nav('listItemOrNullObject', () => new FakeListItem(this.context, this.resolve));
  }
  get text(): string {
    return this.read('text');
  }
  get style(): string {
    return this.read('style');
  }
  get styleBuiltIn(): string {
    return this.read('styleBuiltIn');
  }
  get outlineLevel(): number {
    return this.read('outlineLevel');
  }
  get tableNestingLevel(): number {
    return this.read('tableNestingLevel');
  }
  get isListItem(): boolean {
    return this.read('isListItem');
  }

  getReviewedText(version: string = 'Current'): FakeClientResult<string> {
    return reviewedText(this.context, () => [this.resolve()], version);
  }

  /** Paragraph.getOoxml (WordApi 1.1): see fake/ooxml.ts for what the package holds. */
  getOoxml(): FakeClientResult<string> {
    return ooxmlResult(this.context, () => [this.resolve()]);
  }

  getNext(): FakeParagraph {
    return new FakeParagraph(
      this.context,
      pinned(this.context, () => {
        const where = mustLocate(this.context.doc, this.resolve());
        const next = where.container[where.index + 1];
        if (!next || next.kind !== 'paragraph')
          throw new FakeOfficeError('ItemNotFound', 'The requested resource does not exist.');
        return next;
      }),
    );
  }

  getRange(location: string = 'Whole'): FakeRange {
    return new FakeRange(this.context, () => nodeSpan(this.context.doc, this.resolve(), location));
  }

  /** Replace keeps the formatting of the paragraph's first run, as Word does when typing over it. */
  insertText(text: string, location: string): FakeRange {
    this.context.record(`insertText ${location}`);
    const range = new FakeRange(this.context, () => nodeSpan(this.context.doc, this.resolve(), 'Whole'));
    this.context.enqueue(() => {
      const p = this.resolve();
      const where = mustLocate(this.context.doc, p);
      this.context.doc.writes.push({ op: `Paragraph.insertText(${location})`, loc: locOf(where) });
      const first = p.runs[0] ?? { text: '', bold: p.bold, italic: p.italic };
      const [head = '', ...more] = text.split('\n');
      if (location === 'Replace') {
        // Under Track Changes the replaced text stays as a tracked deletion before the new (office-js #5188).
        if (this.context.doc.changeTrackingMode !== 'Off') {
          const old = this.context.doc.wordText(p);
          this.context.doc.deletions.set(p, old ? [{ at: 0, text: old }] : []);
        }
        p.runs = head ? [{ text: head, bold: first.bold, italic: first.italic }] : [];
        p.text = head;
      } else if (location === 'Start') {
        p.runs = [{ text: head, bold: first.bold, italic: first.italic }, ...p.runs];
        p.text = head + p.text;
      } else {
        p.runs = [...p.runs, { text: head, bold: first.bold, italic: first.italic }];
        p.text = p.text + head;
      }
      p.bold = p.runs.length > 0 && p.runs.every((r) => r.bold);
      p.italic = p.runs.length > 0 && p.runs.every((r) => r.italic);
      // A "\n" in inserted text starts a new paragraph in Word.
      const extra = more.map<Paragraph>((t) => ({
        ...p,
        text: t,
        runs: t ? [{ text: t, bold: first.bold, italic: first.italic }] : [],
      }));
      where.container.splice(where.index + 1, 0, ...extra);
      this.context.doc.invalidate();
    });
    return range;
  }

  delete(): void {
    this.context.record('delete Paragraph');
    this.context.enqueue(() => {
      const p = this.resolve();
      const where = mustLocate(this.context.doc, p);
      this.context.doc.writes.push({ op: 'Paragraph.delete', loc: locOf(where) });
      const inCell = where.depth > 0;
      const paragraphsLeft = where.container.filter((n) => n.kind === 'paragraph').length;
      if (inCell && paragraphsLeft === 1) {
        // A cell keeps its last paragraph mark; Word empties it instead.
        p.text = '';
        p.runs = [];
      } else {
        where.container.splice(where.index, 1);
        this.context.doc.invalidate();
      }
    });
  }

  select(mode: string = 'Select'): void {
    this.context.record(`select Paragraph ${mode}`);
    this.context.enqueue(() => {
      const p = this.resolve();
      this.context.doc.selections.push({
        kind: 'paragraph',
        loc: locOf(mustLocate(this.context.doc, p)),
        text: p.text,
      });
    });
  }
}

/**
 * Word.ListItem (WordApi 1.3, https://learn.microsoft.com/en-us/javascript/api/word/word.listitem):
 * `listString` "Gets the list item bullet, number, or picture as a string", `level` the item's level
 * (0-based). `Paragraph.listItemOrNullObject` gives a null object for a paragraph outside any list
 * (https://learn.microsoft.com/en-us/javascript/api/word/word.paragraph#word-word-paragraph-listitemornullobject-member).
 * The fake's number is the one the .docx reader computed from numbering.xml (`Paragraph.listNumber`), the
 * number Word itself would show; a list item without one (numFmt none) shows ''.
 */
export class FakeListItem extends FakeClientObject {
  readonly typeName = 'ListItem';
  constructor(
    context: FakeRequestContext,
    private readonly paragraph: () => Paragraph,
  ) {
    super(context);
  }
  protected scalars(): Record<string, () => unknown> {
    return {
      listString: () => this.paragraph().listNumber ?? '',
      level: () => this.paragraph().numbering?.level ?? 0,
    };
  }
  override applyLoad(paths: string[]): void {
    // Word on the web fails the whole batch with a GeneralException when a list item is loaded for a
    // paragraph deleted under Track Changes (office-js #5335, "getting 'paragraph.listItem' is failed");
    // `faults.listItem` fails every list item load so.
    const fault = this.context.doc.faults.listItem;
    if (fault && this.paragraph().numbering !== null)
      throw new FakeOfficeError(fault, 'There was an internal error while processing the request.');
    // Known at sync, as for every …OrNullObject: a paragraph outside a list has no list item.
    this.isNullObject = this.paragraph().numbering === null;
    super.applyLoad(paths);
  }
  get listString(): string {
    return this.read('listString');
  }
  get level(): number {
    return this.read('level');
  }
}

export class FakeTable extends FakeClientObject {
  readonly typeName = 'Table';
  constructor(
    context: FakeRequestContext,
    readonly resolve: () => Table,
  ) {
    super(context);
  }
  protected scalars(): Record<string, () => unknown> {
    const doc = this.context.doc;
    return {
      // Word separates a cell's paragraphs with "\r" in `values`.
      values: () =>
        this.resolve().rows.map((r) => r.cells.map((c) => c.paragraphs.map((p) => doc.wordText(p)).join('\r'))),
      rowCount: () => this.resolve().rows.length,
      nestingLevel: () => mustLocate(doc, this.resolve()).depth || 1,
      headerRowCount: () => {
        const rows = this.resolve().rows;
        let n = 0;
        while (n < rows.length && rows[n].header) n++;
        return n;
      },
      style: () => this.resolve().styleId ?? 'Normal Table',
      styleBuiltIn: () => (this.resolve().styleId === 'TableGrid' ? 'TableGrid' : 'Other'),
    };
  }
  get values(): string[][] {
    return this.read('values');
  }
  get rowCount(): number {
    return this.read('rowCount');
  }
  get nestingLevel(): number {
    return this.read('nestingLevel');
  }
  get headerRowCount(): number {
    return this.read('headerRowCount');
  }
  /**
   * Table.headerRowCount is read/write from WordApi 1.3: "Specifies the number of header rows"
   * (https://learn.microsoft.com/en-us/javascript/api/word/word.table#word-word-table-headerrowcount-member).
   * Setting it marks the first n rows as repeated header rows (w:tblHeader) and unmarks the rest.
   */
  set headerRowCount(n: number) {
    this.context.record(`set Table.headerRowCount ${n}`);
    this.context.enqueue(() => {
      const t = this.resolve();
      const where = mustLocate(this.context.doc, t);
      this.context.doc.writes.push({ op: 'Table.headerRowCount', loc: { block: where.block } });
      t.rows.forEach((r, i) => (r.header = i < n));
    });
  }
  get style(): string {
    return this.read('style');
  }
  get styleBuiltIn(): string {
    return this.read('styleBuiltIn');
  }

  /** WordApi 1.3: the table this one is nested in, or a null object. */
  get parentTableOrNullObject(): FakeTable {
    return this.nav('parentTableOrNullObject', () => {
      let found: Table | null = null;
      const parent = new FakeTable(this.context, () => {
        if (!found) throw new FakeOfficeError('ItemNotFound', 'The table is not nested.');
        return found;
      });
      this.context.enqueue(() => {
        found = null;
        if (!this.isNullObject) {
          const me = this.resolve();
          for (const { table: t } of this.context.doc.allTables())
            if (t.rows.some((r) => r.cells.some((c) => c.tables.includes(me)))) found = t;
        }
        parent.isNullObject = found === null;
      });
      return parent;
    });
  }

  getCell(rowIndex: number, cellIndex: number): FakeTableCell {
    return new FakeTableCell(
      this.context,
      pinned(this.context, () => {
        const table = this.resolve();
        const cell = table.rows[rowIndex]?.cells[cellIndex];
        if (!cell)
          throw new FakeOfficeError('ItemNotFound', `The requested cell (${rowIndex}, ${cellIndex}) does not exist.`);
        return { table, row: rowIndex, cell: cellIndex };
      }),
    );
  }

  getRange(location: string = 'Whole'): FakeRange {
    return new FakeRange(this.context, () => nodeSpan(this.context.doc, this.resolve(), location));
  }

  select(mode: string = 'Select'): void {
    this.context.record(`select Table ${mode}`);
    this.context.enqueue(() => {
      const where = mustLocate(this.context.doc, this.resolve());
      this.context.doc.selections.push({ kind: 'table', loc: { block: where.block }, text: '' });
    });
  }
}

interface CellRef {
  table: Table;
  row: number;
  cell: number;
}

function gridWidth(ref: CellRef): number {
  const c = ref.table.rows[ref.row].cells[ref.cell];
  return 100 * Math.max(1, c.gridSpan);
}

export class FakeTableCell extends FakeClientObject {
  readonly typeName = 'TableCell';
  constructor(
    context: FakeRequestContext,
    readonly resolve: () => CellRef,
  ) {
    super(context);
  }
  protected scalars(): Record<string, () => unknown> {
    const cellOf = (): CellRef & { value: string; shading: string | null } => {
      const ref = this.resolve();
      const c = ref.table.rows[ref.row].cells[ref.cell];
      return { ...ref, value: c.paragraphs.map((p) => p.text).join('\r'), shading: c.shading };
    };
    return {
      rowIndex: () => cellOf().row,
      cellIndex: () => cellOf().cell,
      // Points; the fake's grid columns are 100 pt wide, so a span shows in the width as in Word.
      columnWidth: () => gridWidth(this.resolve()),
      shadingColor: () => {
        const s = cellOf().shading;
        return s ? `#${s}` : '';
      },
      value: () => cellOf().value,
    };
  }
  protected override navigations(): Record<string, () => FakeClientObject> {
    return { body: () => this.body };
  }
  /** Word fails the whole batch when a vertically merged cell is loaded (office-js issue #3200). */
  override applyLoad(paths: string[]): void {
    const ref = this.resolve();
    if (ref.table.rows[ref.row].cells[ref.cell].vMerge === 'continue') {
      throw new FakeOfficeError('GeneralException', 'There was an internal error while processing the request.');
    }
    super.applyLoad(paths);
  }
  get rowIndex(): number {
    return this.read('rowIndex');
  }
  get cellIndex(): number {
    return this.read('cellIndex');
  }
  get columnWidth(): number {
    return this.read('columnWidth');
  }
  get shadingColor(): string {
    return this.read('shadingColor');
  }
  get value(): string {
    return this.read('value');
  }
  get body(): FakeBody {
    return this.nav(
      'body',
      () =>
        new FakeBody(this.context, () => {
          const ref = this.resolve();
          return { kind: 'cell', cell: ref.table.rows[ref.row].cells[ref.cell], ref };
        }),
    );
  }
  get parentRow(): FakeTableRow {
    return this.nav(
      'parentRow',
      () =>
        new FakeTableRow(this.context, () => {
          const ref = this.resolve();
          return { table: ref.table, row: ref.row };
        }),
    );
  }
}

export class FakeTableRow extends FakeClientObject {
  readonly typeName = 'TableRow';
  constructor(
    context: FakeRequestContext,
    readonly resolve: () => { table: Table; row: number },
  ) {
    super(context);
  }
  protected scalars(): Record<string, () => unknown> {
    return {
      rowIndex: () => this.resolve().row,
      cellCount: () => this.resolve().table.rows[this.resolve().row].cells.length,
      isHeader: () => this.resolve().table.rows[this.resolve().row].header,
    };
  }
  get rowIndex(): number {
    return this.read('rowIndex');
  }
  get cellCount(): number {
    return this.read('cellCount');
  }
  get isHeader(): boolean {
    return this.read('isHeader');
  }
  select(mode: string = 'Select'): void {
    this.context.record(`select TableRow ${mode}`);
    this.context.enqueue(() => {
      const { table, row } = this.resolve();
      const where = mustLocate(this.context.doc, table);
      const text = table.rows[row].cells.map((c) => c.text).join('\t');
      this.context.doc.selections.push({ kind: 'row', loc: { block: where.block, row }, text });
    });
  }
}

type BodyRef =
  | { kind: 'body' }
  | { kind: 'cell'; cell: Table['rows'][number]['cells'][number]; ref: CellRef }
  /** A header, footer or text box: its paragraphs (tables in it are read as their paragraphs). */
  | { kind: 'story'; paragraphs: Paragraph[] };

export class FakeBody extends FakeClientObject {
  readonly typeName = 'Body';
  constructor(
    context: FakeRequestContext,
    readonly resolve: () => BodyRef,
  ) {
    super(context);
  }
  private nodes(): Node[] {
    const ref = this.resolve();
    if (ref.kind === 'story') return ref.paragraphs;
    return ref.kind === 'body' ? this.context.doc.blocks : [...ref.cell.paragraphs, ...ref.cell.tables];
  }
  private paragraphList(): Paragraph[] {
    const ref = this.resolve();
    if (ref.kind === 'story') return ref.paragraphs;
    if (ref.kind === 'body') return this.context.doc.allParagraphs().map((x) => x.p);
    const out: Paragraph[] = [...ref.cell.paragraphs];
    for (const t of ref.cell.tables) out.push(...tableParagraphs(t, 0).map((x) => x.p));
    return out;
  }
  protected scalars(): Record<string, () => unknown> {
    return {
      text: () =>
        this.paragraphList()
          .map((p) => this.context.doc.wordText(p))
          .join('\r'),
    };
  }
  getReviewedText(version: string = 'Current'): FakeClientResult<string> {
    return reviewedText(this.context, () => this.paragraphList(), version);
  }
  protected override navigations(): Record<string, () => FakeClientObject> {
    return {
      paragraphs: () => this.paragraphs,
      tables: () => this.tables,
      fields: () => this.fields,
      contentControls: () => this.contentControls,
      shapes: () => this.shapes,
    };
  }
  get text(): string {
    return this.read('text');
  }
  get paragraphs(): FakeCollection<FakeParagraph, Paragraph> {
    return this.collection(
      'paragraphs',
      'ParagraphCollection',
      () => this.paragraphList(),
      (r) => new FakeParagraph(this.context, r),
    );
  }
  get tables(): FakeCollection<FakeTable, Table> {
    return this.collection(
      'tables',
      'TableCollection',
      () => this.context.doc.allTables(this.nodes()).map((t) => t.table),
      (r) => new FakeTable(this.context, r),
    );
  }
  get fields(): FakeCollection<FakeFieldObject, FakeField> {
    return this.collection(
      'fields',
      'FieldCollection',
      () => {
        const fault = this.context.doc.faults.fields;
        if (fault) throw new FakeOfficeError(fault, 'This API is not supported on this platform.');
        return this.resolve().kind === 'body' ? this.context.doc.fields : [];
      },
      (r) => new FakeFieldObject(this.context, r),
    );
  }
  get contentControls(): FakeCollection<FakeContentControlObject, FakeContentControl> {
    return this.collection(
      'contentControls',
      'ContentControlCollection',
      () => (this.resolve().kind === 'body' ? this.context.doc.contentControls : []),
      (r) => new FakeContentControlObject(this.context, r),
    );
  }
  /**
   * Body.shapes (WordApiDesktop 1.2): "Currently, only the following shapes are supported: text boxes,
   * geometric shapes, groups, pictures, and canvases" (https://learn.microsoft.com/en-us/javascript/api/word/word.shapecollection).
   * The fake holds the body's text boxes (their `body` is the box's text) and its pictures, "including both
   * inline and floating shapes" (https://learn.microsoft.com/en-us/javascript/api/word/word.body#word-word-body-shapes-member).
   */
  get shapes(): FakeCollection<FakeShape | FakePictureShape, TextBox | PictureRef> {
    return this.collection<FakeShape | FakePictureShape, TextBox | PictureRef>(
      'shapes',
      'ShapeCollection',
      () =>
        this.resolve().kind === 'body' ? [...this.context.doc.textBoxes, ...picturesOf(this.paragraphList())] : [],
      (r) => shapeObject(this.context, r),
    );
  }
  getRange(location: string = 'Whole'): FakeRange {
    return new FakeRange(this.context, () => {
      const container = this.nodes();
      const ref = this.resolve();
      const c = ref.kind === 'cell' ? ref.cell.paragraphs : container;
      if (location === 'Start') return { container: c, from: 0, to: -1 };
      if (location === 'End' || location === 'After') return { container: c, from: c.length, to: c.length - 1 };
      return { container: c, from: 0, to: c.length - 1 };
    });
  }
  /** Body.inlinePictures (WordApi 1.1): see FakeInlinePicture. */
  get inlinePictures(): FakeCollection<FakeInlinePicture, PictureRef> {
    return this.nav('inlinePictures', () => inlinePictureCollection(this.context, () => this.paragraphList()));
  }
  /** Body.getComments() (WordApi 1.4): every comment in the body, cells included. */
  getComments(): FakeCollection<FakeCommentObject, FakeComment> {
    this.context.record('getComments Body');
    return new FakeCollection(
      this.context,
      'CommentCollection',
      () => commentsIn(this.context.doc, this.paragraphList()),
      (r) => new FakeCommentObject(this.context, r),
    );
  }
  insertOoxml(ooxml: string, location: string): FakeRange {
    return this.getRange(location === 'Replace' ? 'Whole' : location).insertOoxml(
      ooxml,
      location === 'Replace' ? 'Replace' : location === 'Start' ? 'Before' : 'After',
    );
  }
  select(): void {
    this.context.record('select Body');
    this.context.enqueue(() => {
      const ref = this.resolve();
      if (ref.kind === 'cell') {
        const where = mustLocate(this.context.doc, ref.ref.table);
        this.context.doc.selections.push({
          kind: 'cell',
          loc: { block: where.block, row: ref.ref.row, cell: ref.ref.cell },
          text: ref.cell.text,
        });
      } else {
        this.context.doc.selections.push({ kind: 'body', loc: { block: 0 }, text: '' });
      }
    });
  }
}

function nodeSpan(doc: FakeDocument, node: Node, location: string): Span {
  const where = mustLocate(doc, node);
  const i = where.index;
  if (location === 'Start') return { container: where.container, from: i, to: i - 1 };
  if (location === 'End' || location === 'After') return { container: where.container, from: i + 1, to: i };
  return { container: where.container, from: i, to: i };
}

function locOf(where: Where): { block: number; row?: number; cell?: number; paragraph?: number } {
  const loc: { block: number; row?: number; cell?: number; paragraph?: number } = { block: where.block };
  if (where.row !== undefined) loc.row = where.row;
  if (where.cell !== undefined) loc.cell = where.cell;
  if (where.paragraph !== undefined) loc.paragraph = where.paragraph;
  return loc;
}

/** A range pinned to the nodes it covers, so it follows them when insertions move them, as Word's ranges do. */
type Tracked = { container: Node[]; first: Node; last: Node } | { container: Node[]; after: Node | null };

function track(s: Span): Tracked {
  if (s.to >= s.from) return { container: s.container, first: s.container[s.from], last: s.container[s.to] };
  return { container: s.container, after: s.container[s.from - 1] ?? null };
}

function untrack(t: Tracked): Span {
  if ('first' in t) {
    const from = t.container.indexOf(t.first);
    const to = t.container.indexOf(t.last);
    if (from < 0 || to < 0) throw new FakeOfficeError('ItemNotFound', 'The range has been deleted.');
    return { container: t.container, from, to };
  }
  const i = t.after ? t.container.indexOf(t.after) : -1;
  if (t.after && i < 0) throw new FakeOfficeError('ItemNotFound', 'The range has been deleted.');
  return { container: t.container, from: i + 1, to: i };
}

type Point = { paragraph: Paragraph; offset: number };

export class FakeRange extends FakeClientObject {
  readonly typeName = 'Range';
  private tracked: Tracked | null = null;
  readonly resolve: () => Span;
  /** For the selection: the caret's start and end inside paragraphs (null: whole nodes). */
  points: () => { start: Point; end: Point } | null = () => null;

  /** `pin` false: the range is set by the operation that creates its content (`setTracked`). */
  constructor(context: FakeRequestContext, resolve: () => Span, pin = true) {
    super(context);
    this.resolve = () => (this.tracked ? untrack(this.tracked) : resolve());
    if (pin) context.enqueue(() => void (this.tracked = track(resolve())));
  }

  setTracked(span: Span): void {
    this.tracked = track(span);
  }
  /** Range.getOoxml (WordApi 1.1): see fake/ooxml.ts for what the package holds. */
  getOoxml(): FakeClientResult<string> {
    return ooxmlResult(this.context, () => this.spanNodes());
  }
  private spanNodes(): Node[] {
    const s = this.resolve();
    return s.container.slice(s.from, s.to + 1);
  }
  protected scalars(): Record<string, () => unknown> {
    return {
      text: () =>
        this.context.doc
          .allParagraphs(this.spanNodes())
          .map((x) => x.p.text)
          .join('\r'),
      isEmpty: () => {
        const p = this.points();
        return p
          ? p.start.paragraph === p.end.paragraph && p.start.offset === p.end.offset
          : this.resolve().to < this.resolve().from;
      },
    };
  }
  protected override navigations(): Record<string, () => FakeClientObject> {
    return { paragraphs: () => this.paragraphs };
  }
  get text(): string {
    return this.read('text');
  }
  get isEmpty(): boolean {
    return this.read('isEmpty');
  }
  get paragraphs(): FakeCollection<FakeParagraph, Paragraph> {
    return this.collection(
      'paragraphs',
      'ParagraphCollection',
      () => this.context.doc.allParagraphs(this.spanNodes()).map((x) => x.p),
      (r) => new FakeParagraph(this.context, r),
    );
  }
  /** Range.getHyperlinkRanges (WordApi 1.3): see FakeHyperlinkRange. */
  getHyperlinkRanges(): FakeCollection<FakeHyperlinkRange, LinkRef> {
    this.context.record('getHyperlinkRanges');
    return new FakeCollection(
      this.context,
      'RangeCollection',
      () =>
        this.context.doc
          .allParagraphs(this.spanNodes())
          .flatMap(({ p }) => (p.hyperlinks ?? []).map((link) => ({ paragraph: p, link }))),
      (r) => new FakeHyperlinkRange(this.context, r),
    );
  }
  expandTo(other: FakeRange): FakeRange {
    return new FakeRange(this.context, () => {
      const a = this.resolve();
      const b = other.resolve();
      if (a.container !== b.container)
        throw new FakeOfficeError('InvalidArgument', 'The ranges are not in the same story or cell.');
      return { container: a.container, from: Math.min(a.from, b.from), to: Math.max(a.to, b.to) };
    });
  }
  getRange(location: string = 'Whole'): FakeRange {
    const range = new FakeRange(this.context, () => {
      const s = this.resolve();
      if (location === 'Start') return { container: s.container, from: s.from, to: s.from - 1 };
      if (location === 'End' || location === 'After') return { container: s.container, from: s.to + 1, to: s.to };
      return s;
    });
    const points = this.points;
    if (location === 'Start') range.points = () => (points() ? { start: points()!.start, end: points()!.start } : null);
    else if (location === 'End') range.points = () => (points() ? { start: points()!.end, end: points()!.end } : null);
    else if (location === 'Whole') range.points = points;
    return range;
  }

  /** Where a range's start is, as a paragraph and an offset in the document's paragraph order. */
  private startPoint(): { order: number; offset: number } {
    const doc = this.context.doc;
    const all = doc.allParagraphs().map((x) => x.p);
    const p = this.points();
    if (p) return { order: all.indexOf(p.start.paragraph), offset: p.start.offset };
    const s = this.resolve();
    const at = s.container[s.from];
    if (at) return { order: all.indexOf(doc.allParagraphs([at])[0].p), offset: 0 };
    const before = s.container[s.from - 1];
    const last = before ? doc.allParagraphs([before]).at(-1)?.p : undefined;
    return last ? { order: all.indexOf(last), offset: last.text.length } : { order: all.length, offset: 0 };
  }

  /**
   * WordApi 1.3 `compareLocationWith`, for the starts of collapsed ranges (all the adapter asks): 'Equal',
   * 'Before' or 'After' (https://learn.microsoft.com/javascript/api/word/word.locationrelation).
   */
  compareLocationWith(other: FakeRange): FakeClientResult<string> {
    const result = new FakeClientResult<string>();
    this.context.enqueue(() => {
      const a = this.startPoint();
      const b = other.startPoint();
      result.resolveWith(
        a.order === b.order && a.offset === b.offset
          ? 'Equal'
          : a.order < b.order || (a.order === b.order && a.offset < b.offset)
            ? 'Before'
            : 'After',
      );
    });
    return result;
  }

  /** WordApi 1.3: the innermost table holding the range, or a null object. */
  get parentTableOrNullObject(): FakeTable {
    return this.nav('parentTableOrNullObject', () => {
      const doc = this.context.doc;
      let found: Table | null = null;
      const table = new FakeTable(this.context, () => {
        if (!found) throw new FakeOfficeError('ItemNotFound', 'The range is not in a table.');
        return found;
      });
      this.context.enqueue(() => {
        const s = this.resolve();
        found = null;
        for (const { table: t } of doc.allTables()) {
          if (t.rows.some((r) => r.cells.some((c) => c.paragraphs === s.container))) found = t;
        }
        table.isNullObject = found === null;
      });
      return table;
    });
  }
  /**
   * Range.insertComment(text) (WordApi 1.4): a comment on the range, by the signed-in user. The fake
   * anchors it on the range's first paragraph; Word refuses a range that holds nothing to comment on.
   */
  insertComment(text: string): FakeCommentObject {
    this.context.record('insertComment');
    let made: FakeComment | null = null;
    this.context.enqueue(() => {
      const first = this.context.doc.allParagraphs(this.spanNodes())[0]?.p;
      if (!first) throw new FakeOfficeError('InvalidArgument', 'The range is empty; a comment needs content to be on.');
      const doc = this.context.doc;
      made = {
        id: `{fake-comment-${doc.nextCommentId++}}`,
        content: text,
        authorName: doc.userName,
        anchor: first,
        replies: [],
      };
      doc.comments.push(made);
      const where = doc.locate(first);
      doc.writes.push({ op: 'Range.insertComment', loc: where ? locOf(where) : { block: 0 } });
    });
    return new FakeCommentObject(this.context, () => {
      if (!made)
        throw new FakeOfficeError('InvalidOperation', 'The comment is not available before the insertion has run.');
      return made;
    });
  }
  /** Block-level OOXML replaces or lands beside whole blocks; the fake never splits a paragraph. */
  insertOoxml(ooxml: string, location: string): FakeRange {
    this.context.record(`insertOoxml ${location}`);
    const result = new FakeRange(
      this.context,
      () => {
        throw new FakeOfficeError('InvalidOperation', 'The range is not available before the insertion has run.');
      },
      false,
    );
    const points = this.points();
    this.context.enqueue(() => {
      const s = this.resolve();
      const doc = this.context.doc;
      const blocks = parseBodyXml(ooxml, { resolveStyle: packageStyleResolver(doc, ooxml) });
      if (points && (location === 'After' || location === 'Before' || location === 'Replace')) {
        insertAtCaret(doc, points, blocks, location, result);
        return;
      }
      if (s.container !== doc.blocks && blocks.some((b) => b.kind === 'table')) {
        throw new FakeOfficeError('InvalidArgument', 'The fake only inserts tables at body level.');
      }
      const at = location === 'Replace' ? s.from : location === 'Before' || location === 'Start' ? s.from : s.to + 1;
      const removeCount = location === 'Replace' ? Math.max(0, s.to - s.from + 1) : 0;
      const firstLoc = s.container[at] ? doc.locate(s.container[at]) : null;
      s.container.splice(at, removeCount, ...blocks);
      doc.invalidate();
      doc.writes.push({
        op: `Range.insertOoxml(${location})`,
        loc: firstLoc ? locOf(firstLoc) : { block: doc.blocks.length },
        blocks: blocks.length,
        removed: removeCount,
      });
      result.setTracked({ container: s.container, from: at, to: at + blocks.length - 1 });
    });
    return result;
  }
  select(mode: string = 'Select'): void {
    this.context.record(`select Range ${mode}`);
    this.context.enqueue(() => {
      const s = this.resolve();
      const first = s.container[s.from] ?? s.container[s.from - 1];
      const where = first ? mustLocate(this.context.doc, first) : null;
      this.context.doc.selections.push({
        kind: 'range',
        loc: where ? locOf(where) : { block: 0 },
        text: this.context.doc
          .allParagraphs(s.container.slice(s.from, s.to + 1))
          .map((x) => x.p.text)
          .join('\r'),
      });
    });
  }
}

/**
 * Block content inserted at a caret lands where Word puts it: at a caret inside a paragraph the
 * paragraph is split around the new content (an empty selection's 'After' is the caret itself); in a
 * table cell a table becomes a nested table of that cell. This is what the adapter must avoid doing.
 */
function insertAtCaret(
  doc: FakeDocument,
  points: { start: Point; end: Point },
  blocks: Block[],
  location: string,
  result: FakeRange,
): void {
  const point = location === 'Before' ? points.start : points.end;
  const where = mustLocate(doc, point.paragraph);
  const p = point.paragraph;
  const tail: Paragraph = {
    ...p,
    text: p.text.slice(point.offset),
    runs: p.text.slice(point.offset) ? [{ text: p.text.slice(point.offset), bold: p.bold, italic: p.italic }] : [],
  };
  p.text = p.text.slice(0, point.offset);
  p.runs = p.text ? [{ text: p.text, bold: p.bold, italic: p.italic }] : [];
  const inCell = where.depth > 0;
  const cell = inCell ? findCell(doc, where.container) : null;
  const paragraphsIn = blocks.filter((b): b is Paragraph => b.kind === 'paragraph');
  const tablesIn = blocks.filter((b): b is Table => b.kind === 'table');
  if (cell) {
    where.container.splice(where.index + 1, 0, ...paragraphsIn, tail);
    cell.tables.push(...tablesIn);
  } else {
    where.container.splice(where.index + 1, 0, ...blocks, tail);
  }
  doc.invalidate();
  doc.writes.push({
    op: `Range.insertOoxml(${location})`,
    loc: locOf(where),
    blocks: blocks.length,
    removed: 0,
    ...(cell ? { nested: true } : {}),
    split: point.offset > 0 && tail.text !== '',
  });
  result.setTracked({
    container: where.container,
    from: where.index + 1,
    to: where.index + (cell ? paragraphsIn.length : blocks.length),
  });
}

function findCell(doc: FakeDocument, container: Node[]): Table['rows'][number]['cells'][number] | null {
  for (const { table } of doc.allTables())
    for (const r of table.rows) for (const c of r.cells) if (c.paragraphs === container) return c;
  return null;
}

function paragraphLike(text: string): Paragraph {
  return {
    kind: 'paragraph',
    text,
    styleId: null,
    styleName: null,
    outlineLevel: null,
    bold: false,
    italic: false,
    runs: text ? [{ text, bold: false, italic: false }] : [],
    numbering: null,
  };
}

export class FakeFieldObject extends FakeClientObject {
  readonly typeName = 'Field';
  constructor(
    context: FakeRequestContext,
    readonly resolve: () => FakeField,
  ) {
    super(context);
  }
  protected scalars(): Record<string, () => unknown> {
    return {
      code: () => ` ${this.resolve().code.trim()} `,
      type: () => {
        const t = (this.resolve().code.trim().split(/\s+/)[0] ?? '').toLowerCase();
        return t ? t[0].toUpperCase() + t.slice(1) : 'Empty';
      },
    };
  }
  protected override navigations(): Record<string, () => FakeClientObject> {
    return { result: () => this.result };
  }
  get code(): string {
    return this.read('code');
  }
  get type(): string {
    return this.read('type');
  }
  /**
   * `Field.updateResult()` (WordApi 1.5, https://learn.microsoft.com/javascript/api/word/word.field#word-word-field-updateresult-member(1)):
   * for a TOC field Word lists the document's headings again. The fake rebuilds the entries from the
   * body's level 1–3 paragraphs (TOC1–TOC3 styles, page "1": the fake has no pages).
   */
  updateResult(): void {
    this.context.record('updateResult Field');
    this.context.enqueue(() => {
      const doc = this.context.doc;
      const f = this.resolve();
      if (!/^TOC\b/i.test(f.code.trim())) return;
      const from = doc.blocks.indexOf(f.from);
      const to = doc.blocks.indexOf(f.to);
      if (from < 0 || to < from) throw new FakeOfficeError('ItemNotFound', 'The field has been deleted.');
      const entries: Paragraph[] = doc.blocks
        .filter(
          (b, i): b is Paragraph =>
            (i < from || i > to) &&
            b.kind === 'paragraph' &&
            b.outlineLevel !== null &&
            b.outlineLevel <= 3 &&
            b.text.trim() !== '',
        )
        .map((h) => ({
          ...paragraphLike(`${h.text}\t1`),
          styleId: `TOC${h.outlineLevel}`,
          styleName: `toc ${h.outlineLevel}`,
        }));
      if (entries.length === 0) entries.push(paragraphLike('Inga poster hittades i innehållsförteckningen.'));
      doc.blocks.splice(from, to - from + 1, ...entries);
      f.from = entries[0]!;
      f.to = entries[entries.length - 1]!;
      doc.invalidate();
      doc.writes.push({
        op: 'Field.updateResult',
        loc: { block: from },
        blocks: entries.length,
        removed: to - from + 1,
      });
    });
  }
  get result(): FakeRange {
    return this.nav(
      'result',
      () => new FakeRange(this.context, () => blockSpan(this.context.doc, this.resolve().from, this.resolve().to)),
    );
  }
}

export class FakeContentControlObject extends FakeClientObject {
  readonly typeName = 'ContentControl';
  constructor(
    context: FakeRequestContext,
    readonly resolve: () => FakeContentControl,
  ) {
    super(context);
  }
  protected scalars(): Record<string, () => unknown> {
    return {
      tag: () => this.resolve().tag ?? '',
      title: () => this.resolve().title ?? '',
      type: () => 'RichText',
      text: () => {
        const s = blockSpan(this.context.doc, this.resolve().from, this.resolve().to);
        return this.context.doc
          .allParagraphs(s.container.slice(s.from, s.to + 1))
          .map((x) => x.p.text)
          .join('\r');
      },
    };
  }
  protected override navigations(): Record<string, () => FakeClientObject> {
    return { paragraphs: () => this.paragraphs };
  }
  get tag(): string {
    return this.read('tag');
  }
  get title(): string {
    return this.read('title');
  }
  get type(): string {
    return this.read('type');
  }
  get text(): string {
    return this.read('text');
  }
  get paragraphs(): FakeCollection<FakeParagraph, Paragraph> {
    return this.collection(
      'paragraphs',
      'ParagraphCollection',
      () => {
        const s = blockSpan(this.context.doc, this.resolve().from, this.resolve().to);
        return this.context.doc.allParagraphs(s.container.slice(s.from, s.to + 1)).map((x) => x.p);
      },
      (r) => new FakeParagraph(this.context, r),
    );
  }
}

function blockSpan(doc: FakeDocument, from: Node, to: Node): Span {
  const a = doc.blocks.indexOf(from);
  const b = doc.blocks.indexOf(to);
  if (a < 0 || b < 0) throw new FakeOfficeError('ItemNotFound', 'The object has been deleted.');
  return { container: doc.blocks, from: a, to: b };
}

/**
 * Document.properties (WordApi 1.3): the built-in document properties of docProps/core.xml; `title` and
 * `author` are read/write strings, empty when unset
 * (https://learn.microsoft.com/en-us/javascript/api/word/word.documentproperties).
 */
export class FakeDocumentProperties extends FakeClientObject {
  readonly typeName = 'DocumentProperties';
  protected scalars(): Record<string, () => unknown> {
    const props = (): { title: string | null; author: string | null } => this.context.doc.properties;
    return { title: () => props().title ?? '', author: () => props().author ?? '' };
  }
  get title(): string {
    return this.read('title');
  }
  set title(value: string) {
    this.context.record('set DocumentProperties.title');
    this.context.enqueue(() => {
      this.context.doc.properties.title = value === '' ? null : value;
      this.context.doc.writes.push({ op: 'DocumentProperties.title', loc: { block: 0 } });
    });
  }
  get author(): string {
    return this.read('author');
  }
}

export class FakeWordDocument extends FakeClientObject {
  readonly typeName = 'Document';
  readonly body: FakeBody;
  constructor(context: FakeRequestContext) {
    super(context);
    this.body = new FakeBody(context, () => ({ kind: 'body' }));
  }
  protected scalars(): Record<string, () => unknown> {
    return {
      // WordApi 1.4; a host without it fails the batch that loads it.
      changeTrackingMode: () => {
        const fault = this.context.doc.faults.trackingMode;
        if (fault) throw new FakeOfficeError(fault, 'This API is not supported on this platform.');
        return this.context.doc.changeTrackingMode;
      },
    };
  }
  get changeTrackingMode(): string {
    return this.read('changeTrackingMode');
  }
  protected override navigations(): Record<string, () => FakeClientObject> {
    return { body: () => this.body, sections: () => this.sections, properties: () => this.properties };
  }
  get properties(): FakeDocumentProperties {
    return this.nav('properties', () => new FakeDocumentProperties(this.context));
  }
  get contentControls(): FakeCollection<FakeContentControlObject, FakeContentControl> {
    return this.body.contentControls;
  }
  /** Document.sections (WordApi 1.1): one section per w:sectPr; a document has at least one. */
  get sections(): FakeCollection<FakeSection, number> {
    return this.collection(
      'sections',
      'SectionCollection',
      () => {
        const doc = this.context.doc;
        const count = Math.max(1, doc.sectionCount ?? 0, ...doc.headersFooters.map((h) => h.section + 1));
        return Array.from({ length: count }, (_, i) => i);
      },
      (r) => new FakeSection(this.context, r),
    );
  }
  /**
   * The selection (`FakeDocument.caret`): a range over the paragraphs it touches, carrying the caret's
   * points, so `insertOoxml` lands where Word would — splitting the paragraph at a caret mid-paragraph,
   * nesting a table in the cell the caret is in — and `compareLocationWith` can tell a caret at a
   * paragraph's start. Without a caret (an empty document, a table last), a point after `cursorAfter`.
   */
  getSelection(): FakeRange {
    const doc = this.context.doc;
    const range = new FakeRange(this.context, () => {
      const caret = doc.caret();
      if (!caret) {
        const i = doc.cursorAfter ? doc.blocks.indexOf(doc.cursorAfter) : -1;
        return { container: doc.blocks, from: i + 1, to: i };
      }
      const a = mustLocate(doc, caret.paragraph);
      const b = mustLocate(doc, caret.end.paragraph);
      if (a.container !== b.container)
        throw new FakeOfficeError('NotImplemented', 'The fake selects within one story or cell only.');
      return { container: a.container, from: a.index, to: b.index };
    });
    range.points = () => {
      const caret = doc.caret();
      return caret ? { start: { paragraph: caret.paragraph, offset: caret.offset }, end: caret.end } : null;
    };
    return range;
  }
}

/**
 * How Word resolves the style references of inserted OOXML ("Create better add-ins for Word with Office
 * Open XML", section "Working with styles",
 * https://learn.microsoft.com/office/dev/add-ins/word/create-better-add-ins-for-word-with-office-open-xml#working-with-styles):
 * without a styles part in the package the references are ignored and the content arrives in the
 * default style; a style the document already has keeps the document's definition; a style only the
 * package defines is added to the document. A built-in style is recognised by its built-in name as well
 * as by its id (Word identifies styles by name; the id of a Swedish Word's `heading 2` is `Rubrik2`).
 */
function packageStyleResolver(
  doc: FakeDocument,
  ooxml: string,
): (id: string, type: 'paragraph' | 'table') => StyleResolution | null {
  const defined = packageStyles(ooxml);
  return (id) => {
    if (!defined) return null;
    const own = doc.styles.get(id);
    if (own) return { styleId: id, styleName: own.name, outlineLevel: own.outlineLevel };
    const def = defined.get(id);
    if (!def) return null;
    const name = def.name.toLowerCase();
    if (BUILT_IN[name]) {
      for (const [docId, style] of doc.styles) {
        if (style.name === name) return { styleId: docId, styleName: style.name, outlineLevel: style.outlineLevel };
      }
    }
    doc.styles.set(id, { type: def.type, name, outlineLevel: def.outlineLevel });
    return { styleId: id, styleName: name, outlineLevel: def.outlineLevel };
  };
}

function fakeLanguage(context: FakeRequestContext): string {
  return context.doc.displayLanguage;
}

/** The comments anchored on these paragraphs, in document order (comments whose paragraph was deleted are gone). */
function commentsIn(doc: FakeDocument, paragraphs: readonly Paragraph[]): FakeComment[] {
  const order = new Map(paragraphs.map((p, i) => [p, i]));
  return doc.comments.filter((c) => order.has(c.anchor)).sort((a, b) => order.get(a.anchor)! - order.get(b.anchor)!);
}

/**
 * Word.Comment (WordApi 1.4), the members we use. From Microsoft's reference
 * (https://learn.microsoft.com/en-us/javascript/api/word/word.comment): `authorName` "Gets the name of
 * the comment's author" — read-only, so an add-in cannot mark its comments by author (office-js types:
 * `readonly authorName: string`); `content` is the comment's plain text; `delete()` "Deletes the comment
 * and its replies"; `replies` is the comment's reply collection. The requirement set page
 * (https://learn.microsoft.com/en-us/javascript/api/requirement-sets/word/word-api-1-4-requirement-set)
 * lists Body.getComments, Range.insertComment and Comment in WordApi 1.4.
 */
export class FakeCommentObject extends FakeClientObject {
  readonly typeName = 'Comment';
  constructor(
    context: FakeRequestContext,
    readonly resolve: () => FakeComment,
  ) {
    super(context);
  }
  protected scalars(): Record<string, () => unknown> {
    return {
      id: () => this.resolve().id,
      content: () => this.resolve().content,
      authorName: () => this.resolve().authorName,
    };
  }
  protected override navigations(): Record<string, () => FakeClientObject> {
    return { replies: () => this.replies };
  }
  get id(): string {
    return this.read('id');
  }
  get content(): string {
    return this.read('content');
  }
  get authorName(): string {
    return this.read('authorName');
  }
  get replies(): FakeCollection<FakeCommentReplyObject, { content: string; authorName: string }> {
    return this.collection(
      'replies',
      'CommentReplyCollection',
      () => this.resolve().replies,
      (r) => new FakeCommentReplyObject(this.context, r),
    );
  }
  delete(): void {
    this.context.record('delete Comment');
    this.context.enqueue(() => {
      const doc = this.context.doc;
      const c = this.resolve();
      const i = doc.comments.indexOf(c);
      if (i < 0) throw new FakeOfficeError('ItemNotFound', 'The comment has been deleted.');
      doc.comments.splice(i, 1);
      const where = doc.locate(c.anchor);
      doc.writes.push({ op: 'Comment.delete', loc: where ? locOf(where) : { block: 0 } });
    });
  }
}

export class FakeCommentReplyObject extends FakeClientObject {
  readonly typeName = 'CommentReply';
  constructor(
    context: FakeRequestContext,
    readonly resolve: () => { content: string; authorName: string },
  ) {
    super(context);
  }
  protected scalars(): Record<string, () => unknown> {
    return { content: () => this.resolve().content, authorName: () => this.resolve().authorName };
  }
  get content(): string {
    return this.read('content');
  }
  get authorName(): string {
    return this.read('authorName');
  }
}

const HEADER_FOOTER_TYPES: Record<string, HeaderFooter['type']> = {
  Primary: 'default',
  FirstPage: 'first',
  EvenPages: 'even',
};

/**
 * Word.Section (WordApi 1.1): `getHeader(type)` / `getFooter(type)` give the header or footer as a Body,
 * for Word.HeaderFooterType "Primary" (every page except a different first page or even pages),
 * "FirstPage" and "EvenPages" (https://learn.microsoft.com/en-us/javascript/api/word/word.section,
 * https://learn.microsoft.com/en-us/javascript/api/word/word.headerfootertype).
 *
 * A section without its own story of a type is linked to the previous section's ("Länka till föregående",
 * ISO/IEC 29500-1 §17.10.5) and gives that: "When a header or footer is linked, its contents are the same
 * as in the previous header or footer"
 * (https://learn.microsoft.com/en-us/office/vba/api/word.headerfooter.linktoprevious); office-js #272
 * (https://github.com/OfficeDev/office-js/issues/272) calls `getHeader` on such "Same as Previous"
 * sections, where loading it once deleted the linked content (fixed). The fake's own stories are the
 * snapshot's, which the .docx reader lists where each first shows, so a later section that inherits one
 * finds it here as in Word. A type no section up to this one has gives an empty body.
 */
export class FakeSection extends FakeClientObject {
  readonly typeName = 'Section';
  constructor(
    context: FakeRequestContext,
    readonly resolve: () => number,
  ) {
    super(context);
  }
  protected scalars(): Record<string, () => unknown> {
    return {};
  }
  private story(kind: HeaderFooter['kind'], type: string): FakeBody {
    return new FakeBody(this.context, () => {
      const own = (section: number): HeaderFooter | undefined =>
        this.context.doc.headersFooters.find(
          (h) => h.kind === kind && h.section === section && h.type === HEADER_FOOTER_TYPES[type],
        );
      let found: HeaderFooter | undefined;
      for (let section = this.resolve(); section >= 0 && !found; section--) found = own(section);
      return { kind: 'story', paragraphs: found?.paragraphs ?? [] };
    });
  }
  /** Section.pageSetup (WordApiDesktop 1.3): see FakePageSetup. */
  get pageSetup(): FakePageSetup {
    return this.nav('pageSetup', () => new FakePageSetup(this.context, this.resolve));
  }
  protected override navigations(): Record<string, () => FakeClientObject> {
    return { pageSetup: () => this.pageSetup };
  }
  getHeader(type: string): FakeBody {
    return this.story('header', type);
  }
  getFooter(type: string): FakeBody {
    return this.story('footer', type);
  }
}

/**
 * Word.PageSetup (WordApiDesktop 1.3, https://learn.microsoft.com/en-us/javascript/api/word/word.pagesetup):
 * `differentFirstPageHeaderFooter` "specifies whether the first page has a different header and footer",
 * `oddAndEvenPagesHeaderFooter` "whether odd and even pages have different headers and footers". From
 * FakeDocument.pageSetups (the .docx's w:titlePg per section and settings.xml's w:evenAndOddHeaders);
 * a section not given there shows every header it has, which is what a .docx snapshot lists.
 */
export class FakePageSetup extends FakeClientObject {
  readonly typeName = 'PageSetup';
  constructor(
    context: FakeRequestContext,
    readonly resolve: () => number,
  ) {
    super(context);
  }
  protected scalars(): Record<string, () => unknown> {
    const setup = (): FakePageSetupValues | undefined => this.context.doc.pageSetups[this.resolve()];
    return {
      differentFirstPageHeaderFooter: () => setup()?.differentFirstPageHeaderFooter ?? true,
      oddAndEvenPagesHeaderFooter: () => setup()?.oddAndEvenPagesHeaderFooter ?? true,
    };
  }
  /**
   * `faults.pageSetup` fails the batch. No report of Section.pageSetup failing was found; it is new (WordApiDesktop
   * 1.3) and a host may list the set yet fail a member, as Word fails section-level loads with a GeneralException
   * (the first-page and even-page headers of office-js-docs-reference #1202).
   */
  override applyLoad(paths: string[]): void {
    const fault = this.context.doc.faults.pageSetup;
    if (fault) throw new FakeOfficeError(fault, 'There was an internal error while processing the request.');
    super.applyLoad(paths);
  }
  get differentFirstPageHeaderFooter(): boolean {
    return this.read('differentFirstPageHeaderFooter');
  }
  get oddAndEvenPagesHeaderFooter(): boolean {
    return this.read('oddAndEvenPagesHeaderFooter');
  }
}

/**
 * Word.Shape (WordApiDesktop 1.2): `type` is a Word.ShapeType ("TextBox", "GeometricShape", "Group",
 * "Picture", "Canvas", "Unsupported") and `body` is "the body of the shape. Only applies to text boxes and
 * geometric shapes" (https://learn.microsoft.com/en-us/javascript/api/word/word.shape).
 */
export class FakeShape extends FakeClientObject {
  readonly typeName = 'Shape';
  readonly body: FakeBody;
  constructor(
    context: FakeRequestContext,
    readonly resolve: () => TextBox,
  ) {
    super(context);
    this.body = new FakeBody(context, () => ({ kind: 'story', paragraphs: this.resolve().paragraphs }));
  }
  protected scalars(): Record<string, () => unknown> {
    return {
      type: () => 'TextBox',
      // Shape.id: "Gets an integer that represents the shape identifier"
      // (https://learn.microsoft.com/en-us/javascript/api/word/word.shape#word-word-shape-id-member).
      id: () => this.context.doc.textBoxes.indexOf(this.resolve()) + 1,
      // Every Shape has a name and an alt text; the fake's text boxes have neither set.
      name: () => '',
      altTextDescription: () => '',
    };
  }
  get id(): number {
    return this.read('id');
  }
  protected override navigations(): Record<string, () => FakeClientObject> {
    return { body: () => this.body, textWrap: () => this.textWrap };
  }
  /** Shape.textWrap (WordApiDesktop 1.2): a text box floats ("Square") in the fake. */
  get textWrap(): FakeShapeTextWrap {
    return this.nav('textWrap', () => new FakeShapeTextWrap(this.context, () => 'Square'));
  }
  get type(): string {
    return this.read('type');
  }
}

interface PictureRef {
  paragraph: Paragraph;
  picture: Picture;
}

/**
 * The in-line pictures of some paragraphs: `Body.inlinePictures` and `Paragraph.inlinePictures` (WordApi 1.1),
 * whose collections "don't include floating images"
 * (https://learn.microsoft.com/en-us/javascript/api/word/word.body#word-word-body-inlinepictures-member,
 * https://learn.microsoft.com/en-us/javascript/api/word/word.paragraph#word-word-paragraph-inlinepictures-member).
 * The fake's pictures are the snapshot's `Paragraph.pictures` with `floating: false`. The .docx reader counts
 * charts and SmartArt as pictures too; whether Word lists them in `inlinePictures` is not documented and not
 * verified in a real Word, so the fake lists them (a Word that does not would miss their alt text).
 */
function inlinePictureCollection(
  context: FakeRequestContext,
  paragraphs: () => Paragraph[],
): FakeCollection<FakeInlinePicture, PictureRef> {
  return new FakeCollection(
    context,
    'InlinePictureCollection',
    () => inlinePicturesOf(paragraphs()),
    (r) => new FakeInlinePicture(context, r),
  );
}

/**
 * Word.InlinePicture (WordApi 1.1, https://learn.microsoft.com/en-us/javascript/api/word/word.inlinepicture):
 * `altTextDescription` "represents the alternative text associated with the inline image" and `altTextTitle`
 * "contains the title", both strings ('' when unset); there is no name and no decorative property, so
 * `getRange('Whole')` (WordApi 1.3) gives a range whose `getOoxml()` holds the picture's wp:docPr
 * (picture-ooxml.ts); `select()` (WordApi 1.2) selects the picture.
 */
export class FakeInlinePicture extends FakeClientObject {
  readonly typeName = 'InlinePicture';
  constructor(
    context: FakeRequestContext,
    readonly resolve: () => PictureRef,
  ) {
    super(context);
  }
  protected scalars(): Record<string, () => unknown> {
    return {
      altTextDescription: () => this.resolve().picture.description ?? '',
      altTextTitle: () => this.resolve().picture.title ?? '',
    };
  }
  get altTextDescription(): string {
    return this.read('altTextDescription');
  }
  get altTextTitle(): string {
    return this.read('altTextTitle');
  }
  getRange(): FakePictureRange {
    return new FakePictureRange(this.context, this.resolve);
  }
  /** InlinePicture.getNext (WordApi 1.3): the next in-line picture in the document, or ItemNotFound. */
  getNext(): FakeInlinePicture {
    return new FakeInlinePicture(
      this.context,
      pinned(this.context, () => {
        const all = inlinePicturesOf(this.context.doc.allParagraphs().map((x) => x.p));
        const me = this.resolve().picture;
        const next = all[all.findIndex((r) => r.picture === me) + 1];
        if (!next) throw new FakeOfficeError('ItemNotFound', 'The requested resource does not exist.');
        return next;
      }),
    );
  }
  select(mode: string = 'Select'): void {
    this.context.record(`select InlinePicture ${mode}`);
    this.context.enqueue(() => selectPicture(this.context, this.resolve()));
  }
}

function picturesOf(paragraphs: Paragraph[]): PictureRef[] {
  return paragraphs.flatMap((paragraph) => (paragraph.pictures ?? []).map((picture) => ({ paragraph, picture })));
}

function inlinePicturesOf(paragraphs: Paragraph[]): PictureRef[] {
  return picturesOf(paragraphs).filter((r) => !r.picture.floating);
}

/**
 * A shape collection's item: a text box or a picture. The node is known when the collection is loaded
 * (`make` runs at sync), which is the only way the adapter reaches shapes.
 */
function shapeObject(context: FakeRequestContext, r: () => TextBox | PictureRef): FakeShape | FakePictureShape {
  const node = r();
  return 'picture' in node ? new FakePictureShape(context, () => node) : new FakeShape(context, () => node);
}

/**
 * A picture as a Word.Shape (WordApiDesktop 1.2, https://learn.microsoft.com/en-us/javascript/api/word/word.shape):
 * `type` "Picture", `name` the picture's name, `altTextDescription` its alternative text ('' when unset); the
 * Shape has no alt text title and no decorative property. `textWrap.type` (Word.ShapeTextWrapType) is
 * "Inline" for a picture in line with the text, else the wrapping of a floating one ("Square" here).
 */
export class FakePictureShape extends FakeClientObject {
  readonly typeName = 'Shape';
  readonly textWrap: FakeShapeTextWrap;
  constructor(
    context: FakeRequestContext,
    readonly resolve: () => PictureRef,
  ) {
    super(context);
    this.textWrap = new FakeShapeTextWrap(context, () => (this.resolve().picture.floating ? 'Square' : 'Inline'));
  }
  protected scalars(): Record<string, () => unknown> {
    return {
      type: () => 'Picture',
      // Unique among the document's shapes: after the text boxes' ids (FakeShape), in document order.
      id: () => {
        const doc = this.context.doc;
        const all = picturesOf(doc.allParagraphs().map((x) => x.p));
        return doc.textBoxes.length + 1 + all.findIndex((r) => r.picture === this.resolve().picture);
      },
      name: () => this.resolve().picture.name ?? '',
      altTextDescription: () => this.resolve().picture.description ?? '',
    };
  }
  protected override navigations(): Record<string, () => FakeClientObject> {
    return { textWrap: () => this.textWrap };
  }
  get type(): string {
    return this.read('type');
  }
  get id(): number {
    return this.read('id');
  }
  get name(): string {
    return this.read('name');
  }
  get altTextDescription(): string {
    return this.read('altTextDescription');
  }
}

/**
 * Word.ShapeTextWrap (WordApiDesktop 1.2, https://learn.microsoft.com/en-us/javascript/api/word/word.shapetextwrap):
 * only `type`, a Word.ShapeTextWrapType ("Inline", "Square", "Tight", "Through", "TopBottom", "Behind", "Front").
 */
export class FakeShapeTextWrap extends FakeClientObject {
  readonly typeName = 'ShapeTextWrap';
  constructor(
    context: FakeRequestContext,
    readonly resolve: () => string,
  ) {
    super(context);
  }
  protected scalars(): Record<string, () => unknown> {
    return { type: () => this.resolve() };
  }
  get type(): string {
    return this.read('type');
  }
}

function selectPicture(context: FakeRequestContext, ref: PictureRef): void {
  const where = mustLocate(context.doc, ref.paragraph);
  const inline = (ref.paragraph.pictures ?? []).filter((p) => !p.floating);
  context.doc.selections.push({
    kind: 'picture',
    loc: { ...locOf(where), picture: inline.indexOf(ref.picture) },
    text: ref.picture.name ?? '',
  });
}

/** The range of one in-line picture: only what the adapter asks of it. */
export class FakePictureRange extends FakeClientObject {
  readonly typeName = 'Range';
  constructor(
    context: FakeRequestContext,
    readonly resolve: () => PictureRef,
  ) {
    super(context);
  }
  protected scalars(): Record<string, () => unknown> {
    return {};
  }
  getOoxml(): FakeClientResult<string> {
    this.context.record('getOoxml InlinePicture');
    const result = new FakeClientResult<string>();
    this.context.enqueue(() => result.resolveWith(pictureOoxml(this.resolve().picture)));
    return result;
  }
  select(mode: string = 'Select'): void {
    this.context.record(`select Range ${mode}`);
    this.context.enqueue(() => selectPicture(this.context, this.resolve()));
  }
}

interface LinkRef {
  paragraph: Paragraph;
  link: Hyperlink;
}

/**
 * A hyperlink's range from `Range.getHyperlinkRanges()` (WordApi 1.3, "Gets hyperlink child ranges within
 * the range", https://learn.microsoft.com/en-us/javascript/api/word/word.range#word-word-range-gethyperlinkranges-member(1)):
 * `text` is the link's visible text and `hyperlink` its address, "address#location" ('#bookmark' for a
 * link inside the document; `Range.hyperlink` of a wider range gives only the first link,
 * office-js-docs-reference #1783). The fake's links are the snapshot's `Paragraph.hyperlinks`; an external
 * address the .docx reader did not resolve (target null) reads as ''.
 */
export class FakeHyperlinkRange extends FakeClientObject {
  readonly typeName = 'Range';
  constructor(
    context: FakeRequestContext,
    readonly resolve: () => LinkRef,
  ) {
    super(context);
  }
  protected scalars(): Record<string, () => unknown> {
    return {
      text: () => symbolsAsWord(this.resolve().link.text).replace(/\n/g, '\v'),
      hyperlink: () => this.resolve().link.target ?? '',
    };
  }
  get text(): string {
    return this.read('text');
  }
  get hyperlink(): string {
    return this.read('hyperlink');
  }
}
