import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.js';

const HALF_SET_SLACK = { SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's', PORT: 'not-a-port', LOG_LEVEL: 'silent' };

describe('configuration per entry point', () => {
  it('lets a command-line tool run beside a half-finished Slack setup: Slack settings are not read without { slack: true }', () => {
    const config = loadConfig(HALF_SET_SLACK);
    expect(config.slackMode).toBe('console');
    expect(config.SLACK_BOT_TOKEN).toBeUndefined();
    expect(config.PORT).toBeUndefined();
  });

  it('still checks everything else without Slack', () => {
    expect(() => loadConfig({ ...HALF_SET_SLACK, EMBEDDING_DIM: 'abc' })).toThrow(/EMBEDDING_DIM/);
  });

  it('checks the Slack settings for the Slack entry point and names what is wrong', () => {
    const problems = (() => {
      try {
        loadConfig(HALF_SET_SLACK, { slack: true });
      } catch (err) {
        return err instanceof ConfigError ? err.problems.join('\n') : String(err);
      }
      return '';
    })();
    expect(problems).toContain('PORT');
    expect(loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1' }, { slack: true }).slackMode).toBe('socket');
    expect(loadConfig({}, { slack: true }).slackMode).toBe('console');
  });

  it('resolves the folders against the given working directory', () => {
    expect(loadConfig({ CORPUS_DIR: 'docs' }, { cwd: '/srv/bureau' }).corpusDir).toBe('/srv/bureau/docs');
  });
});
