// The library below Slack: safe file names, pending uploads (expiry, one settlement), a failed index update leaving
// the corpus as it was, docIds of existing files kept, and `npm run audit`.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAuditLog } from '../src/library/audit.js';
import { createLibrary, LibraryError, safeBaseName, type UploadPreview } from '../src/library/library.js';
import { createLibraryIndex, type LibraryIndex } from '../src/library/libraryIndex.js';
import { PendingUploads } from '../src/slack/pendingUploads.js';
import { createTestServices, REPO_ROOT, type TestServices } from './support/services.js';

const run = promisify(execFile);

const REPLY = (number: string, extra = '') =>
  [
    '某市住房和城乡建设局',
    number,
    '关于加强城市绿道建设的提案的答复',
    '陈红委员：',
    '你提出的关于“加强城市绿道建设”的提案收悉，现答复如下：',
    '一、关于完善绿道网络的建议',
    `我市计划新建绿道50公里，串联主要公园和滨水空间。${extra}`,
    '联系单位及电话：市住房和城乡建设局园林科，0371-87654321。',
  ].join('\n');

describe('safeBaseName', () => {
  it('keeps the name and Chinese characters but never a path, a hidden name or reserved characters', () => {
    expect(safeBaseName('../../etc/passwd.txt')).toEqual({ base: 'passwd', ext: '.txt' });
    expect(safeBaseName('..\\..\\答复件.DOCX')).toEqual({ base: '答复件', ext: '.docx' });
    expect(safeBaseName('.hidden.txt')).toEqual({ base: 'hidden', ext: '.txt' });
    expect(safeBaseName('a<b>:c?"d|e*.pdf')).toEqual({ base: 'abcde', ext: '.pdf' });
    expect(safeBaseName('....txt').base).toBe('document');
    expect(safeBaseName('a\u0007b\nc.txt').base).toBe('abc');
    expect([...safeBaseName(`${'长'.repeat(200)}.txt`).base]).toHaveLength(80);
  });
});

describe('PendingUploads', () => {
  const upload = (user: string) => ({ user, preview: {} as UploadPreview, data: Buffer.from('x'), channel: 'D1', threadTs: null });

  it('settles an upload once, for its uploader only, and not after it expired', () => {
    let now = 0;
    const pending = new PendingUploads({ ttlMs: 1000, tombstoneMs: 5000 }, () => now);
    const a = pending.add(upload('U1'));
    expect(pending.take(a.id, 'U2').status).toBe('not-yours');
    const taken = pending.take(a.id, 'U1');
    expect(taken.status).toBe('ok');
    expect(taken.status === 'ok' && taken.upload.data.toString()).toBe('x');
    expect(pending.take(a.id, 'U1').status).toBe('settled');

    const b = pending.add(upload('U1'));
    now = 1001;
    expect(pending.take(b.id, 'U1').status).toBe('expired');
    expect(pending.take(b.id, 'U1').status).toBe('expired');
    now = 10_000;
    expect(pending.take(b.id, 'U1').status).toBe('unknown');
  });

  it('keeps at most maxPending files waiting, dropping the oldest', () => {
    const pending = new PendingUploads({ maxPending: 2 });
    const [first, second, third] = [pending.add(upload('U1')), pending.add(upload('U1')), pending.add(upload('U1'))];
    expect(pending.take(first.id, 'U1').status).toBe('expired');
    expect(pending.take(second.id, 'U1').status).toBe('ok');
    expect(pending.take(third.id, 'U1').status).toBe('ok');
  });
});

