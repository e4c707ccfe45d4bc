import { createWriteStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { once } from 'node:events';
import { Worker } from 'node:worker_threads';
import { crc32 } from 'node:zlib';
import { CheckedRegion, blockCrcs } from './checkedRegion.js';

/**
 * The index's binary files. Typed arrays and records are streamed to disk piece by piece (nothing is ever one big
 * string, so a million chunks stay far below V8's string limit), with a CRC-32 of every byte kept in the manifest.
 *
 * A sectioned file: "RDIX", u32 header length, header JSON (names, offsets, lengths, small metadata), then each
 * section's bytes, 8-byte aligned so typed arrays can view them in place.
 *
 * A file may end with one block-checked section (the chunk texts: most of a chunk file, and a search reads only a
 * few of them). Its fingerprint's CRC then covers the head (every byte before that section), which is read and
 * checked in full at load; the head also holds a CRC-32 of each {@link CHECK_BLOCK} bytes of the last section, and
 * a block is checked the first time any of its bytes is read. Size is checked at load, so a truncated file is
 * refused there; a damaged block is refused when read, never used.
 */
const MAGIC = Buffer.from('RDIX');
const ALIGN = 8;

export interface FileFingerprint {
  bytes: number;
  crc32: number;
  /** When set, `crc32` covers only the first `headBytes` bytes: the last section is checked block by block. */
  headBytes?: number;
}

export interface ReadOptions {
  /**
   * A block-checked section up to this many bytes is read and checked in full at load; a larger one block by block
   * when read. 8 MiB: what a single thread checks in a few milliseconds, and a whole small library's chunk texts.
   */
  eagerCheckBytes: number;
  /**
   * BM25 postings up to this many bytes are read and checked whole at load. Read on demand, a query's first touch of
   * a common term costs a positioned read and a CRC of every block its postings span: at 100k chunks that put BM25 p95
   * at 6.6 ms instead of 1.7 ms (quiet machine, same run length) for 0.4 s less load. 2 GiB covers 1M chunks.
   */
  eagerPostingsBytes: number;
}

export const READ_DEFAULTS: ReadOptions = { eagerCheckBytes: 8 << 20, eagerPostingsBytes: 2 ** 31 };

type TypedArray = Uint8Array | Uint16Array | Uint32Array | Int32Array | Float32Array | Float64Array;

interface SectionHeader {
  name: string;
  offset: number;
  length: number;
}

/** Streams buffers to `file`, computing size and CRC-32 on the way. */
export class FileSink {
  private readonly stream;
  private crc = 0;
  private written = 0;

  constructor(file: string) {
    this.stream = createWriteStream(file);
  }

  async write(data: Uint8Array): Promise<void> {
    if (data.byteLength === 0) return;
    this.crc = crc32(data, this.crc);
    this.written += data.byteLength;
    if (!this.stream.write(data)) await once(this.stream, 'drain');
  }

  get position(): number {
    return this.written;
  }

  /** Size and CRC-32 of what has been written so far. */
  get fingerprint(): FileFingerprint {
    return { bytes: this.written, crc32: this.crc >>> 0 };
  }

  async close(): Promise<FileFingerprint> {
    this.stream.end();
    await once(this.stream, 'finish');
    return { bytes: this.written, crc32: this.crc >>> 0 };
  }

  async abort(): Promise<void> {
    this.stream.destroy();
  }
}

/** A section's bytes: one typed array, or several written one after the other. */
function piecesOf(section: TypedArray | TypedArray[]): Uint8Array[] {
  return (Array.isArray(section) ? section : [section]).map((a) => new Uint8Array(a.buffer, a.byteOffset, a.byteLength));
}

/**
 * Writes named typed arrays and a small metadata object as one sectioned file. With `blockChecked`, that section is
 * written last and checked block by block (its block CRCs go in a section of their own, `<name>Blocks`, in the head).
 */
export async function writeSections(
  file: string,
  meta: Record<string, unknown>,
  sections: Record<string, TypedArray | TypedArray[]>,
  options: { blockChecked?: string } = {},
): Promise<FileFingerprint> {
  const last = options.blockChecked;
  if (last !== undefined) {
    const { [last]: tail, ...head } = sections;
    sections = { ...head, [`${last}Blocks`]: blockCrcs(piecesOf(tail)), [last]: tail };
  }
  const names = Object.keys(sections);
  const layout: SectionHeader[] = [];
  // Header size depends on the offsets it lists: lay out with a generous fixed reservation, then pad to it.
  const provisional = JSON.stringify({ meta, sections: names.map((name) => ({ name, offset: 1e15, length: 1e15 })) });
  const headerSpace = alignUp(MAGIC.length + 4 + Buffer.byteLength(provisional) + 16);
  let offset = headerSpace;
  for (const name of names) {
    const length = piecesOf(sections[name]).reduce((n, p) => n + p.byteLength, 0);
    layout.push({ name, offset, length });
    offset = alignUp(offset + length);
  }
  const header = Buffer.alloc(headerSpace, 0x20);
  MAGIC.copy(header, 0);
  const json = Buffer.from(JSON.stringify({ meta, sections: layout }));
  header.writeUInt32LE(json.length, 4);
  json.copy(header, 8);
  const sink = new FileSink(file);
  try {
    await sink.write(header);
    let head: FileFingerprint | undefined;
    for (const [i, name] of names.entries()) {
      if (name === last) head = sink.fingerprint;
      for (const piece of piecesOf(sections[name])) await writeInPieces(sink, piece);
      const padding = alignUp(sink.position) - sink.position;
      if (i < names.length - 1 && padding > 0) await sink.write(new Uint8Array(padding));
    }
    const whole = await sink.close();
    return head ? { bytes: whole.bytes, crc32: head.crc32, headBytes: head.bytes } : whole;
  } catch (err) {
    await sink.abort();
    throw err;
  }
}

async function writeInPieces(sink: FileSink, bytes: Uint8Array): Promise<void> {
  const PIECE = 8 << 20;
  for (let at = 0; at < bytes.byteLength; at += PIECE) await sink.write(bytes.subarray(at, Math.min(bytes.byteLength, at + PIECE)));
}

export interface SectionReader {
  meta: Record<string, unknown>;
  uint8(name: string): Uint8Array;
  uint16(name: string): Uint16Array;
  uint32(name: string): Uint32Array;
  float32(name: string): Float32Array;
  /** The block-checked last section, read on demand. */
  blockChecked(name: string): CheckedRegion;
}

/** Reads a sectioned file after checking it against its fingerprint; throws (never returns garbage) when it differs. */
export async function readSections(file: string, expected: FileFingerprint, options: ReadOptions = READ_DEFAULTS): Promise<SectionReader> {
  const whole = expected.headBytes === undefined || expected.bytes - expected.headBytes <= options.eagerCheckBytes;
  const data = await readVerified(file, expected, whole);
  if (data.length < 8 || !data.subarray(0, 4).equals(MAGIC)) throw new Error(`索引文件格式不符：${file}`);
  const headerLength = data.readUInt32LE(4);
  if (8 + headerLength > data.length) throw new Error(`索引文件已损坏：${file}`);
  const header = JSON.parse(data.toString('utf8', 8, 8 + headerLength)) as { meta: Record<string, unknown>; sections: SectionHeader[] };
  const byName = new Map(header.sections.map((s) => [s.name, s]));
  // Typed arrays need aligned offsets: a pooled or offset buffer is copied once into a fresh one.
  const base = data.byteOffset % ALIGN === 0 ? data : Buffer.from(data);
  const view = <T>(name: string, size: number, make: (buffer: ArrayBufferLike, offset: number, length: number) => T): T => {
    const section = byName.get(name);
    if (!section || section.offset + section.length > base.length || section.length % size !== 0) {
      throw new Error(`索引文件缺少或截断了 ${name}：${file}`);
    }
    return make(base.buffer, base.byteOffset + section.offset, section.length / size);
  };
  return {
    meta: header.meta,
    uint8: (name) => view(name, 1, (b, o, l) => new Uint8Array(b, o, l)),
    uint16: (name) => view(name, 2, (b, o, l) => new Uint16Array(b, o, l)),
    uint32: (name) => view(name, 4, (b, o, l) => new Uint32Array(b, o, l)),
    float32: (name) => view(name, 4, (b, o, l) => new Float32Array(b, o, l)),
    blockChecked: (name) => {
      const section = byName.get(name);
      const crcs = view(`${name}Blocks`, 4, (b, o, l) => new Uint32Array(b, o, l));
      const fits = section && section.offset === expected.headBytes && section.offset + section.length === expected.bytes;
      if (!fits) throw new Error(`索引文件缺少或截断了 ${name}：${file}`);
      return whole
        ? CheckedRegion.inMemory(file, base.subarray(section.offset, section.offset + section.length), crcs)
        : CheckedRegion.inFile(file, section.offset, section.length, crcs);
    },
  };
}

/** Files up to this size are checked on the calling thread (a worker costs more to start than their CRC). */
const INLINE_CHECK_BYTES = 8 << 20;

/**
 * The whole file (or its head, for a block-checked one), after its size and CRC-32 matched; throws otherwise, so no
 * byte of a damaged file is ever used. A
 * big file is read into shared memory and its CRC computed on a worker thread: the files of an index are then
 * checked on every core at once while the main thread reads and decodes the others.
 */
export async function readVerified(file: string, expected: FileFingerprint, whole = true): Promise<Buffer> {
  const damaged = () => new Error(`索引文件已损坏：${file}`);
  const handle = await open(file, 'r');
  let data: Buffer;
  try {
    const stat = await handle.stat();
    if (stat.size !== expected.bytes) throw damaged();
    // A block-checked file: only its head is read here (its last section is read, and checked, block by block).
    const checked = expected.headBytes ?? stat.size;
    if (!(Number.isInteger(checked) && checked >= 0 && checked <= stat.size)) throw damaged();
    const size = whole ? stat.size : checked;
    data = Buffer.from(size > INLINE_CHECK_BYTES ? new SharedArrayBuffer(size) : new ArrayBuffer(size));
    for (let at = 0; at < size; ) {
      const { bytesRead } = await handle.read(data, at, size - at, at);
      if (bytesRead === 0) throw damaged();
      at += bytesRead;
    }
  } finally {
    await handle.close();
  }
  const head = data.subarray(0, expected.headBytes ?? data.length);
  const crc = head.length > INLINE_CHECK_BYTES ? await crc32InWorker(data.buffer as SharedArrayBuffer, head.length) : crc32(head) >>> 0;
  if (crc !== expected.crc32) throw damaged();
  return data;
}

/** CRC-32 of the first `length` bytes of shared memory, computed on a worker thread. */
function crc32InWorker(shared: SharedArrayBuffer, length: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(SHARED_CRC_WORKER, { eval: true, workerData: { shared, length } });
    worker.once('message', (crc: number) => resolve(crc));
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`校验线程意外退出（${code}）`)));
  });
}

