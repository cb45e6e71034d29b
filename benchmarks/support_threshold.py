"""How similar (MiniLM cosine) a sentence is to the best sentence of a passage it does NOT come from.

The verifier asks every answer sentence to be close, in meaning as well as in words, to a sentence of
the passage it cites. This prints the distribution of that similarity for sentences checked against
passages of *other* articles (what an unsupported sentence looks like), so the threshold in
guide/turn/verify.py can be set above nearly all of them. Prints numbers; not a test.
"""

from __future__ import annotations

import os
import random

os.environ.setdefault("HF_HUB_OFFLINE", "1")

import numpy as np  # noqa: E402

from guide.knowledge import loader  # noqa: E402
from guide.language.text import sentences  # noqa: E402
from guide.ml.embeddings import build_embeddings  # noqa: E402
from guide.resources import data_folder  # noqa: E402
from guide.settings import Settings  # noqa: E402


def main(samples: int = 1500, seed: int = 11) -> None:
    """Sample (sentence, passage of another article) pairs and print percentiles of the best match."""
    kb = loader.load(data_folder("knowledge"))
    passages = [p for p in kb.passages() if sentences(p.text)]
    pool = [(p.article_id, s) for p in passages for s in sentences(p.text) if len(s.split()) >= 6]
    rng = random.Random(seed)
    model = build_embeddings(Settings())
    texts = sorted({s for _, s in pool} | {s for p in passages for s in sentences(p.text)})
    vectors = dict(zip(texts, np.asarray(model.embed_documents(texts)), strict=True))
    best = []
    for _ in range(samples):
        article, sentence = rng.choice(pool)
        other = rng.choice([p for p in passages if p.article_id != article])
        v = vectors[sentence]
        best.append(max(float(v @ vectors[s]) for s in sentences(other.text)))
    ordered = sorted(best)
    for q in (50, 90, 95, 99, 99.5, 100):
        index = min(len(ordered) - 1, int(q / 100 * len(ordered)))
        print(f"unrelated sentence vs other article's passage, p{q}: {ordered[index]:.3f}")


if __name__ == "__main__":
    main()
