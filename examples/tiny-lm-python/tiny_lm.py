"""A character-level bigram language model.

It counts which character follows which in the training text and predicts the
next character from those counts, with add-k smoothing so that unseen pairs
keep a small probability. The files it writes (config.json, vocab.json,
weights.json) have the same format as the Node example's.
"""

from __future__ import annotations

import json
import math
import random
from pathlib import Path

# Vocabulary entry 0 stands for every character the training text did not contain.
UNKNOWN = "<unk>"
ARCHITECTURE = "char-bigram"


class CharBigramModel:
    def __init__(self, config: dict, vocab: list[str], weights: dict) -> None:
        if config.get("architecture") != ARCHITECTURE:
            raise ValueError(f"expected a {ARCHITECTURE} model, got {config.get('architecture')!r}")
        if not vocab or vocab[0] != UNKNOWN or len(weights["bigram"]) != len(vocab):
            raise ValueError("the vocabulary and the weights do not match")
        self.config = config
        self.vocab = vocab
        self.weights = weights
        self.index = {symbol: i for i, symbol in enumerate(vocab)}
        k = config["smoothing"]
        size = len(vocab)
        # Rows of next-character probabilities, computed once from the counts.
        self.rows = [[(count + k) / (sum(counts) + k * size) for count in counts] for counts in weights["bigram"]]

    def index_of(self, char: str) -> int:
        """The vocabulary index of a character (0 when it is unknown)."""
        return self.index.get(char, 0)

    def next_distribution(self, previous: str) -> list[float]:
        return self.rows[self.index_of(previous)]

    def predict(self, previous: str) -> str:
        """The most likely next character (never the unknown entry)."""
        row = self.next_distribution(previous)
        best = 1
        for i in range(2, len(row)):
            if row[i] > row[best]:
                best = i
        return self.vocab[best]

    def generate(self, prompt: str, length: int, seed: int = 1) -> str:
        """Continues `prompt` by `length` characters, sampling with a seeded generator."""
        rng = random.Random(seed)
        previous = prompt[-1] if prompt else "\n"
        out = [prompt]
        for _ in range(length):
            row = self.next_distribution(previous)
            # Sample among the known characters only: the model never writes <unk>.
            previous = rng.choices(self.vocab[1:], weights=row[1:])[0]
            out.append(previous)
        return "".join(out)

    def evaluate(self, text: str) -> dict:
        """Perplexity and next-character accuracy over `text`."""
        if len(text) < 2:
            raise ValueError("the evaluation text needs at least two characters")
        log_likelihood = 0.0
        correct = 0
        for previous, actual in zip(text, text[1:]):
            log_likelihood += math.log(self.next_distribution(previous)[self.index_of(actual)])
            if self.predict(previous) == actual:
                correct += 1
        predictions = len(text) - 1
        return {
            "perplexity": math.exp(-log_likelihood / predictions),
            "accuracy": correct / predictions,
            "characters": predictions,
        }


def train_model(text: str, name: str = "tiny-lm", smoothing: float = 0.1, serve: dict | None = None) -> CharBigramModel:
    """Counts the character pairs of `text` into a model."""
    if not smoothing > 0:
        raise ValueError("smoothing must be a positive number")
    # Sorted by code point, so the same text always gives byte-identical files.
    vocab = [UNKNOWN, *sorted(set(text))]
    index = {symbol: i for i, symbol in enumerate(vocab)}
    unigram = [0] * len(vocab)
    bigram = [[0] * len(vocab) for _ in vocab]
    for i, char in enumerate(text):
        unigram[index[char]] += 1
        if i > 0:
            bigram[index[text[i - 1]]][index[char]] += 1
    config = {
        "name": name,
        "architecture": ARCHITECTURE,
        "smoothing": smoothing,
        "vocab_size": len(vocab),
        "training_characters": len(text),
        "serve": serve or {},
    }
    return CharBigramModel(config, vocab, {"unigram": unigram, "bigram": bigram})


def save_model(model: CharBigramModel, directory: str | Path) -> None:
    """Writes config.json, vocab.json and weights.json to `directory`."""
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    (directory / "config.json").write_text(json.dumps(model.config, indent=2) + "\n", encoding="utf-8")
    compact = {"separators": (",", ":"), "ensure_ascii": False}
    (directory / "vocab.json").write_text(json.dumps(model.vocab, **compact) + "\n", encoding="utf-8")
    (directory / "weights.json").write_text(json.dumps(model.weights, **compact) + "\n", encoding="utf-8")


def load_model(directory: str | Path) -> CharBigramModel:
    directory = Path(directory)

    def read(name: str):
        return json.loads((directory / name).read_text(encoding="utf-8"))

    return CharBigramModel(read("config.json"), read("vocab.json"), read("weights.json"))
