/**
 * Word's errors in plain words. Office.js reports failures as OfficeExtension.Error with a `code`
 * (https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling);
 * the adapters and the core throw Errors whose message is already Swedish for the user.
 */
import type { Strings } from '../i18n';

export interface PaneError {
  message: string;
  /** Technical detail for support, not shown as the main text. */
  detail?: string;
}

/** Thrown by the pane's services when Word lacks a requirement set. */
export class UnsupportedError extends Error {
  override name = 'UnsupportedError';
}

/** Thrown when the document is not a unit report. */
export class NotReportError extends Error {
  override name = 'NotReportError';
}

function codeOf(e: unknown): string | null {
  if (e && typeof e === 'object' && 'code' in e && typeof e.code === 'string') {
    return (e as { code: string }).code;
  }
  return null;
}

export function describeError(e: unknown, t: Strings): PaneError {
  const detail = e instanceof Error ? e.message : String(e);
  if (e instanceof UnsupportedError) return { message: t.errors.unsupported, detail };
  if (e instanceof NotReportError) return { message: t.errors.notReport, detail };
  switch (codeOf(e)) {
    case 'ApiNotFound':
    case 'NotImplemented':
      return { message: t.errors.unsupported, detail };
    case 'RequestPayloadSizeLimitExceeded':
    case 'ResponsePayloadSizeLimitExceeded':
    case 'RequestAborted':
      return { message: t.errors.tooLarge, detail };
    case 'ItemNotFound':
    case 'InvalidArgument':
    case 'GeneralException':
      return { message: t.errors.generic(detail), detail };
    case 'EditModeRequired':
    case 'ActivityLimitReached':
      return { message: t.errors.busy, detail };
    case 'StaleSnapshot':
    case 'Conflict':
      return { message: t.errors.changed, detail };
    default:
      break;
  }
  // Messages from our own adapters are Swedish sentences already; show them as they are.
  if (e instanceof Error && /[åäö]|inte|dokument/i.test(e.message)) return { message: e.message };
  return { message: t.errors.generic(detail), detail };
}
