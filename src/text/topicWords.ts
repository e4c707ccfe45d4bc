// What puts a text on a topic: its distinctive words, not the policy verbs and filler every suggestion uses nor the
// housing words nearly every passage of a bureau's library holds.
import { getTokenizer } from './tokenizer.js';

/** Policy verbs and filler every suggestion uses: they do not put a heading on a suggestion's topic. */
export const GENERIC_TERMS = new Set(
  (
    '增加 加强 推进 推动 完善 建立 健全 加快 提高 提升 做好 加大 落实 开展 实施 解决 着力 进一步 积极 引导 规范 保障 强化 ' +
    '优化 促进 坚持 明确 鼓励 支持 力度 工作 问题 相关 有关 方面 情况 进行 我市 全市 部门 政府 建议 提出 实际 结合 科学 合理 有效 ' +
    '切实 不断 认真 充分 逐步 重点 主要 一是 二是 三是 同时 通过 针对 以及 推行 简化 增设 出台 制定 研究 关于 老旧 小区 老旧小区 改造 压实 责任 确保'
  ).split(/\s+/),
);

/** Housing words nearly every passage of such a library holds: sharing them does not put a quote on a topic. */
export const DOMAIN_COMMON = new Set('城镇 住房 住宅 社区 居民 群众 市民 管理 建设 项目 城市 设施 问题 小区改造 老旧小区改造 提案 委员 代表'.split(/\s+/));

/** Policy-domain words: what a bureau could be asked to act on. */
const POLICY_DOMAIN =
  /住房|住建|住宅|城建|城市|城乡|城镇|小区|社区|物业|改造|建设|规划|政策|政府|部门|机制|民生|群众|居民|设施|工程|交通|停车|环境|教育|医疗|养老|就业|产业|经济|财政|资金|补贴|补助|公积金|电梯|供水|排水|燃气|供暖|供热|污水|垃圾|绿化|道路|管网|农村|乡村|街道|棚户区|保障性|安置|拆迁|征收|房地产|租赁|消防|安全|监管|审批|治理|服务|管理|制度|标准|市场|企业|文化|旅游|生态|防汛|防涝|海绵城市|基础设施/gu;

/** How many distinct policy-domain words (POLICY_DOMAIN) a text holds. */
export function policyDomainWordCount(text: string): number {
  return new Set(text.match(POLICY_DOMAIN) ?? []).size;
}

/**
 * The distinctive words of a topic (no policy verbs, no housing words every passage holds): a vague "加强管理" has
 * none, so no section heading holding 管理 passes for its answer.
 */
export function topicWords(topic: string): string[] {
  return [...new Set(getTokenizer().terms(topic))].filter((t) => t.length >= 2 && !GENERIC_TERMS.has(t) && !DOMAIN_COMMON.has(t));
}

