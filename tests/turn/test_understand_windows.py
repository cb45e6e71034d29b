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


def _understander(model: _Model) -> Understander:
    understander = Understander(embed=lambda text: np.ones(3, dtype=np.float32), model_path=Path("no-such-model.npz"))
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
