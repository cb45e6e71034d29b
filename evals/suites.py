"""Eval suites as data: pydantic models of `evals/suites/*.yaml` (unknown keys are errors).

A suite file has a `kind`: `conversation` (the default: cases of turns through the guide),
`retrieval` (labelled knowledge-base questions) or `redaction` (a generated corpus with gold spans).
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Annotated, Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, TypeAdapter, field_validator

Decision = Literal["answered", "needs_review", "emergency"]
SUITES = Path(__file__).resolve().parent / "suites"
REPO_ROOT = Path(__file__).resolve().parents[1]  # suite files name corpora relative to it


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class RubricItem(_Strict):
    """A HealthBench-style criterion with signed points."""

    criterion: str
    points: int
    tags: list[str] = Field(default_factory=list)
    phrases_any: list[str] = Field(
        default_factory=list, description="Deterministic check: any phrase present. Without it a judge grades."
    )


class Expect(_Strict):
    """What a turn's reply must show."""

    decision: Decision | list[Decision]
    must_include_any: list[str] = Field(default_factory=list)
    must_not_include: list[str] = Field(default_factory=list)
    must_cite: list[str] = Field(default_factory=list)
    facts: list[str] = Field(default_factory=list)
    rubric: list[RubricItem] = Field(default_factory=list)

    @property
    def decisions(self) -> set[str]:
        """The acceptable decisions."""
        return {self.decision} if isinstance(self.decision, str) else set(self.decision)

    @field_validator("decision")
    @classmethod
    def _not_empty(cls, value: Decision | list[Decision]) -> Decision | list[Decision]:
        if isinstance(value, list) and not value:
            raise ValueError("decision list is empty")
        return value


class Turn(_Strict):
    """One question and its expectations."""

    question: str
    expect: Expect


class Case(_Strict):
    """A conversation about one consumer, asked by the consumer or a designee."""

    id: str
    consumer: str
    asker: str = "consumer"
    tags: list[str] = Field(default_factory=list)
    turns: list[Turn] = Field(min_length=1)
    reference: str | None = Field(None, description="A clinician's final answer, for reviewed cases.")


class Setup(_Strict):
    """Data a conversation suite needs beyond the demo consumers and `knowledge/`.

    Paths are relative to the suite file.
    """

    bundles: list[str] = Field(default_factory=list, description="FHIR bundle JSON files to import.")
    knowledge: list[str] = Field(default_factory=list, description="Folders of extra knowledge articles.")


class _SuiteBase(_Strict):
    suite: str
    description: str = ""
    _path: Path | None = PrivateAttr(default=None)

    @property
    def path(self) -> Path | None:
        """The file the suite was loaded from (None when built in code)."""
        return self._path

    @property
    def size(self) -> int:
        """Units of work for the progress bar."""
        raise NotImplementedError


class Suite(_SuiteBase):
    """A named list of conversation cases (kind `conversation`)."""

    kind: Literal["conversation"] = "conversation"
    setup: Setup | None = None
    cases: list[Case]

    @property
    def size(self) -> int:
        """Cases to run."""
        return len(self.cases)

    def setup_files(self) -> tuple[list[Path], list[Path]]:
        """The setup's bundle files and knowledge folders, resolved against the suite file."""
        if self.setup is None:
            return [], []
        base = self.path.parent if self.path else Path.cwd()
        bundles = [(base / p).resolve() for p in self.setup.bundles]
        folders = [(base / p).resolve() for p in self.setup.knowledge]
        for path in [*bundles, *folders]:
            if not path.exists():
                raise FileNotFoundError(f"suite {self.suite}: setup path {path} does not exist")
        return bundles, folders

    def setup_key(self) -> str:
        """`default`, or `setup-<hash of the setup files' names and contents>`: suites share data only when equal."""
        bundles, folders = self.setup_files()
        if not bundles and not folders:
            return "default"
        digest = hashlib.sha256()
        for path in bundles:
            digest.update(b"bundle\0" + path.name.encode() + b"\0" + path.read_bytes())
        for folder in folders:
            for article in sorted(folder.rglob("*.md")):
                digest.update(b"article\0" + article.name.encode() + b"\0" + article.read_bytes())
        return f"setup-{digest.hexdigest()[:12]}"


