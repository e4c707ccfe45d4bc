import type { SlackDeps } from '../../deps.js';
import type { ListenerHost } from '../types.js';
import { appHomeOpened } from './appHomeOpened.js';
import { appMention } from './appMention.js';
import { directMessage } from './directMessage.js';

export function registerEvents(app: ListenerHost, deps: SlackDeps): void {
  app.event('app_mention', appMention(deps));
  app.event('app_home_opened', appHomeOpened(deps));
  // Only DMs are subscribed (message.im in manifest.yml); the handler also checks channel_type.
  app.event('message', directMessage(deps));
}
