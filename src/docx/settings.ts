/**
 * `settings.xml` (w:updateFields, and the schema order of its children) and the add-in's own settings,
 * which Office.context.document.settings stores in `word/webextensions/webextension*.xml` as `we:property` elements with JSON values.
 */
import { CUSTOM_INDICATORS_SETTING, CUSTOM_INDICATORS_UNREADABLE, parseCustomIndicators } from '../core/catalog/custom';
import { IGNORED_FINDINGS_SETTING, IGNORED_FINDINGS_UNREADABLE, parseIgnoredFindings } from '../core/ignored-findings';
import type { CustomIndicator } from '../core/snapshot';
import { attr, onOff, parseXmlBytes } from './xml';

/**
 * CT_Settings is an xsd:sequence (ISO/IEC 29500-1 §17.15.1.78; `wml.xsd` in ../shared/ooxml-schemas):
 * its children must come in this order. Word refuses or silently drops a settings part whose children
 * are out of order where LibreOffice forgives it, so every writer places elements by this list.
 * `mathPr` (m:) and `schemaLibrary` (sl:) are in other namespaces but take their place in the sequence.
 */
export const SETTINGS_ORDER: readonly string[] = [
  'writeProtection',
  'view',
  'zoom',
  'removePersonalInformation',
  'removeDateAndTime',
  'doNotDisplayPageBoundaries',
  'displayBackgroundShape',
  'printPostScriptOverText',
  'printFractionalCharacterWidth',
  'printFormsData',
  'embedTrueTypeFonts',
  'embedSystemFonts',
  'saveSubsetFonts',
  'saveFormsData',
  'mirrorMargins',
  'alignBordersAndEdges',
  'bordersDoNotSurroundHeader',
  'bordersDoNotSurroundFooter',
  'gutterAtTop',
  'hideSpellingErrors',
  'hideGrammaticalErrors',
  'activeWritingStyle',
  'proofState',
  'formsDesign',
  'attachedTemplate',
  'linkStyles',
  'stylePaneFormatFilter',
  'stylePaneSortMethod',
  'documentType',
  'mailMerge',
  'revisionView',
  'trackRevisions',
  'doNotTrackMoves',
  'doNotTrackFormatting',
  'documentProtection',
  'autoFormatOverride',
  'styleLockTheme',
  'styleLockQFSet',
  'defaultTabStop',
  'autoHyphenation',
  'consecutiveHyphenLimit',
  'hyphenationZone',
  'doNotHyphenateCaps',
  'showEnvelope',
  'summaryLength',
  'clickAndTypeStyle',
  'defaultTableStyle',
  'evenAndOddHeaders',
  'bookFoldRevPrinting',
  'bookFoldPrinting',
  'bookFoldPrintingSheets',
  'drawingGridHorizontalSpacing',
  'drawingGridVerticalSpacing',
  'displayHorizontalDrawingGridEvery',
  'displayVerticalDrawingGridEvery',
  'doNotUseMarginsForDrawingGridOrigin',
  'drawingGridHorizontalOrigin',
  'drawingGridVerticalOrigin',
  'doNotShadeFormData',
  'noPunctuationKerning',
  'characterSpacingControl',
  'printTwoOnOne',
  'strictFirstAndLastChars',
  'noLineBreaksAfter',
  'noLineBreaksBefore',
  'savePreviewPicture',
  'doNotValidateAgainstSchema',
  'saveInvalidXml',
  'ignoreMixedContent',
  'alwaysShowPlaceholderText',
  'doNotDemarcateInvalidXml',
  'saveXmlDataOnly',
  'useXSLTWhenSaving',
  'saveThroughXslt',
  'showXMLTags',
  'alwaysMergeEmptyNamespace',
  'updateFields',
  'hdrShapeDefaults',
  'footnotePr',
  'endnotePr',
  'compat',
  'docVars',
  'rsids',
  'mathPr',
  'attachedSchema',
  'themeFontLang',
  'clrSchemeMapping',
  'doNotIncludeSubdocsInStats',
  'doNotAutoCompressPictures',
  'forceUpgrade',
  'captions',
  'readModeInkLockDown',
  'smartTagType',
  'schemaLibrary',
  'shapeDefaults',
  'doNotEmbedSmartTags',
  'decimalSymbol',
  'listSeparator',
];

