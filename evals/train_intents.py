"""Fit the intent classifier on the corpus's train split and write it where the service loads it.

`guide eval train-intents` runs this. The model is small (12 intents x 3 folds x 384 weights) and ships in
the repository, so `make install` trains nothing and a fresh checkout answers at once; a test checks that
the shipped model was fitted on the train split as it is now.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from evals.corpus import CORPUS, training_rows
from guide.services import Services
from guide.understanding.intents import MODEL_PATH, IntentModel, fit


def train(services: Services, *, root: Path = CORPUS, out: Path = MODEL_PATH) -> IntentModel:
    """Embed every train message with the service's own model, fit, save, and return the model."""
    rows = list(training_rows("train", root))
    texts = [t for t, _ in rows]
    labels = [i for _, i in rows]
    vectors = np.stack([services.similarity.unit(t) for t in texts]) if len(texts) < 64 else _bulk(services, texts)
    model = fit(texts, labels, vectors, embeddings_id=services.settings.embeddings_id)
    model.save(out)
    return model


def _bulk(services: Services, texts: list[str]) -> np.ndarray:
    """Unit vectors of many texts in batches (the same vectors `unit` gives one at a time)."""
    out = []
    for start in range(0, len(texts), 256):
        out.append(services.similarity._unit(texts[start : start + 256]))
    return np.concatenate(out)
