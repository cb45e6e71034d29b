"""The understand stage reads a long message's windows of two sentences as well as the whole message."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from guide.turn.understand import Understander


class _Model:
    """Stands in for the intent model: an emergency when the text names a rubbed chest; records what it read."""

    def __init__(self) -> None:
        self.read: list[str] = []

    def predict(self, text: str, vector: np.ndarray, previous: str | None = None, before: object = None) -> dict:
        self.read.append(text)
        return {"emergency_report": 0.9 if "rubbing his chest" in text else 0.1}

    def probabilities(
        self, intent: str, texts: list[str], vectors: np.ndarray, previous: str | None = None, before: object = None
    ) -> np.ndarray:
        assert intent == "emergency_report" and len(vectors) == len(texts)
        return np.array(
            [self.predict(text, vector, previous, before)[intent] for text, vector in zip(texts, vectors, strict=True)]
        )


def _understander(model: _Model, windows: bool = True) -> Understander:
    understander = Understander(
        embed=lambda text: np.ones(3, dtype=np.float32), model_path=Path("no-such-model.npz"), windows=windows
    )
    understander.model = model  # type: ignore[assignment]
    return understander


def test_a_story_with_the_danger_in_its_middle_has_a_window_that_reads_as_an_emergency() -> None:
    model = _Model()
    story = "long day at the barber. anyway he keeps rubbing his chest and he's grey. what soups are good"
    reading = _understander(model).read(story)
    assert reading.probability("emergency_report") == 0.9  # the stand-in reads the whole text too
    assert reading.window_emergency == 0.9
    assert "long day at the barber. anyway he keeps rubbing his chest and he's grey." in model.read
    assert "anyway he keeps rubbing his chest and he's grey. what soups are good" in model.read


def test_a_message_of_fewer_than_three_sentences_has_no_windows() -> None:
    model = _Model()
    reading = _understander(model).read("he keeps rubbing his chest. what soups are good")
    assert reading.window_emergency == 0.0
    assert model.read == ["he keeps rubbing his chest. what soups are good"]  # the whole message only


def test_no_window_is_read_when_the_policy_reads_none_or_in_another_language() -> None:
    story = "long day at the barber. anyway he keeps rubbing his chest and he's grey. what soups are good"
    model = _Model()
    assert _understander(model, windows=False).read(story).window_emergency == 0.0
    assert model.read == [story]
    model = _Model()
    polish = "dzis byl dlugi dzien u fryzjera. potem upadl i nie wstaje. co robic teraz"
    assert _understander(model).read(polish).window_emergency == 0.0
    assert model.read == [polish]


def test_a_very_long_message_reads_at_most_twelve_windows() -> None:
    model = _Model()
    story = " ".join(f"sentence number {n} of the story." for n in range(30))
    _understander(model).read(story)
    assert len(model.read) == 1 + 12
