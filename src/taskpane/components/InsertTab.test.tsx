// Generous: jsdom role queries over a whole preview table are slow on a busy shared machine.
jest.setTimeout(120000);

import { act, configure, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { Edit } from '../../core/edits';
import { catalogFor, indicatorsForGoal } from '../../core/catalog';
import { emptySnapshot } from '../../core/snapshot';
import { App } from './App';
import { createPaneServices, type Engine } from '../services/engine';
import { defaultBlocks } from '../services/blocks';

// findBy*/waitFor wait up to 20 s, not 1 s: a check takes longer than that on a busy shared machine.
configure({ asyncUtilTimeout: 20000 });

function makeEngine() {
  const apply: Edit[][] = [];
  const engine: Engine = {
    readOpenDocument: async () => emptySnapshot(),
    checkSnapshot: () => ({ findings: [] }),
    computeFixes: () => ({ edits: [], changes: [] }),
    selectLocation: async () => {},
    applyEdits: async (edits) => {
      apply.push(edits);
      return { applied: edits, refused: [] };
    },
    isSetSupported: () => true,
    displayLanguage: () => 'sv-SE',
    prefersDark: () => false,
  };
  return { engine, apply };
}

async function chooseGoal(name: RegExp) {
  fireEvent.click(screen.getByRole('combobox', { name: /KF:s mål för verksamhetsområdet/ }));
  fireEvent.click(await screen.findByRole('option', { name }));
}

const own = () => screen.getByRole('textbox', { name: /Egna indikatorer/ });

describe('Infoga: an indicator table with the unit’s own indicators', () => {
  it('previews them after the catalog ones and inserts the table and their settings in one batch', async () => {
    const { engine, apply } = makeEngine();
    render(<App services={createPaneServices(engine, defaultBlocks)} initialTab="insert" />);
    await chooseGoal(/^1\.5\. I Stockholm har äldre/);
    fireEvent.change(screen.getByRole('textbox', { name: /År/ }), { target: { value: '2020' } });
    fireEvent.change(own(), {
      target: {
        value: 'Antal fallolyckor i boendet; st; lägre; nej\nAndel boende som deltar i utevistelse; %; högre; ja',
      },
    });

    const preview = screen.getByTestId('insert-preview');
    await waitFor(() =>
      expect(within(preview).getByRole('cell', { name: 'Antal fallolyckor i boendet' })).toBeInTheDocument(),
    );
    const names = within(preview)
      .getAllByRole('row')
      .slice(1)
      .map((r) => within(r).getAllByRole('cell')[0].textContent);
    expect(names).toEqual([
      ...indicatorsForGoal('1.5', catalogFor(2020)).map((i) => i.name),
      'Antal fallolyckor i boendet',
      'Andel boende som deltar i utevistelse',
    ]);

    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Infoga vid markören' }));
    });
    expect(
      await screen.findByText(
        'Indikatortabell för ett KF-mål infogades vid markören. De egna indikatorernas enhet och riktning sparas i dokumentet först när du sparar det.',
      ),
    ).toBeInTheDocument();
    expect(apply).toHaveLength(1);
    const [insert, settings] = apply[0];
    expect(insert).toMatchObject({ kind: 'insertBlocks', after: 'selection' });
    expect(insert.kind === 'insertBlocks' && insert.ooxml).toMatch(
      /Antal fallolyckor i boendet.*Andel boende som deltar i utevistelse/,
    );
    expect(settings).toEqual({
      kind: 'setCustomIndicators',
      indicators: [
        { name: 'Antal fallolyckor i boendet', unit: 'st', direction: 'lower', aboutIndividuals: false },
        { name: 'Andel boende som deltar i utevistelse', unit: '%', direction: 'higher', aboutIndividuals: true },
      ],
      reason: 'Egna indikatorer: Antal fallolyckor i boendet, Andel boende som deltar i utevistelse',
    });
  });

  it('shows a Swedish message on the field for an own indicator without a direction, and inserts nothing', async () => {
    const { engine, apply } = makeEngine();
    render(<App services={createPaneServices(engine, defaultBlocks)} initialTab="insert" />);
    await chooseGoal(/^1\.5\. I Stockholm har äldre/);
    fireEvent.change(own(), { target: { value: 'Antal fallolyckor i boendet; st' } });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Infoga vid markören' }));
    });
    expect(
      await screen.findByText(
        'Rad 1: ange om högre eller lägre värde är bättre för Antal fallolyckor i boendet (eller ingen).',
      ),
    ).toBeInTheDocument();
    expect(apply).toEqual([]);
    // The user's text stays in the box to be corrected.
    expect(own()).toHaveValue('Antal fallolyckor i boendet; st');
  });

  it('a table with catalog indicators only inserts without a settings edit', async () => {
    const { engine, apply } = makeEngine();
    render(<App services={createPaneServices(engine, defaultBlocks)} initialTab="insert" />);
    await chooseGoal(/^3\.2\./);
    fireEvent.change(screen.getByRole('textbox', { name: /År/ }), { target: { value: '2020' } });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Infoga vid markören' }));
    });
    await waitFor(() => expect(apply).toHaveLength(1));
    expect(apply[0].map((e) => e.kind)).toEqual(['insertBlocks']);
  });
});