const SHARED_CRC_WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const { crc32 } = require('node:zlib');
parentPort.postMessage(crc32(new Uint8Array(workerData.shared, 0, workerData.length)) >>> 0);
`;

/** What a file only checksummed is read through: one buffer, reused, so a big file touches no fresh memory. */
const FINGERPRINT_PIECE = 1 << 20;

/**
 * Size and CRC-32 of a file written by someone else (hnswlib), read piece by piece through one reused buffer (the
 * reads run on libuv's threads). At 100k chunks this costs a tenth of the CPU of streaming the file in fresh pieces,
 * which was mostly page faults.
 */
export async function fingerprintFile(file: string): Promise<FileFingerprint> {
  const handle = await open(file, 'r');
  try {
    const piece = Buffer.allocUnsafeSlow(FINGERPRINT_PIECE);
    let crc = 0;
    let bytes = 0;
    for (;;) {
      const { bytesRead } = await handle.read(piece, 0, piece.length, bytes);
      if (bytesRead === 0) break;
      crc = crc32(piece.subarray(0, bytesRead), crc);
      bytes += bytesRead;
    }
    return { bytes, crc32: crc >>> 0 };
  } finally {
    await handle.close();
  }
}

function alignUp(n: number): number {
  return Math.ceil(n / ALIGN) * ALIGN;
}
