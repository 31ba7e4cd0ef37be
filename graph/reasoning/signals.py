"""Deterministic signals read from a customer message: entities, frustration, a request for a person,
language, and the message's separate questions.

They are patterns, not a model, on purpose: order numbers, emails and amounts have shapes; anger and
"get me a human" have a small multilingual vocabulary. Both engines use them, so a model can never
invent an order number or talk the policy out of noticing a request for a person.
"""

from __future__ import annotations

import re
import unicodedata

from graph.state import Entities

MAX_MESSAGE_CHARS = 4000

_ORDER_PATTERNS = [
    # "#W2611340", "#NB104233", "# 104233"
    re.compile(r"#\s?([A-Za-z]{0,3}\d{5,10})\b"),
    # "NB104233", "nb 104233", "NB-104233", "W2611340"
    re.compile(r"\b([A-Za-z]{1,3})[\s-]?(\d{6,8})\b"),
    # "order 104233", "order number: 104233", "order no. 104233", "pedido 104233", "commande 104233"
    re.compile(
        r"\b(?:order|ordr|oder|orden|pedido|commande|bestellung|bestellnummer)\s*(?:number|num|no\.?|nr\.?|n[º°]|#|id)?\s*[:#]?\s*([A-Za-z]{0,3}\d{5,10})\b",
        re.IGNORECASE,
    ),
]
_EMAIL = re.compile(r"\b[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}\b")
_AMOUNT = re.compile(
    r"(?:[$€£]\s?(\d{1,6}(?:[.,]\d{3})*(?:[.,]\d{1,2})?))|(?:\b(\d{1,6}(?:[.,]\d{1,2})?)\s?(?:usd|eur|gbp|dollars?|bucks|euros?|€|\$))",
    re.IGNORECASE,
)
_NOT_ORDER_PREFIXES = {"UPS", "USD", "EUR", "GBP", "SKU", "TEL", "PH", "ZIP"}

_FRUSTRATION_TERMS = [
    # English
    "ridiculous", "unacceptable", "terrible", "horrible", "awful", "worst", "useless", "pathetic",
    "disgusting", "scam", "fraud", "rip off", "ripoff", "joke", "fed up", "sick of", "tired of",
    "furious", "angry", "pissed", "livid", "outraged", "disappointed", "disappointing", "incompetent",
    "still waiting", "still havent", "still haven't", "still nothing", "still no", "yet again", "again!",
    "third time", "3rd time", "second time", "2nd time", "how many times", "nobody", "no one is",
    "wtf", "wth", "ffs", "seriously?", "are you kidding", "you kidding", "unbelievable", "never again",
    "never ordering", "never buying", "lawyer", "bbb", "chargeback", "report you", "shame on",
    "what a mess", "not happy", "so annoyed", "annoying", "garbage", "trash", "hate",
    # Spanish / French / German / Portuguese / Italian
    "inaceptable", "harto", "harta", "vergüenza", "estafa", "pésimo", "pesimo", "indignante",
    "inadmissible", "honteux", "ras le bol", "arnaque", "scandaleux", "nul ", "en colère",
    "unverschämt", "frechheit", "betrug", "katastrophe", "sauer", "enttäuscht", "absurdo",
    "ridicolo", "vergogna", "truffa",
]
_PROFANITY = re.compile(r"\b(f+u+c+k\w*|sh[i1]t+\w*|damn+|crap|bs|bullsh\w*|wtf|hell)\b", re.IGNORECASE)
_ANGRY_EMOJI = set("😡🤬😤😠👎💢🙄")

_HUMAN_REQUEST = re.compile(
    r"\b("
    r"(speak|talk|chat)\s+(to|with)\s+(a|an|some|your|the)?\s*(real\s+|actual\s+|live\s+)?"
    r"(human|person|someone|somebody|agent|rep|representative|manager|supervisor|operator|staff)"
    r"|real\s+(human|person)|actual\s+(human|person)|live\s+(agent|person|chat)"
    r"|human\s+(agent|being|please|pls|plz)|(get|give|connect|transfer)\s+me\s+(to\s+)?(a|an|the)?\s*(human|person|agent|manager|supervisor|representative)"
    r"|customer\s+service\s+(rep|representative)|not\s+a\s+(bot|robot)|stop\s+(the\s+)?bot"
    r"|hablar\s+con\s+(una\s+persona|un\s+humano|un\s+agente|alguien)"
    r"|parler\s+(à|a)\s+(un|une)\s+(humain|personne|conseill\w+|agent)"
    r"|mit\s+(einem|einer)\s+(menschen|mitarbeiter\w*|person)"
    r")\b",
    re.IGNORECASE,
)
_HUMAN_ONE_WORD = re.compile(r"^\W*(human|agent|representative|operator|person)\W*$", re.IGNORECASE)

_STOPWORDS = {
    "es": {"el", "la", "los", "las", "mi", "pedido", "que", "por", "para", "hola", "gracias", "donde", "está", "cuándo", "con", "una", "mis"},
    "fr": {"le", "la", "les", "mon", "ma", "mes", "commande", "bonjour", "merci", "est", "pour", "avec", "une", "je", "où", "pas"},
    "de": {"der", "die", "das", "mein", "meine", "bestellung", "ist", "und", "nicht", "ich", "wo", "hallo", "danke", "mit", "eine"},
    "en": {"the", "my", "is", "and", "i", "where", "order", "to", "it", "a", "you", "for", "of", "not", "hi", "please"},
}


