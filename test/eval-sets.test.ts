import { describe, expect, it } from 'vitest';
import { evalArguments, plannedRuns } from '../bench/evalSets.js';

describe('eval:sets: which data each split runs', () => {
  it('never runs the holdout for tuning, and runs only the tune halves of the other sets', () => {
    const runs = plannedRuns('tune', ['qa', 'draft'], '/tmp/x');
    expect(runs.map((r) => r.set.name)).not.toContain('holdout');
    expect(runs.map((r) => r.set.name)).not.toContain('bureau20');
    expect(runs.map((r) => r.set.name)).toEqual(
      expect.arrayContaining(['bureau5', 'bureau6', 'bureau7', 'bureau8', 'bureau9', 'bureau10', 'bureau11', 'bureau12', 'bureau13', 'bureau14', 'bureau15', 'bureau16', 'bureau17', 'bureau18', 'bureau19']),
    );
    for (const run of runs) expect(evalArguments(run)).toEqual(expect.arrayContaining(['--split', 'tune']));
  });

  it('reports the held-back halves and the whole holdout', () => {
    const runs = plannedRuns('report', ['qa'], '/tmp/x');
    const holdout = runs.find((r) => r.set.name === 'holdout');
    expect(holdout && evalArguments(holdout)).not.toContain('--split');
    const bureau7 = runs.find((r) => r.set.name === 'bureau7');
    expect(bureau7 && evalArguments(bureau7)).toEqual(expect.arrayContaining(['--split', 'report']));
    const bureau8 = runs.find((r) => r.set.name === 'bureau8');
    expect(bureau8 && evalArguments(bureau8)).toEqual(expect.arrayContaining(['--split', 'report']));
    const bureau9 = runs.find((r) => r.set.name === 'bureau9');
    expect(bureau9 && evalArguments(bureau9)).toEqual(expect.arrayContaining(['--split', 'report']));
    const bureau10 = runs.find((r) => r.set.name === 'bureau10');
    expect(bureau10 && evalArguments(bureau10)).toEqual(expect.arrayContaining(['--split', 'report']));
    const bureau11 = runs.find((r) => r.set.name === 'bureau11');
    expect(bureau11 && evalArguments(bureau11)).toEqual(expect.arrayContaining(['--split', 'report']));
    const bureau12 = runs.find((r) => r.set.name === 'bureau12');
    expect(bureau12 && evalArguments(bureau12)).toEqual(expect.arrayContaining(['--split', 'report']));
    const bureau13 = runs.find((r) => r.set.name === 'bureau13');
    expect(bureau13 && evalArguments(bureau13)).toEqual(expect.arrayContaining(['--split', 'report']));
    const bureau14 = runs.find((r) => r.set.name === 'bureau14');
    expect(bureau14 && evalArguments(bureau14)).toEqual(expect.arrayContaining(['--split', 'report']));
    const bureau15 = runs.find((r) => r.set.name === 'bureau15');
    expect(bureau15 && evalArguments(bureau15)).toEqual(expect.arrayContaining(['--split', 'report']));
    const bureau16 = runs.find((r) => r.set.name === 'bureau16');
    expect(bureau16 && evalArguments(bureau16)).toEqual(expect.arrayContaining(['--split', 'report']));
    const bureau17 = runs.find((r) => r.set.name === 'bureau17');
    expect(bureau17 && evalArguments(bureau17)).toEqual(expect.arrayContaining(['--split', 'report']));
    const bureau18 = runs.find((r) => r.set.name === 'bureau18');
    expect(bureau18 && evalArguments(bureau18)).toEqual(expect.arrayContaining(['--split', 'report']));
    const bureau19 = runs.find((r) => r.set.name === 'bureau19');
    expect(bureau19 && evalArguments(bureau19)).toEqual(expect.arrayContaining(['--split', 'report']));
    const bureau20 = runs.find((r) => r.set.name === 'bureau20');
    expect(bureau20 && evalArguments(bureau20)).not.toContain('--split');
    const bureau4 = runs.find((r) => r.set.name === 'bureau4');
    expect(bureau4 && evalArguments(bureau4)).toEqual(
      expect.arrayContaining(['--corpus', 'test/fixtures/eval/bureau4/corpus', '--qa', 'test/fixtures/eval/bureau4/qa.jsonl', '--split', 'report']),
    );
  });
});
