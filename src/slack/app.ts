import type { Server } from 'node:http';
import { App, HTTPReceiver, LogLevel, type Logger as BoltLogger } from '@slack/bolt';
import { WebClient, type AuthTestResponse, type WebClientOptions } from '@slack/web-api';
import { openFeedbackStore, type FeedbackStore } from '../feedback/store.js';
import { openAuditLog, type AuditLog } from '../library/audit.js';
import { createLibrary } from '../library/library.js';
import { createLibraryIndex, type LibraryIndex } from '../library/libraryIndex.js';
import type { Logger } from '../logger.js';
import type { Services } from '../services.js';
import type { SlackDeps } from './deps.js';
import { allowListMiddleware, dedupeMiddleware, EventDeduper } from './guard.js';
import { registerListeners } from './listeners/index.js';
import { PendingUploads } from './pendingUploads.js';
import { guardAgainstReplays } from './replay.js';
import { createWork, type Work, type WorkOptions } from '../work/index.js';
import { SearcherHandle } from '../retrieval/index.js';

export interface SlackAppOptions {
  mode: 'http' | 'socket';
  /** Where answers and ratings are stored; default an in-memory store (scripts, load runs). main.ts passes the DATA_DIR one. */
  feedbackStore?: FeedbackStore;
  /** Where library additions and removals are recorded; default in memory. main.ts passes the DATA_DIR one. */
  auditLog?: AuditLog;
  /** How the index follows library changes; default rebuilds from CORPUS_DIR and swaps services.search. */
  libraryIndex?: LibraryIndex;
  /** Defaults from services.config (SLACK_BOT_TOKEN, SLACK_SIGNING_SECRET, SLACK_APP_TOKEN). */
  token?: string;
  signingSecret?: string;
  appToken?: string;
  /** Web API client options; `slackApiUrl` defaults to config.SLACK_API_URL (a fake server in tests and load runs). */
  clientOptions?: WebClientOptions;
  /** Shorthand for clientOptions.slackApiUrl. */
  slackApiUrl?: string;
  /** Defaults for start(): config.PORT and config.HOST. */
  port?: number;
  host?: string;
  /** Overrides how shared files are downloaded (tests). */
  fetchFile?: SlackDeps['fetchFile'];
  /** Where heavy work runs; default a pool of WORKER_THREADS threads, started with the app and closed with it. */
  work?: Work;
  /** Options for the default work pool (queue bound, threads…); see WORK_DEFAULTS. */
  workOptions?: Partial<WorkOptions> & { entry?: URL };
}

export interface SlackApp {
  app: App;
  /** Where answers, drafts and .docx files are made (the library tells it when the index changed). */
  work: Work;
  /** HTTP mode: listens on port (default config.PORT, 0 = any) and host (default config.HOST); returns the server. */
  start(port?: number, host?: string): Promise<Server | undefined>;
  stop(): Promise<void>;
}

/** Bolt's own logs go through pino, so one stream carries everything. */
function boltLogger(logger: Logger): BoltLogger {
  const child = logger.child({ component: 'bolt' });
  let level = LogLevel.INFO;
  const fmt = (msg: unknown[]) => msg.map((m) => (typeof m === 'string' ? m : m instanceof Error ? m.message : JSON.stringify(m))).join(' ');
  return {
    debug: (...msg) => child.debug(fmt(msg)),
    info: (...msg) => child.info(fmt(msg)),
    warn: (...msg) => child.warn(fmt(msg)),
    error: (...msg) => child.error(fmt(msg)),
    setLevel: (l) => void (level = l),
    getLevel: () => level,
    setName: () => undefined,
  };
}

function required(value: string | undefined, name: string): string {
  if (!value) throw new Error(`${name} 未设置`);
  return value;
}

/**
 * Single-workspace authorization with the bot token. Unlike Bolt's built-in one (auth.test once at construction, its
 * failure kept for ever), auth.test runs on first use and a failure is retried on the next request.
 */
function botAuthorization(client: WebClient, botToken: string) {
  let identity: Promise<AuthTestResponse> | null = null;
  const authorize = async () => {
    identity ??= client.auth.test().catch((err: unknown) => {
      identity = null;
      throw err;
    });
    const me = await identity;
    return { botToken, botId: me.bot_id, botUserId: me.user_id };
  };
  return authorize;
}

/** A wrong or revoked bot token stops the start with a readable message instead of failing every request later. */
async function verifyToken(authorize: () => Promise<unknown>): Promise<void> {
  try {
    await authorize();
  } catch (err) {
    const code = (err as { data?: { error?: string } }).data?.error ?? (err as Error).message;
    throw new Error(`Slack 不接受 SLACK_BOT_TOKEN（${code}）。请检查令牌是否正确、应用是否已安装到工作区。`);
  }
}

