from pathlib import Path

import pytest

from tiny_lm import UNKNOWN, load_model, save_model, train_model

DATA = Path(__file__).resolve().parent.parent / "data"
CORPUS = (DATA / "train.txt").read_text(encoding="utf-8")
HELDOUT = (DATA / "heldout.txt").read_text(encoding="utf-8")


def test_every_row_of_probabilities_sums_to_one():
    model = train_model(CORPUS)
    for row in model.rows:
        assert sum(row) == pytest.approx(1.0)


def test_vocabulary_holds_unk_and_each_character_once():
    model = train_model("abca")
    assert model.vocab == [UNKNOWN, "a", "b", "c"]
    assert model.index_of("z") == 0


def test_it_learns_which_character_follows_which():
    model = train_model("ab ab ab ab")
    assert model.predict("a") == "b"
    assert model.predict("b") == " "


def test_on_heldout_text_it_beats_guessing_uniformly():
    model = train_model(CORPUS)
    result = model.evaluate(HELDOUT)
    assert result["perplexity"] < len(model.vocab) / 2
    assert result["accuracy"] > 0.15


def test_generation_continues_the_prompt_and_is_reproducible():
    model = train_model(CORPUS)
    text = model.generate("The ", 40, seed=7)
    assert text.startswith("The ")
    assert len(text) == 44
    assert model.generate("The ", 40, seed=7) == text
    assert UNKNOWN not in text


def test_saved_model_loads_back_and_files_are_reproducible(tmp_path):
    save_model(train_model(CORPUS), tmp_path / "a")
    save_model(train_model(CORPUS), tmp_path / "b")
    for name in ("config.json", "vocab.json", "weights.json"):
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes()
    assert load_model(tmp_path / "a").evaluate(HELDOUT) == train_model(CORPUS).evaluate(HELDOUT)


def test_smoothing_must_be_positive():
    with pytest.raises(ValueError, match="smoothing"):
        train_model(CORPUS, smoothing=0)
