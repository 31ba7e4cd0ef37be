"""Reading the labelled JSONL: good rows load, each bad line is named by file:line and skipped."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from evals.real.customers import NotEnoughCustomers, assign_customers, memory_prefix
from evals.real.dataset import load_messages, parse_row
from evals.real.language import detect_language

GOOD = {
    "id": "r1",
    "source": "s",
    "text": "where is my order",
    "turns": None,
    "intent": "order_status",
    "tier": 1,
    "expected_route": "answer",
    "escalate_reason": None,
    "frustrated": False,
    "language": "en",
}


def test_a_row_without_turns_is_one_turn():
    message = parse_row(GOOD)
    assert message.turns == ("where is my order",) and message.tier == 1 and message.escalate_reason is None


def test_turns_are_kept_in_order():
    message = parse_row({**GOOD, "turns": ["where is my order", "the blue one", "thanks"]})
    assert message.turns == ("where is my order", "the blue one", "thanks")


@pytest.mark.parametrize(
    ("change", "complaint"),
    [
        ({"expected_route": "maybe"}, "expected_route must be one of"),
        ({"tier": 3}, "tier must be 1 or 2"),
        ({"tier": "x"}, "tier must be 1 or 2"),
        ({"text": "   "}, "text must be a non-empty string"),
        ({"turns": ["ok", ""]}, "turns must be a list"),
        ({"intent": None}, "missing intent"),
    ],
)
def test_bad_rows_say_what_is_wrong(change, complaint):
    with pytest.raises(ValueError, match=complaint):
        parse_row({**GOOD, **change})


def test_load_reports_each_bad_line_with_its_number_and_keeps_the_rest(tmp_path: Path):
    path = tmp_path / "rows.jsonl"
    lines = [
        json.dumps(GOOD),
        '{"id": "cut',
        "",
        json.dumps({**GOOD, "id": "r2", "expected_route": None}),
        json.dumps({**GOOD, "id": "r3"}),
        json.dumps(GOOD),
        "[1, 2]",
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    loaded = load_messages(path)
    assert [m.id for m in loaded.messages] == ["r1", "r3"]
    assert [m.line for m in loaded.messages] == [1, 5]
    assert len(loaded.problems) == 4
    assert loaded.problems[0].startswith(f"{path}:2: not valid JSON")
    assert loaded.problems[1] == f"{path}:4: missing expected_route"
    assert loaded.problems[2] == f"{path}:6: duplicate id 'r1'"
    assert loaded.problems[3] == f"{path}:7: a row must be a JSON object"


def test_turns_that_do_not_start_with_text_are_kept_with_a_note(tmp_path: Path):
    path = tmp_path / "rows.jsonl"
    path.write_text(json.dumps({**GOOD, "turns": ["hello", "where is my order"]}) + "\n", encoding="utf-8")
    loaded = load_messages(path)
    assert loaded.messages[0].turns == ("hello", "where is my order") and loaded.problems == []
    assert loaded.notes == [f"{path}:1: turns[0] differs from text; the turns are replayed as given"]


def test_each_row_gets_its_own_customer_in_file_order():
    assert assign_customers(["a", "b"], ["C1", "C2", "C3"]) == {"a": "C1", "b": "C2"}
    with pytest.raises(NotEnoughCustomers, match="3 rows need as many"):
        assign_customers(["a", "b", "c"], ["C1", "C2"])


def test_memory_prefix_is_how_the_store_keys_the_profile_namespace():
    from langgraph.store.postgres.base import _namespace_to_text

    from graph.memory import _namespace

    assert memory_prefix("C000042") == _namespace_to_text(_namespace("C000042"))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Your order left our warehouse and should arrive on Friday.", "en"),
        ("Tu pedido salió del almacén y llegará el viernes.", "es"),
        ("Votre commande est partie et arrivera vendredi, merci de votre patience.", "fr"),
        ("Ihre Bestellung ist unterwegs und kommt am Freitag.", "de"),
        ("O seu pedido está a caminho e chega na sexta.", "pt"),
        ("ok", "und"),
        ("", "und"),
    ],
)
def test_reply_language(text, language):
    assert detect_language(text) == language


async def test_over_http_a_signed_in_row_carries_only_a_bearer_token():
    from core.identity import verify_customer
    from core.settings import get_settings
    from evals.real.replay import OverHttp

    transport = OverHttp(client=None, settings=get_settings(), run_tag="t")
    headers = await transport._headers("C000042")
    assert list(headers) == ["Authorization"] and headers["Authorization"].startswith("Bearer ")
    assert verify_customer(headers["Authorization"].removeprefix("Bearer ")) == "C000042"
    assert await transport._headers(None) == {}


def test_the_reply_language_is_scored_on_the_agents_own_words():
    """A help-center quote or an order's details announced as English are not the reply's language."""
    from evals.real.language import detect_language, own_words

    quoted = ("¡Hola!\n\nNuestro artículo de ayuda está en inglés; esto es lo que dice: You can return items within "
              "30 days of delivery and we will refund the price to your card.\nMás información en nuestro centro de "
              "ayuda: “Our return policy” — https://help.example.com/articles/return-policy\n\n"
              "¿Hay algo más en lo que pueda ayudarte?")
    assert detect_language(quoted) == "en"
    assert detect_language(own_words(quoted)) == "es"
    details = ("Bonjour,\n\nVoici les détails de la commande en anglais, tels que notre système les donne :\nI can "
               "cancel order NB1 now and the money will be back on your card within a few days.\n\n"
               "Répondez « oui » pour confirmer, ou « non » pour laisser la commande telle quelle.")
    assert "I can cancel" not in own_words(details)
    assert detect_language(own_words(details)) == "fr"
    english = "Hi there,\n\nYou can return items within 30 days of delivery."
    assert own_words(english) == english
