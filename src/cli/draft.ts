// `npm run --silent draft -- --file proposal.txt [--outline] [--json] [--docx out.docx]`; `--file -` reads stdin.
// Output (text or the JSON contract of DESIGN.md) on stdout; messages and logs on stderr. Bad input exits 2.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { loadCliConfig } from './config.js';
import { createLogger } from '../logger.js';
import { DraftInputError, MAX_PROPOSAL_FILE_BYTES, readProposalFile, validateProposalText } from '../draft/input.js';
import { InputTooLargeError, readFileBounded, readStreamBounded } from '../io/boundedRead.js';
import { exitCleanlyOnFatalError } from './fatal.js';

const USAGE = '用法：npm run --silent draft -- --file 提案.txt [--outline] [--json] [--docx 输出.docx]（--file - 从标准输入读取）';

export interface DraftArgs {
  file: string;
  outline: boolean;
  json: boolean;
  docx: string | null;
}

export function parseDraftArgs(argv: string[]): DraftArgs | { error: string } {
  const args: DraftArgs = { file: '', outline: false, json: false, docx: null };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--outline') args.outline = true;
    else if (arg === '--json') args.json = true;
    else if (arg === '--file' || arg === '--docx') {
      const value = argv[i + 1];
      if (value === undefined || (value.startsWith('--') && value !== '-')) return { error: `${arg} 后面需要文件路径。${USAGE}` };
      if (arg === '--file') args.file = value;
      else args.docx = value;
      i += 1;
    } else if (arg.startsWith('--file=')) args.file = arg.slice('--file='.length);
    else if (arg.startsWith('--docx=')) args.docx = arg.slice('--docx='.length);
    else if (!args.file && !arg.startsWith('--')) args.file = arg;
    else return { error: `无法识别的参数“${arg}”。${USAGE}` };
  }
  if (!args.file) return { error: `请用 --file 指定提案/建议文件。${USAGE}` };
  return args;
}

async function readInput(file: string): Promise<string> {
  if (file === '-') return readProposalFile(await readStreamBounded(process.stdin, MAX_PROPOSAL_FILE_BYTES, '标准输入'), 'stdin.txt');
  let data: Buffer;
  try {
    data = await readFileBounded(file, MAX_PROPOSAL_FILE_BYTES);
  } catch (err) {
    if (err instanceof InputTooLargeError) throw new DraftInputError(err.message);
    throw new DraftInputError(`无法读取文件“${file}”，请检查路径。`);
  }
  return readProposalFile(data, path.basename(file));
}

async function main(argv: string[]): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const args = parseDraftArgs(argv);
  if ('error' in args) {
    process.stderr.write(`${args.error}\n`);
    return 2;
  }
  const config = loadCliConfig();
  if (!config) return 1;
  let text: string;
  try {
    text = await readInput(args.file);
  } catch (err) {
    if (err instanceof DraftInputError || err instanceof InputTooLargeError) {
      process.stderr.write(`${err.message}\n`);
      return 2;
    }
    throw err;
  }
  const check = validateProposalText(text, config.MAX_INPUT_CHARS);
  if (!check.ok) {
    process.stderr.write(`${check.message}\n`);
    return 2;
  }

  // Loaded only for valid input, so bad input is refused at once, before the models and the index load.
  const [{ createServices }, { draftReply, renderDocx, outlineAsDraft }] = await Promise.all([import('../services.js'), import('../draft/index.js')]);
  const logger = createLogger(config.LOG_LEVEL);
  const services = await createServices(config, logger);
  const result = await draftReply(services, { text }, { outline: args.outline });
  if (result.notice) process.stderr.write(`${result.notice}\n`);
  // The contract's `draft` object is filled for --outline too (its points as paragraphs), so consumers read one shape.
  const draft = result.draft ?? (result.outline ? outlineAsDraft(result.outline) : null);
  process.stdout.write(args.json ? `${JSON.stringify({ ...result, draft })}\n` : result.text);

  if (args.docx && draft) {
    try {
      await mkdir(path.dirname(path.resolve(args.docx)), { recursive: true });
      await writeFile(args.docx, await renderDocx(draft, config.bureau));
    } catch (err) {
      process.stderr.write(`无法写入 .docx 文件“${args.docx}”：${(err as Error).message}\n`);
      return 1;
    }
    process.stderr.write(`已写入 ${args.docx}\n`);
  }
  return 0;
}

exitCleanlyOnFatalError('起草失败');
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.stderr.write(`起草失败：${(err as Error).message}\n`);
    process.exitCode = 1;
  },
);
