// `npm run ingest [-- --full] [--json]`: brings the index (INDEX_DIR) up to date with the corpus (CORPUS_DIR),
// incrementally unless --full or a full rebuild is needed; progress on stderr, the summary on stdout
// (with --json exactly one object: {mode, added, updated, removed, unchanged, chunks, seconds}).
import { parseArgs } from 'node:util';
import { loadCliConfig } from './config.js';
import { createLogger } from '../logger.js';
import { createEmbeddings } from '../retrieval/embeddings.js';
import { updateIndex, type IngestSummary } from '../retrieval/index.js';
import { createProgressWriter, formatSummary } from '../retrieval/progress.js';

function jsonSummary(s: IngestSummary) {
  return { mode: s.mode, added: s.added, updated: s.updated, removed: s.removed, unchanged: s.unchanged, chunks: s.chunks, seconds: s.seconds };
}

async function main(): Promise<number> {
  let flags: { full?: boolean; json?: boolean };
  try {
    flags = parseArgs({ options: { full: { type: 'boolean' }, json: { type: 'boolean' } }, allowPositionals: false }).values;
  } catch (err) {
    process.stderr.write(`参数有误：${(err as Error).message}\n用法：npm run ingest -- [--full] [--json]\n`);
    return 2;
  }
  const config = loadCliConfig();
  if (!config) return 1;
  const logger = createLogger(config.LOG_LEVEL);
  const progress = createProgressWriter(process.stderr);
  process.stderr.write(`正在从 ${config.corpusDir} 更新索引 ${config.indexDir} …\n`);
  try {
    const summary = await updateIndex(
      { config, logger, embeddings: createEmbeddings(config), onProgress: (p) => progress.update(p) },
      { full: flags.full },
    );
    progress.done();
    process.stdout.write(flags.json ? `${JSON.stringify(jsonSummary(summary))}\n` : `${formatSummary(summary)}\n`);
    return 0;
  } catch (err) {
    progress.done();
    logger.debug({ err }, 'ingest failed');
    process.stderr.write(`索引构建失败：${(err as Error).message}\n`);
    return 1;
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.stderr.write(`索引构建失败：${(err as Error).message}\n`);
    process.exitCode = 1;
  },
);
