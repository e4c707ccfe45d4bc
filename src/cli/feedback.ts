// npm run feedback [-- --json] [-- --recent N]: a summary of the 👍/👎 ratings staff gave answers in Slack.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { integerOption, loadCliConfig, parseCliArgs, runCli } from './run.js';
import { FEEDBACK_DB_FILE, openFeedbackStore } from '../feedback/store.js';
import { formatFeedbackSummary } from '../feedback/format.js';

const USAGE = '用法：npm run feedback [-- --json] [-- --recent N]（N：列出最近几条差评，默认 10）';

function main(): number {
  const { values } = parseCliArgs({
    options: {
      json: { type: 'boolean', default: false },
      recent: { type: 'string', default: '10' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const recent = integerOption('--recent', values.recent, 0, 10_000) ?? 10;
  const { dataDir } = loadCliConfig();
  if (!existsSync(path.join(dataDir, FEEDBACK_DB_FILE))) {
    process.stdout.write(values.json ? '{"answers":0,"ratings":0,"up":0,"down":0,"comments":0,"recentNegative":[]}\n' : `还没有反馈记录（${dataDir}）。\n`);
    return 0;
  }
  const store = openFeedbackStore(dataDir);
  try {
    const summary = store.summary(recent);
    process.stdout.write(values.json ? `${JSON.stringify(summary)}\n` : `${formatFeedbackSummary(summary)}\n`);
  } finally {
    store.close();
  }
  return 0;
}

runCli(main, { usage: USAGE, failure: '读取反馈失败' });
