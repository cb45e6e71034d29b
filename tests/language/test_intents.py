"""The intent classifier: its exported numbers predict what scikit-learn predicts, and the shipped model was
fitted on the corpus's train split as it is now."""

from __future__ import annotations

import numpy as np
import pytest
from sklearn.calibration import CalibratedClassifierCV
from sklearn.linear_model import LogisticRegression

from evals.corpus import training_rows
from guide.language.intents import (
    ANALYZERS,
    DERIVED,
    HASH_FEATURES,
    INTENTS,
    MEMORY_INTENTS,
    MEMORY_K,
    MODEL_PATH,
    IntentModel,
    _hashed_rows,
    corpus_hash,
    features,
    fit,
)


def _reference() -> CalibratedClassifierCV:
    """What `fit` fits for one intent, written out with scikit-learn."""
    return CalibratedClassifierCV(
        LogisticRegression(C=8.0, class_weight="balanced", max_iter=3000, random_state=13),
        method="sigmoid",
        cv=3,
        ensemble=False,
    )


def _saved_and_loaded(tmp_path, seed: int, word_of):  # type: ignore[no-untyped-def]
    """240 random 8-d messages whose intents follow their vectors, fitted, saved and loaded again."""
    vectors = np.random.default_rng(seed).normal(size=(240, 8))
    labels = [[i for j, i in enumerate(INTENTS + DERIVED) if vectors[n, j % 8] > 0.3] for n in range(240)]
    texts = [f"message number {n} {word_of(vectors[n])}" for n in range(240)]
    fit(texts, labels, vectors, embeddings_id="test").save(tmp_path / "m.npz")
    return vectors, labels, texts, IntentModel.load(tmp_path / "m.npz")


def test_the_exported_model_gives_scikit_learns_calibrated_probabilities(tmp_path) -> None:  # type: ignore[no-untyped-def]
    vectors, labels, texts, loaded = _saved_and_loaded(tmp_path, 3, lambda v: "urgent" if v[2] > 0.3 else "calm")
    y = np.array([INTENTS[2] in row for row in labels], dtype=int)
    reference = _reference().fit(features(texts, vectors), y)
    expected = reference.predict_proba(features(texts[:20], vectors[:20]))[:, 1]
    got = [loaded.predict(t, v)[INTENTS[2]] for t, v in zip(texts[:20], vectors[:20], strict=True)]
    assert np.allclose(got, expected, atol=1e-4)


def test_a_follow_up_is_scored_as_scikit_learn_scores_its_features_with_the_message_before(tmp_path) -> None:  # type: ignore[no-untyped-def]
    # the prediction reads only the weights a message's n-grams touch; it must equal the whole feature product
    rng = np.random.default_rng(5)
    vectors, before = rng.normal(size=(240, 8)), rng.normal(size=(240, 8))
    previous = [None if n % 3 == 0 else f"earlier {'fall' if before[n, 1] > 0 else 'walk'} {n}" for n in range(240)]
    labels = [[i for j, i in enumerate(INTENTS + DERIVED) if (vectors + before)[n, j % 8] > 0.3] for n in range(240)]
    texts = [f"and now {'worse' if vectors[n, 2] > 0.3 else 'fine'} {n}" for n in range(240)]
    model = fit(texts, labels, vectors, embeddings_id="test", previous=previous, previous_vectors=before)
    model.save(tmp_path / "m.npz")
    loaded = IntentModel.load(tmp_path / "m.npz")
    y = np.array([INTENTS[2] in row for row in labels], dtype=int)
    reference = _reference().fit(features(texts, vectors, previous, before), y)
    expected = reference.predict_proba(features(texts[:30], vectors[:30], previous[:30], before[:30]))[:, 1]
    got = [
        loaded.predict(texts[n], vectors[n], previous[n], before[n] if previous[n] else None)[INTENTS[2]]
        for n in range(30)
    ]
    assert np.allclose(got, expected, atol=1e-4)
    assert max(expected) - min(expected) > 0.2  # the probabilities differ, so agreeing means something


# Edge cases of scikit-learn's analyzers: an empty text, one-letter and exactly-n-letter words, runs of white space,
# accents, an emoji, a word of digits, capitals, punctuation around words, a long word.
_AWKWARD = ["", "a", "I ok", "ok  now\tthen\n\nso", "mamá está ahogándose 😢", "CALL 911!!", "x" * 40, "dr.smith's b/p"]


