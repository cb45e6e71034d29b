"""Builds the service's parts from settings, lazily: nothing heavy happens at import time."""

from __future__ import annotations

import copy
import logging
from collections.abc import Callable, Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any

from guide.settings import Settings

if TYPE_CHECKING:  # each part imports its libraries when it is first built: `guide kb index` with nothing changed
    # needs the database only, and never waits for torch, Chroma or Presidio to import
    from guide.knowledge.loader import KnowledgeBase
    from guide.knowledge.lookup import PassageLookup
    from guide.knowledge.search import KnowledgeSearch
    from guide.ml.embeddings import SentenceSimilarity
    from guide.ml.vectorstore import VectorStore
    from guide.review.queue import ReviewQueue
    from guide.store.accounts import Accounts
    from guide.store.audit import Audit
    from guide.store.consent import Consent
    from guide.store.conversations import ConversationStore
    from guide.store.db.session import Database
    from guide.turn.checks import Checker
    from guide.turn.compose import Composer
    from guide.turn.compose.offline import Similarity
    from guide.turn.decide import Policy
    from guide.turn.pipeline import Pipeline
    from guide.turn.redact import RedactStage
    from guide.turn.understand import ConText, Understander

log = logging.getLogger(__name__)


class Services:
    """The service's parts, each built on first use and then shared.

    `overrides` puts a part in place before anything is built (a test's fake composer, an eval's recording one,
    accounts with a test clock): `Services(settings, overrides={"composer": fake})`. `override` does the same on
    services already made, and refuses once a part that holds the old one (the pipeline, the review queue) is
    built."""

    def __init__(self, settings: Settings, overrides: Mapping[str, object] | None = None) -> None:
        self.settings = settings
        self.override(**(overrides or {}))

    def override(self, **parts: object) -> None:
        """Use these parts instead of building them. A name that is no part, or a part already built or used by a
        built one (the pipeline holds the composer), is an error: the override would not take effect."""
        for name, part in parts.items():
            if name not in _PARTS:
                raise ValueError(f"no such part to override: {name!r} (parts: {', '.join(sorted(_PARTS))})")
            holding = [holder for holder, held in _HOLDERS.items() if name in held and holder in self.__dict__]
            if holding:
                raise ValueError(
                    f"{name!r} is already in use by {', '.join(holding)}; override it before that is built"
                )
            self.__dict__[name] = part  # a cached_property reads the instance's own value first

    @cached_property
    def db(self) -> Database:
        """The relational store at the newest schema: embedded SQLite is upgraded here, a server database must
        have been upgraded by `guide db upgrade` (the same migrations)."""
        from guide.store.db.session import Database

        database = Database(self.settings)
        database.ensure_schema()
        return database

    @cached_property
    def kb(self) -> KnowledgeBase:
        """The validated knowledge base."""
        from guide.knowledge import loader

        return loader.load(
            self.settings.knowledge_path, cache_dir=self.settings.cache_path, fallbacks=self.settings.cache_fallbacks
        )

    def _keep_patterns(self) -> None:
        """Compiled patterns are read from, and kept in, the data folder's cache (or the installation's, until the
        folder has its own: redaction/compiled.py)."""
        from redaction import compiled

        compiled.use_folder(self.settings.cache_path, self.settings.cache_fallbacks)

    @cached_property
    def vectors(self) -> VectorStore:
        """Chroma with the configured embeddings (the model is loaded on the first text to embed)."""
        from guide.ml.embeddings import build_embeddings
        from guide.ml.vectorstore import VectorStore

        return VectorStore(self.settings, build_embeddings(self.settings))

    @cached_property
    def knowledge_search(self) -> KnowledgeSearch:
        """Dense plus lexical knowledge retrieval."""
        from guide.knowledge.search import KnowledgeSearch

        return KnowledgeSearch(self.vectors, self.kb, mode=self.settings.knowledge_search_mode)

    @cached_property
    def passages(self) -> PassageLookup:
        """Cited passages by id, for the passage page (the evals build their own that remembers)."""
        from guide.knowledge.lookup import PassageLookup

        return PassageLookup(self.vectors, self.kb)

    @cached_property
    def redact(self) -> RedactStage:
        """Redaction that keeps the knowledge base's clinical words."""
        from guide.ml.embeddings import redaction_word_vectors
        from guide.turn.redact import RedactStage
        from redaction import Redactor

        self._keep_patterns()  # its patterns compiled once, kept between processes
        return RedactStage(
            Redactor(
                allow_list=sorted(self.kb.vocabulary()),
                detect=self.settings.redaction_detect,
                word_vectors=redaction_word_vectors(self.settings),
            )
        )

    @cached_property
    def store(self) -> ConversationStore:
        """Conversations and review items."""
        from guide.store.conversations import ConversationStore

        return ConversationStore(self.db)

    @cached_property
    def similarity(self) -> SentenceSimilarity:
        """Sentence similarity with the embedding model; the knowledge base's sentence vectors come from indexing, a
        care plan's from its import (read from the vector store the first time a turn needs them)."""
        from guide.ml.embeddings import SentenceSimilarity

        similarity = SentenceSimilarity(self.vectors.embeddings, stored=self.vectors.sentence_vectors)
        similarity.load(self.settings.sentence_vectors_path, self.settings.embeddings_id)
        return similarity

    @cached_property
    def composer(self) -> Composer:
        """The composer chosen by `llm_mode`; the offline one ranks sentences with the embedding model."""
        return build_composer(self.settings, similarity=self.similarity)

    @cached_property
    def checker(self) -> Checker:
        """Interaction, hazard and scope checks with the knowledge base's vocabulary."""
        from guide.language.rules import RuleMeaning
        from guide.turn.checks import Checker

        supplements = {
            word
            for article in self.kb.articles
            if article.meta.modality.value == "supplements"
            for word in article.meta.id.replace("-", " ").split()
            if len(word) > 3 and word not in {"safety", "supplements", "vitamin", "extract", "root"}
        } | {a.meta.id.replace("-", " ") for a in self.kb.articles if a.meta.modality.value == "supplements"}
        return Checker(
            self.kb.interactions,
            self.kb.hazards.hazards,
            self.kb.scope_rules,
            self.kb.synonyms.synonyms,
            extra_agents=supplements,
            meaning=RuleMeaning(self.similarity, self.context),
        )

    @cached_property
    def context(self) -> ConText:
        """ConText (negated, past, hypothetical, someone else's), shared by triage and the checks."""
        from guide.turn.understand import ConText

        return ConText()

    @cached_property
    def understander(self) -> Understander:
        """The understand stage: language, readings against goals, learned intents."""
        from guide.turn.understand import Understander

        # the query cache the retriever reads: the turn's question is embedded once, in one batch with its expansion
        windows = self.policy.table.emergency_intent.window is not None
        return Understander(
            embed=self.vectors.query_vector,
            context=self.context,
            windows=windows,
            usual_ranges=self.kb.usual_ranges.ranges,
        )

    @cached_property
    def policy(self) -> Policy:
        """The escalation policy table."""
        from guide.turn.decide import Policy

        if self.kb.policy is None:  # pragma: no cover - the loader requires policy.yaml
            raise ValueError("knowledge/policy.yaml is missing")
        return Policy(self.kb.policy)

    @cached_property
    def accounts(self) -> Accounts:
        """Users, sessions and sign-in throttling."""
        from guide.store.accounts import Accounts

        return Accounts(
            self.db,
            session_hours=self.settings.session_hours,
            max_failures=self.settings.login_max_failures,
            window_minutes=self.settings.login_window_minutes,
            address_max_failures=self.settings.login_address_max_failures,
        )

    @cached_property
    def audit(self) -> Audit:
        """The append-only audit log."""
        from guide.store.audit import Audit

        return Audit(self.db)

    @cached_property
    def consent(self) -> Consent:
        """Designees' scopes."""
        from guide.store.consent import Consent

        return Consent(self.db)

    @cached_property
    def review(self) -> ReviewQueue:
        """The clinicians' review queue."""
        from guide.review.queue import ReviewQueue

        return ReviewQueue(self.store, self.redact)

    @cached_property
    def pipeline(self) -> Pipeline:
        """The turn pipeline."""
        from guide.turn.pipeline import Pipeline
        from guide.turn.retrieve import Retriever
        from guide.turn.triage import Triage

        self._keep_patterns()  # the triage's patterns too (guide/turn/triage.py `_alternation`)
        return Pipeline(
            store=self.store,
            triage=Triage(
                self.kb.red_flags.red_flags,
                self.kb.hazards.hazards,
                self.context,
                self.checker.classes_named,
                other_languages=self.kb.other_language_flags.languages,
            ),
            redact=self.redact,
            retriever=Retriever(
                self.vectors,
                self.knowledge_search,
                k_careplan=self.settings.retrieval_k_careplan,
                k_knowledge=self.settings.retrieval_k_knowledge,
            ),
            checker=self.checker,
            composer=self.composer,
            max_question_chars=self.settings.max_question_chars,
            policy=self.policy,
            understander=self.understander,
            similarity=self.similarity,
            protocols=self.kb.protocols,
        )


