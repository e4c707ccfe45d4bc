import type { Chunk, DocKind } from '../types.js';
import { readSections, writeSections, type FileFingerprint, type ReadOptions } from './binaryFile.js';
import type { CheckedRegion } from './checkedRegion.js';
import { numberFor } from './numbering.js';

const KINDS: DocKind[] = ['reply', 'policy', 'form'];
const FORMAT = 'chunks-2';

/** One stored segment's records, read from its file (and checked, block by block) only when a chunk is asked for. */
interface LazySegment {
  first: number;
  records: CheckedRegion;
  /** End offset of each record in `records` (a record starts where the previous ends). */
  ends: Uint32Array;
}

/**
 * The chunks by label, with the columns search filters need (document, kind, ordinal, channels) held as typed
 * arrays, and each chunk's full record (text, title, offsets…) read from its segment file only when first asked
 * for: a cold load neither reads nor parses 100k chunk records, and search reads only the few it returns.
 */
export class ChunkTable {
  private readonly docNames: string[] = [];
  private readonly docIndex = new Map<string, number>();
  private readonly channelSets: string[][] = [[]];
  private readonly channelSetIndex = new Map<string, number>([['', 0]]);
  private readonly cache: (Chunk | undefined)[];
  private readonly segments: LazySegment[] = [];
  private readonly docOf: Uint32Array;
  private readonly kindOf: Uint8Array;
  private readonly ordinalOf: Uint32Array;
  private readonly channelsOf: Uint16Array;
  private readonly alive: Uint8Array;
  private readonly labelsByDoc = new Map<number, number[]>();
  readonly liveCount: number;

  private constructor(labels: number, fill: (table: ChunkTable) => void) {
    this.cache = new Array(labels);
    this.docOf = new Uint32Array(labels);
    this.kindOf = new Uint8Array(labels);
    this.ordinalOf = new Uint32Array(labels);
    this.channelsOf = new Uint16Array(labels);
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
        const [docs, kinds, ordinals, channels, ends] = [r.uint32('doc'), r.uint8('kind'), r.uint32('ordinal'), r.uint16('channels'), r.uint32('ends')];
        const records = r.blockChecked('records');
        const consistent =
          Array.isArray(names) &&
          Array.isArray(channelSets) &&
          [docs, kinds, ordinals, channels, ends].every((column) => column.length === s.count) &&
          s.first + s.count <= labels &&
          (s.count === 0 || ends[s.count - 1] === records.length);
        if (!consistent) throw new Error('分块文件已损坏');
        table.segments.push({ first: s.first, records, ends });
        table.setSegmentColumns(s.first, { names, channelSets, docs, kinds, ordinals, channels }, dead);
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
        table.setColumns(label, this.docId(label), this.kind(label), this.ordinalOf[label], this.channels(label));
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
      ends,
      records: Buffer.concat(encoded),
    };
    return writeSections(file, { format: FORMAT, docs, channelSets }, sections, { blockChecked: 'records' });
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
    this.setColumns(label, chunk.docId, chunk.kind, chunk.ordinal, chunk.channels ?? []);
    this.cache[label] = chunk;
  }

  private setColumns(label: number, docId: string, kind: DocKind, ordinal: number, channels: string[]): void {
    this.docOf[label] = this.docNumber(docId);
    this.kindOf[label] = Math.max(0, KINDS.indexOf(kind));
    this.ordinalOf[label] = ordinal;
    this.channelsOf[label] = this.channelSetNumber(channels);
    this.alive[label] = 1;
  }

  /** A stored segment's columns, copied with its document and channel-set numbers mapped onto this table's. */
  private setSegmentColumns(
    first: number,
    segment: { names: string[]; channelSets: string[][]; docs: Uint32Array; kinds: Uint8Array; ordinals: Uint32Array; channels: Uint16Array },
    dead: ReadonlySet<number>,
  ): void {
    const docs = segment.names.map((name) => this.docNumber(String(name)));
    const sets = segment.channelSets.map((set) => this.channelSetNumber(Array.isArray(set) ? set.map(String) : []));
    for (let i = 0; i < segment.docs.length; i++) {
      const label = first + i;
      if (dead.has(label)) continue;
      const doc = docs[segment.docs[i]];
      if (doc === undefined) throw new Error('分块文件已损坏');
      this.docOf[label] = doc;
      this.kindOf[label] = segment.kinds[i] < KINDS.length ? segment.kinds[i] : 0;
      this.ordinalOf[label] = segment.ordinals[i];
      this.channelsOf[label] = sets[segment.channels[i]] ?? 0;
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
