import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { answerQuestion } from '../src/answer/index.js';
import { silentLogger } from '../src/logger.js';
import { LocalHashEmbeddings } from '../src/retrieval/embeddings.js';
import { SearcherHandle, openSearcher, updateIndex, type IndexDeps } from '../src/retrieval/index.js';
import { createTestServices, type TestServices } from './support/services.js';

const ELEVATOR = `---
title: "既有住宅加装电梯补贴办法"
kind: "policy"
---

一、补贴标准

既有住宅加装电梯的，每部电梯补贴二十万元，由区财政在验收后拨付。
`;

describe('incremental ingest', () => {
  let t: TestServices;
  let handle: SearcherHandle;
  const deps = (overrides: Partial<IndexDeps> = {}): IndexDeps => ({
    config: t.config,
    logger: silentLogger(),
    embeddings: new LocalHashEmbeddings(t.config.EMBEDDING_DIM),
    ...overrides,
  });
  const elevatorFile = () => path.join(t.config.corpusDir, 'policies', 'elevator.txt');
  const docsFor = async (question: string) => (await handle.search(question, { k: 5 })).map((h) => h.chunk.docId);

  beforeEach(async () => {
    t = await createTestServices();
    handle = t.services.search as SearcherHandle;
  });
  afterEach(() => t.cleanup());

  it('adds, updates and removes one document without a full rebuild, and answers from it at once', async () => {
    const before = handle.size();
    writeFileSync(elevatorFile(), ELEVATOR);
    const added = await handle.update();
    expect(added).toMatchObject({ mode: 'incremental', added: ['elevator'], updated: [], removed: [] });
    expect(added.unchanged).toBeGreaterThan(10);
    expect(added.chunks).toBe(before + 1);
    const answer = await answerQuestion(t.services, '加装电梯每部补贴多少钱？');
    expect(answer.answered).toBe(true);
    expect(answer.citations.map((c) => c.docId)).toContain('elevator');
    expect(answer.answer).toContain('二十万元');

    writeFileSync(elevatorFile(), ELEVATOR.replace('二十万元', '十五万元'));
    const updated = await handle.update();
    expect(updated).toMatchObject({ mode: 'incremental', added: [], updated: ['elevator'], removed: [] });
    expect(handle.chunksOf('elevator').map((c) => c.text).join('')).toContain('十五万元');
    expect((await answerQuestion(t.services, '加装电梯每部补贴多少钱？')).answer).not.toContain('二十万元');

    rmSync(elevatorFile());
    const removed = await handle.update();
    expect(removed).toMatchObject({ mode: 'incremental', added: [], updated: [], removed: ['elevator'] });
    expect(removed.chunks).toBe(before);
    expect(await docsFor('加装电梯每部补贴多少')).not.toContain('elevator');
    // A fresh process sees the same: the manifest on disk was replaced, old files cleaned up.
    const reopened = await openSearcher(deps());
    expect(reopened.size()).toBe(before);
    expect(readdirSync(t.config.indexDir).filter((n) => n.startsWith('lexical-'))).toHaveLength(1);
  });

  it('reports an unchanged corpus as nothing to do', async () => {
    const summary = await updateIndex(deps());
    expect(summary).toMatchObject({ mode: 'incremental', added: [], updated: [], removed: [] });
    expect(summary.unchanged).toBe(summary.documents);
  });

  it('rebuilds in full when the embeddings change or when asked to', async () => {
    writeFileSync(elevatorFile(), ELEVATOR);
    const other = await updateIndex(deps({ embeddings: new LocalHashEmbeddings(256) }));
    expect(other.mode).toBe('full');
    expect(other.dimension).toBe(256);
    expect(other.added).toContain('elevator');
    expect((await updateIndex(deps({ embeddings: new LocalHashEmbeddings(256) }), { full: true })).mode).toBe('full');
  });

  it('a full rebuild still reports what changed: the document removed, the others unchanged', async () => {
    writeFileSync(elevatorFile(), ELEVATOR);
    await updateIndex(deps());
    rmSync(elevatorFile());
    writeFileSync(path.join(t.config.corpusDir, 'policies', 'parking.txt'), ELEVATOR.replace('加装电梯', '停车位').replace('每部电梯', '每个车位'));
    const summary = await updateIndex(deps(), { full: true });
    expect(summary).toMatchObject({ mode: 'full', added: ['parking'], updated: [], removed: ['elevator'] });
    expect(summary.unchanged).toBe(summary.documents - 1);
  });

  it('leaves the previous index serving when an ingest fails half-way', async () => {
    const manifest = path.join(t.config.indexDir, 'manifest.json');
    const before = readFileSync(manifest, 'utf8');
    const filesBefore = readdirSync(t.config.indexDir).sort();
    writeFileSync(elevatorFile(), ELEVATOR);
    // Embedding fails after the file was parsed and the old index loaded: as if the process died mid-way.
    class CrashingEmbeddings extends LocalHashEmbeddings {
      override withIdf(): LocalHashEmbeddings {
        return this;
      }
      override embedFeatures(): number[] {
        throw new Error('simulated crash while embedding');
      }
    }
    const failing = new CrashingEmbeddings(t.config.EMBEDDING_DIM);
    await expect(updateIndex(deps({ embeddings: failing }))).rejects.toThrow('simulated crash');
    expect(readFileSync(manifest, 'utf8')).toBe(before);
    expect(readdirSync(t.config.indexDir).sort()).toEqual(filesBefore);
    expect(await docsFor('人防办家属院气暖改水暖谁出资')).toContain('xuchang_zx7-4_no104_2020');
    const reopened = await openSearcher(deps());
    expect(reopened.chunksOf('elevator')).toHaveLength(1);
  });
});
