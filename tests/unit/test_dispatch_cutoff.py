"""The time to order by, asked in the help center's words (graph/reasoning/dispatch_cutoff.py)."""

from __future__ import annotations

import pytest

from graph.reasoning.dispatch_cutoff import asks_for_dispatch_cutoff


@pytest.mark.parametrize(("text", "cutoff"), [
    ("what's the cut-off for express today?", True), ("what time do I need to order by for it to ship today?", True),
    ("whats the cutoff time", True),
    ("how long does express take?", False), ("can I cut off the tags and still return it?", False),
])
def test_a_question_about_the_time_to_order_by(text, cutoff):
    assert asks_for_dispatch_cutoff(text) is cutoff