WARM_UP_QUESTION = "What can help with sleep at night, and can she walk after meals with her metformin?"


def warm_up(services: Services) -> None:
    """Build the pipeline, load the models and stored sentence vectors, and run one full synthetic turn now, so the
    first real question is not slow. The turn is about an invented consumer with no identifier, in a conversation
    kept in memory: nothing is persisted and nothing is audited. A failure is logged and start-up goes on."""
    services.pipeline.retriever.knowledge.search("warm up", 1)
    services.similarity("warm up", ["warm up"])
    services.redact.redactor.warm_up()
    services.understander.warm_up()
    services.checker.speller.warm_up()  # the English word list the spelling of medicine names is checked against
    services.pipeline.triage.in_language("warm up", "xx")  # the other languages' phrases, read on first use
    try:
        synthetic_turn(services)
    except Exception as e:  # the type only; a real first turn does the same work, just slower
        log.warning("the warm-up turn failed (%s); the first question will be slower", type(e).__name__)


def synthetic_turn(services: Services, question: str = WARM_UP_QUESTION) -> Any:
    """One turn through every stage of the service's own pipeline (the same parts, caches and models), with the
    conversation store swapped for `_WarmUpStore`: it returns the turn's result and writes nothing anywhere."""
    pipeline = copy.copy(services.pipeline)  # shares every stage; only the store differs
    store = _WarmUpStore()
    pipeline.store = store  # type: ignore[assignment]
    result = pipeline.ask(conversation_id=store.conversation.id, question=question, owner=store.conversation.owner)
    if not store.recorded:
        raise RuntimeError("the warm-up turn recorded nothing: the pipeline no longer reaches its end")
    return result


