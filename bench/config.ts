// The configuration a bench builds its synthetic library with: its own corpus and index folders, silent logs, and
// the embedding settings of the environment (EMBEDDING_DIM), so a run with another dimension builds that dimension.
import path from 'node:path';
import { loadConfig, type AppConfig } from '../src/config.js';

/** Environment settings a bench passes through to the build; everything else is the bench's own or the default. */
const PASSED_THROUGH = ['EMBEDDING_DIM'] as const;

export function benchIndexConfig(corpusDir: string, indexDir: string, root: string, env: NodeJS.ProcessEnv = process.env): AppConfig {
  const passed = Object.fromEntries(PASSED_THROUGH.filter((key) => env[key] !== undefined).map((key) => [key, env[key]]));
  return loadConfig({ ...passed, CORPUS_DIR: corpusDir, INDEX_DIR: indexDir, LOG_LEVEL: 'silent' }, { cwd: root });
}

/** The bench's layout: `corpus/` and `index/` inside `root`. */
export function benchRootConfig(root: string, env: NodeJS.ProcessEnv = process.env): AppConfig {
  return benchIndexConfig(path.join(root, 'corpus'), path.join(root, 'index'), root, env);
}
