/**
 * `updateField`: Word updates the document's own TOC (the TOC object model, WordApiDesktop 1.4; else the TOC
 * fields, WordApi 1.5, not on Word on the web). Where it cannot, `applyEditsUpdatingToc` inserts the core's
 * rebuild instead; that path is tested through the fake Word in toc-wiring.test.ts.
 */
import { MESSAGES, updateField, type HostInfo, type TocContextLike } from './toc';

/**
 * A small fake of the Word objects `updateField` uses. Like Office.js it queues work until `sync()`:
 * collection items are readable only after a load and a sync, and method calls take effect (or fail)
 * at the next sync. It records every call and counts syncs.
 */
class FakeWord implements TocContextLike {
  syncs = 0;
  calls: string[] = [];
  /** Makes queued updateResult calls fail at sync, as Word on the web does for fields. */
  failFieldUpdate = false;
  private queue: (() => void)[] = [];
  document: TocContextLike['document'];

  constructor(opts: { tocObjects?: number; tocFields?: number }) {
    const fake = this;
    const loadable = <T>(name: string, make: () => T[]) => {
      let loaded = false;
      let items: T[] | null = null;
      return {
        get items(): T[] {
          if (!items) throw new Error(`PropertyNotLoaded: ${name}.items`);
          return items;
        },
        load(props: string) {
          fake.calls.push(`${name}.load(${props})`);
          if (!loaded) {
            loaded = true;
            fake.queue.push(() => {
              items = make();
            });
          }
        },
      };
    };
    this.document = {
      tablesOfContents: loadable('tablesOfContents', () =>
        Array.from({ length: opts.tocObjects ?? 0 }, (_, i) => ({
          update: () => fake.calls.push(`toc[${i}].update()`),
          updatePageNumbers: () => fake.calls.push(`toc[${i}].updatePageNumbers()`),
        })),
      ),
      body: {
        fields: {
          getByTypes(types: string[]) {
            fake.calls.push(`fields.getByTypes(${types.join(',')})`);
            return loadable('fields', () =>
              Array.from({ length: opts.tocFields ?? 0 }, (_, i) => ({
                updateResult: () => {
                  fake.calls.push(`field[${i}].updateResult()`);
                  fake.queue.push(() => {
                    if (fake.failFieldUpdate) throw new Error('NotImplemented');
                  });
                },
              })),
            );
          },
        },
      },
    };
  }

  async sync(): Promise<void> {
    this.syncs++;
    const work = this.queue;
    this.queue = [];
    for (const w of work) w();
  }
}

function host(sets: Record<string, string>, isWeb = false): HostInfo {
  return {
    isWeb,
    isSetSupported: (name, version) => sets[name] !== undefined && Number(sets[name]) >= Number(version),
  };
}

describe('updateField', () => {
  it('updates a TOC through the TOC object model on Word for desktop (WordApiDesktop 1.4), in two syncs', async () => {
    const word = new FakeWord({ tocObjects: 1, tocFields: 1 });
    const out = await updateField(word, host({ WordApiDesktop: '1.4', WordApi: '1.5' }));
    expect(out).toEqual({ status: 'updated', via: 'tablesOfContents', count: 1, message: MESSAGES.updated });
    expect(word.calls).toEqual(['tablesOfContents.load(items)', 'toc[0].update()']);
    expect(word.syncs).toBe(2);
  });

  it('falls back to the field API (WordApi 1.5) where the TOC object model is missing', async () => {
    const word = new FakeWord({ tocFields: 2 });
    const out = await updateField(word, host({ WordApi: '1.5' }));
    expect(out).toEqual({ status: 'updated', via: 'fields', count: 2, message: MESSAGES.updated });
    expect(word.calls).toEqual([
      'fields.getByTypes(TOC)',
      'fields.load(items)',
      'field[0].updateResult()',
      'field[1].updateResult()',
    ]);
    expect(word.syncs).toBe(2);
  });

  it('goes on to the fields when the desktop host lists no TOC object', async () => {
    const word = new FakeWord({ tocObjects: 0, tocFields: 1 });
    const out = await updateField(word, host({ WordApiDesktop: '1.4', WordApi: '1.5' }));
    expect(out?.status).toBe('updated');
    expect(word.calls[0]).toBe('tablesOfContents.load(items)');
    expect(word.calls).toContain('field[0].updateResult()');
  });

  it('on Word on the web does not touch the fields (Word does not update them from an add-in there)', async () => {
    const word = new FakeWord({ tocFields: 1 });
    expect(await updateField(word, host({ WordApi: '1.5' }, true))).toBeNull();
    expect(word.calls.some((c) => c.startsWith('fields'))).toBe(false);
    expect(word.syncs).toBe(0);
  });

  it('gives null when Word fails the update, or the document has no TOC field (the caller rebuilds or instructs)', async () => {
    const failing = new FakeWord({ tocFields: 1 });
    failing.failFieldUpdate = true;
    expect(await updateField(failing, host({ WordApi: '1.5' }))).toBeNull();
    const none = new FakeWord({ tocFields: 0 });
    expect(await updateField(none, host({ WordApi: '1.5' }))).toBeNull();
    expect(none.calls).toEqual(['fields.getByTypes(TOC)', 'fields.load(items)']);
  });

  it('a host with only WordApi 1.3 is not asked anything', async () => {
    const word = new FakeWord({ tocObjects: 1, tocFields: 1 });
    expect(await updateField(word, host({ WordApi: '1.3' }))).toBeNull();
    expect(word.calls).toEqual([]);
  });
});
