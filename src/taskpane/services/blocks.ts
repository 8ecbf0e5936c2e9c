/**
 * Insertable blocks known to the pane: exactly the core's forms (src/core/blocks/forms.ts), so what
 * the officer inserts has the layout the checker parses and `rapportstod new` writes, and no form,
 * year rule or report-type list is written a second time here. The forms start at this calendar
 * year; the Infoga tab puts the open report's own year and type in instead, and each form takes its
 * goals and indicators from that year's catalog.
 */
import { formBlocks } from '../../core/blocks/forms';
import type { BlockDefinition } from './types';

export const defaultBlocks: BlockDefinition[] = formBlocks(new Date().getFullYear());
