"""Measures the model in model/ on held-out text and writes metrics.json:
{"eval": {"perplexity": ..., "accuracy": ..., "characters": ...}}."""

import json
import sys
from pathlib import Path

from tiny_lm import load_model


def main() -> None:
    model_dir = sys.argv[1] if len(sys.argv) > 1 else "model"
    out = sys.argv[2] if len(sys.argv) > 2 else "metrics.json"
    result = load_model(model_dir).evaluate(Path("data/heldout.txt").read_text(encoding="utf-8"))
    metrics = {
        "eval": {
            "perplexity": round(result["perplexity"], 4),
            "accuracy": round(result["accuracy"], 4),
            "characters": result["characters"],
        }
    }
    Path(out).write_text(json.dumps(metrics, indent=2) + "\n", encoding="utf-8")
    print(f"perplexity {metrics['eval']['perplexity']}, accuracy {metrics['eval']['accuracy']} -> {out}")


if __name__ == "__main__":
    main()
