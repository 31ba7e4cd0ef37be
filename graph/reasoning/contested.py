"""A customer contesting what they were told is a contested case for a person, whatever they ask.

"You told me it was returnable and now you say it's final sale??", "that's not what I was told", "the website never
said it was final sale": the customer disputes an earlier answer, a promise or the terms they bought on. The
labelling guide puts contested cases in tier 2 (a person decides; the help center's rule is what is disputed), but
the intent model reads the subject (a return policy question) and the reply quoted the very rule contested. So a
message that sets what the customer was told or promised against what happened, or says they were never told,
reports a contested case. Text is folded first (text_norm.fold).
"""

from __future__ import annotations

from graph.reasoning.text_norm import any_of, fold

_TOLD = r"(?:told|said|promised|assured|confirmed|quoted|guaranteed)"
_WHO = (r"(?:you|u|they|he|she|your\s+(?:agent|colleague|team|staff|website|site|rep|advisor|chat|email|page)|"
        r"the\s+(?:agent|website|site|page|advisor|rep|email))")
_CONTESTED = any_of(
    # what they were told, set against what is now said or done
    rf"{_WHO}\s+(?:had\s+|have\s+)?{_TOLD}\b.{{0,80}}?\b(?:but|and|yet)\s+now\b",
    rf"(?:i|we)\s+(?:was|were|got)\s+{_TOLD}\b.{{0,80}}?\b(?:but|and|yet)\s+(?:now|then|instead)\b",
    rf"(?:that'?s|that\s+is|this\s+is|it'?s)\s+not\s+what\s+(?:i|we)\s+(?:was|were)\s+{_TOLD}",
    rf"not\s+what\s+{_WHO}\s+{_TOLD}",
    # terms never given
    rf"{_WHO}\s+never\s+(?:said|told|mentioned|warned|stated)",
    r"(?:nobody|no\s+one|noone)\s+(?:ever\s+)?(?:told|said|mentioned|warned|informed)\b",
    r"(?:i|we)\s+(?:was|were)\s+never\s+(?:told|informed|warned)\b",
    # a decision of ours disputed: "you refused my return saying it was worn, but it was brand new"
    rf"{_WHO}\s+(?:have\s+|had\s+)?(?:refused|rejected|denied|declined|turned\s+down)\s+my\s+(?:return|refund|claim|"
    r"exchange|request)\b.{0,80}?\b(?:but|even\s+though|although|when|yet)\b",
    # a refund short of what was paid: "you only refunded half of what I paid, where's the rest?"
    r"(?:only|just)\s+(?:refunded|credited|paid\s+(?:me\s+)?back|gave\s+(?:me\s+)?back|returned)\s+(?:me\s+)?"
    r"(?:half|part|some|a\s+part|\d+\s?%|[$£€]\s?\d)",
)


# A delivery date that moved is a delay with its tracking to answer ("I was told monday but now it says friday"), not a
# contested term.
_ABOUT_DELIVERY = any_of(r"arriv\w*|deliver\w*|dispatch\w*|ship\w*|delay\w*|coming|come|tracking|today|tomorrow|monday|"
                         r"tuesday|wednesday|thursday|friday|saturday|sunday")


def contests_what_was_said(text: str) -> bool:
    """The message disputes what the customer was told, promised or never told (not a delivery date)."""
    folded = fold(text or "")
    return bool(_CONTESTED.search(folded)) and not _ABOUT_DELIVERY.search(folded)
