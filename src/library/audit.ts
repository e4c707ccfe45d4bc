// Who added, replaced or removed which library document, and when: one SQLite table under DATA_DIR.
import { openDataDatabase } from '../io/sqlite.js';
import { displayWidth } from '../retrieval/progress.js';

export type AuditAction = 'add' | 'replace' | 'remove';

export interface AuditRecord {
  /** Slack user id of the admin (or "cli" and the like for other tools). */
  user: string;
  action: AuditAction;
  docId: string;
  /** Path of the file relative to CORPUS_DIR. */
  file: string;
  /** SHA-256 of the file's bytes (the removed file's, for a removal). */
  sha256: string;
  title: string | null;
  number: string | null;
  /** For a replacement: the file it replaced. */
  replaced: string | null;
}

export interface AuditEntry extends AuditRecord {
  id: number;
  /** ISO time. */
  time: string;
}

export interface AuditLog {
  record(entry: AuditRecord): AuditEntry;
  /** Newest first. */
  entries(limit?: number): AuditEntry[];
  close(): void;
}

export const AUDIT_DB_FILE = 'audit.sqlite';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS library_audit (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  time TEXT NOT NULL,
  user TEXT NOT NULL,
  action TEXT NOT NULL CHECK (action IN ('add', 'replace', 'remove')),
  doc_id TEXT NOT NULL,
  file TEXT NOT NULL,
  sha256 TEXT NOT NULL,
  title TEXT,
  number TEXT,
  replaced TEXT
);
CREATE INDEX IF NOT EXISTS library_audit_time ON library_audit(time);
`;

interface AuditRow {
  id: number;
  time: string;
  user: string;
  action: AuditAction;
  doc_id: string;
  file: string;
  sha256: string;
  title: string | null;
  number: string | null;
  replaced: string | null;
}

function toEntry(row: AuditRow): AuditEntry {
  return {
    id: row.id,
    time: row.time,
    user: row.user,
    action: row.action,
    docId: row.doc_id,
    file: row.file,
    sha256: row.sha256,
    title: row.title,
    number: row.number,
    replaced: row.replaced,
  };
}

/** Opens (creating if needed) `<dataDir>/audit.sqlite`, or an in-memory log for ':memory:'. */
export function openAuditLog(dataDirOrMemory: string): AuditLog {
  const db = openDataDatabase(dataDirOrMemory, AUDIT_DB_FILE, SCHEMA);
  const insert = db.prepare(
    `INSERT INTO library_audit (time, user, action, doc_id, file, sha256, title, number, replaced)
     VALUES (@time, @user, @action, @docId, @file, @sha256, @title, @number, @replaced)`,
  );
  const newest = db.prepare('SELECT * FROM library_audit ORDER BY time DESC, id DESC LIMIT ?');
  return {
    record(entry) {
      const time = new Date().toISOString();
      const id = Number(insert.run({ ...entry, time }).lastInsertRowid);
      return { ...entry, id, time };
    },
    entries(limit = 100) {
      return (newest.all(limit) as AuditRow[]).map(toEntry);
    },
    close() {
      db.close();
    },
  };
}

const ACTION_NAMES: Record<AuditAction, string> = { add: '添加', replace: '替换', remove: '移除' };

export function actionName(action: AuditAction): string {
  return ACTION_NAMES[action];
}

/** A plain-text table for `npm run audit`, newest first. */
export function formatAuditTable(entries: AuditEntry[]): string {
  if (entries.length === 0) return '文件库还没有审计记录。';
  const header = ['时间', '用户', '操作', '文档', '文件', 'SHA-256'];
  const rows = entries.map((e) => [
    e.time.replace('T', ' ').slice(0, 19),
    e.user,
    actionName(e.action),
    e.number ? `${e.docId}（${e.number}）` : e.docId,
    e.replaced ? `${e.file}（替换 ${e.replaced}）` : e.file,
    e.sha256.slice(0, 12),
  ]);
  const widths = header.map((h, i) => Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[i]))));
  const line = (cells: string[]) => cells.map((c, i) => c + ' '.repeat(widths[i] - displayWidth(c))).join('  ').trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}
