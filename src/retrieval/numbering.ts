/**
 * The number `key` goes by in `numbers`. A key seen for the first time takes the next number and its `item` is
 * appended to `items`, so that `items[number]` is always what the number stands for (terms, document ids, channel sets).
 */
export function numberFor<Key, Item>(numbers: Map<Key, number>, items: Item[], key: Key, item: Item): number {
  let n = numbers.get(key);
  if (n === undefined) {
    n = items.length;
    numbers.set(key, n);
    items.push(item);
  }
  return n;
}
