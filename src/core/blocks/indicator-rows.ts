/**
 * An indicator table's rows as the forms, the block defaults and the skeleton start them: a catalog
 * indicator or the user's own, with the name, KF:s årsmål and period filled in and the outcomes left
 * to write. Here, in the blocks, so that the skeleton builds on the blocks and not the other way round.
 */
import type { CatalogIndicator } from '../catalog/index';
import type { CustomIndicator } from '../snapshot';
import { periodText } from './render';
import { emptyIndicatorRow, type BlockReportType, type IndicatorRowValue } from './schemas';

/** A catalog indicator as an empty row: name, KF:s årsmål and period filled in, outcomes to write. */
export function catalogIndicatorRow(ind: CatalogIndicator, type: BlockReportType, year: number): IndicatorRowValue {
  return {
    ...emptyIndicatorRow(ind.name),
    kfArsmal: ind.kfArsmal ?? '',
    period: type === 'VP' ? '' : periodText(type, year),
    periodicitet: type === 'VP' ? (ind.period === 'tertial' ? 'Tertial' : 'År') : '',
  };
}

/** Table rows for the user's own indicators: name, unit and direction kept, the period filled in. */
export function ownIndicatorRow(ind: CustomIndicator, type: BlockReportType, year: number): IndicatorRowValue {
  return {
    ...emptyIndicatorRow(ind.name),
    ...(ind.unit ? { unit: ind.unit } : {}),
    direction: ind.direction,
    period: type === 'VP' ? '' : periodText(type, year),
  };
}