class _WarmUpStore:
    """The conversation store a warm-up turn reads and writes: one invented consumer (no name, no contact, no
    identifier; a condition and a medicine, so the checks have something to read) in memory; writes are kept here."""

    def __init__(self) -> None:
        from guide.careplan.model import CarePlan, Condition, Consumer, Medication, Name
        from guide.store.conversations import ConversationInfo

        self.plan = CarePlan(
            consumer=Consumer(id="warm-up", name=Name()),
            conditions=[Condition(id="warm-up-condition", text="Type 2 diabetes")],
            medications=[Medication(id="warm-up-medication", text="metformin 500 mg tablet")],
        )
        from redaction import PseudonymVault

        vault = PseudonymVault().to_dict()
        self.conversation = ConversationInfo("warm-up", "warm-up", None, "consumer:warm-up", vault)
        self.recorded: list[Any] = []

    def get(self, conversation_id: str, *, owner: object = None) -> Any:
        return self.conversation

    def versioned_plan(self, consumer_id: str) -> tuple[Any, str]:
        return self.plan, "warm-up"

    def recent_questions(self, conversation_id: str, n: int = 3) -> list[str]:
        return []

    def last_reply(self, conversation_id: str) -> tuple[str, list[str]] | None:
        return None

    def record_turn(self, turn: Any) -> str:
        self.recorded.append(turn)
        return "warm-up"


def build_composer(settings: Settings, similarity: Similarity | None = None) -> Composer:
    """The offline composer (ranking sentences with `similarity` when given), or the LLM composer against an
    OpenAI-compatible endpoint."""
    match settings.llm_mode:
        case "offline":
            from guide.turn.compose.offline import OfflineComposer

            return OfflineComposer(similarity=similarity)
        case "openai":
            from guide.turn.compose.llm import LLMComposer

            return LLMComposer.from_settings(settings)


def readiness(services: Services) -> dict[str, str]:
    """Whether this instance can serve a turn now: the database answers at this release's schema, the vector
    store answers, and the model endpoint answers when one is configured. Each part says `ok` or why not (the
    error's type only: a driver's message may carry a host or a user name)."""
    checks = {
        "database": _check(lambda: _database_ready(services)),
        "vector_store": _check(lambda: services.vectors.heartbeat()),
    }
    if services.settings.llm_mode == "openai":
        checks["model"] = _check(lambda: _model_ready(services.settings))
    return checks


def _check(probe: Callable[[], object]) -> str:
    try:
        probe()
    except Exception as e:  # readiness reports, it never raises
        log.warning("readiness check failed: %s", type(e).__name__)
        return f"unavailable ({type(e).__name__})"
    return "ok"


def _database_ready(services: Services) -> None:
    from guide.store.db.session import HEAD_REVISION, SchemaOutOfDateError, current_revision

    if current_revision(services.db.engine) != HEAD_REVISION:
        raise SchemaOutOfDateError("schema is not at this release's head")


def _model_ready(settings: Settings) -> None:
    """The OpenAI-compatible endpoint lists its models (vLLM, Ollama, llama.cpp and OpenAI all serve /models)."""
    import httpx

    base = (settings.openai_base_url or "https://api.openai.com/v1").rstrip("/")
    key = settings.openai_api_key.get_secret_value() if settings.openai_api_key else ""
    headers = {"Authorization": f"Bearer {key}"} if key else {}
    httpx.get(f"{base}/models", headers=headers, timeout=settings.model_ready_timeout_s).raise_for_status()


# The parts `Services.override` may replace: every part built on first use.
_PARTS = frozenset(n for n, v in vars(Services).items() if isinstance(v, cached_property))
# Parts built with other parts inside them: replacing one of those after the holder is built would not reach it.
_HOLDERS: dict[str, frozenset[str]] = {
    "pipeline": frozenset(
        {"store", "redact", "checker", "composer", "policy", "understander", "similarity", "context", "vectors"}
        | {"knowledge_search", "kb"}
    ),
    "review": frozenset({"store", "redact"}),
}
