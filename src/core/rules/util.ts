/** Shared helpers of the completeness rules: walking the goal tree (titles compare with src/core/template's textKey). */
import type {
  ActivityTable,
  Enhetsmal,
  IndicatorTable,
  Inriktningsmal,
  KfMal,
  Namndmal,
  Report,
  Section,
  TextRef,
  Toc,
} from '../model';

/** True when the block lies in the table of contents' entries (from its first entry to its last). */
export function inTocEntries(toc: Toc | null, block: number): boolean {
  return toc !== null && block >= toc.fromBlock && block <= toc.toBlock;
}

/** True when the text reference is missing or holds only whitespace. */
export function isBlank(ref: TextRef | null | undefined): boolean {
  return !ref || ref.text.replace(/[\s\u00a0\u200b]/g, '') === '';
}

export interface GoalPath {
  inriktningsmal: Inriktningsmal;
  kfMal: KfMal;
}

export function* kfGoals(report: Report): Generator<GoalPath> {
  for (const i of report.goals) for (const k of i.kfMal) yield { inriktningsmal: i, kfMal: k };
}

export function* namndGoals(report: Report): Generator<GoalPath & { namndmal: Namndmal }> {
  for (const p of kfGoals(report)) for (const n of p.kfMal.namndmal) yield { ...p, namndmal: n };
}

export function* unitGoals(report: Report): Generator<GoalPath & { namndmal: Namndmal; enhetsmal: Enhetsmal }> {
  for (const p of namndGoals(report)) for (const e of p.namndmal.enhetsmal) yield { ...p, enhetsmal: e };
}

/** Every indicator table in the goal tree, at whichever level it stands. */
export function allIndicatorTables(report: Report): IndicatorTable[] {
  const out: IndicatorTable[] = [];
  for (const p of kfGoals(report)) {
    out.push(...p.kfMal.indicatorTables);
    for (const n of p.kfMal.namndmal) {
      out.push(...n.indicatorTables);
      for (const e of n.enhetsmal) out.push(...e.indicatorTables);
    }
  }
  return out;
}

/** Every activity table in the goal tree: directly under a KF goal (district reports), a nämndmål or an enhetsmål. */
export function allActivityTables(report: Report): ActivityTable[] {
  const out: ActivityTable[] = [];
  for (const p of kfGoals(report)) out.push(...p.kfMal.activityTables);
  for (const p of namndGoals(report)) {
    out.push(...p.namndmal.activityTables);
    for (const e of p.namndmal.enhetsmal) out.push(...e.activityTables);
  }
  return out;
}

export function flattenSections(sections: readonly Section[]): Section[] {
  return sections.flatMap((s) => [s, ...flattenSections(s.children)]);
}

/** Cuts a long text for a message, at a word boundary, with "…". */
export function shorten(text: string, max = 90): string {
  const t = text.replace(/\s+/g, ' ').trim();
  if (t.length <= max) return t;
  const cut = t.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[,;:.\s]+$/, '')}…`;
}
