"""The ownership rules both servers enforce (app/auth.py)."""

from __future__ import annotations

import time

import pytest

from app.auth import (
    Principal,
    Unauthenticated,
    auth_user,
    may_create_thread,
    may_delete_thread,
    may_read_assistants,
    may_read_thread,
    may_run_thread,
    may_update_state,
    may_use_crons,
    may_use_store,
    owner_filter,
    owner_metadata,
    principal_from_auth_user,
    principal_from_authorization,
)
from core.identity import sign, sign_anonymous, sign_customer, sign_staff
from core.settings import Settings

ALICE = Principal("customer", "C000001")
BOB = Principal("customer", "C000002")
VISITOR = Principal("anonymous", "v-1")
STAFF = Principal("staff", "dana")


@pytest.fixture
def settings(tmp_path) -> Settings:
    return Settings(data_dir=tmp_path, identity_secret="rules-secret")


def test_owner_strings():
    assert (ALICE.owner, VISITOR.owner, STAFF.owner) == ("customer:C000001", "anonymous:v-1", "staff:dana")


def test_bearer_header_yields_the_principal(settings):
    assert principal_from_authorization(f"Bearer {sign_customer('C000001', settings=settings)}", settings) == ALICE
    assert principal_from_authorization(f"bearer  {sign_staff('dana', settings=settings)} ", settings) == STAFF
    assert principal_from_authorization(f"Bearer {sign_anonymous(settings=settings)}", settings).kind == "anonymous"


@pytest.mark.parametrize("header", [None, "", "   ", "Bearer", "Bearer ", "Basic abc", "Token x", "garbage"])
def test_missing_or_malformed_header_is_unauthenticated(settings, header):
    with pytest.raises(Unauthenticated):
        principal_from_authorization(header, settings)


def test_forged_and_expired_tokens_are_unauthenticated(settings):
    forged = sign_customer("C000001", settings=Settings(data_dir=settings.data_dir, identity_secret="other"))
    expired = sign("customer", "C000001", ttl_s=10, settings=settings, now=time.time() - 60)
    for token in (forged, expired):
        with pytest.raises(Unauthenticated):
            principal_from_authorization(f"Bearer {token}", settings)


def test_creator_becomes_owner_whatever_the_caller_claims():
    assert owner_metadata(ALICE, {"owner": "customer:C000002", "topic": "x"}) == {
        "owner": "customer:C000001", "topic": "x"}
    assert owner_metadata(VISITOR, None) == {"owner": "anonymous:v-1"}
    assert owner_filter(ALICE) == {"owner": "customer:C000001"}
    assert owner_filter(STAFF) == {"owner": "staff:dana"}  # staff create nothing, so they list nothing


def test_customers_and_visitors_use_only_their_own_threads():
    mine, theirs, unowned = {"owner": ALICE.owner}, {"owner": BOB.owner}, {}
    for check in (lambda p, m: may_read_thread(p, m, open_handoff=True), may_run_thread, may_delete_thread):
        assert check(ALICE, mine)
        assert not check(ALICE, theirs)
        assert not check(ALICE, unowned)
        assert not check(VISITOR, mine)
    assert may_read_thread(VISITOR, {"owner": VISITOR.owner}, open_handoff=False)
    assert may_create_thread(ALICE) and may_create_thread(VISITOR)


def test_nobody_updates_state_or_reaches_store_and_crons():
    for principal in (ALICE, VISITOR, STAFF):
        assert not may_update_state(principal, {"owner": principal.owner})
        assert not may_use_store(principal)
        assert not may_use_crons(principal)
        assert may_read_assistants(principal)


def test_staff_read_only_threads_with_an_open_handoff_and_nothing_else():
    thread = {"owner": ALICE.owner}
    assert may_read_thread(STAFF, thread, open_handoff=True)
    assert not may_read_thread(STAFF, thread, open_handoff=False)
    assert not may_create_thread(STAFF)
    assert not may_run_thread(STAFF, thread)
    assert not may_delete_thread(STAFF, thread)
    assert not may_run_thread(STAFF, {"owner": STAFF.owner})  # even a thread forged to look staff-owned


def test_auth_user_round_trips_and_inconsistent_users_are_ignored():
    for principal in (ALICE, VISITOR, STAFF):
        user = auth_user(principal)
        assert user["identity"] == principal.owner
        assert principal_from_auth_user(user) == principal
    assert principal_from_auth_user(None) is None
    assert principal_from_auth_user({"identity": "customer:C000002", "kind": "customer", "subject": "C000001"}) is None
    assert principal_from_auth_user({"identity": "root:x", "kind": "root", "subject": "x"}) is None
    assert principal_from_auth_user("customer:C000001") is None
