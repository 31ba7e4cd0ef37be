"""Fault injection: N conversations with the agent while a proxy in front of the real OMS injects
latency, timeouts, 5xx, malformed bodies and dropped connections (before and after the OMS acted).

Prints how the agent coped: replies, escalations, crashes (must be 0), and the order actions in the same
terms as the eval report (evals/action_audit.py, read back from the OMS over HTTP): taken, verified,
duplicates (must be 0), claims of an action the OMS never took (must be 0), refunds over the limit,
actions on another customer's order, orders not in the promised state; and the faults injected. Conversations cover order
status, cancel + yes, refund + yes, return + yes and address change + yes on fresh orders
(evals/action_scenarios.py), so every duplicate would show up as a second row in order_actions.

    python -m evals.fault_injection --conversations 100
Needs the prepared database (seeded demo store, trained engine): `python -m cli.main prepare` or the
integration fixtures' TEST_DB_NAME database (set DATA_DIR / DB_NAME accordingly).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import subprocess
import sys
import traceback
import uuid
from collections import Counter
from dataclasses import dataclass

import psycopg

from core.settings import get_settings
from evals.action_audit import audit, summarise_actions
from evals.action_scenarios import ActionStore, create_action_store
from evals.fault_proxy import FaultPlan, running_proxy
from evals.replay_store import agent_oms_url

DEFAULT_WEIGHTS = {"pass": 0.55, "latency": 0.12, "slow": 0.05, "error": 0.1, "malformed": 0.06,
                   "drop_before": 0.06, "drop_after": 0.06}
NEW_ADDRESS = "742 Evergreen Terrace, Springfield, IL 62704"


@dataclass
class Script:
    kind: str
    order: str  # which order of the ActionStore (attribute name), then its id once chosen
    messages: list[str]


def script_for(index: int, store: ActionStore) -> Script:
    kinds = [
        Script("status", "in_transit", ["where is my order {order}?"]),
        Script("cancel", "pending", ["Please cancel order {order}", "yes"]),
        Script("refund", "refund_small", ["I want a refund for order {order}", "yes"]),
        Script("return", "delivered_recent", ["I want to return order {order}", "yes"]),
        Script("address", "processing",
               [f"Please change the shipping address of order {{order}} to {NEW_ADDRESS}", "yes"]),
    ]
    chosen = kinds[index % len(kinds)]
    order = getattr(store, chosen.order)
    return Script(chosen.kind, order, [m.format(order=order) for m in chosen.messages])


def start_oms() -> tuple[subprocess.Popen, str]:
    from evals.services import free_port, spawn_until_healthy

    port = free_port()
    env = {**os.environ, "OMS_PORT": str(port)}
    env.pop("OMS_URL", None)
    url = f"http://127.0.0.1:{port}"
    return spawn_until_healthy([sys.executable, "-m", "oms"], f"{url}/health", "the demo OMS", env), url


@dataclass
class Conversation:
    script: Script
    customer_id: str
    replies: list[str]
    route: str
    reported: list[dict]  # the OMS's answers to the actions the agent confirmed (turn.action_result)


async def run(conversations: int, seed: int, timeout_s: float, oms_url: str | None, clean: bool = False) -> int:
    from db.connection import database_url
    from graph.conversation import Conversations

    oms_process = None
    if oms_url is None:
        oms_process, oms_url = start_oms()
    plan = FaultPlan(weights={"pass": 1.0} if clean else DEFAULT_WEIGHTS, seed=seed, slow_s=timeout_s * 2)
    stats: Counter[str] = Counter()
    crashes: list[str] = []
    outcomes: list[Conversation] = []
    dsn = database_url()
    try:
        with running_proxy(oms_url, plan) as proxy, agent_oms_url(proxy.url, timeout_s):
            async with Conversations.open() as conv:
                for index in range(conversations):
                    with psycopg.connect(dsn) as conn:
                        store = create_action_store(conn)
                    script = script_for(index, store)
                    talk = Conversation(script, store.customer_id, [], "answer", [])
                    thread = f"fault-{uuid.uuid4()}"
                    for text in script.messages:
                        try:
                            result = await conv.send(thread, text, store.customer_id)
                        except Exception:  # a crash is what this run counts; keep going
                            crashes.append(traceback.format_exc(limit=6))
                            stats["crashes"] += 1
                            break
                        stats["turns"] += 1
                        stats["replies" if result.route == "answer" else "escalations"] += 1
                        talk.replies.append(result.reply)
                        talk.route = result.route
                        if (result.state.get("turn") or {}).get("action_result"):
                            talk.reported.append(result.state["turn"]["action_result"])
                        if result.route == "escalate":
                            break
                    stats["conversations"] += 1
                    outcomes.append(talk)
                    if (index + 1) % 10 == 0:
                        print(f"  {index + 1}/{conversations} conversations", flush=True)
        # Audited against the OMS itself (not through the faulty proxy), as the eval audits its replays.
        stats.update(await judge(oms_url, outcomes, get_settings().refund_limit))
    finally:
        if oms_process:
            oms_process.terminate()
            oms_process.wait(10)
    report(stats, proxy.seen, crashes, outcomes)
    bad = ("crashes", "actions_duplicate", "actions_claimed_not_in_oms", "actions_not_as_promised",
           "actions_over_limit", "actions_other_customer")
    return 1 if any(stats[k] for k in bad) else 0


async def judge(oms_url: str, outcomes: list[Conversation], refund_limit: float) -> Counter[str]:
    """Every conversation's actions checked against the OMS afterwards over HTTP (evals/action_audit.py)."""
    found: Counter[str] = Counter()
    verdicts = []
    for talk in outcomes:
        mine = await audit(oms_url, talk.customer_id, talk.reported, refund_limit)
        verdicts += mine
        kind = talk.script.kind
        found[f"conversations:{kind}"] += 1
        found[f"actions_taken:{kind}"] += sum(v["recorded"] for v in mine)
        if kind != "status":
            found["action_conversations"] += 1
    summary = summarise_actions(verdicts)
    found.update({k: v for k, v in summary.items() if isinstance(v, int | float)})
    return found


