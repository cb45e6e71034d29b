"""Load and validate the knowledge files; `check` lists every problem instead of stopping."""

from __future__ import annotations

import hashlib
import logging
import os
import pickle
import re
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from guide.careplan.passages import Passage
from guide.errors import KnowledgeError
from guide.knowledge.models import (
    Article,
    ArticleMeta,
    HazardTable,
    Interaction,
    InteractionTable,
    Modality,
    OtherLanguageFlags,
    PolicyTable,
    Protocol,
    ProtocolTable,
    RedFlagTable,
    ScopeRuleTable,
    SynonymTable,
    UsualRangeTable,
)
from redaction.lexicon import UniqueKeys

REQUIRED_SECTIONS = (
    "What it is",
    "What the evidence says",
    "Safety and interactions",
    "What to tell the care team",
)
_FRONT_MATTER = re.compile(r"\A---\s*\n(.*?)\n---\s*\n(.*)\Z", re.DOTALL)
T = TypeVar("T", bound=BaseModel)
log = logging.getLogger(__name__)


# libyaml's parser when PyYAML was built with it: the same documents, about three times faster than the pure Python
# one (the whole knowledge base: 4.2 s -> 1.3 s on a busy 2-core machine)
class _Loader(UniqueKeys, getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """The safe loader, with libyaml when PyYAML has it, refusing a key written twice in a mapping (a knowledge file
    where two entries merged would otherwise lose one silently)."""


_LOADER: Any = _Loader


def safe_load(text: str) -> Any:
    """`yaml.safe_load`, with libyaml when available (a tenth of the pure-Python loader's time), refusing a key
    written twice."""
    return yaml.load(text, Loader=_LOADER)  # noqa: S506 - a safe loader


def _format_error(where: str, error: ValidationError) -> list[str]:
    return [f"{where}: {'.'.join(str(p) for p in e['loc']) or '(file)'}: {e['msg']}" for e in error.errors()]


def parse_article(path: Path, root: Path) -> Article:
    """One article file; raises KnowledgeError with every problem in it."""
    rel = str(path.relative_to(root))
    match = _FRONT_MATTER.match(path.read_text(encoding="utf-8"))
    if not match:
        raise KnowledgeError(f"{rel}: no YAML front matter between --- lines")
    try:
        meta = ArticleMeta.model_validate(safe_load(match.group(1)))
    except yaml.YAMLError as e:
        raise KnowledgeError(f"{rel}: front matter is not valid YAML: {e}") from e
    except ValidationError as e:
        raise KnowledgeError("\n".join(_format_error(rel, e))) from e
    body = match.group(2).strip()
    sections = split_sections(body)
    problems = [f"{rel}: missing section '## {s}'" for s in REQUIRED_SECTIONS if s not in sections]
    if meta.id != path.stem:
        problems.append(f"{rel}: id {meta.id!r} does not match the file name")
    if path.parent.name != meta.modality.value:
        problems.append(f"{rel}: modality {meta.modality.value!r} but folder {path.parent.name!r}")
    if problems:
        raise KnowledgeError("\n".join(problems))
    return Article(meta=meta, body=body, sections=sections, path=rel)


def split_sections(body: str) -> dict[str, str]:
    """`## Heading` -> its text."""
    sections: dict[str, str] = {}
    for block in re.split(r"^##\s+", body, flags=re.MULTILINE)[1:]:
        heading, _, text = block.partition("\n")
        sections[heading.strip()] = text.strip()
    return sections


def _load_yaml(path: Path, model: type[T]) -> T:
    if not path.exists():
        raise KnowledgeError(f"{path.name}: missing")
    try:
        return model.model_validate(safe_load(path.read_text(encoding="utf-8")))
    except yaml.YAMLError as e:
        raise KnowledgeError(f"{path.name}: not valid YAML: {e}") from e
    except ValidationError as e:
        raise KnowledgeError("\n".join(_format_error(path.name, e))) from e


@dataclass
class KnowledgeBase:
    """Everything in `knowledge/`, validated."""

    root: Path
    articles: list[Article]
    interactions: InteractionTable
    hazards: HazardTable
    red_flags: RedFlagTable
    synonyms: SynonymTable = field(default_factory=lambda: SynonymTable(synonyms={}))
    scope_rules: ScopeRuleTable = field(default_factory=lambda: ScopeRuleTable(rules={}, ask=""))
    policy: PolicyTable | None = None
    problems: list[str] = field(default_factory=list)
    protocols: ProtocolTable = field(default_factory=ProtocolTable)
    other_language_flags: OtherLanguageFlags = field(default_factory=OtherLanguageFlags)
    usual_ranges: UsualRangeTable = field(default_factory=UsualRangeTable)

    @cached_property
    def by_id(self) -> dict[str, Article]:
        """Articles by id."""
        return {a.meta.id: a for a in self.articles}

    def passages(self) -> list[Passage]:
        """Every article as citable passages: its summary and each section."""
        return [p for a in self.articles for p in article_passages(a)]

    def protocol_passages(self) -> list[Passage]:
        """Every condition protocol rule as a citable passage (stored, never searched: a turn cites one only when its
        plan's conditions or medicines call for it, `guide.language.plan_rules.protocol_rules`)."""
        return [p for protocol in self.protocols.protocols for p in protocol_passages(protocol)]

    def vocabulary(self) -> set[str]:
        """Clinical words the redactor must keep: titles, agents, drugs, conditions, topics. A word alone that is also
        a common name or a town's name stays redactable, whichever list it comes from: the redactor keeps a kept
        word wherever it stands, so 'faith' (a topic of the prayer article) kept 'its me faith' whole, 'honey' (an
        infant hazard) 'Honey Brooks', 'burns' 'Ashley Burns', 'falls' 'Sioux Falls' and 'bath' the English town.
        The redactor's own lists still keep the drugs among them (its drug names) wherever they stand."""
        words: set[str] = set()
        for a in self.articles:
            words.update([a.meta.title, *a.meta.conditions, *a.meta.topics])
        for i in self.interactions.interactions:
            words.update([*i.names(), *i.drugs, *i.conditions])
        for cls in self.interactions.drug_classes.values():
            words.update(cls.drugs)
        for h in self.hazards.hazards:
            words.update(h.substances)
        return {w.strip() for w in words if w and len(w.strip()) > 2 and not _name_word(w)}


NAME_WORD_GIVEN_MIN = 100  # US holders as a given name ('Faith' 384), the redactor's own bar for a name word
NAME_WORD_SURNAME_MIN = 2_500  # US holders as a surname: 'Honey' 2,923, 'Beers' 11,043, 'Burns' 165,925
NAME_WORD_PLACE_MIN = 20_000  # people in a town of that name: 'Bath' 101,557, 'Hawthorn' 22,322


def _name_word(word: str) -> bool:
    """One word that is a common given name, surname or town's name, unless the redactor's drug list keeps it."""
    from redaction.drug_names import drug_names  # noqa: PLC0415 - loaded only when the vocabulary is built
    from redaction.name_freq import name_frequencies  # noqa: PLC0415
    from redaction.places import place_names  # noqa: PLC0415

    low = word.strip().lower()
    if " " in low or low in drug_names():
        return False
    freq = name_frequencies()
    return (
        freq.given(low) >= NAME_WORD_GIVEN_MIN
        or freq.surname(low) >= NAME_WORD_SURNAME_MIN
        or (place_names().get(low) or 0) >= NAME_WORD_PLACE_MIN
    )


def slug(text: str) -> str:
    """Lowercase-hyphen form of a heading."""
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def article_passages(article: Article) -> list[Passage]:
    """The summary and each section of an article, each one passage."""
    meta = article.meta
    common: dict[str, Any] = {"kind": "knowledge", "article_id": meta.id, "modality": meta.modality.value}
    out = [Passage(id=f"kb:{meta.id}#summary", section="summary", title=meta.title, text=meta.summary, **common)]
    for heading, text in article.sections.items():
        if text:
            out.append(
                Passage(
                    id=f"kb:{meta.id}#{slug(heading)}",
                    section=slug(heading),
                    title=f"{meta.title}: {heading}",
                    text=text,
                    **common,
                )
            )
    return out


def protocol_passage_id(protocol_id: str, rule_id: str) -> str:
    """The id a protocol rule's passage is stored and cited under."""
    return f"kb:protocol-{protocol_id}#{rule_id}"


def protocol_passages(protocol: Protocol) -> list[Passage]:
    """One passage per rule, titled with the protocol so the reader sees it is the library's, not the plan's."""
    common: dict[str, Any] = {"kind": "knowledge", "article_id": f"protocol-{protocol.id}", "modality": "conventional"}
    return [
        Passage(
            id=protocol_passage_id(protocol.id, rule.id),
            section="protocol",
            title=f"Condition protocol: {protocol.title}",
            text=rule.text,
            **common,
        )
        for rule in protocol.rules
    ]


def load(root: Path, cache_dir: Path | None = None, fallbacks: Sequence[Path] = ()) -> KnowledgeBase:
    """Load everything; raise KnowledgeError listing every problem found. With `cache_dir`, a knowledge base that
    loaded without problems is kept there as a pickle named by the digest of every file read and of this code, and
    the next process with the same files reads it back (about 15 ms instead of 0.5-0.7 s of YAML, validation and
    regex checks); any change to a file or to the loader's code is a new digest, so a stale copy is never read.
    `fallbacks` are read-only caches (the installation's, `guide prepare`) looked in when `cache_dir` has no copy."""
    folders = [*([cache_dir] if cache_dir is not None else []), *fallbacks]
    name = digest(root) if folders else ""
    cached = _cache_path(cache_dir, name) if cache_dir is not None else None
    for folder in folders:
        path = _cache_path(folder, name)
        if not path.exists():
            continue
        try:
            with path.open("rb") as f:
                kb = pickle.load(f)  # noqa: S301 - written by this function into the service's or the install's folder
            if isinstance(kb, KnowledgeBase):
                kb.root = root
                return kb
        except Exception as e:  # a damaged copy is read again from the files
            log.warning("the cached knowledge base could not be read (%s); loading the files", type(e).__name__)
    kb, problems = _collect(root)
    if problems:
        raise KnowledgeError("\n".join(problems))
    assert kb is not None
    if cached is not None:
        _write_cache(kb, cached)
    return kb


_CODE = (Path(__file__), Path(__file__).with_name("models.py"))


def digest(root: Path) -> str:
    """The digest of every knowledge file under `root` and of the code that reads them (read without parsing)."""
    hashed = hashlib.sha256()
    for path in [*_CODE, *sorted(root.glob("*.yaml")), *sorted((root / "articles").glob("*/*.md"))]:
        hashed.update(str(path.relative_to(root) if path.is_relative_to(root) else path.name).encode())
        hashed.update(path.read_bytes())
    return hashed.hexdigest()


def _cache_path(cache_dir: Path, name: str) -> Path:
    """Where the knowledge base whose files and code have this digest (`digest`) is kept."""
    return cache_dir / f"knowledge-{name[:24]}.pickle"


def _write_cache(kb: KnowledgeBase, path: Path) -> None:
    """Write atomically (a reader never sees half a file); old copies go. Failing to write only costs speed."""
    tmp: str | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".knowledge-")
        with os.fdopen(fd, "wb") as f:
            pickle.dump(kb, f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
        tmp = None
        for old in path.parent.glob("knowledge-*.pickle"):
            if old != path:
                old.unlink(missing_ok=True)
    except Exception as e:  # noqa: BLE001 - a cache that cannot be written costs only speed
        log.warning("the knowledge base could not be cached (%s)", type(e).__name__)
    finally:
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)


