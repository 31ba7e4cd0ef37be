"""Goods read as "item" beside the words as written (graph/reasoning/offline/generic_goods.py, engine._read)."""

import numpy as np

from graph.reasoning.offline.engine import OfflineReasoner
from graph.reasoning.offline.generic_goods import with_generic_goods


def test_the_goods_a_request_acts_on_are_said_as_item():
    assert with_generic_goods("Hi, I'd like to change a throw blanket from my order.") == (
        "Hi, I'd like to change an item from my order.")
    assert with_generic_goods("I'm looking to exchange some yoga mats I purchased.") == (
        "I'm looking to exchange some items I purchased.")
    # no goods named, or a problem told about them: the words stay
    assert with_generic_goods("where is my order?") == "where is my order?"
    assert with_generic_goods("the lamp arrived broken") == "the lamp arrived broken"


class _ScriptedModel:
    """A model that reads "item" surely and a strange noun less so (classes: cancel_order, exchange, damaged_item)."""

    classes = ["cancel_order", "exchange", "damaged_item"]

    def predict_proba(self, texts):
        def row(text):
            if "throw blanket" in text:
                return [0.45, 0.40, 0.15]
            if "yoga mats" in text:
                return [0.10, 0.35, 0.55]
            return [0.02, 0.96, 0.02] if "exchange" in text else [0.97, 0.02, 0.01]
        return np.array([row(text) for text in texts])


def test_the_generic_reading_is_kept_only_when_it_reads_the_same_intent_more_surely():
    engine = OfflineReasoner(_ScriptedModel())
    surer = engine.classify("I'd like to change a throw blanket from my order.", [])
    assert surer.intent == "cancel_order" and surer.confidence == 0.97
    # read as written the noun gives another intent: the generic reading never changes what is asked
    other = engine.classify("I'm looking to exchange some yoga mats I purchased.", [])
    assert other.intent == "damaged_item" and other.confidence == 0.55
