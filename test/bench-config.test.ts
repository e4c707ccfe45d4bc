import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { benchRootConfig } from '../bench/config.js';

describe('bench configuration', () => {
  it('builds with the EMBEDDING_DIM of the environment, so a run at another dimension measures that dimension', () => {
    expect(benchRootConfig('/tmp/bench-root', { EMBEDDING_DIM: '256' }).EMBEDDING_DIM).toBe(256);
    expect(benchRootConfig('/tmp/bench-root', {}).EMBEDDING_DIM).toBe(512);
  });

  it('keeps its own corpus and index folders whatever the environment says', () => {
    const config = benchRootConfig('/tmp/bench-root', { INDEX_DIR: '/elsewhere', CORPUS_DIR: '/elsewhere' });
    expect(config.corpusDir).toBe(path.join('/tmp/bench-root', 'corpus'));
    expect(config.indexDir).toBe(path.join('/tmp/bench-root', 'index'));
  });
});
