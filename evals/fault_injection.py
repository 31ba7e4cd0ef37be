"""Fault injection: N conversations with the agent while a proxy in front of the real OMS injects
latency, timeouts, 5xx, malformed bodies and dropped connections (before and after the OMS acted).

Prints how the agent coped: replies, escalations, crashes (must be 0), duplicate actions (must be 0),
claims of an action the OMS never took (must be 0), and the faults injected. Conversations cover order
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
from decimal import Decimal

import psycopg

from core.settings import get_settings
from evals.action_scenarios import ActionStore, create_action_store
from evals.fault_proxy import FaultPlan, running_proxy

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


async def run(conversations: int, seed: int, timeout_s: float, oms_url: str | None, clean: bool = False) -> int:
    from db.connection import database_url
    from graph.conversation import Conversations

    oms_process = None
    if oms_url is None:
        oms_process, oms_url = start_oms()
    plan = FaultPlan(weights={"pass": 1.0} if clean else DEFAULT_WEIGHTS, seed=seed, slow_s=timeout_s * 2)
    stats: Counter[str] = Counter()
    crashes: list[str] = []
    outcomes: list[tuple[Script, list[str], str]] = []
    dsn = database_url()
    try:
        with running_proxy(oms_url, plan) as proxy:
            os.environ["OMS_URL"] = proxy.url
            os.environ["OMS_TIMEOUT_S"] = str(timeout_s)
            get_settings.cache_clear()
            async with Conversations.open() as conv:
                for index in range(conversations):
                    with psycopg.connect(dsn) as conn:
                        store = create_action_store(conn)
                    script = script_for(index, store)
                    thread, replies, route = f"fault-{uuid.uuid4()}", [], "answer"
                    for text in script.messages:
                        try:
                            result = await conv.send(thread, text, store.customer_id)
                        except Exception:  # a crash is what this run counts; keep going
                            crashes.append(traceback.format_exc(limit=6))
                            stats["crashes"] += 1
                            break
                        stats["turns"] += 1
                        stats["replies" if result.route == "answer" else "escalations"] += 1
                        replies.append(result.reply)
                        route = result.route
                        if route == "escalate":
                            break
                    stats["conversations"] += 1
                    outcomes.append((script, replies, route))
                    if (index + 1) % 10 == 0:
                        print(f"  {index + 1}/{conversations} conversations", flush=True)
        stats.update(judge(dsn, outcomes))
    finally:
        if oms_process:
            oms_process.terminate()
            oms_process.wait(10)
    report(stats, proxy.seen, crashes, outcomes)
    return 1 if stats["crashes"] or stats["duplicate_actions"] or stats["false_claims"] or stats["actions_wrong"] else 0


def judge(dsn: str, outcomes: list[tuple[Script, list[str], str]]) -> Counter[str]:
    """Check every conversation against the OMS afterwards: what really happened to its order."""
    found: Counter[str] = Counter()
    with psycopg.connect(dsn) as conn:
        for script, replies, _route in outcomes:
            rows = conn.execute("SELECT action FROM order_actions WHERE order_id = %s", (script.order,)).fetchall()
            refunds = conn.execute(
                "SELECT count(*), coalesce(sum(amount), 0) FROM payments WHERE order_id = %s AND kind = 'refund'",
                (script.order,),
            ).fetchone()
            found["actions_taken"] += len(rows)
            found[f"actions_taken:{script.kind}"] += len(rows)
            found[f"conversations:{script.kind}"] += 1
            found["duplicate_actions"] += max(0, len(rows) - 1) + max(0, refunds[0] - 1)
            said_done = any(r.startswith("Done —") or "\nDone —" in r for r in replies)
            if said_done and not rows:
                found["false_claims"] += 1  # told the customer it was done, the OMS has no such action
            if rows and not said_done:
                found["actions_not_confirmed_to_customer"] += 1  # e.g. the answer was lost: handed off
            if script.kind == "refund" and rows and refunds[1] > 50:
                found["refunds_over_limit"] += 1
            if rows:
                found["actions_verified" if verified(conn, script) else "actions_wrong"] += 1
            if script.kind != "status":
                found["action_conversations"] += 1
    return found


def verified(conn: psycopg.Connection, script: Script) -> bool:
    """The order really is in the state the action promised (read back from the OMS tables)."""
    status, address = conn.execute("SELECT status, shipping_address FROM orders WHERE id = %s", (script.order,)).fetchone()
    lines = {r[0] for r in conn.execute("SELECT status FROM order_items WHERE order_id = %s", (script.order,))}
    refunded = conn.execute("SELECT coalesce(sum(amount), 0) FROM payments WHERE order_id = %s AND kind = 'refund'",
                            (script.order,)).fetchone()[0]
    return {
        "cancel": status == "cancelled" and lines == {"cancelled"} and refunded == Decimal("49.99"),
        "refund": Decimal("0") < refunded <= Decimal("50.00"),
        "return": lines == {"return_requested"},
        "address": address.get("address1") == "742 Evergreen Terrace" and address.get("zip") == "62704",
    }.get(script.kind, False)


def report(stats: Counter[str], faults: Counter[str], crashes: list[str], outcomes) -> None:
    print("\nFault injection over the real OMS (proxy in front of it)")
    print(f"  faults injected per OMS request: {dict(sorted(faults.items()))}")
    rows = [("conversations", stats["conversations"]), ("turns", stats["turns"]),
            ("replies", stats["replies"]), ("escalations", stats["escalations"]), ("crashes", stats["crashes"]),
            ("action conversations", stats["action_conversations"]), ("actions taken", stats["actions_taken"]),
            ("duplicate actions", stats["duplicate_actions"]), ("false 'done' claims", stats["false_claims"]),
            ("actions taken but handed off", stats["actions_not_confirmed_to_customer"]),
            ("refunds over the limit", stats["refunds_over_limit"]),
            ("actions verified in the OMS", stats["actions_verified"]), ("actions not as promised", stats["actions_wrong"])]
    for name, value in rows:
        print(f"  {name:<32}{value:>6}")
    kinds = sorted(k.split(":", 1)[1] for k in stats if k.startswith("conversations:"))
    print("  by kind (conversations / actions taken): "
          + ", ".join(f"{k} {stats['conversations:' + k]}/{stats['actions_taken:' + k]}" for k in kinds))
    for text in crashes[:3]:
        print("\ncrash:\n" + text)
    examples = [o for o in outcomes if o[2] == "escalate"][:2] + [o for o in outcomes if o[2] == "answer"][:2]
    for script, replies, route in examples:
        print(f"\n[{script.kind} {script.order} -> {route}] {replies[-1][:240] if replies else '(none)'}")


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
