/**
 * `settings.xml` (w:updateFields) and the add-in's own settings, which Office.context.document.settings
 * stores in `word/webextensions/webextension*.xml` as `we:property` elements with JSON values.
 */
import { CUSTOM_INDICATORS_SETTING, CUSTOM_INDICATORS_UNREADABLE, parseCustomIndicators } from '../core/catalog/custom';
import type { CustomIndicator } from '../core/snapshot';
import { attr, onOff, parseXmlBytes } from './xml';

export const IGNORED_PROPERTY = 'rapportstodIgnored';

export function readUpdateFields(bytes: Uint8Array | undefined, part: string): boolean {
  if (!bytes) return false;
  let update = false;
  parseXmlBytes(bytes, part, {
    open(el, depth) {
      if (depth === 1 && el.local === 'updateFields') update = onOff(el);
    },
  });
  return update;
}

export interface IgnoredFindingsRead {
  ids: string[];
  /** Part holding the property, when found. */
  part: string | null;
  warning: string | null;
}

function parseIds(value: string): string[] | null {
  try {
    let parsed: unknown = JSON.parse(value);
    // Some writers store the JSON text itself as a JSON string.
    if (typeof parsed === 'string') parsed = JSON.parse(parsed);
    if (Array.isArray(parsed) && parsed.every((x): x is string => typeof x === 'string')) return parsed;
    return null;
  } catch {
    return null;
  }
}

export function readIgnoredFindings(entries: Map<string, Uint8Array>): IgnoredFindingsRead {
  for (const [name, bytes] of entries) {
    if (!/^word\/webextensions\/webextension[^/]*\.xml$/i.test(name)) continue;
    let value: string | undefined;
    parseXmlBytes(bytes, name, {
      open(el) {
        if (el.local === 'property' && attr(el, 'name') === IGNORED_PROPERTY) value = attr(el, 'value');
      },
    });
    if (value === undefined) continue;
    const ids = parseIds(value);
    if (ids) return { ids, part: name, warning: null };
    return {
      ids: [],
      part: name,
      warning: 'Listan över ignorerade fynd i dokumentets inställningar kunde inte läsas och har inte använts.',
    };
  }
  return { ids: [], part: null, warning: null };
}

export interface CustomIndicatorsRead {
  /** Undefined when no part stores the property. */
  indicators: CustomIndicator[] | undefined;
  part: string | null;
  warning: string | null;
}

/** The user's own indicators (`rapportstodIndicators`), stored by the add-in like the ignored findings. */
export function readCustomIndicators(entries: Map<string, Uint8Array>): CustomIndicatorsRead {
  for (const [name, bytes] of entries) {
    if (!/^word\/webextensions\/webextension[^/]*\.xml$/i.test(name)) continue;
    let value: string | undefined;
    parseXmlBytes(bytes, name, {
      open(el) {
        if (el.local === 'property' && attr(el, 'name') === CUSTOM_INDICATORS_SETTING) value = attr(el, 'value');
      },
    });
    if (value === undefined) continue;
    const parsed = parseCustomIndicators(value);
    return parsed.ok
      ? { indicators: parsed.indicators, part: name, warning: null }
      : { indicators: undefined, part: name, warning: CUSTOM_INDICATORS_UNREADABLE };
  }
  return { indicators: undefined, part: null, warning: null };
}
