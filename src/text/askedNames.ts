// "…具体是哪几个小区？", "…分别是哪些小区？": the names of the things are asked, which a count of them ("林家崖街道6个小区",
// "改造小区126个") does not give.

/** "哪些小区", "哪几个小区", "哪几家企业": the kind of thing whose names are asked (a word of two or more characters). */
const ASKS_NAMES = /哪(?:些|几[个家处所])(\p{Script=Han}{2})/u;

/** The kind of thing whose names a question asks ("小区"), or undefined. */
export function namesAskedOf(question: string): string | undefined {
  return question.normalize('NFKC').match(ASKS_NAMES)?.[1];
}

/** A count right before the kind ("126个小区", "六个小区") or right after it ("小区126个"). */
const COUNT_BEFORE = /(?:\d+|[一二两三四五六七八九十百千]+)[个家处所]?$/u;
const COUNT_AFTER = /^\d+[个家处所]/u;
/** Names listed right before a count of the kind ("金盘、滨江2个小区"). */
const LISTED_BEFORE_COUNT = /、\p{Script=Han}{1,10}(?:\d+|[一二两三四五六七八九十]+)[个家处所]?$/u;

/**
 * Words before the kind that say which kind, not which one ("老旧小区", "改造小区", "各小区", "该小区"): no name. Any
 * other word before it may be a name ("金盘小区"), so the rule stays silent.
 */
const KIND_BEFORE = /(?:老旧|改造|城镇|各|该|本|此|这些|那些|上述|所有|全部|其他|其余|相关|试点|示范|的)$/u;

/**
 * Whether the sentences speak of the kind only by counting it and never name one: "林家崖街道6个小区，790户" gives how
 * many, not which. False when a sentence holds no count of it, or may name one ("金盘小区", "…等3个小区").
 */
export function countsWithoutNaming(sentences: string[], kind: string): boolean {
  let counted = false;
  for (const raw of sentences) {
    const text = raw.normalize('NFKC');
    for (let at = text.indexOf(kind); at >= 0; at = text.indexOf(kind, at + kind.length)) {
      const before = text.slice(Math.max(0, at - 8), at);
      const after = text.slice(at + kind.length);
      if (/等\d*[个家处所]?$/u.test(before)) return false;
      // "改造金盘、滨江2个小区": the names listed before the count.
      if (COUNT_BEFORE.test(before) && LISTED_BEFORE_COUNT.test(text.slice(Math.max(0, at - 20), at))) return false;
      if (COUNT_BEFORE.test(before) || COUNT_AFTER.test(after)) counted = true;
      else if (!KIND_BEFORE.test(before) && before.length) return false;
    }
  }
  return counted;
}
