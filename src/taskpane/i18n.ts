/**
 * Every string the pane shows, Swedish first. English is used when Office runs in English, so a
 * controller with an English Office can still follow; the report's own words stay Swedish.
 */
export type Language = 'sv' | 'en';

const sv = {
  appTitle: 'Rapportstöd',
  tabs: { insert: 'Infoga', check: 'Kontrollera', recompute: 'Räkna om' },
  tabListLabel: 'Funktioner',
  loading: 'Laddar…',
  insert: {
    intro: 'Välj vad du vill infoga, fyll i uppgifterna och infoga vid markören.',
    blockType: 'Typ av innehåll',
    preview: 'Förhandsvisning',
    previewEmpty: 'Fyll i uppgifterna för att se en förhandsvisning.',
    insertButton: 'Infoga vid markören',
    inserting: 'Infogar…',
    inserted: (label: string) => `${label} infogades vid markören.`,
    ownIndicatorsSaved: 'De egna indikatorernas enhet och riktning sparas i dokumentet först när du sparar det.',
    fixErrors: 'Rätta uppgifterna som är markerade.',
    required: 'Obligatoriskt.',
    choose: 'Välj…',
  },
  check: {
    intro: 'Kontrollera rapporten mot stadens mall: mål, indikatorer, analyser, summor och innehållsförteckning.',
    run: 'Kontrollera rapporten',
    rerun: 'Kontrollera igen',
    reading: 'Läser dokumentet…',
    checking: 'Kontrollerar…',
    applying: 'Åtgärdar…',
    noFindings: 'Inga fel, varningar eller tips. Rapporten följer mallen.',
    summary: (e: number, w: number, t: number) => `${e} fel, ${w} ${w === 1 ? 'varning' : 'varningar'}, ${t} tips`,
    errors: 'Fel',
    warnings: 'Varningar',
    tips: 'Tips',
    show: 'Visa i dokumentet',
    fix: 'Åtgärda',
    ignore: 'Ignorera',
    ignoredCount: (n: number) => (n === 1 ? '1 ignorerat fynd döljs.' : `${n} ignorerade fynd döljs.`),
    fixed: 'Åtgärdat. Rapporten har kontrollerats igen.',
    // Office.context.document.settings is written into the file only when the document is saved.
    ignored: 'Fyndet ignoreras i det här dokumentet. Spara dokumentet, annars visas fyndet igen nästa gång det öppnas.',
    severity: { error: 'Fel', warning: 'Varning', tip: 'Tips' },
    findingsIn: (section: string, n: number) => `${section}, ${n} fynd`,
  },
  recompute: {
    intro: 'Räkna om summorna i budgettabellerna och bygg om innehållsförteckningen. Bara celler som ändras skrivs över.',
    run: 'Räkna om',
    working: 'Räknar om…',
    nothing: 'Allt stämmer redan – inget behövde ändras.',
    done: (n: number) => (n === 1 ? '1 ändring gjordes.' : `${n} ändringar gjordes.`),
    table: 'Tabell',
    row: 'Rad',
    change: 'Ändring',
    reason: 'Varför',
    tocRebuilt: 'Innehållsförteckningen',
  },
  errors: {
    title: 'Det gick inte',
    unsupported: 'Din version av Word saknar stöd som Rapportstöd behöver (WordApi 1.3). Uppdatera Office eller använd Word på webben.',
    notReport: 'Dokumentet ser inte ut som en rapport (verksamhetsberättelse, tertialrapport eller verksamhetsplan). Öppna rapporten och försök igen.',
    changed: 'Dokumentet ändrades medan Rapportstöd arbetade. Ingenting ändrades – kontrollera igen och försök på nytt.',
    tooLarge: 'Word på webben kunde inte hantera så stora ändringar på en gång. Ingenting ändrades. Prova i Word för skrivbordet.',
    busy: 'Word är upptaget (till exempel med en dialogruta eller redigering). Avsluta det och försök igen.',
    generic: (detail: string) => `Ett oväntat fel inträffade: ${detail}. Ingenting ändrades.`,
    nothingApplied: 'Ingenting ändrades i dokumentet.',
  },
  language: 'Språk',
};

