"""Cancelling a subscription, a membership or a newsletter is not cancelling an order.

"Cancel my subscription please" was read as a cancellation (the same verb), and the agent proposed to cancel the
customer's newest order: a "yes" would have cancelled goods they never asked about. "How do I cancel my membership?"
got the password article. The store sells no subscriptions; what a customer can stop is the newsletter and its
emails, or the account itself (the help center's newsletter and account-deletion articles say how). So when the
thing a message cancels, stops or ends is a subscription, membership, plan, trial, auto-renewal, newsletter or
emails, and it names no order or goods, the order readings' mass goes to the account reading. Text is folded first
(text_norm.fold).
"""

from __future__ import annotations

import re

from graph.reasoning.readings import moved_when, tier_one_moved_when
from graph.reasoning.text_norm import any_of, fold

ACCOUNT = "account_help"
ORDER_READINGS = ("cancel_order", "refund_request", "return_request", "order_status")

_CANCEL = (r"(?:cancel\w*|stop\w*|end|ending|terminat\w*|unsubscrib\w*|opt\s+out\s+of|get\s+out\s+of|quit|"
           # Spanish, French, German, Portuguese, Italian
           r"dar\s+de\s+baja|darme\s+de\s+baja|annuler|resilier|arreter|kundigen|stornieren|abbestellen|beenden|"
           r"desativar|disdire|annullare|disattivare)")
_SUBSCRIPTION = (r"(?:subscriptions?|memberships?|member(?:ship)?\s+plan|trial|free\s+trial|auto-?renew\w*|recurring\s+"
                 r"(?:payments?|charges?)|newsletters?|(?:marketing\s+|promo(?:tional)?\s+)?e-?mails|prime(?:\s+video)?|"
                 # a paid tier named by itself: "how do I cancel my premium"
                 r"premium(?:\s+(?:plan|account|tier))?|"
                 r"loyalty\s+(?:programme|program|scheme|membership)|(?:marketing\s+|promo(?:tional)?\s+)?(?:texts|text\s+messages|"
                 r"sms(?:es)?)|"
                 r"suscripcion(?:es)?|membresia|abonnements?|abo|mitgliedschaft|assinatura|abbonamento|iscrizione)")
_CANCELS_A_SUBSCRIPTION = any_of(
    rf"{_CANCEL}\s+(?:my|the|this|our|your|a|an)?\s*(?:\w+\s+)?{_SUBSCRIPTION}\b",
    rf"{_SUBSCRIPTION}\s+(?:cancel\w*|cancellation)",
)
_SUBSCRIPTION_SAID = any_of(_SUBSCRIPTION)
# "stop texting me", "please stop emailing me": the texts or e-mails themselves, named by the verb (an order named
# beside it keeps its reading: its e-mails may be meant). "Please stop emailing me" was thanked for a suggestion.
_STOP_TEXTING = any_of(r"stop\s+(?:texting|txting|e-?mailing|spamming)\s+(?:me|us)\b")
# E-mails or texts the customer does not want, told rather than cancelled: "I didn't sign up but I'm getting your emails"
# (it got the password-reset article), "why do you send me so many emails"
# ...or posted: "you keep sending me catalogues I never asked for", "stop sending me texts"
# (bare e-mails stay as they were: "stop sending me emails" may mean an order's)
_SENT = r"(?:getting|receiving|get|receive|keep\s+getting|sending\s+me|send\s+me|sent\s+me)"
_POSTED = r"texts|text\s+messages|catalogues|catalogs|brochures|leaflets|flyers|junk\s+mail"
_UNWANTED = any_of(rf"{_SENT}\s+(?:your|these|all\s+these|so\s+many|too\s+many|loads\s+of|lots\s+of)\s+(?:\w+\s+)?"
                   rf"(e-?mails|newsletters|{_POSTED})\b", rf"{_SENT}\s+(?:\w+\s+)?({_POSTED})\b")
_NOT_WANTED = any_of(r"did\s*n'?t\s+sign\s+up|never\s+signed\s+up|did\s+not\s+sign\s+up|too\s+many|so\s+many|"
                     r"loads\s+of|spam\w*|do\s*n'?t\s+want|stop|unsubscrib\w*|never\s+asked\s+for|did\s*n'?t\s+ask\s+for|"
                     r"did\s+not\s+ask\s+for")
# An order or goods named beside it: then the order may be meant ("cancel my order and the newsletter").
_ORDER_NAMED = any_of(r"orders?|purchases?|parcels?|packages?|deliver\w*|items?|#?nb\d{4,}|\d{5,}")


def thing_cancelled(text: str) -> str | None:
    """What the message cancels or stops ("subscription", "membership", "marketing emails"), when it names no order."""
    folded = fold(text or "")
    if _ORDER_NAMED.search(folded):
        return None
    if stopped := _STOP_TEXTING.search(folded):
        return "texts" if re.search(r"te?xt", stopped.group(0)) else "emails"
    unwanted = _UNWANTED.search(folded)
    if unwanted and _NOT_WANTED.search(folded):
        return unwanted.group(1) or unwanted.group(2)
    found = _CANCELS_A_SUBSCRIPTION.search(folded)
    if not found:
        return None
    said = _SUBSCRIPTION_SAID.search(found.group(0))
    return said.group(0) if said else None


def stop_question(thing: str) -> str:
    """The help center's question for stopping it, asked in its words: the sentences that answer it are measured
    against this, not against "cancel", which the order-cancellation sentences share."""
    return f"How do I unsubscribe and stop the {thing}?"


def cancels_a_subscription(text: str) -> bool:
    """The message cancels or stops a subscription, membership, newsletter or emails, and names no order."""
    return thing_cancelled(text) is not None


def sends_unwanted(text: str) -> bool:
    """The message tells of e-mails, texts or post the customer does not want ("stop sending me texts"), naming no
    order."""
    folded = fold(text or "")
    if _ORDER_NAMED.search(folded):
        return False
    unwanted = _UNWANTED.search(folded)
    return bool(_STOP_TEXTING.search(folded) or (unwanted and _NOT_WANTED.search(folded)))


def read_subscription_cancel(probs: dict[str, float], text: str) -> dict[str, float]:
    """The distribution with the order readings' mass on the account reading when a subscription is what is cancelled;
    told as mail or texts not wanted, every answerable reading's (what is sent is the account's preferences; a
    person's readings keep theirs)."""
    moved = tier_one_moved_when(probs, text, sends_unwanted, ACCOUNT)
    if moved is not probs:
        return moved
    return moved_when(probs, text, cancels_a_subscription, ORDER_READINGS, ACCOUNT)
