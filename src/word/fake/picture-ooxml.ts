/**
 * What the fake's `InlinePicture.getRange('Whole').getOoxml()` returns: a flat-OPC package whose document
 * part holds one paragraph with the picture as Word saves it — `wp:inline` with `wp:docPr` carrying the
 * picture's name, alternative text (`descr`) and title, and Word's "Mark as decorative" as the
 * `adec:decorative val="1"` extension of docPr ([MS-ODRAWXML] 5.32, the
 * http://schemas.microsoft.com/office/drawing/2017/decorative schema,
 * https://learn.microsoft.com/en-us/openspecs/office_standards/ms-odrawxml/6146d89f-9146-415b-99e2-39e694b5a980;
 * the same markup the .docx reader reads). The Word JavaScript API has no decorative property (VBA has
 * `Shape.Decorative`, https://learn.microsoft.com/en-us/office/vba/api/word.shape.decorative), so the
 * adapter reads it from this OOXML. Range.getOoxml (WordApi 1.1): "Gets the OOXML representation of the range object"
 * (https://learn.microsoft.com/en-us/javascript/api/word/word.range#word-word-range-getooxml-member(1));
 * InlinePicture.getRange (WordApi 1.3, https://learn.microsoft.com/en-us/javascript/api/word/word.inlinepicture).
 * Word's package also carries the image part; the fake's has no image (the reader does not need it).
 */
import { escapeXml } from '../../core/ooxml/builders';
import type { Picture } from '../../core/snapshot';
import { wrapInPackage } from '../ooxml-package';

const WP = 'http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing';
const A = 'http://schemas.openxmlformats.org/drawingml/2006/main';
const PIC = 'http://schemas.openxmlformats.org/drawingml/2006/picture';
const ADEC = 'http://schemas.microsoft.com/office/drawing/2017/decorative';
/** The extension id Word writes around adec:decorative. */
const DECORATIVE_EXT = '{C183D7F6-B498-43B3-948B-1728B52AA6E4}';

export function pictureOoxml(picture: Picture, id = 1): string {
  const attrs = [
    `id="${id}"`,
    `name="${escapeXml(picture.name ?? `Bild ${id}`)}"`,
    picture.description !== null ? `descr="${escapeXml(picture.description)}"` : '',
    picture.title !== null ? `title="${escapeXml(picture.title)}"` : '',
  ]
    .filter((a) => a !== '')
    .join(' ');
  const decorative = picture.decorative
    ? `<a:extLst xmlns:a="${A}"><a:ext uri="${DECORATIVE_EXT}"><adec:decorative xmlns:adec="${ADEC}" val="1"/></a:ext></a:extLst>`
    : '';
  const drawing =
    `<w:drawing><wp:inline xmlns:wp="${WP}" distT="0" distB="0" distL="0" distR="0">` +
    '<wp:extent cx="952500" cy="952500"/>' +
    `<wp:docPr ${attrs}>${decorative}</wp:docPr>` +
    `<a:graphic xmlns:a="${A}"><a:graphicData uri="${PIC}"><pic:pic xmlns:pic="${PIC}"/></a:graphicData></a:graphic>` +
    '</wp:inline></w:drawing>';
  return wrapInPackage(`<w:p><w:r>${drawing}</w:r></w:p>`);
}
