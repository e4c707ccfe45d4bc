import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { DEFAULT_MAX_QUESTION_CHARS } from './answer/questionLength.js';

const optionalString = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === '' ? undefined : v.trim()));

const idList = optionalString.transform((v) =>
  v
    ? v
        .split(/[\s,，]+/)
        .map((s) => s.trim())
        .filter(Boolean)
    : [],
);

const CONFIDENCE_RANGE = 'ANSWER_MIN_CONFIDENCE 必须是 0 到 1 之间的数';

export const envSchema = z.object({
  CORPUS_DIR: z.string().default('corpus'),
  INDEX_DIR: z.string().default('.index'),
  DATA_DIR: z.string().default('.data'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  OPENAI_API_KEY: optionalString,
  OPENAI_BASE_URL: optionalString.pipe(z.url({ message: 'OPENAI_BASE_URL 必须是完整的 URL，例如 http://127.0.0.1:8000/v1' }).optional()),
  OPENAI_MODEL: z.string().default('gpt-4o-mini'),
  OPENAI_EMBEDDING_MODEL: z.string().default('text-embedding-3-small'),
  LLM_TIMEOUT_MS: z.coerce.number().int().positive().default(30_000),
  LLM_MAX_RETRIES: z.coerce.number().int().min(0).max(10).default(2),
  EMBEDDINGS: z.enum(['local', 'openai']).default('local'),
  EMBEDDING_DIM: z.coerce.number().int().min(64).max(4096).default(512),
  SLACK_BOT_TOKEN: optionalString,
  SLACK_APP_TOKEN: optionalString,
  SLACK_SIGNING_SECRET: optionalString,
  SLACK_API_URL: optionalString,
  PORT: optionalString.transform((v) => (v === undefined ? undefined : Number(v))).pipe(z.number({ message: 'PORT 必须是端口号' }).int().min(0).max(65535).optional()),
  HOST: z.string().default('0.0.0.0'),
  ALLOWED_CHANNELS: idList,
  ALLOWED_USERS: idList,
  /** Slack user ids who may add, replace and remove library documents from Slack. */
  ADMIN_USERS: idList,
  MAX_INPUT_CHARS: z.coerce.number().int().positive().default(50_000),
  MAX_QUESTION_CHARS: z.coerce.number().int().positive().default(DEFAULT_MAX_QUESTION_CHARS),
  /** The offline answer confidence below which an answer is refused (OFFLINE_TUNING.minAnswerConfidence); 0 turns the check off. */
  ANSWER_MIN_CONFIDENCE: optionalString
    .transform((v) => (v === undefined ? undefined : Number(v)))
    .pipe(z.number({ message: CONFIDENCE_RANGE }).min(0, CONFIDENCE_RANGE).max(1, CONFIDENCE_RANGE).optional()),
  /** Threads answering and drafting for the Slack app; unset = WORK_DEFAULTS.threads (cores − 1), 0 = in-process. */
  WORKER_THREADS: optionalString
    .transform((v) => (v === undefined ? undefined : Number(v)))
    .pipe(z.number({ message: 'WORKER_THREADS 必须是 0 到 64 之间的整数' }).int().min(0).max(64).optional()),
  DRAFT_STRUCTURED_METHOD: z.enum(['functionCalling', 'jsonSchema', 'jsonMode']).default('functionCalling'),
});

export const bureauSchema = z.object({
  name: z.string().min(1),
  shortName: z.string().min(1).optional(),
  city: z.string().optional(),
  /**
   * 文号 prefix: one for every reply ("许建政协"), or one per kind, since 政协提案 and 人大建议 replies are numbered
   * apart ({提案: "许建政协", 建议: "许建人大"}). "{year}" in it stands for the year; without it 〔year〕 follows.
   */
  numberPrefix: z.union([z.string(), z.object({ 提案: z.string().optional(), 建议: z.string().optional() }).strict()]).optional(),
  signer: z.string().optional(),
  contact: z.object({
    unit: z.string().min(1),
    phone: z.string().min(1),
    person: z.string().optional(),
  }),
  cc: z.array(z.string()).default([]),
  ccForSuggestions: z.array(z.string()).optional(),
});

export type Bureau = z.infer<typeof bureauSchema>;
export type Env = z.infer<typeof envSchema>;
export type SlackMode = 'socket' | 'http' | 'console';

export interface AppConfig extends Env {
  corpusDir: string;
  indexDir: string;
  dataDir: string;
  bureau: Bureau;
  /** Always 'console' unless loaded with `{ slack: true }`. */
  slackMode: SlackMode;
  /** True when an OpenAI-compatible model is configured (a key, or a base URL for a local server). */
  llmEnabled: boolean;
}

export class ConfigError extends Error {
  constructor(public readonly problems: string[]) {
    super(`配置有误（configuration error）：\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

// Without a bureau.yml the draft shows the drafter's usual 【待补充：…】 marks, so nothing unfilled goes out unnoticed.
const DEFAULT_BUREAU: Bureau = {
  name: '【待补充：本局名称】',
  contact: { unit: '【待补充：联系单位】', phone: '【待补充：联系电话】' },
  cc: [],
};

/** With every scalar read as text, an empty value (`signer:` or `signer: ~`) means "not set". */
function withoutEmptyValues(value: unknown): unknown {
  if (typeof value === 'string') return value.trim() === '' || value.trim() === '~' ? undefined : value.trim();
  if (Array.isArray(value)) return value.map(withoutEmptyValues).filter((v) => v !== undefined);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withoutEmptyValues(v)]).filter(([, v]) => v !== undefined));
  }
  return value;
}

export function loadBureau(corpusDir: string): Bureau {
  const file = path.join(corpusDir, 'bureau.yml');
  if (!existsSync(file)) return DEFAULT_BUREAU;
  let raw: unknown;
  try {
    // Every value is text: an unquoted phone like 03712169961 must keep its leading zero, not become a number.
    raw = withoutEmptyValues(parseYaml(readFileSync(file, 'utf8'), { schema: 'failsafe' }));
  } catch (err) {
    throw new ConfigError([`${file} 不是有效的 YAML：${(err as Error).message}`]);
  }
  // An empty (or comments-only) bureau.yml is the same as none.
  if (raw === null || raw === undefined) return DEFAULT_BUREAU;
  const parsed = bureauSchema.safeParse(raw);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${file} 的 ${i.path.join('.') || '(根)'}：${i.message}`));
  }
  return parsed.data;
}

