import { mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readSections, writeSections } from '../src/retrieval/binaryFile.js';

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
