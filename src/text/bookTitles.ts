// How a document's title is put in book-title marks, wherever a reader sees it (answers, drafts, Slack, console).

/** A title already wholly in marks, with no marks nested inside: "《A市…办法》". */
const IN_MARKS = /^《[^《》]*》$/u;

/**
 * "《标题》". A title that itself names another document ("《A市…管理办法》修订新旧条文对照表") nests that name in
 * 〈〉, as Chinese punctuation (GB/T 15834) writes a title inside a title, instead of 《《…》…》; a title that is already
 * in marks is not wrapped twice.
 */
export function inBookTitleMarks(title: string): string {
  const bare = title.trim();
  if (IN_MARKS.test(bare)) return bare;
  return `《${bare.replace(/《/gu, '〈').replace(/》/gu, '〉')}》`;
}
