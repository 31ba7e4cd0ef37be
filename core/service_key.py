"""The key internal services present to each other: the agent's OMS client to the demo OMS.

OMS_SERVICE_KEY when set (several machines); otherwise a random key kept in DATA_DIR, shared by the
OMS and the agent processes of one install.
"""

from __future__ import annotations

import hmac

from core.local_secrets import kept_secret
from core.settings import Settings, get_settings

SERVICE_KEY_HEADER = "X-Service-Key"


def oms_service_key(settings: Settings | None = None) -> str:
    settings = settings or get_settings()
    return settings.oms_service_key or kept_secret(settings.data_dir, "oms_service_key")


def service_key_matches(presented: str | None, expected: str) -> bool:
    """Constant-time comparison, so the key cannot be guessed byte by byte from response times."""
    return bool(presented) and hmac.compare_digest(presented.encode(), expected.encode())
