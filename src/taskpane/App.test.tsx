// Generous: jsdom role queries over a whole preview table are slow on a busy shared machine.
jest.setTimeout(120000);

import { act, configure, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { Edit, SetCellText } from '../core/edits';
import type { Finding } from '../core/rules/types';
import { emptySnapshot, paragraph, table } from '../core/snapshot';
import { App } from './components/App';
import { createPaneServices, type Engine } from './services/engine';
import { defaultBlocks } from './services/blocks';

// findBy*/waitFor wait up to 20 s, not 1 s: a check takes longer than that on a busy shared machine.
configure({ asyncUtilTimeout: 20000 });

// A budget table as in seed 001, with a wrong total, and the findings seed 000 is known to produce.
const snapshot = emptySnapshot([
  paragraph('Uppföljning av ekonomi', { styleId: 'Heading1', outlineLevel: 1 }),
  paragraph('Uppföljning av driftbudget'),
  table(
    [
      ['Mnkr', 'Budget 2020 (netto)', 'Prognos', 'Avvikelse (+/-)'],
      ['Äldreomsorg', '609,6', '613,1', '-3,5'],
      ['Förskoleverksamhet', '686,4', '682,9', '3,5'],
      ['Totalt', '1 296,0', '1 296,0', '0,5'],
    ],
    { header: true },
  ),
]);

const sjukfranvaro: Finding = {
  id: 'indicator-analysis:missing:Sjukfrånvaro dag 1-14:12',
  rule: 'indicator-analysis',
  kind: 'missing',
  messageId: 'indicatorOutcomeMiss',
  severity: 'error',
  subject: 'Sjukfrånvaro dag 1-14',
  message: 'Utfallet 3,9 % når inte årsmålet 2,5 % (lägre är bättre) och det finns ingen analys.',
  section: 'Uppföljning av Kommunfullmäktiges inriktningsmål',
  location: { block: 12, row: 3, cell: 0 },
};
const paverka: Finding = {
  ...sjukfranvaro,
  id: 'indicator-analysis:missing:Andel omsorgstagare:12',
  subject: 'Andel omsorgstagare som upplever att de kan påverka',
  message: 'Utfallet 40 % når inte årsmålet 77 % och det finns ingen analys.',
  severity: 'warning',
  location: { block: 12, row: 5, cell: 0 },
};
const totalFix: SetCellText = {
  kind: 'setCellText',
  loc: { block: 2, row: 3, cell: 3 },
  oldText: '0,5',
  newText: '0,0',
  reason: 'Totalt: summan av raderna',
};
const tocTip: Finding = {
  id: 'toc:typed:0',
  rule: 'toc',
  kind: 'typed',
  messageId: 'typed',
  severity: 'tip',
  subject: 'Innehållsförteckning',
  message: 'Innehållsförteckningen är skriven för hand.',
  section: 'Dokumentet',
  location: { block: 3 },
  fix: [totalFix],
};

function makeEngine(overrides: Partial<Engine> = {}) {
  const calls = { select: [] as unknown[], apply: [] as Edit[][] };
  let findings = [sjukfranvaro, paverka, tocTip];
  const engine: Engine = {
    readOpenDocument: async () => snapshot,
    checkSnapshot: () => ({ findings }),
    computeFixes: () => ({
      edits: [totalFix],
      changes: [
        {
          table: 'Uppföljning av driftbudget',
          row: 'Totalt',
          column: 'Avvikelse (+/-)',
          old: '0,5',
          new: '0,0',
          loc: totalFix.loc,
        },
      ],
    }),
    selectLocation: async (loc) => {
      calls.select.push(loc);
    },
    applyEdits: async (edits) => {
      calls.apply.push(edits);
      if (edits.some((e) => e === totalFix)) findings = findings.filter((f) => f !== tocTip);
      return { applied: edits, refused: [] };
    },
    isSetSupported: () => true,
    displayLanguage: () => 'sv-SE',
    prefersDark: () => false,
    ...overrides,
  };
  return { engine, calls };
}

function renderPane(engine: Engine, initialTab: 'check' | 'insert' | 'recompute' = 'check') {
  return render(<App services={createPaneServices(engine, defaultBlocks)} initialTab={initialTab} />);
}

describe('Kontrollera', () => {
  it('groups findings by section with counts, selects on click and fixes', async () => {
    const { engine, calls } = makeEngine();
    renderPane(engine);
    fireEvent.click(screen.getByRole('button', { name: 'Kontrollera rapporten' }));
    expect(await screen.findByText('1 fel, 1 varning, 1 tips')).toBeInTheDocument();
    // A group header's name is its visible text: the section and its counts written out.
    const goals = screen.getByRole('button', {
      name: 'Uppföljning av Kommunfullmäktiges inriktningsmål 1 fel 1 varning',
    });
    expect(goals).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Dokumentet 1 tips' })).toBeInTheDocument();

    fireEvent.click(screen.getByRole('button', { name: 'Sjukfrånvaro dag 1-14' }));
    await waitFor(() => expect(calls.select).toEqual([{ block: 12, row: 3, cell: 0 }]));

    // Only the finding with a fix offers "Åtgärda".
    expect(screen.getAllByRole('button', { name: /^Åtgärda/ })).toHaveLength(1);
    fireEvent.click(screen.getByRole('button', { name: 'Åtgärda: Innehållsförteckning' }));
    expect(await screen.findByText('Åtgärdat. Rapporten har kontrollerats igen.')).toBeInTheDocument();
    expect(calls.apply).toEqual([[totalFix]]);
    expect(screen.getByText('1 fel, 1 varning, 0 tips')).toBeInTheDocument();
  });

  it('saves "Ignorera" through the setIgnoredFindings edit and hides the finding', async () => {
    const { engine, calls } = makeEngine();
    renderPane(engine);
    fireEvent.click(screen.getByRole('button', { name: 'Kontrollera rapporten' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Ignorera: Sjukfrånvaro dag 1-14' }));
    expect(await screen.findByText(/^Fyndet ignoreras i det här dokumentet\. Spara dokumentet/)).toBeInTheDocument();
    expect(calls.apply[0]).toEqual([expect.objectContaining({ kind: 'setIgnoredFindings', ids: [sjukfranvaro.id] })]);
    expect(screen.queryByRole('button', { name: 'Sjukfrånvaro dag 1-14' })).not.toBeInTheDocument();
  });

  it('undoes "Ignorera": shows the ignored findings on request and restores one', async () => {
    let ids: string[] = [];
    const { engine, calls } = makeEngine({
      readOpenDocument: async () => ({ ...snapshot, settings: { ...snapshot.settings, ignoredFindings: ids } }),
    });
    const apply = engine.applyEdits;
    engine.applyEdits = async (edits) => {
      for (const e of edits) if (e.kind === 'setIgnoredFindings') ids = e.ids;
      return apply(edits);
    };
    renderPane(engine);
    fireEvent.click(screen.getByRole('button', { name: 'Kontrollera rapporten' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Ignorera: Sjukfrånvaro dag 1-14' }));
    expect(await screen.findByText('1 ignorerat fynd döljs.')).toBeInTheDocument();
    // Focus moves to the finding that took its place, not to <body>.
    await waitFor(() =>
      expect(document.activeElement).toHaveTextContent('Andel omsorgstagare som upplever att de kan påverka'),
    );

    fireEvent.click(screen.getByRole('button', { name: 'Visa det ignorerade fyndet' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Visa igen: Sjukfrånvaro dag 1-14' }));
    expect(await screen.findByText('Fyndet visas igen. Rapporten har kontrollerats igen.')).toBeInTheDocument();
    expect(calls.apply.at(-1)).toEqual([expect.objectContaining({ kind: 'setIgnoredFindings', ids: [] })]);
    expect(screen.getByRole('button', { name: 'Sjukfrånvaro dag 1-14' })).toBeInTheDocument();
    expect(screen.queryByText(/ignorerat fynd döljs/)).not.toBeInTheDocument();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('check-summary')));
  });

  it('shows a section that appears in a later check open, while a group the user closed stays closed', async () => {
    const ekonomi: Finding = {
      ...tocTip,
      id: 'budget:1',
      severity: 'error',
      subject: 'Totalt',
      section: 'Uppföljning av ekonomi',
      fix: undefined,
      location: { block: 20 },
    };
    let findings = [sjukfranvaro, tocTip];
    const { engine } = makeEngine({ checkSnapshot: () => ({ findings }) });
    renderPane(engine);
    fireEvent.click(screen.getByRole('button', { name: 'Kontrollera rapporten' }));
    const documentGroup = await screen.findByRole('button', { name: /^Dokumentet/ });
    fireEvent.click(documentGroup);
    await waitFor(() => expect(documentGroup).toHaveAttribute('aria-expanded', 'false'));
    findings = [sjukfranvaro, tocTip, ekonomi];
    fireEvent.click(screen.getByRole('button', { name: 'Kontrollera igen' }));
    const economy = await screen.findByRole('button', { name: /^Uppföljning av ekonomi/ }, { timeout: 20000 });
    expect(economy).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('button', { name: 'Totalt' })).toBeVisible();
    expect(screen.getByRole('button', { name: /^Dokumentet/ })).toHaveAttribute('aria-expanded', 'false');
  });

  it('puts focus on the summary after Kontrollera and after Åtgärda', async () => {
    const { engine } = makeEngine();
    renderPane(engine);
    fireEvent.click(screen.getByRole('button', { name: 'Kontrollera rapporten' }));
    await screen.findByText('1 fel, 1 varning, 1 tips');
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('check-summary')));
    screen.getByRole('button', { name: 'Åtgärda: Innehållsförteckning' }).focus();
    fireEvent.click(screen.getByRole('button', { name: 'Åtgärda: Innehållsförteckning' }));
    await screen.findByText('Åtgärdat. Rapporten har kontrollerats igen.');
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('check-summary')));
  });

  it('explains a Word without WordApi 1.3 in Swedish and reads nothing', async () => {
    const read = jest.fn(async () => snapshot);
    const { engine } = makeEngine({ isSetSupported: () => false, readOpenDocument: read });
    renderPane(engine);
    fireEvent.click(screen.getByRole('button', { name: 'Kontrollera rapporten' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('saknar stöd som Rapportstöd behöver (WordApi 1.3)');
    expect(read).not.toHaveBeenCalled();
  });

  it('says in Swedish that a document that is not a report is not one, instead of "no findings"', async () => {
    const { engine } = makeEngine({ checkSnapshot: () => ({ findings: [], report: { type: null } }) });
    renderPane(engine);
    fireEvent.click(screen.getByRole('button', { name: 'Kontrollera rapporten' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Dokumentet ser inte ut som en rapport');
    expect(screen.queryByText(/Inga fel, varningar eller tips/)).not.toBeInTheDocument();
  });

  it("shows the reader's and the parser's notes beside the findings, each once, and none when there are none", async () => {
    const unplaced = 'Några tabeller kunde inte placeras i dokumentets ordning.';
    const orphan = 'Indikatorn saknar överordnat mål i dokumentet; målstrukturen kan vara ofullständig.';
    const catalogYear = 'Målkatalogen har inga mål och indikatorer för 2035; katalogen för 2020 används.';
    const { engine } = makeEngine({
      readOpenDocument: async () => ({ ...snapshot, warnings: [unplaced] }),
      checkSnapshot: () => ({
        findings: [sjukfranvaro],
        report: { type: 'VB', warnings: [orphan, unplaced] },
        notes: [catalogYear],
      }),
    });
    const first = renderPane(engine);
    fireEvent.click(screen.getByRole('button', { name: 'Kontrollera rapporten' }));
    const notes = await screen.findByTestId('check-notes');
    expect(notes).toHaveTextContent('Om läsningen av dokumentet');
    expect(
      within(notes)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([unplaced, orphan, catalogYear]);

    first.unmount();

    renderPane(makeEngine().engine);
    fireEvent.click(screen.getByRole('button', { name: 'Kontrollera rapporten' }));
    expect(await screen.findByText('1 fel, 1 varning, 1 tips')).toBeInTheDocument();
    expect(screen.queryByTestId('check-notes')).not.toBeInTheDocument();
  });

  it('keeps the previous findings and says nothing changed when a fix fails', async () => {
    const { engine } = makeEngine({
      applyEdits: async () => {
        throw Object.assign(new Error('payload'), { code: 'RequestPayloadSizeLimitExceeded' });
      },
    });
    renderPane(engine);
    fireEvent.click(screen.getByRole('button', { name: 'Kontrollera rapporten' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Åtgärda: Innehållsförteckning' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Ingenting ändrades');
    expect(screen.getByText('1 fel, 1 varning, 1 tips')).toBeInTheDocument();
  });
});

describe('Räkna om', () => {
  it('shows why a fix was refused and lists nothing as changed', async () => {
    const reason = 'Cellens text har ändrats sedan kontrollen (nu: "0,7"). Kontrollera rapporten igen.';
    const { engine } = makeEngine({
      applyEdits: async (edits) => ({ applied: [], refused: edits.map((edit) => ({ edit, reason })) }),
    });
    renderPane(engine, 'recompute');
    fireEvent.click(screen.getByRole('button', { name: 'Räkna om' }));
    expect(await screen.findByText(reason)).toBeInTheDocument();
    expect(screen.queryByText(/ändring(ar)? gjordes/)).not.toBeInTheDocument();
    expect(screen.queryByText(/inget behövde ändras/)).not.toBeInTheDocument();
  });

  it('applies the fixes and lists table, row and old → new', async () => {
    const { engine, calls } = makeEngine();
    renderPane(engine, 'recompute');
    fireEvent.click(screen.getByRole('button', { name: 'Räkna om' }));
    expect(await screen.findByText('1 ändring gjordes.')).toBeInTheDocument();
    const items = within(screen.getByRole('list', { name: '1 ändring gjordes.' })).getAllByRole('listitem');
    expect(items).toHaveLength(1);
    expect(items[0]).toHaveTextContent('Uppföljning av driftbudget · Totalt');
    expect(items[0]).toHaveTextContent('Avvikelse (+/-): 0,5 → 0,0');
    expect(calls.apply).toEqual([[totalFix]]);
    fireEvent.click(screen.getByRole('button', { name: 'Rad: Totalt' }));
    await waitFor(() => expect(calls.select).toEqual([totalFix.loc]));
  });

  it('leaves a document that is not a report as it is and says so, as the check does', async () => {
    const { engine, calls } = makeEngine({
      computeFixes: () => ({ edits: [], changes: [], notReport: 'Dokumentet ser inte ut som en rapport.' }),
    });
    renderPane(engine, 'recompute');
    fireEvent.click(screen.getByRole('button', { name: 'Räkna om' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Dokumentet ser inte ut som en rapport');
    expect(screen.queryByText(/inget behövde ändras/)).not.toBeInTheDocument();
    expect(calls.apply).toEqual([]);
  });

  it('shows what Word did with the table of contents', async () => {
    const message =
      'Innehållsförteckningen byggdes om efter rubrikerna. Sidnumren uppdateras när du väljer Referenser > Uppdatera tabell.';
    const { engine } = makeEngine({ applyEdits: async (edits) => ({ applied: edits, refused: [], toc: { message } }) });
    renderPane(engine, 'recompute');
    fireEvent.click(screen.getByRole('button', { name: 'Räkna om' }));
    expect(await screen.findByText(message)).toBeInTheDocument();
  });

  it('says so when nothing needs changing', async () => {
    const { engine, calls } = makeEngine({ computeFixes: () => ({ edits: [], changes: [] }) });
    renderPane(engine, 'recompute');
    fireEvent.click(screen.getByRole('button', { name: 'Räkna om' }));
    expect(await screen.findByText(/inget behövde ändras/)).toBeInTheDocument();
    expect(calls.apply).toEqual([]);
  });
});

describe('Infoga', () => {
  it('validates, previews the catalog indicators of a KF goal and inserts at the selection', async () => {
    const { engine, calls } = makeEngine();
    renderPane(engine, 'insert');
    fireEvent.click(screen.getByRole('button', { name: 'Infoga vid markören' }));
    expect(await screen.findByText('Välj ett KF-mål.')).toBeInTheDocument();
    expect(calls.apply).toEqual([]);

    fireEvent.click(screen.getByRole('combobox', { name: /KF:s mål för verksamhetsområdet/ }));
    fireEvent.click(await screen.findByRole('option', { name: /^1\.5\. I Stockholm har äldre/ }));
    fireEvent.change(screen.getByRole('textbox', { name: /År/ }), { target: { value: '2020' } });

    const preview = screen.getByTestId('insert-preview');
    await waitFor(() =>
      expect(within(preview).getByRole('columnheader', { name: 'Periodens utfall VB 2019' })).toBeInTheDocument(),
    );
    expect(within(preview).getAllByRole('row').length).toBeGreaterThan(2);
    expect(within(preview).getAllByText('VB 2020').length).toBe(within(preview).getAllByRole('row').length - 1);

    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Infoga vid markören' }));
    });
    expect(await screen.findByText('Indikatortabell för ett KF-mål infogades vid markören.')).toBeInTheDocument();
    const edit = calls.apply[0][0];
    expect(edit).toMatchObject({ kind: 'insertBlocks', after: 'selection' });
    // The core renders the block: one content control tagged rapportstod:indicatorTable:<id> around the table.
    expect(edit.kind === 'insertBlocks' && edit.ooxml).toMatch(
      /^<w:sdt><w:sdtPr>.*<w:tag w:val="rapportstod:indicatorTable:[^"]+"\/>.*<w:tbl>.*Periodens utfall VB 2019.*<\/w:tbl>.*<\/w:sdt>$/,
    );
  });
});

describe('språk', () => {
  it('stays Swedish when Office runs in English (no half-translated pane)', async () => {
    const { engine } = makeEngine({ displayLanguage: () => 'en-US' });
    renderPane(engine);
    expect(screen.getByRole('tab', { name: 'Kontrollera' })).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Kontrollera rapporten' }));
    expect(await screen.findByText('1 fel, 1 varning, 1 tips')).toBeInTheDocument();
  });
});
