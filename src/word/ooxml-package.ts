/**
 * Wraps the core's body fragment (`<w:p>`/`<w:tbl>` with the `w:` prefix and no namespace
 * declarations, see `src/core/ooxml/builders.ts`) in the flat-OPC package `insertOoxml` expects.
 *
 * The package holds the package relationships and the main document part, and — when the body uses a
 * style — a styles part with exactly those styles and the relationship that points to it ("Create
 * better add-ins for Word with Office Open XML", Microsoft Learn, sections "The Office Open XML
 * package" and "Working with styles": without the styles part Word ignores the style references in
 * document.xml; a style the document already has keeps the document's definition, so the user's own
 * headings are never restyled). See `ooxml-styles.ts`.
 */

import { W_NAMESPACES } from '../core/ooxml/builders';
import { localizeStyleIds, stylesPartFor } from './ooxml-styles';

const RELS = 'application/vnd.openxmlformats-package.relationships+xml';
const REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const REL_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export interface PackageOptions {
  /** Our English ids of built-in styles → the document's own (`Heading2` → `Rubrik2`); see `documentStyleIds`. */
  styleIds?: ReadonlyMap<string, string>;
}

export function wrapInPackage(bodyXml: string, options: PackageOptions = {}): string {
  const ids = options.styleIds ?? new Map<string, string>();
  const body = localizeStyleIds(bodyXml, ids);
  const styles = stylesPartFor(body, ids);
  const part = (name: string, contentType: string, xml: string, padding = ''): string =>
    `<pkg:part pkg:name="${name}" pkg:contentType="${contentType}"${padding}><pkg:xmlData>${xml}</pkg:xmlData></pkg:part>`;
  return (
    '<?xml version="1.0" standalone="yes"?>' +
    '<?mso-application progid="Word.Document"?>' +
    '<pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage">' +
    part(
      '/_rels/.rels',
      RELS,
      `<Relationships xmlns="${REL_NS}"><Relationship Id="rId1" Type="${REL_TYPE}/officeDocument" Target="word/document.xml"/></Relationships>`,
      ' pkg:padding="512"',
    ) +
    (styles
      ? part(
          '/word/_rels/document.xml.rels',
          RELS,
          `<Relationships xmlns="${REL_NS}"><Relationship Id="rId1" Type="${REL_TYPE}/styles" Target="styles.xml"/></Relationships>`,
          ' pkg:padding="256"',
        )
      : '') +
    part(
      '/word/document.xml',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml',
      `<w:document ${W_NAMESPACES}><w:body>${body}</w:body></w:document>`,
    ) +
    (styles
      ? part(
          '/word/styles.xml',
          'application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml',
          `<w:styles ${W_NAMESPACES}>${styles}</w:styles>`,
        )
      : '') +
    '</pkg:package>'
  );
}
