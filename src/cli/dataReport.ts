// What `npm run audit` and `npm run feedback` share: print what a SQLite file under DATA_DIR holds, as a table or as
// JSON (--json), listing at most a count the user may set, and say so when the file does not exist yet.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { integerOption, loadCliConfig, parseCliArgs } from './run.js';

export interface DataReport<Store extends { close(): void }, Report> {
  usage: string;
  /** The option giving how many entries to list (e.g. `limit` for --limit), its default and bounds. */
  count: { option: string; default: number; min: number; max: number };
  /** The file under DATA_DIR. */
  file: string;
  /** What is printed when the file does not exist yet: the JSON of an empty report, and a sentence naming DATA_DIR. */
  empty: { json: string; text: (dataDir: string) => string };
  open(dataDir: string): Store;
  read(store: Store, count: number): Report;
  format(report: Report): string;
}

/** The command's main, for `runCli`. */
export function dataReportMain<Store extends { close(): void }, Report>(report: DataReport<Store, Report>): () => number {
  return () => {
    const { count } = report;
    const { values } = parseCliArgs({
      options: {
        json: { type: 'boolean', default: false },
        [count.option]: { type: 'string', default: String(count.default) },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
    if (values.help) {
      process.stdout.write(`${report.usage}\n`);
      return 0;
    }
    const raw = values[count.option];
    const limit = integerOption(`--${count.option}`, typeof raw === 'string' ? raw : undefined, count.min, count.max) ?? count.default;
    const { dataDir } = loadCliConfig();
    if (!existsSync(path.join(dataDir, report.file))) {
      process.stdout.write(values.json ? `${report.empty.json}\n` : `${report.empty.text(dataDir)}\n`);
      return 0;
    }
    const store = report.open(dataDir);
    try {
      const read = report.read(store, limit);
      process.stdout.write(values.json ? `${JSON.stringify(read)}\n` : `${report.format(read)}\n`);
    } finally {
      store.close();
    }
    return 0;
  };
}
