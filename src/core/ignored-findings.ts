/**
 * The findings a user chose to ignore in one document. Both adapters keep the list as JSON under one
 * name in the add-in's document settings (`Office.context.document.settings`, which a .docx stores as
 * a `we:property`), and read it back here, so Word and the command line agree on what is readable.
 */

/** Name of the Office document setting holding the ids as a JSON array. */
export const IGNORED_FINDINGS_SETTING = 'rapportstodIgnored';

export const IGNORED_FINDINGS_UNREADABLE =
  'Listan över ignorerade fynd i dokumentets inställningar kunde inte läsas och har inte använts.';

/**
 * The stored ids, from what a settings API or a `we:property` gives: an array, its JSON text, or that
 * text JSON-encoded once more (some writers do). `ok: false` when something was stored but is not a
 * list of ids; the caller warns and ignores nothing.
 */
export function parseIgnoredFindings(value: unknown): { ids: string[]; ok: boolean } {
  if (value === null || value === undefined) return { ids: [], ok: true };
  let v: unknown = value;
  try {
    for (let i = 0; i < 2 && typeof v === 'string'; i++) v = JSON.parse(v);
  } catch {
    return { ids: [], ok: false };
  }
  return Array.isArray(v) && v.every((x): x is string => typeof x === 'string')
    ? { ids: v, ok: true }
    : { ids: [], ok: false };
}
