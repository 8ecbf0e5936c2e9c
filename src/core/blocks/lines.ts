/**
 * Rows typed as lines in one text box: "Äldreomsorg; 609,6; ; 613,1; 613,1". Semicolons separate
 * the values because the comma is the Swedish decimal mark; a tab does too, so rows copied from
 * Excel paste as they are. Empty lines are skipped; errors name the line the user sees.
 */

export interface TypedLine {
  /** 1-based line number in the text box. */
  line: number;
  /** Trimmed values; an empty value stays an empty string ("not given"). */
  values: string[];
}

export function typedLines(text: string): TypedLine[] {
  return text
    .split(/\r?\n/)
    .map((raw, i) => ({ line: i + 1, raw }))
    .filter(({ raw }) => raw.trim() !== '')
    .map(({ line, raw }) => ({ line, values: raw.split(/[;\t]/).map((v) => v.trim()) }));
}

/** "Budget; Prognos" → the Swedish list the messages use: "Budget och Prognos". */
export function listOf(names: readonly string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} och ${names[names.length - 1]}`;
}