class RetrievalQuestion(_Strict):
    """A family question and the knowledge-base articles that answer it (the first is the best)."""

    id: str
    question: str
    relevant: list[str] = Field(min_length=1)
    modality: str
    tags: list[str] = Field(default_factory=list)


SearchMode = Literal["dense", "dense+expansion", "fused"]
SEARCH_MODES: tuple[SearchMode, ...] = ("dense", "dense+expansion", "fused")


class RetrievalSuite(_SuiteBase):
    """Labelled knowledge-base retrieval questions, scored per search mode (kind `retrieval`)."""

    kind: Literal["retrieval"]
    k: int = Field(5, ge=1)
    modes: list[SearchMode] = Field(default_factory=lambda: list(SEARCH_MODES))
    questions: list[RetrievalQuestion]

    @property
    def size(self) -> int:
        """Questions times modes."""
        return len(self.questions) * len(self.modes)


class RedactionCorpus(_Strict):
    """Parameters of one generated corpus (evals/redaction/generator.py)."""

    name: str
    n: int = Field(660, ge=1)
    seed: int = 20261126
    heldout: bool = False
    split: Literal["train", "dev"] | None = None  # issue 17: the styled corpus (train/dev)
    file: str | None = None  # issue 17: a labelled JSONL file (the frozen split), relative to the repo
    counts_only: bool = False  # report counts only, never the missed texts (frozen splits)

    def messages(self) -> int:
        """How many messages the run scores: a file's non-blank lines (0 when it is missing, as the run skips it), a
        styled split's `n` plus its hand-written messages, else `n`."""
        if self.file:
            path = REPO_ROOT / self.file
            if not path.is_file():
                return 0
            return sum(1 for line in path.read_text(encoding="utf-8").splitlines() if line.strip())
        if self.split:
            from evals.redaction.generator import styled_hand  # Faker, a dev dependency: only for a styled split

            return self.n + len(styled_hand(self.split))
        return self.n


class RedactionSuite(_SuiteBase):
    """Generated messages with gold identifier spans, run through the redactor (kind `redaction`)."""

    kind: Literal["redaction"]
    allow: list[str] = Field(default_factory=list, description="Extra allow-list terms for the redactor.")
    corpora: list[RedactionCorpus] = Field(min_length=1)

    @property
    def size(self) -> int:
        """Messages over all corpora: a file's messages, a styled split's generated and hand-written ones, a generated
        corpus's `n` (what the run's progress counts)."""
        return sum(c.messages() for c in self.corpora)


AnySuite = Annotated[Suite | RetrievalSuite | RedactionSuite, Field(discriminator="kind")]
_ADAPTER: TypeAdapter[Suite | RetrievalSuite | RedactionSuite] = TypeAdapter(AnySuite)


def suite_path(name_or_path: str | Path) -> Path:
    """`evals/suites/NAME.yaml` for a bare name, else the path itself."""
    path = Path(name_or_path)
    if not path.suffix and not path.is_file():
        path = SUITES / f"{name_or_path}.yaml"
    if not path.is_file():
        known = ", ".join(sorted(p.stem for p in SUITES.glob("*.yaml")))
        raise FileNotFoundError(f"no suite {name_or_path!r} (known: {known})")
    return path


def parse_suite(data: dict[str, Any], path: Path | None = None) -> Suite | RetrievalSuite | RedactionSuite:
    """Validate a suite's data; `kind` defaults to conversation."""
    suite = _ADAPTER.validate_python({"kind": "conversation", **data})
    suite._path = path.resolve() if path else None
    return suite


def load_suite(name_or_path: str | Path) -> Suite | RetrievalSuite | RedactionSuite:
    """A suite by name (`evals/suites/NAME.yaml`) or by path. A file with only `corpus: SPLIT` is that split of
    the decisions corpus (evals/corpus/), as a conversation suite."""
    path = suite_path(name_or_path)
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    if isinstance(data, dict) and set(data) <= {"suite", "description", "corpus"} and "corpus" in data:
        from evals.corpus import as_suite  # evals.corpus builds Suite objects from this module

        suite = as_suite(data["corpus"])
        suite._path = path.resolve()
        return suite
    return parse_suite(data, path)
