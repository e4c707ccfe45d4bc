// Who made the proposal, in every form a header or a news report writes it: "提案人：张某、刘某", "张某、刘某委员",
// "刘某某等2位委员", "市人大代表 李某", "市政协委员周某某建议…", "领衔代表：王燕". The count decides 您 or 你们.
import { chineseNumberValue } from '../../text/numerals.js';
import { looksLikePersonName } from '../../text/personNames.js';
import { PROPOSER_LABEL } from './header.js';

export type Role = '委员' | '代表';

export interface Proposers {
  names: string[];
  /** The proposer is a body (a party's committee, a 界别, a people's organisation), not a person. */
  organisation?: boolean;
  /** How many proposers there are: "刘某某等2位委员" names one and counts two. */
  count: number;
  role: Role | null;
}

const NAME = String.raw`[\p{Script=Han}·]{2,4}`;
/** Words that stand where a name would but are not one ("部分委员", "与会代表", "市政协委员"). */
const NOT_A_NAME = /政协|人大|委员|代表|会议|全体|部分|多位|多名|与会|广大|各位|有关|相关|列席|其他|主席|本报|记者|提案|建议|界别|我市|全市|本市|联名|附议|领衔|党派|民盟|民建|民进|农工|九三|致公|台盟|民革|工商联|单位|部门|政府|^[省市区县]|[省市区县]$/u;
const COUNT = String.raw`([0-9０-９]+|[一二两三四五六七八九十]+)`;
/** "张某、刘某委员", "刘某某等2位委员", "王燕等5名市人大代表" (a whole line, or a sentence's subject). */
const NAMES_THEN_ROLE = new RegExp(
  String.raw`^((?:${NAME}\s*[、，,]\s*)*${NAME}?)\s*(?:等\s*${COUNT}?\s*[位名人]?)?\s*(?:全国|省|市|区|县)?(?:政协|人大)?(委员|代表)(?!会|大会)`,
  'u',
);
/** "市人大代表 李某", "市政协委员周某某". */
const ROLE_THEN_NAME = new RegExp(String.raw`(?:全国|省|市|区|县)?(政协|人大)(委员|代表)\s*([\p{Script=Han}·]{0,4})`, 'u');
/** What follows a proposer named inside a sentence: speaking, or going to see ("市政协委员某某到甲区调研"). */
// Not built from ASKING_WORDS (clauses.ts): these are what a report says a named person did (spoke, proposed, went to
// see), of which 建议 and 呼吁 are two; 希望 and 恳请 are left out, as adding them would change which names count as proposers.
const SPEAKS = /^(?:等|建议|提出|认为|表示|呼吁|指出|说|带来|提交|联名|在|也|就|调研|到|赴|走访|视察|深入|来到|前往|参加|针对|围绕|关注|：|:|，|,|\s|$)/u;
/** "A市人大代表", "甲区政协委员": a place run straight into the role, not a name ("王燕等5名市人大代表" has 等). */
const PLACE_BEFORE_ROLE = /^[\p{Script=Han}]{2,4}(?:省|市|区|县)(?:政协|人大)(?:委员|代表)/u;

function validName(name: string): boolean {
  // "赵强等代表": 等 closes a list of names, it does not end one.
  return /^[\p{Script=Han}·]{2,4}$/u.test(name) && !NOT_A_NAME.test(name) && !name.endsWith('等');
}

function addNames(into: string[], names: string[]): void {
  for (const name of names) if (validName(name) && !into.includes(name)) into.push(name);
}

