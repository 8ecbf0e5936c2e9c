/**
 * Validates XML parts against the ISO/IEC 29500 schemas in `../shared/ooxml-schemas` with `xmllint`
 * (Debian's libxml2-utils). One xmllint run validates a whole list of parts, so the schema is parsed
 * once per list, not once per part.
 */
import { spawnSync } from 'child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';

export interface XmlPart {
  /** A label for messages: `skeleton VB: word/settings.xml`. */
  name: string;
  xml: string;
}

/** True when `xmllint` can be run. */
export function hasXmllint(): boolean {
  const r = spawnSync('xmllint', ['--version'], { encoding: 'utf8' });
  return r.status === 0;
}

/**
 * Validates every part against `schema`; returns the parts that failed, each with xmllint's messages
 * (the temporary file name replaced by the part's name). An empty result means all validated.
 */
export function validateParts(parts: readonly XmlPart[], schema: string): { name: string; errors: string[] }[] {
  if (parts.length === 0) return [];
  const dir = mkdtempSync(join(tmpdir(), 'rapportstod-xsd-'));
  try {
    const files = parts.map((p, i) => {
      const file = join(dir, `part-${i}.xml`);
      writeFileSync(file, p.xml, 'utf8');
      return file;
    });
    const r = spawnSync('xmllint', ['--noout', '--schema', schema, ...files], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    if (r.error) throw r.error;
    const failed: { name: string; errors: string[] }[] = [];
    const lines = r.stderr.split('\n').filter((l) => l.trim() !== '');
    files.forEach((file, i) => {
      const own = lines.filter((l) => l.startsWith(`${file}:`) || l === `${file} fails to validate`);
      const validated = lines.includes(`${file} validates`);
      if (!validated) failed.push({ name: parts[i].name, errors: own.map((l) => l.split(file).join(parts[i].name)) });
    });
    return failed;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** xmllint's messages without file names and line numbers, to compare two versions of a part. */
export function errorKinds(errors: readonly string[]): Set<string> {
  return new Set(errors.map((e) => e.replace(/^.*?:\d+: /, '')).filter((e) => !/fails to validate$/.test(e)));
}
