"""The spaCy pipeline Presidio runs is NER alone, and leaving the other components out changes no entity."""

from __future__ import annotations

import importlib

import pytest

from redaction.nlp import _EXCLUDE, MODEL_PACKAGE, PackagedSpacyNlpEngine

SENTENCES = (
    "My mother Rosa Delgado moved from Tucson to Dayton, Ohio last March.",
    "Call Dr. Okafor at Mercy General about Ben's refill before Friday.",
    "pt seen by Nurse Kim Lee in Boise; daughter Anne Marie Fox is the proxy.",
    "We drove up to Lake Placid with Uncle Joe and Aunt Priya on Saturday.",
)


@pytest.fixture(scope="module")
def engine() -> PackagedSpacyNlpEngine:
    nlp_engine = PackagedSpacyNlpEngine()
    nlp_engine.load()
    return nlp_engine


def test_only_ner_runs(engine: PackagedSpacyNlpEngine) -> None:
    assert engine.nlp["en"].pipe_names == ["ner"]


def test_ner_embeds_with_its_own_tok2vec_not_a_listener(engine: PackagedSpacyNlpEngine) -> None:
    """The shared `tok2vec` may be left out only while the NER does not listen to it."""
    architecture = engine.nlp["en"].config["components"]["ner"]["model"]["tok2vec"]["@architectures"]
    assert "Listener" not in architecture


def test_entities_match_the_whole_pipeline(engine: PackagedSpacyNlpEngine) -> None:
    """The full model (tagger, parser and the shared tok2vec loaded) finds the very same entities."""
    full = importlib.import_module(MODEL_PACKAGE).load()
    assert set(_EXCLUDE) <= set(full.component_names)  # each name left out is one of the model's own
    ours = engine.nlp["en"]
    found = 0
    for sentence in SENTENCES:
        mine = [(e.start_char, e.end_char, e.label_) for e in ours(sentence).ents]
        assert mine == [(e.start_char, e.end_char, e.label_) for e in full(sentence).ents], sentence
        found += len(mine)
    assert found >= 8  # the sentences do hold entities, so the comparison means something
