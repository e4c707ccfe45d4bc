// `npm run ingest [-- --json]`: builds the index (INDEX_DIR) from the corpus (CORPUS_DIR); progress on stderr, the summary
// on stdout (with --json as one JSON object).
import { openCli, parseCliArgs, runCli } from './run.js';
import { createEmbeddings } from '../retrieval/embeddings.js';
import { buildIndex } from '../retrieval/index.js';
import { createProgressWriter, formatSummary } from '../retrieval/progress.js';

const USAGE = '用法：npm run ingest [-- --json]';

async function main(): Promise<number> {
  const { values } = parseCliArgs({ options: { json: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h', default: false } } });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const { config, logger } = openCli();
  const progress = createProgressWriter(process.stderr);
  process.stderr.write(`正在从 ${config.corpusDir} 构建索引到 ${config.indexDir} …\n`);
  try {
    const summary = await buildIndex(
      { config, logger, embeddings: createEmbeddings(config), onProgress: (p) => progress.update(p) },
      { force: true },
    );
    progress.done();
    process.stdout.write(`${values.json ? JSON.stringify(summary) : formatSummary(summary)}\n`);
    return 0;
  } catch (err) {
    progress.done();
    logger.debug({ err }, 'ingest failed');
    process.stderr.write(`索引构建失败：${(err as Error).message}\n`);
    return 1;
  }
}

runCli(main, { usage: USAGE, failure: '索引构建失败' });
