/**
 * Pictures and their alternative text in the open document, for `a11y-alt-text-missing`, filled into
 * `Paragraph.pictures` as the .docx reader fills it — in the reader's two batches, no sync of its own:
 *  - first batch: the body's in-line pictures with their alt text (`Body.inlinePictures`, WordApi 1.1; "The
 *    collection doesn't include floating images", https://learn.microsoft.com/en-us/javascript/api/word/word.body#word-word-body-inlinepictures-member),
 *    in document order — only to know whether there are any;
 *  - second batch, only when there are: each paragraph's in-line pictures (`Paragraph.inlinePictures`,
 *    WordApi 1.1), which say which paragraph holds which picture, and — for each picture without alt text
 *    — its OOXML (`InlinePicture.getRange('Whole').getOoxml()`, WordApi 1.3 / 1.1,
 *    https://learn.microsoft.com/en-us/javascript/api/word/word.inlinepicture), because the API has no
 *    property for the picture's name nor for Word's "Markera som dekorativ" (`adec:decorative` in
 *    `wp:docPr`): the package is read with the .docx reader itself (`body/picture.ts`), so both adapters
 *    decide "decorative" and name the picture the same way. Pictures with alt text need neither.
 * Floating pictures are not in `inlinePictures`. Desktop Word (WordApiDesktop 1.2) lists them as shapes:
 * when the first batch's `Body.shapes` holds a picture, the second batch loads each paragraph's shapes
 * (`Paragraph.shapes`, "including both inline and floating shapes",
 * https://learn.microsoft.com/en-us/javascript/api/word/word.paragraph#word-word-paragraph-shapes-member) and
 * takes the pictures whose `textWrap.type` is not "Inline", with `name` and `altTextDescription`
 * (https://learn.microsoft.com/en-us/javascript/api/word/word.shape). A Shape has no alt text title and no
 * decorative state, so a floating picture with only a title, or marked decorative, is reported in Word
 * (an error on the safe side). Word on the web and WordApi 1.3 hosts cannot see floating pictures at all.
 */
import type { Picture } from '../core/snapshot';
import { readDocumentXml } from '../docx/document';
import { emptyStyles } from '../docx/styles';
import { PARAGRAPH_SHAPE_PROPS } from './read-shapes';

/**
 * At most this many pictures' OOXML per read: each package carries the image itself (Word's getOoxml includes
 * the media part), so a report of many charts without alt text must not make one response megabytes large.
 */
export const MAX_PICTURE_OOXML = 40;

export const PICTURE_WARNINGS = {
  unplaced:
    'Några bilder kunde inte kopplas till sina stycken eller läsas helt; kontrollen av alternativ text kan vara ofullständig.',
  capped: `Dokumentet har fler än ${MAX_PICTURE_OOXML} bilder utan alternativ text; för de övriga kunde Word inte visa om de är markerade som dekorativa, så de rapporteras ändå.`,
} as const;

/** What the first batch loads: the body's in-line pictures, in document order. */
export function queuePictureCensus(body: Word.Body): Word.InlinePictureCollection {
  return body.inlinePictures.load('items/altTextDescription,items/altTextTitle');
}

export interface PictureLoads {
  /** Each paragraph's in-line pictures, for the paragraphs of `body.paragraphs` (when the body has any). */
  byParagraph: Map<Word.Paragraph, Word.InlinePictureCollection>;
  /** Each paragraph's shapes (WordApiDesktop 1.2, when the body has a picture shape). */
  shapes: Map<Word.Paragraph, Word.ShapeCollection>;
  /** The OOXML of the census's pictures without alt text, by their index in the census. */
  ooxml: Map<number, OfficeExtension.ClientResult<string>>;
  /** The census's pictures, in document order. */
  census: Word.InlinePicture[];
  /** More pictures lack alt text than MAX_PICTURE_OOXML: the rest are reported without name or decorative mark. */
  capped: boolean;
}

const blank = (s: string | undefined): string | null => {
  const t = (s ?? '').replace(/\s+/g, ' ').trim();
  return t === '' ? null : t;
};

/**
 * Second batch: null when the document has no picture (nothing is queued then). `shapes` is the first
 * batch's `Body.shapes` with `items/type`, null on hosts without WordApiDesktop 1.2.
 */
