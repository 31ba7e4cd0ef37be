"""Signed tokens: kinds, expiry, the lifetime cap, rotation, forgery."""

from __future__ import annotations

import base64
import json
import time

import pytest

from core.identity import (
    InvalidIdentity,
    Principal,
    key_id,
    sign,
    sign_anonymous,
    sign_customer,
    sign_staff,
    verify_customer,
    verify_token,
)
from core.settings import Settings


def _settings(tmp_path, **overrides) -> Settings:
    return Settings(data_dir=tmp_path, identity_secret=overrides.pop("secret", "current-secret"), **overrides)


def _payload(token: str) -> dict:
    encoded = token.split(".")[1]
    return json.loads(base64.urlsafe_b64decode(encoded + "=" * (-len(encoded) % 4)))


def _reassemble(token: str, claims: dict) -> str:
    version, _, mac = token.split(".")
    body = base64.urlsafe_b64encode(json.dumps(claims).encode()).decode().rstrip("=")
    return f"{version}.{body}.{mac}"


def test_each_kind_round_trips_to_its_principal(tmp_path):
    settings = _settings(tmp_path)
    assert verify_token(sign_customer("C000123", settings=settings), settings) == Principal("customer", "C000123")
    assert verify_token(sign_staff("dana", settings=settings), settings).owner == "staff:dana"
    anonymous = verify_token(sign_anonymous(settings=settings), settings)
    assert anonymous.kind == "anonymous" and len(anonymous.subject) >= 20
    assert verify_customer(sign_customer("C000123", settings=settings), settings) == "C000123"


def test_anonymous_subjects_are_unguessable_and_distinct(tmp_path):
    settings = _settings(tmp_path)
    subjects = {verify_token(sign_anonymous(settings=settings), settings).subject for _ in range(20)}
    assert len(subjects) == 20


def test_verify_customer_refuses_other_kinds(tmp_path):
    settings = _settings(tmp_path)
    with pytest.raises(InvalidIdentity):
        verify_customer(sign_staff("dana", settings=settings), settings)


def test_expired_token_is_refused(tmp_path):
    settings = _settings(tmp_path)
    token = sign("customer", "C000123", ttl_s=60, settings=settings, now=time.time() - 120)
    with pytest.raises(InvalidIdentity, match="expired"):
        verify_token(token, settings)


def test_signing_beyond_the_cap_is_an_error(tmp_path):
    settings = _settings(tmp_path, token_max_ttl_s=3600)
    with pytest.raises(ValueError, match="TOKEN_MAX_TTL_S"):
        sign_customer("C000123", ttl_s=7200, settings=settings)
    assert verify_token(sign_customer("C000123", settings=settings), settings).expires_at <= time.time() + 3600


def test_token_claiming_a_life_beyond_the_cap_is_refused(tmp_path):
    """A token minted under a generous cap stops working once the deployment tightens it."""
    generous = _settings(tmp_path, token_max_ttl_s=30 * 86400)
    token = sign_customer("C000123", ttl_s=30 * 86400, settings=generous)
    assert verify_token(token, generous).subject == "C000123"
    with pytest.raises(InvalidIdentity, match="TOKEN_MAX_TTL_S"):
        verify_token(token, _settings(tmp_path, token_max_ttl_s=86400))


def test_forged_tokens_are_refused(tmp_path):
    settings = _settings(tmp_path)
    token = sign_customer("C000123", settings=settings)
    other_secret = sign_customer("C000123", settings=_settings(tmp_path, secret="attacker"))
    claims = _payload(token)
    forged = [
        "",
        "garbage",
        "C000123.9999999999.deadbeef",  # the old token format
        token[:-2] + ("AA" if not token.endswith("AA") else "BB"),
        _reassemble(token, {**claims, "sub": "C000124"}),
        _reassemble(token, {**claims, "k": "staff"}),
        _reassemble(token, {**claims, "exp": claims["exp"] + 3600}),
        other_secret,
        "x" * 5000,
    ]
    for candidate in forged:
        with pytest.raises(InvalidIdentity):
            verify_token(candidate, settings)


def test_rotation_previous_secret_still_verifies_new_tokens_use_current(tmp_path):
    old = _settings(tmp_path, secret="old-secret")
    old_token = sign_customer("C000123", settings=old)
    rotating = _settings(tmp_path, secret="new-secret", identity_secret_previous="old-secret")
    assert verify_token(old_token, rotating).subject == "C000123"
    new_token = sign_customer("C000123", settings=rotating)
    assert _payload(new_token)["kid"] == key_id("new-secret")
    with pytest.raises(InvalidIdentity):
        verify_token(new_token, old)
    rotated = _settings(tmp_path, secret="new-secret")
    with pytest.raises(InvalidIdentity, match="key"):
        verify_token(old_token, rotated)


def test_key_id_reveals_nothing_of_the_secret(tmp_path):
    settings = _settings(tmp_path, secret="s3cr3t-value")
    token = sign_customer("C000123", settings=settings)
    assert "s3cr3t" not in token and "s3cr3t" not in json.dumps(_payload(token))


def test_random_secret_in_data_dir_when_unset(tmp_path):
    settings = Settings(data_dir=tmp_path, identity_secret=None)
    token = sign_customer("C000123", settings=settings)
    secret_file = tmp_path / "identity_secret"
    assert secret_file.exists() and oct(secret_file.stat().st_mode & 0o777) == "0o600"
    assert verify_token(token, Settings(data_dir=tmp_path, identity_secret=None)).subject == "C000123"
    with pytest.raises(InvalidIdentity):
        verify_token(token, _settings(tmp_path, secret="something-else"))
