import { closeSync, openSync, readSync } from 'node:fs';
import { crc32 } from 'node:zlib';

/** Block size of a block-checked section: each CHECK_BLOCK bytes have their own CRC-32. */
export const CHECK_BLOCK = 16 << 10;

/**
 * An index file whose bytes do not match their checksum, found after the load (a block read on demand). A Chinese
 * message; the searcher handle that owns the index rebuilds it on seeing this.
 */
export class IndexDamaged extends Error {
  constructor(file: string) {
    super(`索引文件已损坏：${file}`);
    this.name = 'IndexDamaged';
  }
}

/** CRC-32 of each {@link CHECK_BLOCK} bytes of the pieces taken one after the other. */
export function blockCrcs(pieces: Uint8Array[]): Uint32Array {
  const total = pieces.reduce((n, p) => n + p.byteLength, 0);
  const crcs = new Uint32Array(Math.ceil(total / CHECK_BLOCK));
  let block = 0;
  let filled = 0;
  let crc = 0;
  for (const piece of pieces) {
    for (let at = 0; at < piece.byteLength; ) {
      const take = Math.min(CHECK_BLOCK - filled, piece.byteLength - at);
      crc = crc32(piece.subarray(at, at + take), crc);
      at += take;
      filled += take;
      if (filled === CHECK_BLOCK) {
        crcs[block++] = crc >>> 0;
        filled = 0;
        crc = 0;
      }
    }
  }
  if (filled > 0) crcs[block] = crc >>> 0;
  return crcs;
}

/** Closes a region's file when the region is no longer reachable (an index dropped after a reload). */
const openFiles = new FinalizationRegistry<number>((fd) => {
  try {
    closeSync(fd);
  } catch {
    // Already closed: nothing to release.
  }
});

type ReadAt = (target: Buffer, position: number) => number;

/**
 * The block-checked last section of an index file, read on demand: a block is checked against its CRC-32 the first
 * time any of its bytes is read, and a damaged block is never returned ({@link IndexDamaged}). Read with positioned
 * reads from a file kept open while the region is reachable, so an index still serving after a newer generation
 * deleted its files keeps reading them (an open, unlinked file keeps its bytes); or from memory, for a small file read
 * whole at load.
 */
export class CheckedRegion {
  private readonly checked: Uint8Array;
  /** The section itself when it was read whole at load. */
  private memory?: Buffer;

  private constructor(
    private readonly file: string,
    private readonly readAt: ReadAt,
    readonly length: number,
    private readonly crcs: Uint32Array,
    /** Whether the section was read whole at load (and so already checked). */
    readonly inMemory = false,
  ) {
    if (crcs.length !== Math.ceil(length / CHECK_BLOCK)) throw new IndexDamaged(file);
    this.checked = new Uint8Array(crcs.length);
  }

  /** The section at `offset` (`length` bytes) of `file`, opened for reading on demand. */
  static inFile(file: string, offset: number, length: number, crcs: Uint32Array): CheckedRegion {
    const fd = openSync(file, 'r');
    const region = new CheckedRegion(file, (target, position) => readSync(fd, target, 0, target.length, offset + position), length, crcs);
    openFiles.register(region, fd);
    return region;
  }

  /** A section already in memory, checked in full now (throws {@link IndexDamaged} on any damaged block). */
  static inMemory(file: string, bytes: Uint8Array, crcs: Uint32Array): CheckedRegion {
    const source = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const region = new CheckedRegion(file, (target, position) => source.copy(target, 0, position, position + target.length), bytes.byteLength, crcs, true);
    // Checked in place: copying a section of hundreds of megabytes only to check it costs more than the CRC.
    for (let b = 0; b < crcs.length; b++) {
      if (crc32(source.subarray(b * CHECK_BLOCK, (b + 1) * CHECK_BLOCK)) >>> 0 !== crcs[b]) throw new IndexDamaged(file);
    }
    region.checked.fill(1);
    region.memory = source;
    return region;
  }

  /** The whole section when it was read and checked at load (so a reader may take it without another copy). */
  checkedBytes(): Buffer | undefined {
    return this.memory;
  }

  /** Bytes [start, end) of the section, after every block they touch matched its CRC; throws {@link IndexDamaged}. */
  read(start: number, end: number): Buffer {
    if (!(start >= 0 && start <= end && end <= this.length)) throw new IndexDamaged(this.file);
    if (start === end) return Buffer.alloc(0);
    const first = Math.floor(start / CHECK_BLOCK);
    const last = Math.ceil(end / CHECK_BLOCK) - 1;
    let unchecked = false;
    for (let b = first; b <= last && !unchecked; b++) unchecked = !this.checked[b];
    // Blocks not yet checked are read whole (a CRC covers all of its block); checked ones only where needed.
    const from = unchecked ? first * CHECK_BLOCK : start;
    const to = unchecked ? Math.min(this.length, (last + 1) * CHECK_BLOCK) : end;
    const bytes = Buffer.allocUnsafe(to - from);
    for (let at = 0; at < bytes.length; ) {
      const read = this.readAt(bytes.subarray(at), from + at);
      if (read <= 0) throw new IndexDamaged(this.file);
      at += read;
    }
    if (unchecked) {
      for (let b = first; b <= last; b++) {
        const block = bytes.subarray((b - first) * CHECK_BLOCK, (b - first + 1) * CHECK_BLOCK);
        if (crc32(block) >>> 0 !== this.crcs[b]) throw new IndexDamaged(this.file);
      }
      this.checked.fill(1, first, last + 1);
    }
    return bytes.subarray(start - from, end - from);
  }
}
