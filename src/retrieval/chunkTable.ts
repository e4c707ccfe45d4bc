import type { Chunk, DocKind } from '../types.js';
import { readSections, writeSections, type FileFingerprint, type ReadOptions } from './binaryFile.js';
import type { CheckedRegion } from './checkedRegion.js';
import { numberFor } from './numbering.js';

const KINDS: DocKind[] = ['reply', 'policy', 'form'];
const FORMAT = 'chunks-3';
/** The key a chunk without a 文号 goes by among the numbers (no real 文号 is this). */
const NO_NUMBER = '\u0000';

/**
 * What search reads of most candidates: the document and section a chunk belongs to. The table holds these as columns,
 * so a candidate that is only checked (its heading, its document's title or 文号) is never decoded; reading `text`
 * decodes the chunk.
 */
export type ChunkHead = Pick<Chunk, 'docId' | 'title' | 'number' | 'sectionPath' | 'text'>;

/** The per-chunk values the table keeps as columns. */
type ChunkColumns = Pick<Chunk, 'docId' | 'kind' | 'ordinal' | 'title' | 'number' | 'sectionPath'> & { channels: string[] };

/** Strings many chunks share (titles, 文号, heading paths), each held once and referred to by number. */
class StringPool<T extends string | null = string> {
  readonly items: T[] = [];
  private readonly numbers = new Map<string, number>();

  numberOf(item: T): number {
    return numberFor(this.numbers, this.items, item ?? NO_NUMBER, item);
  }
}

/** One stored segment's records, read from its file (and checked, block by block) only when a chunk is asked for. */
interface LazySegment {
  first: number;
  records: CheckedRegion;
  /** End offset of each record in `records` (a record starts where the previous ends). */
  ends: Uint32Array;
}

/**
 * The chunks by label, with the columns search filters and checks need (document, kind, ordinal, channels, and the
 * title, 文号 and heading path as numbers into shared strings) held as typed arrays, and each chunk's full record
 * (text, offsets…) read from its segment file only when first asked for: a cold load neither reads nor parses 100k
 * chunk records, and search reads only the few it returns.
 */
export class ChunkTable {
  private readonly docNames: string[] = [];
  private readonly docIndex = new Map<string, number>();
  private readonly channelSets: string[][] = [[]];
  private readonly channelSetIndex = new Map<string, number>([['', 0]]);
  private readonly titles = new StringPool();
  private readonly numbers = new StringPool<string | null>();
  private readonly sectionPaths = new StringPool();
  private readonly cache: (Chunk | undefined)[];
  private readonly segments: LazySegment[] = [];
  private readonly docOf: Uint32Array;
  private readonly kindOf: Uint8Array;
  private readonly ordinalOf: Uint32Array;
  private readonly channelsOf: Uint16Array;
  private readonly titleOf: Uint32Array;
  private readonly numberOf: Uint32Array;
  private readonly sectionOf: Uint32Array;
  private readonly alive: Uint8Array;
  private readonly labelsByDoc = new Map<number, number[]>();
  readonly liveCount: number;

  private constructor(labels: number, fill: (table: ChunkTable) => void) {
    this.cache = new Array(labels);
    this.docOf = new Uint32Array(labels);
    this.kindOf = new Uint8Array(labels);
    this.ordinalOf = new Uint32Array(labels);
    this.channelsOf = new Uint16Array(labels);
    this.titleOf = new Uint32Array(labels);
    this.numberOf = new Uint32Array(labels);
    this.sectionOf = new Uint32Array(labels);
    this.alive = new Uint8Array(labels);
    fill(this);
    let live = 0;
    for (let label = 0; label < labels; label++) {
      if (!this.alive[label]) continue;
      live++;
      const list = this.labelsByDoc.get(this.docOf[label]);
      if (list) list.push(label);
      else this.labelsByDoc.set(this.docOf[label], [label]);
    }
    for (const list of this.labelsByDoc.values()) list.sort((a, b) => this.ordinalOf[a] - this.ordinalOf[b]);
    this.liveCount = live;
  }

  /** A table over chunks held in memory (a fresh build). */
  static fromChunks(chunks: Chunk[]): ChunkTable {
    return new ChunkTable(chunks.length, (table) => chunks.forEach((c, label) => table.setChunk(label, c)));
  }

