"""Trains the model on data/train.txt with the settings of tiny-lm.json and
writes it to model/ (or the folder given as the first argument)."""

import json
import sys
import time
from pathlib import Path

from tiny_lm import save_model, train_model


def main() -> None:
    out = sys.argv[1] if len(sys.argv) > 1 else "model"
    settings = json.loads(Path("tiny-lm.json").read_text(encoding="utf-8"))
    text = Path("data/train.txt").read_text(encoding="utf-8")
    started = time.perf_counter()
    model = train_model(text, **settings)
    save_model(model, out)
    ms = (time.perf_counter() - started) * 1000
    config = model.config
    print(
        f"trained {config['name']}: {config['vocab_size']} symbols, "
        f"{config['training_characters']} characters, {ms:.0f} ms -> {out}/"
    )


if __name__ == "__main__":
    main()
