// npm run audit [-- --json] [-- --limit N]: who added, replaced or removed which library document, newest first.
import { dataReportMain } from './dataReport.js';
import { runCli } from './run.js';
import { AUDIT_DB_FILE, formatAuditTable, openAuditLog } from '../library/audit.js';

const USAGE = '用法：npm run audit [-- --json] [-- --limit N]（N：最多列出几条，默认 100，最新的在前）';

const main = dataReportMain({
  usage: USAGE,
  count: { option: 'limit', default: 100, min: 1, max: 1_000_000 },
  file: AUDIT_DB_FILE,
  empty: { json: '[]', text: (dataDir) => `文件库还没有审计记录（${dataDir}）。` },
  open: openAuditLog,
  read: (log, limit) => log.entries(limit),
  format: formatAuditTable,
});

runCli(main, { usage: USAGE, failure: '读取审计日志失败' });
