/**
 * The section tree from the headings: a section runs from its heading to the block before the next
 * heading of the same or a higher level. `hasOwnContent` tells an empty section ("Investeringar"
 * with nothing under it) from one whose text lives only in subsections.
 */
import type { Heading, Section } from '../model';
import type { DocSnapshot } from '../snapshot';
import { blockHasText } from './text';

export function buildSections(snapshot: DocSnapshot, headings: readonly Heading[]): Section[] {
  const lastBlock = snapshot.blocks.length - 1;
  const sorted = [...headings].sort((a, b) => a.loc.block - b.loc.block);
  const roots: Section[] = [];
  const stack: Section[] = [];
  sorted.forEach((h, i) => {
    let toBlock = lastBlock;
    for (let j = i + 1; j < sorted.length; j++) {
      if (sorted[j].level <= h.level) {
        toBlock = sorted[j].loc.block - 1;
        break;
      }
    }
    const section: Section = {
      title: h.text,
      level: h.level,
      loc: h.loc,
      fromBlock: h.loc.block,
      toBlock: Math.max(h.loc.block, toBlock),
      hasOwnContent: false,
      children: [],
    };
    // Own content ends where the next heading of any level begins.
    const ownEnd = i + 1 < sorted.length ? Math.min(section.toBlock, sorted[i + 1].loc.block - 1) : section.toBlock;
    for (let b = h.loc.block + 1; b <= ownEnd; b++) {
      if (blockHasText(snapshot.blocks[b])) {
        section.hasOwnContent = true;
        break;
      }
    }
    while (stack.length && stack[stack.length - 1].level >= h.level) stack.pop();
    if (stack.length) stack[stack.length - 1].children.push(section);
    else roots.push(section);
    stack.push(section);
  });
  return roots;
}

/** Title of the innermost section that contains a block, or null. */
export function sectionTitleAt(sections: readonly Section[], block: number): string | null {
  for (const s of sections) {
    if (block >= s.fromBlock && block <= s.toBlock) return sectionTitleAt(s.children, block) ?? s.title;
  }
  return null;
}
