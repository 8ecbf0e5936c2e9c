/**
 * The Word adapter: the only code that talks to `Word`/`Office`. Document → snapshot (`read`), the
 * core's edits → document (`apply`), findings → selection (`select`), and what the host supports.
 */
export { readOpenDocument, layoutBlocks, gridFromWidths, normalizeText, type BlockMap, type BlockRef } from './read';
export { applyEdits, REFUSALS, type ApplyResult } from './apply';
export { selectLocation, SELECT_MESSAGES } from './select';
export { supports, unsupportedMessage, requireFeature, FEATURE_REQUIREMENTS, type Feature } from './requirements';
export { wrapInPackage } from './ooxml-package';
export { normalizeStyle, builtInStyleName } from './styles';
