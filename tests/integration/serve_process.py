"""`support-agent serve` as a real subprocess on a free port, for the integration tests.

It inherits the test session's environment (DATA_DIR, DB_NAME, OMS_PORT, identity secret file), so it
serves the prepared session database exactly like `make run` would serve the real one.
"""

from __future__ import annotations

import os
from pathlib import Path

from core.settings import Settings
from service.processes import Service, start_api
from tests.integration.conftest import free_port


def start_serve(
    settings: Settings, log_dir: Path, *, workers: int = 1, env: dict | None = None, name: str = "serve"
) -> tuple[Service, str]:
    port = free_port()
    extra = {
        "API_PORT": str(port), "SERVE_RECOVERY_INTERVAL_S": "0.5", "SERVE_SHUTDOWN_GRACE_S": "5",
        "SERVE_POOL_SIZE": "6", **(env or {}),
    }
    service = start_api(
        settings.model_copy(update={"api_port": port}), log_dir, workers=workers,
        env={**os.environ, **extra}, name=name,
    )
    return service, f"http://127.0.0.1:{port}"
