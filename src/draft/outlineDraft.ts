import type { Citation, Draft, Outline } from '../types.js';
import { nextStepsHeading } from './frame.js';

function uniqueCitations(citations: Citation[]): Citation[] {
  const seen = new Set<number>();
  return citations.filter((c) => !seen.has(c.n) && seen.add(c.n));
}

/**
 * The outline in the Draft shape (each key point a paragraph, its sources the section's citations), so the JSON
 * contract's `draft.sections[…]` and the .docx export work the same for `--outline`.
 */
export function outlineAsDraft(outline: Outline): Draft {
  const [heading, ...steps] = outline.nextSteps;
  const nextHeading = heading && /下步工作安排/.test(heading) ? heading : nextStepsHeading(outline.sections.length);
  return {
    title: outline.title,
    salutation: outline.salutation,
    opening: outline.opening,
    background: null,
    sections: outline.sections.map((s) => ({
      heading: s.heading,
      paragraphs: s.points.map((p) => p.point),
      citations: uniqueCitations(s.points.flatMap((p) => p.sources)),
    })),
    nextSteps: { heading: nextHeading, paragraphs: nextHeading === heading ? steps : outline.nextSteps, citations: [] },
    closing: '',
    contact: outline.contact,
    cc: null,
  };
}
