"""The message with the goods it names said as "item": what the intent model reads beside the words as written.

The history the model learns from names the demo store's goods (parkas, tees, sneakers); a customer of another
store names theirs ("I'd like to change a throw blanket from my order"), and an unfamiliar noun pulls the
reading towards whatever the model met it beside, below the policy's 0.7 though the request is plain. Read
with "item" in its place, the same request reads as surely as it does about a tee: on 60 requests written for
this (five ways to ask for a change, an exchange, a return, a cancellation or a refund, each of twelve goods no
demo store sells) 8 read below 0.7 as written, 3 with the generic reading kept where it is the same intent and
surer; none read less surely. The goods are the objects of the request's own verb (tools/oms/item_match.py), so
a problem told about them ("the lamp arrived broken") keeps its words.
"""

from __future__ import annotations

import re
from functools import lru_cache

from tools.oms.item_match import goods_named


@lru_cache(maxsize=1024)
def with_generic_goods(text: str) -> str:
    """The text with each named item's phrase replaced by "item" ("items" for a plural); the text itself when it
    names none. Cached: a turn asks for the same text when it batches the encoder and again when it reads it."""
    for item in goods_named(text):
        last = item.phrase.split()[-1].lower()
        generic = "items" if last.endswith("s") and not last.endswith("ss") else "item"
        text = re.sub(re.escape(item.phrase), generic, text, count=1, flags=re.IGNORECASE)
    return re.sub(r"\b([Aa]) (items?)\b", r"\1n \2", text)
