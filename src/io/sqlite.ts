// The SQLite files under DATA_DIR (the feedback store, the library's audit log) are opened one way.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';

/**
 * Opens (creating if needed) `<dataDir>/<fileName>` with `schema` applied, or an in-memory database for ':memory:'.
 * WAL and a busy timeout let the app write while a CLI reads the same file.
 */
export function openDataDatabase(dataDirOrMemory: string, fileName: string, schema: string): Database.Database {
  const file = dataDirOrMemory === ':memory:' ? ':memory:' : path.join(dataDirOrMemory, fileName);
  if (file !== ':memory:') mkdirSync(dataDirOrMemory, { recursive: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('busy_timeout = 2000');
  db.exec(schema);
  return db;
}
