// manifest.yml against what the code really registers (a recorder stands in for the Bolt App).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { registerListeners, type ListenerHost } from '../src/slack/listeners/index.js';
import { SUGGESTED_PROMPTS } from '../src/slack/blocks.js';
import type { SlackDeps } from '../src/slack/deps.js';

function recordRegistrations() {
  const seen = { events: [] as string[], commands: [] as string[], shortcuts: [] as string[], views: [] as string[], actions: [] as string[], assistants: 0 };
  const id = (c: unknown): string => (typeof c === 'string' ? c : String((c as { callback_id?: string; action_id?: string }).callback_id ?? (c as { action_id?: string }).action_id));
  const host = {
    event: (name: unknown) => void seen.events.push(String(name)),
    command: (name: unknown) => void seen.commands.push(String(name)),
    shortcut: (c: unknown) => void seen.shortcuts.push(id(c)),
    view: (c: unknown) => void seen.views.push(id(c)),
    action: (c: unknown) => void seen.actions.push(id(c)),
    assistant: () => void (seen.assistants += 1),
  } as unknown as ListenerHost;
  registerListeners(host, {} as SlackDeps);
  return seen;
}

const manifest = parse(readFileSync(new URL('../manifest.yml', import.meta.url), 'utf8'));
const registered = recordRegistrations();

describe('manifest.yml', () => {
  it('subscribes to exactly the events the listeners handle', () => {
    // A 'message' listener handles DMs only; the assistant pane brings its two events and DM thread messages.
    const expected = new Set(registered.events.map((e) => (e === 'message' ? 'message.im' : e)));
    if (registered.assistants) ['assistant_thread_started', 'assistant_thread_context_changed', 'message.im'].forEach((e) => expected.add(e));
    expect(new Set(manifest.settings.event_subscriptions.bot_events)).toEqual(expected);
    // The Home tab must be on for app_home_opened to arrive.
    expect(manifest.features.app_home.home_tab_enabled).toBe(registered.events.includes('app_home_opened'));
  });

  it('declares exactly the registered slash commands, each with a usage hint and description', () => {
    const commands = manifest.features.slash_commands as { command: string; usage_hint?: string; description?: string }[];
    expect(commands.map((c) => c.command).sort()).toEqual([...registered.commands].sort());
    for (const c of commands) {
      expect(c.usage_hint).toBeTruthy();
      expect(c.description).toBeTruthy();
    }
  });

  it('declares exactly the registered shortcuts: the message shortcuts 起草答复 and 加入文件库', () => {
    const shortcuts = manifest.features.shortcuts as { callback_id: string; name: string; type: string }[];
    expect(shortcuts.map((s) => s.callback_id).sort()).toEqual([...registered.shortcuts].sort());
    expect(shortcuts.filter((s) => s.type === 'message').map((s) => s.name).sort()).toEqual(['加入文件库', '起草答复'].sort());
  });

  it('enables interactivity for the registered actions and views, and the agent view for the assistant', () => {
    expect(registered.actions.length).toBeGreaterThan(0);
    expect(registered.views.length).toBeGreaterThan(0);
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
    expect(registered.assistants).toBe(1);
    expect(manifest.features.agent_view.agent_description).toBeTruthy();
    expect(manifest.features.agent_view.suggested_prompts).toEqual(SUGGESTED_PROMPTS.map((p) => ({ ...p })));
  });

  it('asks for the scopes the registered features need, and runs in Socket Mode as shipped', () => {
    const scopes = new Set<string>(manifest.oauth_config.scopes.bot);
    const needed = ['chat:write', 'files:write', 'files:read', 'im:history', 'channels:history'];
    if (registered.commands.length) needed.push('commands');
    if (registered.events.includes('app_mention')) needed.push('app_mentions:read');
    if (registered.assistants) needed.push('assistant:write');
    for (const scope of needed) expect(scopes, scope).toContain(scope);
    expect(manifest.settings.socket_mode_enabled).toBe(true);
    expect(manifest.display_information.name).toBe('答复助手');
  });
});
