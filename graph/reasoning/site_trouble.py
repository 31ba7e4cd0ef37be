"""The shop's website or app not working is a problem with the shop itself, not with an order or goods.

"the size guide page is broken on mobile", "your app crashes every time I open my basket", "ur site keeps crashing when
i checkout", "the website won't let me add anything to my basket", "every page takes forever": "broken" is how the history's damaged items speak and
"checkout" how its sign-in troubles do, so the intent model read a damaged item (a person's, unsure) or quoted the
password-reset article. What the customer needs is a way past it and, if it goes on, the team told; the help center has
no article on it, so the reply says both in the agent's own words (phrases "site_trouble") and offers a person. So when
a message says the site, the app or one of their pages is broken, crashing, down or not loading, the answerable readings
and the goods' problems (nothing arrived broken) go to the account reading. Left as they are: a payment that fails at
checkout (the declined-payment article answers it), a tracking or label link (an order's), a code, or a sign-in (their
own articles), and another company's site. Text is folded first.
"""

from __future__ import annotations

import re

from graph.intents import tier_of
from graph.reasoning.readings import moved_when
from graph.reasoning.text_norm import any_of, fold

ACCOUNT = "account_help"
GOODS_PROBLEMS = ("damaged_item", "wrong_item", "lost_package")

# ("checkout" alone is where a payment fails: "is your checkout broken?" beside a failing card is the card's)
_SITE = (r"(?:(?:web\s*)?site|app|application|page|basket|cart|size\s+guide|search(?:\s+bar)?|filters?|menu|"
         r"(?:returns?\s+)?portal)")
# Failing as a page fails, never as a payment does: what the checkout may do too ("the checkout kept logging me out")
_FAILS_AS_A_PAGE = r"(?:keeps?|kept)\s+(?:crashing|freezing|logging\s+me\s+out|timing\s+out)"
_TROUBLE = (r"(?:broken|broke|crash\w*|down|glitch\w*|bugg(?:ed|y)|frozen|freez\w*|not\s+(?:working|loading)|"
            r"(?:is|are)n'?t\s+(?:working|loading)|(?:won'?t|wont|will\s+not|doesn'?t|does\s+not|can'?t)\s+(?:load|open|work)|"
            rf"{_FAILS_AS_A_PAGE}|(?:keeps?|kept)\s+(?:failing|erroring)|(?:shows?|showing|gives?|giving|throws?)\s+"
            r"(?:me\s+)?(?:an?\s+)?error|(?:get|getting|got)\s+(?:an?\s+)?error|error\s+(?:message|page|code|\d{3})|"
            r"(?:won'?t|wont|will\s+not|doesn'?t|does\s+not)\s+let\s+(?:me|us)|keeps?\s+(?:saying|showing)\s+"
            r"(?:an?\s+)?(?:error|something\s+went\s+wrong)|"
            # what it refuses: "ur return portal keeps saying my order number is invalid"
            r"keeps?\s+(?:saying|telling\s+me)\s+(?:\w+\s+){0,4}?(?:is\s+|are\s+)?(?:invalid|not\s+valid|not\s+found|"
            r"wrong|incorrect|doesn'?t\s+exist|not\s+recogni[sz]ed)|"
            # slow, or showing nothing: "every page takes forever", "the search isn't showing any results"
            r"(?:so|super|really|very|painfully|extremely)\s+slow|takes?\s+(?:forever|ages)|taking\s+(?:forever|ages)|"
            r"lagg(?:y|ing)|(?:isn'?t|is\s+not|not|won'?t|doesn'?t|does\s+not)\s+show(?:ing)?\s+(?:any(?:thing)?|"
            r"results?|up|me\s+any(?:thing)?))")
_SAID_OF_THE_SITE = any_of(rf"{_SITE}\s+(?:\w+\s+){{0,4}}?{_TROUBLE}", rf"{_TROUBLE}\s+(?:\w+\s+){{0,3}}?(?:on|in|at)\s+"
                           rf"(?:the\s+|your\s+|ur\s+|my\s+)?(?:\w+\s+)?{_SITE}",
                           rf"checkout\s+(?:page\s+)?{_FAILS_AS_A_PAGE}")  # the checkout failing as a page does
# another company's site ("is your competitor's app down?"), which is not ours to fix
_NOT_OURS = any_of(r"competitors?'?s?|(?:another|other)\s+(?:shops?|stores?|sites?|websites?|apps?|compan\w+|brands?)|"
                   r"(?:their|his|her)\s+(?:\w+\s+)?(?:site|website|app)")
# what has an article or an order of its own
_ELSEWHERE = any_of(r"pay\w*|card|charg\w*|declin\w*|tracking|label|codes?|promo\w*|discount\w*|gift\s+card|password|"
                    r"reset|log\s*in|sign\s*in|account\s+(?:is\s+)?locked")


# The page a payment is made on is a page: "the payment page won't load" is the site's trouble (the declined-card
# article answered it), while "the payment page says my card was declined" is still the card's.
_PAYMENT_PAGE = re.compile(r"\b(?:payment|paying|checkout)\s+(?:page|screen|step|form|section)\b")


# A server's error, by its code or its name: "I'm getting an error 500 when trying to pay" is the site failing, not a
# card declined (the declined-card article answered it), wherever in the shop it happens.
_SERVER_ERROR = re.compile(r"\b(?:error\s*(?:code\s*)?(?:5\d\d|40[34])|(?:5\d\d|40[34])\s+(?:error|page)|"
                           r"(?:internal\s+)?server\s+error|bad\s+gateway|service\s+unavailable|gateway\s+time-?out)\b")


def says_site_trouble(text: str) -> bool:
    """The message says the shop's site or app (or a page of it) is broken, crashing, down or not loading, or shows a
    server's error."""
    folded = fold(text or "")
    if _NOT_OURS.search(folded):
        return False
    rest = _PAYMENT_PAGE.sub("page", folded)
    said = bool(_SAID_OF_THE_SITE.search(rest)) and not _ELSEWHERE.search(rest)
    return said or bool(_SERVER_ERROR.search(rest))


def read_site_trouble(probs: dict[str, float], text: str) -> dict[str, float]:
    """The distribution with the answerable readings' and the goods problems' mass on the account reading, when the
    message says the site or app is not working (a person's other readings, a complaint or a dispute, keep theirs)."""
    moved = [intent for intent in probs if intent != ACCOUNT and (tier_of(intent) == 1 or intent in GOODS_PROBLEMS)]
    return moved_when(probs, text, says_site_trouble, moved, ACCOUNT)


# The site still failing after the ways past it were tried: "I've tried two different browsers.", "still not working",
# "same thing on my phone". Said right after the site-trouble reply, the team is what is left (drafting.py offers it);
# read alone, the browsers got the password-reset article.
_STILL_FAILING = any_of(r"still|same|again|no\s+luck|no\s+(?:change|difference)|nothing\s+(?:changed|works|helped)",
                        r"(?:didn'?t|doesn'?t|does\s+not|did\s+not|won'?t)\s+(?:work|help|fix|change)|not\s+working")


def says_trouble_goes_on(text: str) -> bool:
    """The message says the site still fails ("still", "same", "didn't help")."""
    return bool(_STILL_FAILING.search(fold(text or "")))
