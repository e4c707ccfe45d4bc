// npm run audit [-- --json] [-- --limit N]: who added, replaced or removed which library document, newest first.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { integerOption, loadCliConfig, parseCliArgs, runCli } from './run.js';
import { AUDIT_DB_FILE, formatAuditTable, openAuditLog } from '../library/audit.js';

const USAGE = '用法：npm run audit [-- --json] [-- --limit N]（N：最多列出几条，默认 100，最新的在前）';

function main(): number {
  const { values } = parseCliArgs({
    options: {
      json: { type: 'boolean', default: false },
      limit: { type: 'string', default: '100' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const limit = integerOption('--limit', values.limit, 1, 1_000_000) ?? 100;
  const { dataDir } = loadCliConfig();
  if (!existsSync(path.join(dataDir, AUDIT_DB_FILE))) {
    process.stdout.write(values.json ? '[]\n' : `文件库还没有审计记录（${dataDir}）。\n`);
    return 0;
  }
  const log = openAuditLog(dataDir);
  try {
    const entries = log.entries(limit);
    process.stdout.write(values.json ? `${JSON.stringify(entries)}\n` : `${formatAuditTable(entries)}\n`);
  } finally {
    log.close();
  }
  return 0;
}

runCli(main, { usage: USAGE, failure: '读取审计日志失败' });
