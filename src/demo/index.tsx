/**
 * The demo: a sample report read from its .docx in the browser, shown as HTML on the left, and the real
 * task pane on the right, talking to the Office/Word shim that holds the same document. A click in the
 * report puts Word's cursor there (Infoga inserts at it); what the pane selects is highlighted and
 * moves the cursor; what it writes shows up in the report.
 */
import '../taskpane/no-eval';
import { createRoot } from 'react-dom/client';
import { useCallback, useEffect, useState } from 'react';
import type { DocSnapshot, Loc } from '../core/snapshot';
import { createFakeOffice, installFakeOffice, type FakeOffice } from '../word/fake';
import { App } from '../taskpane/components/App';
import { defaultBlocks } from '../taskpane/services/blocks';
import { createPaneServices } from '../taskpane/services/engine';
import { createOfficeEngine } from '../taskpane/services/office';
import { createWordReviewComments } from '../taskpane/services/review-comments';
import { ReportView } from './ReportView';
import { SAMPLES, loadSample, sampleById, type Sample } from './samples';

declare global {
  interface Window {
    /** For the browser tests: the shim behind the pane. */
    __demo?: { fake: FakeOffice };
  }
}

const params = new URLSearchParams(location.search);
// ?lang=en: Office running in English (the pane stays Swedish; README "Language").
const lang = params.get('lang') === 'en' ? 'en-US' : 'sv-SE';
const theme = params.get('theme') === 'dark' ? 'dark' : 'light';
// ?doc= opens any .docx the server has; ?sample= one of the samples offered in the bar.
const docParam = params.get('doc');
const sample: Sample = docParam
  ? { id: 'doc', label: docParam.split('/').pop() ?? docParam, file: docParam }
  : sampleById(params.get('sample'));

function cursorIndex(fake: FakeOffice): number {
  return fake.doc.cursorAfter ? fake.doc.blocks.indexOf(fake.doc.cursorAfter) : -1;
}

function chooseSample(id: string) {
  const next = new URLSearchParams(location.search);
  next.delete('doc');
  next.set('sample', id);
  location.search = next.toString();
}

function Demo({ fake }: { fake: FakeOffice }) {
  const [snapshot, setSnapshot] = useState<DocSnapshot>(() => fake.doc.snapshot());
  const [selection, setSelection] = useState<Loc | null>(null);
  const [cursor, setCursor] = useState(() => cursorIndex(fake));
  const [services] = useState(() => ({
    ...createPaneServices(createOfficeEngine(), defaultBlocks),
    reviewComments: createWordReviewComments(),
  }));

  const refresh = useCallback(() => {
    setSnapshot(fake.doc.snapshot());
    setCursor(cursorIndex(fake));
  }, [fake]);

  useEffect(() => {
    // After every Word batch the pane runs, show the document as it now is; a select() in the batch
    // (a click on a finding) moves the cursor there, as selecting does in Word.
    const run = fake.Word.run.bind(fake.Word);
    // The demo wraps the fake Word's run on purpose, once per fake: that is how it sees the pane's batches.
    // eslint-disable-next-line react-hooks/immutability
    fake.Word.run = async (batch) => {
      const before = fake.doc.selections.length;
      try {
        return await run(batch);
      } finally {
        const sel = fake.doc.lastSelection;
        if (sel && fake.doc.selections.length > before) {
          fake.doc.setCursor(sel.loc.block);
          setSelection(sel.loc);
        }
        refresh();
      }
    };
  }, [fake, refresh]);

  // A click in the report: the cursor goes after the paragraph or table clicked (the fake's cursor sits
  // between top-level blocks, and an insertion never splits a paragraph or lands inside a table).
  const place = useCallback(
    (loc: Loc) => {
      fake.doc.setCursor(loc.block);
      setSelection(loc);
      refresh();
    },
    [fake, refresh],
  );

  return (
    <div className="demo">
      <header className="bar">
        <strong>Rapportstöd – demo</strong>
        <label>
          Exempelrapport{' '}
          <select value={sample.id} onChange={(e) => chooseSample(e.target.value)} data-testid="sample">
            {sample.id === 'doc' ? <option value="doc">{sample.label}</option> : null}
            {SAMPLES.map((s) => (
              <option key={s.id} value={s.id}>
                {s.label}
              </option>
            ))}
          </select>
        </label>
        <span className="hint">Klicka i rapporten för att flytta markören.</span>
      </header>
      <div className="report">
        <ReportView snapshot={snapshot} selection={selection} cursor={cursor} onPlace={place} />
      </div>
      <aside className="pane" aria-label="Rapportstöd">
        <App services={services} />
      </aside>
    </div>
  );
}

async function main() {
  const root = document.getElementById('root');
  if (!root) return;
  try {
    const doc = await loadSample(sample, async (file) => {
      const res = await fetch(file);
      if (!res.ok) throw new Error(`Kunde inte hämta ${file} (HTTP ${res.status}). Kör npm run fixtures och bygg om.`);
      return new Uint8Array(await res.arrayBuffer());
    });
    const fake = createFakeOffice(doc.snapshot, { displayLanguage: lang, theme });
    installFakeOffice(window, fake);
    window.__demo = { fake };
    createRoot(root).render(<Demo fake={fake} />);
  } catch (e) {
    // DocxError messages are written for the user already.
    root.textContent = e instanceof Error ? e.message : String(e);
    root.setAttribute('role', 'alert');
  }
}

void main();
