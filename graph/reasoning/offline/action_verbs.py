"""The message with an order action named as a noun said with its verb: what the intent model reads beside the words.

"Great, then please process the removal of the sandals." read as a complaint (0.30, and went to a person) and "let's
proceed with the modification of my order" as goods sent in error (0.45), though "please remove the sandals from my
order" and "I want to modify my order" read as the change they ask for at 0.96 and 0.999: customers writing formally
name the action ("the removal of", "the cancellation of"), and the history says it with the verb. So such a message is
read a second time with the verb in place of "the <action> of", and the surer reading is kept (as plain_asks.py does):
a reading the noun form already gave surely stays.
"""

from __future__ import annotations

import re
from functools import lru_cache

# Only nouns the history never asks with: its customers wrote "a/the refund for/of" 32 times and "the return of/for" 16,
# the four below never, so those two are read as they stand (said as a verb, they lose what they were for)
_VERB_OF = {"removal": "remove", "modification": "modify", "cancellation": "cancel", "cancelation": "cancel",
            "replacement": "replace"}
_NAMED_ACTION = re.compile(r"\b(?:the|a|an)\s+(removal|modification|cancell?ation|replacement)\s+(?:of|for)\s+",
                           re.IGNORECASE)


@lru_cache(maxsize=1024)
def with_action_verbs(text: str) -> str:
    """The text with "the <action> of X" said as "<verb> X"; the text itself when it names no action so."""
    return _NAMED_ACTION.sub(lambda m: f"{_VERB_OF[m.group(1).lower()]} ", text)
