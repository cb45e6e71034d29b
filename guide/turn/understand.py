"""The understand stage: a structured reading of the message, in process, before triage.

Nothing here leaves the process: the language model of the detector, the ConText rules and the intent
classifier all run locally on the raw message (which is why this stage may see it before redaction).
The reading is one signal of several; `decide` applies the policy table to all of them.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np

from guide.careplan.model import CarePlan
from guide.knowledge.models import UsualRange
from guide.language.detect import detect_language
from guide.language.intents import MODEL_PATH, IntentModel
from guide.language.measures import measurements, outside_goals, outside_usual, within_goals
from guide.language.negation import Assertion, ConText
from guide.language.text import message_sentences
from guide.turn.contracts import WINDOW_LANGUAGES, Reading

log = logging.getLogger(__name__)
EmbedOne = Callable[[str], np.ndarray]

__all__ = ["Assertion", "ConText", "Reading", "Understander"]
MAX_WINDOWS = 12  # the first twelve windows (thirteen sentences): a longer message costs no more than that


class Understander:
    """Reads messages: language, readings against the plan's goals, intents (classifier), ConText."""

    def __init__(
        self,
        *,
        embed: EmbedOne | None,
        model_path: Path = MODEL_PATH,
        context: ConText | None = None,
        windows: bool = True,
        usual_ranges: Sequence[UsualRange] = (),
    ):
        self.embed = embed
        self.usual_ranges = list(usual_ranges)  # knowledge/usual_ranges.yaml: for measures the plan sets no goal for
        self.windows = windows  # read a long message two sentences at a time (the policy's `emergency_intent.window`)
        self.context = context or ConText()
        self.model: IntentModel | None = None
        if embed is not None and model_path.exists():
            self.model = IntentModel.load(model_path)

    def read(
        self, question: str, plan: CarePlan | None = None, recent: str = "", previous: str | None = None
    ) -> Reading:
        """The structured reading of one message (`recent`: the conversation's earlier questions; `previous`: the
        question just before, which a follow-up leans on)."""
        reading = Reading(text=question, language=detect_language(question))
        reading.measurements = measurements(question)
        if plan is not None:
            reading.outside_goals = outside_goals(question, plan.goals, recent)
            reading.within_goals = within_goals(question, plan.goals, recent)
            usual = outside_usual(question, plan.goals, self.usual_ranges, recent)
            reading.outside_usual = {r.measure: r.shown() for r in usual}
        if self.model is not None and self.embed is not None:
            before = self.embed(previous) if previous else None
            reading.intents = self.model.predict(question, self.embed(question), previous, before)
            if self.windows and reading.language in WINDOW_LANGUAGES:
                reading.window_emergency = self._window_emergency(question, previous, before)
        return reading

    def _window_emergency(self, question: str, previous: str | None, before: np.ndarray | None) -> float:
        """The highest emergency probability over the message's windows of two sentences in a row (three sentences
        or more). A story whose danger sits in its middle ("...took him to the barber. he keeps rubbing his chest and
        he's grey, won't let me call anyone. anyway what soups are good") reads, as a whole, like its ending; a
        window keeps the sentence beside it, so a sign told as over ("it went away when he sat down") stays read
        with it."""
        assert self.model is not None and self.embed is not None
        parts = message_sentences(question)
        if len(parts) < 3:
            return 0.0
        windows = [f"{first} {second}" for first, second in itertools.pairwise(parts)][:MAX_WINDOWS]
        vectors = np.stack([np.asarray(self.embed(window), dtype=np.float32).ravel() for window in windows])
        return float(self.model.probabilities("emergency_report", windows, vectors, previous, before).max())

    def warm_up(self) -> None:
        """Load the language models and build ConText now, not on the first message."""
        from guide.language.detect import warm_up

        warm_up()
        self.context.warm_up()
