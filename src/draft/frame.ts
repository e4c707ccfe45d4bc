// The fixed parts of a reply (title, salutation, opening, headings, contact block, 抄送): built in code from the
// proposal's metadata and corpus/bureau.yml, so neither engine can get the format wrong.
import type { Bureau } from '../config.js';
import type { ProposalKind, ProposalMeta, Suggestion } from '../types.js';
import { toChineseNumeral } from '../text/numerals.js';
import { headingCoreOf } from './proposal/headings.js';

export function placeholder(what: string): string {
  return `【待补充：${what}】`;
}

/** 1 → 一, 12 → 十二, 21 → 二十一 (headings go up to 99). */
export const chineseOrdinal = toChineseNumeral;

export function roleOf(meta: ProposalMeta): '委员' | '代表' {
  return meta.role ?? (meta.kind === '建议' ? '代表' : '委员');
}

/** How many proposers: the names given, or more when the text says so ("刘某某等2位委员"). */
export function proposerCountOf(meta: ProposalMeta): number {
  return Math.max(meta.proposers.length, meta.proposerCount ?? 0);
}

/** 您 for a single proposer (or one not yet named: the salutation's placeholder is one name), 你们 otherwise (the Xuchang reply answers three members with 你们, and a body with 你们). */
export function addressOf(meta: ProposalMeta): '您' | '你们' {
  return proposerCountOf(meta) <= 1 && !meta.organisation ? '您' : '你们';
}

/** Who made the proposal, as the reply refers to them: "委员", "代表", or 你们 for a body. */
export function proposerReference(meta: ProposalMeta): string {
  return meta.organisation ? '你们' : roleOf(meta);
}

export function replyTitle(meta: ProposalMeta): string {
  const meeting = meta.meeting ?? placeholder('会议名称');
  const number = meta.number ?? placeholder('编号');
  return `对${meeting}第${number}号${meta.kind}的答复`;
}

/**
 * "郭瑞、王勇、张金国委员：" as the seed writes it; a proposal by more people than it names keeps its own words:
 * "刘某某等2位委员：".
 */
export function salutation(meta: ProposalMeta): string {
  if (meta.organisation && meta.proposers.length) return `${meta.proposers.join('、')}：`;
  const names = meta.proposers.length ? meta.proposers.join('、') : placeholder(meta.kind === '建议' ? '代表姓名' : '委员姓名');
  const count = proposerCountOf(meta);
  const more = meta.proposers.length && count > meta.proposers.length ? `等${count}位` : '';
  return `${names}${more}${roleOf(meta)}：`;
}

/**
 * "关于对我市老旧小区改造的几点建议" → "对我市老旧小区改造的几点建议"; a trailing 的提案 or 的建议 goes (a 提案 is often
 * titled "关于…的建议": the opening names the kind once, "关于“…”的提案收悉").
 */
export function titleCore(meta: ProposalMeta): string {
  if (!meta.title) return placeholder(`${meta.kind}标题`);
  let core = meta.title.replace(/^关于/, '');
  if (/的(?:提案|建议)$/u.test(core) && core.length > 4) core = core.replace(/的(?:提案|建议)$/u, '');
  return core;
}

export function opening(meta: ProposalMeta): string {
  return `${addressOf(meta)}提出的关于“${titleCore(meta)}”的${meta.kind}收悉，现答复如下：`;
}

export function sectionHeading(suggestion: Suggestion, position: number): string {
  return `${chineseOrdinal(position)}、关于${headingCoreOf(suggestion.topic)}的建议`;
}

export function nextStepsHeading(sectionCount: number): string {
  return `${chineseOrdinal(sectionCount + 1)}、下步工作安排`;
}

export function closingLine(meta: ProposalMeta): string {
  return `感谢${addressOf(meta)}对我们工作的关心和支持，欢迎继续提出宝贵意见和建议。`;
}

export function contactLines(bureau: Bureau): string[] {
  const lines = [`联系单位及电话：${bureau.contact.unit}，${bureau.contact.phone}；`];
  if (bureau.contact.person) lines.push(`联系人：${bureau.contact.person}；`);
  return lines;
}

/** 抄送 for a 提案 goes to the CPPCC committee; a 建议 goes to the people's congress office when bureau.yml lists one. */
export function ccLine(bureau: Bureau, meta: ProposalMeta): string | null {
  const list = meta.kind === '建议' && bureau.ccForSuggestions?.length ? bureau.ccForSuggestions : bureau.cc;
  return list.length ? `抄 送：${list.join('，')}。` : null;
}

/** 落款: the issuing bureau and the date the drafter fills in. */
export function signOffLines(bureau: Bureau): string[] {
  return [bureau.name, placeholder('成文日期')];
}

/** The 文号 prefix for this kind of reply, from bureau.yml (one prefix for all, or one per kind). */
export function numberPrefixOf(bureau: Bureau, kind: ProposalKind): string | undefined {
  const prefix = bureau.numberPrefix;
  return typeof prefix === 'string' ? prefix : prefix?.[kind];
}

/** "许建政协〔2026〕【待补充：文号】号"; only the placeholder when bureau.yml has no prefix for this kind. */
export function documentNumber(bureau: Bureau, kind: ProposalKind, year: number): string {
  const prefix = numberPrefixOf(bureau, kind);
  if (!prefix) return placeholder('文号');
  const head = prefix.includes('{year}') ? prefix.replaceAll('{year}', String(year)) : `${prefix}〔${year}〕`;
  return `${head}${placeholder('文号')}号`;
}