def clean_text(raw: str) -> str:
    """Normalise unicode, drop control characters, collapse whitespace."""
    text = unicodedata.normalize("NFKC", raw)
    text = "".join(ch for ch in text if ch in "\n\t" or unicodedata.category(ch)[0] != "C")
    return re.sub(r"[ \t]+", " ", text).strip()


def input_problem(raw: str | None) -> str | None:
    """Why a message cannot be handled as it is: empty, too_long or unreadable; None if it is fine."""
    if raw is None or not raw.strip():
        return "empty"
    if len(raw) > MAX_MESSAGE_CHARS:
        return "too_long"
    text = clean_text(raw)
    if not text:
        return "empty"
    letters = sum(ch.isalnum() for ch in text)
    replacement = text.count("\ufffd")
    if replacement > 3 or letters < len(text) * 0.3 and len(text) > 20:
        return "unreadable"
    return None


def extract_entities(text: str) -> Entities:
    """Order numbers, emails and amounts as written; the OMS decides whether they are real and whose."""
    emails = _EMAIL.findall(text)
    without_emails = _EMAIL.sub(" ", text)
    without_urls = re.sub(r"https?://\S+", " ", without_emails)
    orders: list[str] = []
    for pattern in _ORDER_PATTERNS:
        for match in pattern.finditer(without_urls):
            groups = [g for g in match.groups() if g]
            candidate = "".join(groups).replace(" ", "").replace("-", "").upper()
            prefix = re.match(r"[A-Z]*", candidate).group(0)
            if prefix in _NOT_ORDER_PREFIXES or len(prefix) > 3:
                continue
            if candidate not in orders:
                orders.append(candidate)
    # Drop bare-number duplicates of a prefixed one ("NB104233" and "104233").
    orders = [o for o in orders if not any(other != o and other.endswith(o) for other in orders)]
    amounts = []
    for match in _AMOUNT.finditer(without_urls):
        raw = (match.group(1) or match.group(2)).replace(",", ".")
        if raw.count(".") > 1:
            raw = raw.replace(".", "", raw.count(".") - 1)
        try:
            amounts.append(float(raw))
        except ValueError:
            continue
    return Entities(order_numbers=orders, emails=emails, amounts=amounts)


def is_frustrated(text: str) -> bool:
    """Anger or exasperation: vocabulary, profanity, shouting, angry emoji, stacked punctuation."""
    lowered = f" {text.lower()} "
    if any(term in lowered for term in _FRUSTRATION_TERMS):
        return True
    if _PROFANITY.search(text) or any(ch in _ANGRY_EMOJI for ch in text):
        return True
    if re.search(r"[!?]{3,}|!{2,}", text):
        return True
    letters = [ch for ch in text if ch.isalpha()]
    upper_words = [w for w in re.findall(r"\b[A-Z]{3,}\b", text) if w not in {"USPS", "UPS", "DHL", "USA", "ASAP"}]
    return len(letters) >= 12 and (sum(ch.isupper() for ch in letters) / len(letters) > 0.6 or len(upper_words) >= 3)


def wants_human(text: str) -> bool:
    return bool(_HUMAN_REQUEST.search(text) or _HUMAN_ONE_WORD.match(text))


def detect_language(text: str) -> str:
    """A stopword vote among the languages the demo brand serves; 'en' when unsure."""
    words = re.findall(r"[a-zà-ÿß]+", text.lower())
    if not words:
        return "en"
    scores = {lang: sum(w in stop for w in words) for lang, stop in _STOPWORDS.items()}
    best = max(scores, key=scores.get)
    return best if scores[best] > scores["en"] and scores[best] >= 2 else "en"


def split_questions(text: str) -> list[str]:
    """The message's separate asks: sentences and 'also'-joined clauses with at least three words."""
    parts = re.split(r"(?<=[.?!])\s+|\n+|\s+(?:also|and also|plus|btw|oh and|another thing)[,:]?\s+", text, flags=re.IGNORECASE)
    return [p.strip() for p in parts if p and len(p.split()) >= 3]


_CLOSING = re.compile(
    r"^\W*(ok(ay)?|k|great|perfect|awesome|cool|nice|brilliant|lovely|amazing|got it|all good|sounds good|"
    r"that'?s (great|perfect|all|it)|thanks?( ?(you|u|so much|a lot|again|heaps|loads))*|thx|ty|tysm|cheers|"
    r"much appreciated|appreciate it|bye|goodbye|have a (good|nice|great) (day|one)|that helps|that'?s helpful|"
    r"(very |super )?helpful|"
    r"gracias|muchas gracias|merci( beaucoup)?|danke( schön| sehr)?|vielen dank)"
    r"([\s,.!]+(ok(ay)?|great|perfect|awesome|thanks?( ?(you|u|so much|a lot|again))*|thx|ty|cheers|bye|"
    r"that helps|that'?s helpful|(very |super )?helpful|"
    r"that'?s (all|it|great)|have a (good|nice|great) (day|one)|😊|🙏|👍|❤️|:\)|x+))*\W*$",
    re.IGNORECASE,
)


def is_closing(text: str) -> bool:
    """Thanks / ok / bye with nothing else asked: the conversation is winding down, not a new question."""
    return bool(_CLOSING.match(text.strip())) and "?" not in text