def test_the_n_gram_columns_are_scikit_learns_hashing_vectorizer_s() -> None:
    """The turn hashes n-grams without scikit-learn; the model was fitted on what `HashingVectorizer` computes."""
    from sklearn.feature_extraction.text import HashingVectorizer

    texts = [r.text for r in list(training_rows("train"))[:1500]] + _AWKWARD
    common = {"n_features": HASH_FEATURES, "alternate_sign": False, "norm": "l2", "lowercase": True}
    references = (
        HashingVectorizer(analyzer="char_wb", ngram_range=(2, 5), **common),
        HashingVectorizer(analyzer="word", ngram_range=(1, 2), **common),
    )
    for analyzer, reference in zip(ANALYZERS, references, strict=True):
        ours, theirs = _hashed_rows(texts, analyzer), reference.transform(texts)
        assert ours.shape == theirs.shape
        assert abs(ours - theirs).max() < 1e-12, analyzer.__name__


def test_an_intent_with_too_few_examples_is_refused() -> None:
    vectors = np.zeros((10, 4))
    with pytest.raises(ValueError, match="too few examples"):
        fit(["x"] * 10, [[] for _ in range(10)], vectors, embeddings_id="test")


def test_the_shipped_model_was_fitted_on_the_train_split_as_it_is_now() -> None:
    rows = list(training_rows("train"))
    model = IntentModel.load(MODEL_PATH)
    assert model.intents == INTENTS + DERIVED
    assert model.corpus_hash == corpus_hash(
        [r.text for r in rows], [r.intents for r in rows], [r.previous for r in rows]
    ), "the train split changed: run `guide eval train-intents` and commit guide/language/intent_model.npz"


def test_the_emergency_probability_is_averaged_with_the_nearest_train_messages(tmp_path) -> None:  # type: ignore[no-untyped-def]
    vectors, labels, texts, loaded = _saved_and_loaded(tmp_path, 11, lambda v: "")
    rng = np.random.default_rng(12)
    without = IntentModel(**{**loaded.__dict__, "memory": None})
    unit = vectors / np.linalg.norm(vectors, axis=1, keepdims=True)
    for n in range(10):
        query = vectors[n] + rng.normal(scale=0.2, size=8)
        cosines = unit @ (query / np.linalg.norm(query))
        nearest = np.argsort(-cosines)[:MEMORY_K]  # by brute force, not argpartition
        got, alone = loaded.predict(texts[n], query), without.predict(texts[n], query)
        for intent in MEMORY_INTENTS:
            holds = np.array([intent in labels[i] for i in nearest], dtype=float)
            vote = (cosines[nearest] * holds).sum() / cosines[nearest].sum()
            assert got[intent] == pytest.approx((alone[intent] + vote) / 2, abs=0.02)  # int8 storage
        assert got[INTENTS[2]] == alone[INTENTS[2]]  # the other intents are the regression's alone
    assert loaded.predict(texts[0], np.zeros(8))["emergency_report"] == pytest.approx(
        without.predict(texts[0], np.zeros(8))["emergency_report"] / 2
    )  # no vector, no neighbours: the vote is 0


def test_one_intents_probabilities_for_several_texts_are_the_full_predictions() -> None:
    """The window reading scores only the emergency intent, for several texts after one message: the same numbers."""
    model = IntentModel.load()
    rng = np.random.default_rng(5)
    dim = model.memory.vectors.shape[1] if model.memory is not None else 384
    texts = ["he keeps rubbing his chest and he's grey", "what soups are good", "she fell and hit her head"]
    vectors = rng.normal(size=(3, dim)).astype(np.float32)
    before = rng.normal(size=dim).astype(np.float32)
    for previous, previous_vector in ((None, None), ("is he ok to walk today", before)):
        together = model.probabilities("emergency_report", texts, vectors, previous, previous_vector)
        one_by_one = [
            model.predict(t, v, previous, previous_vector)["emergency_report"]
            for t, v in zip(texts, vectors, strict=True)
        ]
        assert together == pytest.approx(one_by_one, abs=1e-6)
    assert model.probabilities("medicine_change", texts, vectors) == pytest.approx(
        [model.predict(t, v)["medicine_change"] for t, v in zip(texts, vectors, strict=True)], abs=1e-6
    )