/** "郭瑞、王勇、张金国（市政协委员）", "刘某某等2位委员": the names and, when given, the count and role. */
function readLabelValue(value: string): { names: string[]; count: number | null; role: Role | null } {
  const role: Role | null = /代表/u.test(value) ? '代表' : /委员/u.test(value) ? '委员' : null;
  const countMatch = value.match(new RegExp(`等\\s*${COUNT}\\s*[位名人]`, 'u'));
  const count = countMatch ? (chineseNumberValue(countMatch[1]) ?? null) : null;
  const names = value
    .replace(/[（(][^）)]*[）)]/gu, ' ')
    .replace(/等\s*[0-9０-９一二两三四五六七八九十]*\s*[名位人]?.*$/u, '')
    .split(/[、，,；;\s]+/u)
    .map((n) => n.replace(/(?:全国|省|市|区|县)?(?:政协|人大)?(?:委员|代表)$/u, '').trim())
    .filter(validName);
  return { names, count, role };
}

/** A name directly before the role word, taken from the end of a run of text ("市政协委员周某某" has none). */
function namesThenRole(text: string): { names: string[]; count: number | null; role: Role } | null {
  const m = text.match(NAMES_THEN_ROLE);
  if (!m || PLACE_BEFORE_ROLE.test(m[0])) return null;
  const names = m[1].split(/\s*[、，,]\s*/u).filter((name, i, all) => validName(name) && (i === all.length - 1 || !closedByComma(m[1], name) || looksLikePersonName(name)));
  if (!names.length) return null;
  return { names, count: m[2] ? (chineseNumberValue(m[2]) ?? null) : null, role: m[3] as Role };
}

/**
 * "为此，孙某委员建议", "同时，王燕代表…": a comma also closes the clause before a sentence's subject, so a word
 * before one is a name only when it reads as a person's (names in a list are joined by 、).
 */
function closedByComma(run: string, name: string): boolean {
  return new RegExp(`${name}\\s*[，,]`, 'u').test(run);
}

/**
 * A proposing body as a 提案人 field writes it: a democratic party or people's organisation (民进市委会, 九三学社某市委,
 * 市工商联, 市妇联) or a sector or group (农工党界别, 经济界别小组). Its name is not a person's.
 */
const ORGANISATION = /^[\p{Script=Han}（）()·]{1,24}?(?:民革|民盟|民建|民进|农工|致公|九三|台盟|工商联|总工会|妇联|共青团|团市委|团县委|科协|侨联|台联|青联|文联)[\p{Script=Han}（）()·]{0,16}$|^(?:民革|民盟|民建|民进|农工党?|致公党|九三学社|台盟|工商联|总工会|妇联|共青团|科协|侨联|台联|青联|文联)[\p{Script=Han}（）()·]{0,16}$|^[\p{Script=Han}]{2,12}(?:界别|界别小组|委员会|市委会|县委会|区委会|支部|小组)$/u;

/** "提案人：民进市委会": one body, named as written. */
function organisationOf(value: string): string | null {
  const name = value.replace(/[（(][^）)]*[）)]\s*$/u, '').trim();
  // "王民进" is a person: a body's name is longer, or opens with its level (市妇联).
  const bodyLength = name.length >= 4 || /^[省市县区]/u.test(name);
  return bodyLength && ORGANISATION.test(name) && !/、|，|,/u.test(name) ? name : null;
}

/**
 * Proposers from labelled header fields first; without them, from unlabelled header lines ("张某、刘某委员") and
 * from sentences that name a member or deputy speaking ("市政协委员周某某建议，…").
 */
