import type { App } from '@slack/bolt';

/** The part of a Bolt App listeners register on (a recorder in the manifest test implements the same). */
export type ListenerHost = Pick<App, 'event' | 'command' | 'shortcut' | 'view' | 'action' | 'assistant'>;
