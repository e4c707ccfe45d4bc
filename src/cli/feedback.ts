// npm run feedback [-- --json] [-- --recent N]: a summary of the 👍/👎 ratings staff gave answers in Slack.
import { dataReportMain } from './dataReport.js';
import { runCli } from './run.js';
import { FEEDBACK_DB_FILE, openFeedbackStore } from '../feedback/store.js';
import { formatFeedbackSummary } from '../feedback/format.js';

const USAGE = '用法：npm run feedback [-- --json] [-- --recent N]（N：列出最近几条差评，默认 10）';

const main = dataReportMain({
  usage: USAGE,
  count: { option: 'recent', default: 10, min: 0, max: 10_000 },
  file: FEEDBACK_DB_FILE,
  empty: {
    json: '{"answers":0,"ratings":0,"up":0,"down":0,"comments":0,"recentNegative":[]}',
    text: (dataDir) => `还没有反馈记录（${dataDir}）。`,
  },
  open: openFeedbackStore,
  read: (store, recent) => store.summary(recent),
  format: formatFeedbackSummary,
});

runCli(main, { usage: USAGE, failure: '读取反馈失败' });
