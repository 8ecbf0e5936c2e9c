/** Relationship parts (`_rels/*.rels`): how the package's parts find each other. */
import { attr, parseXmlBytes } from './xml';

export interface Relationship {
  id: string;
  /** Full relationship type URI; compare with `relTypeIs`, which also accepts strict OOXML's URIs. */
  type: string;
  /** Resolved part name inside the package (no leading slash), or the raw target when external. */
  target: string;
  external: boolean;
}

/** Matches the last path segment of a type URI, so transitional and strict OOXML types both match. */
export function relTypeIs(rel: Relationship, kind: string): boolean {
  return rel.type.endsWith('/' + kind);
}

/** The .rels part name for a part: `word/document.xml` → `word/_rels/document.xml.rels`. */
export function relsPathFor(partName: string): string {
  const slash = partName.lastIndexOf('/');
  return slash < 0 ? `_rels/${partName}.rels` : `${partName.slice(0, slash)}/_rels/${partName.slice(slash + 1)}.rels`;
}

export function resolvePartName(basePart: string, target: string): string {
  if (target.startsWith('/')) return normalise(target.slice(1));
  const slash = basePart.lastIndexOf('/');
  const dir = slash < 0 ? '' : basePart.slice(0, slash + 1);
  return normalise(dir + target);
}

function normalise(path: string): string {
  const out: string[] = [];
  for (const seg of path.split('/')) {
    if (seg === '..') out.pop();
    else if (seg !== '.' && seg !== '') out.push(seg);
  }
  return out.join('/');
}

/** Reads the relationships of `sourcePart` ('' for the package itself). */
export function readRelationships(bytes: Uint8Array | undefined, sourcePart: string, relsPart: string): Relationship[] {
  if (!bytes) return [];
  const rels: Relationship[] = [];
  parseXmlBytes(bytes, relsPart, {
    open(el) {
      if (el.local !== 'Relationship') return;
      const target = attr(el, 'Target') ?? '';
      const external = attr(el, 'TargetMode') === 'External';
      rels.push({
        id: attr(el, 'Id') ?? '',
        type: attr(el, 'Type') ?? '',
        target: external ? target : resolvePartName(sourcePart, decodeURI(target)),
        external,
      });
    },
  });
  return rels;
}
