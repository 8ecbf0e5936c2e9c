/**
 * Which of the add-in's features the host can run, from Office's requirement sets, and what to tell
 * the user when it cannot. Word 2016 has WordApi 1.1 only (with updates 1.3); fields need 1.4.
 */

export type Feature = 'read' | 'fields' | 'insertOoxml' | 'toc' | 'settings' | 'shapes' | 'pageSetup';

interface Requirement {
  set: string;
  version: string;
}

/** The requirement sets each feature needs (all of them). */
export const FEATURE_REQUIREMENTS: Record<Feature, Requirement[]> = {
  // styleBuiltIn, tableNestingLevel, Body.tables, Table.values, TableCell: WordApi 1.3.
  read: [{ set: 'WordApi', version: '1.3' }],
  // Body.fields and Field.code/result: WordApi 1.4.
  fields: [{ set: 'WordApi', version: '1.4' }],
  // Range.insertOoxml with Before/After and expandTo: WordApi 1.3.
  insertOoxml: [{ set: 'WordApi', version: '1.3' }],
  // Rebuilding the TOC replaces the field's paragraphs found through Body.fields.
  toc: [
    { set: 'WordApi', version: '1.4' },
    { set: 'WordApi', version: '1.3' },
  ],
  // Office.context.document.settings (document-persisted add-in settings).
  settings: [{ set: 'Settings', version: '1.1' }],
  // Body.shapes and Shape.body (text boxes): WordApiDesktop 1.2, desktop Word only.
  shapes: [{ set: 'WordApiDesktop', version: '1.2' }],
  // Section.pageSetup (which first-page and even-page headers are shown): WordApiDesktop 1.3.
  pageSetup: [{ set: 'WordApiDesktop', version: '1.3' }],
};

function isSetSupported(set: string, version: string): boolean {
  if (typeof Office === 'undefined' || !Office.context?.requirements) return false;
  return Office.context.requirements.isSetSupported(set, version);
}

export function supports(feature: Feature): boolean {
  if (feature === 'settings') {
    // Settings exists in every Word that runs add-ins; some hosts do not report the 'Settings' set.
    return typeof Office !== 'undefined' && Office.context?.document?.settings !== undefined;
  }
  return FEATURE_REQUIREMENTS[feature].every((r) => isSetSupported(r.set, r.version));
}

const MESSAGES: Record<Feature, { sv: string; en: string }> = {
  read: {
    sv: 'Den här funktionen kräver Word 2016 eller senare (WordApi 1.3). Uppdatera Office eller öppna dokumentet i Word på webben.',
    en: 'This feature requires Word 2016 or later (WordApi 1.3). Update Office or open the document in Word on the web.',
  },
  fields: {
    sv: 'Den här funktionen kräver en nyare version av Word (WordApi 1.4) för att läsa fält som innehållsförteckningen. Uppdatera Office eller använd Word på webben.',
    en: 'This feature requires a newer Word (WordApi 1.4) to read fields such as the table of contents. Update Office or use Word on the web.',
  },
  insertOoxml: {
    sv: 'Den här funktionen kräver Word 2016 eller senare (WordApi 1.3) för att infoga tabeller och stycken.',
    en: 'This feature requires Word 2016 or later (WordApi 1.3) to insert tables and paragraphs.',
  },
  toc: {
    sv: 'Att bygga om innehållsförteckningen kräver en nyare version av Word (WordApi 1.4). Uppdatera Office eller använd Word på webben.',
    en: 'Rebuilding the table of contents requires a newer Word (WordApi 1.4). Update Office or use Word on the web.',
  },
  shapes: {
    sv: 'Den här Word-versionen kan inte läsa textrutor; text i textrutor kontrolleras inte.',
    en: 'This version of Word cannot read text boxes; text in text boxes is not checked.',
  },
  pageSetup: {
    sv: 'Den här Word-versionen kan inte avgöra vilka sidhuvuden och sidfötter som visas; alla kontrolleras, även de för första sidan och jämna sidor.',
    en: 'This version of Word cannot tell which headers and footers are shown; all are checked, first-page and even-page ones included.',
  },
  settings: {
    sv: 'Den här Word-versionen kan inte spara tilläggets inställningar i dokumentet; ignorerade fynd sparas inte.',
    en: 'This version of Word cannot save the add-in settings in the document; ignored findings are not saved.',
  },
};

/** The user-facing message for an unsupported feature, in Swedish unless the UI language is another. */
export function unsupportedMessage(feature: Feature, language?: string): string {
  const lang = language ?? (typeof Office !== 'undefined' ? Office.context?.displayLanguage : undefined) ?? 'sv-SE';
  const m = MESSAGES[feature];
  return lang.toLowerCase().startsWith('sv') ? m.sv : m.en;
}

/** Null when the feature can run; otherwise the message to show instead. */
export function requireFeature(feature: Feature, language?: string): string | null {
  return supports(feature) ? null : unsupportedMessage(feature, language);
}
