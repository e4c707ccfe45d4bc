// npm start: Socket Mode (SLACK_BOT_TOKEN + SLACK_APP_TOKEN), HTTP mode (SLACK_BOT_TOKEN + SLACK_SIGNING_SECRET + PORT),
// or, with no Slack settings at all, the console chat over the same services.
import type { Logger } from './logger.js';
import { openCli, parseCliArgs, runCli } from './cli/run.js';

const USAGE = '用法：npm start（Slack 设置见 README；不设 Slack 令牌则进入控制台对话）';

/** A stray rejection is logged, never allowed to end the process serving the bureau. */
function keepAliveOnStrayErrors(logger: Logger): void {
  process.on('unhandledRejection', (reason) => logger.error({ err: reason }, 'unhandled promise rejection'));
}

async function main(): Promise<number | void> {
  const { values } = parseCliArgs({ options: { help: { type: 'boolean', short: 'h', default: false } } });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const { config, logger } = openCli({ slack: true });
  // The console is for people: keep routine logs out of the conversation unless LOG_LEVEL asks for them.
  if (config.slackMode === 'console' && !process.env.LOG_LEVEL) logger.level = 'warn';
  keepAliveOnStrayErrors(logger);

  // Heavy modules (models, index, Bolt) load only after the configuration is known to be usable.
  const { createServices } = await import('./services.js');
  const { workThreadCount } = await import('./work/index.js');
  if (config.slackMode === 'console') process.stderr.write('正在加载文件索引…\n');
  // With work threads, each loads its own copy of the index: this process only keeps the one on disk current.
  const pooled = config.slackMode !== 'console' && workThreadCount(config) > 0;
  const services = await createServices(config, logger, pooled ? 'prepare' : 'open');

  if (config.slackMode === 'console') {
    const { runConsole } = await import('./console/index.js');
    await runConsole(services, { input: process.stdin, output: process.stdout });
    return;
  }

  const { openFeedbackStore } = await import('./feedback/store.js');
  const { openAuditLog } = await import('./library/audit.js');
  const { createSlackApp } = await import('./slack/app.js');
  const feedbackStore = openFeedbackStore(config.dataDir);
  const auditLog = openAuditLog(config.dataDir);
  const slack = createSlackApp(services, { mode: config.slackMode, feedbackStore, auditLog });
  await slack.start();
  logger.info({ mode: config.slackMode, llm: config.llmEnabled, chunks: services.search.size() }, '答复助手已启动');

  const shutdown = async (signal: string) => {
    logger.info({ signal }, 'shutting down');
    await slack.stop().catch((err: unknown) => logger.error({ err }, 'stopping the Slack app failed'));
    feedbackStore.close();
    auditLog.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
}

// Exit on failure even if a half-started Slack client still holds a socket; while serving, main returns nothing.
runCli(main, { usage: USAGE, failure: '启动失败', exitWhenDone: true });
