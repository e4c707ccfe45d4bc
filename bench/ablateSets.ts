// `node --import tsx bench/ablateSets.ts OUTDIR configs.json [set…]`: the tune questions of every evaluation set (or
// the sets named), once per configuration of search knobs ({"name": {…SearchTuning overrides}}), each set's index built
// once. Writes OUTDIR/<name>/<set>-qa-tune.json, the reports `npm run eval` writes, for sumdir/qdiff.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createLogger } from '../src/logger.js';
import { evaluate, openEvalServices } from '../src/eval/evaluate.js';
import { loadQuestionSet, type EvalQuestion } from '../src/eval/questions.js';
import { DEFAULT_QA_FILES, UNSEEN_CORPUS_DIR } from '../src/cli/eval.js';
import { SEARCH_DEFAULTS, withTuning, type SearchTuning } from '../src/retrieval/searchDefaults.js';
import { EVAL_SETS } from './evalSets.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const [outDir, configFile, ...only] = process.argv.slice(2);
const configs = JSON.parse(readFileSync(configFile, 'utf8')) as Record<string, Partial<SearchTuning>>;
const original = withTuning({});
const logger = createLogger('error');

function questionsOf(files: string[]): EvalQuestion[] {
  const seen = new Set<string>();
  return files
    .flatMap((file) =>
      loadQuestionSet(file).map((q) => {
        const id = seen.has(q.id) ? `${path.basename(file, '.jsonl')}:${q.id}` : q.id;
        seen.add(id);
        return { ...q, id };
      }),
    )
    .filter((q) => !q.split || q.split === 'tune');
}

for (const set of EVAL_SETS.filter((s) => !s.heldOutWhole && (!only.length || only.includes(s.name)))) {
  const dir = path.join(ROOT, 'test/fixtures/eval', set.name);
  const isV2 = set.name === 'qa-v2';
  const questions = questionsOf(isV2 ? DEFAULT_QA_FILES.filter((f) => existsSync(f)) : [path.join(dir, 'qa.jsonl')]);
  const extra = isV2 && questions.some((q) => q.corpus === 'unseen') ? [UNSEEN_CORPUS_DIR] : [];
  const { services, dispose } = await openEvalServices({ corpusDir: isV2 ? undefined : path.join(dir, 'corpus'), extraCorpusDirs: extra, cwd: ROOT, logger });
  try {
    for (const [name, overrides] of Object.entries(configs)) {
      Object.assign(SEARCH_DEFAULTS, withTuning({ ...original, ...overrides }));
      const report = await evaluate({ services, questions, proposals: [], qaFile: 'ablation', proposalsDir: null });
      mkdirSync(path.join(outDir, name), { recursive: true });
      writeFileSync(path.join(outDir, name, `${set.name}-qa-tune.json`), `${JSON.stringify(report)}\n`);
    }
  } finally {
    Object.assign(SEARCH_DEFAULTS, original);
    dispose();
  }
  process.stderr.write(`${set.name} done\n`);
}
