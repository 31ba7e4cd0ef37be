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
    api_port: int = Field(default=8123, description="Port of the LangGraph API server (`langgraph dev`).")
    oms_port: int = Field(default=8701, description="Port of the demo OMS HTTP service.")
    oms_url: str | None = Field(default=None, description="OMS base URL; default http://HOST:OMS_PORT.")
    oms_timeout_s: float = 5.0

    # --- reasoning ------------------------------------------------------------------------------
    engine: Literal["offline", "openai"] = "offline"
    openai_model: str = "gpt-4o-mini"
    openai_base_url: str | None = None
    openai_api_key: str | None = None
    embedding_backend: Literal["minilm", "openai"] = "minilm"
    openai_embedding_model: str = "text-embedding-3-small"

    # --- escalation policy defaults (per-run overrides go through the graph's context) ----------
    confidence_threshold: float = 0.7
    refund_limit: float = 50.0
    frustrated_after_replies: int = 2

    # --- identity -------------------------------------------------------------------------------
    identity_secret: str | None = Field(
        default=None,
        description="HMAC secret for signed customer tokens. Unset: a random one is kept in DATA_DIR.",
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
