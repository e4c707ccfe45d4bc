// npm run feedback [-- --json] [-- --recent N]: a summary of the 👍/👎 ratings staff gave answers in Slack.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../config.js';
import { FEEDBACK_DB_FILE, openFeedbackStore } from '../feedback/store.js';
import { formatFeedbackSummary } from '../feedback/format.js';
import { exitCleanlyOnFatalError } from './fatal.js';

function main(): void {
  const { values } = parseArgs({ options: { json: { type: 'boolean', default: false }, recent: { type: 'string', default: '10' } } });
  let dataDir: string;
  try {
    // Only DATA_DIR matters here; the Slack settings of a running deployment must not block the report.
    dataDir = loadConfig({ ...process.env, SLACK_BOT_TOKEN: '', SLACK_APP_TOKEN: '', SLACK_SIGNING_SECRET: '' }).dataDir;
  } catch (err) {
    process.stderr.write(`${err instanceof ConfigError ? err.message : String(err)}\n`);
    process.exit(1);
  }
  if (!existsSync(path.join(dataDir, FEEDBACK_DB_FILE))) {
    process.stdout.write(values.json ? '{"answers":0,"ratings":0,"up":0,"down":0,"comments":0,"recentNegative":[]}\n' : `还没有反馈记录（${dataDir}）。\n`);
    return;
  }
  const store = openFeedbackStore(dataDir);
  try {
    const summary = store.summary(Math.max(0, Number(values.recent) || 10));
    process.stdout.write(values.json ? `${JSON.stringify(summary)}\n` : `${formatFeedbackSummary(summary)}\n`);
  } finally {
    store.close();
  }
}

exitCleanlyOnFatalError('反馈汇总失败');
main();
