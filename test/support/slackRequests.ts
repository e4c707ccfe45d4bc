// Signed Slack requests (events, slash commands, interactivity) for e2e tests and scripts.
import { createHmac } from 'node:crypto';

export interface SignedPostOptions {
  secret: string;
  /** Unix seconds; default now. */
  timestamp?: number;
  /** Sign with this secret instead (a bad signature). */
  signWith?: string;
  headers?: Record<string, string>;
}

export function slackSignature(secret: string, timestamp: number, body: string): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

export async function postSigned(url: string, body: string, contentType: string, options: SignedPostOptions): Promise<Response> {
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  return fetch(url, {
    method: 'POST',
    headers: {
      'content-type': contentType,
      'x-slack-request-timestamp': String(timestamp),
      'x-slack-signature': slackSignature(options.signWith ?? options.secret, timestamp, body),
      ...options.headers,
    },
    body,
  });
}

let eventCounter = 0;

/** An Events API envelope around `event`. */
export function eventEnvelope(event: Record<string, unknown>, botUserId: string, eventId = `Ev${Date.now()}${++eventCounter}`) {
  return {
    token: 'legacy',
    team_id: 'T0FAKE',
    api_app_id: 'A0FAKE',
    type: 'event_callback',
    event_id: eventId,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [{ team_id: 'T0FAKE', user_id: botUserId, is_bot: true, is_enterprise_install: false }],
    event,
  };
}

export function commandForm(fields: { command: string; text: string; channel: string; user: string; responseUrl?: string }): string {
  return new URLSearchParams({
    token: 'legacy',
    team_id: 'T0FAKE',
    team_domain: 'fake',
    channel_id: fields.channel,
    channel_name: 'test',
    user_id: fields.user,
    user_name: 'tester',
    command: fields.command,
    text: fields.text,
    api_app_id: 'A0FAKE',
    response_url: fields.responseUrl ?? 'http://127.0.0.1:9/response',
    trigger_id: `trigger.${Date.now()}`,
  }).toString();
}

/** Interactivity payloads (block_actions, view_submission, message_action) arrive form-encoded as `payload=`. */
export function interactionForm(payload: object): string {
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}

export const FORM = 'application/x-www-form-urlencoded';
export const JSON_TYPE = 'application/json';
