import { afterAll, describe, test } from '@jest/globals';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describeFailure, expectedText, waitUntilHealthy, type Clock, type HealthCheck } from '../src/health-check.js';

/** Time that moves only when the checker sleeps. */
class FakeClock implements Clock {
  time = 1_000_000;
  readonly sleeps: number[] = [];
  now(): number {
    return this.time;
  }
  sleep(ms: number): Promise<void> {
    this.sleeps.push(ms);
    this.time += ms;
    return Promise.resolve();
  }
}

interface Answer {
  status: number;
  body: string;
}

/** A service on 127.0.0.1 that gives the scripted answers in turn, repeating the last; `null` never answers. */
async function startService(script: (Answer | null)[]): Promise<{ url: string; hits: () => number; server: Server }> {
  let hits = 0;
  const server = createServer((_request, response) => {
    const answer = script[Math.min(hits++, script.length - 1)];
    if (answer === null) return;
    response.writeHead(answer.status, { 'content-type': 'text/plain' });
    response.end(answer.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/healthz`, hits: () => hits, server };
}

function check(url: string, settings: Partial<HealthCheck> = {}): HealthCheck {
  return { url, expect: '', timeoutMs: 10_000, intervalMs: 3_000, ...settings };
}

void describe('waiting until a deployed service is healthy', () => {
  const servers: Server[] = [];
  afterAll(() => {
    for (const server of servers) server.closeAllConnections();
    for (const server of servers) server.close();
  });

  void test('polls every interval until a 2xx whose body has the expected text', async () => {
    const service = await startService([
      { status: 503, body: 'starting' },
      { status: 200, body: '{"version":"0.0.1"}' },
      { status: 200, body: '{"version":"0.1.0"}' },
    ]);
    servers.push(service.server);
    const clock = new FakeClock();
    const progress: string[] = [];

    const outcome = await waitUntilHealthy(check(service.url, { expect: '"version":"0.1.0"' }), {
      clock,
      progress: (line) => progress.push(line),
    });

    assert.equal(outcome.healthy, true);
    assert.equal(outcome.attempts, 3);
    assert.equal(outcome.elapsedMs, 6_000);
    assert.deepEqual(clock.sleeps, [3_000, 3_000]);
    assert.deepEqual(progress, [
      'Health check 1: HTTP 503; 10 s left.',
      'Health check 2: HTTP 200, expected text not in the body; 7 s left.',
      'Health check 3: HTTP 200.',
    ]);
  });

  void test('any 2xx will do when no text is expected, and the first request goes out at once', async () => {
    const service = await startService([{ status: 204, body: '' }]);
    servers.push(service.server);
    const clock = new FakeClock();

    const outcome = await waitUntilHealthy(check(service.url), { clock, progress: () => undefined });

    assert.equal(outcome.healthy, true);
    assert.equal(outcome.attempts, 1);
    assert.deepEqual(clock.sleeps, []);
  });

  void test('gives up at the timeout and shows the last status and the start of the last body on one line', async () => {
    const body = `<html>\n::error::injected\n${'x'.repeat(500)}</html>`;
    const service = await startService([{ status: 503, body }]);
    servers.push(service.server);
    const clock = new FakeClock();
    const progress: string[] = [];
    const settings = check(service.url, { expect: 'ok', timeoutMs: 10_000, intervalMs: 3_000 });

    const outcome = await waitUntilHealthy(settings, { clock, progress: (line) => progress.push(line) });

    assert.equal(outcome.healthy, false);
    // At 0, 3, 6, 9 and, after a last shortened wait, 10 seconds.
    assert.equal(outcome.attempts, 5);
    assert.deepEqual(clock.sleeps, [3_000, 3_000, 3_000, 1_000]);
    assert.equal(progress.at(-1), 'Health check 5: HTTP 503; no time left.');
    assert.equal(outcome.last.status, 503);
    const message = describeFailure(settings, outcome, service.url);
    assert.ok(!message.includes('\n'));
    assert.match(
      message,
      /^the health check of http:\/\/127\.0\.0\.1:\d+\/healthz did not get a 2xx response containing "ok" within 10 s \(5 attempts\): the last answer was HTTP 503 with a body starting "<html>\\n::error::injected\\nxxx/,
    );
    assert.ok(message.length < 500);
  });

  void test('a refused connection is reported by its cause', async () => {
    const service = await startService([{ status: 200, body: '' }]);
    const url = service.url;
    await new Promise<void>((resolve) => service.server.close(() => resolve()));
    const clock = new FakeClock();
    const settings = check(url, { timeoutMs: 4_000, intervalMs: 2_000 });

    const outcome = await waitUntilHealthy(settings, { clock, progress: () => undefined });

    assert.equal(outcome.healthy, false);
    assert.equal(outcome.attempts, 3);
    assert.match(describeFailure(settings, outcome, url), /the last request got no response \(ECONNREFUSED\)$/);
  });

  void test('credentials in the URL go in an Authorization header, as fetch refuses them in the URL', async () => {
    let authorization: string | undefined;
    const server = createServer((request, response) => {
      authorization = request.headers.authorization;
      const ok = authorization === `Basic ${Buffer.from('probe:s@cret').toString('base64')}`;
      response.writeHead(ok ? 200 : 401, { 'content-type': 'text/plain' });
      response.end(ok ? 'ok' : 'who are you');
    });
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const progress: string[] = [];

    const outcome = await waitUntilHealthy(check(`http://probe:s%40cret@127.0.0.1:${port}/healthz`), {
      clock: new FakeClock(),
      progress: (line) => progress.push(line),
    });

    assert.equal(outcome.healthy, true, progress.join('\n'));
    assert.equal(outcome.last.status, 200);
    assert.equal(authorization, `Basic ${Buffer.from('probe:s@cret').toString('base64')}`);
  });

  void test('a request that hangs is abandoned when the time is up', async () => {
    const service = await startService([null]);
    servers.push(service.server);
    const settings = check(service.url, { timeoutMs: 300, intervalMs: 1_000 });

    const outcome = await waitUntilHealthy(settings, { clock: new FakeClock(), progress: () => undefined });

    assert.equal(outcome.healthy, false);
    assert.equal(outcome.last.status, undefined);
    assert.equal(outcome.last.error, 'no answer within 300 ms');
  });
});

