/**
 * The part of a draft text from `start` on, its origins and marks moved with it;
 * used to cut a printed paragraph number (`1. `) from the start of a paragraph.
 */
import type { DraftText } from './draft.ts';

export function sliceDraftText(draft: DraftText, start: number): DraftText {
  const origins = draft.origins
    .map(({ offset, line }, index) => {
      const end = draft.origins[index + 1]?.offset ?? draft.text.length;
      return end <= start && index + 1 < draft.origins.length ? null : { offset: Math.max(0, offset - start), line };
    })
    .filter((origin) => origin !== null);
  return {
    text: draft.text.slice(start),
    origins,
    marks: draft.marks.filter((mark) => mark.offset >= start).map((mark) => ({ ...mark, offset: mark.offset - start })),
  };
}
