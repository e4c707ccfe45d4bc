// "移交供水企业管理" where the library writes "移交市供水公司", "安装燃气泄漏报警装置" where it writes "安装燃气泄漏报警器":
// the same thing under another head noun of its kind (src/text/kindHeads.ts). The draft's gate required the ask's own
// head (企业, 报警装置 — a word the library never uses, so no passage could answer) and the reply stating the thing was
// not quoted; it is now. Only drafts read heads this way: `ask` matches a question's words as asked.
import { describe, expect, it } from 'vitest';
import { createEvidenceContext, gatherEvidence, type SuggestionEvidence } from '../src/draft/evidence.js';
import { holdsUnderKindHead, otherKindHeadForms } from '../src/text/kindHeads.js';
import { weighWording } from '../src/draft/gate.js';
import { briefingChunks, documentChunks, servicesOverChunks } from './support/services.js';

const REPLY = documentChunks('zx_no031_2024', { title: '关于加强老旧小区二次供水和燃气安全的提案的答复', number: '', kind: 'reply' }, [
  ['一、关于移交管理', '改造后的二次供水泵房移交市供水公司统一管理，实行专业运维。截至2024年5月底，已移交53座。'],
  ['二、关于燃气安全', '对改造小区内60岁以上独居老人家庭免费安装燃气泄漏报警器，2024年共安装3680台。'],
  ['三、关于物业管理', '已改造小区中引入物业服务企业的占41%，社区托管的占26%。'],
]);
const services = () => servicesOverChunks([...REPLY, ...briefingChunks()], { stats: true });

const quoted = (e: SuggestionEvidence) => [...e.policy, ...e.done, ...e.elsewhere, ...e.reference, ...e.plans].map((x) => x.sentence);

describe('a thing named with another head of its kind', () => {
  it('reads 报警器 as a 报警装置 and a 公司 as an 企业, not a stem alone or a short head for a bare one', () => {
    expect(otherKindHeadForms('报警装置')).toEqual(['报警设备', '报警器']);
    expect(otherKindHeadForms('企业')).toEqual(['公司', '集团']);
    expect(otherKindHeadForms('装置')).toEqual(['设备']);
    expect(otherKindHeadForms('物业')).toEqual([]);
  });

  it('reads a renamed form only as a word of its own: 消防器材 holds no 消防器', () => {
    expect(holdsUnderKindHead('配备消防器材1200套', '消防设备')).toBe(false);
    expect(holdsUnderKindHead('安装燃气泄漏报警器并接入平台', '报警装置')).toBe(true);
    expect(holdsUnderKindHead('安装燃气泄漏报警器。', '报警装置')).toBe(true);
  });

  it('quotes the reply that names the asked body with another head', async () => {
    const s = services();
    const evidence = await gatherEvidence(createEvidenceContext(s.search, s.config.bureau), { index: 0, topic: '改造后统一移交供水企业管理', text: '改造后统一移交供水企业管理。' });
    expect(quoted(evidence)).toContainEqual(expect.stringContaining('移交市供水公司统一管理'));
  });

  it('quotes the reply that names the asked device with another head', async () => {
    const s = services();
    const evidence = await gatherEvidence(createEvidenceContext(s.search, s.config.bureau), { index: 0, topic: '为独居老人安装燃气泄漏报警装置', text: '为独居老人安装燃气泄漏报警装置。' });
    expect(quoted(evidence)).toContainEqual(expect.stringContaining('燃气泄漏报警器'));
  });
});

describe('the wording terms the library never says', () => {
  it('still reports a term the library names only with another head of its kind as absent, as before the kind-head move', () => {
    const { absent, terms } = weighWording('安装燃气泄漏报警装置', ['对独居老人家庭免费安装燃气泄漏报警器，共安装3680台。']);
    expect(terms.map((w) => w.norm)).toContain('报警装置');
    expect(absent.has('报警装置')).toBe(true);
  });
});
