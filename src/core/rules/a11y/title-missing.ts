/**
 * The document's title property. Screen readers announce it, and a PDF saved from Word shows it in the
 * window title instead of the file name (WCAG 2.4.2, "Sidtitel"). The report names itself in its first
 * lines, so the fix copies that title into the property.
 */
import { squash } from '../../parse/text';
import type { Rule } from '../types';
import { DOCUMENT_SECTION } from '../run';
import { A11Y_GROUP, DOCUMENT_SUBJECT } from './common';

export const titleMissing: Rule = {
  meta: {
    id: 'a11y-title-missing',
    group: A11Y_GROUP,
    messages: {
      missingWithTitle: {
        kind: 'a11y-title-missing',
        severity: 'error',
        text: 'Dokumentet saknar rubrik i dokumentegenskaperna; skärmläsare läser då upp filnamnet. Använd "Åtgärda" för att sätta rapportens titel ”{{title}}”, eller skriv den i Word under Arkiv > Info > Egenskaper > Rubrik.',
      },
      missing: {
        kind: 'a11y-title-missing',
        severity: 'error',
        text: 'Dokumentet saknar rubrik i dokumentegenskaperna; skärmläsare läser då upp filnamnet. Skriv rapportens titel i Word under Arkiv > Info > Egenskaper > Rubrik.',
      },
    },
    fixable: false,
    // Offered per finding (Åtgärda), not applied by Räkna om or `rapportstod fix`, which mend figures and the TOC.
    hasSuggestions: true,
    docs: {
      description:
        'Kontrollerar att dokumentet har en rubrik i dokumentegenskaperna (docProps/core.xml dc:title). ' +
        'Skärmläsare läser upp den, och en PDF som sparas från Word visar den i stället för filnamnet.',
      howToFix:
        'Använd "Åtgärda" för att sätta rapportens egen titel som rubrik, ' +
        'eller skriv den i Word under Arkiv > Info > Egenskaper > Rubrik.',
    },
  },
  check(context) {
    const { snapshot, model } = context;
    // An adapter that cannot read the properties says nothing about them.
    if (!snapshot.properties || snapshot.properties.title !== null) return;
    const title = model.title ? squash(model.title.text) : '';
    context.report({
      messageId: title ? 'missingWithTitle' : 'missing',
      data: { title },
      subject: DOCUMENT_SUBJECT,
      section: DOCUMENT_SECTION,
      location: model.title?.loc ?? { block: 0 },
      ...(title
        ? { suggest: [{ kind: 'setDocumentTitle' as const, title, reason: `Dokumentets rubrik: ${title}` }] }
        : {}),
    });
  },
};
