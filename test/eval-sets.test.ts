import { describe, expect, it } from 'vitest';
import { evalArguments, plannedRuns } from '../bench/evalSets.js';

describe('eval:sets: which data each split runs', () => {
  it('never runs the holdout for tuning, and runs only the tune halves of the other sets', () => {
    const runs = plannedRuns('tune', ['qa', 'draft'], '/tmp/x');
    expect(runs.map((r) => r.set.name)).not.toContain('holdout');
    expect(runs.map((r) => r.set.name)).not.toContain('bureau49');
    expect(runs.map((r) => r.set.name)).toEqual(
      expect.arrayContaining(['bureau5', 'bureau6', 'bureau7', 'bureau8', 'bureau9', 'bureau10', 'bureau11', 'bureau12', 'bureau13', 'bureau14', 'bureau15', 'bureau16', 'bureau17', 'bureau18', 'bureau19', 'bureau20', 'bureau21', 'bureau22', 'bureau23', 'bureau24', 'bureau25', 'bureau26', 'bureau27', 'bureau28', 'bureau29', 'bureau30', 'bureau31', 'bureau32', 'bureau33', 'bureau34', 'bureau35', 'bureau36', 'bureau37', 'bureau38', 'bureau39', 'bureau40', 'bureau41', 'bureau42', 'bureau43', 'bureau44', 'bureau45', 'bureau46', 'bureau47', 'bureau48']),
    );
    for (const run of runs) expect(evalArguments(run)).toEqual(expect.arrayContaining(['--split', 'tune']));
  });

  it('reports the held-back halves and the whole holdout', () => {
    const runs = plannedRuns('report', ['qa'], '/tmp/x');
    const holdout = runs.find((r) => r.set.name === 'holdout');
    expect(holdout && evalArguments(holdout)).not.toContain('--split');
    const bureau49 = runs.find((r) => r.set.name === 'bureau49');
    expect(bureau49 && evalArguments(bureau49)).not.toContain('--split');
    for (let n = 2; n <= 48; n += 1) {
      const bureau = runs.find((r) => r.set.name === `bureau${n}`);
      expect(bureau && evalArguments(bureau)).toEqual(expect.arrayContaining(['--split', 'report']));
    }
    const bureau4 = runs.find((r) => r.set.name === 'bureau4');
    expect(bureau4 && evalArguments(bureau4)).toEqual(
      expect.arrayContaining(['--corpus', 'test/fixtures/eval/bureau4/corpus', '--qa', 'test/fixtures/eval/bureau4/qa.jsonl', '--split', 'report']),
    );
  });

  it('turns the confidence gate off in every run only when asked (--ungated, the data a refit needs)', () => {
    for (const run of plannedRuns('tune', ['qa'], '/tmp/x')) expect(evalArguments(run)).not.toContain('--ungated');
    for (const run of plannedRuns('tune', ['qa'], '/tmp/x', true)) expect(evalArguments(run)).toContain('--ungated');
  });
});