void describe('expectedText', () => {
  void test('{version} stands for the version under check', () => {
    assert.deepEqual(expectedText('"version":"{version}"', '0.3.0', '0.3.0'), {
      text: '"version":"0.3.0"',
      replacedCandidate: false,
    });
    assert.deepEqual(expectedText('{version} / v{version}', '0.1.0', '0.3.0'), {
      text: '0.1.0 / v0.1.0',
      replacedCandidate: false,
    });
  });

  void test("during a rollback the candidate's literal version stands for the restored one", () => {
    assert.deepEqual(expectedText('"version":"0.3.0"', '0.1.0', '0.3.0'), {
      text: '"version":"0.1.0"',
      replacedCandidate: true,
    });
    assert.deepEqual(expectedText('tiny-lm v0.3.0 ready', '0.1.0', '0.3.0'), {
      text: 'tiny-lm v0.1.0 ready',
      replacedCandidate: true,
    });
  });

  void test('the candidate checked itself keeps its text as written', () => {
    assert.deepEqual(expectedText('"version":"0.3.0"', '0.3.0', '0.3.0'), {
      text: '"version":"0.3.0"',
      replacedCandidate: false,
    });
  });

  void test('a version inside a longer version is not the candidate', () => {
    for (const other of ['10.1.0', '0.1.0.1', '1.0.1.0', '0.1.0-rc.1', '0.1.0+build.7', '2.0.0-0.1.0', '0.1.01']) {
      assert.deepEqual(
        expectedText(`"version":"${other}"`, '9.9.9', '0.1.0'),
        {
          text: `"version":"${other}"`,
          replacedCandidate: false,
        },
        other,
      );
    }
    // A dot in the version is a dot, not any character.
    assert.equal(expectedText('0x1y0', '9.9.9', '0.1.0').text, '0x1y0');
    assert.equal(expectedText('10.1.0 then 0.1.0.', '9.9.9', '0.1.0').text, '10.1.0 then 9.9.9.');
    assert.equal(expectedText('build 7 0.1.0', '9.9.9', '0.1.0').text, 'build 7 9.9.9');
  });
});