export type Strings = typeof sv;

const en: Strings = {
  appTitle: 'Report Assistant',
  tabs: { insert: 'Insert', check: 'Check', recompute: 'Recalculate' },
  tabListLabel: 'Features',
  loading: 'Loading…',
  insert: {
    intro: 'Choose what to insert, fill in the details and insert at the cursor.',
    blockType: 'Content type',
    preview: 'Preview',
    previewEmpty: 'Fill in the details to see a preview.',
    insertButton: 'Insert at cursor',
    inserting: 'Inserting…',
    inserted: (label: string) => `${label} was inserted at the cursor.`,
    ownIndicatorsSaved: 'The unit and direction of your own indicators are kept in the document only once you save it.',
    fixErrors: 'Correct the highlighted fields.',
    required: 'Required.',
    choose: 'Choose…',
  },
  check: {
    intro: "Check the report against the city's template: goals, indicators, analyses, sums and table of contents.",
    run: 'Check report',
    rerun: 'Check again',
    reading: 'Reading the document…',
    checking: 'Checking…',
    applying: 'Fixing…',
    noFindings: 'No errors, warnings or tips. The report follows the template.',
    summary: (e: number, w: number, t: number) =>
      `${e} ${e === 1 ? 'error' : 'errors'}, ${w} ${w === 1 ? 'warning' : 'warnings'}, ${t} ${t === 1 ? 'tip' : 'tips'}`,
    errors: 'Errors',
    warnings: 'Warnings',
    tips: 'Tips',
    show: 'Show in document',
    fix: 'Fix',
    ignore: 'Ignore',
    ignoredCount: (n: number) => (n === 1 ? '1 ignored finding is hidden.' : `${n} ignored findings are hidden.`),
    fixed: 'Fixed. The report has been checked again.',
    ignored: 'The finding is ignored in this document. Save the document, or the finding returns the next time it is opened.',
    severity: { error: 'Error', warning: 'Warning', tip: 'Tip' },
    findingsIn: (section: string, n: number) => `${section}, ${n} findings`,
  },
  recompute: {
    intro: 'Recalculate the sums in the budget tables and rebuild the table of contents. Only cells that change are overwritten.',
    run: 'Recalculate',
    working: 'Recalculating…',
    nothing: 'Everything already adds up – nothing needed changing.',
    done: (n: number) => (n === 1 ? '1 change was made.' : `${n} changes were made.`),
    table: 'Table',
    row: 'Row',
    change: 'Change',
    reason: 'Why',
    tocRebuilt: 'Table of contents',
  },
  errors: {
    title: 'That did not work',
    unsupported: 'Your version of Word lacks support Report Assistant needs (WordApi 1.3). Update Office or use Word on the web.',
    notReport: 'The document does not look like a report (VB, tertial report or operational plan). Open the report and try again.',
    changed: 'The document changed while Report Assistant was working. Nothing was changed – check again and retry.',
    tooLarge: 'Word on the web could not handle such large changes at once. Nothing was changed. Try Word for desktop.',
    busy: 'Word is busy (for example with a dialog or editing). Finish that and try again.',
    generic: (detail: string) => `An unexpected error occurred: ${detail}. Nothing was changed.`,
    nothingApplied: 'Nothing was changed in the document.',
  },
  language: 'Language',
};

export const strings: Record<Language, Strings> = { sv, en };

/** Office's display language ("en-US", "sv-SE") → the pane's language; anything not English is Swedish. */
export function languageFrom(displayLanguage: string | null | undefined): Language {
  return displayLanguage && displayLanguage.toLowerCase().startsWith('en') ? 'en' : 'sv';
}