def check(root: Path) -> list[str]:
    """Every problem in the knowledge base, one line each; empty when it is sound."""
    return _collect(root)[1]


def _collect(root: Path) -> tuple[KnowledgeBase | None, list[str]]:
    problems: list[str] = []
    articles: list[Article] = []
    for path in sorted((root / "articles").glob("*/*.md")):
        try:
            articles.append(parse_article(path, root))
        except KnowledgeError as e:
            problems.extend(str(e).splitlines())
    tables: dict[str, Any] = {}
    tables_and_models: tuple[tuple[str, type[BaseModel]], ...] = (
        ("interactions", InteractionTable),
        ("hazards", HazardTable),
        ("red_flags", RedFlagTable),
        ("synonyms", SynonymTable),
        ("scope_rules", ScopeRuleTable),
        ("policy", PolicyTable),
    )
    for name, model in tables_and_models:
        try:
            tables[name] = _load_yaml(root / f"{name}.yaml", model)
        except KnowledgeError as e:
            problems.extend(str(e).splitlines())
    if len(tables) < len(tables_and_models):
        return None, problems
    # optional tables: a knowledge folder without one has none of it (file, field, model)
    optional: tuple[tuple[str, str, type[BaseModel]], ...] = (
        ("protocols.yaml", "protocols", ProtocolTable),
        ("red_flags_other_languages.yaml", "other_language_flags", OtherLanguageFlags),
        ("usual_ranges.yaml", "usual_ranges", UsualRangeTable),
    )
    for file, name, model in optional:
        if (root / file).exists():
            try:
                tables[name] = _load_yaml(root / file, model)
            except KnowledgeError as e:
                problems.extend(str(e).splitlines())
                return None, problems
    kb = KnowledgeBase(root=root, articles=articles, **tables)
    problems.extend(cross_check(kb))
    return kb, problems


