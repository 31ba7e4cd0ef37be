"""Whether taxes are in the price is a shipping question, however much its "sales" reads like a sale.

"do your prices include sales tax?" read as promotions (0.69, "sales", "prices") and was answered "Final Sale and
Archive Sale prices are excluded"; "is sales tax included?" got the Archive Sale's discount. The help center says it
in each region's shipping article ("Duties and taxes: All duties and import taxes are included in the price you pay
at checkout"). So a question whether tax, VAT or duties are included in (or added to) the price reads as shipping
information, and is asked of the help center in its words (TAXES_ASKS). A tax charged already ("why was I charged
tax?") is no such question. Text is folded first (text_norm.fold).
"""

from __future__ import annotations

from graph.reasoning.readings import moved_when
from graph.reasoning.text_norm import any_of, fold

SHIPPING_INFO = "shipping_info"
MISREAD_AS = ("promo_code", "product_info", "payment_methods", "payment_dispute", "out_of_scope", "refund_request")

# What the shipping articles are asked for such a question, in their words.
TAXES_ASKS = "Are duties and taxes included in the price I pay at checkout?"

_TAX = any_of(r"(?:sales\s+)?tax(?:es)?|vat|gst|hst|duties|duty|import\s+fees?")
_IN_THE_PRICE = any_of(r"includ\w*|inclusive|exclusive|excluded|on\s+top|extra|added|add(?:ed)?\s+(?:on|at)|"
                       r"(?:have|need)\s+to\s+pay|do\s+(?:i|we)\s+pay|pay\s+(?:any|the)?")
_ASKED = any_of(r"^\W*(?:do|does|is|are|will|would|can|how)\b", r"\?")
_CHARGED_ALREADY = any_of(r"(?:was|were|been|got|being)\s+charged|charged\s+(?:me|us)|why\s+(?:was|did|is)")


def asks_whether_tax_included(text: str) -> bool:
    """The message asks whether tax, VAT or duties are in the price or come on top of it."""
    folded = fold(text or "")
    return (bool(_TAX.search(folded)) and bool(_IN_THE_PRICE.search(folded)) and bool(_ASKED.search(folded))
            and not _CHARGED_ALREADY.search(folded))


def read_tax_question(probs: dict[str, float], text: str) -> dict[str, float]:
    """The distribution with the promotions', product, payment and out-of-scope readings' mass on shipping
    information, for a question whether tax is in the price."""
    return moved_when(probs, text, asks_whether_tax_included, MISREAD_AS, SHIPPING_INFO)
