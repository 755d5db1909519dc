// The one worker client of the extension (src/workers/workerClient.ts: jieba on both platforms and
// Compare's analysis worker): request ids, failure replies, timeouts, cancellation, exits, idle
// end and restart — over a scripted in-process port, then over a real worker thread.
import * as assert from 'assert';
import { Worker } from 'worker_threads';
import { CancelToken, nodeWorkerPort, PortEvents, WorkerCancelled, WorkerClient, WorkerPort } from '../../src/workers/workerClient';

/** A port whose worker is this test: it sees what is posted and answers through `events`. */
class FakePort implements WorkerPort {
  posted: Array<Record<string, unknown>> = [];
  terminated = false;
  constructor(readonly events: PortEvents) {}
  postMessage(m: unknown): void { this.posted.push(m as Record<string, unknown>); }
  terminate(): void { this.terminated = true; }
}

function fakeClient(opt: { idleMs?: number; requestTimeoutMs?: number; startTimeoutMs?: number; ready?: boolean } = {}) {
  const ports: FakePort[] = [];
  const exits: string[] = [];
  const client = new WorkerClient({
    name: 'test worker', idleMs: opt.idleMs, requestTimeoutMs: opt.requestTimeoutMs, startTimeoutMs: opt.startTimeoutMs,
    onExit: r => exits.push(r),
    open: events => {
      const p = new FakePort(events);
      ports.push(p);
      if (opt.ready !== false) setTimeout(() => events.message({ type: 'ready', loadMs: 1 }), 0);
      return p;
    },
  });
  return { client, ports, exits };
}

const tick = (ms = 0) => new Promise(r => setTimeout(r, ms));

function token(): CancelToken & { cancel(): void } {
  const listeners: Array<() => void> = [];
  let cancelled = false;
  return {
    get isCancellationRequested() { return cancelled; },
    onCancellationRequested(l: () => void) { listeners.push(l); return { dispose: () => { listeners.splice(listeners.indexOf(l), 1); } }; },
    cancel() { cancelled = true; for (const l of [...listeners]) l(); },
  };
}