export function queuePictures(
  paragraphs: readonly Word.Paragraph[],
  census: Word.InlinePictureCollection | null,
  shapes: Word.ShapeCollection | null,
): PictureLoads | null {
  const pictures = census?.items ?? [];
  const floating = (shapes?.items ?? []).some((s) => s.type === 'Picture');
  if (pictures.length === 0 && !floating) return null;
  const byParagraph = new Map<Word.Paragraph, Word.InlinePictureCollection>();
  const shapeLoads = new Map<Word.Paragraph, Word.ShapeCollection>();
  for (const p of paragraphs) {
    if (pictures.length) byParagraph.set(p, p.inlinePictures.load('items/altTextDescription,items/altTextTitle'));
    if (floating) shapeLoads.set(p, p.shapes.load(PARAGRAPH_SHAPE_PROPS));
  }
  const ooxml = new Map<number, OfficeExtension.ClientResult<string>>();
  let without = 0;
  pictures.forEach((pic, i) => {
    if (blank(pic.altTextDescription) !== null || blank(pic.altTextTitle) !== null) return;
    without++;
    if (ooxml.size < MAX_PICTURE_OOXML) ooxml.set(i, pic.getRange('Whole').getOoxml());
  });
  return { byParagraph, shapes: shapeLoads, ooxml, census: pictures, capped: without > ooxml.size };
}

/** The picture an OOXML package of one picture holds, as the .docx reader reads it; null when unreadable. */
export function pictureOfOoxml(ooxml: string): Picture | null {
  try {
    for (const block of readDocumentXml(ooxml, 'getOoxml', emptyStyles()).blocks) {
      if (block.kind === 'paragraph' && block.pictures?.length) return block.pictures[0];
    }
  } catch {
    // A package the reader refuses leaves the API's alt text as the answer.
  }
  return null;
}

/**
 * Attaches the pictures to the paragraphs they stand in. Both lists are in document order, so the k-th
 * picture met in the paragraphs is the census's k-th — but only when the counts agree; when they do not
 * (a picture Word counts in the body but not in a body paragraph), the OOXML is not used, the alt text is
 * still Word's, and the user is told the check may be incomplete.
 */
export function attachPictures(
  loads: PictureLoads | null,
  paragraphs: readonly Word.Paragraph[],
): { picturesOf: (p: Word.Paragraph) => Picture[] | undefined; warning: string | null } {
  const out = new Map<Word.Paragraph, Picture[]>();
  if (!loads) return { picturesOf: () => undefined, warning: null };
  const held = paragraphs.map((p) => loads.byParagraph.get(p)?.items ?? []);
  const aligned = held.reduce((n, items) => n + items.length, 0) === loads.census.length;
  let k = 0;
  let unreadable = false;
  const ooxmlPicture = (index: number): Picture | null => {
    const result = aligned ? loads.ooxml.get(index) : undefined;
    if (!result) return null;
    const picture = pictureOfOoxml(result.value);
    if (!picture) unreadable = true;
    return picture;
  };
  paragraphs.forEach((p, i) => {
    // Word lists a paragraph's floating pictures apart from its in-line ones: they follow them here.
    const floating = (loads.shapes.get(p)?.items ?? [])
      .filter((s) => s.type === 'Picture' && s.textWrap.type !== 'Inline')
      .map((s): Picture => ({
        floating: true,
        description: blank(s.altTextDescription),
        title: null,
        decorative: false,
        name: blank(s.name),
      }));
    if (held[i].length === 0 && floating.length === 0) return;
    out.set(p, [
      ...held[i].map((pic): Picture => {
        const description = blank(pic.altTextDescription);
        const title = blank(pic.altTextTitle);
        const fromOoxml = description === null && title === null ? ooxmlPicture(k) : null;
        k++;
        return {
          floating: false,
          description,
          title,
          decorative: fromOoxml?.decorative ?? false,
          name: fromOoxml?.name ?? null,
        };
      }),
      ...floating,
    ]);
  });
  const warning = !aligned || unreadable ? PICTURE_WARNINGS.unplaced : loads.capped ? PICTURE_WARNINGS.capped : null;
  return { picturesOf: (p) => out.get(p), warning };
}
