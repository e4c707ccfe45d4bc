// "西城区加装电梯每台补助10万元，东城区也有吗？" where 东城区's own rule says "我区…每台补助12万元，比西城区高2万元": the
// place a sentence measures itself against is not the place it speaks of, so 东城区's side is answered from its own rule
// instead of "现有文件中没有找到东城区的相关内容".
import { describe, expect, it } from 'vitest';
import { withoutComparedAgainst } from '../src/text/index.js';
import { testLibrary } from './support/library.js';
import { policyFile } from './support/ownCity.js';

const t = testLibrary({
  files: {
    'east.txt': policyFile('东城区既有住宅加装电梯补助实施细则', '红石市东城区住房和城乡建设局', ['第三条 我区对既有住宅加装电梯每台补助12万元，比西城区高2万元。']),
    'west.txt': policyFile('西城区既有住宅加装电梯补助办法', '红石市西城区住房和城乡建设局', ['第三条 西城区对既有住宅加装电梯每台补助10万元。']),
  },
});

describe('a district’s sentence comparing itself with another place', () => {
  it('leaves out only the place compared against', () => {
    expect(withoutComparedAgainst('我区每台补助12万元，比西城区高2万元')).not.toContain('西城区');
    expect(withoutComparedAgainst('与城东区相比，我区补助更多')).not.toContain('城东区');
    expect(withoutComparedAgainst('西城区对加装电梯每台补助10万元')).toContain('西城区');
  });

  it('answers the district’s side from its own rule', async () => {
    const a = await t.ask('西城区加装电梯每台补助10万元，东城区也有吗？');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('10万元');
    expect(a.answer).toContain('12万元');
    expect(a.citations.map((c) => c.title)).toContain('东城区既有住宅加装电梯补助实施细则');
  });
});
