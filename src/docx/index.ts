/**
 * The .docx adapter: reads a package into a DocSnapshot and applies the core's edits to it.
 * Edits splice the original XML text, so markup this reader does not understand survives, and every
 * part an edit does not touch is written back byte for byte.
 */
import type { DocSnapshot } from '../core/snapshot';
import type { Edit } from '../core/edits';
import { DocxError } from './errors';
import { readZip, writeZip } from './zip';
import { readRelationships, relsPathFor, relTypeIs, type Relationship } from './relationships';
import { emptyStyles, readStyles, type Styles } from './styles';
import { readCustomIndicators, readDocumentSettings, readIgnoredFindings } from './settings';
import { readDocumentXml, type SourceMap } from './document';
import { readNumbering, type Numbering } from './numbering';
import { readHeadersFooters } from './headers-footers';
import { decodeXml, type DecodedXml } from './xml';
import { applyEditsToPackage, type ApplyResult } from './apply';
import { findCorePropertiesPart, readCoreProperties } from './core-properties';
import { readDefaultLanguage } from './language';

export { DocxError, docxErrorMessage, type DocxErrorCode } from './errors';
export { blockText, type SourceMap, type BlockSource, type CellSource, type Range } from './document';
export type { ApplyResult, Refusal } from './apply';

export interface DocxDocument {
  snapshot: DocSnapshot;
  /** Every part of the package as read (entry name → bytes), in archive order. */
  parts: Map<string, Uint8Array>;
  /** Name of the main document part (`word/document.xml` in practice; found via `_rels/.rels`). */
  documentPart: string;
  /** Decoded text of the main document part; `source` offsets index into it. */
  documentXml: string;
  documentEncoding: DecodedXml['encoding'];
  source: SourceMap;
  /** The settings part, when the document has one. */
  settingsPart: string | null;
  /** The web-extension part holding the add-in's ignored findings, when there is one. */
  ignoredFindingsPart: string | null;
  /** The styles part, when the document has one (the language fix writes its w:docDefaults). */
  stylesPart?: string | null;
  /** docProps/core.xml or wherever the package relationships put it; null when there is none. */
  corePropertiesPart?: string | null;
}

const ODT_MIME = 'application/vnd.oasis.opendocument.text';

const ADDIN_SETTINGS_UNREADABLE = 'Tilläggets sparade inställningar i dokumentet kunde inte läsas.';

/** A damaged optional part costs only what it carries: its reader's DocxError becomes a warning and the fallback stands in. */
function readOrWarn<T>(read: () => T, fallback: T, warnings: string[], warning: string): T {
  try {
    return read();
  } catch (e) {
    if (!(e instanceof DocxError)) throw e;
    warnings.push(warning);
    return fallback;
  }
}

function safeRelationships(
  parts: Map<string, Uint8Array>,
  source: string,
  relsPart: string,
  warnings: string[],
): Relationship[] {
  return readOrWarn(
    () => readRelationships(parts.get(relsPart), source, relsPart),
    [],
    warnings,
    `Paketets relationer (${relsPart}) kunde inte läsas; standardplatserna används i stället.`,
  );
}

function findMainPart(parts: Map<string, Uint8Array>, warnings: string[]): string {
  const rels = safeRelationships(parts, '', '_rels/.rels', warnings);
  const main = rels.find((r) => !r.external && relTypeIs(r, 'officeDocument'));
  if (main && parts.has(main.target)) return main.target;
  if (parts.has('word/document.xml')) return 'word/document.xml';
  throw new DocxError(
    'missingDocument',
    main ? `officeDocument target ${main.target} missing` : 'no officeDocument relationship',
  );
}