def cross_check(kb: KnowledgeBase) -> list[str]:
    """Problems that span files: duplicate ids, unknown classes, dangling article links."""
    problems: list[str] = []
    problems += _duplicates("article id", [a.meta.id for a in kb.articles])
    problems += _duplicates("interaction id", [i.id for i in kb.interactions.interactions])
    problems += _duplicates("hazard id", [h.id for h in kb.hazards.hazards])
    problems += _duplicates("red flag id", [r.id for r in kb.red_flags.red_flags])
    problems += _duplicates("usual range", [r.measure for r in kb.usual_ranges.ranges])
    from guide.language.measures import MEASURES  # the measures a message's readings are read as

    problems += [
        f"usual_ranges.yaml: {r.measure!r} is not a measure readings are read as ({', '.join(MEASURES)})"
        for r in kb.usual_ranges.ranges
        if r.measure not in MEASURES
    ]
    ranged = {r.measure for r in kb.usual_ranges.ranges}
    problems += [
        f"policy.yaml: a usual_range rule names {ident!r}, which usual_ranges.yaml has no range for"
        for rule in (kb.policy.rules if kb.policy else [])
        if rule.kind == "usual_range"
        for ident in rule.ids
        if ranged and ident not in ranged  # a folder without the (optional) table has no usual_range reasons at all
    ]
    known_drugs = {d for c in kb.interactions.drug_classes.values() for d in c.drugs}
    for i in kb.interactions.interactions:
        problems += _interaction_problems(i, kb, known_drugs)
    for h in kb.hazards.hazards:
        if h.article and h.article not in kb.by_id:
            problems.append(f"hazards.yaml: {h.id}: article {h.article!r} does not exist")
    problems += _protocol_problems(kb)
    flag_ids = {r.id for r in kb.red_flags.red_flags}
    problems += [
        f"red_flags.yaml: {r.id}: accident flag {r.accident.flag!r} is not a red flag id"
        for r in kb.red_flags.red_flags
        if r.accident is not None and r.accident.flag not in flag_ids
    ]
    for lang, flags in kb.other_language_flags.languages.items():
        problems += [
            f"red_flags_other_languages.yaml: {lang}: {flag!r} is not a red flag id"
            for flag in flags
            if flag not in flag_ids
        ]
    return problems