const SETTINGS_RANK = new Map(SETTINGS_ORDER.map((name, i) => [name, i]));

/** Schema position of a settings child (by local name); extensions (w14:, w15:) sort last, where Word writes them. */
export function settingsRank(local: string): number {
  return SETTINGS_RANK.get(local) ?? SETTINGS_ORDER.length;
}

/**
 * Where a new child `local` goes among the existing top-level children of w:settings: before the first
 * child whose schema position is later. Returns that child's index, or -1 to append at the end.
 */
export function settingsInsertionIndex(children: readonly { local: string }[], local: string): number {
  const rank = settingsRank(local);
  return children.findIndex((c) => settingsRank(c.local) > rank);
}

/** Orders complete child elements (`[localName, xml]`) in schema order, keeping the given order among equals. */
export function orderSettingsChildren(children: readonly (readonly [string, string])[]): string {
  return children
    .map((c, i) => ({ c, i }))
    .sort((a, b) => settingsRank(a.c[0]) - settingsRank(b.c[0]) || a.i - b.i)
    .map(({ c }) => c[1])
    .join('');
}

export interface DocumentSettings {
  /** w:updateFields: Word asks to update the fields (a table of contents) when it opens the document. */
  updateFields: boolean;
  /** w:evenAndOddHeaders: even pages show their own header and footer (ISO/IEC 29500-1 §17.10.1). */
  evenAndOddHeaders: boolean;
}

/** The document-wide settings the reader needs, in one pass over settings.xml; absent ones are off. */
export function readDocumentSettings(bytes: Uint8Array | undefined, part: string): DocumentSettings {
  const settings: DocumentSettings = { updateFields: false, evenAndOddHeaders: false };
  if (!bytes) return settings;
  parseXmlBytes(bytes, part, {
    open(el, depth) {
      if (depth !== 1) return;
      if (el.local === 'updateFields') settings.updateFields = onOff(el);
      else if (el.local === 'evenAndOddHeaders') settings.evenAndOddHeaders = onOff(el);
    },
  });
  return settings;
}

export interface IgnoredFindingsRead {
  ids: string[];
  /** Part holding the property, when found. */
  part: string | null;
  warning: string | null;
}

const WEB_EXTENSION_PART = /^word\/webextensions\/webextension[^/]*\.xml$/i;

/** The first add-in property of this name in the package's web-extension parts, and the part holding it. */
function findProperty(entries: Map<string, Uint8Array>, property: string): { value: string; part: string } | null {
  for (const [name, bytes] of entries) {
    if (!WEB_EXTENSION_PART.test(name)) continue;
    let value: string | undefined;
    parseXmlBytes(bytes, name, {
      open(el) {
        if (el.local === 'property' && attr(el, 'name') === property) value = attr(el, 'value');
      },
    });
    if (value !== undefined) return { value, part: name };
  }
  return null;
}

export function readIgnoredFindings(entries: Map<string, Uint8Array>): IgnoredFindingsRead {
  const found = findProperty(entries, IGNORED_FINDINGS_SETTING);
  if (!found) return { ids: [], part: null, warning: null };
  const parsed = parseIgnoredFindings(found.value);
  return { ids: parsed.ids, part: found.part, warning: parsed.ok ? null : IGNORED_FINDINGS_UNREADABLE };
}

export interface CustomIndicatorsRead {
  /** Undefined when no part stores the property. */
  indicators: CustomIndicator[] | undefined;
  part: string | null;
  warning: string | null;
}

/** The user's own indicators (`rapportstodIndicators`), stored by the add-in like the ignored findings. */
export function readCustomIndicators(entries: Map<string, Uint8Array>): CustomIndicatorsRead {
  const found = findProperty(entries, CUSTOM_INDICATORS_SETTING);
  if (!found) return { indicators: undefined, part: null, warning: null };
  const parsed = parseCustomIndicators(found.value);
  return parsed.ok
    ? { indicators: parsed.indicators, part: found.part, warning: null }
    : { indicators: undefined, part: found.part, warning: CUSTOM_INDICATORS_UNREADABLE };
}
