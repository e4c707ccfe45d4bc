import { execFile } from 'node:child_process';
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerQuestion } from '../src/answer/index.js';
import { draftReply } from '../src/draft/index.js';
import { createServices } from '../src/services.js';
import { silentLogger } from '../src/logger.js';
import type { SearcherHandle } from '../src/retrieval/index.js';
import { createTestServices, type TestServices } from './support/services.js';

const HOUSING_CHANNEL = 'C0HOUSING1';
const OTHER_CHANNEL = 'C0OTHER22';
const DM = 'D0DIRECT33';

const RESTRICTED = `---
title: "2025年保障性租赁住房内部分配方案"
kind: "policy"
channels: ["${HOUSING_CHANNEL}"]
---

一、分配对象

向新市民和青年人配售保障性租赁住房八百套，租金按同地段市场租金的百分之七十确定。
`;

const FOLDER_RULED = `---
title: "棚户区改造专项资金内部台账"
kind: "policy"
---

一、资金安排

棚户区改造专项资金本年度拨付三千六百万元，用于征收补偿和安置房建设。
`;

const RENT_QUESTION = '保障性租赁住房配售多少套？租金怎么定？';
const SHANTY_QUESTION = '棚户区改造专项资金本年度拨付了多少？';

describe('per-channel documents', () => {
  let t: TestServices;

  beforeAll(async () => {
    t = await createTestServices();
    writeFileSync(path.join(t.config.corpusDir, 'policies', 'rental_plan.txt'), RESTRICTED);
    mkdirSync(path.join(t.config.corpusDir, 'restricted'), { recursive: true });
    writeFileSync(path.join(t.config.corpusDir, 'restricted', 'shanty_ledger.txt'), FOLDER_RULED);
    appendFileSync(path.join(t.config.corpusDir, 'bureau.yml'), `channels:\n  "restricted/": ["${HOUSING_CHANNEL}"]\n`);
    // The folder rule changed: the next start rebuilds and tags the folder's documents.
    t.services = await createServices(t.config, silentLogger());
  });
  afterAll(() => t.cleanup());

  it('answers from a restricted document in its own channel, and for the operator (no channel)', async () => {
    for (const channel of [HOUSING_CHANNEL, undefined]) {
      const answer = await answerQuestion(t.services, RENT_QUESTION, [], { channel });
      expect(answer.answered, String(channel)).toBe(true);
      expect(answer.citations.map((c) => c.docId)).toContain('rental_plan');
    }
    const ruled = await answerQuestion(t.services, SHANTY_QUESTION, [], { channel: HOUSING_CHANNEL });
    expect(ruled.citations.map((c) => c.docId)).toContain('shanty_ledger');
  });

  it('never retrieves, cites or lists a restricted document in another channel or a DM', async () => {
    for (const channel of [OTHER_CHANNEL, DM]) {
      for (const question of [RENT_QUESTION, SHANTY_QUESTION, '2025年保障性租赁住房内部分配方案']) {
        const answer = await answerQuestion(t.services, question, [], { channel });
        const seen = [...answer.citations.map((c) => c.docId), ...answer.retrieved.map((r) => r.docId)];
        expect(seen, `${channel}: ${question}`).not.toContain('rental_plan');
        expect(seen, `${channel}: ${question}`).not.toContain('shanty_ledger');
        expect(answer.answer).not.toMatch(/八百套|三千六百万元/);
      }
    }
  });

  it('filters inside the recalls, so restricted chunks never take a place in the top k', async () => {
    const handle = t.services.search as SearcherHandle;
    const everyone = await handle.search(RENT_QUESTION, { k: 5 });
    expect(everyone[0].chunk.docId).toBe('rental_plan');
    const elsewhere = await handle.search(RENT_QUESTION, { k: 5, channel: OTHER_CHANNEL });
    expect(elsewhere).toHaveLength(5);
    expect(elsewhere.map((h) => h.chunk.docId)).not.toContain('rental_plan');
  });

  it('keeps restricted documents out of drafts made in another channel', async () => {
    const proposal = '关于加快保障性租赁住房建设的提案\n\n建议：一、扩大保障性租赁住房配售规模，明确租金标准。\n二、加大棚户区改造专项资金投入。';
    const elsewhere = await draftReply(t.services, { text: proposal }, { channel: OTHER_CHANNEL });
    expect(JSON.stringify(elsewhere)).not.toMatch(/rental_plan|shanty_ledger|八百套|三千六百万元/);
  });

  it('npm run ask -- --channel answers as that channel would', async () => {
    const ask = (args: string[]) =>
      new Promise<{ code: number; stdout: string }>((resolve) => {
        execFile(
          path.resolve('node_modules/.bin/tsx'),
          [path.resolve('src/cli/ask.ts'), '--json', ...args, RENT_QUESTION],
          { cwd: t.dir, env: { ...process.env, CORPUS_DIR: 'corpus', INDEX_DIR: 'index', LOG_LEVEL: 'silent' } },
          (err, stdout) => resolve({ code: err ? 1 : 0, stdout }),
        );
      });
    const [own, other, operator] = await Promise.all([ask(['--channel', HOUSING_CHANNEL]), ask(['--channel', OTHER_CHANNEL]), ask([])]);
    const cited = (run: { stdout: string }) => (JSON.parse(run.stdout).citations as { docId: string }[]).map((c) => c.docId);
    expect(cited(own)).toContain('rental_plan');
    expect(cited(operator)).toContain('rental_plan');
    expect(JSON.stringify(JSON.parse(other.stdout))).not.toContain('rental_plan');
  });
});
