/**
 * Shared by the Word adapter's tests only: a fake Office installed on globalThis for one test and removed
 * after it, so one test's fake never answers another's calls.
 */
import type { DocSnapshot } from '../core/snapshot';
import { createFakeOffice, installFakeOffice, type FakeOffice, type FakeOfficeOptions } from './fake';

/** Call at the top of a test file; the returned function installs a fake for the current test. */
export function fakeOfficePerTest(): (snapshot: DocSnapshot, options?: FakeOfficeOptions) => FakeOffice {
  let uninstall: (() => void) | null = null;
  afterEach(() => {
    uninstall?.();
    uninstall = null;
  });
  return (snapshot, options) => {
    const fake = createFakeOffice(snapshot, options);
    uninstall = installFakeOffice(globalThis, fake);
    return fake;
  };
}
