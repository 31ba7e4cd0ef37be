"""Signs that someone else is in the customer's account: tier 2, a person verifies and secures it.

Customers rarely say "hacked". They tell what they see: a notice that the account's e-mail or password was
changed when they did not change it (often with "now I can't log in"), orders they never placed, an address or
a card they do not recognise. The help center's password steps would hand the account over for good, so these
go to a person. Asking how to change one's own e-mail, or a reset that did not arrive, is not such a sign.
Text is folded first (text_norm.fold).
"""

from __future__ import annotations

from graph.reasoning.text_norm import any_of, fold

_DENIED = (r"(?:(?:i|we)\s+(?:never|didn't|didnt|did\s+not|haven't|havent|have\s+not|don't|dont|do\s+not)\s+"
           r"(?:\w+\s+)?(?:changed?|request(?:ed)?|ask(?:ed)?\s+for|do\s+(?:this|that|it)|did\s+(?:this|that|it)|"
           r"make|made|place|placed|order|ordered|authori[sz]e|authori[sz]ed)|not\s+me|wasn't\s+me|wasnt\s+me|"
           r"without\s+(?:my|me)|isn't\s+mine|isnt\s+mine|not\s+mine)")
_LOCKED_OUT = (r"(?:can't|cant|cannot|can\s+not|couldn't|unable\s+to)\s+(?:\w+\s+)?(?:log|sign)\s*(?:in|on)|"
               r"locked\s+out|(?:isn't|is\s+not|not)\s+registered|doesn't\s+exist|does\s+not\s+exist")
_CHANGED = (r"(?:e-?mail|password|phone\s+number|login|username|address)\s+(?:\w+\s+){0,4}?(?:has\s+been|have\s+been|"
            r"was|were|got|had\s+been|been)\s+(?:changed|updated|reset)")
# The account's details a stranger may add or change.
_DETAILS = r"(?:address(?:es)?|cards?|payment\s+methods?|e-?mails?|phone\s+numbers?)"
_STRANGE = (rf"(?:orders?|purchases?|{_DETAILS}|logins?|devices?)\s+(?:\w+\s+){{0,4}}?"
            r"(?:(?:i|we)\s+(?:don't|dont|do\s+not)\s+recogni[sz]e|"
            r"(?:i|we)\s+(?:never|didn't|didnt|did\s+not)\s+(?:place|placed|make|made|order|ordered|add|added|"
            r"use|used)|(?:i|we)(?:'ve|\s+have)\s+never\s+(?:lived|used|had|seen|been))")

# A change after which the customer cannot get in ("got an email that my account email was changed and now I can't
# sign in") is a sign unless they made it themselves ("I reset my password and it was changed, but I still can't log
# in" is login help); one they say they did not make always is (_TAKEN_OVER).
_CHANGE_LOCKED_OUT = any_of(rf"{_CHANGED}[^\n]{{0,80}}?(?:{_LOCKED_OUT})", rf"(?:{_LOCKED_OUT})[^\n]{{0,120}}?{_CHANGED}")
_OWN_CHANGE = any_of(r"(?:i|we)(?:'ve|\s+have)?\s+(?:just\s+|recently\s+|already\s+)?(?:changed|reset|updated|"
                     r"requested|asked\s+for)")
_TAKEN_OVER = any_of(
    # a change the customer did not make
    rf"{_CHANGED}[^\n]{{0,80}}?{_DENIED}",
    # orders, addresses, cards the customer does not know
    _STRANGE,
    rf"{_DETAILS}\s+(?:\w+\s+){{0,5}}?(?:that|which)\s+(?:isn't|isnt|is\s+not|aren't|arent|are\s+not)\s+"
    r"(?:mine|ours)",
    r"(?:someone|somebody|a\s+stranger)(?:'s|\s+is|\s+has)?\s+(?:\w+\s+){0,3}?(?:placed|placing|made|making|ordered|"
    r"ordering|used|using|bought|buying|added|changed|got\s+into|accessed|logged\s+into|is\s+using|has\s+been\s+using)\s+(?:\w+\s+){0,3}?(?:on\s+|in\s+|into\s+|with\s+)?"
    r"my\s+(?:account|card|details|login)",
)


def signs_of_takeover(text: str) -> bool:
    """The message tells of changes, orders or details in the account that the customer did not make."""
    folded = fold(text)
    if _TAKEN_OVER.search(folded):
        return True
    return bool(_CHANGE_LOCKED_OUT.search(folded)) and not _OWN_CHANGE.search(folded)


# Sign-in trouble told plainly, with nothing locked, hacked or changed by someone else: "I can't log in to my account"
# got "Too many sign-in attempts lock an account... We lock the account, cancel any order you didn't place" (the locked
# or hacked account's sentences, nearest in meaning); the first thing to try is the password reset.
_SIGN_IN_TROUBLE = any_of(_LOCKED_OUT, r"(?:log\s*in|login|sign\s*in)\s+(?:doesn't|doesnt|does\s+not|won't|wont|isn't|"
                          r"isnt|is\s+not|not)\s+work", r"forgot\s+(?:my\s+)?password")
_LOCK_WORDS = any_of(r"lock\w*|hack\w*|suspend\w*|disabled|blocked|banned|compromis\w*|stolen|someone|somebody|"
                     r"too\s+many|fraud\w*|not\s+registered|doesn't\s+exist|does\s+not\s+exist|"
                     # the reset already tried: what came of it is asked ("the reset email never comes")
                     r"reset\w*|links?|e-?mails?|spam")


def plain_sign_in_trouble(text: str) -> bool:
    """The customer cannot sign in, and tells of no lock, no stranger and no change they did not make."""
    folded = fold(text or "")
    return bool(_SIGN_IN_TROUBLE.search(folded) and not _LOCK_WORDS.search(folded) and not _TAKEN_OVER.search(folded)
                and not _CHANGE_LOCKED_OUT.search(folded))
