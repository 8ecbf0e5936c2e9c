/**
 * Word reports a paragraph's style twice: `style`, the name in the user's language ("Rubrik 1" in a
 * Swedish Word), and `styleBuiltIn`, a portable enum ("Heading1", or "Other" for custom styles). The
 * snapshot wants Word's lower-case English names (`heading 1`, `toc 2`), so built-in styles are named
 * from the enum, and only custom styles from their (unlocalized) name.
 */
import { builtInNameOf } from '../core/ooxml/style-names';

export interface SnapshotStyle {
  styleId: string | null;
  styleName: string | null;
}

/** `Heading1` → `heading 1`, `Toc2` → `toc 2`, `ListParagraph` → `list paragraph`, `TocHeading` → `toc heading`. */
export function builtInStyleName(builtIn: string): string {
  return builtIn
    .replace(/_/g, ' ')
    .replace(/([a-z])([A-Z0-9])/g, '$1 $2')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** Word's style id for a built-in style (the id in styles.xml is the English name without spaces). */
function builtInStyleId(builtIn: string): string {
  if (/^Toc\d$/.test(builtIn)) return `TOC${builtIn.slice(3)}`;
  if (builtIn === 'TocHeading') return 'TOCHeading';
  return builtIn;
}

export function normalizeStyle(
  style: string | null | undefined,
  styleBuiltIn: string | null | undefined,
): SnapshotStyle {
  if (styleBuiltIn && styleBuiltIn !== 'Other') {
    // The default paragraph style has no w:pStyle in the file, so the snapshot's id is null.
    if (styleBuiltIn === 'Normal') return { styleId: null, styleName: 'normal' };
    return { styleId: builtInStyleId(styleBuiltIn), styleName: builtInStyleName(styleBuiltIn) };
  }
  const name = (style ?? '').trim();
  if (name === '') return { styleId: null, styleName: null };
  if (styleBuiltIn === undefined || styleBuiltIn === null) {
    // WordApi 1.1 hosts have no styleBuiltIn: recognise the Swedish names of the styles that matter.
    const sv = swedishBuiltIn(name);
    if (sv) return normalizeStyle(null, sv);
  }
  return { styleId: name.replace(/[\s-]+/g, ''), styleName: name.toLowerCase() };
}

/**
 * The `Word.BuiltInStyleName` value for a style's Swedish or English name (`Rubrik 1` → `Heading1`,
 * `Innehåll 2` → `Toc2`, `Liststycke` → `ListParagraph`), from the one mapping in core.
 */
function swedishBuiltIn(name: string): string | null {
  const english = builtInNameOf(name);
  if (english === null) return null;
  if (english === 'toc heading') return 'TocHeading';
  return english.replace(/(^|\s)([a-z0-9])/g, (_m: string, _s: string, c: string) => c.toUpperCase());
}
