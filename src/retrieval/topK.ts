// Posting-list and top-k helpers of the lexical index (MaxScore needs both): galloping search and a bounded heap.

/** One recalled chunk: its position (label) in the chunk store and its score (higher is better). */
export interface Recalled {
  index: number;
  score: number;
}

/** First position in [from, to) whose doc is ≥ `target` (galloping, then binary search). */
export function seek(docs: Uint32Array, from: number, to: number, target: number): number {
  if (from >= to || docs[from] >= target) return from;
  let step = 1;
  let low = from;
  let high = from + 1;
  while (high < to && docs[high] < target) {
    low = high;
    step *= 2;
    high = from + step;
  }
  high = Math.min(high, to);
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (docs[mid] < target) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** A bounded min-heap of the best `depth` (label, score) pairs; ties go to the lower label. */
export class TopK {
  private readonly heap: Recalled[] = [];

  constructor(private readonly depth: number) {}

  /** The score a new (higher-labelled) entry must beat; −∞ until the heap is full. */
  get threshold(): number {
    return this.heap.length < this.depth ? Number.NEGATIVE_INFINITY : this.heap[0].score;
  }

  /** Adds the entry if it belongs in the top k; returns whether the threshold may have risen. */
  offer(index: number, score: number): boolean {
    if (this.heap.length < this.depth) {
      this.heap.push({ index, score });
      siftUp(this.heap, this.heap.length - 1);
      return this.heap.length === this.depth;
    }
    const least = this.heap[0];
    if (!(least.score < score || (least.score === score && least.index > index))) return false;
    this.heap[0] = { index, score };
    siftDown(this.heap, 0);
    return true;
  }

  sorted(): Recalled[] {
    return [...this.heap].sort((a, b) => b.score - a.score || a.index - b.index);
  }
}

/** The `depth` items with the highest score, best first. */
export function topByScore(items: number[], scoreOf: (item: number) => number, depth: number): Recalled[] {
  const top = new TopK(Math.max(0, depth));
  if (depth > 0) for (const item of items) top.offer(item, scoreOf(item));
  return top.sorted();
}

function worse(a: Recalled, b: Recalled): boolean {
  return a.score < b.score || (a.score === b.score && a.index > b.index);
}

function siftUp(heap: Recalled[], i: number): void {
  while (i > 0) {
    const parent = (i - 1) >> 1;
    if (!worse(heap[i], heap[parent])) break;
    [heap[i], heap[parent]] = [heap[parent], heap[i]];
    i = parent;
  }
}

function siftDown(heap: Recalled[], i: number): void {
  for (;;) {
    const l = 2 * i + 1;
    const r = l + 1;
    let smallest = i;
    if (l < heap.length && worse(heap[l], heap[smallest])) smallest = l;
    if (r < heap.length && worse(heap[r], heap[smallest])) smallest = r;
    if (smallest === i) return;
    [heap[i], heap[smallest]] = [heap[smallest], heap[i]];
    i = smallest;
  }
}