  /** Reads stored segments (verified against their fingerprints); labels in `dead` are left out. */
  static async load(
    segments: { path: string; fingerprint: FileFingerprint; first: number; count: number }[],
    labels: number,
    dead: ReadonlySet<number>,
    options?: ReadOptions,
  ): Promise<ChunkTable> {
    const read = await Promise.all(segments.map(async (s) => ({ s, r: await readSections(s.path, s.fingerprint, options) })));
    return new ChunkTable(labels, (table) => {
      for (const { s, r } of read) {
        if (r.meta.format !== FORMAT) throw new Error('分块文件格式不符');
        const names = r.meta.docs as string[];
        const channelSets = r.meta.channelSets as string[][];
        const pools = { titles: r.meta.titles as string[], numbers: r.meta.numbers as (string | null)[], sectionPaths: r.meta.sectionPaths as string[] };
        const [docs, kinds, ordinals, channels, ends] = [r.uint32('doc'), r.uint8('kind'), r.uint32('ordinal'), r.uint16('channels'), r.uint32('ends')];
        const [titleOf, numberOf, sectionOf] = [r.uint32('title'), r.uint32('number'), r.uint32('section')];
        const records = r.blockChecked('records');
        const consistent =
          [names, channelSets, pools.titles, pools.numbers, pools.sectionPaths].every(Array.isArray) &&
          [docs, kinds, ordinals, channels, ends, titleOf, numberOf, sectionOf].every((column) => column.length === s.count) &&
          s.first + s.count <= labels &&
          (s.count === 0 || ends[s.count - 1] === records.length);
        if (!consistent) throw new Error('分块文件已损坏');
        table.segments.push({ first: s.first, records, ends });
        table.setSegmentColumns(s.first, { names, channelSets, pools, docs, kinds, ordinals, channels, titleOf, numberOf, sectionOf }, dead);
      }
    });
  }

  /** A new table: `removed` labels dropped, `added` chunks appended at labels `first`…; this one is unchanged. */
  withChanges(removed: readonly number[], added: Chunk[], first: number): ChunkTable {
    const labels = first + added.length;
    const gone = new Set(removed);
    return new ChunkTable(labels, (table) => {
      table.segments.push(...this.segments);
      for (let label = 0; label < this.alive.length; label++) {
        if (!this.alive[label] || gone.has(label)) continue;
        table.setColumns(label, this.columnsOf(label));
        table.cache[label] = this.cache[label];
      }
      added.forEach((c, i) => table.setChunk(first + i, c));
    });
  }

  /** Writes `chunks` as one segment file. */
  static async writeSegment(file: string, chunks: Chunk[]): Promise<FileFingerprint> {
    const docs: string[] = [];
    const docIndex = new Map<string, number>();
    const channelSets: string[][] = [[]];
    const channelIndex = new Map<string, number>([['', 0]]);
    const [titles, numbers, sectionPaths] = [new StringPool(), new StringPool<string | null>(), new StringPool()];
    const encoded = chunks.map((c) => Buffer.from(JSON.stringify(c)));
    const ends = new Uint32Array(chunks.length);
    let at = 0;
    encoded.forEach((e, i) => (ends[i] = at += e.length));
    const column = <T extends Uint8Array | Uint16Array | Uint32Array>(array: T, value: (c: Chunk) => number): T => {
      chunks.forEach((c, i) => (array[i] = value(c)));
      return array;
    };
    const sections = {
      doc: column(new Uint32Array(chunks.length), (c) => numberFor(docIndex, docs, c.docId, c.docId)),
      kind: column(new Uint8Array(chunks.length), (c) => Math.max(0, KINDS.indexOf(c.kind))),
      ordinal: column(new Uint32Array(chunks.length), (c) => c.ordinal),
      channels: column(new Uint16Array(chunks.length), (c) => numberFor(channelIndex, channelSets, (c.channels ?? []).join(','), c.channels ?? [])),
      title: column(new Uint32Array(chunks.length), (c) => titles.numberOf(c.title)),
      number: column(new Uint32Array(chunks.length), (c) => numbers.numberOf(c.number)),
      section: column(new Uint32Array(chunks.length), (c) => sectionPaths.numberOf(c.sectionPath)),
      ends,
      records: Buffer.concat(encoded),
    };
    const meta = { format: FORMAT, docs, channelSets, titles: titles.items, numbers: numbers.items, sectionPaths: sectionPaths.items };
    return writeSections(file, meta, sections, { blockChecked: 'records' });
  }

  get labels(): number {
    return this.alive.length;
  }

  isLive(label: number): boolean {
    return this.alive[label] === 1;
  }

  get(label: number): Chunk | undefined {
    if (!this.alive[label]) return undefined;
    return (this.cache[label] ??= this.decode(label));
  }

  /** The chunk's document and section, from the columns (the chunk itself once decoded); reading `text` decodes it. */
  head(label: number): ChunkHead {
    const decoded = this.cache[label];
    if (decoded) return decoded;
    const { docId, title, number, sectionPath } = this.columnsOf(label);
    const decode = () => this.get(label)!.text;
    return {
      docId,
      title,
      number,
      sectionPath,
      get text() {
        return decode();
      },
    };
  }

  docId(label: number): string {
    return this.docNames[this.docOf[label]];
  }

  kind(label: number): DocKind {
    return KINDS[this.kindOf[label]];
  }

