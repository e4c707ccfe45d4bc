import { mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readSections, writeSections } from '../src/retrieval/binaryFile.js';
import { CHECK_BLOCK, IndexDamaged } from '../src/retrieval/checkedRegion.js';

describe('index files: checked in full before any byte is used', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'binary-file-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  // 12 MiB of postings: big enough to be checked on a worker thread, as a real index's files are.
  const docs = new Uint32Array(3 << 20);
  for (let i = 0; i < docs.length; i++) docs[i] = Math.imul(i, 2654435761) >>> 0;
  const small = Float32Array.of(0.5, 1.5, 2.5);

  async function written(name: string) {
    const file = path.join(dir, name);
    const fingerprint = await writeSections(file, { format: 'test-1' }, { docs, small });
    return { file, fingerprint };
  }

  it('reads back what was written, large sections and small', async () => {
    const { file, fingerprint } = await written('intact.bin');
    const r = await readSections(file, fingerprint);
    expect(r.meta.format).toBe('test-1');
    const read = r.uint32('docs');
    // Compared as bytes: a deep equality over three million numbers is slow enough to time out on a busy machine.
    expect(read.length).toBe(docs.length);
    expect(Buffer.from(read.buffer, read.byteOffset, read.byteLength).equals(Buffer.from(docs.buffer))).toBe(true);
    expect(r.float32('small')).toEqual(small);
  });

  it('refuses a large file with one byte changed deep inside a section', async () => {
    const { file, fingerprint } = await written('flipped.bin');
    const bytes = readFileSync(file);
    bytes[Math.floor(bytes.length * 0.7)] ^= 0x01;
    writeFileSync(file, bytes);
    await expect(readSections(file, fingerprint)).rejects.toThrow(/损坏/);
  });

  it('refuses a truncated file and a small file with a changed byte', async () => {
    const big = await written('truncated.bin');
    truncateSync(big.file, big.fingerprint.bytes - 4);
    await expect(readSections(big.file, big.fingerprint)).rejects.toThrow(/损坏/);
    const file = path.join(dir, 'tiny.bin');
    const fingerprint = await writeSections(file, { format: 'test-1' }, { small });
    const bytes = readFileSync(file);
    bytes[bytes.length - 2] ^= 0x10;
    writeFileSync(file, bytes);
    await expect(readSections(file, fingerprint)).rejects.toThrow(/损坏/);
  });
});

describe('index files: a block-checked last section, read on demand', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'binary-blocks-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  // Three and a half blocks of records after a small column, written as two pieces.
  const records = Buffer.from(Array.from({ length: 3.5 * CHECK_BLOCK }, (_, i) => (i * 7) & 0xff));
  const column = Uint32Array.of(3, 1, 4, 1, 5);
  const LAZY = { eagerCheckBytes: 0, eagerPostingsBytes: 0 };

  async function written(name: string) {
    const file = path.join(dir, name);
    const pieces = [records.subarray(0, 10_000), records.subarray(10_000)];
    const fingerprint = await writeSections(file, { format: 'test-1' }, { column, records: pieces }, { blockChecked: 'records' });
    return { file, fingerprint };
  }

  /** The file with one byte flipped at `at` bytes into the records section. */
  function flipInRecords(file: string, headBytes: number, at: number): void {
    const bytes = readFileSync(file);
    bytes[headBytes + at] ^= 0x01;
    writeFileSync(file, bytes);
  }

  it('reads back any range of the section, across blocks and pieces, read lazily or whole', async () => {
    const { file, fingerprint } = await written('round-trip.bin');
    expect(fingerprint.headBytes).toBeLessThan(fingerprint.bytes);
    for (const options of [LAZY, undefined]) {
      const r = await readSections(file, fingerprint, options);
      expect(r.uint32('column')).toEqual(column);
      const region = r.blockChecked('records');
      expect(region.length).toBe(records.length);
      for (const [from, to] of [[0, 5], [9_990, 10_020], [CHECK_BLOCK - 3, 2 * CHECK_BLOCK + 3], [records.length - 9, records.length], [0, records.length]]) {
        expect(region.read(from, to).equals(records.subarray(from, to))).toBe(true);
      }
    }
  });

  it('loads lazily despite a damaged block, refuses that block when read and serves the others', async () => {
    const { file, fingerprint } = await written('damaged-block.bin');
    flipInRecords(file, fingerprint.headBytes!, 2 * CHECK_BLOCK + 100);
    const region = (await readSections(file, fingerprint, LAZY)).blockChecked('records');
    expect(region.read(10, 20).equals(records.subarray(10, 20))).toBe(true);
    expect(() => region.read(2 * CHECK_BLOCK + 90, 2 * CHECK_BLOCK + 110)).toThrow(IndexDamaged);
    expect(() => region.read(2 * CHECK_BLOCK - 5, 2 * CHECK_BLOCK + 5)).toThrow(/损坏/);
    expect(region.read(3 * CHECK_BLOCK, 3 * CHECK_BLOCK + 50).equals(records.subarray(3 * CHECK_BLOCK, 3 * CHECK_BLOCK + 50))).toBe(true);
    // Read whole at load (the default for a section this small), the damage is refused there.
    await expect(readSections(file, fingerprint).then((r) => r.blockChecked('records'))).rejects.toThrow(/损坏/);
  });

  it('refuses at load a truncated file and a damaged head, however the section would be read', async () => {
    const truncated = await written('truncated-blocks.bin');
    truncateSync(truncated.file, truncated.fingerprint.bytes - 1);
    await expect(readSections(truncated.file, truncated.fingerprint, LAZY)).rejects.toThrow(/损坏/);
    const head = await written('damaged-head.bin');
    const bytes = readFileSync(head.file);
    bytes[head.fingerprint.headBytes! - 1] ^= 0x01;
    writeFileSync(head.file, bytes);
    await expect(readSections(head.file, head.fingerprint, LAZY)).rejects.toThrow(/损坏/);
  });
});
