import json
import threading
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from server import make_server
from tiny_lm import train_model

CORPUS = (Path(__file__).resolve().parent.parent / "data" / "train.txt").read_text(encoding="utf-8")


def serve(model):
    server = make_server(model, "1.2.3", port=0)
    threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
    host, port = server.server_address[:2]
    return server, f"http://{host}:{port}"


def get(url):
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read())


@pytest.fixture
def healthy():
    server, base = serve(train_model(CORPUS))
    yield base
    server.shutdown()
    server.server_close()


def test_health_reports_ok_and_the_model_version(healthy):
    assert get(f"{healthy}/health") == (200, {"status": "ok", "model": "tiny-lm", "model_version": "1.2.3"})


def test_health_body_is_compact_json_as_the_node_server_writes_it(healthy):
    # deploy-env's health-expect matches text: '"status":"ok"' must appear as such.
    with urllib.request.urlopen(f"{healthy}/health", timeout=5) as response:
        assert '"status":"ok"' in response.read().decode("utf-8")


def test_generate_continues_the_prompt(healthy):
    status, body = get(f"{healthy}/generate?prompt=The%20model&length=20")
    assert status == 200
    assert body["text"].startswith("The model")
    assert len(body["text"]) == len("The model") + 20


def test_generate_refuses_a_length_out_of_range(healthy):
    status, _ = get(f"{healthy}/generate?prompt=a&length=100000")
    assert status == 400


def test_simulated_failure_answers_health_with_503():
    server, base = serve(train_model(CORPUS, serve={"simulate_failure": True}))
    try:
        status, body = get(f"{base}/health")
        assert status == 503
        assert body["status"] == "unhealthy"
    finally:
        server.shutdown()
        server.server_close()