def _interaction_problems(i: Interaction, kb: KnowledgeBase, known_drugs: set[str]) -> list[str]:
    """An interaction's undefined drug classes, drugs that are not a lowercase generic in some class, and a missing
    article."""
    problems = [
        f"interactions.yaml: {i.id}: drug class {cls!r} is not defined"
        for cls in i.drug_classes
        if cls not in kb.interactions.drug_classes
    ]
    for drug in i.drugs:
        if drug != drug.lower() or not re.fullmatch(r"[a-z0-9][a-z0-9 \-]*", drug):
            problems.append(f"interactions.yaml: {i.id}: drug {drug!r} is not a lowercase generic name")
        elif drug not in known_drugs:
            problems.append(f"interactions.yaml: {i.id}: drug {drug!r} is in no drug class")
    if i.article and i.article not in kb.by_id:
        problems.append(f"interactions.yaml: {i.id}: article {i.article!r} does not exist")
    return problems


def _protocol_problems(kb: KnowledgeBase) -> list[str]:
    """Duplicate protocol and rule ids, and drug classes interactions.yaml does not define."""
    problems = _duplicates("protocol id", [p.id for p in kb.protocols.protocols])
    for protocol in kb.protocols.protocols:
        problems += [
            f"protocols.yaml: {protocol.id}: {d}" for d in _duplicates("rule id", [r.id for r in protocol.rules])
        ]
        for cls in protocol.applies_to.drug_classes:
            if cls not in kb.interactions.drug_classes:
                problems.append(f"protocols.yaml: {protocol.id}: drug class {cls!r} is not defined")
    return problems