describe('library changes', () => {
  let ts: TestServices;
  beforeAll(async () => {
    ts = await createTestServices();
  }, 60_000);
  afterAll(async () => ts?.cleanup());

  it('gives an upload named like an existing file another name, so existing docIds stay as they are', async () => {
    const library = createLibrary(ts.services, createLibraryIndex(ts.services), openAuditLog(':memory:'));
    const existing = (await readdir(path.join(ts.config.corpusDir, 'replies')))[0];
    const base = path.basename(existing, '.txt');
    const preview = await library.preview(Buffer.from(REPLY('某建政协〔2031〕1号')), `${base}.txt`);
    expect(preview.targetPath).toBe(`uploads/${base}-2.txt`);
    expect(preview.docId).toBe(`${base}-2`);
    expect(preview.replaces).toBeNull();
    const { update } = await library.add(preview, Buffer.from(REPLY('某建政协〔2031〕1号')), 'U1');
    expect(update.added).toEqual([`${base}-2`]);
    expect(ts.services.search.chunksOf(base).length).toBeGreaterThan(0);
    await library.remove(preview.targetPath, 'U1');
    expect(ts.services.search.chunksOf(`${base}-2`)).toEqual([]);
  });

  it('leaves the corpus and the audit log as they were when the index update fails', async () => {
    const audit = openAuditLog(':memory:');
    const real = createLibraryIndex(ts.services);
    let fail = false;
    const flaky: LibraryIndex = { ...real, update: () => (fail ? Promise.reject(new Error('disk full')) : real.update()) };
    const library = createLibrary(ts.services, flaky, audit);
    const original = Buffer.from(REPLY('某建政协〔2031〕2号'));
    const first = await library.preview(original, '绿道.txt');
    await library.add(first, original, 'U1');

    fail = true;
    const revised = Buffer.from(REPLY('某建政协〔2031〕2号', '其中滨水绿道20公里。'));
    const second = await library.preview(revised, '绿道修订.txt');
    expect(second.replaces?.path).toBe('uploads/绿道.txt');
    await expect(library.add(second, revised, 'U1')).rejects.toBeInstanceOf(LibraryError);
    expect(await readdir(path.join(ts.config.corpusDir, 'uploads'))).toEqual(['绿道.txt']);
    expect((await readFile(path.join(ts.config.corpusDir, 'uploads', '绿道.txt'))).equals(original)).toBe(true);
    await expect(library.remove('uploads/绿道.txt', 'U1')).rejects.toThrow(/索引更新失败/);
    expect(existsSync(path.join(ts.config.corpusDir, 'uploads', '绿道.txt'))).toBe(true);
    expect(audit.entries().map((e) => e.action)).toEqual(['add']);

    fail = false;
    await library.remove('uploads/绿道.txt', 'U1');
    expect(audit.entries().map((e) => e.action)).toEqual(['remove', 'add']);
  });

  it('replaces a document sent again under the same name in place, keeping its docId', async () => {
    const audit = openAuditLog(':memory:');
    const library = createLibrary(ts.services, createLibraryIndex(ts.services), audit);
    const first = Buffer.from(REPLY('某建政协〔2031〕3号'));
    await library.add(await library.preview(first, '同名.txt'), first, 'U1');
    const second = Buffer.from(REPLY('某建政协〔2031〕3号', '其中滨水绿道20公里。'));
    const preview = await library.preview(second, '同名.txt');
    expect(preview).toMatchObject({ targetPath: 'uploads/同名.txt', docId: '同名', replaces: { path: 'uploads/同名.txt' } });
    await library.add(preview, second, 'U1');
    expect((await readFile(path.join(ts.config.corpusDir, 'uploads', '同名.txt'))).equals(second)).toBe(true);
    expect(ts.services.search.chunksOf('同名').some((c) => c.text.includes('滨水绿道20公里'))).toBe(true);
    expect(audit.entries().map((e) => [e.action, e.replaced])).toEqual([['replace', 'uploads/同名.txt'], ['add', null]]);
    await library.remove('uploads/同名.txt', 'U1');
  });

  it('refuses a file that is too large or empty, before parsing it', async () => {
    const library = createLibrary(ts.services, createLibraryIndex(ts.services), openAuditLog(':memory:'), { maxFileBytes: 100 });
    await expect(library.preview(Buffer.alloc(101, 0x41), 'a.txt')).rejects.toThrow(/文件太大/);
    await expect(library.preview(Buffer.alloc(0), 'a.txt')).rejects.toThrow(/空的/);
  });
});

describe('npm run audit', () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'reply-desk-audit-'));
    const log = openAuditLog(dataDir);
    const row = { user: 'U0ADMIN', docId: 'a', file: 'uploads/a.txt', sha256: 'f'.repeat(64), title: '甲', number: '某建〔2025〕1号', replaced: null };
    log.record({ ...row, action: 'add' });
    log.record({ ...row, action: 'remove' });
    log.close();
  });
  afterAll(async () => rm(dataDir, { recursive: true, force: true }));

  const audit = (...args: string[]) =>
    run(path.join(REPO_ROOT, 'node_modules', '.bin', 'tsx'), [path.join(REPO_ROOT, 'src/cli/audit.ts'), ...args], {
      env: { ...process.env, DATA_DIR: dataDir },
      cwd: REPO_ROOT,
    });

  it('prints the log newest first, as a table or as JSON', async () => {
    const json = JSON.parse((await audit('--json')).stdout) as { action: string; user: string; sha256: string }[];
    expect(json.map((e) => e.action)).toEqual(['remove', 'add']);
    expect(json[0]).toMatchObject({ user: 'U0ADMIN', sha256: 'f'.repeat(64) });
    const table = (await audit()).stdout.split('\n');
    expect(table[0]).toMatch(/时间\s+用户\s+操作\s+文档\s+文件\s+SHA-256/);
    expect(table[2]).toContain('移除');
    expect(table[3]).toContain('添加');
    expect(table[3]).toContain('a（某建〔2025〕1号）');
  }, 30_000);
});
