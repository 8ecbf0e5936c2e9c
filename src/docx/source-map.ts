/**
 * Where the snapshot's blocks and cells stand in `word/document.xml`'s decoded text: the source map the
 * edit applier (`apply.ts`) splices. Offsets are character offsets into the decoded part text.
 */

export interface Range {
  start: number;
  end: number;
}

export interface BlockSource extends Range {
  /** Index into `SourceMap.containers` of the innermost block-level content control, or -1 for the body. */
  container: number;
}

export interface CellSource extends Range {
  /** Where the cell's content starts (after w:tcPr) and ends (before `</w:tc>`). */
  contentStart: number;
  contentEnd: number;
  /** w:pPr of the cell's first paragraph. */
  firstPPr: Range | null;
  /** w:rPr of the first run with visible text (or of the first run at all). */
  firstRPr: Range | null;
  hasNestedTable: boolean;
  /** A footnote, endnote or comment reference, picture or embedded object, none of which is in the text. */
  hasNonText?: boolean;
}

export interface ContainerSource extends Range {
  parent: number;
  fromBlock: number;
  /** Inclusive; fromBlock - 1 when the control holds no block. */
  toBlock: number;
}

export interface SourceMap {
  /** After `<w:body>`; where insertBlocks(-1) goes. */
  bodyContentStart: number;
  blocks: BlockSource[];
  /** For each table block: rows → cells. Undefined for paragraphs. */
  cells: (CellSource[][] | undefined)[];
  containers: ContainerSource[];
  /** Prefix bound to WordprocessingML on the root element (`w` in practice). */
  mainPrefix: string;
  /** Namespace declarations on the root element, for validating inserted markup. */
  rootNamespaces: Record<string, string>;
}
