import type { SlackDeps } from '../deps.js';
import { registerActions } from './actions/index.js';
import { registerAssistant } from './assistant/index.js';
import { registerCommands } from './commands/index.js';
import { registerEvents } from './events/index.js';
import { registerShortcuts } from './shortcuts/index.js';
import type { ListenerHost } from './types.js';
import { registerViews } from './views/index.js';

export type { ListenerHost } from './types.js';

/** Registers every listener. The manifest test calls this with a recorder to compare registrations with manifest.yml. */
export function registerListeners(app: ListenerHost, deps: SlackDeps): void {
  registerAssistant(app, deps);
  registerEvents(app, deps);
  registerCommands(app, deps);
  registerShortcuts(app, deps);
  registerViews(app, deps);
  registerActions(app, deps);
}
