/**
 * Errors for packages that cannot be read at all. Anything the reader can work around becomes a
 * warning in the snapshot instead; a DocxError means there is no document to show the user.
 */

export type DocxErrorCode =
  | 'notZip'
  | 'damagedZip'
  | 'encrypted'
  | 'legacyDoc'
  | 'oleDocument'
  | 'odt'
  | 'missingDocument'
  | 'invalidXml'
  | 'doctype'
  | 'tooLarge';

const MESSAGES: Record<DocxErrorCode, string> = {
  notZip: 'Filen är inte ett Word-dokument (.docx). Spara dokumentet som Word-dokument (.docx) och försök igen.',
  damagedZip:
    'Filen är skadad eller ofullständig (zip-arkivet kan inte läsas). Kontrollera att hela filen har kopierats eller laddats ned och försök igen.',
  encrypted:
    'Dokumentet är krypterat eller lösenordsskyddat. Ta bort lösenordet i Word (Arkiv > Information > Skydda dokument) och försök igen.',
  legacyDoc:
    'Filen är ett äldre Word-dokument (.doc). Öppna den i Word och spara som Word-dokument (.docx) och försök igen.',
  oleDocument:
    'Filen är antingen ett lösenordsskyddat Word-dokument eller ett äldre Word-dokument (.doc). Ta bort lösenordet eller spara som Word-dokument (.docx) och försök igen.',
  odt: 'Filen är ett OpenDocument-dokument (.odt) med filändelsen .docx. Öppna den i Word eller LibreOffice och spara som Word-dokument (.docx).',
  missingDocument: 'Filen saknar dokumentets huvuddel (word/document.xml) och är inget giltigt Word-dokument.',
  invalidXml: 'Dokumentet innehåller felaktig XML och kan inte läsas. Öppna det i Word och spara det igen.',
  doctype:
    'Dokumentet innehåller en DOCTYPE-deklaration, vilket Word aldrig skriver. Filen läses inte av säkerhetsskäl.',
  tooLarge: 'Filen är för stor eller packas upp till orimligt mycket data (möjlig zip-bomb). Den läses inte.',
};

export class DocxError extends Error {
  readonly code: DocxErrorCode;
  /** Technical detail for logs (English, from the parser); the message itself is for the user. */
  readonly detail: string | undefined;

  constructor(code: DocxErrorCode, detail?: string) {
    super(MESSAGES[code]);
    this.name = 'DocxError';
    this.code = code;
    this.detail = detail;
  }
}

export function docxErrorMessage(code: DocxErrorCode): string {
  return MESSAGES[code];
}
