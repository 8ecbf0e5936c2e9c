/** Message templates: `{{name}}` placeholders, as in ESLint's rule messages. */

/** Fills `{{name}}` placeholders; a placeholder without data is a bug in the caller, so it throws. */
export function interpolate(text: string, data: Readonly<Record<string, string | number>> = {}): string {
  return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (_m, name: string) => {
    if (!(name in data)) throw new Error(`meddelandet saknar värdet {{${name}}}`);
    return String(data[name]);
  });
}