  channels(label: number): string[] {
    return this.channelSets[this.channelsOf[label]];
  }

  /** Whether any live chunk is restricted to channels. */
  get hasRestricted(): boolean {
    for (let label = 0; label < this.alive.length; label++) if (this.alive[label] && this.channelsOf[label] !== 0) return true;
    return false;
  }

  /** Live labels of one document, in chunk order. */
  labelsOf(docId: string): number[] {
    const doc = this.docIndex.get(docId);
    return doc === undefined ? [] : [...(this.labelsByDoc.get(doc) ?? [])];
  }

  /** Every live label. */
  *liveLabels(): Generator<number> {
    for (let label = 0; label < this.alive.length; label++) if (this.alive[label]) yield label;
  }

  private setChunk(label: number, chunk: Chunk): void {
    this.setColumns(label, { ...chunk, channels: chunk.channels ?? [] });
    this.cache[label] = chunk;
  }

  private columnsOf(label: number): ChunkColumns {
    return {
      docId: this.docId(label),
      kind: this.kind(label),
      ordinal: this.ordinalOf[label],
      channels: this.channels(label),
      title: this.titles.items[this.titleOf[label]],
      number: this.numbers.items[this.numberOf[label]],
      sectionPath: this.sectionPaths.items[this.sectionOf[label]],
    };
  }

  private setColumns(label: number, chunk: ChunkColumns): void {
    this.docOf[label] = this.docNumber(chunk.docId);
    this.kindOf[label] = Math.max(0, KINDS.indexOf(chunk.kind));
    this.ordinalOf[label] = chunk.ordinal;
    this.channelsOf[label] = this.channelSetNumber(chunk.channels);
    this.titleOf[label] = this.titles.numberOf(chunk.title);
    this.numberOf[label] = this.numbers.numberOf(chunk.number);
    this.sectionOf[label] = this.sectionPaths.numberOf(chunk.sectionPath);
    this.alive[label] = 1;
  }

  /** A stored segment's columns, copied with its document, channel-set and string numbers mapped onto this table's. */
  private setSegmentColumns(
    first: number,
    segment: {
      names: string[];
      channelSets: string[][];
      pools: { titles: string[]; numbers: (string | null)[]; sectionPaths: string[] };
      docs: Uint32Array;
      kinds: Uint8Array;
      ordinals: Uint32Array;
      channels: Uint16Array;
      titleOf: Uint32Array;
      numberOf: Uint32Array;
      sectionOf: Uint32Array;
    },
    dead: ReadonlySet<number>,
  ): void {
    const docs = segment.names.map((name) => this.docNumber(String(name)));
    const sets = segment.channelSets.map((set) => this.channelSetNumber(Array.isArray(set) ? set.map(String) : []));
    const titles = segment.pools.titles.map((title) => this.titles.numberOf(String(title)));
    const numbers = segment.pools.numbers.map((number) => this.numbers.numberOf(number === null ? null : String(number)));
    const sectionPaths = segment.pools.sectionPaths.map((sectionPath) => this.sectionPaths.numberOf(String(sectionPath)));
    for (let i = 0; i < segment.docs.length; i++) {
      const label = first + i;
      if (dead.has(label)) continue;
      const doc = docs[segment.docs[i]];
      if (doc === undefined) throw new Error('分块文件已损坏');
      this.docOf[label] = doc;
      this.kindOf[label] = segment.kinds[i] < KINDS.length ? segment.kinds[i] : 0;
      this.ordinalOf[label] = segment.ordinals[i];
      this.channelsOf[label] = sets[segment.channels[i]] ?? 0;
      const title = titles[segment.titleOf[i]];
      const number = numbers[segment.numberOf[i]];
      const sectionPath = sectionPaths[segment.sectionOf[i]];
      if (title === undefined || number === undefined || sectionPath === undefined) throw new Error('分块文件已损坏');
      this.titleOf[label] = title;
      this.numberOf[label] = number;
      this.sectionOf[label] = sectionPath;
      this.alive[label] = 1;
    }
  }

  private docNumber(docId: string): number {
    return numberFor(this.docIndex, this.docNames, docId, docId);
  }

  private channelSetNumber(channels: string[]): number {
    return numberFor(this.channelSetIndex, this.channelSets, channels.join(','), channels);
  }

  private decode(label: number): Chunk {
    let segment: LazySegment | undefined;
    for (const s of this.segments) if (s.first <= label && (!segment || s.first > segment.first)) segment = s;
    const i = segment ? label - segment.first : -1;
    if (!segment || i >= segment.ends.length) throw new Error(`分块 ${label} 不在索引中`);
    const start = i === 0 ? 0 : segment.ends[i - 1];
    return JSON.parse(segment.records.read(start, segment.ends[i]).toString('utf8')) as Chunk;
  }
}