export function findProposers(lines: string[]): Proposers {
  const names: string[] = [];
  let count: number | null = null;
  let role: Role | null = null;
  for (const line of lines.slice(0, 20)) {
    const m = line.match(PROPOSER_LABEL);
    if (!m) continue;
    const body = names.length ? null : organisationOf(m[1]);
    if (body) return { names: [body], count: 1, role: null, organisation: true };
    const value = readLabelValue(m[1]);
    if (/代\s*表/u.test(line) || value.role === '代表') role = '代表';
    else if (/委\s*员|提\s*案/u.test(line) || value.role === '委员') role ??= '委员';
    addNames(names, value.names);
    if (value.count) count = Math.max(count ?? 0, value.count);
  }
  if (!names.length) {
    for (const line of lines.slice(0, 12)) readUnlabelled(line, names, (c) => (count = Math.max(count ?? 0, c)), (r) => (role ??= r));
  }
  if (!names.length) {
    const body = bareOrganisationLine(lines);
    if (body) return { names: [body], count: 1, role: null, organisation: true };
    addNames(names, bareNameLine(lines));
  }
  if (!names.length) {
    for (const sentence of lines.join('\n').split(/[。！？\n]/u)) {
      readUnlabelled(sentence.trim(), names, (c) => (count = Math.max(count ?? 0, c)), (r) => (role ??= r));
      if (names.length) break;
    }
  }
  return { names, count: Math.max(count ?? 0, names.length), role };
}

function readUnlabelled(text: string, names: string[], onCount: (n: number) => void, onRole: (r: Role) => void): void {
  const before = names.length;
  const subject = namesThenRole(text);
  if (subject && SPEAKS.test(text.slice(text.match(NAMES_THEN_ROLE)![0].length))) {
    addNames(names, subject.names);
    if (names.length > before) {
      onRole(subject.role);
      if (subject.count) onCount(subject.count);
      return;
    }
  }
  const roleFirst = [...text.matchAll(new RegExp(ROLE_THEN_NAME.source, 'gu'))];
  for (const m of roleFirst) {
    const found = namesAfterRole(text.slice((m.index ?? 0) + m[0].length - m[3].length));
    if (found.length) {
      addNames(names, found);
      onRole(m[2] as Role);
      if (found.length > 1) onCount(found.length);
      return;
    }
  }
}

/**
 * "吴某某、郑某某联名提交…", "周某某建议…": names listed after the role word. Every name but the last is closed by
 * 、; the last is the shortest run of 2–4 characters followed by what a speaker does, or the end of the line.
 */
function namesAfterRole(tail: string): string[] {
  const listed: string[] = [];
  let rest = tail.replace(/^\s+/u, '');
  for (let m = rest.match(LISTED_NAME); m && validName(m[1]); m = rest.match(LISTED_NAME)) {
    listed.push(m[1]);
    rest = rest.slice(m[0].length);
  }
  const run = rest.match(/^[\p{Script=Han}·]{0,4}/u)?.[0] ?? '';
  for (let len = 2; len <= run.length; len++) {
    const name = run.slice(0, len);
    if (validName(name) && SPEAKS.test(rest.slice(len))) return [...listed, name];
  }
  return [];
}
const LISTED_NAME = /^([\p{Script=Han}·]{2,4})\s*、\s*/u;

/** Lines before the body that may carry a bare name: the few right under the title. */
const BARE_NAME_LINES = 3;

/**
 * "关于…的提案\n\n欧阳晨\n\n我市…": a line under the title holding only a name (or names joined by 、, or set apart
 * by spaces as a form aligns them: "衡建军\u3000郜玉洁"), with no label or role word, names the proposer. Spaces inside one
 * name ("王\u3000明") keep it one name.
 */
function bareNameLine(lines: string[]): string[] {
  const head = lines.map((l) => l.trim()).filter(Boolean).slice(1, 1 + BARE_NAME_LINES);
  for (const line of head) {
    for (const separator of [/[、，,]/u, /[、，,\s\u3000]+/u]) {
      const parts = line.split(separator).map((p) => p.replace(/[\s\u3000]+/gu, ''));
      if (parts.every((p) => looksLikePersonName(p) && validName(p))) return parts;
    }
  }
  return [];
}

/** "关于…的提案\n\n民盟市委会\n\n…": a proposing body on its own line under the title. */
function bareOrganisationLine(lines: string[]): string | null {
  for (const line of lines.map((l) => l.trim()).filter(Boolean).slice(1, 1 + BARE_NAME_LINES)) {
    const body = organisationOf(line);
    if (body) return body;
  }
  return null;
}