export function readDocx(bytes: Uint8Array): DocxDocument {
  const { entries: parts } = readZip(bytes);
  const mimetype = parts.get('mimetype');
  if (mimetype && new TextDecoder().decode(mimetype).trim().startsWith('application/vnd.oasis.opendocument')) {
    throw new DocxError(
      'odt',
      new TextDecoder().decode(mimetype).trim() === ODT_MIME ? undefined : 'other OpenDocument type',
    );
  }
  const warnings: string[] = [];
  const documentPart = findMainPart(parts, warnings);
  const docRelsPath = relsPathFor(documentPart);
  const rels = safeRelationships(parts, documentPart, docRelsPath, warnings);
  const dir = documentPart.slice(0, documentPart.lastIndexOf('/') + 1);
  // Without relationships, fall back on where Word puts these parts.
  const partFor = (kind: string): string | null =>
    rels.find((r) => !r.external && relTypeIs(r, kind) && parts.has(r.target))?.target ??
    (rels.length === 0 && parts.has(`${dir}${kind}.xml`) ? `${dir}${kind}.xml` : null);

  const stylesPart = partFor('styles');
  // The body can still be read without styles; headings then show up without levels.
  const styles: Styles = stylesPart
    ? readOrWarn(
        () => readStyles(parts.get(stylesPart), stylesPart),
        emptyStyles(),
        warnings,
        'Dokumentets formatmallar (styles.xml) kunde inte läsas; rubriknivåer från formatmallar saknas.',
      )
    : emptyStyles();

  const numberingPart = partFor('numbering');
  // Without numbering definitions the text is all there; only the list numbers before it are missing.
  const numbering: Numbering | null = numberingPart
    ? readOrWarn(
        () => {
          const read = readNumbering(parts.get(numberingPart), numberingPart);
          warnings.push(...read.warnings);
          return read.value;
        },
        null,
        warnings,
        'Dokumentets numrering (numbering.xml) kunde inte läsas; rubrik- och listnummer saknas.',
      )
    : null;

  const settingsPart = partFor('settings');
  const documentSettings = settingsPart
    ? readOrWarn(
        () => readDocumentSettings(parts.get(settingsPart), settingsPart),
        { updateFields: false, evenAndOddHeaders: false },
        warnings,
        'Dokumentets inställningar (settings.xml) kunde inte läsas.',
      )
    : { updateFields: false, evenAndOddHeaders: false };
  const updateFieldsOnOpen = documentSettings.updateFields;

  const ignored = readOrWarn(
    () => readIgnoredFindings(parts),
    { ids: [], part: null, warning: null },
    warnings,
    ADDIN_SETTINGS_UNREADABLE,
  );
  if (ignored.warning) warnings.push(ignored.warning);
  const custom = readOrWarn(
    () => readCustomIndicators(parts),
    { indicators: undefined, part: null, warning: null },
    warnings,
    ADDIN_SETTINGS_UNREADABLE,
  );
  if (custom.warning) warnings.push(custom.warning);

  // Title, author and default language for the accessibility checks; a damaged part reads as unset.
  // A broken _rels/.rels has been reported once already (findMainPart); here it only means "none".
  const corePropertiesPart = readOrWarn(() => findCorePropertiesPart(parts), null, [], '');
  const properties = corePropertiesPart
    ? readOrWarn(
        () => readCoreProperties(parts.get(corePropertiesPart), corePropertiesPart),
        { title: null, author: null },
        warnings,
        'Dokumentegenskaperna (docProps/core.xml) kunde inte läsas.',
      )
    : { title: null, author: null };
  const defaultLanguage = stylesPart
    ? readOrWarn(() => readDefaultLanguage(parts.get(stylesPart), stylesPart), null, [], '')
    : null;

  const docBytes = parts.get(documentPart);
  if (!docBytes) throw new DocxError('missingDocument');
  const decoded = decodeXml(docBytes);
  const read = readDocumentXml(decoded.text, documentPart, styles, numbering);
  const headersFooters = readHeadersFooters(read.sections, rels, parts, styles, numbering, {
    evenAndOddHeaders: documentSettings.evenAndOddHeaders,
  });

  return {
    snapshot: {
      blocks: read.blocks,
      properties,
      language: { default: defaultLanguage },
      fields: read.fields,
      contentControls: read.contentControls,
      settings: {
        updateFieldsOnOpen,
        ignoredFindings: ignored.ids,
        ...(custom.indicators ? { customIndicators: custom.indicators } : {}),
      },
      headersFooters: headersFooters.value,
      textBoxes: read.textBoxes,
      warnings: [...warnings, ...read.warnings, ...headersFooters.warnings],
    },
    parts,
    documentPart,
    documentXml: decoded.text,
    documentEncoding: decoded.encoding,
    source: read.source,
    settingsPart,
    ignoredFindingsPart: ignored.part,
    stylesPart,
    corePropertiesPart,
  };
}

/** Why the .docx adapter does not store the user's own indicators (the add-in does, in Word). */
export const CUSTOM_INDICATORS_REFUSAL = 'Egna indikatorer kan bara sparas i dokumentet när tillägget är öppet i Word.';

export function applyEdits(doc: DocxDocument, edits: Edit[]): ApplyResult {
  // The add-in's settings part is Office's to create (with its web-extension id and task-pane parts);
  // a hand-made one would be an add-in Word cannot find, so this edit is refused here.
  const own = edits.filter((e) => e.kind === 'setCustomIndicators');
  const { parts, applied, refused } = applyEditsToPackage(
    doc,
    edits.filter((e) => e.kind !== 'setCustomIndicators'),
  );
  return {
    bytes: writeZip(parts),
    applied,
    refused: [...refused, ...own.map((edit) => ({ edit, reason: CUSTOM_INDICATORS_REFUSAL }))],
  };
}
