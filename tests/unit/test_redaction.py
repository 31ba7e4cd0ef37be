"""Past tickets are redacted of who the customer was before they become retrievable evidence."""

from __future__ import annotations

import pytest

from tools.knowledge.redaction import redact, ticket_identifiers


@pytest.mark.parametrize(
    ("text", "secret", "placeholder"),
    [
        ("Write to jo.ann+x@mail.example.co.uk please", "jo.ann+x@mail.example.co.uk", "[email]"),
        ("Call me on +1 (555) 123-4567 today", "123-4567", "[phone]"),
        ("Call me on 555-123-4567 today", "555-123-4567", "[phone]"),
        ("ring +44 20 7946 0958", "7946 0958", "[phone]"),
        ("my order #W2611340 is late", "W2611340", "[order number]"),
        ("order NB104233 never came", "NB104233", "[order number]"),
        ("order #12345 never came", "#12345", "[order number]"),
        ("tracking 1Z999AA10123456784", "1Z999AA10123456784", "[tracking number]"),
        ("tracking 9400111899223344556677 USPS", "9400111899223344556677", "[tracking number]"),
        ("tracking RR123456789GB", "RR123456789GB", "[tracking number]"),
        ("see https://www.ups.com/track?tracknum=1Z999 now", "tracknum", "[tracking link]"),
        ("ship it to 221B Baker Street, London", "221B Baker Street", "[address]"),
        ("I live at 42 Oak Tree Road, Apt 5 now", "42 Oak Tree Road", "[address]"),
        ("Hi Sarah,\n\nthanks for waiting", "Sarah", "[name]"),
        ("Dear Mr Brown, sorry", "Brown", "[name]"),
        ("Hello, my name is John Smith and I need help", "John", "[name]"),
        ("Hi, this is Maria.", "Maria", "[name]"),
        ("Thanks, Maria!", "Maria", "[name]"),
        ("All sorted.\n\nBest,\nMaya Lee\nNorthbound Care", "Maya", "[name]"),
    ],
)
def test_patterns_redact_personal_data(text, secret, placeholder):
    redacted = redact(text)
    assert secret not in redacted and placeholder in redacted


def test_known_values_of_the_ticket_are_redacted_anywhere():
    facts = {"order_id": "A1B2", "tracking_number": "XYZ-77", "carrier": "UPS", "help_article_id": "returns",
             "address": {"address1": "Flat 3, Rose Court", "city": "Leeds", "country": "UK"}}
    text = "priya asked about A1B2 (XYZ-77 with UPS) to Flat 3, Rose Court in Leeds; see returns"
    redacted = redact(text, names=["Priya"], identifiers=ticket_identifiers(facts))
    for secret in ("priya", "A1B2", "XYZ-77", "Rose Court", "Leeds"):
        assert secret not in redacted
    assert "UPS" in redacted and "returns" in redacted  # carriers and help articles stay: they are the evidence


def test_what_is_not_personal_stays():
    text = ("Refunds take 5-10 business days; returns within 30 days. Item 3 of 5, $23.50 on 2024-03-02. "
            "Read https://help.example.com/articles/returns-policy. Hi there, thank you. This is ridiculous! "
            "I'm sorry. I am done, and I'm waiting.")
    assert redact(text) == text
