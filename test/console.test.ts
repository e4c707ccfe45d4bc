// The console chat driven through its stdin: by a stream in-process, and as `npm start` with no Slack settings.
import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { runConsole } from '../src/console/index.js';
import { testLibrary } from './support/library.js';
import { createTestServices, REPO_ROOT } from './support/services.js';

const PROPOSAL_LINES = [
  '关于加强老旧小区改造后长效管理的提案',
  '提案人：赵丽委员',
  '老旧小区改造后缺乏物业服务。建议：一是建立长效管理机制；二是推动专业化物业服务进入老旧小区；三是简化维修资金使用程序。',
];

const ts = testLibrary();

async function chat(lines: string[], draftsDir: string | null = null): Promise<string> {
  const input = new PassThrough();
  const output = new PassThrough();
  let text = '';
  output.on('data', (c: Buffer) => (text += c.toString('utf8')));
  const done = runConsole(ts.services, { input, output, interactive: false, draftsDir });
  input.end(`${lines.join('\n')}\n`);
  await done;
  return text;
}

describe('console chat', () => {
  it('answers a question with numbered sources, then a follow-up in its context', async () => {
    const out = await chat(['牡丹江市2022年老旧小区改造实施方案有哪些内容？', '计划改造多少个小区？', '/quit', '这一行不会被处理']);
    expect(out).toContain('来源：');
    expect(out).toMatch(/\[1\] .*牡丹江/);
    const followUp = out.split('正在检索资料…')[2];
    expect(followUp).toMatch(/牡丹江/);
    expect(out.split('正在检索资料…')).toHaveLength(3);
  });

  it('drafts an outline from text pasted over several lines, ended by a line with "."', async () => {
    const out = await chat(['/reply-outline', ...PROPOSAL_LINES, '.', '/help']);
    expect(out).toContain('请粘贴提案');
    expect(out).toContain('【提纲】');
    expect(out).toContain('赵丽委员：');
    expect(out).toMatch(/一、关于建立长效管理机制的建议/);
    expect(out).toContain('/draft-reply');
  });

  it('keeps blank lines inside a paste: the proposal ends only at a line with "。" (or "." or /end)', async () => {
    const paste = ['关于加强老旧小区停车管理的提案', '', '提案人：张华、刘芳委员', '', '老旧小区停车难。', '', '建议：一是挖潜增设停车泊位；二是推行错时共享停车。', '', '。'];
    const out = await chat(['/reply-outline', ...paste, '/quit']);
    expect(out).toContain('张华、刘芳委员：');
    expect(out).toContain('一、关于挖潜增设停车泊位的建议');
    expect(out).toContain('二、关于推行错时共享停车的建议');
    // No line of the paste was taken for a question.
    expect(out).not.toContain('正在检索资料…');
  });

  it('says politely that a text is no proposal and drafts nothing', async () => {
    const out = await chat(['/draft-reply 今天天气不错，我们去公园散步吧', '/reply-outline', '今天天气不错', '', '我们去公园散步吧', '/end']);
    expect(out.match(/不是提案或建议/g)).toHaveLength(2);
    expect(out).not.toContain('正在起草答复');
    expect(out).not.toContain('【提纲】');
  });

  it('drafts a full reply from one line and saves the .docx; refuses an empty paste with a message', async () => {
    const dir = path.join(ts.dir, 'drafts');
    const out = await chat([`/draft-reply ${PROPOSAL_LINES.join(' ')}`, '/draft-reply', '', '   ', '.', '/bogus'], dir);
    expect(out).toMatch(/下步工作安排/);
    const files = readdirSync(dir);
    expect(files.filter((f) => f.endsWith('.docx'))).toHaveLength(1);
    expect(out).toContain(`Word 文件已保存：${path.join(dir, files[0])}`);
    expect(out).toMatch(/为空|空白|没有内容|请输入|请粘贴/);
    expect(out).toContain('未知命令 /bogus');
  });
});

describe('npm start without Slack settings', () => {
  it('runs the console over stdin and answers', async () => {
    const child = spawn(process.execPath, [path.join(REPO_ROOT, 'node_modules/tsx/dist/cli.mjs'), path.join(REPO_ROOT, 'src/main.ts')], {
      cwd: ts.dir,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, CORPUS_DIR: 'corpus', INDEX_DIR: 'index', DATA_DIR: 'data', LOG_LEVEL: 'silent' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString('utf8')));
    child.stdin.end('老旧小区改造的内容分成哪几类？\n/quit\n');
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(0);
    expect(out).toMatch(/基础类/);
    expect(out).toMatch(/\[1\] /);
  });

  it('stops with a readable message naming what is missing when Slack settings are half set', async () => {
    const child = spawn(process.execPath, [path.join(REPO_ROOT, 'node_modules/tsx/dist/cli.mjs'), path.join(REPO_ROOT, 'src/main.ts')], {
      cwd: ts.dir,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, CORPUS_DIR: 'corpus', INDEX_DIR: 'index', SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let err = '';
    child.stderr.on('data', (c: Buffer) => (err += c.toString('utf8')));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(2);
    expect(err).toContain('PORT');
    expect(existsSync(path.join(ts.dir, 'data', 'feedback.sqlite'))).toBe(false);
  });
});

describe('console chat with a model', () => {
  it('prints the answer as the model streams it, then its sources', async () => {
    const { startFakeOpenAI } = await import('./support/fakeOpenAI.js');
    const model = await startFakeOpenAI({ chat: () => ({ chunks: ['许昌2019年', '完成了434个', '老庭院改造提升目标任务[', '1]。'] }) });
    const withModel = await createTestServices({ env: { OPENAI_BASE_URL: model.baseURL, LLM_TIMEOUT_MS: '2000', LLM_MAX_RETRIES: '0' } });
    try {
      const input = new PassThrough();
      const output = new PassThrough();
      const pieces: string[] = [];
      output.on('data', (c: Buffer) => pieces.push(c.toString('utf8')));
      const done = runConsole(withModel.services, { input, output, interactive: false, draftsDir: null });
      input.end('许昌2019年完成了多少个老庭院的改造提升？\n');
      await done;
      expect(pieces).toContain('完成了434个'); // written piece by piece, not only at the end
      const out = pieces.join('');
      expect(out).toContain('许昌2019年完成了434个老庭院改造提升目标任务[1]。');
      expect(out).toMatch(/来源：\n {2}\[1\] 对市七届政协四次会议第104号提案的答复/);
      expect(out.match(/434个/g)).toHaveLength(1);
    } finally {
      await withModel.cleanup();
      await model.close();
    }
  });
});
