/**
 * Wraps the core's body fragment (`<w:p>`/`<w:tbl>` with the `w:` prefix and no namespace
 * declarations, see `src/core/ooxml/builders.ts`) in the flat-OPC package `insertOoxml` expects.
 *
 * The package holds only the two parts Word requires: the package relationships and the main
 * document part ("Create better add-ins for Word with Office Open XML", Microsoft Learn). It carries
 * no styles part on purpose: a `w:pStyle` then resolves against the open document's own styles
 * (its `Heading1` or `Rubrik1`), whereas an included styles part would import our definitions and
 * could restyle the user's headings.
 */

import { W_NAMESPACES } from '../core/ooxml/builders';

export function wrapInPackage(bodyXml: string): string {
  return (
    '<?xml version="1.0" standalone="yes"?>' +
    '<?mso-application progid="Word.Document"?>' +
    '<pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage">' +
    '<pkg:part pkg:name="/_rels/.rels" pkg:contentType="application/vnd.openxmlformats-package.relationships+xml" pkg:padding="512">' +
    '<pkg:xmlData>' +
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>' +
    '</Relationships>' +
    '</pkg:xmlData>' +
    '</pkg:part>' +
    '<pkg:part pkg:name="/word/document.xml" pkg:contentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml">' +
    '<pkg:xmlData>' +
    `<w:document ${W_NAMESPACES}>` +
    `<w:body>${bodyXml}</w:body>` +
    '</w:document>' +
    '</pkg:xmlData>' +
    '</pkg:part>' +
    '</pkg:package>'
  );
}
