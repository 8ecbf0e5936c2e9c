/**
 * Every string the pane shows. The pane is Swedish whatever language Office runs in: its users are
 * Stockholm city staff, and the findings, forms, block names and the reports themselves are Swedish,
 * so an English frame around them would be half a translation (README: "Language").
 */
export type Language = 'sv';

const sv = {
  appTitle: 'Rapportstöd',
  tabs: { insert: 'Infoga', check: 'Kontrollera', recompute: 'Räkna om' },
  tabListLabel: 'Funktioner',
  loading: 'Laddar…',
  insert: {
    intro: 'Välj vad du vill infoga, fyll i uppgifterna och infoga vid markören.',
    blockType: 'Typ av innehåll',
    preview: 'Förhandsvisning',
    previewRegion: 'Förhandsvisning (rulla i sidled med piltangenterna för att se alla kolumner)',
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
    restored: 'Fyndet visas igen. Rapporten har kontrollerats igen.',
    showIgnored: (n: number) => (n === 1 ? 'Visa det ignorerade fyndet' : `Visa de ${n} ignorerade fynden`),
    hideIgnored: 'Dölj ignorerade fynd',
    ignoredHeading: 'Ignorerade fynd',
    restore: 'Visa igen',
    severityCount: {
      error: (n: number) => `${n} fel`,
      warning: (n: number) => `${n} ${n === 1 ? 'varning' : 'varningar'}`,
      tip: (n: number) => `${n} tips`,
    },
    severity: { error: 'Fel', warning: 'Varning', tip: 'Tips' },
    findingsIn: (section: string, n: number) => `${section}, ${n} fynd`,
    notesTitle: 'Om läsningen av dokumentet',
  },
  recompute: {
    intro:
      'Räkna om summorna i budgettabellerna och bygg om innehållsförteckningen. Bara celler som ändras skrivs över.',
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
    unsupported:
      'Din version av Word saknar stöd som Rapportstöd behöver (WordApi 1.3). Uppdatera Office eller använd Word på webben.',
    notReport:
      'Dokumentet ser inte ut som en rapport (verksamhetsberättelse, tertialrapport eller verksamhetsplan). Öppna rapporten och försök igen.',
    changed:
      'Dokumentet ändrades medan Rapportstöd arbetade. Ingenting ändrades – kontrollera igen och försök på nytt.',
    tooLarge:
      'Word på webben kunde inte hantera så stora ändringar på en gång. Ingenting ändrades. Prova i Word för skrivbordet.',
    busy: 'Word är upptaget (till exempel med en dialogruta eller redigering). Avsluta det och försök igen.',
    generic: (detail: string) => `Ett oväntat fel inträffade: ${detail}. Ingenting ändrades.`,
    nothingApplied: 'Ingenting ändrades i dokumentet.',
  },
  language: 'Språk',
  /** "Lägg fynden som kommentarer" in the Kontrollera tab (ReviewComments.tsx). */
  review: {
    add: 'Lägg fynden som kommentarer',
    remove: 'Ta bort Rapportstöds kommentarer',
    adding: 'Lägger in kommentarer…',
    removing: 'Tar bort kommentarer…',
    added: (n: number, already: number) =>
      `${n === 0 ? 'Inga nya kommentarer' : n === 1 ? '1 kommentar lades in' : `${n} kommentarer lades in`}` +
      (already ? ` (${already} fynd hade redan en kommentar)` : '') +
      '. Kommentarerna avslutas med [rapportstod:…] så att de kan tas bort senare.',
    removed: (n: number, kept: number) =>
      `${n === 0 ? 'Inga av Rapportstöds kommentarer fanns kvar' : n === 1 ? '1 kommentar togs bort' : `${n} kommentarer togs bort`}` +
      (kept ? `; ${kept} med svar från någon behölls` : '') +
      '. Andras kommentarer rörs inte.',
    failed: (m: string) => `Det gick inte: ${m}`,
  },
};

export type Strings = typeof sv;

export const strings: Record<Language, Strings> = { sv };

/** The pane's language for an Office display language: Swedish, whatever Office runs in (see above). */
export function languageFrom(_displayLanguage?: string | null): Language {
  return 'sv';
}
