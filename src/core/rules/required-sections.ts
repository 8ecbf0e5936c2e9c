/**
 * The sections the city's template requires, per report type and budget year (src/core/template).
 * A missing section usually means it was deleted by mistake or the export dropped it; an empty one
 * means the text was never written.
 * Seed 000 is a real example: its four economy sections are headings with nothing under them.
 */
import type { Report, Section, TextRef } from '../model';
import {
  isSection,
  newestTemplateFile,
  templateFor,
  type ReportTemplate,
  type TemplateSection,
} from '../template/index';
import type { Loc } from '../snapshot';
import { DOCUMENT_SECTION } from './run';
import type { MessageSpec, Rule, RuleContext, Severity } from './types';
import { flattenSections, isBlank, unitGoals } from './util';

/** Messages `<prefix>.<severity>` of one kind and text, one per severity the template may give. */
function bySeverity(prefix: string, kind: string, severities: Severity[], text: string): Record<string, MessageSpec> {
  return Object.fromEntries(severities.map((severity) => [`${prefix}.${severity}`, { kind, severity, text }]));
}

function matches(section: Section, req: TemplateSection): boolean {
  return isSection(section.title, req);
}

/** A section with no text anywhere inside it. */
function isEmpty(section: Section): boolean {
  return !section.hasOwnContent && section.children.every(isEmpty);
}

/** "A, B och C". */
function listed(items: readonly string[]): string {
  return items.length > 1 ? `${items.slice(0, -1).join(', ')} och ${items[items.length - 1]}` : (items[0] ?? '');
}

/**
 * What the docs say the rule requires, written from the newest template so that a renamed or added
 * section is described as it is: per layout its report types and sections, and the parts of each
 * enhetsmål where the layout has them.
 */
function templateSummary(): string {
  const file = newestTemplateFile();
  const types = Object.entries(file.reportTypes);
  const layouts = Object.entries(file.layouts).map(([name, layout]) => {
    const using = types.filter(([, t]) => t.layout === name);
    const sections = layout.sections.map((s) =>
      s.children.length ? `${s.title} med ${s.children.length} underavsnitt` : s.title,
    );
    const parts = layout.enhetsmalParts.length
      ? ` I ${using[0]?.[1].name ?? name} ska varje enhetsmål ha ${listed(layout.enhetsmalParts.map((p) => p.label))}.`
      : '';
    return { head: `${using.map(([t]) => t).join('/')}: ${sections.join(', ')}`, parts };
  });
  return (
    'Kontrollerar att rapporten har de avsnitt som mallen kräver för rapporttypen ' +
    `(${layouts.map((l) => l.head).join('; ')}) och att de inte är tomma.` +
    layouts.map((l) => l.parts).join('')
  );
}

export const requiredSections: Rule = {
  meta: {
    id: 'required-sections',
    // The template gives each section its severity when missing or empty; a message per severity keeps
    // one severity per message id.
    messages: {
      ...bySeverity(
        'sectionMissing',
        'section-missing',
        ['error', 'warning'],
        'Avsnittet "{{title}}" saknas; det ska finnas i {{typeName}}.',
      ),
      ...bySeverity(
        'subsectionMissing',
        'section-missing',
        ['error', 'warning'],
        'Underavsnittet "{{title}}" saknas under "{{parent}}".',
      ),
      ...bySeverity(
        'sectionEmpty',
        'section-empty',
        ['error', 'warning', 'tip'],
        'Avsnittet "{{title}}" har ingen text. Skriv vad som hänt, eller att det inte finns något att rapportera.',
      ),
      ...bySeverity(
        'goalPartMissing',
        'section-missing',
        ['error', 'warning'],
        'Enhetsmålet saknar delen "{{part}}", som varje enhetsmål i en verksamhetsplan ska ha.',
      ),
      ...bySeverity('goalPartEmpty', 'section-empty', ['error', 'warning'], 'Delen "{{part}}" i enhetsmålet är tom.'),
    },
    fixable: false,
    docs: {
      description: templateSummary(),
      howToFix:
        'Lägg till det saknade avsnittet med samma rubrik som i mallen (rubrikformat "Rubrik 1"/"Rubrik 2") och skriv text under det. Finns inget att rapportera, skriv det, t.ex. "Enheten har inga investeringar."',
    },
  },
  check(context) {
    const report = context.model;
    if (!report.type) return;
    const all = flattenSections(report.sections);
    const topLevel = report.sections;
    const template = templateFor(report.type, report.year);
    checkLevel(context, template, template.sections, topLevel, all, null, report);
    if (template.enhetsmalParts.length > 0) checkGoalParts(context, template, report);
  },
};

function checkLevel(
  context: RuleContext,
  template: ReportTemplate,
  required: readonly TemplateSection[],
  candidates: readonly Section[],
  all: readonly Section[],
  parent: Section | null,
  report: Report,
): void {
  let lastLoc: Loc = parent ? parent.loc : { block: 0 };
  for (const req of required) {
    // Looked for where it belongs first; a top-level section with the wrong heading level is still
    // there (the TOC rule reports levels). "Övrigt" is not looked for elsewhere: the economy has one too.
    const found =
      candidates.find((s) => matches(s, req)) ??
      (parent === null && !req.onlyAtItsPlace ? all.find((s) => matches(s, req)) : undefined);
    if (!found) {
      if (req.goals && report.goals.length > 0) continue;
      context.report({
        ...(parent
          ? { messageId: `subsectionMissing.${req.missing}`, data: { title: req.title, parent: parent.title } }
          : {
              messageId: `sectionMissing.${req.missing}`,
              data: { title: req.title, typeName: template.name },
              section: DOCUMENT_SECTION,
            }),
        subject: req.title,
        location: lastLoc,
      });
      continue;
    }
    lastLoc = found.loc;
    if (req.children.length > 0) {
      // Sub-headings are checked when the section uses them. Without any, text of its own stands
      // for them (a VP's Inledning often has the parts as bold lines, an economy as one text).
      const usesSubHeadings = found.children.some((c) => req.children.some((r) => matches(c, r)));
      if (usesSubHeadings) checkLevel(context, template, req.children, found.children, [], found, report);
      else if (req.empty && isEmpty(found)) reportEmpty(context, found, req.empty);
      continue;
    }
    const hasGoals = req.goals && report.goals.length > 0;
    if (req.empty && isEmpty(found) && !hasGoals) reportEmpty(context, found, req.empty);
  }
}

function reportEmpty(context: RuleContext, section: Section, severity: Severity): void {
  context.report({
    messageId: `sectionEmpty.${severity}`,
    data: { title: section.title },
    subject: section.title,
    location: section.loc,
  });
}

function checkGoalParts(context: RuleContext, template: ReportTemplate, report: Report): void {
  for (const { enhetsmal } of unitGoals(report)) {
    for (const part of template.enhetsmalParts) {
      const ref: TextRef | null =
        part.part === 'forvantatResultat' ? enhetsmal.forvantatResultat : enhetsmal.vp[part.part];
      if (!ref) {
        context.report({
          messageId: `goalPartMissing.${part.severity}`,
          data: { part: part.label },
          subject: enhetsmal.title,
          location: enhetsmal.loc,
        });
      } else if (isBlank(ref)) {
        context.report({
          messageId: `goalPartEmpty.${part.severity}`,
          data: { part: part.label },
          subject: enhetsmal.title,
          location: ref.loc,
        });
      }
    }
  }
}
