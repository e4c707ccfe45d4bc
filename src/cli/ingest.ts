// `npm run ingest [-- --full] [--json]`: brings the index (INDEX_DIR) up to date with the corpus (CORPUS_DIR),
// incrementally unless --full or a full rebuild is needed; progress on stderr, the summary on stdout
// (with --json exactly one object: {mode, added, updated, removed, unchanged, chunks, seconds}).
import { openCli, parseCliArgs, runCli } from './run.js';
import { ConfigError } from '../config.js';
import { createEmbeddings } from '../retrieval/embeddings.js';
import { updateIndex } from '../retrieval/index.js';
import { indexUpdateOf } from '../library/libraryIndex.js';
import { createProgressWriter, formatSummary } from '../retrieval/progress.js';

const USAGE = '用法：npm run ingest [-- --full] [--json]';

async function main(): Promise<number> {
  const { values } = parseCliArgs({
    options: {
      json: { type: 'boolean', default: false },
      full: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const { config, logger } = openCli();
  const progress = createProgressWriter(process.stderr);
  process.stderr.write(`正在从 ${config.corpusDir} 更新索引 ${config.indexDir} …\n`);
  try {
    const summary = await updateIndex(
      { config, logger, embeddings: createEmbeddings(config), onProgress: (p) => progress.update(p) },
      { full: values.full },
    );
    progress.done();
    process.stdout.write(`${values.json ? JSON.stringify(indexUpdateOf(summary)) : formatSummary(summary)}\n`);
    return 0;
  } catch (err) {
    progress.done();
    logger.debug({ err }, 'ingest failed');
    // A configuration problem (e.g. no corpus folder) exits 2 like every other bad-input case (runCli says it).
    if (err instanceof ConfigError) throw err;
    process.stderr.write(`索引构建失败：${(err as Error).message}\n`);
    return 1;
  }
}

runCli(main, { usage: USAGE, failure: '索引构建失败' });
