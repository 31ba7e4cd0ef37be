"""`support-agent calibrate --engine openai` against the OpenAI-compatible test double, on real PostgreSQL
and the demo OMS: a scripted model that is too sure when it is wrong gets a calibration that lowers those
confidences, the map round-trips through engine_models, is monotone, and is applied at scoring time (a wrong
answer the raw confidence would have sent now escalates)."""

from __future__ import annotations

import asyncio
import hashlib
import json
import uuid

import psycopg
import pytest
from typer.testing import CliRunner

from evals.calibrate_llm import calibration_tickets, points
from evals.openai_double import Call, Reply, assessment, classification, scripted
from graph.reasoning.llm.calibration import artefact_name, fit, load

pytestmark = pytest.mark.integration

TICKETS = 24
WRONG_QUESTION = "what is your return policy?"


def _wrong_intent(truth: str) -> str:
    return "product_info" if truth != "product_info" else "sizing"


def _reading(text: str, intent: str, confidence: float) -> Reply:
    question = {"text": text[:300], "intent": intent, "confidence": confidence}
    return Reply(structured=classification(text, intent, confidence=confidence, questions=[question]))


def overconfident(reference: dict[str, str]):
    """Reads half the tickets right at 0.90-0.99 and the other half wrong at 0.75-0.87, and always assesses
    itself at 0.99: its wrong readings are far surer than they deserve, its right ones about as sure."""
    def classify(call: Call) -> Reply:
        text = call.user_text.split("Customer message:")[-1].strip()
        spread = int(hashlib.sha256(text.encode()).hexdigest()[:8], 16) / 0xFFFFFFFF
        truth = reference.get(text)
        if text == WRONG_QUESTION:
            return _reading(text, "product_info", 0.85)
        if truth is None:  # a later turn of a replayed conversation
            return _reading(text, classification(text)["intent"], 0.75)
        if spread < 0.5:
            return _reading(text, truth, 0.90 + 0.18 * spread)
        return _reading(text, _wrong_intent(truth), 0.75 + 0.24 * (spread - 0.5))

    return scripted(classify=classify, assess=Reply(structured=assessment(0.99)))


@pytest.fixture()
def no_calibration(openai_double, db_url):
    """The double's model starts and ends without a stored calibration (other tests read raw confidence)."""
    from graph.reasoning.registry import reset_reasoners

    def forget() -> None:
        with psycopg.connect(db_url) as conn:
            conn.execute("DELETE FROM engine_models WHERE name = %s", (artefact_name(openai_double.model),))
        reset_reasoners("openai")

    forget()
    yield
    forget()


async def test_calibration_lowers_confident_wrong_answers_and_applies_at_scoring(
        conversations, action_store, openai_double, no_calibration, db_url, tmp_path):
    from cli.main import app

    with psycopg.connect(db_url) as conn:
        examples = calibration_tickets(conn, TICKETS)
    reference = {e["inputs"]["messages"][0].strip(): e["outputs"]["intent"] for e in examples}
    openai_double.responder = overconfident(reference)

    before = await conversations.send(f"test-cal-{uuid.uuid4()}", WRONG_QUESTION, action_store.customer_id,
                                      engine="openai")
    turn = before.state["turn"]
    assert turn["engine_used"] == "openai" and turn["intent"] == "product_info"  # a wrong reading
    assert before.route == "answer" and before.confidence >= 0.7, (before.reasons, before.confidence)
    assert turn["raw_confidence"] == before.confidence and turn["calibration"] is None

    # The command runs its own event loop (asyncio.run), so off this test's loop.
    command = ["calibrate", "--engine", "openai", "--tickets", str(TICKETS), "--concurrency", "3"]
    result = await asyncio.to_thread(CliRunner().invoke, app, [*command, "--out", str(tmp_path)])
    assert result.exit_code == 0, result.output + repr(result.exception)
    assert "ECE before" in result.output and "Reliability of" in result.output

    (run_dir,) = [d for d in tmp_path.iterdir() if d.is_dir()]
    rows = [json.loads(line) for line in (run_dir / "results.jsonl").read_text().splitlines()]
    raw, correct = points(rows)
    assert len(raw) >= TICKETS // 2 and 0 < sum(correct) < len(correct)
    with psycopg.connect(db_url) as conn:
        stored, version = load(conn, openai_double.model)
        metrics = conn.execute("SELECT metrics FROM engine_models WHERE name = %s AND version = %s",
                               (artefact_name(openai_double.model), version)).fetchone()[0]
    assert stored == fit(raw, correct)  # what was fitted is what Postgres gives back
    assert metrics["points"] == len(raw) and metrics["ece_after_in_sample"] < metrics["ece_before"]

    grid = [stored.apply(i / 100) for i in range(101)]
    assert all(a <= b for a, b in zip(grid, grid[1:], strict=False))
    assert stored.apply(0.99) > stored.apply(0.75)  # it still ranks: not collapsed to one rate
    # The readings the double makes wrong on purpose (0.75-0.87): a right reading (0.90-0.99) can still be
    # scored wrong when the double's canned draft leaves out the order facts the ticket needed.
    wrong_above = [r for r, ok in zip(raw, correct, strict=True) if not ok and 0.7 <= r < 0.9]
    assert wrong_above and all(stored.apply(r) < 0.7 for r in wrong_above)

    after = await conversations.send(f"test-cal-{uuid.uuid4()}", WRONG_QUESTION, action_store.customer_id,
                                     engine="openai")
    turn = after.state["turn"]
    assert turn["raw_confidence"] == before.confidence
    assert turn["calibration"] == {"model": openai_double.model, "version": version, "kind": stored.kind}
    assert after.confidence == stored.apply(before.confidence) < 0.7
    assert after.route == "escalate" and "low_confidence" in after.reasons

    # Calibrating again replays uncalibrated (the old map must not decide what counts as right) and adds v2.
    out = tmp_path / "again"
    again = await asyncio.to_thread(CliRunner().invoke, app, [*command, "--out", str(out)])
    assert again.exit_code == 0, again.output + repr(again.exception)
    (run_dir,) = list(out.iterdir())
    lines = (run_dir / "results.jsonl").read_text().splitlines()
    first_turns = [json.loads(line)["outputs"]["turns"][0] for line in lines]
    assessed = [t for t in first_turns if t.get("raw_confidence") is not None]
    assert assessed and all(t["confidence"] == t["raw_confidence"] for t in assessed)
    with psycopg.connect(db_url) as conn:
        assert load(conn, openai_double.model)[1] == version + 1
