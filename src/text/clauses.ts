// How one clause of a document leans on its neighbours: a sentence that points back ("上述目标"), and a clause after
// a semicolon that continues the same statement ("到2023年底…达到80%以上；到2025年底达到95%以上。").

/**
 * Wording that points back to what precedes it (上述, 前述, 以上, 如上). Not "以上" after a figure or a count
 * ("80%以上", "三分之二以上", "60岁以上", "2层以上"), which means "or more", nor before a numeral ("以上三项").
 */
export const REFERS_BACK = /上述|前述|(?<![\d%％一二三四五六七八九十百千万亿两半分之个户人层岁年元米台项栋])以上(?![\d一二三四五六七八九十])|如上/u;

/** Openings of a dated target or a commitment that policy texts chain with semicolons: 到…年, 至…, 截至…, 力争…, 确保…. */
const CHAINED_LEAD = /^(?:到|至|截至|截止|力争|确保)/u;

/**
 * The step a rule takes when the one before it fails ("协商不成的，由社区组织调解", "调解未果的", "逾期未整改的"): a
 * clause that only means anything after the clause it falls back from.
 */
const FALLBACK_LEAD = /^(?:\p{Script=Han}{1,4}(?:不成|未果|无果|未达成一致|达不成一致|不能达成一致)的?|逾期(?:不|未)|否则)/u;

/**
 * True when `next` continues the statement `clause` opened: `clause` ends at a semicolon and both open with the same
 * lead of a dated target ("到2023年底…；到2025年底…"), or `next` is the fallback when what `clause` says fails
 * ("鼓励业主之间协商给予补偿；协商不成的，由社区组织调解。").
 */
export function continuesStatement(clause: string, next: string): boolean {
  if (!/[；;]\s*$/u.test(clause)) return false;
  if (FALLBACK_LEAD.test(next.trim())) return true;
  const lead = clause.trim().match(CHAINED_LEAD)?.[0];
  return !!lead && next.trim().startsWith(lead);
}
