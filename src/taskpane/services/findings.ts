import type { Finding, Severity } from '../../core/rules/types';

export interface SeverityCounts {
  error: number;
  warning: number;
  tip: number;
}

export interface FindingGroup {
  section: string;
  findings: Finding[];
  counts: SeverityCounts;
}

const ORDER: Record<Severity, number> = { error: 0, warning: 1, tip: 2 };

export function countSeverities(findings: readonly Finding[]): SeverityCounts {
  const counts: SeverityCounts = { error: 0, warning: 0, tip: 0 };
  for (const f of findings) counts[f.severity] += 1;
  return counts;
}

/** Groups findings by section in document order; within a section, errors first, then by position. */
export function groupFindings(findings: readonly Finding[]): FindingGroup[] {
  const groups = new Map<string, Finding[]>();
  const firstBlock = new Map<string, number>();
  for (const f of findings) {
    // A rule pack's own group (Tillgänglighet) is one list, wherever its findings stand.
    const key = f.group ?? f.section;
    const list = groups.get(key) ?? [];
    list.push(f);
    groups.set(key, list);
    firstBlock.set(key, Math.min(firstBlock.get(key) ?? Infinity, f.location.block));
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (firstBlock.get(a) ?? 0) - (firstBlock.get(b) ?? 0))
    .map(([section, list]) => {
      const sorted = [...list].sort(
        (x, y) => ORDER[x.severity] - ORDER[y.severity] || x.location.block - y.location.block,
      );
      return { section, findings: sorted, counts: countSeverities(sorted) };
    });
}
