"""Running an evaluation with LangSmith's own `aevaluate`, offline by default.

Offline (no LANGSMITH_API_KEY): `aevaluate(..., upload_results=False)` runs the target and evaluators
exactly as in LangSmith but records nothing; inside, langsmith 0.15 switches tracing to "local"
(`rh.tracing_context(enabled="local")` in evaluation/_arunner.py), so no run leaves the machine. The Client
is still constructed by aevaluate, so we hand it one pointed at a dead local URL: should anything try to
reach the API it fails fast instead of leaking to api.smith.langchain.com. Examples are built locally as
`langsmith.schemas.Example` objects, which aevaluate accepts as `data`.

Orders: every run replays on a private copy of the order tables served by its own demo OMS, never on the
live store or a running OMS (a replayed customer confirms actions, which must not reach a real order); each
ticket starts from a fresh copy of its customer's orders, cancel / address tickets as of the ticket's date,
and every action is audited against that OMS afterwards (evals/replay_store.py, evals/as_of.py,
evals/action_audit.py).

Online (LANGSMITH_API_KEY set): the examples are created in (or added to) a LangSmith dataset and the
experiment is uploaded. Either way results are also kept in reports/evals/<timestamp>/ (results.jsonl and
metrics.json), which the report and the CI gate read.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import subprocess
import warnings
from dataclasses import dataclass
from pathlib import Path

from core.settings import REPO_ROOT, Settings
from evals.action_audit import summarise_actions
from evals.dataset import to_langsmith
from evals.evaluators import ROW_EVALUATORS, answer_quality_judge, llm_judge_configured
from evals.metrics import Outcome, headline
from evals.model_use import summary as model_use_summary
from evals.pricing import prices_for

REPORTS_DIR = REPO_ROOT / "reports" / "evals"
DATASET_NAME = "support-agent-historical-tickets"
OFFLINE_API_URL = "http://127.0.0.1:9"  # discard port: nothing listens, so any call fails at once


@dataclass
class EvalRun:
    out_dir: Path
    metrics: dict
    rows: list[dict]


def uploading() -> bool:
    return bool(os.environ.get("LANGSMITH_API_KEY") or os.environ.get("LANGCHAIN_API_KEY"))


def _offline_client():
    from langsmith import Client

    os.environ["LANGSMITH_TRACING"] = "false"
    os.environ["LANGCHAIN_TRACING_V2"] = "false"
    # The client asks the dead URL for /info once and logs the refusal; that is expected offline.
    logging.getLogger("langsmith.client").setLevel(logging.CRITICAL)
    return Client(api_url=OFFLINE_API_URL, api_key="offline-no-upload", timeout_ms=1000)


def _langsmith_data(client, examples: list[dict]) -> list:
    """Create or extend the LangSmith dataset with these examples and return them as stored there."""
    if client.has_dataset(dataset_name=DATASET_NAME):
        dataset = client.read_dataset(dataset_name=DATASET_NAME)
    else:
        dataset = client.create_dataset(DATASET_NAME, description="Held-out historical support tickets.")
    local = to_langsmith(examples, dataset.id)
    wanted = [e.id for e in local]
    present = {e.id for e in client.list_examples(dataset_id=dataset.id, example_ids=wanted)}
    missing = [e for e in local if e.id not in present]
    if missing:
        client.create_examples(
            dataset_id=dataset.id,
            examples=[
                {"id": e.id, "inputs": e.inputs, "reference_outputs": e.outputs, "metadata": e.metadata}
                for e in missing
            ],
        )
    return list(client.list_examples(dataset_id=dataset.id, example_ids=wanted))


def _evaluations(row: dict) -> dict:
    results = row["evaluation_results"]["results"]
    return {r.key: {"score": r.score, "comment": r.comment} for r in results}


def outcome_of(record: dict) -> Outcome:
    reference, outputs, scores = record["reference"], record["outputs"] or {}, record["evaluations"]
    errored = bool(record.get("error")) or not outputs
    return Outcome(
        intent=reference["intent"],
        tier=reference["tier"],
        needs_human=reference["expected_route"] == "escalate",
        answered=not errored and not outputs.get("escalated"),
        intent_correct=not errored and scores.get("intent_correct", {}).get("score") == 1.0,
        facts_correct=not errored and scores.get("facts_correct", {}).get("score") == 1.0,
        action_correct=scores.get("action_outcome", {}).get("score") != 0.0,
        confidence=outputs.get("first_confidence"),
        latencies_s=tuple(outputs.get("latencies_s") or ()),
        tokens_in=outputs.get("tokens_in") or 0,
        tokens_out=outputs.get("tokens_out") or 0,
    )


def summarise(records: list[dict], prices: tuple[float, float] = (0.0, 0.0)) -> dict:
    """Headline metrics plus the mean of every evaluator (None scores do not count)."""
    metrics = headline([outcome_of(r) for r in records], *prices)
    keys = sorted({k for r in records for k in r["evaluations"]})
    for key in keys:
        scores = [
            r["evaluations"][key]["score"]
            for r in records
            if r["evaluations"].get(key, {}).get("score") is not None
        ]
        metrics[f"mean_{key}"] = sum(scores) / len(scores) if scores else None
    metrics["errors"] = sum(bool(r.get("error")) for r in records)
    metrics.update(action_figures(records))
    use = model_use_summary([t for r in records for t in (r.get("outputs") or {}).get("turns") or []])
    metrics["model_use"] = use
    metrics["fallback_rate"] = use["fallback_rate"]
    metrics["cost_per_turn"] = use["cost_per_turn_usd"]
    return metrics


def action_figures(records: list[dict]) -> dict:
    """Order actions over the run, each audited against the OMS after its conversation (evals/action_audit.py),
    and how many tickets were replayed against their orders as of the ticket's date."""
    outputs = [r.get("outputs") or {} for r in records]
    figures = summarise_actions([v for o in outputs for v in o.get("action_audit") or []])
    figures["as_of_tickets"] = sum(bool(o.get("as_of")) for o in outputs)
    figures["as_of_history_missing"] = sum(bool(o.get("as_of")) and o.get("order_history_known") is False
                                           for o in outputs)
    figures["simulated_turns"] = sum(len(o.get("simulated_turns") or []) for o in outputs)
    return figures


