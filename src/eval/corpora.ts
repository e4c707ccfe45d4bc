// Evaluation corpora assembled in a temporary folder: the configured corpus plus extra folders (e.g. the unseen
// fixtures), optionally without some documents (the leave-documents-out check).
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** docId of a corpus file as the loader assigns it when names are unique: the file name without extension. */
function docIdOfFile(file: string): string {
  return path.basename(file, path.extname(file));
}

export interface AssembledCorpus {
  dir: string;
  dispose(): void;
}

/**
 * Copies `base` and each folder of `extra` (as a sub-folder named after it) into a fresh temporary folder, leaving
 * out files whose docId is in `exclude`.
 */
export function assembleCorpus(base: string, extra: string[] = [], exclude: ReadonlySet<string> = new Set()): AssembledCorpus {
  const root = mkdtempSync(path.join(os.tmpdir(), 'reply-desk-eval-corpus-'));
  const dir = path.join(root, 'corpus');
  const keep = (source: string) => !exclude.has(docIdOfFile(source)) || path.extname(source) === '';
  try {
    cpSync(base, dir, { recursive: true, filter: keep });
    for (const folder of extra) cpSync(folder, path.join(dir, path.basename(folder)), { recursive: true, filter: keep });
  } catch (err) {
    rmSync(root, { recursive: true, force: true });
    throw err;
  }
  return { dir, dispose: () => rmSync(root, { recursive: true, force: true }) };
}

/** The fixed leave-out rule: every `every`-th document of the sorted docIds (the `every`-th, the 2×`every`-th, …). */
export function documentsLeftOut(docIds: Iterable<string>, every: number): string[] {
  return [...new Set(docIds)].sort().filter((_, i) => (i + 1) % every === 0);
}
