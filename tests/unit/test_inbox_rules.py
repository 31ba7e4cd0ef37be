"""Pure rules of the handoff inbox: who may use it, how a resolved case enters the ticket history, and
which earlier case a returning customer is greeted with."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from app.auth import Principal, may_use_inbox
from app.inbox.case_ticket import case_ticket, resolution_action
from graph.nodes.returning import earlier_case_sentence, latest_earlier_case, standing, with_note

NOW = datetime(2026, 12, 1, 12, tzinfo=UTC)


def test_only_staff_use_the_inbox():
    assert may_use_inbox(Principal("staff", "dana"))
    assert not may_use_inbox(Principal("customer", "C000001"))
    assert not may_use_inbox(Principal("anonymous", "v-1"))


def _case(**extra) -> dict:
    return {"id": 7, "created_at": NOW, "intent": "damaged_item", "order_ids": ["A-100001"], "outcome": "refunded",
            "customer_id": "C000001", **extra}


def test_a_resolved_case_keeps_the_customer_and_staff_words_not_the_agents_holding_replies():
    transcript = [
        {"role": "customer", "text": "It arrived broken", "at": NOW},
        {"role": "agent", "text": "I've passed your conversation to our team (case #7).", "at": NOW},
        {"role": "staff", "text": "Sorry! Refunded in full.", "at": "2026-12-01T13:00:00+00:00", "name": "dana"},
        {"role": "customer", "text": "  ", "at": None},
    ]
    ticket = case_ticket(_case(), transcript, "fr")
    assert ticket.id == "handoff-7" and ticket.language == "fr" and ticket.channel == "chat"
    assert [(m["role"], m["text"]) for m in ticket.messages] == [("customer", "It arrived broken"),
                                                                  ("agent", "Sorry! Refunded in full.")]
    assert ticket.messages[0]["at"] == NOW.isoformat()
    assert (ticket.tier, ticket.escalated, ticket.resolved, ticket.resolved_first_reply) == (2, True, True, False)
    assert ticket.resolution_action == "issue_refund" and ticket.order_id == "A-100001"
    assert ticket.facts == {"handoff_id": 7, "outcome": "refunded", "order_id": "A-100001"}


def test_a_case_without_a_customer_message_is_not_history():
    assert case_ticket(_case(), [{"role": "staff", "text": "hello", "at": None}], None) is None


def test_outcomes_map_onto_the_resolution_vocabulary():
    assert resolution_action("resolved", "order_status") == "share_tracking"
    assert resolution_action("resolved", "made_up") == "human_review"
    assert resolution_action("replaced", "wrong_item") == "reship_correct_item"
    assert resolution_action("no_action", "complaint") == "no_action"
    assert case_ticket(_case(intent="made_up", outcome="other"), [{"role": "customer", "text": "hi"}], None).intent \
        == "unknown"


def _memory(*cases: dict) -> dict:
    return {"escalations": list(cases)}


def test_the_greeting_names_the_latest_recent_case_of_another_conversation():
    recent = (NOW - timedelta(days=2)).isoformat()
    old = {"handoff_id": 1, "thread_id": "t-1", "status": "resolved", "at": (NOW - timedelta(days=90)).isoformat()}
    claimed = {"handoff_id": 2, "thread_id": "t-2", "status": "claimed", "at": recent}
    safety = {"handoff_id": 3, "thread_id": "t-3", "status": "open", "at": recent, "safety": True}
    this_thread = {"handoff_id": 4, "thread_id": "t-now", "status": "open", "at": recent}
    assert latest_earlier_case(_memory(old, claimed, safety, this_thread), "t-now", NOW) == claimed
    assert latest_earlier_case(_memory(old), "t-now", NOW) is None
    assert latest_earlier_case(_memory({"handoff_id": 5, "reasons": []}), "t-now", NOW) is None  # older memory format
    assert latest_earlier_case({}, "t-now", NOW) is None
    # a case the customer was told about, as it stands, is not brought up again; news about it is
    told = {**claimed, "told": standing(claimed)}
    assert latest_earlier_case(_memory(old, told), "t-now", NOW) is None
    assert latest_earlier_case(_memory(old, {**told, "status": "resolved"}), "t-now", NOW)["status"] == "resolved"


def test_the_greeting_says_how_the_case_stands():
    assert "working on your earlier case #2" in earlier_case_sentence({"handoff_id": 2, "status": "claimed"}, "en")
    assert "with a refund" in earlier_case_sentence({"handoff_id": 2, "status": "resolved", "outcome": "refunded"}, "en")
    assert "resolved your earlier case #2." in earlier_case_sentence(
        {"handoff_id": 2, "status": "resolved", "outcome": "no_action"}, "en")
    assert "n.º 2" in earlier_case_sentence({"handoff_id": 2, "status": "open"}, "es")
    assert with_note("Welcome back!", "Here is the answer.") == "Welcome back!\n\nHere is the answer."
    assert with_note(None, "Here is the answer.") == "Here is the answer."


def test_the_staff_token_command_prints_a_staff_token(tmp_path, monkeypatch):
    from typer.testing import CliRunner

    from cli.main import app
    from core.identity import verify_token
    from core.settings import Settings, get_settings

    monkeypatch.setenv("DATA_DIR", str(tmp_path))
    monkeypatch.setenv("IDENTITY_SECRET", "staff-token-test")
    get_settings.cache_clear()
    try:
        result = CliRunner().invoke(app, ["staff-token", "dana"])
        assert result.exit_code == 0, result.output
        principal = verify_token(result.output.strip(), Settings(identity_secret="staff-token-test", data_dir=tmp_path))
        assert (principal.kind, principal.subject) == ("staff", "dana")
        assert CliRunner().invoke(app, ["staff-token", ""]).exit_code != 0
    finally:
        get_settings.cache_clear()