def _compact(outputs: dict | None) -> dict | None:
    """Results keep what a reviewer reads; the raw grounding (OMS dumps, passages) stays out of the file."""
    if outputs is None:
        return None
    return {k: v for k, v in outputs.items() if k != "grounding"}


def _git_commit() -> str | None:
    try:
        return subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], cwd=REPO_ROOT, capture_output=True, text=True, check=True
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return None


async def run_eval(
    examples: list[dict],
    settings: Settings,
    *,
    concurrency: int = 4,
    out_root: Path = REPORTS_DIR,
    description: str = "",
    source: str = "split=test",
) -> EvalRun:
    """Replay every example through the agent, score it, and keep the results on disk."""
    from langsmith import Client, aevaluate

    from evals.replay_store import replay_store
    from evals.target import make_target
    from graph.conversation import Conversations

    upload = uploading()
    # upload_results=False is documented ("run an evaluation locally") but flagged beta in 0.15; say it once here.
    warnings.filterwarnings("ignore", message="'upload_runs' parameter is in beta")
    client = Client() if upload else _offline_client()
    data = _langsmith_data(client, examples) if upload else to_langsmith(examples)
    by_example_id = {str(e.id): src for e, src in zip(to_langsmith(examples), examples, strict=True)}
    evaluators = list(ROW_EVALUATORS)
    if llm_judge_configured(settings.engine, settings.openai_api_key):
        evaluators.append(answer_quality_judge(settings.openai_model))

    records = []
    scratch = None
    with replay_store(settings) as store:
        scratch = store.schema  # a private copy of the orders and its own OMS: evals/replay_store.py
        async with Conversations.open(settings) as conversations:
            results = await aevaluate(
                make_target(conversations, settings.refund_limit, store),
                data=data,
                evaluators=evaluators,
                max_concurrency=concurrency,
                client=client,
                upload_results=upload,
                experiment_prefix=f"support-agent-{settings.engine}",
                description=description or f"Replay of {len(examples)} held-out tickets ({source}).",
                metadata={"engine": settings.engine, "source": source, "commit": _git_commit()},
            )
            async for row in results:
                example = by_example_id.get(str(row["example"].id)) or {}
                run = row["run"]
                records.append(
                    {
                        "ticket_id": example.get("id") or row["example"].metadata.get("ticket_id"),
                        "inputs": row["example"].inputs,
                        "reference": row["example"].outputs,
                        "history": (example.get("metadata") or {}).get("history"),
                        "outputs": _compact(run.outputs),
                        "error": run.error,
                        "evaluations": _evaluations(row),
                    }
                )
    records.sort(key=lambda r: r["ticket_id"])
    metrics = summarise(records, prices_for(settings.engine, settings.openai_model))
    metrics["run"] = {
        "at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "engine": settings.engine,
        "source": source,
        "commit": _git_commit(),
        "uploaded_to_langsmith": upload,
        "concurrency": concurrency,
        "scratch_schema": scratch,  # where the replay's orders lived (dropped at the end of the run)
    }
    # The engine in the name: `--engine both` runs two engines within the same second (one folder each).
    out_dir = out_root / f"{dt.datetime.now().strftime('%Y%m%d-%H%M%S')}-{settings.engine}"
    out_dir.mkdir(parents=True, exist_ok=True)
    with (out_dir / "results.jsonl").open("w", encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps(record, default=str) + "\n")
    (out_dir / "metrics.json").write_text(json.dumps(metrics, indent=2, default=str))
    return EvalRun(out_dir=out_dir, metrics=metrics, rows=records)
