// The inference server: GET /health and GET /generate?prompt=…&length=…&seed=…
// Settings come from the environment: PORT (default 8080), HOST (127.0.0.1),
// MODEL_DIR (./model) and MODEL_VERSION (the version the deploy registered).
import { createServer } from 'node:http';
import { pathToFileURL } from 'node:url';
import { loadModel } from './src/model.mjs';

const MAX_LENGTH = 1000;

/**
 * Starts serving the model in `modelDir`; resolves with the listening server.
 * A model whose config sets `serve.simulate_failure` answers /health with 503,
 * which is how a demo shows a release that fails its health check.
 */
export async function startServer({ port = 8080, host = '127.0.0.1', modelDir = 'model', modelVersion = 'dev' } = {}) {
  const model = await loadModel(modelDir);
  const unhealthy = model.config.serve?.simulate_failure === true;
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (request.method !== 'GET') return send(response, 405, { error: 'only GET is served' });
    if (url.pathname === '/health') {
      if (unhealthy) {
        return send(response, 503, {
          status: 'unhealthy',
          model_version: modelVersion,
          reason: 'serve.simulate_failure is set in the model config',
        });
      }
      return send(response, 200, { status: 'ok', model: model.config.name, model_version: modelVersion });
    }
    if (url.pathname === '/generate') {
      const prompt = url.searchParams.get('prompt') ?? '';
      const length = Number(url.searchParams.get('length') ?? 80);
      const seed = Number(url.searchParams.get('seed') ?? 1);
      if (!Number.isInteger(length) || length < 0 || length > MAX_LENGTH) {
        return send(response, 400, { error: `length must be an integer from 0 to ${MAX_LENGTH}` });
      }
      if (!Number.isInteger(seed)) return send(response, 400, { error: 'seed must be an integer' });
      return send(response, 200, { model_version: modelVersion, text: model.generate(prompt, length, seed) });
    }
    return send(response, 404, { error: 'not found: try /health or /generate?prompt=The' });
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  return server;
}

function send(response, status, body) {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  response.end(`${JSON.stringify(body)}\n`);
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const server = await startServer({
    port: Number(process.env.PORT ?? 8080),
    host: process.env.HOST ?? '127.0.0.1',
    modelDir: process.env.MODEL_DIR ?? 'model',
    modelVersion: process.env.MODEL_VERSION ?? 'dev',
  });
  const { address, port } = server.address();
  console.log(`tiny-lm ${process.env.MODEL_VERSION ?? 'dev'} serving on http://${address}:${port}`);
  // Stop at once: idle keep-alive connections would otherwise hold the port
  // for seconds while the next version waits to take it.
  for (const signal of ['SIGTERM', 'SIGINT']) {
    process.on(signal, () => {
      server.close(() => process.exit(0));
      server.closeAllConnections();
    });
  }
}
