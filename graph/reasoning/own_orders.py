"""A question about the customer's orders as a whole is an order question, however little its words say of one.

"show me all my orders please" read 0.69 order status and 0.26 cancellation (the history's "my orders" is mostly
cancelled), and "I'd like to know how much I spent in total on my last three orders" 0.62: both went to a person, though
the orders themselves answer them (the agent lists them, with what each came to). So a message that asks to see its
orders, their history or statuses, or what was spent on them (tools/oms/order_choice.MY_ORDERS and the spending below)
puts the tier-1 readings' mass on the order's status. A message that acts on them ("cancel all my orders", "return both
orders") is the act's, how to see them on the site ("I checked out as a guest, how do I see my past orders?") the
account's, and a person's readings (a dispute, a loss) keep their mass. Text is folded first (text_norm.fold).
"""

from __future__ import annotations

import re

from graph.reasoning.readings import tier_one_moved_when
from graph.reasoning.text_norm import any_of, fold
from tools.oms.order_choice import MY_ORDERS

ORDER_STATUS = "order_status"

_ORDERS = r"(?:my\s+|the\s+|these\s+|those\s+)?(?:(?:last|past|recent|previous|latest)\s+(?:\w+\s+)?)?orders"
# what was spent on them: "how much I spent in total on my last three orders", "the total of all my orders"
_SPENT_ON_THEM = any_of(
    rf"how\s+much\s+(?:(?:have|had|did)\s+)?(?:i|we)(?:'ve)?\s+(?:\w+\s+)?(?:spent|spend|paid|pay)\s+(?:\w+\s+){{0,3}}?"
    rf"(?:on|for|in|across)\s+(?:all\s+(?:of\s+)?)?{_ORDERS}",
    rf"(?:the\s+)?total\s+(?:\w+\s+)?(?:of|for|on|across)\s+(?:all\s+(?:of\s+)?)?{_ORDERS}",
)
# the way to see them asked, an account's question: "I checked out as a guest. How do I see my past orders?"
_HOW_TO_SEE = any_of(r"how\s+(?:do|can|could|would|should)\s+(?:i|we|you)\s+(?:\w+\s+)?(?:see|view|find|check|access|"
                     r"look\s+at|get\s+to)", r"guest|sign\s*in|log\s*in|app\b|website|site\b")
_ACTED_ON = any_of(r"cancel\w*|return\w*|refund\w*|exchang\w*|swap\w*|chang\w*|modif\w*|delet\w*|remov\w*|"
                   r"combin\w*|merg\w*|split\w*")


def asks_about_own_orders(text: str) -> bool:
    """The message asks to see its orders, their history or statuses, or what was spent on them, and acts on none."""
    folded = fold(text or "")
    return (bool(re.search(MY_ORDERS, folded) or _SPENT_ON_THEM.search(folded))
            and not _ACTED_ON.search(folded) and not _HOW_TO_SEE.search(folded))


def read_own_orders_question(probs: dict[str, float], text: str) -> dict[str, float]:
    """The distribution with the tier-1 readings' mass on the order's status, for a question about the customer's
    orders as a whole."""
    return tier_one_moved_when(probs, text, asks_about_own_orders, ORDER_STATUS)
