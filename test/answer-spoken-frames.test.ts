// Spoken question frames ("为啥", "咋整", "啥时候", "找谁") are heard as the plain frames the question-type rules read:
// asked 为啥, the answer is the reason the text gives, or a refusal saying the text gives none — as for 为什么.
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../src/answer/index.js';
import { REASON_NOT_GIVEN } from '../src/answer/offline/strategies/reason.js';
import { plainQuestionWording } from '../src/text/spokenFrames.js';
import { testLibrary } from './support/library.js';

const PLAN = [
  '---',
  'title: 云岭市既有住宅加装电梯实施办法',
  'issuer: 云岭市住房和城乡建设局',
  'kind: policy',
  '---',
  '四、申请条件',
  '申请加装电梯须经本单元三分之二以上业主同意。为了减少邻里纠纷，低层业主可以不出资。',
  '五、验收时限',
  '电梯安装完成后30日内组织联合验收，验收合格后方可投入使用。',
  '六、术语',
  '“三无”小区是指无物业服务、无主管单位、无业主组织的住宅小区。',
  '',
].join('\n');

const t = testLibrary({ files: { 'yl_plan.txt': PLAN } });

describe('spoken question frames', () => {
  it('are rewritten to the plain frame, the topic words left as they are', () => {
    expect(plainQuestionWording('楼下一楼的不同意装电梯咋整？')).toBe('楼下一楼的不同意装电梯怎么办？');
    expect(plainQuestionWording('补贴啥时候到账，为啥这么慢')).toBe('补贴什么时候到账，为什么这么慢');
    expect(plainQuestionWording('小区想申请改造找谁报名')).toBe('小区想申请改造由谁负责报名');
    expect(plainQuestionWording('加装电梯的补贴标准是多少？')).toBe('加装电梯的补贴标准是多少？');
  });

  it('asked 为啥, the answer is the reason the text gives', async () => {
    const a = await answerQuestion(t.services, '为啥低层业主可以不出资？');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('为了减少邻里纠纷');
  });

  it('asked 为啥 of a rule the text gives no reason for, the answer says so instead of restating the rule', async () => {
    const a = await answerQuestion(t.services, '为啥电梯安装完成后要30日内组织联合验收？');
    expect(a.answered).toBe(false);
    expect(a.answer.startsWith(REASON_NOT_GIVEN)).toBe(true);
  });

  it('who passed the question on is the asker\'s framing, not a topic the library lacks', async () => {
    expect(plainQuestionWording('有居民来电问：加装电梯要多少钱？')).toBe('加装电梯要多少钱？');
    expect(plainQuestionWording('加装电梯：审批要多久？')).toBe('加装电梯：审批要多久？');
    const a = await answerQuestion(t.services, '新来的同事问：三无小区到底是哪三无？');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('无物业服务、无主管单位、无业主组织');
  });

  it('the echoed question stays as the asker wrote it', async () => {
    const a = await answerQuestion(t.services, '为啥低层业主可以不出资？');
    expect(a.question).toBe('为啥低层业主可以不出资？');
  });
});
