/**
 * Tiny .docx packages for this folder's tests, built with fflate directly so the tests do not depend
 * on the product's own package writer.
 */
import { zipSync, type Zippable } from 'fflate';

export const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export interface TestPackage {
  body: string;
  styles?: string;
  settings?: string;
  numbering?: string;
  /** Extra parts by name, e.g. a webextension part. */
  extra?: Record<string, string | Uint8Array>;
  /** Leave out `_rels/.rels`. */
  noPackageRels?: boolean;
}

export const XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

export function documentXml(body: string): string {
  return `${XML_DECL}<w:document xmlns:w="${W_NS}" xmlns:r="${R_NS}"><w:body>${body}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>`;
}

export function stylesXml(styles: string, defaults = ''): string {
  return `${XML_DECL}<w:styles xmlns:w="${W_NS}">${defaults}${styles}</w:styles>`;
}

export function numberingXml(children: string): string {
  return `${XML_DECL}<w:numbering xmlns:w="${W_NS}">${children}</w:numbering>`;
}

export function settingsXml(children: string): string {
  return `${XML_DECL}<w:settings xmlns:w="${W_NS}">${children}</w:settings>`;
}

export function packageParts(pkg: TestPackage): Record<string, Uint8Array> {
  const enc = (s: string | Uint8Array): Uint8Array => (typeof s === 'string' ? new TextEncoder().encode(s) : s);
  const docRels = [
    pkg.styles !== undefined ? `<Relationship Id="rId1" Type="${R_NS}/styles" Target="styles.xml"/>` : '',
    pkg.settings !== undefined ? `<Relationship Id="rId2" Type="${R_NS}/settings" Target="settings.xml"/>` : '',
    pkg.numbering !== undefined ? `<Relationship Id="rId3" Type="${R_NS}/numbering" Target="numbering.xml"/>` : '',
  ].join('');
  const parts: Record<string, Uint8Array> = {
    '[Content_Types].xml': enc(
      `${XML_DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
    ),
  };
  if (!pkg.noPackageRels) {
    parts['_rels/.rels'] = enc(
      `${XML_DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R_NS}/officeDocument" Target="word/document.xml"/></Relationships>`,
    );
  }
  parts['word/document.xml'] = enc(documentXml(pkg.body));
  parts['word/_rels/document.xml.rels'] = enc(
    `${XML_DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${docRels}</Relationships>`,
  );
  if (pkg.styles !== undefined) parts['word/styles.xml'] = enc(pkg.styles);
  if (pkg.settings !== undefined) parts['word/settings.xml'] = enc(pkg.settings);
  if (pkg.numbering !== undefined) parts['word/numbering.xml'] = enc(pkg.numbering);
  for (const [name, content] of Object.entries(pkg.extra ?? {})) parts[name] = enc(content);
  return parts;
}

export function buildDocx(pkg: TestPackage): Uint8Array {
  return zipSync(packageParts(pkg));
}

export function zipOf(parts: Record<string, string | Uint8Array>): Uint8Array {
  const files: Zippable = {};
  for (const [k, v] of Object.entries(parts)) files[k] = typeof v === 'string' ? new TextEncoder().encode(v) : v;
  return zipSync(files);
}

export function p(text: string, pPr = '', rPr = ''): string {
  return `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ''}<w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
}
