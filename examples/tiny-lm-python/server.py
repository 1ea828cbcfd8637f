"""The inference server: GET /health and GET /generate?prompt=...&length=...&seed=...

Settings come from the environment: PORT (default 8080), HOST (127.0.0.1),
MODEL_DIR (./model) and MODEL_VERSION (the version the deploy registered).
A model whose config sets serve.simulate_failure answers /health with 503,
which is how a demo shows a release that fails its health check.
"""

from __future__ import annotations

import json
import os
import signal
import sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

from tiny_lm import CharBigramModel, load_model

MAX_LENGTH = 1000


def make_server(model: CharBigramModel, model_version: str, host: str = "127.0.0.1", port: int = 8080) -> ThreadingHTTPServer:
    unhealthy = model.config.get("serve", {}).get("simulate_failure") is True

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 (the name http.server calls)
            url = urlsplit(self.path)
            query = parse_qs(url.query)
            if url.path == "/health":
                if unhealthy:
                    self.send(503, {
                        "status": "unhealthy",
                        "model_version": model_version,
                        "reason": "serve.simulate_failure is set in the model config",
                    })
                else:
                    self.send(200, {"status": "ok", "model": model.config["name"], "model_version": model_version})
            elif url.path == "/generate":
                prompt = query.get("prompt", [""])[0]
                try:
                    length = int(query.get("length", ["80"])[0])
                    seed = int(query.get("seed", ["1"])[0])
                except ValueError:
                    self.send(400, {"error": "length and seed must be integers"})
                    return
                if not 0 <= length <= MAX_LENGTH:
                    self.send(400, {"error": f"length must be an integer from 0 to {MAX_LENGTH}"})
                    return
                self.send(200, {"model_version": model_version, "text": model.generate(prompt, length, seed)})
            else:
                self.send(404, {"error": "not found: try /health or /generate?prompt=The"})

        def send(self, status: int, body: dict) -> None:
            # Compact, like the Node server's JSON.stringify: a health check that
            # expects '"status":"ok"' (examples/workflows/cd.yml) matches either.
            payload = (json.dumps(body, separators=(",", ":")) + "\n").encode("utf-8")
            self.send_response(status)
            self.send_header("content-type", "application/json; charset=utf-8")
            self.send_header("content-length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)

        def log_message(self, format: str, *args) -> None:  # noqa: A002 (the signature http.server defines)
            # One line a request on stderr is noise in a deploy log; stay quiet.
            pass

    return ThreadingHTTPServer((host, port), Handler)


def main() -> None:
    version = os.environ.get("MODEL_VERSION", "dev")
    model = load_model(os.environ.get("MODEL_DIR", "model"))
    server = make_server(model, version, os.environ.get("HOST", "127.0.0.1"), int(os.environ.get("PORT", "8080")))
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    host, port = server.server_address[:2]
    print(f"tiny-lm {version} serving on http://{host}:{port}", flush=True)
    try:
        server.serve_forever()
    finally:
        server.server_close()


if __name__ == "__main__":
    main()
