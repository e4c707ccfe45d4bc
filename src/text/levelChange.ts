// A change of level and the value it reaches ("提高到30分", "延长至8年", "调整为每户6万元"): the one wording that the
// reader of a figure an ask proposes (proposedFigures), of a figure the asker says already holds (askersFigure) and of
// the figure a suggestion asked for (inForce's suggestedValuesOf) share.

/** Verbs that move a level up or down: 提高, 提升, 延长, 缩短, 压缩, 降低, 减少, 增加, 调整, 放宽. */
export const LEVEL_CHANGE_VERBS = '(?:提高|提升|延长|缩短|压缩|降低|减少|增加|调整|放宽)';

/** The mark before the level a change reaches: 到 / 至 ("延长到5年", "提高至5000元"). */
export const LEVEL_REACHED = '(?:到|至)';

/**
 * The mark before the new value of anything changed: LEVEL_REACHED, and 为 / 成, which also name a value set without a
 * level moving ("调整为每户6万元", "改成3日").
 */
export const NEW_VALUE_MARK = `(?:${LEVEL_REACHED}|为|成)`;

/** "提高到", "缩短至": a change of level (LEVEL_CHANGE_VERBS) with the mark of the level it reaches (LEVEL_REACHED). */
export const CHANGES_LEVEL_TO = `${LEVEL_CHANGE_VERBS}${LEVEL_REACHED}`;
