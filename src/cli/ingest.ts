// `npm run ingest`: builds the index (INDEX_DIR) from the corpus (CORPUS_DIR); progress on stderr, summary on stdout.
import { loadCliConfig } from './config.js';
import { createLogger } from '../logger.js';
import { createEmbeddings } from '../retrieval/embeddings.js';
import { buildIndex } from '../retrieval/index.js';
import { createProgressWriter, formatSummary } from '../retrieval/progress.js';
import { exitCleanlyOnFatalError } from './fatal.js';

async function main(): Promise<number> {
  const config = loadCliConfig();
  if (!config) return 1;
  const logger = createLogger(config.LOG_LEVEL);
  const progress = createProgressWriter(process.stderr);
  process.stderr.write(`正在从 ${config.corpusDir} 构建索引到 ${config.indexDir} …\n`);
  try {
    const summary = await buildIndex(
      { config, logger, embeddings: createEmbeddings(config), onProgress: (p) => progress.update(p) },
      { force: true },
    );
    progress.done();
    process.stdout.write(`${formatSummary(summary)}\n`);
    return 0;
  } catch (err) {
    progress.done();
    logger.debug({ err }, 'ingest failed');
    process.stderr.write(`索引构建失败：${(err as Error).message}\n`);
    return 1;
  }
}

exitCleanlyOnFatalError('索引构建失败');
main().then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.stderr.write(`索引构建失败：${(err as Error).message}\n`);
    process.exitCode = 1;
  },
);
