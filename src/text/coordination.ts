// Coordinated words: "庭院和楼内燃气管道", "甲县、乙满族自治县、A市". Each is one item of a set the writer names;
// none alone is what the text is about.
import { getJieba } from './tokenizer.js';
import { toSimplified } from './simplify.js';

/** What joins the items of a set: 和, 与, 及, 以及, 或, 或者, and the enumeration comma. */
const CONJUNCTION = /^(?:和|与|及|以及|或|或者|、)$/u;
/** Tags of words that can be an item of a set of things: nouns, places, names, distinguishing words, nominal verbs. */
const ITEM_TAG = /^(?:n|ns|nr|nt|nz|ng|s|b|vn|j)$/u;

/**
 * The words of a text that stand beside a conjunction as one item of a set ("庭院和楼内燃气管道" → 庭院, 楼): a passage
 * on the set (燃气管道改造) need not name each of them, and a passage naming one (甲县) is on the set.
 */
export function coordinatedItems(text: string): Set<string> {
  const words = getJieba().tag(text, false);
  const items = new Set<string>();
  words.forEach((w, i) => {
    if (!CONJUNCTION.test(w.word)) return;
    const before = words[i - 1];
    const after = words[i + 1];
    if (!before || !after || !ITEM_TAG.test(before.tag) || !ITEM_TAG.test(after.tag)) return;
    items.add(toSimplified(before.word).toLowerCase());
    items.add(toSimplified(after.word).toLowerCase());
  });
  return items;
}
