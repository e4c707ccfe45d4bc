// The corpus file list: one walker for ingestion and for the index's freshness snapshot, so both agree on what a
// corpus document is (editing corpus/README.md or bureau.yml must not rebuild the index).
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';

const IGNORED_AT_ROOT = new Set(['readme.md', 'bureau.yml', 'bureau.yaml']);
const SILENTLY_IGNORED_EXT = new Set(['.yml', '.yaml', '.json', '.gitkeep', '.keep']);

/** Every file under `dir` (relative paths with "/"), skipping dotfiles and dot-directories, sorted. */
async function listFiles(dir: string, rel = ''): Promise<string[]> {
  const entries = await readdir(path.join(dir, rel), { withFileTypes: true });
  const out: string[] = [];
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith('.')) continue;
    const relPath = rel ? `${rel}/${entry.name}` : entry.name;
    // A loop, not push(...list): a folder of 150,000 documents would overflow the call stack as arguments.
    if (entry.isDirectory()) for (const file of await listFiles(dir, relPath)) out.push(file);
    else if (entry.isFile() || (entry.isSymbolicLink() && (await isLinkToFile(path.join(dir, relPath))))) out.push(relPath);
  }
  return out;
}

/** A symlink to a file is a document like any other; links to folders are not followed (they can loop). */
export async function isLinkToFile(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

/** Not configuration (bureau.yml), not the corpus README, not data files (.json, .yml) or placeholders (.gitkeep). */
function isCorpusCandidate(relPath: string): boolean {
  const name = relPath.toLowerCase();
  if (!name.includes('/') && IGNORED_AT_ROOT.has(name)) return false;
  return !SILENTLY_IGNORED_EXT.has(path.extname(name));
}

/** The files under `dir` that are corpus documents (supported or not), as sorted relative paths with "/". */
export async function listCorpusFiles(dir: string): Promise<string[]> {
  return (await listFiles(dir)).filter(isCorpusCandidate);
}
