"""Chunking: heading paths, size caps, HTML input and ticket evidence chunks (pure functions)."""

from __future__ import annotations

from tools.knowledge.chunking import MAX_CHARS, chunk_article, chunk_ticket, sections, split_text
from tools.knowledge.html_text import html_to_text

ARTICLE = """# Shipping times

We ship from Portland.

## United States

Standard shipping takes 3-5 business days.

### Alaska and Hawaii

Add two days.

## International

```
# not a heading inside code
```
Canada takes 7-10 days.
"""


def test_sections_keep_heading_path_and_skip_title_h1() -> None:
    got = sections(ARTICLE, "Shipping times")
    assert [h for h, _ in got] == ["", "United States", "United States > Alaska and Hawaii", "International"]
    assert got[0][1] == "We ship from Portland."
    assert "# not a heading inside code" in got[3][1]


def test_chunks_carry_title_heading_url_category_and_hash() -> None:
    chunks = chunk_article(
        "shipping-times", "Shipping times", ARTICLE, url="https://x/s", category="shipping"
    )
    assert [c.chunk_no for c in chunks] == list(range(len(chunks)))
    alaska = chunks[2]
    assert alaska.heading == "United States > Alaska and Hawaii"
    assert alaska.content.startswith("Shipping times — United States > Alaska and Hawaii\n\n")
    assert (alaska.doc_id, alaska.source, alaska.url, alaska.category) == (
        "shipping-times",
        "help_center",
        "https://x/s",
        "shipping",
    )
    assert len(alaska.content_hash) == 64


def test_hash_changes_only_for_the_changed_section() -> None:
    before = chunk_article("a", "Shipping times", ARTICLE)
    after = chunk_article("a", "Shipping times", ARTICLE.replace("Add two days.", "Add three days."))
    changed = [b.heading for b, a in zip(before, after, strict=True) if b.content_hash != a.content_hash]
    assert changed == ["United States > Alaska and Hawaii"]


def test_long_sections_split_on_paragraphs_under_the_cap() -> None:
    paragraphs = [f"Paragraph {i}. " + "word " * 60 for i in range(20)]
    pieces = split_text("\n\n".join(paragraphs), max_chars=MAX_CHARS)
    assert len(pieces) > 1
    assert all(len(p) <= MAX_CHARS for p in pieces)
    assert all(p.startswith("Paragraph") for p in pieces)  # never cut inside a short paragraph


def test_a_single_giant_paragraph_is_still_capped() -> None:
    pieces = split_text("x" * 5000 + " " + "y " * 800, max_chars=500)
    assert all(len(p) <= 500 for p in pieces)
    assert "".join(pieces).replace(" ", "").count("x") == 5000


def test_html_converts_to_headings_and_lists() -> None:
    html = "<h1>Returns</h1><p>Within <b>30 days</b>.</p><h2>How</h2><ul><li>Print label</li><li>Ship</li></ul><script>x()</script>"
    text = html_to_text(html)
    assert "## How" in text and "- Print label" in text and "x()" not in text
    chunks = chunk_article("returns", "Returns", html)
    assert [c.heading for c in chunks] == ["", "How"]


def test_empty_body_gives_no_chunks() -> None:
    assert chunk_article("e", "Empty", "   \n\n") == []


def test_ticket_chunk_has_both_turns_and_metadata() -> None:
    chunk = chunk_ticket(
        "T1",
        subject="Where is my order?",
        customer_message="Where is my parcel?",
        agent_reply="It ships today.",
        intent="order_status",
        resolution_action="share_tracking",
        facts={"tracking_number": "1Z999", "help_article_id": "track-your-order"},
    )
    assert chunk.source == "past_ticket" and chunk.category == "order_status"
    assert chunk.text == "Customer: Where is my parcel?\n\nAgent: It ships today."
    assert chunk.metadata == {
        "intent": "order_status",
        "resolution_action": "share_tracking",
        "facts": {"help_article_id": "track-your-order"},
    }


def test_ticket_chunk_is_redacted_of_the_customer() -> None:
    chunk = chunk_ticket(
        "T2",
        subject="Order NB104233 for Priya",
        customer_message="Hi, I'm Priya Shah (priya@example.com). Where is NB104233?",
        agent_reply="Hi Priya,\n\nIt is with UPS, tracking 1Z999AA10123456784, going to 12 Elm Street.\n\nBest,\nMaya",
        intent="order_status",
        resolution_action="share_tracking",
        facts={"order_id": "NB104233", "tracking_number": "1Z999AA10123456784"},
        names=["Priya", "Shah"],
    )
    for secret in ("Priya", "Shah", "priya@example.com", "NB104233", "1Z999AA10123456784", "12 Elm Street", "Maya"):
        assert secret not in chunk.text and secret not in chunk.title
    assert "UPS" in chunk.text and "[tracking number]" in chunk.text
