// `npm run ask -- "问题"`: answers one question from the bureau's documents.
//   --json    print the Answer contract as one JSON object on stdout (logs stay on stderr)
//   --stdin   read one question per line from stdin, print one JSON object (with --json) or one answer per line
//   --k N     number of passages to retrieve
//   --channel ID  answer as the bot would in that Slack channel (documents restricted to other channels are
//                 invisible); without it the CLI, the operator's tool, sees every document
import { createInterface } from 'node:readline';
import { loadCliConfig } from './config.js';
import { createLogger } from '../logger.js';
import { createServices, type Services } from '../services.js';
import { answerQuestion, hasQuestionContent, NO_CONTENT_QUESTION } from '../answer/index.js';
import { formatAnswerText, toAnswerJson } from '../answer/format.js';

const USAGE = `用法：npm run ask -- [--json] [--k N] [--channel 频道ID] "问题"
      npm run ask -- --stdin [--json] [--k N] [--channel 频道ID] < questions.txt（每行一个问题）`;

export interface AskArgs {
  json: boolean;
  stdin: boolean;
  k?: number;
  /** Slack channel id to answer as (see SearchOptions.channel). */
  channel?: string;
  question: string;
  help: boolean;
}

export class UsageError extends Error {}

export function parseAskArgs(argv: string[]): AskArgs {
  const args: AskArgs = { json: false, stdin: false, question: '', help: false };
  const words: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--json') args.json = true;
    else if (a === '--stdin') args.stdin = true;
    else if (a === '--help' || a === '-h') args.help = true;
    else if (a === '--k' || a.startsWith('--k=')) {
      const raw = a === '--k' ? argv[++i] : a.slice(4);
      const k = /^\d+$/.test(raw ?? '') ? Number(raw) : NaN;
      if (!Number.isInteger(k) || k < 1 || k > 50) throw new UsageError(`--k 需要 1 到 50 之间的整数，收到：${raw ?? '（空）'}`);
      args.k = k;
    } else if (a === '--channel' || a.startsWith('--channel=')) {
      const raw = (a === '--channel' ? argv[++i] : a.slice('--channel='.length)) ?? '';
      if (!/^[A-Z0-9]+$/.test(raw)) throw new UsageError(`--channel 需要 Slack 频道 ID（如 C0123ABCD），收到：${raw || '（空）'}`);
      args.channel = raw;
    } else if (a === '--') continue;
    else if (a.startsWith('--')) throw new UsageError(`未知参数：${a}`);
    else words.push(a);
  }
  args.question = words.join(' ').trim();
  return args;
}

async function answerOne(services: Services, question: string, args: AskArgs): Promise<string> {
  const answer = await answerQuestion(services, question, [], { k: args.k, channel: args.channel });
  // The JSON contract has no notice field, so it goes to stderr; the text form shows it itself.
  if (answer.notice && args.json) process.stderr.write(`${answer.notice}\n`);
  return args.json ? JSON.stringify(toAnswerJson(answer)) : formatAnswerText(answer);
}

async function main(argv: string[]): Promise<number> {
  let args: AskArgs;
  try {
    args = parseAskArgs(argv);
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (args.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (!args.stdin && !args.question) {
    process.stderr.write(`问题不能为空，请输入要咨询的问题。\n${USAGE}\n`);
    return 2;
  }
  if (!args.stdin && !hasQuestionContent(args.question)) {
    process.stderr.write(`${NO_CONTENT_QUESTION}\n${USAGE}\n`);
    return 2;
  }
  const config = loadCliConfig();
  if (!config) return 1;
  const logger = createLogger(config.LOG_LEVEL);
  const services = await createServices(config, logger);

  if (!args.stdin) {
    process.stdout.write(`${await answerOne(services, args.question, args)}\n`);
    return 0;
  }
  let asked = 0;
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    const question = line.trim();
    if (!question) continue;
    asked++;
    const out = await answerOne(services, question, args);
    process.stdout.write(args.json ? `${out}\n` : `${out}\n\n`);
  }
  if (!asked) {
    process.stderr.write('标准输入中没有问题（每行一个问题）。\n');
    return 2;
  }
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.stderr.write(`回答失败：${(err as Error).message}\n`);
    process.exitCode = 1;
  },
);