/** Bolt's HTTP receiver (Events API at /slack/events) behind the replay and timestamp-window guard. */
function httpReceiver(signingSecret: string, logger: Logger): HTTPReceiver {
  const receiver = new HTTPReceiver({
    signingSecret,
    logger: boltLogger(logger),
    // false: ack() answers Slack at once and the slow work (retrieval, drafting) runs after the HTTP response.
    processBeforeResponse: false,
    // For a load balancer in front of replicas; no Slack signature, no data.
    customRoutes: [{ path: '/healthz', method: ['GET'], handler: (_req, res) => void res.writeHead(200, { 'content-type': 'text/plain' }).end('ok') }],
  });
  guardAgainstReplays(receiver, signingSecret, logger);
  return receiver;
}

/**
 * After the library has changed the index, every work thread loads it before it answers again; the catalog is read
 * where the index is loaded (a work thread: this process need not hold the index).
 */
function reloadingWork(index: LibraryIndex, work: Work): LibraryIndex {
  return {
    async update() {
      const result = await index.update();
      await work.reload();
      return result;
    },
    lastIngest: () => index.lastIngest(),
    catalog: (docIds) => work.catalog(docIds),
  };
}

/**
 * Work threads never build the index. When none could load it (damaged on disk although its manifest reads fine),
 * this process rebuilds it in full, once, and starts the threads again.
 */
async function repairUnloadableIndex(services: Services, work: Work): Promise<void> {
  const { search, logger } = services;
  const { ready, startFailure } = work.status;
  if (ready > 0 || !startFailure || !(search instanceof SearcherHandle) || search.loaded) return;
  logger.warn({ reason: startFailure }, `工作线程无法加载索引，正在全量重建：${startFailure}`);
  await search.update({ full: true });
  await work.restart();
}

/** Builds the Bolt app over the given services, in HTTP (Events API at /slack/events) or Socket Mode. */
export function createSlackApp(services: Services, options: SlackAppOptions): SlackApp {
  const { config, logger } = services;
  const slackApiUrl = options.slackApiUrl ?? options.clientOptions?.slackApiUrl ?? config.SLACK_API_URL;
  const clientOptions: WebClientOptions = { ...options.clientOptions, ...(slackApiUrl ? { slackApiUrl } : {}) };
  const token = required(options.token ?? config.SLACK_BOT_TOKEN, 'SLACK_BOT_TOKEN');
  const authorize = botAuthorization(new WebClient(token, clientOptions), token);
  // No conversation store: no listener reads context.conversation, so Bolt need not look one up per event.
  const common = { authorize, logger: boltLogger(logger), clientOptions, ignoreSelf: true, convoStore: false as const };
  const app =
    options.mode === 'socket'
      ? new App({ ...common, socketMode: true, appToken: required(options.appToken ?? config.SLACK_APP_TOKEN, 'SLACK_APP_TOKEN') })
      : new App({ ...common, receiver: httpReceiver(required(options.signingSecret ?? config.SLACK_SIGNING_SECRET, 'SLACK_SIGNING_SECRET'), logger) });

  const feedbackStore = options.feedbackStore ?? openFeedbackStore(':memory:');
  const work = options.work ?? createWork(services, options.workOptions);
  const auditLog = options.auditLog ?? openAuditLog(':memory:');
  const libraryIndex = reloadingWork(options.libraryIndex ?? createLibraryIndex(services), work);
  const library = createLibrary(services, libraryIndex, auditLog);
  const deps: SlackDeps = {
    services,
    feedbackStore,
    fetchFile: options.fetchFile,
    work,
    library,
    pendingUploads: new PendingUploads(),
  };
  app.use(dedupeMiddleware(new EventDeduper(), logger));
  app.use(allowListMiddleware(config, logger));
  registerListeners(app, deps);
  app.error(async (error) => {
    logger.error({ err: error, code: (error as { code?: string }).code }, 'unhandled Slack listener error');
  });

  return {
    app,
    work,
    async start(port = options.port ?? config.PORT ?? 3000, host = options.host ?? config.HOST) {
      await verifyToken(authorize);
      await work.start();
      await repairUnloadableIndex(services, work);
      if (options.mode === 'socket') {
        await app.start();
        logger.info('Slack app running in Socket Mode');
        return undefined;
      }
      const server = (await app.start({ port, host })) as Server;
      const address = server.address();
      logger.info({ address }, 'Slack app listening for HTTP requests at /slack/events');
      return server;
    },
    async stop() {
      await app.stop();
      if (!options.work) await work.close();
      if (!options.feedbackStore) feedbackStore.close();
      if (!options.auditLog) auditLog.close();
    },
  };
}
