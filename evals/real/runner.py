"""One `eval-messages` run: load the file, give each row its customer, replay, score, write the folder.

The folder (reports/real/<timestamp>-<mode>/) holds metrics.json (what the gate and the eval report
read), rows.jsonl (every turn with its reply) and report.md.
"""

from __future__ import annotations

import datetime as dt
import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from core.settings import REPO_ROOT, Settings
from evals.real.dataset import LabelledMessage, load_messages
from evals.real.metrics import summarise

REAL_REPORTS_DIR = REPO_ROOT / "reports" / "real"
DEV_SET = REPO_ROOT.parent / "shared" / "real-messages" / "dev.jsonl"


@dataclass
class RealRun:
    out_dir: Path
    metrics: dict
    records: list[dict]
    problems: list[str] = field(default_factory=list)


def _git_commit() -> str | None:
    from evals.runner import _git_commit as commit

    return commit()


def speakers(rows: list[LabelledMessage], settings: Settings, anonymous: bool) -> dict[str, str | None]:
    """Row id -> demo customer (each its own, memory cleared), or None for every row when anonymous."""
    if anonymous:
        return {row.id: None for row in rows}
    from db.connection import connect
    from evals.real.customers import assign_customers, clear_memory, customers_with_recent_orders

    with connect(settings) as conn:
        assigned = assign_customers([row.id for row in rows], customers_with_recent_orders(conn))
        clear_memory(conn, list(assigned.values()))
    return assigned


def mode_name(url: str | None, anonymous: bool) -> str:
    return f"{'http' if url else 'inprocess'}-{'anonymous' if anonymous else 'signed-in'}"


async def run_messages(
    path: Path,
    settings: Settings,
    *,
    url: str | None = None,
    anonymous: bool = False,
    concurrency: int = 4,
    out_root: Path = REAL_REPORTS_DIR,
    show_progress: bool = True,
    warn: Callable[[str], None] = print,
) -> RealRun:
    """Replay every well-formed row of `path`; malformed lines are reported through `warn` and skipped."""
    from evals.real import replay
    from evals.real.report import write_markdown

    loaded = load_messages(path)
    for problem in loaded.problems:
        warn(f"skipped {problem}")
    for note in loaded.notes:
        warn(f"note: {note}")
    rows = loaded.messages
    customers = speakers(rows, settings, anonymous)
    run_tag = replay.new_run_tag()
    transport_cm = (
        replay.over_http(settings, url, run_tag, anonymous, warn)
        if url
        else replay.in_process(settings, run_tag)
    )
    started = time.perf_counter()
    async with transport_cm as transport:
        records = await _replay_with_progress(transport, rows, customers, concurrency, show_progress)
    duration = time.perf_counter() - started

    metrics = summarise(records)
    metrics["skipped_lines"] = loaded.problems
    metrics["notes"] = loaded.notes
    metrics["run"] = {
        "at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "file": str(path),
        "mode": mode_name(url, anonymous),
        "url": url,
        "anonymous": anonymous,
        "engine": settings.engine,
        "commit": _git_commit(),
        "concurrency": concurrency,
        "duration_s": round(duration, 1),
        "run_tag": run_tag,
    }
    # The engine in the name: `--engine both` runs two engines within the same second (one folder each).
    out_dir = out_root / f"{dt.datetime.now().strftime('%Y%m%d-%H%M%S')}-{settings.engine}-{mode_name(url, anonymous)}"
    out_dir.mkdir(parents=True, exist_ok=True)
    with (out_dir / "rows.jsonl").open("w", encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False, default=str) + "\n")
    (out_dir / "metrics.json").write_text(json.dumps(metrics, indent=2, default=str), encoding="utf-8")
    write_markdown(out_dir, metrics, records)
    return RealRun(out_dir=out_dir, metrics=metrics, records=records, problems=loaded.problems)


async def _replay_with_progress(transport, rows, customers, concurrency: int, show: bool) -> list[dict]:
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from evals.real.replay import replay_all

    with Progress(
        TextColumn("[bold]replaying[/]"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TextColumn("{task.fields[errors]} errors"),
        disable=not show,
        transient=False,
    ) as progress:
        task = progress.add_task("rows", total=len(rows), errors=0)
        errors = 0

        def done(record: dict) -> None:
            nonlocal errors
            errors += bool(record.get("error"))
            progress.update(task, advance=1, errors=errors)

        return await replay_all(transport, rows, customers, concurrency, on_done=done)
