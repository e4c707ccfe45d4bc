// `npm run draft` contract: bad input exits 2 with a Chinese message; --json prints the DESIGN.md object; --docx writes.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..');
const FIXTURE = path.join(ROOT, 'test', 'fixtures', 'proposals', 'xuchang_style_tian.txt');
const dir = mkdtempSync(path.join(tmpdir(), 'draft-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function runDraft(args: string[], input?: Buffer | string) {
  const env: NodeJS.ProcessEnv = { ...process.env, CORPUS_DIR: path.join(ROOT, 'corpus'), INDEX_DIR: path.join(dir, 'index'), DATA_DIR: path.join(dir, 'data'), LOG_LEVEL: 'silent' };
  for (const key of ['OPENAI_API_KEY', 'OPENAI_BASE_URL', 'SLACK_BOT_TOKEN', 'SLACK_APP_TOKEN', 'SLACK_SIGNING_SECRET']) delete env[key];
  return spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'src', 'cli', 'draft.ts'), ...args], {
    cwd: ROOT,
    env,
    input,
    encoding: 'utf8',
    timeout: 120_000,
  });
}

describe('npm run draft', () => {
  it('rejects empty, oversized and binary input with exit 2 and a Chinese message', () => {
    const empty = runDraft(['--file', '-'], '   \n');
    expect(empty.status).toBe(2);
    expect(empty.stderr).toMatch(/为空/);

    const huge = path.join(dir, 'huge.txt');
    writeFileSync(huge, '老旧小区改造。'.repeat(8000));
    const tooLong = runDraft(['--file', huge]);
    expect(tooLong.status).toBe(2);
    expect(tooLong.stderr).toMatch(/过长/);

    const binary = path.join(dir, 'proposal.txt');
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02, 0x00, 0xff, 0x00]));
    const bin = runDraft(['--file', binary]);
    expect(bin.status).toBe(2);
    expect(bin.stderr).toMatch(/二进制/);
    expect(bin.stdout).toBe('');
  });

  it('refuses a text that is no proposal with exit 2, a Chinese message and nothing on stdout', () => {
    const run = runDraft(['--json', '--file', path.join(ROOT, 'test', 'fixtures', 'proposals', 'shapes', 'not_proposal_weather.txt')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/不是提案或建议/);
    expect(run.stdout).toBe('');
  });

  it('answers the title in one section with a notice when the proposal has no recognisable suggestion', () => {
    const run = runDraft(['--json', '--file', path.join(ROOT, 'test', 'fixtures', 'proposals', 'shapes', 'no_suggestion_tian.txt')]);
    expect(run.status, run.stderr).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result.draft.sections.map((s: { heading: string }) => s.heading)).toEqual(['一、关于城镇燃气管道老化更新改造的建议']);
    expect(result.notice).toMatch(/未能.*识别.*建议/);
    expect(result.draft.salutation).toBe('王强委员：');
  });

  it('prints the JSON contract and writes the .docx when flags combine', () => {
    const docx = path.join(dir, 'out.docx');
    const run = runDraft(['--file', FIXTURE, '--json', '--docx', docx]);
    expect(run.status).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result.meta).toMatchObject({ title: '关于对我市老旧小区改造的几点建议', number: '104', meeting: '市七届政协四次会议', proposers: ['郭瑞', '王勇', '张金国'], kind: '提案' });
    expect(result.suggestions).toHaveLength(4);
    expect(result.draft.sections.map((s: { heading: string }) => s.heading)[3]).toBe('四、关于保障老旧小区改造资金供给的建议');
    expect(result.draft.sections[3].citations[0]).toEqual(
      expect.objectContaining({ n: expect.any(Number), docId: expect.any(String), title: expect.any(String), section: expect.any(String), quote: expect.any(String) }),
    );
    expect(result.draft.nextSteps.heading).toBe('五、下步工作安排');
    // What comes next is said once, under 下步工作安排, not at the end of every section.
    for (const section of result.draft.sections) expect(section.paragraphs.join('')).not.toMatch(/下一步/);
    expect(result.draft.contact[0]).toContain('2169961');
    expect(result.text).toContain('郭瑞、王勇、张金国委员：');
    expect(existsSync(docx)).toBe(true);
    expect(readFileSync(docx).subarray(0, 2).toString()).toBe('PK');
  });

  it('prints an outline from stdin', () => {
    const run = runDraft(['--outline', '--file', '-'], readFileSync(FIXTURE));
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('【提纲】对市七届政协四次会议第104号提案的答复');
    expect(run.stdout).toContain('五、下步工作安排');
  });

  it('fills the contract\'s draft object for --outline --json and writes the outline as .docx', () => {
    const docx = path.join(dir, 'outline.docx');
    const run = runDraft(['--outline', '--json', '--docx', docx, '--file', FIXTURE]);
    expect(run.status, run.stderr).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result.draft.title).toBe('对市七届政协四次会议第104号提案的答复');
    expect(result.draft.sections).toHaveLength(result.suggestions.length);
    for (const section of result.draft.sections) {
      expect(section.heading).toMatch(/^[一二三四五六七八九十]+、关于.+的建议$/);
      expect(section.paragraphs.length).toBeGreaterThan(0);
    }
    // The outline's points keep their sources as the section's citations.
    expect(result.draft.sections.flatMap((s: { citations: unknown[] }) => s.citations).length).toBeGreaterThan(0);
    expect(result.draft.nextSteps.heading).toBe('五、下步工作安排');
    expect(result.outline.sections).toHaveLength(result.suggestions.length);
    expect(readFileSync(docx).subarray(0, 2).toString()).toBe('PK');
  });

  it('creates the folders of a --docx path, and reports a path it cannot write with exit code 1', () => {
    const docx = path.join(dir, '新建 文件夹', '答复.docx');
    const ok = runDraft(['--file', FIXTURE, '--docx', docx]);
    expect(ok.status, ok.stderr).toBe(0);
    expect(readFileSync(docx).subarray(0, 2).toString()).toBe('PK');
    const bad = runDraft(['--file', FIXTURE, '--docx', dir]);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('无法写入 .docx 文件');
    expect(bad.stderr).toContain('这是一个文件夹');
    // A file where a folder of the path should be: said in Chinese, not as Node's EEXIST/ENOTDIR.
    const underFile = runDraft(['--file', FIXTURE, '--docx', path.join(docx, '答复.docx')]);
    expect(underFile.status).toBe(1);
    expect(underFile.stderr).toContain('路径中有一级不是文件夹');
    expect(underFile.stderr).not.toMatch(/EEXIST|ENOTDIR/);
  });

  it('prints the usage on stdout with exit code 0 for --help', () => {
    const help = runDraft(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('用法');
  });
});
