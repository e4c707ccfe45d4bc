// `npm run ask -- "问题"`: answers one question from the bureau's documents.
//   --json    print the Answer contract as one JSON object on stdout (logs stay on stderr)
//   --stdin   read one question per line from stdin, print one JSON object (with --json) or one answer per line
//   --k N     number of passages to retrieve
//   --channel ID  answer as the bot would in that Slack channel (documents restricted to other channels are
//                 invisible); without it the CLI, the operator's tool, sees every document
import { integerOption, openCli, parseCliArgs, runCli, UsageError } from './run.js';
import { createServices, type Services } from '../services.js';
import { answerQuestion, hasQuestionContent, NO_CONTENT_QUESTION } from '../answer/index.js';
import { formatAnswerText, toAnswerJson } from '../answer/format.js';
import { questionTooLongMessage } from '../answer/questionLength.js';
import { InputTooLargeError, readLinesBounded } from '../io/boundedRead.js';

/** Questions on stdin: past these sizes reading stops (exit 2) instead of filling memory. */
export const STDIN_LIMITS = { limitBytes: 10 * 1024 * 1024, maxLineBytes: 256 * 1024 };

const USAGE = `用法：npm run ask -- [--json] [--k N] [--channel 频道ID] "问题"
      npm run ask -- --stdin [--json] [--k N] [--channel 频道ID] < questions.txt（每行一个问题）`;

interface AskArgs {
  json: boolean;
  stdin: boolean;
  k?: number;
  /** Slack channel id to answer as (see SearchOptions.channel). */
  channel?: string;
  question: string;
  help: boolean;
}

function parseAskArgs(): AskArgs {
  const { values, positionals } = parseCliArgs({
    options: {
      json: { type: 'boolean', default: false },
      stdin: { type: 'boolean', default: false },
      k: { type: 'string' },
      channel: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    allowPositionals: true,
  });
  const channel = values.channel;
  if (channel !== undefined && !/^[A-Z0-9]+$/.test(channel)) throw new UsageError(`--channel 需要 Slack 频道 ID（如 C0123ABCD），收到：${channel || '（空）'}`);
  return {
    json: values.json,
    stdin: values.stdin,
    help: values.help,
    k: integerOption('--k', values.k, 1, 50),
    channel,
    question: positionals.join(' ').trim(),
  };
}

async function answerOne(services: Services, question: string, args: AskArgs): Promise<string> {
  const answer = await answerQuestion(services, question, [], { k: args.k, channel: args.channel });
  // The JSON contract has no notice field, so it goes to stderr; the text form shows it itself.
  if (answer.notice && args.json) process.stderr.write(`${answer.notice}\n`);
  return args.json ? JSON.stringify(toAnswerJson(answer)) : formatAnswerText(answer);
}

async function main(): Promise<number> {
  const args = parseAskArgs();
  if (args.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (!args.stdin && !args.question) throw new UsageError('问题不能为空，请输入要咨询的问题。');
  if (!args.stdin && !hasQuestionContent(args.question)) throw new UsageError(NO_CONTENT_QUESTION);
  const { config, logger } = openCli();
  const tooLong = args.stdin ? null : questionTooLongMessage(args.question, config.MAX_QUESTION_CHARS);
  if (tooLong) throw new UsageError(tooLong);
  const services = await createServices(config, logger);

  if (!args.stdin) {
    process.stdout.write(`${await answerOne(services, args.question, args)}\n`);
    return 0;
  }
  let asked = 0;
  let refused = 0;
  try {
    for await (const line of readLinesBounded(process.stdin, STDIN_LIMITS)) {
      const question = line.trim();
      if (!question) continue;
      asked++;
      // A question too long still gets its line of output (the refusal), so output line n answers input line n.
      const tooLongLine = questionTooLongMessage(question, config.MAX_QUESTION_CHARS);
      if (tooLongLine) {
        refused++;
        process.stderr.write(`第 ${asked} 个问题：${tooLongLine}\n`);
      }
      const out = await answerOne(services, question, args);
      process.stdout.write(args.json ? `${out}\n` : `${out}\n\n`);
    }
  } catch (err) {
    if (err instanceof InputTooLargeError) throw new UsageError(err.message);
    throw err;
  }
  if (!asked) {
    process.stderr.write('标准输入中没有问题（每行一个问题）。\n');
    return 2;
  }
  return refused ? 2 : 0;
}

runCli(main, { usage: USAGE, failure: '回答失败' });
