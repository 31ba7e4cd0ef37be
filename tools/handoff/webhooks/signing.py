"""The webhook signature: `X-Support-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<body>")>`.

Signing the timestamp with the body lets a receiver refuse replays (an old `t`) as well as forgeries; the
scheme is the one Stripe popularised, so receivers can reuse familiar code.
"""

from __future__ import annotations

import hashlib
import hmac
import time

HEADER = "X-Support-Signature"
TOLERANCE_S = 300


def signature(secret: str, body: bytes, timestamp: int) -> str:
    digest = hmac.new(secret.encode(), f"{timestamp}.".encode() + body, hashlib.sha256).hexdigest()
    return f"t={timestamp},v1={digest}"


def sign(secret: str, body: bytes, now: float | None = None) -> str:
    return signature(secret, body, int(now if now is not None else time.time()))


def verify(secret: str, body: bytes, header: str | None, now: float | None = None,
           tolerance_s: int = TOLERANCE_S) -> bool:
    """What a receiver runs: a matching v1 for this body, signed within `tolerance_s` of now."""
    try:
        fields = dict(part.split("=", 1) for part in (header or "").split(","))
        timestamp = int(fields["t"])
    except (ValueError, KeyError):
        return False
    clock = now if now is not None else time.time()
    if abs(clock - timestamp) > tolerance_s:
        return False
    expected = signature(secret, body, timestamp).split("v1=", 1)[1]
    return hmac.compare_digest(expected, fields.get("v1", ""))
