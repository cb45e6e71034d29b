"""Fit the intent classifier on the corpus's train split and write it where the service loads it.

`guide eval train-intents` runs this. The model is small (12 intents x 3 folds x 384 weights) and ships in
the repository, so `make install` trains nothing and a fresh checkout answers at once; a test checks that
the shipped model was fitted on the train split as it is now.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from evals.corpus import CORPUS, training_rows
from guide.language.intents import MODEL_PATH, IntentModel, fit
from guide.services import Services


def train(services: Services, *, root: Path = CORPUS, out: Path = MODEL_PATH) -> IntentModel:
    """Embed every train message with the service's own model, fit, save, and return the model."""
    rows = list(training_rows("train", root))
    texts = [r.text for r in rows]
    previous = [r.previous for r in rows]
    distinct = sorted({*texts, *(p for p in previous if p)})
    vector_of = dict(zip(distinct, _bulk(services, distinct), strict=True))
    vectors = np.stack([vector_of[t] for t in texts])
    previous_vectors = np.stack([vector_of[p] if p else np.zeros_like(vectors[0]) for p in previous])
    model = fit(
        texts,
        [r.intents for r in rows],
        vectors,
        embeddings_id=services.settings.embeddings_id,
        previous=previous,
        previous_vectors=previous_vectors,
    )
    model.save(out)
    return model


def _bulk(services: Services, texts: list[str]) -> np.ndarray:
    """Unit vectors of many texts in batches (the same vectors `unit` gives one at a time)."""
    out = []
    for start in range(0, len(texts), 256):
        out.append(services.similarity._unit(texts[start : start + 256]))
    return np.concatenate(out)
