"""A closing "what are my options?" read as "What can I do?" beside the words as written (plain_asks.py, engine._read)."""

import numpy as np

from graph.reasoning.offline.engine import OfflineReasoner
from graph.reasoning.offline.plain_asks import with_plain_asks


def test_a_closing_content_free_ask_is_said_plainly():
    assert with_plain_asks("So my order never arrived. What are my options?") == (
        "So my order never arrived. What can I do?")
    assert with_plain_asks("tracking hasn't moved in a week, what are my options?!") == (
        "tracking hasn't moved in a week, What can I do?")
    assert with_plain_asks("the jacket is sold out in my size. So what options do I have now?") == (
        "the jacket is sold out in my size. What can I do?")
    # alone it says nothing more plainly; options of something named are that thing's
    assert with_plain_asks("What are my options?") == "What are my options?"
    assert with_plain_asks("what are my shipping options to Canada?") == "what are my shipping options to Canada?"
    assert with_plain_asks("what are my options for delivery?") == "what are my options for delivery?"


class _ScriptedModel:
    """Reads "options" as shipping information, and a parcel that never came as a late order."""

    classes = ["shipping_info", "shipping_delay", "sizing"]

    def predict_proba(self, texts):
        def row(text):
            if "options" in text and "never arrived" in text:
                return [0.55, 0.40, 0.05]
            if "by friday" in text:
                return [0.98, 0.01, 0.01] if "options" in text else [0.47, 0.43, 0.10]
            if "never arrived" in text:
                return [0.05, 0.92, 0.03]
            return [0.34, 0.33, 0.33]
        return np.array([row(text) for text in texts])


def test_the_surer_of_the_two_readings_is_kept():
    engine = OfflineReasoner(_ScriptedModel())
    told = engine.classify("So my order never arrived. What are my options?", [])
    assert told.intent == "shipping_delay" and told.confidence == 0.92
    # "options" that are shipping options read so more surely as written
    deadline = engine.classify("I need it by friday, what are my options?", [])
    assert deadline.intent == "shipping_info" and deadline.confidence == 0.98
