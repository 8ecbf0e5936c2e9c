/**
 * The demo: a seed report read from its .docx in the browser, shown as HTML on the left, and the real
 * task pane on the right, talking to the Office/Word shim that holds the same document. What the
 * pane selects is highlighted in the report; what it writes shows up there.
 */
import '../taskpane/no-eval';
import { createRoot } from 'react-dom/client';
import { useEffect, useState } from 'react';
import type { DocSnapshot, Loc } from '../core/snapshot';
import { readDocx } from '../docx';
import { createFakeOffice, installFakeOffice, type FakeOffice } from '../word/fake';
import { App } from '../taskpane/components/App';
import { defaultBlocks } from '../taskpane/services/blocks';
import { createPaneServices } from '../taskpane/services/engine';
import { createOfficeEngine } from '../taskpane/services/office';
import { ReportView } from './ReportView';

declare global {
  interface Window {
    /** For the browser tests: the shim behind the pane. */
    __demo?: { fake: FakeOffice };
  }
}

const params = new URLSearchParams(location.search);
const lang = params.get('lang') === 'en' ? 'en-US' : 'sv-SE';
const fixture = params.get('doc') ?? 'fixtures/seed-000.docx';
const theme = params.get('theme') === 'dark' ? 'dark' : 'light';

function Demo({ fake, name }: { fake: FakeOffice; name: string }) {
  const [snapshot, setSnapshot] = useState<DocSnapshot>(() => fake.doc.snapshot());
  const [selection, setSelection] = useState<Loc | null>(null);
  const [services] = useState(() => createPaneServices(createOfficeEngine(), defaultBlocks));

  useEffect(() => {
    // After every Word batch the pane runs, show the document and the selection as they now are.
    const run = fake.Word.run.bind(fake.Word);
    fake.Word.run = async (batch) => {
      try {
        return await run(batch);
      } finally {
        setSnapshot(fake.doc.snapshot());
        setSelection(fake.doc.lastSelection?.loc ?? null);
      }
    };
  }, [fake]);

  return (
    <div className="demo">
      <header className="bar">
        <strong>Rapportstöd – demo</strong>
        <span>{name}</span>
        <nav>
          <a href={`?lang=sv${params.get('doc') ? `&doc=${params.get('doc')}` : ''}`} aria-current={lang === 'sv-SE'}>Svenska</a>
          {' · '}
          <a href={`?lang=en${params.get('doc') ? `&doc=${params.get('doc')}` : ''}`} aria-current={lang === 'en-US'}>English</a>
        </nav>
      </header>
      <div className="report">
        <ReportView snapshot={snapshot} selection={selection} />
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
    const res = await fetch(fixture);
    if (!res.ok) throw new Error(`Kunde inte hämta ${fixture} (HTTP ${res.status}). Kör npm run fixtures och bygg om.`);
    const doc = readDocx(new Uint8Array(await res.arrayBuffer()));
    const fake = createFakeOffice(doc.snapshot, { displayLanguage: lang, theme });
    installFakeOffice(window, fake);
    window.__demo = { fake };
    createRoot(root).render(<Demo fake={fake} name={fixture.split('/').pop() ?? fixture} />);
  } catch (e) {
    // DocxError messages are written for the user already.
    root.textContent = e instanceof Error ? e.message : String(e);
    root.setAttribute('role', 'alert');
  }
}

void main();
