"""Signed customer identity: the caller (chat front end, helpdesk, CLI) vouches for who the customer is.

A token is `customer_id.expiry.signature` with an HMAC-SHA256 signature, so the graph never takes a
customer id from message text or model output. The secret comes from IDENTITY_SECRET, or a random one
kept in DATA_DIR (mode 0600) for single-machine installs.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
import time
from functools import lru_cache
from pathlib import Path

from core.settings import Settings, get_settings

DEFAULT_TTL_S = 24 * 3600


class InvalidIdentity(ValueError):
    """The token is malformed, forged or expired; the caller must sign a new one."""


@lru_cache(maxsize=8)
def _file_secret(data_dir: str) -> bytes:
    path = Path(data_dir) / "identity_secret"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(secrets.token_hex(32))
        path.chmod(0o600)
    return path.read_text().strip().encode()


def _secret(settings: Settings) -> bytes:
    if settings.identity_secret:
        return settings.identity_secret.encode()
    return _file_secret(str(Path(settings.data_dir).resolve()))


def _b64(value: str) -> str:
    return base64.urlsafe_b64encode(value.encode()).decode().rstrip("=")


def _unb64(value: str) -> str:
    return base64.urlsafe_b64decode(value + "=" * (-len(value) % 4)).decode()


def sign_customer(customer_id: str, ttl_s: int = DEFAULT_TTL_S, settings: Settings | None = None) -> str:
    """A token asserting `customer_id` until now + ttl_s."""
    settings = settings or get_settings()
    payload = f"{_b64(customer_id)}.{int(time.time()) + ttl_s}"
    mac = hmac.new(_secret(settings), payload.encode(), hashlib.sha256).hexdigest()
    return f"{payload}.{mac}"


def verify_customer(token: str, settings: Settings | None = None, now: float | None = None) -> str:
    """The customer id inside a valid token; raises InvalidIdentity otherwise."""
    settings = settings or get_settings()
    parts = (token or "").strip().split(".")
    if len(parts) != 3:
        raise InvalidIdentity("Customer token must look like <id>.<expiry>.<signature>.")
    encoded_id, expiry, mac = parts
    expected = hmac.new(_secret(settings), f"{encoded_id}.{expiry}".encode(), hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected, mac):
        raise InvalidIdentity("Customer token signature does not match; sign it with this deployment's secret.")
    if not expiry.isdigit() or int(expiry) < (now if now is not None else time.time()):
        raise InvalidIdentity("Customer token has expired; ask the front end for a new one.")
    try:
        return _unb64(encoded_id)
    except (ValueError, UnicodeDecodeError) as exc:
        raise InvalidIdentity("Customer token carries an unreadable customer id.") from exc
