"""Pure parts of the handoff webhooks: targets from settings, the signature, payload formats, backoff."""

from __future__ import annotations

import hashlib
import hmac
from datetime import UTC, datetime

import pytest

from core.settings import Settings
from tools.handoff import HandoffRequest
from tools.handoff.webhooks.delivery import backoff_s
from tools.handoff.webhooks.outbox import without_credentials
from tools.handoff.webhooks.payloads import case_record, payload
from tools.handoff.webhooks.signing import sign, signature, verify
from tools.handoff.webhooks.targets import InvalidWebhookTarget, Target, parse_targets


def test_targets_name_their_format_or_default_to_generic():
    assert parse_targets("") == []
    assert parse_targets(" https://a.example/hook , zendesk=https://u%40x.com%2Ftoken:T@b.zendesk.com/api/v2/tickets.json,"
                         "INTERCOM=https://api.intercom.io/conversations,") == [
        Target("https://a.example/hook"),
        Target("https://u%40x.com%2Ftoken:T@b.zendesk.com/api/v2/tickets.json", "zendesk"),
        Target("https://api.intercom.io/conversations", "intercom"),
    ]
    assert parse_targets("https://a.example/hook?x=1") == [Target("https://a.example/hook?x=1")]
    for bad in ("slack=https://a.example", "ftp://a.example/x", "zendesk=not a url"):
        with pytest.raises(InvalidWebhookTarget):
            parse_targets(bad)


def test_credentials_in_a_url_are_never_stored():
    assert without_credentials("https://me%40b.com%2Ftoken:SECRET@b.zendesk.com:8443/api/v2/tickets.json?x=1") == \
        "https://b.zendesk.com:8443/api/v2/tickets.json?x=1"
    assert without_credentials("http://127.0.0.1:9/hooks/a") == "http://127.0.0.1:9/hooks/a"


def test_the_signature_is_hmac_sha256_of_timestamp_dot_body():
    body = b'{"id":"e-1"}'
    header = signature("s3cret", body, 1_700_000_000)
    expected = hmac.new(b"s3cret", b"1700000000." + body, hashlib.sha256).hexdigest()
    assert header == f"t=1700000000,v1={expected}"
    assert verify("s3cret", body, header, now=1_700_000_100)
    assert not verify("s3cret", body + b" ", header, now=1_700_000_100)  # tampered body
    assert not verify("other", body, header, now=1_700_000_100)  # wrong key
    assert not verify("s3cret", body, header, now=1_700_001_000)  # replayed later than the tolerance
    assert not verify("s3cret", body, "garbage", now=1_700_000_000)
    assert verify("s3cret", body, sign("s3cret", body))


def test_backoff_doubles_and_is_capped():
    settings = Settings(webhook_backoff_s=2, webhook_backoff_max_s=10)
    assert [backoff_s(n, settings) for n in (1, 2, 3, 4, 5)] == [2, 4, 8, 10, 10]


def _case(customer: dict | None = None) -> dict:
    request = HandoffRequest(thread_id="t-1", customer_id="C000001" if customer else None, order_ids=["A-100001"],
                             intent="damaged_item", reasons=["tier2_intent", "frustrated"], summary="Parcel crushed.",
                             tried="Looked up the order.", suggested_resolution="Replace it.",
                             transcript=[{"role": "customer", "text": "it's crushed"}], priority="high")
    return case_record(12, datetime(2026, 12, 1, tzinfo=UTC), request, customer)


def test_payload_formats():
    case = _case({"name": "Ada Lovelace", "email": "ada@example.test"})
    generic = payload("generic", "e-1", case)
    assert generic == {"id": "e-1", "type": "handoff.created", "created_at": "2026-12-01T00:00:00+00:00",
                       "data": {"handoff": case}}
    ticket = payload("zendesk", "e-1", case)["ticket"]
    assert ticket["subject"] == "Handoff #12: damaged item" and ticket["priority"] == "high"
    assert ticket["requester"] == {"name": "Ada Lovelace", "email": "ada@example.test"}
    assert ticket["tags"] == ["support_agent", "handoff", "tier2_intent", "frustrated"]
    assert "Parcel crushed." in ticket["comment"]["body"] and "customer: it's crushed" in ticket["comment"]["body"]
    assert ticket["comment"]["public"] is False and ticket["external_id"] == "handoff-12"
    assert payload("intercom", "e-1", case)["from"] == {"type": "user", "id": "C000001"}
    visitor = _case()
    assert "requester" not in payload("zendesk", "e-1", visitor)["ticket"]
    assert payload("intercom", "e-1", visitor)["from"] == {"type": "contact", "id": "t-1"}
