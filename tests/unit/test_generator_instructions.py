"""Where the driver may leave a parcel (generator 2026.11): a shipping question answered from the help center's
delivery-instructions article, in the history's languages, added without moving any other ticket
(test_generator_later_variants.py)."""

from __future__ import annotations


def _instruction_tickets(store) -> list[dict]:
    return [t for t in store.tickets if t["facts"].get("help_article_id") == "delivery-instructions"]


def test_the_delivery_instructions_article_says_what_the_agents_say(demo_history):
    article = next(a for a in demo_history.help_articles if a["id"] == "delivery-instructions")
    tickets = _instruction_tickets(demo_history)
    assert tickets
    for ticket in tickets:
        reply = next(m["text"] for m in ticket["messages"] if m["role"] == "agent")
        for claim in ("safe place", "neighbour", "tracking link", "no signature"):
            assert claim in reply and claim in article["body"], (claim, reply)