export function decideSlackMode(env: Env): { mode: SlackMode; problems: string[] } {
  const bot = Boolean(env.SLACK_BOT_TOKEN);
  const app = Boolean(env.SLACK_APP_TOKEN);
  const secret = Boolean(env.SLACK_SIGNING_SECRET);
  const port = env.PORT !== undefined;
  if (bot && app) return { mode: 'socket', problems: [] };
  if (bot && secret && port) return { mode: 'http', problems: [] };
  if (!bot && !app && !secret) return { mode: 'console', problems: [] };
  const missing: string[] = [];
  if (!bot) missing.push('SLACK_BOT_TOKEN');
  if (bot && !app && !secret) missing.push('SLACK_APP_TOKEN（Socket 模式）或 SLACK_SIGNING_SECRET + PORT（HTTP 模式）');
  else if (bot && secret && !port) missing.push('PORT');
  return {
    mode: 'console',
    problems: [`Slack 配置不完整，缺少：${missing.join('、')}。全部不设则进入控制台模式。`],
  };
}

export interface LoadConfigOptions {
  /**
   * Check the Slack settings (only the Slack entry point, `npm start`, does). Without it the Slack settings and PORT are
   * not read at all, so a deployment's half-finished Slack setup never blocks ingest, ask, draft, eval or feedback.
   */
  slack?: boolean;
  /** Relative CORPUS_DIR, INDEX_DIR and DATA_DIR resolve against this folder (default: the working directory). */
  cwd?: string;
}

const isSlackSetting = (key: string) => key.startsWith('SLACK_') || key === 'PORT';

/** Reads and validates the environment and corpus/bureau.yml; throws ConfigError listing every problem. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, options: LoadConfigOptions = {}): AppConfig {
  const { slack = false, cwd = process.cwd() } = options;
  const parsed = envSchema.safeParse(slack ? env : Object.fromEntries(Object.entries(env).filter(([key]) => !isSlackSetting(key))));
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}：${i.message}`));
  }
  const e = parsed.data;
  const { mode, problems }: ReturnType<typeof decideSlackMode> = slack ? decideSlackMode(e) : { mode: 'console', problems: [] };
  // Without either, the OpenAI client would try api.openai.com with no key: refuse at start instead.
  if (e.EMBEDDINGS === 'openai' && !e.OPENAI_API_KEY && !e.OPENAI_BASE_URL) {
    problems.push('EMBEDDINGS=openai 需要 OPENAI_API_KEY 或 OPENAI_BASE_URL（本地模型服务地址）；离线使用请设 EMBEDDINGS=local 或不设。');
  }
  if (problems.length) throw new ConfigError(problems);
  const corpusDir = path.resolve(cwd, e.CORPUS_DIR);
  return {
    ...e,
    corpusDir,
    indexDir: path.resolve(cwd, e.INDEX_DIR),
    dataDir: path.resolve(cwd, e.DATA_DIR),
    bureau: loadBureau(corpusDir),
    slackMode: mode,
    llmEnabled: Boolean(e.OPENAI_API_KEY || e.OPENAI_BASE_URL),
  };
}
