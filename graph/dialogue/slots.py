"""What a customer message supplies, read by its form: the answers people give when an agent asks for
something ("it's #NB104566", "ana@example.com", "Ana Lopez, 80273", "yes", "the blue one", "I don't have
the order number", "sorry, I missed a digit").

Why form and not wording: read alone such a fragment has no intent a model can be sure of, and the words
around an id or an e-mail vary without end; an id is an id, a postcode a postcode, whatever surrounds it.
What counts is what the message gives (`kinds`) and how much else it says (`residual`: content words
outside the slots): a message that only supplies details answers the agent, one that says more may ask
something new.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from graph.reasoning import signals

# Values a customer gives when asked.
_POSTCODE = re.compile(
    r"\b\d{5}(?:-\d{4})?\b|\b[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}\b|\b[A-Z]\d[A-Z]\s?\d[A-Z]\d\b"
)
_PHONE = re.compile(r"(?<!\w)\+?\d[\d\s().-]{7,}\d(?!\w)")
_ID_LIKE = re.compile(r"#\s?[A-Za-z]{0,3}\d{4,}\b|\b[A-Za-z]{0,3}\d{5,}\b")
# a name's words are letters: "it's WELCOME10", said of a promo code, names no one
_NAME_INTRO = re.compile(
    r"\b(?i:my name is|my name's|name is|i am|i'm|this is|it's)\s+((?:[A-Z](?:[^\W\d_]|['-])+\b(?!['-])\s?){1,3})"
)
_ONLY_NAME = re.compile(r"^\W*(?:[A-Z][a-z'-]+)(?:\s+[A-Z][a-z'-]+){0,2}\W*$")
_ADDRESS = re.compile(
    r"\b\d{1,6}\s+(?:[A-Za-z0-9'.-]+\s){0,4}(?:st|street|ave|avenue|rd|road|ln|lane|dr|drive|blvd|boulevard|way|"
    r"ct|court|pl|place|terrace|hwy|highway)\b|\b(?:apt|apartment|suite|unit|flat)\.?\s*#?\s*\w+",
    re.IGNORECASE,
)
# Answers to a question the agent asked.
_AGREEMENT = re.compile(
    r"^\W*(yes|yeah|yep|yup|sure|correct|right|exactly|ok(ay)?|alright|of course|absolutely|"
    r"that'?s (right|correct|it|fine)|(please )?go ahead|please proceed|proceed|sounds good|that works)\b",
    re.IGNORECASE,
)
# A no answers a yes/no question too, but what follows it is usually what the customer wants instead.
_REFUSAL = re.compile(r"^\W*(no|nope|nah|not really)\b", re.IGNORECASE)
_CHOICE = re.compile(
    r"\bthe (first|second|third|fourth|last|latest|newest|oldest|most recent|earlier|later|other|cheapest|"
    r"same|bigger|smaller|larger)\b|\bthe one (with|that|from|in|for|i)\b|\bthe ([\w-]+ ){1,3}(one|ones)\b|"
    r"\b(both|all of them|either|neither) ?(one|ones|of them)?\b|\bsize \w{1,4}\b|\b(xxs|xs|xl|xxl|xxxl)\b|"
    r"\bthe \d{1,2}(?: one)?(?: then| please| pls| instead)?\W*$|"  # a size by its number, said alone: "the 32 then"
    # an order said by when or how it was placed: "it's the order from November", "my order I placed on monday"
    r"\b(?:the|my) (?:order|purchase) (?:from|of|placed|i placed|i made|made|on|in|last)\b|"
    # ...or by where it stands among them: "it's for my newest order" (read alone as that order's status)
    r"^\W*(?:(?:it'?s|it is|that'?s|this is|its)\s+)?(?:(?:for|about|on|with)\s+)?"
    r"my (?:latest|newest|last|most recent|recent|previous|older|oldest|first|other) (?:order|purchase|one)\b",
    re.IGNORECASE,
)
# Not having what was asked for, and correcting what was given.
_ABSENCE = re.compile(
    r"\b(don'?t|do not|dont) (have|remember|recall)\b|\b(don'?t|do not|dont) know (the|my|its|which|what) (order|number|"
    r"id|tracking|return)|\b(can'?t|cannot|couldn'?t)(?: seem to| quite)? (find|remember|recall|locate|"
    r"see)\b|\bnot sure (which|what|of)\b|"
    # ...said with a hedge: "I'm not sure about the order ID", "not sure I have it on me"
    r"\bnot sure (?:about (?:the|my|its) (?:order|number|id|tracking)|(?:if |whether |that )?i (?:have|kept|know))\b|"
    r"\bno idea\b|\b(forgot|lost|deleted) (the|my) (order|email|number|receipt|confirmation)",
    re.IGNORECASE,
)
_CORRECTION = re.compile(
    r"\b(i forgot|my (mistake|bad)|i mixed (it|them) up|mixed up|i meant|typo|i made a mistake|sorry,? (i|it|that)|"
    r"it'?s actually|actually,? it'?s|the correct (one|order|number|id|email|address)|should (be|have been|read))\b",
    re.IGNORECASE,
)
# A problem reported in the same breath is news, not an answer: a person may be needed for it.
PROBLEM = re.compile(
    r"\b(damaged|broken|broke|defective|faulty|cracked|torn|ripped|stained|smashed|leak(ed|ing)|"
    r"wrong (item|size|colou?r|product|thing|order|one)|missing|never (arrived|came|got|received)|not (arrived|received)|"
    r"(hasn'?t|has not|didn'?t|did not) (arrive|come)|stolen|lost|charged (me )?(twice|two times|again)|"
    r"double[- ]?charged|unauthori[sz]ed|fraud|scam)\b",
    re.IGNORECASE,
)
# An ordering slip of the customer's own: "I ordered the wrong size" is why goods go back, nothing sent in error
# (continuation.py reads it as a return's reason too)
ORDERING_SLIP = (r"\bi\s+(?:\w+\s+)?(?:ordered|bought|picked|chose|selected|clicked)\s+the\s+wrong\s+"
                 r"(?:size|colou?r|one|item)\b")
# A slip of the customer's own, said wrong and put right: "sorry wrong order, I meant the one before" names no problem
# (it was read as goods sent in error and handed over), "sorry, I meant to say it arrived damaged" still does.
_SLIP = re.compile(r"^\W*(?:(?:sorry|oops|whoops|my bad|my mistake|ah|oh)[\s,.!-]*)+(?:that'?s |it'?s |i gave (?:you )?)?"
                   r"(?:the )?wrong (?:order|one|number|item|id)\b(?=\s*(?:[,.!;-]|$|i meant|it'?s|it is|should))|"
                   rf"\bi meant\b|{ORDERING_SLIP}", re.IGNORECASE)


def reports_problem(text: str) -> bool:
    """The message tells of a problem (damage, a loss, a double charge...), a slip of the customer's own put right
    aside."""
    return bool(PROBLEM.search(_SLIP.sub(" ", text or "")))


# Words that carry no request of their own in a detail reply.
_FILLER = frozenset({
    "a", "an", "the", "and", "or", "but", "so", "oh", "ah", "um", "hmm", "well", "ok", "okay", "sure", "yes",
    "yeah", "yep", "yup", "no", "nope", "of", "course", "right", "correct", "please", "thanks", "thank", "you",
    "thx", "sorry", "again", "just", "here", "there", "it", "it's", "its", "is", "are", "was", "be", "been",
    "that", "this", "that's", "these", "those", "them", "they", "i", "i'm", "im", "me", "my", "mine", "we",
    "our", "your", "i've", "i'd", "id", "i'll", "to", "for", "from", "with", "at", "on", "in", "by",
    "as", "do", "did", "does", "have", "has", "had", "got", "get", "one", "ones", "all", "about", "any",
    "some", "now", "currently", "moment", "handy", "hand", "order", "orders", "ordered", "number", "numbers",
    "num", "ids", "email", "e-mail", "mail", "address", "name", "first", "last", "full", "zip",
    "zipcode", "postcode", "post", "code", "postal", "detail", "details", "info", "information", "registered",
    "under", "use", "used", "using", "called", "named", "live", "lives", "living", "reside", "located", "city",
    "state", "actually", "think", "believe", "should", "would", "could", "can", "will", "also", "too", "then",
    "still", "only", "exactly", "go", "ahead", "proceed", "fine", "great", "perfect", "good", "sounds", "works",
})
# Words that ask for something: a message with one of them beside its details is a request, not an answer.
_REQUEST = re.compile(
    r"\b(cancel\w*|return\w*|refund\w*|exchang\w*|swap\w*|chang\w*|updat\w*|modif\w*|switch\w*|replac\w*|"
    r"track\w*|deliver\w*|ship\w*|arriv\w*|size|sizes|fit|price|cost|discount|promo|coupon|charg\w*|pay\w*|login|"
    r"log in|password|buy|purchase|add|remove|how|when|where|why|what|which|can i|could i|do you)\b",
    re.IGNORECASE,
)
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
# A message that opens as a question asks, even without its question mark ("actually can I change it to a medium").
_QUESTION_OPENER = re.compile(
    r"^\W*(?:(?:actually|ok|okay|so|and|but|well|hmm|oh|also|then|wait|sorry|hi|hey|fine|alright|all\s+right|right|"
    r"great|cool|ah+|ugh|uh|um+|erm|no|nope|got\s+it|i\s+see|in\s+that\s+case)\W+)*"
    r"(can|could|would|will|do|does|did|is|are|how|what|when|where|why|which|who)\b", re.IGNORECASE)
MAX_RESIDUAL = 3  # content words a pure detail reply may carry beside its slots ("from Denver")


@dataclass
class SlotReading:
    kinds: set[str] = field(default_factory=set)
    residual: int = 0  # content words outside the slots and filler
    words: int = 0
    problem: bool = False  # reports a problem (damage, missing, double charge...): news, not an answer
    asks: bool = False  # asks for something beside its details ("can I cancel #W123?")

    @property
    def supplies_value(self) -> bool:
        return bool(self.kinds & {"order_number", "email", "postcode", "phone", "name", "address", "choice"})

    @property
    def is_detail_reply(self) -> bool:
        """Only answers the agent: gives values, says yes/no, has none, or corrects one, and little else."""
        if self.problem or self.asks or not self.kinds:
            return False
        return self.residual <= MAX_RESIDUAL


def opens_as_question(text: str) -> bool:
    """The message opens with a question word or an auxiliary, after a discourse word or two."""
    return bool(_QUESTION_OPENER.match(text or ""))


def normalise(text: str) -> str:
    return text.replace("’", "'").replace("‘", "'").replace("`", "'").strip()


def _proper(word: str, text: str) -> bool:
    """A capitalised word inside a sentence is a name or a place: a value, not a request ("from Denver, CO")."""
    return word[0].isupper() and re.search(rf"[^.!?\s]\s+{re.escape(word)}\b", text) is not None


def _names(text: str) -> list[str]:
    found = [m.group(1) for m in _NAME_INTRO.finditer(text)]
    if _ONLY_NAME.match(text) and len(text.split()) >= 2:
        found.append(text)
    return found


def read_slots(text: str) -> SlotReading:
    """What the message supplies and how much else it says."""
    text = normalise(text)
    kinds: set[str] = set()
    rest = text
    entities = signals.extract_entities(text)
    spans: list[str] = []
    if entities.get("emails"):
        kinds.add("email")
        spans += entities["emails"]
    # The other values are read beside the addresses: "jo.71123961@example.com" gives no order number or ZIP.
    beside_emails = rest
    for email in entities.get("emails") or []:
        beside_emails = beside_emails.replace(email, " ")
    for pattern, kind in ((_ADDRESS, "address"), (_PHONE, "phone"), (_POSTCODE, "postcode"), (_ID_LIKE, "order_number")):
        for match in pattern.finditer(beside_emails):
            kinds.add(kind)
            spans.append(match.group(0))
    if entities.get("order_numbers"):
        kinds.add("order_number")
    names = _names(text)
    if names:
        kinds.add("name")
        spans += names
    for pattern, kind in ((_CHOICE, "choice"), (_ABSENCE, "absence"), (_CORRECTION, "correction")):
        for match in pattern.finditer(text):
            kinds.add(kind)
            spans.append(match.group(0))
    if _AGREEMENT.match(text):
        kinds.add("agreement")
    elif _REFUSAL.match(text):
        kinds.add("refusal")
    for span in sorted(spans, key=len, reverse=True):
        rest = rest.replace(span, " ")
    words = _WORD.findall(text)
    content = [w for w in _WORD.findall(rest) if w.lower() not in _FILLER and len(w) > 1 and not _proper(w, rest)]
    return SlotReading(kinds=kinds, residual=len(content), words=len(words), problem=reports_problem(text),
                       asks=bool(_REQUEST.search(rest)))
