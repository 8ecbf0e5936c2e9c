/**
 * `settings.xml` (w:updateFields) and the add-in's own settings, which Office.context.document.settings
 * stores in `word/webextensions/webextension*.xml` as `we:property` elements with JSON values.
 */
import { CUSTOM_INDICATORS_SETTING, CUSTOM_INDICATORS_UNREADABLE, parseCustomIndicators } from '../core/catalog/custom';
import { IGNORED_FINDINGS_SETTING, IGNORED_FINDINGS_UNREADABLE, parseIgnoredFindings } from '../core/ignored-findings';
import type { CustomIndicator } from '../core/snapshot';
import { attr, onOff, parseXmlBytes } from './xml';

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

const WEB_EXTENSION_PART = /^word\/webextensions\/webextension[^/]*\.xml$/i;

/** The first add-in property of this name in the package's web-extension parts, and the part holding it. */
function findProperty(entries: Map<string, Uint8Array>, property: string): { value: string; part: string } | null {
  for (const [name, bytes] of entries) {
    if (!WEB_EXTENSION_PART.test(name)) continue;
    let value: string | undefined;
    parseXmlBytes(bytes, name, {
      open(el) {
        if (el.local === 'property' && attr(el, 'name') === property) value = attr(el, 'value');
      },
    });
    if (value !== undefined) return { value, part: name };
  }
  return null;
}

export function readIgnoredFindings(entries: Map<string, Uint8Array>): IgnoredFindingsRead {
  const found = findProperty(entries, IGNORED_FINDINGS_SETTING);
  if (!found) return { ids: [], part: null, warning: null };
  const parsed = parseIgnoredFindings(found.value);
  return { ids: parsed.ids, part: found.part, warning: parsed.ok ? null : IGNORED_FINDINGS_UNREADABLE };
}

export interface CustomIndicatorsRead {
  /** Undefined when no part stores the property. */
  indicators: CustomIndicator[] | undefined;
  part: string | null;
  warning: string | null;
}

/** The user's own indicators (`rapportstodIndicators`), stored by the add-in like the ignored findings. */
export function readCustomIndicators(entries: Map<string, Uint8Array>): CustomIndicatorsRead {
  const found = findProperty(entries, CUSTOM_INDICATORS_SETTING);
  if (!found) return { indicators: undefined, part: null, warning: null };
  const parsed = parseCustomIndicators(found.value);
  return parsed.ok
    ? { indicators: parsed.indicators, part: found.part, warning: null }
    : { indicators: undefined, part: found.part, warning: CUSTOM_INDICATORS_UNREADABLE };
}
