// The client of `npm run load` (bench/loadDriver.ts): every request is sent once, signed as Slack signs it, at most
// `concurrency` at a time over kept-alive connections (no more connections than requests in flight), each timed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fireFromWorker, type LoadRequest } from '../bench/loadDriver.js';
import { slackSignature } from './support/slackRequests.js';

const SECRET = 'client-secret';
const received: { id: number; signedRight: boolean }[] = [];
let connections = 0;
let inFlight = 0;
let maxInFlight = 0;
let server: Server;
let endpoint: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    inFlight += 1;
    maxInFlight = Math.max(maxInFlight, inFlight);
    const parts: Buffer[] = [];
    req.on('data', (c: Buffer) => parts.push(c));
    req.on('end', () => {
      const body = Buffer.concat(parts).toString('utf8');
      const signedRight = req.headers['x-slack-signature'] === slackSignature(SECRET, Number(req.headers['x-slack-request-timestamp']), body);
      received.push({ id: JSON.parse(body).id, signedRight });
      // Answered a little later, so requests overlap.
      setTimeout(() => {
        inFlight -= 1;
        res.writeHead(200).end();
      }, 5);
    });
  });
  server.on('connection', () => (connections += 1));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}/slack/events`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe('the load client', () => {
  it('sends each request once, signed, at most `concurrency` at a time over as many kept-alive connections', async () => {
    const requests: LoadRequest[] = Array.from({ length: 60 }, (_, id) => ({ id, kind: 'mention', channel: `C${id}`, questionTs: null, contentType: 'application/json', body: JSON.stringify({ id, text: '老旧小区改造' }) }));
    const results = await fireFromWorker(endpoint, SECRET, requests, 6);
    expect(results.map((r) => r.id).sort((a, b) => a - b)).toEqual(requests.map((r) => r.id));
    expect(results.every((r) => r.status === 200 && !r.error && r.ms > 0)).toBe(true);
    expect(received.map((r) => r.id).sort((a, b) => a - b)).toEqual(requests.map((r) => r.id));
    expect(received.every((r) => r.signedRight)).toBe(true);
    expect(maxInFlight).toBeLessThanOrEqual(6);
    expect(connections).toBeLessThanOrEqual(6);
  });

  it('reports a request it could not send as an error, not as an ack', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(closed.address() as AddressInfo).port}/slack/events`;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const [result] = await fireFromWorker(url, SECRET, [{ id: 0, kind: 'mention', channel: 'C0', questionTs: null, contentType: 'application/json', body: '{}' }], 1);
    expect(result).toMatchObject({ id: 0, status: 0 });
    expect(result.error).toBeTruthy();
  });
});