def report(stats: Counter[str], faults: Counter[str], crashes: list[str], outcomes: list[Conversation]) -> None:
    print("\nFault injection over the real OMS (proxy in front of it)")
    print(f"  faults injected per OMS request: {dict(sorted(faults.items()))}")
    rows = [("conversations", stats["conversations"]), ("turns", stats["turns"]),
            ("replies", stats["replies"]), ("escalations", stats["escalations"]), ("crashes", stats["crashes"]),
            ("action conversations", stats["action_conversations"]), ("actions taken", stats["actions_taken"]),
            ("actions verified in the OMS", stats["actions_verified"]),
            ("duplicate actions", stats["actions_duplicate"]),
            ("claimed, not in the OMS", stats["actions_claimed_not_in_oms"]),
            ("taken, never confirmed (handed off)", stats["actions_unreported"]),
            ("refunds over the limit", stats["actions_over_limit"]),
            ("on another customer's order", stats["actions_other_customer"]),
            ("order not as promised", stats["actions_not_as_promised"])]
    for name, value in rows:
        print(f"  {name:<38}{value:>6}")
    kinds = sorted(k.split(":", 1)[1] for k in stats if k.startswith("conversations:"))
    print("  by kind (conversations / actions taken): "
          + ", ".join(f"{k} {stats['conversations:' + k]}/{stats['actions_taken:' + k]}" for k in kinds))
    for text in crashes[:3]:
        print("\ncrash:\n" + text)
    examples = [o for o in outcomes if o.route == "escalate"][:2] + [o for o in outcomes if o.route == "answer"][:2]
    for talk in examples:
        print(f"\n[{talk.script.kind} {talk.script.order} -> {talk.route}] "
              f"{talk.replies[-1][:240] if talk.replies else '(none)'}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--conversations", type=int, default=100)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--timeout", type=float, default=1.0, help="OMS client deadline per attempt (s)")
    parser.add_argument("--oms-url", default=None, help="a running OMS (default: start python -m oms)")
    parser.add_argument("--clean", action="store_true", help="no faults: the baseline to compare with")
    args = parser.parse_args(argv)
    return asyncio.run(run(args.conversations, args.seed, args.timeout, args.oms_url, args.clean))


if __name__ == "__main__":
    sys.exit(main())
