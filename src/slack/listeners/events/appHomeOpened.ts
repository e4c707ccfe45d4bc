import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { publishHome } from '../../libraryFlow.js';
import type { SlackDeps } from '../../deps.js';

/** The App Home tab: library status for everyone, recent additions with 移除 for admins. */
export function appHomeOpened(deps: SlackDeps) {
  return async ({ event, client }: SlackEventMiddlewareArgs<'app_home_opened'> & AllMiddlewareArgs): Promise<void> => {
    if (event.tab !== 'home') return;
    try {
      await publishHome(client, event.user, deps);
    } catch (err) {
      deps.services.logger.error({ err, user: event.user }, 'could not publish the App Home');
    }
  };
}