REVIEW_EVERY_DAYS = 365
"""How long a reviewed entry stays current (docs/clinical-review.md); `guide kb check` warns after that."""


def review_warnings(kb: KnowledgeBase, today: date, every_days: int = REVIEW_EVERY_DAYS) -> list[str]:
    """Entries past their review date or dated in the future, and entries awaiting a clinician's sign-off
    (`reviewed_by` starting with "pending"), one line each; warnings, not problems."""
    entries: list[tuple[str, str, date, str]] = [
        (a.path, a.meta.id, a.meta.last_reviewed, a.meta.reviewed_by) for a in kb.articles
    ]
    entries += [("interactions.yaml", i.id, i.last_reviewed, i.reviewed_by) for i in kb.interactions.interactions]
    entries += [("hazards.yaml", h.id, h.last_reviewed, h.reviewed_by) for h in kb.hazards.hazards]
    entries += [("red_flags.yaml", r.id, r.last_reviewed, r.reviewed_by) for r in kb.red_flags.red_flags]
    entries += [("protocols.yaml", p.id, p.last_reviewed, p.reviewed_by) for p in kb.protocols.protocols]
    entries += [("usual_ranges.yaml", r.measure, r.last_reviewed, r.reviewed_by) for r in kb.usual_ranges.ranges]
    warnings: list[str] = []
    for where, entry_id, reviewed, by in entries:
        if reviewed > today:
            warnings.append(f"{where}: {entry_id}: last_reviewed {reviewed} is in the future")
        elif (today - reviewed).days > every_days:
            warnings.append(f"{where}: {entry_id}: review due (last reviewed {reviewed}, over {every_days} days ago)")
        if by.lower().startswith("pending"):
            warnings.append(f"{where}: {entry_id}: awaiting clinician sign-off ({by})")
    return warnings


def _duplicates(label: str, ids: list[str]) -> list[str]:
    seen: set[str] = set()
    dupes = {i for i in ids if i in seen or seen.add(i)}  # type: ignore[func-returns-value]
    return [f"duplicate {label}: {d}" for d in sorted(dupes)]


def modality_counts(kb: KnowledgeBase) -> dict[str, int]:
    """Articles per modality, every modality listed."""
    counts = {m.value: 0 for m in Modality}
    for a in kb.articles:
        counts[a.meta.modality.value] += 1
    return counts
