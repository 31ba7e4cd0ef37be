"""One typed settings object, read from the environment (and an optional .env file).

Every knob of the service lives here so that a deployment is configured in one place;
`.env.example` lists the same names with their defaults.
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

REPO_ROOT = Path(__file__).resolve().parent.parent
# List prices, USD per million tokens (input, output); a deployment overrides them with LLM_PRICES_PER_MTOK.
DEFAULT_PRICES_PER_MTOK: dict[str, tuple[float, float]] = {
    "gpt-4o-mini": (0.15, 0.60),
    "gpt-4o": (2.50, 10.00),
    "gpt-4.1-mini": (0.40, 1.60),
    "gpt-4.1": (2.00, 8.00),
}


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8", extra="ignore")

    # --- database -------------------------------------------------------------------------------
    database_url: str | None = Field(
        default=None,
        description="PostgreSQL URL (must have pgvector). Unset: an embedded PostgreSQL is started in DATA_DIR.",
    )
    data_dir: Path = Field(default=REPO_ROOT / ".data", description="Embedded database and model files.")
    db_name: str = Field(default="support", description="Database name used on the embedded server.")

    # --- services -------------------------------------------------------------------------------
    host: str = "127.0.0.1"
    api_port: int = Field(default=8123, description="Port of the graph API (`support-agent serve`).")
    oms_port: int = Field(default=8701, description="Port of the demo OMS HTTP service.")
    oms_url: str | None = Field(default=None, description="OMS base URL; default http://HOST:OMS_PORT.")
    oms_timeout_s: float = 5.0

    # --- reasoning ------------------------------------------------------------------------------
    engine: Literal["offline", "openai"] = "offline"
    openai_model: str = "gpt-4o-mini"
    openai_base_url: str | None = Field(
        default=None, description="Any OpenAI-compatible endpoint, e.g. http://localhost:11434/v1 (Ollama), "
        "http://localhost:8000/v1 (vLLM). Unset: api.openai.com.",
    )
    openai_api_key: str | None = None
    openai_models_allowed: list[str] = Field(
        default_factory=list, description="Models a run may pick through its context (`model`); the configured "
        "OPENAI_MODEL always may. JSON list, e.g. [\"gpt-4o\"].",
    )
    llm_timeout_s: float = Field(default=20.0, gt=0, description="Per model call; past it the turn falls back.")
    llm_max_retries: int = Field(default=1, ge=0, description="SDK retries of a 429/5xx/timeout before falling back.")
    llm_max_tokens: int = Field(default=600, gt=0, description="Longest reply the model may write.")
    llm_temperature: float = Field(default=0.2, ge=0, le=2)
    llm_max_tool_rounds: int = Field(default=3, ge=0, le=8, description="Tool-call rounds per turn (draft <-> call_oms).")
    llm_structured_method: Literal["function_calling", "json_schema"] = Field(
        default="function_calling", description="How classification and assessment ask for JSON: a forced "
        "function call (widest support: OpenAI, vLLM, Ollama) or response_format json_schema.",
    )
    llm_breaker_failures: int = Field(default=3, ge=1, description="Consecutive model failures that open the circuit.")
    llm_breaker_open_s: float = Field(default=30.0, gt=0, description="How long an open circuit sends turns offline.")
    llm_prices_per_mtok: dict[str, tuple[float, float]] = Field(
        default_factory=lambda: dict(DEFAULT_PRICES_PER_MTOK),
        description="USD per million tokens (input, output) by model, for cost per turn; JSON object.",
    )
    embedding_backend: Literal["minilm", "openai"] = "minilm"
    openai_embedding_model: str = "text-embedding-3-small"
    shipped_vectors: bool = Field(
        default=True, description="Add the demo store's shipped MiniLM vectors to the embedding cache before "
        "indexing (tools/knowledge/shipped_vectors.py); off, a first start computes them.",
    )

    # --- escalation policy: deployment settings, a caller cannot override them per run ---------
    confidence_threshold: float = 0.7
    refund_limit: float = 50.0
    frustrated_after_replies: int = 2
    frustration_memory_days: float = Field(
        default=14, description="Agent replies in a customer's other conversations this recent count toward the "
        "frustrated-after-replies rule (0: the current conversation only).",
    )

    # --- identity -------------------------------------------------------------------------------
    identity_secret: str | None = Field(
        default=None,
        description="HMAC secret that signs identity tokens. Unset: a random one is kept in DATA_DIR.",
    )
    identity_secret_previous: str | None = Field(
        default=None,
        description="During a rotation: the former IDENTITY_SECRET; its tokens still verify until they expire.",
    )
    token_ttl_s: int = Field(default=24 * 3600, gt=0, description="Default lifetime of a signed token.")
    token_max_ttl_s: int = Field(
        default=24 * 3600, gt=0, description="Longest lifetime any token may have; longer-lived tokens are refused."
    )
    anonymous_token_ttl_s: int = Field(
        default=24 * 3600, gt=0, description="Lifetime of tokens minted by POST /auth/anonymous (capped as above)."
    )
    oms_service_key: str | None = Field(
        default=None,
        description="Key the demo OMS requires in X-Service-Key. Unset: a random one is kept in DATA_DIR.",
    )
    multitask_strategy: Literal["enqueue", "reject"] = Field(
        default="enqueue",
        description="What a new message on a busy thread does (the server's choice, never the caller's).",
    )

    # --- production graph server (`support-agent serve`) -----------------------------------------
    serve_workers: int = Field(default=2, ge=1, le=64, description="Worker processes of `serve` (one event loop each).")
    serve_shutdown_grace_s: float = Field(
        default=20.0, ge=0, description="On SIGTERM, how long in-flight runs may finish before they are handed back."
    )
    serve_recovery_interval_s: float = Field(
        default=2.0, gt=0, description="How often a worker looks for runs abandoned by a dead worker."
    )
    serve_pool_size: int = Field(
        default=8, ge=2, description="Connections per `serve` worker for queries, and as many again for thread locks."
    )
    chat_origins: str = Field(
        default="",
        description="Comma-separated origins whose pages may call the API from a browser (the embedded chat "
        "widget on your storefront), or * for any. Empty: only pages served by the API itself.",
    )
    studio_port: int = Field(default=2024, description="Port of `langgraph dev` (`support-agent studio`).")

    # --- handoff webhooks (tools/handoff/webhooks) ------------------------------------------------
    webhook_urls: str = Field(
        default="",
        description="Comma-separated endpoints told about every new handoff, each `[FORMAT=]URL` with FORMAT "
        "generic (default), zendesk (create-ticket body) or intercom (create-conversation body).",
    )
    webhook_secret: str | None = Field(
        default=None, description="HMAC-SHA256 key of the X-Support-Signature header (required to deliver)."
    )
    webhook_timeout_s: float = Field(default=10.0, gt=0, description="Per-attempt HTTP timeout.")
    webhook_max_attempts: int = Field(default=8, ge=1, description="Attempts before a delivery is marked failed.")
    webhook_backoff_s: float = Field(
        default=2.0, gt=0, description="Wait before the first retry; doubles after each failed attempt."
    )
    webhook_backoff_max_s: float = Field(default=600.0, gt=0, description="Longest wait between two attempts.")
    webhook_poll_s: float = Field(
        default=5.0, gt=0, description="How often a `serve` worker looks for deliveries due (new ones go at once)."
    )
    intercom_access_token: str | None = Field(
        default=None, description="Sent as `Authorization: Bearer` to intercom-format webhook URLs."
    )

    # --- demo store -----------------------------------------------------------------------------
    demo_seed: int = 7
    store_policy: Literal["demo", "tau-retail"] = Field(
        default="demo", description="Whose action policy the OMS and the agent's tools apply (data/store_policy.py)."
    )
    store_today: date | None = Field(
        default=None,
        description="Date return/exchange windows are judged against (a frozen demo store); unset = today.",
    )

    @property
    def resolved_oms_url(self) -> str:
        return (self.oms_url or f"http://{self.host}:{self.oms_port}").rstrip("/")


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """Process-wide settings; tests call `get_settings.cache_clear()` after changing the environment."""
    return Settings()
