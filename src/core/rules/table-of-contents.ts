/**
 * The table of contents: present in every report, and listing the headings as they now stand.
 *
 * A stale TOC is reported one finding per difference, so that each can be selected and read in the
 * document; when there are many (a TOC copied from last year's report), one grouped finding says so
 * instead of burying the other findings under a list nobody reads.
 */
import type { Toc } from '../model';
import {
  ambiguity,
  tocNotComparable,
  compareToc,
  insertTocEdits,
  tocHeadings,
  cleanTocText,
  type TocDifference,
} from '../toc';
import { firstSectionTitle } from '../template/index';
import type { Rule, RuleContext } from './types';

/** Above this many differences one grouped finding replaces the single ones. */
export const MAX_SINGLE_FINDINGS = 5;

function q(text: string): string {
  return `”${cleanTocText(text)}”`;
}

function remedy(toc: Toc): string {
  return toc.kind === 'field'
    ? 'Uppdatera innehållsförteckningen (Referenser > Uppdatera tabell > Uppdatera hela tabellen) eller låt Rapportstöd bygga om den.'
    : 'Innehållsförteckningen är inskriven för hand. Låt Rapportstöd ersätta den med en som Word kan uppdatera.';
}

function describe(d: TocDifference): { subject: string; messageId: string; data: Record<string, string | number> } {
  switch (d.kind) {
    case 'missing':
      return { subject: cleanTocText(d.heading.text), messageId: 'missing', data: { heading: q(d.heading.text) } };
    case 'extra':
      return { subject: cleanTocText(d.entry.text), messageId: 'extra', data: { entry: q(d.entry.text) } };
    case 'moved':
      return { subject: cleanTocText(d.heading.text), messageId: 'moved', data: { heading: q(d.heading.text) } };
    case 'changedText':
      return {
        subject: cleanTocText(d.heading.text),
        messageId: 'changedText',
        data: { heading: q(d.heading.text), entry: q(d.entry.text) },
      };
    case 'wrongLevel':
      return {
        subject: cleanTocText(d.heading.text),
        messageId: 'wrongLevel',
        data: { heading: q(d.heading.text), entryLevel: d.entry.level, headingLevel: d.heading.level },
      };
  }
}

function listed(items: string[]): string {
  const shown = items.slice(0, 3).map(q).join(', ');
  return items.length > 3 ? `${shown} med flera` : shown;
}

function groupedMessage(differences: TocDifference[]): string {
  const names = (kind: TocDifference['kind']): string[] =>
    differences.filter((d) => d.kind === kind).map((d) => (d.kind === 'extra' ? d.entry.text : d.heading.text));
  const parts: string[] = [];
  const missing = names('missing');
  const extra = names('extra');
  const moved = names('moved');
  const changed = names('changedText');
  const level = names('wrongLevel');
  if (missing.length) parts.push(`${missing.length} rubriker saknas (${listed(missing)})`);
  if (extra.length) parts.push(`${extra.length} rader har ingen rubrik i dokumentet (${listed(extra)})`);
  if (moved.length) parts.push(`${moved.length} står i fel ordning (${listed(moved)})`);
  if (changed.length) parts.push(`${changed.length} har ändrad rubriktext (${listed(changed)})`);
  if (level.length) parts.push(`${level.length} står på fel nivå (${listed(level)})`);
  return parts.join('; ');
}

function checkStale(context: RuleContext, toc: Toc): void {
  const { model: report, snapshot } = context;
  // A TOC of TC entries: Word knows what it lists, the snapshot does not; no judgement rather than a wrong one.
  if (tocNotComparable(toc, snapshot)) return;
  const differences = compareToc(toc.entries, tocHeadings(report, toc, snapshot));
  if (differences.length === 0) return;
  const unclear = ambiguity(toc, differences);
  if (unclear) {
    // Most lines list no heading: the list may run into other text, so it is neither judged line by line nor rebuilt.
    context.report({
      messageId: 'ambiguous',
      data: { unmatched: unclear.unmatched, lines: unclear.lines },
      subject: cleanTocText(toc.heading?.text ?? 'Innehållsförteckning'),
      location: toc.heading?.loc ?? { block: toc.fromBlock },
    });
    return;
  }
  const { edits } = context.analysis.toc;
  const fix = edits.length > 0 ? edits : undefined;
  const tail = remedy(toc);
  if (differences.length > MAX_SINGLE_FINDINGS) {
    context.report({
      messageId: 'grouped',
      data: { differences: groupedMessage(differences), remedy: tail },
      subject: cleanTocText(toc.heading?.text ?? 'Innehållsförteckning'),
      location: toc.heading?.loc ?? { block: toc.fromBlock },
      fix,
    });
    return;
  }
  for (const d of differences) {
    const { subject, messageId, data } = describe(d);
    context.report({
      messageId,
      data: { ...data, remedy: tail },
      subject,
      location: d.kind === 'missing' ? d.heading.loc : d.entry.loc,
      fix,
    });
  }
}

