/**
 * Imported first by every browser entry (pane, demo, Office shim). Zod 4 probes for eval with
 * `new Function('')` to compile fast parsers; under the pane's CSP (script-src without 'unsafe-eval', as
 * Office add-ins should have) the probe is refused and Chromium reports a securitypolicyviolation even
 * though zod catches the error. jitless skips the probe; parsing stays the same, only interpreted.
 */
import { z } from 'zod';

z.config({ jitless: true });
