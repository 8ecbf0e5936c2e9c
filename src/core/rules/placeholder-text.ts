/**
 * Template text left in the report: Stratsys/ILS-webb guidance ("Beskriv kortfattat …"), Word's
 * content-control prompt ("Klicka eller tryck här för att ange text."), "Skriv … här", "XX" where a
 * figure belongs, "[Enhetens namn]" and Lorem ipsum. The nämnd would read them as they stand.
 */
import type { Loc, Paragraph } from '../snapshot';
import { isParagraph } from '../snapshot';
import type { Rule, RuleContext } from './types';
import { inTocEntries, shorten } from './util';

interface Pattern {
  re: RegExp;
  /** Template text for sure, or only text in brackets that may be meant (a warning). */
  messageId: 'placeholder' | 'bracketed';
  what: string;
}

const PATTERNS: Pattern[] = [
  { re: /\blorem ipsum\b/i, messageId: 'placeholder', what: 'blindtext (Lorem ipsum)' },
  {
    re: /\bklicka (?:eller tryck )?här för att (?:ange|skriva|lägga till) (?:text|ett datum)\b/i,
    messageId: 'placeholder',
    what: 'Words platshållartext',
  },
  { re: /\bskriv\b[^.!?\n]{0,120}?\bhär\b/i, messageId: 'placeholder', what: 'malltext ("Skriv … här")' },
  {
    re: /\bhär (?:skriver|beskriver|anger|redovisar) (?:du|ni|enheten)\b/i,
    messageId: 'placeholder',
    what: 'instruktionstext från mallen',
  },
  {
    re: /^(?:beskriv|redogör för|ange|analysera|kommentera|sammanfatta|fyll i|lägg in|infoga)\b[^\n]{0,300}$/i,
    messageId: 'placeholder',
    what: 'instruktionstext från mallen eller ILS-webb',
  },
  { re: /(?<![\p{L}\p{N}])(?:XX+|xx+)(?![\p{L}])/u, messageId: 'placeholder', what: 'platshållaren "XX"' },
  {
    re: /\[[^\]\n]*\p{L}[^\]\n]*\]/u,
    messageId: 'bracketed',
    what: 'text inom hakparenteser, som i mallens platshållare',
  },
];

export const placeholderText: Rule = {
  meta: {
    id: 'placeholder-text',
    messages: {
      placeholder: {
        kind: 'placeholder-text',
        severity: 'error',
        text: 'Texten ser ut att vara {{what}} som blivit kvar: "{{text}}".',
      },
      bracketed: {
        kind: 'placeholder-text',
        severity: 'warning',
        text: 'Texten ser ut att vara {{what}} som blivit kvar: "{{text}}".',
      },
    },
    fixable: false,
    docs: {
      description:
        'Letar efter malltext som blivit kvar: "Skriv … här", Words "Klicka eller tryck här för att ange text.", instruktioner från ILS-webb/Stratsys som börjar med "Beskriv", "Redogör för", "Ange" osv., "XX" i stället för en siffra, "Lorem ipsum" (fel) och text inom hakparenteser som "[Enhetens namn]" (varning).',
      howToFix: 'Ersätt platshållaren med den riktiga texten eller siffran, eller ta bort stycket om det inte behövs.',
    },
  },
  check(context) {
    const toc = context.model.toc;
    context.snapshot.blocks.forEach((block, b) => {
      if (inTocEntries(toc, b)) return;
      if (isParagraph(block)) {
        checkParagraph(context, block, { block: b });
        return;
      }
      block.rows.forEach((row, r) =>
        row.cells.forEach((cell, c) =>
          cell.paragraphs.forEach((p, i) => checkParagraph(context, p, { block: b, row: r, cell: c, paragraph: i })),
        ),
      );
    });
    // Page headers and footers ("Dnr: HÄ 2020/XXX") and text boxes (fact boxes) are report text too.
    (context.snapshot.headersFooters ?? []).forEach((story, index) =>
      story.paragraphs.forEach((p, k) =>
        checkParagraph(context, p, { block: 0, story: { kind: story.kind, index, paragraph: k } }),
      ),
    );
    (context.snapshot.textBoxes ?? []).forEach((box, index) =>
      box.paragraphs.forEach((p, k) =>
        checkParagraph(context, p, { block: box.anchorBlock, story: { kind: 'textBox', index, paragraph: k } }),
      ),
    );
  },
};

function checkParagraph(context: RuleContext, p: Paragraph, location: Loc): void {
  const text = p.text.trim();
  if (!text) return;
  // A label and its text in one paragraph ("Förväntat resultat" + line break + "Beskriv …"): each line
  // is also looked at on its own, so guidance after the label is found.
  const lines = text.includes('\n') ? text.split('\n').map((l) => l.trim()) : [];
  let hit = PATTERNS.find((pattern) => pattern.re.test(text));
  for (const line of lines) hit ??= PATTERNS.find((pattern) => pattern.re.test(line));
  if (!hit) return;
  context.report({
    messageId: hit.messageId,
    data: { what: hit.what, text: shorten(text, 60) },
    subject: shorten(text, 100),
    location,
  });
}
