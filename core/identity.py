"""Signed identities: who is calling the graph API, vouched for by an HMAC-SHA256 signature.

A token is `sa1.<payload>.<signature>`: the payload is base64url JSON `{"k": kind, "sub": subject,
"iat": issued_at, "exp": expires_at, "kid": key_id}` and the signature is base64url HMAC-SHA256 of
`sa1.<payload>`. Kinds: `customer` (subject = customer id), `anonymous` (a random visitor id),
`staff` (a staff name). The graph never takes identity from message text, run input or model output.

Lifetimes are capped (TOKEN_MAX_TTL_S): a token whose expiry lies further out than the cap is refused
even with a valid signature, so a leaked signing helper cannot mint long-lived tokens. Secrets rotate:
new tokens are signed with IDENTITY_SECRET, tokens signed with IDENTITY_SECRET_PREVIOUS still verify
until they expire; the key id names which secret signed a token (a fingerprint, never the secret).
Unset IDENTITY_SECRET: a random secret kept in DATA_DIR (mode 0600) for single-machine installs.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import secrets
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from core.local_secrets import kept_secret
from core.settings import Settings, get_settings

Kind = Literal["customer", "anonymous", "staff"]
KINDS: tuple[str, ...] = ("customer", "anonymous", "staff")
VERSION = "sa1"
CLOCK_SKEW_S = 60
MAX_TOKEN_CHARS = 2048
MAX_SUBJECT_CHARS = 200


class InvalidIdentity(ValueError):
    """The token is malformed, forged, expired or signed by an unknown key; the caller must get a new one."""


@dataclass(frozen=True)
class Principal:
    """A verified caller. `owner` is the value stored on the threads it creates."""

    kind: Kind
    subject: str
    expires_at: int | None = field(default=None, compare=False)

    @property
    def owner(self) -> str:
        return f"{self.kind}:{self.subject}"

    @property
    def customer_id(self) -> str | None:
        return self.subject if self.kind == "customer" else None


def _current_secret(settings: Settings) -> str:
    return settings.identity_secret or kept_secret(settings.data_dir, "identity_secret")


def key_id(secret: str) -> str:
    """A public fingerprint of a secret: tells the verifier which key signed, reveals nothing usable."""
    return hashlib.sha256(b"support-agent key id\x00" + secret.encode()).hexdigest()[:12]


def _verifying_keys(settings: Settings) -> dict[str, str]:
    """kid -> secret for every secret that may verify: the current one and, during a rotation, the previous."""
    keys = {}
    for secret in (_current_secret(settings), settings.identity_secret_previous):
        if secret:
            keys.setdefault(key_id(secret), secret)
    return keys


def _b64(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def _unb64(value: str) -> bytes:
    return base64.urlsafe_b64decode(value + "=" * (-len(value) % 4))


def _mac(secret: str, signed_part: str) -> str:
    return _b64(hmac.new(secret.encode(), signed_part.encode(), hashlib.sha256).digest())


def sign(kind: Kind, subject: str, ttl_s: int | None = None, settings: Settings | None = None,
         now: float | None = None) -> str:
    """A token for (kind, subject) valid for ttl_s seconds (default TOKEN_TTL_S, at most TOKEN_MAX_TTL_S)."""
    settings = settings or get_settings()
    if kind not in KINDS:
        raise ValueError(f"Unknown identity kind {kind!r}; expected one of {', '.join(KINDS)}.")
    if not subject or len(subject) > MAX_SUBJECT_CHARS:
        raise ValueError(f"An identity subject must be 1-{MAX_SUBJECT_CHARS} characters.")
    ttl = min(settings.token_ttl_s, settings.token_max_ttl_s) if ttl_s is None else int(ttl_s)
    if ttl <= 0 or ttl > settings.token_max_ttl_s:
        raise ValueError(f"Token lifetime must be 1..{settings.token_max_ttl_s} s (TOKEN_MAX_TTL_S); got {ttl}.")
    issued = int(now if now is not None else time.time())
    secret = _current_secret(settings)
    claims = {"k": kind, "sub": subject, "iat": issued, "exp": issued + ttl, "kid": key_id(secret)}
    signed_part = f"{VERSION}.{_b64(json.dumps(claims, separators=(',', ':')).encode())}"
    return f"{signed_part}.{_mac(secret, signed_part)}"


def sign_customer(customer_id: str, ttl_s: int | None = None, settings: Settings | None = None) -> str:
    """A token asserting the customer `customer_id` (what a signed-in storefront session hands the chat)."""
    return sign("customer", customer_id, ttl_s, settings)


def sign_staff(name: str, ttl_s: int | None = None, settings: Settings | None = None) -> str:
    """A token for a member of staff: may read threads with an open handoff, nothing else."""
    return sign("staff", name, ttl_s, settings)


def sign_anonymous(ttl_s: int | None = None, settings: Settings | None = None) -> str:
    """A token for a new anonymous visitor: a random, unguessable subject owns the threads it creates."""
    settings = settings or get_settings()
    ttl = min(settings.anonymous_token_ttl_s, settings.token_max_ttl_s) if ttl_s is None else ttl_s
    return sign("anonymous", secrets.token_urlsafe(18), ttl, settings)


def _claims(token: str) -> tuple[str, str, dict]:
    if not isinstance(token, str) or not token or len(token) > MAX_TOKEN_CHARS:
        raise InvalidIdentity("Missing or oversized identity token.")
    parts = token.strip().split(".")
    if len(parts) != 3 or parts[0] != VERSION:
        raise InvalidIdentity(f"Identity token must look like {VERSION}.<payload>.<signature>.")
    try:
        claims = json.loads(_unb64(parts[1]))
    except (ValueError, binascii.Error, UnicodeDecodeError) as exc:
        raise InvalidIdentity("Identity token payload is unreadable.") from exc
    if not isinstance(claims, dict):
        raise InvalidIdentity("Identity token payload is unreadable.")
    return f"{parts[0]}.{parts[1]}", parts[2], claims


def verify_token(token: str, settings: Settings | None = None, now: float | None = None) -> Principal:
    """The principal a valid token asserts; raises InvalidIdentity for anything else."""
    settings = settings or get_settings()
    signed_part, mac, claims = _claims(token)
    secret = _verifying_keys(settings).get(str(claims.get("kid")))
    if secret is None:
        raise InvalidIdentity("Identity token was signed by a key this deployment does not hold (rotated out?).")
    if not hmac.compare_digest(_mac(secret, signed_part), mac):
        raise InvalidIdentity("Identity token signature does not match; sign it with this deployment's secret.")
    kind, subject, issued, expiry = claims.get("k"), claims.get("sub"), claims.get("iat"), claims.get("exp")
    if kind not in KINDS or not isinstance(subject, str) or not subject:
        raise InvalidIdentity("Identity token names no valid kind and subject.")
    if not isinstance(issued, int) or not isinstance(expiry, int):
        raise InvalidIdentity("Identity token carries no valid issue and expiry times.")
    clock = now if now is not None else time.time()
    if expiry <= clock:
        raise InvalidIdentity("Identity token has expired; ask the front end for a new one.")
    if expiry - issued > settings.token_max_ttl_s or expiry > clock + settings.token_max_ttl_s + CLOCK_SKEW_S:
        raise InvalidIdentity("Identity token lives longer than TOKEN_MAX_TTL_S allows.")
    return Principal(kind=kind, subject=subject, expires_at=expiry)


def verify_customer(token: str, settings: Settings | None = None, now: float | None = None) -> str:
    """The customer id inside a valid customer token; raises InvalidIdentity for any other token."""
    principal = verify_token(token, settings, now)
    if principal.kind != "customer":
        raise InvalidIdentity("This token does not identify a customer.")
    return principal.subject


def auth_user(principal: Principal) -> dict[str, Any]:
    """The verified caller as servers inject it (configurable.langgraph_auth_user): no token inside."""
    return {
        "identity": principal.owner,
        "kind": principal.kind,
        "subject": principal.subject,
        "display_name": principal.owner,
        "is_authenticated": True,
        "permissions": [],
    }


def _field(user: Any, name: str) -> Any:
    if isinstance(user, Mapping):
        return user.get(name)
    try:
        return user[name]
    except (KeyError, TypeError, IndexError):
        return getattr(user, name, None)


def principal_from_auth_user(user: Any) -> Principal | None:
    """Read back the principal from an injected auth user (a dict, or langgraph_api's user proxy)."""
    if user is None or isinstance(user, (str, bytes)):
        return None
    kind, subject = _field(user, "kind"), _field(user, "subject")
    if kind not in KINDS or not isinstance(subject, str) or not subject:
        return None
    principal = Principal(kind=kind, subject=subject)
    return principal if _field(user, "identity") == principal.owner else None