describe('worker client (src/workers/workerClient.ts)', () => {
  it('starts on the first request, gives each request its id and matches replies by id (any order)', async () => {
    const { client, ports } = fakeClient();
    assert.strictEqual(client.running, false);
    const a = client.request<{ v: string }>({ type: 'x', text: 'a' });
    const b = client.request<{ v: string }>({ type: 'x', text: 'b' });
    await tick(5);
    assert.strictEqual(ports.length, 1, 'one worker for both requests');
    const [pa, pb] = ports[0].posted;
    assert.strictEqual(typeof pa.id, 'number');
    assert.notStrictEqual(pa.id, pb.id);
    ports[0].events.message({ id: pb.id, v: 'B' });
    ports[0].events.message({ id: pa.id, v: 'A' });
    assert.strictEqual((await a).v, 'A');
    assert.strictEqual((await b).v, 'B');
    assert.strictEqual(client.pendingCount, 0);
    client.dispose();
  });

  it('a failure reply rejects with its message; an unknown id is ignored', async () => {
    const { client, ports } = fakeClient();
    const r = client.request({ type: 'x' });
    await tick(5);
    ports[0].events.message({ id: 999, v: 'stray' });
    ports[0].events.message({ id: ports[0].posted[0].id, error: 'bad input' });
    await assert.rejects(r, /bad input/);
    client.dispose();
  });

  it('a worker that cannot load rejects start() and the request; the next request starts again', async () => {
    let n = 0;
    const client = new WorkerClient({
      name: 'test worker',
      open: events => {
        n++;
        setTimeout(() => events.message(n === 1 ? { type: 'error', message: 'no dictionary' } : { type: 'ready' }), 0);
        return new FakePort(events);
      },
    });
    await assert.rejects(client.request({ type: 'x' }), /no dictionary/);
    assert.strictEqual(client.running, false);
    await client.start();
    assert.strictEqual(client.running, true);
    assert.strictEqual(client.starts, 2);
    client.dispose();
  });

  it('a request that gets no answer times out, ends the stuck worker, and the next request restarts it', async () => {
    const { client, ports, exits } = fakeClient({ requestTimeoutMs: 30 });
    await assert.rejects(client.request({ type: 'slow' }), /no answer within 30 ms/);
    assert.strictEqual(client.running, false);
    assert.ok(ports[0].terminated, 'the stuck worker was terminated');
    assert.deepStrictEqual(exits, ['request timed out']);
    const again = client.request<{ ok: boolean }>({ type: 'x' }, { timeoutMs: 0 });
    await tick(5);
    assert.strictEqual(ports.length, 2);
    ports[1].events.message({ id: ports[1].posted[0].id, ok: true });
    assert.strictEqual((await again).ok, true);
    client.dispose();
  });

  it('start times out when the worker never says ready', async () => {
    const { client, exits } = fakeClient({ startTimeoutMs: 30, ready: false });
    await assert.rejects(client.start(), /did not start within 30 ms/);
    assert.deepStrictEqual(exits, ['start timed out']);
  });

  it('cancellation rejects with WorkerCancelled, drops the late reply, keeps the worker', async () => {
    const { client, ports } = fakeClient();
    const t = token();
    const r = client.request({ type: 'x' }, { cancel: t });
    await tick(5);
    t.cancel();
    await assert.rejects(r, (e: unknown) => e instanceof WorkerCancelled);
    ports[0].events.message({ id: ports[0].posted[0].id, v: 'late' });
    assert.strictEqual(client.running, true, 'cancelling a request does not end the worker');
    await assert.rejects(client.request({ type: 'x' }, { cancel: t }), (e: unknown) => e instanceof WorkerCancelled, 'an already cancelled token posts nothing');
    assert.strictEqual(ports[0].posted.length, 1);
    client.dispose();
  });

  it('an exit or error of the worker rejects what is pending', async () => {
    const { client, ports, exits } = fakeClient();
    const r1 = client.request({ type: 'x' });
    const r2 = client.request({ type: 'x' });
    await tick(5);
    ports[0].events.exit('exit code 1');
    await assert.rejects(r1, /ended: worker exited \(exit code 1\)/);
    await assert.rejects(r2, /ended/);
    const r3 = client.request({ type: 'x' });
    await tick(5);
    ports[1].events.error(new Error('boom'));
    await assert.rejects(r3, /boom/);
    assert.deepStrictEqual(exits, ['worker exited (exit code 1)', 'worker error: boom']);
  });

  it('ends after idleMs without work, not while a request is pending', async () => {
    const { client, ports, exits } = fakeClient({ idleMs: 40 });
    const r = client.request({ type: 'x' });
    await tick(80);
    assert.strictEqual(client.running, true, 'a pending request keeps it alive');
    ports[0].events.message({ id: ports[0].posted[0].id });
    await r;
    await tick(80);
    assert.strictEqual(client.running, false);
    assert.deepStrictEqual(exits, ['idle']);
  });

  it('drives a real worker thread through nodeWorkerPort (ready, replies, error reply, dispose)', async () => {
    const code = `const { parentPort } = require('worker_threads');
      parentPort.postMessage({ type: 'ready' });
      parentPort.on('message', m => parentPort.postMessage(m.text === 'fail' ? { id: m.id, error: 'failed: ' + m.text } : { id: m.id, upper: m.text.toUpperCase() }));`;
    const exits: string[] = [];
    const client = new WorkerClient({ name: 'echo', open: events => nodeWorkerPort(new Worker(code, { eval: true }), events), onExit: r => exits.push(r) });
    try {
      const [a, b] = await Promise.all([client.request<{ upper: string }>({ text: 'ab' }), client.request<{ upper: string }>({ text: '报告' })]);
      assert.strictEqual(a.upper, 'AB');
      assert.strictEqual(b.upper, '报告');
      await assert.rejects(client.request({ text: 'fail' }), /failed: fail/);
    } finally {
      client.dispose(); // a failed assertion must not leave the thread keeping mocha alive
    }
    assert.strictEqual(client.running, false);
    assert.deepStrictEqual(exits, ['disposed']);
  });
});
