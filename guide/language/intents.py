"""The learned reading of a message: which intents hold, as calibrated probabilities.

One logistic regression per intent (scikit-learn) over two views of the message: the MiniLM sentence
embedding the service already computes (meaning), and hashed character and word n-grams (the words
themselves, misspelled or not: "antifreze", "wont answer"); and the same two views of the conversation's
previous message, at a lower weight and zero on a first message, so a follow-up ("it was 4.5 today", "so
should we skip tonight's then") is read with what it answers without guessing whether it is one. Each is
calibrated with a sigmoid fitted on 3-fold out-of-fold scores
(`CalibratedClassifierCV(method="sigmoid", ensemble=False)`). For an emergency, the probability is averaged with
the vote of the nearest train messages (`Memory`, see MEMORY_INTENTS). Adding the n-grams to the embedding raised,
on the dev split, the emergency intent's recall at 2% false alarms from 0.65 to 0.90 and "a clinician
should see this" from 0.55 to 0.74 (docs/decisions.md).

The fitted numbers are exported to a small `.npz` (no pickle) and predicted with NumPy; the hashing is
stateless, so nothing else is stored. The model ships in the repository and is rebuilt from the corpus's
train split by `guide eval train-intents`; a test checks it was fitted on the train split as it is now.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

INTENTS = (
    "emergency_report",
    "new_or_worse_symptom",
    "reading",
    "medicine_change",
    "supplement_start",
    "interaction",
    "hazard",
    "diagnosis",
    "asks_for_team",
    "plan_question",
    "general_health",
    "off_topic",
)
# What kind of question it is, never a reason to escalate on its own; every other intent needs a clinician.
INFORMATIONAL = frozenset({"plan_question", "general_health", "reading", "off_topic", "emergency_report"})
# Learned from the decision label rather than written by the labellers: "a clinician should see this" (the
# label is needs_review or emergency, not answered).
DERIVED = ("needs_clinician",)
MODEL_PATH = Path(__file__).with_name("intent_model.npz")
HASH_FEATURES = 2**14  # per analyzer; more measured no better on dev
# The embedding's scale beside the n-grams (each block has unit norm): at half weight, the regularisation leans on
# the embedding more, and dev recall at 1% false alarms rose (emergency 0.89 -> 0.91, needs_clinician 0.68 -> 0.77).
EMBEDDING_WEIGHT = 0.5
# The previous message's views beside the message's own. Replacing the guess "is this a follow-up?" (join the two
# texts when it looks like one) by this block raised, on dev's 255 later turns, "needs a clinician" recall at 5%
# false alarms from 0.71 to 0.87 and emergency recall at 1% from 0.83 to 0.87, first messages unchanged.
CONTEXT_WEIGHT = 0.5
# Beside the regression, a memory of the train messages for the emergency intent: the share of the MEMORY_K nearest
# train messages (MiniLM cosine, weighed by it) that are emergencies, averaged with the calibrated probability. A
# linear model draws one boundary through the embedding; the neighbours see the local shape of it ("he wants to
# turn off his oxygen for good" sits among the train's indirect suicidal messages). On the dev split (1,710 turns,
# other writers than train), the emergency intent's recall at 1% false alarms rose from 0.948 to 0.960; a small MLP
# on the embeddings did worse than the regression alone. For "needs a clinician" the vote helped more on dev (0.853
# -> 0.891 at 1%) but carries the train writers' habits whole (every burn held): at any threshold that kept the
# escalation suite's answerable questions answered it lost needs_review recall, so it is not used (docs/decisions.md).
# Stored as int8 (unit vectors x 127: cosines within about 0.01).
MEMORY_INTENTS = ("emergency_report",)
MEMORY_K = 10
# What `features` computes; a saved model records it and one fitted on other features is refused on load.
FEATURES_ID = (
    f"minilm*{EMBEDDING_WEIGHT}+char2-5+word1-2,previous*{CONTEXT_WEIGHT},hash{HASH_FEATURES}"
    f",memory{MEMORY_K}({'+'.join(MEMORY_INTENTS)})"
)


_SPACES = re.compile(r"\s\s+")
_WORD_TOKEN = re.compile(r"(?u)\b\w\w+\b")


def char_ngrams(text: str) -> list[str]:
    """Character 2- to 5-grams inside word boundaries, each word padded with a space (scikit-learn's `char_wb`)."""
    grams: list[str] = []
    for word in _SPACES.sub(" ", text.lower()).split():
        padded = f" {word} "
        for n in range(2, 6):
            if len(padded) <= n:
                grams.append(padded)  # a word no longer than n counts once, whole
                break
            grams.extend(padded[i : i + n] for i in range(len(padded) - n + 1))
    return grams


def word_ngrams(text: str) -> list[str]:
    """Words of two or more letters and their pairs (scikit-learn's `word` analyzer, n-grams 1-2)."""
    words = _WORD_TOKEN.findall(text.lower())
    return words + [f"{a} {b}" for a, b in zip(words, words[1:], strict=False)]


def hashed(grams: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """The n-grams as a unit-length row of `HASH_FEATURES` columns, as (columns, values): each gram's signed 32-bit
    MurmurHash3 (seed 0) gives its column, |h| mod HASH_FEATURES, as scikit-learn's `HashingVectorizer` does with
    `alternate_sign=False`, `norm="l2"`. The same numbers without importing scikit-learn (1.8 s of a server's
    start); `tests/language/test_intents.py` compares the two."""
    import mmh3

    counts: dict[int, float] = {}
    for gram in grams:
        h = mmh3.hash(gram, 0, True)
        column = (2**31 - HASH_FEATURES) % HASH_FEATURES if h == -(2**31) else abs(h) % HASH_FEATURES
        counts[column] = counts.get(column, 0.0) + 1.0
    if not counts:
        return np.zeros(0, dtype=np.int64), np.zeros(0)
    columns = np.fromiter(counts.keys(), dtype=np.int64, count=len(counts))
    values = np.fromiter(counts.values(), dtype=np.float64, count=len(counts))
    order = np.argsort(columns)
    return columns[order], values[order] / np.linalg.norm(values)


ANALYZERS = (char_ngrams, word_ngrams)


def _hashed_rows(texts: Sequence[str], analyzer: Any) -> Any:
    from scipy.sparse import csr_matrix

    rows = [hashed(analyzer(t)) for t in texts]
    indptr = np.cumsum([0] + [len(c) for c, _ in rows])
    columns = np.concatenate([c for c, _ in rows]) if rows else np.zeros(0, dtype=np.int64)
    values = np.concatenate([v for _, v in rows]) if rows else np.zeros(0)
    return csr_matrix((values, columns, indptr), shape=(len(texts), HASH_FEATURES))


def features(
    texts: Sequence[str],
    vectors: np.ndarray,
    previous: Sequence[str | None] | None = None,
    previous_vectors: np.ndarray | None = None,
) -> Any:
    """The classifier's input: each text's embedding and hashed character and word n-grams, then the same of the
    message before it in the conversation (`previous`, None or "" for a first message) at `CONTEXT_WEIGHT`."""
    from scipy.sparse import csr_matrix, hstack

    vectors = np.atleast_2d(vectors)
    before = [p or "" for p in previous] if previous is not None else [""] * len(texts)
    if previous_vectors is None:
        previous_vectors = np.zeros_like(vectors)
    previous_vectors = np.atleast_2d(previous_vectors) * np.array([[1.0 if p else 0.0] for p in before])
    return hstack(
        [
            csr_matrix(EMBEDDING_WEIGHT * vectors),
            *(_hashed_rows(texts, analyzer) for analyzer in ANALYZERS),
            csr_matrix(CONTEXT_WEIGHT * EMBEDDING_WEIGHT * previous_vectors),
            *(CONTEXT_WEIGHT * _hashed_rows(before, analyzer) for analyzer in ANALYZERS),
        ]
    ).tocsr()


@dataclass(frozen=True)
class Memory:
    """The train messages' unit embeddings and which of MEMORY_INTENTS each holds."""

    vectors: np.ndarray  # messages x dim, float32, unit length
    labels: np.ndarray  # messages x len(MEMORY_INTENTS), float32 0/1

    def vote(self, vector: np.ndarray) -> np.ndarray:
        """Per memory intent, the cosine-weighted share of the MEMORY_K nearest messages that hold it."""
        return self.votes(np.asarray(vector, dtype=np.float32).reshape(1, -1))[0]

    def votes(self, vectors: np.ndarray) -> np.ndarray:
        """`vote` for each row of `vectors` (rows x len(MEMORY_INTENTS)), in one product over the memory."""
        units = np.atleast_2d(np.asarray(vectors, dtype=np.float32))
        norms = np.linalg.norm(units, axis=1, keepdims=True)
        out = np.zeros((len(units), len(MEMORY_INTENTS)))
        if len(self.vectors) == 0:
            return out
        similarities = self.vectors @ (units / np.where(norms == 0, 1.0, norms)).T  # memory x rows
        k = min(MEMORY_K, len(self.vectors))
        nearest = np.argpartition(-similarities, k - 1, axis=0)[:k]  # k x rows
        for column in range(len(units)):
            if norms[column, 0] == 0.0:
                continue
            weights = np.clip(similarities[nearest[:, column], column], 1e-6, None)
            out[column] = (weights @ self.labels[nearest[:, column]]) / weights.sum()
        return out

    @classmethod
    def of(cls, vectors: np.ndarray, labels: Sequence[Sequence[str]]) -> Memory:
        """The memory of these messages (any scale: each row is made unit length) and their intents."""
        vectors = np.asarray(vectors, dtype=np.float32)
        norms = np.linalg.norm(vectors, axis=1, keepdims=True)
        unit = vectors / np.where(norms == 0, 1.0, norms)
        marks = np.array([[i in row for i in MEMORY_INTENTS] for row in labels], dtype=np.float32)
        return cls(_quantised(unit), marks.reshape(len(unit), len(MEMORY_INTENTS)))


def _quantised(unit: np.ndarray) -> np.ndarray:
    """Unit vectors as they are after the int8 round trip of `IntentModel.save` (so a fitted model and the same model
    loaded predict alike)."""
    return (np.round(unit * 127).astype(np.int8).astype(np.float32)) / 127


@dataclass(frozen=True)
class IntentModel:
    """Per intent: the weights over `features`, an intercept and the sigmoid calibration (a, b)."""

    intents: tuple[str, ...]
    weights: np.ndarray  # intents x features
    intercepts: np.ndarray  # intents
    cal_a: np.ndarray  # intents
    cal_b: np.ndarray  # intents
    corpus_hash: str
    embeddings_id: str
    memory: Memory | None = None

    def predict(
        self, text: str, vector: np.ndarray, previous: str | None = None, previous_vector: np.ndarray | None = None
    ) -> dict[str, float]:
        """Probability of each intent for one message and its embedding, after `previous` (and its embedding)."""
        scores = self._scores(text, vector, previous, previous_vector)
        probs = 1.0 / (1.0 + np.exp(self.cal_a * scores + self.cal_b))
        out = {intent: float(p) for intent, p in zip(self.intents, probs, strict=True)}
        if self.memory is not None:
            for intent, vote in zip(MEMORY_INTENTS, self.memory.vote(vector), strict=True):
                out[intent] = (out[intent] + float(vote)) / 2
        return out

    def probabilities(
        self,
        intent: str,
        texts: Sequence[str],
        vectors: np.ndarray,
        previous: str | None = None,
        previous_vector: np.ndarray | None = None,
    ) -> np.ndarray:
        """`predict(text, vector, previous, previous_vector)[intent]` for several texts after the same message, with
        only that intent's weights and the message before's share computed once (the window reading's cost)."""
        row = self.intents.index(intent)
        weights = self.weights[row]
        vectors = np.atleast_2d(np.asarray(vectors, dtype=np.float32))
        dim = vectors.shape[1]
        shared = float(self.intercepts[row])
        context_start = dim + 2 * HASH_FEATURES
        if previous:
            if previous_vector is not None:
                block = weights[context_start : context_start + dim]
                shared += float(block @ (CONTEXT_WEIGHT * EMBEDDING_WEIGHT * np.asarray(previous_vector).ravel()))
            shared += CONTEXT_WEIGHT * float(self._ngram_score(weights, context_start + dim, previous))
        scores = (vectors @ (EMBEDDING_WEIGHT * weights[:dim])).astype(np.float64) + shared
        scores += np.array([float(self._ngram_score(weights, dim, text)) for text in texts])
        probs = 1.0 / (1.0 + np.exp(self.cal_a[row] * scores + self.cal_b[row]))
        if self.memory is not None and intent in MEMORY_INTENTS:
            probs = (probs + self.memory.votes(vectors)[:, MEMORY_INTENTS.index(intent)]) / 2
        return np.asarray(probs, dtype=np.float64)

    @staticmethod
    def _ngram_score(weights: np.ndarray, start: int, text: str) -> Any:
        """The weights (one intent's row, or every intent's) over a text's hashed character and word n-grams, whose
        columns start at `start`: a float for a row, an array for all intents."""
        total: Any = 0.0
        for offset, analyzer in zip((start, start + HASH_FEATURES), ANALYZERS, strict=True):
            columns, values = hashed(analyzer(text))
            if len(columns):
                total = total + weights[..., offset + columns] @ values
        return total

    def _scores(
        self, text: str, vector: np.ndarray, previous: str | None, previous_vector: np.ndarray | None
    ) -> np.ndarray:
        """`features([text], ...) @ weights.T + intercepts` for one message, block by block: the n-gram blocks
        touch a few hundred of the weights' 66,000 columns, so only those are read (a sparse-matrix product over
        the whole weights took 0.7 ms, building the matrix 1.4 ms)."""
        dim = np.atleast_2d(vector).shape[1]
        embedding = self.weights[:, :dim] @ (EMBEDDING_WEIGHT * np.asarray(vector, dtype=np.float32).ravel())
        scores = embedding.astype(np.float64) + self.intercepts
        blocks = [(dim, 1.0, text)]
        context_start = dim + 2 * HASH_FEATURES
        if previous:
            if previous_vector is not None:
                block = self.weights[:, context_start : context_start + dim]
                scores += block @ (CONTEXT_WEIGHT * EMBEDDING_WEIGHT * np.asarray(previous_vector).ravel())
            blocks.append((context_start + dim, CONTEXT_WEIGHT, previous))
        for start, weight, words_of in blocks:
            scores += weight * self._ngram_score(self.weights, start, words_of)
        return scores

    def save(self, path: Path = MODEL_PATH) -> None:
        """Write the model as plain arrays and a JSON header (no pickle)."""
        header = json.dumps(
            {
                "intents": list(self.intents),
                "corpus_hash": self.corpus_hash,
                "embeddings_id": self.embeddings_id,
                "features": FEATURES_ID,
            }
        )
        with path.open("wb") as f:
            np.savez_compressed(
                f,
                header=np.array(header),
                weights=self.weights.astype(np.float32),
                intercepts=self.intercepts,
                cal_a=self.cal_a,
                cal_b=self.cal_b,
                memory=np.round((self.memory.vectors if self.memory else np.zeros((0, 1))) * 127).astype(np.int8),
                memory_labels=(self.memory.labels if self.memory else np.zeros((0, len(MEMORY_INTENTS)))).astype(
                    np.uint8
                ),
            )

    @classmethod
    def load(cls, path: Path = MODEL_PATH) -> IntentModel:
        """Read a saved model; one fitted on other features than `features` computes now is refused."""
        with np.load(path, allow_pickle=False) as data:
            header = json.loads(str(data["header"]))
            if header.get("features") != FEATURES_ID:
                raise ValueError(
                    f"{path} was fitted on features {header.get('features')!r}, not {FEATURES_ID!r}: "
                    "run `guide eval train-intents`"
                )
            return cls(
                intents=tuple(header["intents"]),
                weights=data["weights"],
                intercepts=data["intercepts"],
                cal_a=data["cal_a"],
                cal_b=data["cal_b"],
                corpus_hash=header["corpus_hash"],
                embeddings_id=header["embeddings_id"],
                memory=Memory(data["memory"].astype(np.float32) / 127, data["memory_labels"].astype(np.float32)),
            )


def corpus_hash(
    texts: Sequence[str], labels: Sequence[Sequence[str]], previous: Sequence[str | None] | None = None
) -> str:
    """A hash of the training rows (each text, the message before it, its labels), so a model can say which corpus
    it was fitted on."""
    digest = hashlib.sha256()
    before = previous if previous is not None else [None] * len(texts)
    for text, prior, row in zip(texts, before, labels, strict=True):
        digest.update(text.encode() + b"\0" + (prior or "").encode() + b"\0" + ",".join(sorted(row)).encode() + b"\n")
    return digest.hexdigest()[:16]


def fit(
    texts: Sequence[str],
    labels: Sequence[Sequence[str]],
    vectors: np.ndarray,
    *,
    embeddings_id: str,
    previous: Sequence[str | None] | None = None,
    previous_vectors: np.ndarray | None = None,
    c: float = 8.0,
    folds: int = 3,
    seed: int = 13,
) -> IntentModel:
    """Fit one calibrated logistic regression per intent on the rows' features (each row after its `previous`
    message, if any, with `previous_vectors` its embeddings), and keep the rows' embeddings as the memory."""
    from sklearn.calibration import CalibratedClassifierCV
    from sklearn.linear_model import LogisticRegression

    x = features(texts, vectors, previous, previous_vectors)
    weights, intercepts, cal_a, cal_b = [], [], [], []
    for intent in INTENTS + DERIVED:
        y = np.array([intent in row for row in labels], dtype=int)
        if y.sum() < folds or (len(y) - y.sum()) < folds:
            raise ValueError(f"too few examples for intent {intent!r}: {int(y.sum())} of {len(y)}")
        base = LogisticRegression(C=c, class_weight="balanced", max_iter=3000, random_state=seed)
        model = CalibratedClassifierCV(base, method="sigmoid", cv=folds, ensemble=False).fit(x, y)
        calibrated = model.calibrated_classifiers_[0]
        weights.append(calibrated.estimator.coef_[0])
        intercepts.append(calibrated.estimator.intercept_[0])
        cal_a.append(calibrated.calibrators[0].a_)
        cal_b.append(calibrated.calibrators[0].b_)
    return IntentModel(
        intents=INTENTS + DERIVED,
        weights=np.array(weights, dtype=np.float32),
        intercepts=np.array(intercepts),
        cal_a=np.array(cal_a),
        cal_b=np.array(cal_b),
        corpus_hash=corpus_hash(texts, labels, previous),
        embeddings_id=embeddings_id,
        memory=Memory.of(vectors, labels),
    )
