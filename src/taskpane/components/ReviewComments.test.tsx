jest.setTimeout(120000);

/**
 * The Kontrollera tab's review buttons through the real pane on the fake Word (src/word/fake): the
 * real engine, the real Word adapter, the defective sample report, and a person's comment in it.
 */
import { fireEvent, render, screen } from '@testing-library/react';
import { readFileSync } from 'fs';
import { join } from 'path';
import { TextDecoder, TextEncoder } from 'util';
import { readDocx } from '../../docx/index';
import { createFakeOffice, installFakeOffice, type FakeOffice } from '../../word/fake';
import { App } from './App';
import { defaultBlocks } from '../services/blocks';
import { createPaneServices } from '../services/engine';
import { createOfficeEngine } from '../services/office';
import { createWordReviewComments } from '../services/review-comments';

// jsdom has no TextDecoder; the .docx reader (used here only to load the sample report) needs Node's.
Object.assign(globalThis, { TextDecoder, TextEncoder });
const sample = readDocx(readFileSync(join(__dirname, '../../../test/fixtures/docx/seed-000.docx'))).snapshot;

/** The check runs the whole engine on a real report; on a loaded machine that takes seconds, not testing-library's default 1 s. */
const WAIT = 30000;

let uninstall: (() => void) | null = null;
afterEach(() => {
  uninstall?.();
  uninstall = null;
});

function renderOnFake(requirementSets?: Record<string, string>): FakeOffice {
  const fake = createFakeOffice(sample, requirementSets ? { requirementSets } : {});
  uninstall = installFakeOffice(globalThis, fake);
  const services = {
    ...createPaneServices(createOfficeEngine(), defaultBlocks),
    reviewComments: createWordReviewComments(),
  };
  render(<App services={services} initialTab="check" />);
  return fake;
}

describe('Lägg fynden som kommentarer / Ta bort Rapportstöds kommentarer', () => {
  it('adds the findings as comments once, and removes exactly those', async () => {
    const fake = renderOnFake();
    const title = fake.doc.blocks.find((b) => b.kind === 'paragraph' && b.text.startsWith('Verksamhetsberättelse'));
    if (!title || title.kind !== 'paragraph') throw new Error('rubriken saknas');
    fake.doc.comments.push({
      id: 'person',
      content: 'Ange källan.',
      authorName: 'Chef Chefsson',
      anchor: title,
      replies: [],
    });

    fireEvent.click(screen.getByRole('button', { name: 'Kontrollera rapporten' }));
    const add = await screen.findByRole('button', { name: 'Lägg fynden som kommentarer' }, { timeout: WAIT });
    fireEvent.click(add);
    const n = (await screen.findByText(/kommentarer lades in\./, {}, { timeout: WAIT })).textContent.match(
      /^(\d+)/,
    )![1];
    expect(Number(n)).toBeGreaterThan(5);
    expect(fake.doc.comments).toHaveLength(Number(n) + 1);

    fireEvent.click(screen.getByRole('button', { name: 'Lägg fynden som kommentarer' }));
    expect(
      await screen.findByText(
        new RegExp(`^Inga nya kommentarer \\(${n} fynd hade redan en kommentar\\)`),
        {},
        { timeout: WAIT },
      ),
    ).toBeInTheDocument();
    expect(fake.doc.comments).toHaveLength(Number(n) + 1);

    fireEvent.click(screen.getByRole('button', { name: 'Ta bort Rapportstöds kommentarer' }));
    expect(
      await screen.findByText(`${n} kommentarer togs bort. Andras kommentarer rörs inte.`, {}, { timeout: WAIT }),
    ).toBeInTheDocument();
    expect(fake.doc.comments.map((c) => c.id)).toEqual(['person']);
  });

  it('says why where Word lacks WordApi 1.4, with the buttons disabled', async () => {
    const fake = renderOnFake({ WordApi: '1.3' });
    fireEvent.click(screen.getByRole('button', { name: 'Kontrollera rapporten' }));
    const add = await screen.findByRole('button', { name: 'Lägg fynden som kommentarer' }, { timeout: WAIT });
    expect(add).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Ta bort Rapportstöds kommentarer' })).toBeDisabled();
    expect(screen.getByText(/^Kommentarer kräver en nyare version av Word \(WordApi 1\.4/)).toBeInTheDocument();
    expect(fake.doc.comments).toEqual([]);
  });
});
