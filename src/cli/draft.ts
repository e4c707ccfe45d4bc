// `npm run --silent draft -- --file proposal.txt [--outline] [--json] [--docx out.docx]`; `--file -` reads stdin.
// Output (text or the JSON contract of DESIGN.md) on stdout; messages and logs on stderr. Bad input exits 2.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { openCli, parseCliArgs, runCli, UsageError } from './run.js';
import { checkIsProposal, DraftInputError, MAX_PROPOSAL_FILE_BYTES, readProposalFile, validateProposalText } from '../draft/input.js';
import { InputTooLargeError, readFileBounded, readStreamBounded } from '../io/boundedRead.js';
import { fileErrorReason } from '../io/fileErrors.js';

const USAGE = '用法：npm run --silent draft -- --file 提案.txt [--outline] [--json] [--docx 输出.docx]（--file - 从标准输入读取）';

interface DraftArgs {
  file: string;
  outline: boolean;
  json: boolean;
  docx: string | null;
  help: boolean;
}

/** `--file` may also be given as the one positional argument; `-` means stdin. */
function parseDraftArgs(): DraftArgs {
  const { values, positionals } = parseCliArgs({
    options: {
      file: { type: 'string' },
      outline: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      docx: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    allowPositionals: true,
  });
  const extra = values.file === undefined ? positionals.slice(1) : positionals;
  if (extra.length) throw new UsageError(`无法识别的参数“${extra[0]}”。`);
  const file = values.file ?? positionals[0] ?? '';
  if (values.docx === '') throw new UsageError('--docx 后面需要文件路径。');
  const args = { file, outline: values.outline, json: values.json, docx: values.docx ?? null, help: values.help };
  if (!args.help && !file) throw new UsageError('请用 --file 指定提案/建议文件。');
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

async function main(): Promise<number> {
  const args = parseDraftArgs();
  if (args.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const { config, logger } = openCli();
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
  for (const check of [validateProposalText(text, config.MAX_INPUT_CHARS), checkIsProposal(text)]) {
    if (!check.ok) {
      process.stderr.write(`${check.message}\n`);
      return 2;
    }
  }

  // Loaded only for valid input, so bad input is refused at once, before the models and the index load.
  const [{ createServices }, { draftReply, renderDocx, outlineAsDraft }] = await Promise.all([import('../services.js'), import('../draft/index.js')]);
  const services = await createServices(config, logger);
  let result;
  try {
    result = await draftReply(services, { text }, { outline: args.outline });
  } catch (err) {
    if (!(err instanceof DraftInputError)) throw err;
    process.stderr.write(`${err.message}\n`);
    return 2;
  }
  if (result.notice) process.stderr.write(`${result.notice}\n`);
  // The contract's `draft` object is filled for --outline too (its points as paragraphs), so consumers read one shape.
  const draft = result.draft ?? (result.outline ? outlineAsDraft(result.outline) : null);
  process.stdout.write(args.json ? `${JSON.stringify({ ...result, draft })}\n` : result.text);

  if (args.docx && draft) {
    try {
      await mkdir(path.dirname(path.resolve(args.docx)), { recursive: true });
      await writeFile(args.docx, await renderDocx(draft, config.bureau));
    } catch (err) {
      process.stderr.write(`无法写入 .docx 文件“${args.docx}”：${fileErrorReason(err)}\n`);
      return 1;
    }
    process.stderr.write(`已写入 ${args.docx}\n`);
  }
  return 0;
}

runCli(main, { usage: USAGE, failure: '起草失败' });
