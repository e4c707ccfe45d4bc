// npm run audit [-- --json] [-- --limit N]: who added, replaced or removed which library document, newest first.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../config.js';
import { AUDIT_DB_FILE, formatAuditTable, openAuditLog } from '../library/audit.js';

const DEFAULT_LIMIT = 100;

function main(): void {
  let values: { json?: boolean; limit?: string };
  let dataDir: string;
  try {
    ({ values } = parseArgs({ options: { json: { type: 'boolean', default: false }, limit: { type: 'string', default: String(DEFAULT_LIMIT) } } }));
    // Only DATA_DIR matters here; the Slack settings of a running deployment must not block the report.
    dataDir = loadConfig({ ...process.env, SLACK_BOT_TOKEN: '', SLACK_APP_TOKEN: '', SLACK_SIGNING_SECRET: '' }).dataDir;
  } catch (err) {
    process.stderr.write(`${err instanceof ConfigError ? err.message : `参数有误：${(err as Error).message}`}\n用法：npm run audit [-- --json] [-- --limit N]\n`);
    process.exit(2);
  }
  const limit = Number(values.limit);
  if (!Number.isInteger(limit) || limit <= 0) {
    process.stderr.write(`--limit 必须是正整数：${values.limit}\n`);
    process.exit(2);
  }
  if (!existsSync(path.join(dataDir, AUDIT_DB_FILE))) {
    process.stdout.write(values.json ? '[]\n' : `文件库还没有审计记录（${dataDir}）。\n`);
    return;
  }
  const log = openAuditLog(dataDir);
  try {
    const entries = log.entries(limit);
    process.stdout.write(values.json ? `${JSON.stringify(entries)}\n` : `${formatAuditTable(entries)}\n`);
  } finally {
    log.close();
  }
}

main();