export const tableOfContents: Rule = {
  meta: {
    id: 'table-of-contents',
    messages: {
      missingToc: {
        kind: 'toc-missing',
        severity: 'warning',
        text:
          'Rapporten ({{type}}) saknar innehållsförteckning. ' +
          'Lägg in en före {{firstSection}} (Referenser > Innehållsförteckning), eller låt Rapportstöd göra det.',
      },
      missing: {
        kind: 'toc-stale',
        severity: 'warning',
        text: 'Rubriken {{heading}} saknas i innehållsförteckningen. {{remedy}}',
      },
      extra: {
        kind: 'toc-stale',
        severity: 'warning',
        text: 'Innehållsförteckningen har raden {{entry}}, men det finns ingen sådan rubrik i dokumentet. {{remedy}}',
      },
      moved: {
        kind: 'toc-stale',
        severity: 'warning',
        text: '{{heading}} står i en annan ordning i innehållsförteckningen än i dokumentet. {{remedy}}',
      },
      changedText: {
        kind: 'toc-stale',
        severity: 'warning',
        text: 'Rubriken heter {{heading}}, men i innehållsförteckningen står {{entry}}. {{remedy}}',
      },
      wrongLevel: {
        kind: 'toc-stale',
        severity: 'warning',
        text: '{{heading}} står på nivå {{entryLevel}} i innehållsförteckningen men är en rubrik på nivå {{headingLevel}}. {{remedy}}',
      },
      grouped: {
        kind: 'toc-stale',
        severity: 'warning',
        text: 'Innehållsförteckningen stämmer inte med rubrikerna: {{differences}}. {{remedy}}',
      },
      ambiguous: {
        kind: 'toc-ambiguous',
        severity: 'warning',
        text:
          'Innehållsförteckningen kunde inte jämföras säkert med rubrikerna: {{unmatched}} av {{lines}} rader ' +
          'motsvarar ingen rubrik i dokumentet. Rapportstöd ändrar den därför inte. Kontrollera den för hand, eller ta bort den ' +
          'och infoga en ny med Referenser > Innehållsförteckning.',
      },
    },
    fixable: true,
    hasSuggestions: true,
    docs: {
      description:
        'Kontrollerar att rapporten har en innehållsförteckning och att den listar rätt rubriker med rätt text, ordning och nivå: ' +
        'ett TOC-fält de rubriker som fältkoden väljer (som Word, med listnummer), en inskriven lista rubrikerna på nivå 1–3 efter den.',
      howToFix:
        'Låt Rapportstöd bygga om innehållsförteckningen, eller välj Referenser > Uppdatera tabell i Word. ' +
        'En inskriven innehållsförteckning ersätts med en som Word kan uppdatera; en lista där mer än en tredjedel av raderna ' +
        'inte motsvarar någon rubrik ändras inte utan kontrolleras för hand.',
    },
  },
  check(context) {
    const { model: report, snapshot } = context;
    if (report.toc) {
      checkStale(context, report.toc);
      return;
    }
    if (report.type === null) return;
    const edits = insertTocEdits(report, snapshot);
    const first = tocHeadings(report, null, snapshot)[0];
    context.report({
      messageId: 'missingToc',
      // Where the reports put it: before the template's first section, by its title in that year's template.
      data: { type: report.type, firstSection: firstSectionTitle(report.type, report.year) ?? 'första avsnittet' },
      subject: 'Innehållsförteckning',
      location: first?.loc ?? { block: 0 },
      // Offered, not applied by `fix`/Räkna om: where the TOC goes is the writer's choice.
      suggest: edits.length > 0 ? edits : undefined,
    });
  },
};

export default tableOfContents;
