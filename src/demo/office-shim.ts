/**
 * Office.js for a plain browser: opening taskpane.html outside Word. Loaded in Office.js's place (the
 * browser tests route the Office CDN address to this file, which the development server builds), it
 * defines `Office` at once, as Office.js's script tag does, and installs the fake Word API on the
 * sample report when the pane calls `Office.onReady()`. Never used inside Word.
 */
import '../taskpane/no-eval';
import { readDocx } from '../docx';
import { createFakeOffice, installFakeOffice } from '../word/fake';

type Info = { host: string; platform: string };

const sample = new URLSearchParams(location.search).get('doc') ?? 'fixtures/seed-000.docx';

let ready: Promise<Info> | null = null;
function onReady(callback?: (info: Info) => void): Promise<Info> {
  ready ??= (async () => {
    const res = await fetch(sample);
    if (!res.ok) throw new Error(`Kunde inte hämta ${sample} (HTTP ${res.status}).`);
    const fake = createFakeOffice(readDocx(new Uint8Array(await res.arrayBuffer())).snapshot);
    installFakeOffice(window, fake);
    return fake.Office.onReady();
  })();
  return ready.then((info) => (callback?.(info), info));
}

(window as unknown as { Office: unknown }).Office = { onReady };
