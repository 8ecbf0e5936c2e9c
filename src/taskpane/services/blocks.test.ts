import { catalogFor, indicatorsForGoal } from '../../core/catalog';
import { defaultBlocks } from './blocks';
import { previewOoxml } from './preview';

describe('the pane’s insertable blocks', () => {
  it('offers the indicator table and every form block of the core registry', () => {
    expect(defaultBlocks.map((b) => b.type)).toEqual(
      expect.arrayContaining(['indicatorTable', 'kfGoal', 'namndmal', 'enhetsmal']),
    );
    expect(new Set(defaultBlocks.map((b) => b.type)).size).toBe(defaultBlocks.length);
  });

  it('renders the catalog indicators of a KF goal through the core renderer, previewable as a table', () => {
    const block = defaultBlocks.find((b) => b.type === 'indicatorTable')!;
    const value = { goal: '3.2', reportType: 'VB', year: '2020' };
    expect(block.validate(value)).toEqual({ ok: true });
    const items = previewOoxml(block.render(value));
    const tableItem = items.find((i) => i.kind === 'table');
    expect(tableItem?.kind).toBe('table');
    if (tableItem?.kind !== 'table') return;
    const names = tableItem.rows.slice(1).map((r) => r.cells[0].text);
    expect(names).toEqual(indicatorsForGoal('3.2', catalogFor(2020)).map((i) => i.name));
    expect(block.validate({ goal: '3.2', reportType: 'VB', year: '20' })).toEqual({
      ok: false,
      errors: { year: 'Skriv året med fyra siffror, t.ex. 2020.' },
    });
  });
});
