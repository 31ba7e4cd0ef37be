"""A store nobody on this project wrote: the public tau-bench retail data, imported through our own
importer into its own database, served by the demo OMS, its policy ingested as the help center, and
the agent (cold-started from the bundled history, since tau has no tickets) answering its policy."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import uuid
from pathlib import Path

import psycopg
import pytest

from core.settings import REPO_ROOT
from tests.integration.conftest import free_port

pytestmark = pytest.mark.integration
TAU = REPO_ROOT.parent / "shared" / "datasets" / "tau-retail"


def _cli(env: dict, *args: str, timeout: int = 600) -> str:
    done = subprocess.run(
        [sys.executable, "-m", "cli.main", *args], cwd=REPO_ROOT, env=env, capture_output=True, text=True,
        timeout=timeout,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return done.stdout


@pytest.fixture(scope="module")
def tau_env(test_settings, db_url):
    if not (TAU / "orders.json").exists():
        pytest.skip(f"tau-retail dataset not found at {TAU}")
    db_name = f"tau_{uuid.uuid4().hex[:8]}"
    env = {**os.environ, "DB_NAME": db_name, "OMS_PORT": str(free_port()), "HF_HUB_OFFLINE": "1"}
    _cli(env, "import-tau", "--path", str(TAU))
    _cli(env, "prepare", "--no-demo")
    oms = subprocess.Popen([sys.executable, "-m", "oms"], cwd=REPO_ROOT, env=env,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    yield env, db_name
    oms.terminate()
    oms.wait(10)
    admin = db_url.replace(f"/{test_settings.db_name}?", "/postgres?")
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{db_name}" WITH (FORCE)')


def _ask(env: dict, text: str, customer: str | None = None) -> dict:
    args = ["ask", text] + (["--customer", customer] if customer else [])
    return json.loads(_cli(env, *args))


def test_policy_questions_are_answered_from_the_imported_policy(tau_env):
    env, _ = tau_env
    cancel = _ask(env, "what reasons can I give if I want to cancel my order?")
    assert "no longer needed" in cancel["reply"] and "ordered by mistake" in cancel["reply"]
    assert "tau-retail-policy" in cancel["citations"]
    refund = _ask(env, "how long does a refund take if I paid with a gift card vs a credit card?")
    assert "5 to 7 business days" in refund["reply"]
    assert "tau-retail-policy" in refund["citations"]


def test_a_tau_customer_sees_their_own_order(tau_env):
    env, db_name = tau_env
    orders = json.loads(Path(TAU / "orders.json").read_text())
    order = next(o for o in orders.values() if o["status"] == "delivered" and o["fulfillments"])
    result = _ask(env, f"where is my order {order['order_id']}?", order["user_id"])
    assert result["route"] == "answer", result
    assert order["fulfillments"][0]["tracking_id"][0] in result["reply"]


def test_a_product_question_is_answered_from_the_imported_catalogue(tau_env):
    env, _ = tau_env
    products = json.loads(Path(TAU / "products.json").read_text())
    shirt = next(p for p in products.values() if p["name"] == "T-Shirt")
    result = _ask(env, "Hi, what t-shirt options do you have in your online store right now?")
    assert result["route"] == "answer", result
    assert "T-Shirt (" in result["reply"], result["reply"]
    in_stock = sum(v["available"] for v in shirt["variants"].values())
    assert f"{in_stock} of {len(shirt['variants'])} options in stock" in result["reply"], result["reply"]
