"""Extractive answers from a help-center passage: the one or two whole sentences that answer the question.

Help articles are Markdown with headings and bullet lists; a bullet list under a lead-in ("Items must
be:") is one thought, so it becomes one sentence ("Items must be: unworn...; with the original tags
attached."). Sentences are ranked by meaning (MiniLM cosine to the question) plus word overlap, so
"can I return shoes I wore once?" gets the return window and the condition rule, not the article's
first lines.
"""

from __future__ import annotations

import math
import re

import numpy as np

from graph.reasoning import phrases
from graph.reasoning.offline.coverage import (
    FOOTWEAR,
    asks_about_a_place_to_go,
    asks_to_collect_in_person,
    says_there_is_no_place,
)
from graph.reasoning.offline.several_asks import separate_asks
from graph.reasoning.offline.steps_taken import steps_taken
from graph.reasoning.offline.troubleshooting import for_when_it_did_not_come, says_it_did_not_come
from graph.reasoning.places import with_zones, zone_name_and_code, zones_named
from graph.reasoning.policy_named import asks_named_policy
from graph.reasoning.text_norm import GIFT_CARD
from graph.state import PassageRef

_STOP = set(
    ["a", "an", "the", "i", "my", "me", "you", "your", "we", "our", "is", "are", "was", "were", "be", "to", "of", "in", "on", "for", "and", "or", "it", "this", "that", "with", "at", "by", "do", "does", "did", "can", "could", "would", "should", "will", "how", "what", "when", "where", "why", "which", "who", "please", "hi", "hello", "thanks", "thank", "there", "have", "has", "had", "get", "got", "just", "so", "if", "not", "no", "yes"]
)
MIN_WORDS = 4
SECOND_SENTENCE_SHARE = 0.9  # of the best sentence's score, for a second sentence from another section
MAX_ROWS_QUOTED = 6  # a table no longer than this is quoted whole when the question picks none of its rows
ROW_MARGIN = 0.05  # how much closer than the table's other rows a second row must be to be quoted as well
LEXICAL_WEIGHT = 1.0  # meaning (cosine, ~0.2-0.6) and character overlap (share of the question, 0-1) together


# Irregular forms customers write for the words articles use: "shoes I wore once" is about worn (unworn) goods.
_SAME_WORD = {"wore": "worn", "wear": "worn", "wearing": "worn", "wears": "worn", "washed": "wash", "washing": "wash",
              "bought": "buy", "buying": "buy", "paid": "pay", "paying": "pay", "sent": "send", "sending": "send",
              "tried": "try", "trying": "try", "using": "use", "used": "use", "uses": "use", "redeem": "use",
              "broke": "broken", "broken": "broken", "tore": "torn", "ripped": "torn",
              # British words for the articles' American ones: "do I get the postage back?"
              "postage": "shipping", "parcel": "package",
              # what customers call the import duties the articles speak of: "will I be charged customs?"
              "customs": "duties", "duty": "duties",
              # a place to go, whatever it is called: "to a shop" is answered by "there is no store"
              "shop": "store", "shops": "store", "stores": "store", "boutique": "store", "outlet": "store",
              # the articles' carrier, as customers call it: "what courier do you use in the UK?"
              "courier": "carrier", "couriers": "carrier",
              # goods the articles speak of by their kind: "can I return shoes I tried on?" is about footwear
              **dict.fromkeys(FOOTWEAR, "footwear")}


# A gift card is a thing of its own, not a gift: "return an item I got as a gift" is not answered by "gift cards
# cannot be returned" (the word is read as the articles' other name for it, which no gift shares).
_GIFT_CARD = re.compile(rf"\b(?:{GIFT_CARD})\b")


# "How much is it?" asks what it costs: the word the articles' rate tables use ("Standard: cost $12.95, ...").
_HOW_MUCH = re.compile(r"\bhow much\b")
# "How long does shipping take?" asks for a delivery time: the word the articles' rate tables use ("Delivery time:
# 3-5 business days"), as "how much" asks for their cost. Only of a delivery: "how long does a refund take?" is
# answered by when refunds are issued, not by the table of each card's time.
_HOW_LONG = re.compile(r"\bhow (?:long|many (?:business |working )?days)\b")
_A_DELIVERY = re.compile(r"\b(?:ship|shipping|shipped|deliver\w*|arriv\w*|express|standard|post|postage|get\s+(?:here|to))\b")
# "Can I check out without an account?" is the articles' "checkout" ("Guest checkout and order history").
_CHECK_OUT = re.compile(r"\bcheck(?:ing|ed|s)?[\s-]+out\b")
# "pick up my order" is the articles' "pickup point", a word of its own once joined.
_PICK_UP = re.compile(r"\bpick(?:ing|ed|s)?[\s-]+(?:(?:it|them|my \w+|the \w+|an? \w+)\s+)?up\b")


def _words(text: str) -> set[str]:
    text = _PICK_UP.sub(" pickup ", _GIFT_CARD.sub(" voucher ", text.lower()))
    text = _CHECK_OUT.sub(" checkout ", text)
    text = _HOW_MUCH.sub(" cost ", text)
    if _A_DELIVERY.search(text):
        text = _HOW_LONG.sub(" time ", text)
    return {_SAME_WORD.get(w, w) for w in re.findall(r"[a-z0-9]+", text) if w not in _STOP and len(w) > 2}


SHORT_WORD = 3  # letters: a word this short is another word's start, not any part of it ("use" is no "warehouse")


def _mentions(word: str, sentence_words: set[str]) -> bool:
    """A question word is in a sentence when one contains the other ("worn" / "unworn", "return" / "returns"); a
    short word only when it starts the other ("use" / "used", not "warehouse"; "tag" / "tags", not "postage")."""
    if len(word) <= SHORT_WORD:
        return any(w.startswith(word) for w in sentence_words)
    return any(word in w or (len(w) > SHORT_WORD and w in word) for w in sentence_words)


def _overlaps(question: str, sentences: list[str], title: str = "") -> list[float]:
    """Per sentence, the share of the question's content words it mentions, each word weighted by how rare
    it is among the passage's sentences (a word every sentence has, like "return" in the returns article,
    says nothing about which sentence answers). `title`: the article's; the place it names is what every
    sentence is about ("United Kingdom" in the UK shipping article), which says nothing about which sentence answers
    either (its other words may: "store credit" in "Store credit and gift card refunds")."""
    words = [_words(s) for s in sentences]
    asked = _words(question) - _words(" ".join(zones_named(title)))
    hits = {w: [_mentions(w, ws) for ws in words] for w in asked}
    weight = {w: math.log(1 + len(sentences) / (1 + sum(found))) for w, found in hits.items() if any(found)}
    total = sum(weight.values()) or 1.0
    return [sum(weight[w] for w in weight if hits[w][i]) / total for i in range(len(sentences))]


def shares_a_word(question: str, text: str) -> bool:
    """Whether the text mentions any content word of the question (or a word of the same root)."""
    said = _words(text)
    return any(_mentions(word, said) for word in _words(question))


# A pointer to another part of the article ("(see the rates above)", "...; see below)"): a sentence quoted alone has
# nothing above or below it.
_POINTER_ALONE = re.compile(r"\s*\(see\s+(?:the\s+\w+\s+)?(?:above|below)\)", re.IGNORECASE)
_POINTER_AFTER = re.compile(r";\s*see\s+(?:the\s+\w+\s+)?(?:above|below)\)", re.IGNORECASE)


def _finish(sentence: str) -> str:
    sentence = _POINTER_AFTER.sub(")", _POINTER_ALONE.sub("", sentence))
    sentence = sentence.strip().strip("-*").strip()
    if not sentence:
        return sentence
    sentence = sentence[0].upper() + sentence[1:]
    return sentence if sentence[-1] in ".!?" else sentence + "."


def _sections(text: str) -> list[tuple[str, str]]:
    """(heading, body) pairs of a Markdown passage; text before the first heading has an empty heading."""
    found: list[tuple[str, str]] = []
    heading, body = "", []
    for line in text.splitlines():
        match = re.match(r"^#+\s+(.*)$", line.strip())
        if match:
            found.append((heading, "\n".join(body)))
            heading, body = match.group(1).strip(), []
        else:
            body.append(line)
    found.append((heading, "\n".join(body)))
    return [(h, b) for h, b in found if b.strip()]


MAX_TABLE_ROWS = 5  # a short table (rates by region or method) is read row by row; a size chart is quoted whole


def _cells(line: str) -> list[str]:
    return [cell.strip() for cell in line.strip().strip("|").split("|")]


def first_table(text: str) -> list[str]:
    """The lines of a passage's first Markdown table (a passage may hold several sections)."""
    lines, started = [], False
    for line in text.splitlines():
        if line.strip().startswith("|"):
            lines.append(line)
            started = True
        elif started:
            break
    return lines


def _table_sentences(rows: list[str]) -> list[str]:
    """Each row of a short Markdown table as a sentence: "Standard: cost $12.95, delivery time 6-10 business days,
    carrier DHL." (the first cell names the row, the header names the rest)."""
    data = [row for row in rows[2:] if not re.fullmatch(r"[\s|:-]+", row)]
    if len(rows) < 3 or not data or len(data) > MAX_TABLE_ROWS:
        return []
    header = _cells(rows[0])
    sentences = []
    for row in data:
        cells = _cells(row)
        name = cells[0][:1].upper() + cells[0][1:]
        if len(header) == 2 and len(cells) > 1 and cells[1]:  # one value: "PayPal (time after ...): 3-5 business days"
            sentences.append(f"{name} ({header[1].lower()}): {cells[1]}.")
            continue
        rest = [f"{name.lower()} {value}" for name, value in zip(header[1:], cells[1:], strict=False) if value]
        sentences.append(f"{cells[0]}: {', '.join(rest)}." if rest else "")
    return [sentence for sentence in sentences if sentence]


_STEP = re.compile(r"^\d{1,2}[.)]\s+")  # a numbered step: "1. Go to ...", "2) Choose ..."


def _lead_in(parts: list[str], heading: str) -> str:
    """The lead-in of a list folded into one sentence: the block's last sentence when it ends in a colon (taken from
    `parts`), else the section heading ("Steps:")."""
    if parts and parts[-1].rstrip(".").endswith(":"):
        return parts.pop().rstrip(".")
    return f"{heading.rstrip('?.!:')}:" if heading else ""


def _block_parts(block: str, heading: str) -> tuple[list[str], dict[str, tuple[str, list[str]]]]:
    """The block's sentences, and for the one its bullet list became, that list's lead-in and items."""
    stripped = [line.strip() for line in block.strip().splitlines() if line.strip()]
    table = [line for line in stripped if line.startswith("|")]
    lines = [line for line in stripped if not line.startswith("|")]
    bullets = [re.sub(r"^[-*•]\s+", "", line) for line in lines if re.match(r"^[-*•]\s+", line)]
    steps = [re.sub(_STEP, "", line) for line in lines if _STEP.match(line)]
    prose = " ".join(line for line in lines if not re.match(r"^[-*•]\s+", line) and not _STEP.match(line))
    parts = [_finish(p) for p in re.split(r"(?<=[.!?])\s+", prose) if p]
    if len(steps) > 1:
        # Numbered steps are one thought, in their order: a step quoted alone ("Choose the items and a reason") is a
        # fragment of a process, and two of them out of order were quoted for "what's the process for returning?".
        lead = _lead_in(parts, heading)
        numbered = "; ".join(f"{n}) {step.rstrip('.;')}" for n, step in enumerate(steps, start=1))
        parts.append(_finish(f"{lead} {numbered}".strip()))
    lists: dict[str, tuple[str, list[str]]] = {}
    if bullets:
        # A list is one thought: it joins its lead-in sentence, or the section heading when it has none.
        lead = _lead_in(parts, heading)
        items = [b.rstrip(".;") for b in bullets]
        folded = _finish(f"{lead} {'; '.join(items)}".strip())
        parts.append(folded)
        lists[folded] = (lead, items)
    return parts + _table_sentences(table), lists


def _block_sentences(block: str, heading: str) -> list[str]:
    return _block_parts(block, heading)[0]


def _lists(text: str, title: str = "") -> dict[str, tuple[str, list[str]]]:
    """Each folded bullet list of a passage (as `article_sections` gives it) with its lead-in and items."""
    found: dict[str, tuple[str, list[str]]] = {}
    for heading, body in _sections(text):
        for block in re.split(r"\n\s*\n", body):
            found.update(_block_parts(block, heading or title)[1])
    return found


def article_sections(text: str, title: str = "") -> list[tuple[str, str]]:
    """(heading, whole sentence) for every sentence of a Markdown passage; headings dropped, bullet lists folded
    into one sentence (under the article's title when they have no heading), a short table's rows made sentences
    and a long one (a size chart) left to be quoted whole."""
    found = []
    for heading, body in _sections(text):
        heading = heading or title
        for block in re.split(r"\n\s*\n", body):
            found += [(heading, sentence) for sentence in _block_sentences(block, heading)]
    return [(h, s) for h, s in found if len(s.split()) >= MIN_WORDS]


def _table_rows(text: str) -> set[str]:
    """The sentences of a passage made from table rows: each row is about its own key (a region, a method)."""
    rows: set[str] = set()
    for _, body in _sections(text):
        for block in re.split(r"\n\s*\n", body):
            rows.update(_table_sentences([line.strip() for line in block.splitlines() if line.strip().startswith("|")]))
    return rows


def article_sentences(text: str, title: str = "") -> list[str]:
    return [sentence for _, sentence in article_sections(text, title)]


# Help-center sentences are fixed content (~1,100 in the demo help center): kept here for the process's
# life, they no longer fill the 1,024-entry query LRU that customer messages share, where every turn
# evicted and re-encoded them. Bounded so an unusually large help center cannot grow it without limit.
MAX_SENTENCE_VECTORS = 20_000
_sentence_vectors: dict[str, np.ndarray] = {}


def _vectors(texts: list[str]) -> np.ndarray:
    from tools.knowledge.query_vectors import minilm_vectors

    return minilm_vectors(texts)


def _help_sentence_vectors(texts: list[str]) -> np.ndarray:
    missing = [t for t in dict.fromkeys(texts) if t not in _sentence_vectors]
    if missing:
        encoded = _vectors(missing)
        if len(_sentence_vectors) + len(missing) > MAX_SENTENCE_VECTORS:
            _sentence_vectors.clear()
        _sentence_vectors.update(zip(missing, encoded, strict=True))
    return np.stack([_sentence_vectors[t] for t in texts])


def _read_with_headings(sections: list[tuple[str, str]]) -> list[str]:
    """Each sentence as the encoder reads it: with its heading ("Condition: Items must be ...")."""
    return [f"{h}: {s}" if h else s for h, s in sections]


_FOLDED_STEPS = re.compile(r"(?:^|:\s)1\)\s(?=.*;\s2\)\s)")


def steps_in(sentence: str) -> list[str]:
    """The steps of a numbered list folded into one sentence (`_block_parts`), each as said; none for another."""
    found = _FOLDED_STEPS.search(sentence)
    if not found:
        return []
    return [_finish(step) for step in re.split(r";\s\d{1,2}\)\s", sentence[found.end():]) if step.strip()]


def _read_with_steps(sections: list[tuple[str, str]]) -> list[str]:
    """The steps of each folded numbered list, each read with its heading as a sentence is."""
    return _read_with_headings([(h, step) for h, s in sections for step in steps_in(s)])


def help_sentence_texts(text: str, heading: str = "") -> list[str]:
    """What `_meanings` encodes for a help-center passage."""
    sections = article_sections(text, heading)
    return _read_with_headings(sections) + _read_with_steps(sections)


def warm_help_sentences(chunks: list[tuple[str, str]]) -> int:
    """Encode the sentences of every help-center chunk ((text, heading or title) pairs) before the first
    customer: a serving worker otherwise pays for them inside its first hundreds of turns (measured: a
    quarter of the texts a fresh process encoded over 200 held-out turns). Returns how many were encoded."""
    texts = list(dict.fromkeys(t for text, heading in chunks for t in help_sentence_texts(text, heading)))
    missing = [t for t in texts if t not in _sentence_vectors]
    if missing:
        _help_sentence_vectors(missing)
    return len(missing)


def _meanings(question: str, sections: list[tuple[str, str]]) -> list[float]:
    """MiniLM cosine of each sentence to the question. Each sentence is read with its heading
    ("Condition: Items must be ..."): the heading says what it is about."""
    asked = _vectors([question])[0]
    sentences = _help_sentence_vectors(_read_with_headings(sections))
    meanings = [float(m) for m in sentences @ asked]
    # Numbered steps are as close as their closest step: the whole list, long, reads as none of them ("how do I
    # start a return?" is step 1's question)
    for i, (heading, sentence) in enumerate(sections):
        steps = steps_in(sentence)
        if steps:
            said = _help_sentence_vectors(_read_with_headings([(heading, step) for step in steps]))
            meanings[i] = max(meanings[i], float(max(said @ asked)))
    return meanings


# What kind of answer a question wants, and how a sentence that gives one looks: "how long does shipping take?" is
# answered by a duration, "how much is express?" by an amount (a sentence on the same topic without one does not).
_ANSWER_TYPES = (
    (re.compile(r"\bhow (long|many (business )?days|many weeks|fast|quick(ly)?|soon)\b|\bwhen (will|would|does|do|can)\b",
                re.IGNORECASE),
     re.compile(r"\b\d+(\s*(-|to)\s*\d+)?\s+(business |working )?(days?|weeks?|hours?|minutes?)\b|\bsame day\b",
                re.IGNORECASE)),
    # ...and so is "do I have to pay for return postage?", "will I be charged?", "is it free?"
    (re.compile(r"\bhow much\b|\b(costs?|price|fee|charged?|free)\b|\bpay(ing)? for\b|\b(have|need) to pay\b",
                re.IGNORECASE),
     # nothing to pay is an amount too: "will I be charged customs?" is answered by "included in the price"
     re.compile(r"[$€£]\s?\d|\b\d+(\.\d+)?\s?(usd|eur|gbp|%)|\bfree\b|\bnothing to pay\b|\bno (extra )?(charge|cost)\b|"
                r"\bat no cost\b|\bincluded in the price\b", re.IGNORECASE)),
    # "why isn't my code working?", "my code says invalid": the reasons a thing fails, not what it is
    (re.compile(r"\bwhy\b|\b(isn'?t|is not|not|doesn'?t|does not|won'?t|will not|didn'?t|did not)\s+"
                r"(work|working|valid|apply|applying|go(ing)? through|accepted)\b|\binvalid\b|\brejected\b",
                re.IGNORECASE),
     re.compile(r"\breasons?\b|\bbecause\b|\bdue to\b", re.IGNORECASE)),
    # "what payment methods do you take?", "which countries do you ship to?": the things asked for are a list, the
    # sentence a bullet list became ("Accepted: Visa, ...; PayPal; ...")
    (re.compile(r"\b(?:what|which)\s+(?:\w+\s+)?(?:methods|options|ways|cards|kinds|types|colou?rs|sizes|countries|"
                r"carriers|codes|materials)\b", re.IGNORECASE),
     re.compile(r"^[^:;]{1,60}:\s[^;]+(?:;[^;]+){2,}$")),
    # "how do I return something?": what to do, a sentence that tells the customer to do it ("Go to ..."); so do
    # "how do returns work?" and "what's the process?": the steps
    (re.compile(r"\bhow (do|can|should|would) (i|we|you)\b|\bwhere do i\b|\bhow (?:do|does) (?:\w+\s){1,3}work\b|"
                r"\b(?:process|procedure)\b|\bwhat (?:are )?the steps\b|^steps to\b", re.IGNORECASE),
     re.compile(r"^(?:[^:;]{1,60}:\s1\)\s+)?(?:\d+\.\s+)?(enter|go|click|tap|choose|select|sign|use|print|drop|pack|add|open|send|reply|"
                r"email|follow|visit|forward|check|request|tell)\b", re.IGNORECASE)),
)
ANSWER_TYPE_BONUS = 0.6  # on the meaning (0.2-0.7) + overlap (0-1) scale: a sentence without the answer rarely is one
STEP_TAKEN_PENALTY = 1.2  # twice the bonus: a step already taken is quoted only when nothing else is near at all
NO_PLACE_PENALTY = 0.6  # the same scale: a sentence saying there is no store, for a question about no place to go


def _answer_type_bonus(question: str, sentence: str) -> float:
    return sum(ANSWER_TYPE_BONUS for asks, gives in _ANSWER_TYPES if asks.search(question) and gives.search(sentence))


# The doing words of a step and of an instruction: two steps are the same when they share what they are done to.
_DOING = {"check", "checked", "checking", "click", "clicked", "try", "tried", "use", "used", "request", "requested",
          "reset", "resetting", "clear", "cleared", "update", "updated", "enter", "entered", "contact", "send", "sent",
          "twice", "again", "already", "times"}


INSTRUCTION_OBJECT_WORDS = 5


def _tells_to_do_again(sentence: str, done: list[set[str]]) -> bool:
    """The sentence tells the customer to do something (_WHAT_TO_DO) to a thing a step they took was done to: what it is
    done to is said right after the verb ("Check spam and promotions folders"; not "Check that the billing address
    matches the one your card is registered to" to a customer who tried three cards)."""
    told = _WHAT_TO_DO.match(sentence)
    if not told:
        return False
    said = _words(" ".join(sentence[told.end():].split()[:INSTRUCTION_OBJECT_WORDS])) - _DOING
    return any(_mentions(word, said) for step in done for word in step)


def _done_to(steps: list[str]) -> list[set[str]]:
    """What each step the customer says they took was done to: its words less the doing words."""
    return [_words(step) - _DOING for step in steps]


def repeats_a_step_taken(sentence: str, steps: list[str]) -> bool:
    """The sentence tells the customer to do again one of the steps they say they took (steps_taken.py)."""
    return _tells_to_do_again(sentence, _done_to(steps))


def _sentence_scores(question: str, sections: list[tuple[str, str]], title: str = "") -> list[float]:
    """Meaning plus word overlap of each sentence to the question, and a bonus for a sentence that gives the kind
    of answer asked for (a duration, an amount, what to do)."""
    meaning = _meanings(question, sections)
    sentences = [sentence for _, sentence in sections]
    # a word of the heading is said, less loudly, by each sentence under it ("Forgot to use a code?" over "We
    # can't add a code to a placed order..."): a word every heading of the passage shares weighs nothing (_overlaps)
    headed = _overlaps(question, [f"{heading} {sentence}" for heading, sentence in sections], title)
    lexical = [(own + under) / 2 for own, under in zip(_overlaps(question, sentences, title), headed, strict=True)]
    # "We have no shops, so a return can't be taken to a store" shares every word of "I want to return something"
    # but answers only a question about a place to go
    in_person = asks_about_a_place_to_go(question)
    # ...and to "can I pick up my order instead?" it is the answer: whether there is a place to collect from
    collecting = asks_to_collect_in_person(question)
    # "...but never got the email": the section for when it did not come ("No email?") answers (troubleshooting.py)
    not_come = says_it_did_not_come(question)
    # "Checked spam, nothing there": "Check spam and promotions folders" tells them what they did (steps_taken.py)
    done = _done_to(steps_taken(question))
    return [meaning[i] + LEXICAL_WEIGHT * lexical[i] + _answer_type_bonus(question, sentences[i])
            + (ANSWER_TYPE_BONUS if not_come and for_when_it_did_not_come(sections[i][0]) else 0.0)
            - (STEP_TAKEN_PENALTY if done and _tells_to_do_again(sentences[i], done) else 0.0)
            - (NO_PLACE_PENALTY if not in_person and says_there_is_no_place(sentences[i]) else 0.0)
            + (ANSWER_TYPE_BONUS if collecting and says_there_is_no_place(sentences[i]) else 0.0)
            for i in range(len(sections))]


def best_sentences(question: str, passage_text: str, limit: int = 2, title: str = "", about: str = "",
                   row_named: str | None = None) -> list[str]:
    """Up to `limit` sentences that answer the question best, in document order. `title`: the lead-in of the passage's
    lists (its heading); `about`: the article's own title, when it is another; `row_named`: the key of the table row the
    customer's own data picks (the way their order paid), which stands for the table's rows quoted."""
    sections = article_sections(passage_text, title)
    sentences = [sentence for _, sentence in sections]
    lists = _lists(passage_text, title)
    if len(sentences) <= limit:
        return [_one_item(question, s, lists, h) if s in lists else s for h, s in sections]
    asked = question
    place = f"{title} {about}"
    # "ship to ireland": read beside the European Union, whose row answers it. Not in an article about that place:
    # there every sentence is about it, and a sentence that names it ("Standard shipping to the United Kingdom is
    # free...") was quoted for "will I be charged customs if I order to the UK?" over the one on duties.
    if not set(zones_named(question)) <= set(zones_named(place)):
        question = with_zones(question)
    scores = _sentence_scores(question, sections, place)
    ranked = sorted(range(len(sentences)), key=lambda i: -scores[i])[:limit]
    # A further sentence must answer too: nearly as close as the best, or from the best one's own section (a passage
    # may join several sections of its article, and the runner-up of an unrelated one is noise). A further row of
    # a table must instead stand out from the rows left: each row is about its own key, and one no closer than the
    # rest was not asked about ("express to California" is the United States row, not Australia's as well; "to
    # Canada and the UK" is both).
    rows = _table_rows(passage_text)
    best = ranked[0]
    left = [scores[i] for i, sentence in enumerate(sentences) if sentence in rows and i not in ranked]

    def answers_too(i: int) -> bool:
        if sentences[i] in rows and sentences[best] in rows:
            return scores[i] - max(left, default=0) >= ROW_MARGIN
        return scores[i] >= SECOND_SENTENCE_SHARE * scores[best] or sections[i][0] == sections[best][0]

    kept = [i for i in ranked if i == best or answers_too(i)]
    # Rows the question names by their key ("to Canada", "to Scotland": the United Kingdom) are the rows it asks
    # about: those, and no row that is only close to them ("United States" beside "United Kingdom").
    named = [i for i, sentence in enumerate(sentences)
             if sentence in rows and re.search(rf"\b{re.escape(_row_key(sentence))}\b", question, re.IGNORECASE)]
    if named:
        kept = [i for i in kept if sentences[i] not in rows] + named
        kept = sorted(kept, key=lambda i: -scores[i])[:limit]
    elif sentences[best] in rows and not zones_named(asked):
        # ...and a question that names no row's key, nor a word of one, nor a place picks no row: "how much is express
        # shipping?" got the European Union's row alone, the nearest by a hair. The table whole answers it, when it
        # is short. ("how long until I see my refund on my card" picks the card's row by its word.)
        table = [i for i, sentence in enumerate(sentences) if sentence in rows and sections[i][0] == sections[best][0]]
        picked = any(shares_a_word(_row_key(sentences[i]), asked) for i in table)
        if len(table) <= MAX_ROWS_QUOTED and not picked:
            kept = [i for i in kept if sentences[i] not in rows] + table
    kept = _with_the_place_asked(asked, sentences, scores, kept, limit, place)
    kept = _with_the_period_asked(asked, sentences, scores, kept, limit)
    # (the customer's own words come first: "I paid with PayPal" keeps PayPal's row whatever the order shows)
    kept = kept if named else _with_the_row_named(row_named, sentences, rows, kept)
    return [_one_item(asked, sentences[i], lists, sections[i][0]) if sentences[i] in lists else sentences[i]
            for i in sorted(_with_their_answers(kept, sections))]


def _with_the_place_asked(question: str, sentences: list[str], scores: list[float], kept: list[int],
                          limit: int, title: str = "") -> list[int]:
    """A question that names a shipping zone ("I'm in the UK, how do returns work for me?") is answered by a sentence
    that names it ("For other regions our prepaid label costs: UK: $7.95 ..."), when the sentences kept name none of
    it (only "Returns are free in the United States and Canada"): the best of those goes first. Not in an article
    about that place (its title names it): every sentence there is about it."""
    found = [zone_name_and_code(zone) for zone in zones_named(question)]
    if not found:
        return kept
    # the zone's name in any case, its code in capitals only ("US", never the "us" of "contact us")
    pattern = re.compile("|".join(rf"\b(?i:{re.escape(name)})\b" + (rf"|\b{re.escape(code)}\b" if code else "")
                                  for name, code in found))
    if pattern.search(title) or any(pattern.search(sentences[i]) for i in kept):
        return kept
    return _best_first([i for i, sentence in enumerate(sentences) if pattern.search(sentence)], scores, kept, limit)


def _best_first(candidates: list[int], scores: list[float], kept: list[int], limit: int) -> list[int]:
    """The best-scored of the candidate sentences first, then the ones kept, up to `limit`; the kept ones as they are
    when there is no candidate."""
    if not candidates:
        return kept
    best = max(candidates, key=lambda i: scores[i])
    return [best, *[i for i in kept if i != best]][:limit]


def _with_the_row_named(row_named: str | None, sentences: list[str], rows: set[str], kept: list[int]) -> list[int]:
    """Rows quoted from a table, and the customer's data names one of its rows ("how much was my refund?" from an order
    paid by PayPal): that row stands for them. Kept as they are when no row's key is the one named."""
    if not row_named or not any(sentences[i] in rows for i in kept):
        return kept
    own = [i for i, sentence in enumerate(sentences) if sentence in rows and _row_key(sentence) == row_named.lower()]
    return [i for i in kept if sentences[i] not in rows] + own if own else kept


# How long ago the customer bought or got the goods, or how long it has been: "bought it 5 weeks ago", "it's been 40
# days", "got it a month ago", "after two weeks".
_NUMBER = r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+couple\s+of|a\s+few|several)"
_PERIOD_TOLD = re.compile(
    rf"\b{_NUMBER}\s+(?:days?|weeks?|months?)\s+(?:ago|back|later|after|since)\b|"
    rf"\b(?:it'?s|it\s+has|it'?s\s+been|been|after|over|more\s+than|almost|nearly)\s+(?:been\s+)?{_NUMBER}\s+"
    r"(?:days?|weeks?|months?)\b|\blast\s+month\b", re.IGNORECASE)
# A sentence that states a period: "within 30 days of delivery", "within 3 business days"
_PERIOD_STATED = re.compile(r"\b\d+\s+(?:business\s+)?days?\b|\b\d+-day\b", re.IGNORECASE)
_WINDOW_STATED = re.compile(r"\b\d+\s+(?:business\s+)?(?:days?|hours?|minutes?)\b|\b\d+-(?:day|hour|minute)\b",
                            re.IGNORECASE)


def _with_the_period_asked(question: str, sentences: list[str], scores: list[float], kept: list[int],
                           limit: int) -> list[int]:
    """A question that tells how long ago the goods came ("bought a jacket 5 weeks ago, never wore it, tags still on,
    can I still return it?") hinges on the article's period ("within 30 days of delivery"), when the sentences kept
    state none (only the conditions, "unworn, with the original tags", which its other words were nearest): the best
    sentence that states one goes first. So does a policy asked for by its name ("what is your exchange policy?"): its
    window is its first rule, and the sentences nearest the policy's name were the rest ("Each item can be exchanged
    once", "Exchanges are free in the United States and Canada")."""
    told = _PERIOD_TOLD.search(question)
    if not told and not asks_named_policy(question):
        return kept
    stated = _PERIOD_STATED if told else _WINDOW_STATED  # a policy's window may be in hours ("within 60 minutes")
    if any(stated.search(sentences[i]) for i in kept):
        return kept
    return _best_first([i for i, sentence in enumerate(sentences) if stated.search(sentence)], scores, kept, limit)


# A question that can be answered yes or no, after any @handles and greeting: "@Shop hi, do you take Klarna?"
_YES_NO = re.compile(r"^\W*(?:@\w+\W*)*(?:(?:hi|hey|hello|hiya|ok|so|and|also)\b\W*)*"
                     r"(?:can|could|do|does|did|is|are|will|would|may|should|am|have|has)\b", re.IGNORECASE)
MIN_LIST_ITEMS = 3
ITEM_MARGIN = 0.6  # how much closer than every other item the one asked about must be (same scale as the scores)


def _one_item(question: str, sentence: str, lists: dict[str, tuple[str, list[str]]], heading: str) -> str:
    """A yes/no question about one thing a list names ("do you take Klarna?", "can I return socks?") is answered
    by that item under the list's lead-in, not by the whole list. A question for the list itself ("which cards do
    you take?"), or one that no item answers clearly better than the rest, keeps it whole."""
    lead, items = lists[sentence]
    if len(items) < MIN_LIST_ITEMS or not _YES_NO.search(question):
        return sentence
    asked = re.sub(r"@\w+", " ", question)  # "@NorthboundCo" is no word of the "Northbound gift cards" item
    scores = _sentence_scores(asked, [(heading, _finish(f"{lead} {item}")) for item in items])
    best, runner_up = sorted(scores, reverse=True)[:2]
    if best - runner_up < ITEM_MARGIN:
        return sentence
    return _finish(f"{lead} {items[scores.index(best)]}")


# A sentence that leans on the one before it ("After that, contact us...", "Otherwise, ...", "This takes ..."), or
# speaks of the rest of what that one named ("For other regions our prepaid label costs: ...", "Elsewhere the return
# label fee for your region applies": quoted alone, it hid that returns are free in the US and Canada).
_LEANS_BACK = re.compile(r"^(?:after that|after this|then|otherwise|if not|if so|in that case|this|that|these|those|"
                         r"elsewhere|for (?:all )?other|in (?:all )?other|for the rest|everywhere else)\b", re.IGNORECASE)


# A sentence that says what to do: "Contact us from the account email...", "Click 'Forgot password'...".
_WHAT_TO_DO = re.compile(r"^(?:contact|click|tap|go|choose|send|tell|check|email|e-mail|reply|use|enter|sign|request|"
                         r"forward|print|pack|drop|call|visit|open|select|write|message)\b", re.IGNORECASE)


def _with_their_answers(kept: list[int], sections: list[tuple[str, str]]) -> set[int]:
    """A sentence the article asks ("Signed up through checkout as a guest?") leads into the one after it, in
    its section: quoted with it, or not at all when no answer follows. One that leans on the sentence before it
    ("After that, contact us with your order number") is quoted after that sentence, when it is in its section.
    The best sentence, when it only states a rule ("Too many sign-in attempts lock an account"), is quoted with the
    next sentence of its section when that one says what to do ("Contact us from the account email...")."""
    chosen = set(kept)
    best = kept[0] if kept else None
    if (best is not None and best + 1 < len(sections) and sections[best + 1][0] == sections[best][0]
            and not _WHAT_TO_DO.match(sections[best][1]) and _WHAT_TO_DO.match(sections[best + 1][1])):
        chosen.add(best + 1)
    for i in kept:
        if _LEANS_BACK.match(sections[i][1]) and i > 0 and sections[i - 1][0] == sections[i][0]:
            chosen.add(i - 1)
    for i in kept:
        # ...and the sentence after such a question answers it: never quoted without it ("Signed up through
        # checkout as a guest? Create an account with the same email.")
        if i > 0 and sections[i - 1][0] == sections[i][0] and sections[i - 1][1].rstrip().endswith("?"):
            chosen.add(i - 1)
    for i in kept:
        if sections[i][1].rstrip().endswith("?"):
            if i + 1 < len(sections) and sections[i + 1][0] == sections[i][0]:
                chosen.add(i + 1)
            elif len(chosen) > 1:
                chosen.discard(i)
    return chosen


def _row_key(row_sentence: str) -> str:
    """The key of a table row made a sentence ("United Kingdom" of "United Kingdom: standard $9.95 ...", "PayPal" of
    "PayPal (time after we issue the refund): 3-5 business days"), lower-case."""
    return re.sub(r"\s*\([^()]*\)$", "", row_sentence.split(":", 1)[0].strip()).lower()


def closest_sentence(question: str, passage: PassageRef) -> float | None:
    """How close in meaning (MiniLM cosine) the passage's closest sentence is to the question: a chunk can be
    near a question as a whole (same topic words) while none of its sentences says anything about it."""
    sections = article_sections(passage.get("text", ""), passage.get("heading") or passage.get("title") or "")
    if not sections:
        return None  # nothing to read sentence by sentence (a table alone)
    return max(_meanings(question, sections))


def cite(passage: PassageRef, language: str = "en") -> str:
    title = passage.get("title") or passage.get("doc_id", "")
    url = passage.get("url")
    if url:
        return phrases.say("source", language, title=title, url=url)
    return phrases.say("source_no_url", language, title=title)


# Cosine of an ask and the sentence quoted for it: answers read 0.39-0.77 ("do I need the tags on?" and the condition
# list, 0.39), the nearest sentence of an article about something else 0.05-0.32.
ASK_ANSWER_MEANING = 0.4
ASK_ANSWER_SHARING_A_WORD = 0.3  # ...or this near, naming a thing the ask names ("tags")


def _answers_the_ask(ask: str, sentence: str, heading: str = "") -> bool:
    """Whether the sentence answers the ask: near it in meaning, or the sentence of a section whose heading the ask
    names in full ("whats the return window" and "Return window": "You can return items within 30 days of delivery"
    reads 0.27 from it, the encoder seeing no window in "within 30 days")."""
    heading_words, asked = _words(heading), _words(ask)
    if heading_words and all(_mentions(word, asked) for word in heading_words):
        return True
    meaning = _meanings(ask, [("", sentence)])[0]
    return meaning >= ASK_ANSWER_MEANING or (meaning >= ASK_ANSWER_SHARING_A_WORD and shares_a_word(ask, sentence))


def _said_in(sentence: str, chosen: list[str]) -> bool:
    """The sentence, or the item of a list it is ("Accepted: Klarna (4 interest-free payments)."), is already quoted."""
    said = sentence.split(": ", 1)[-1].rstrip(".")
    return any(said in other for other in chosen)


def answer_from_passage(question: str, passage: PassageRef, language: str = "en", limit: int = 2,
                        several: bool = True, row_named: str | None = None) -> str:
    """The sentences that answer the question, then the article's link on a line of its own. `several`: the question
    is the customer's, whose asks may be several (not one asked in the help center's words)."""
    # A chunk's heading is stored beside its text: it is the lead-in of a list that has none of its own.
    lead_in = passage.get("heading") or passage.get("title") or ""
    text, about = passage.get("text", ""), passage.get("title") or ""
    chosen = best_sentences(question, text, limit, lead_in, about=about, row_named=row_named)
    asks = separate_asks(question) if several else [question]
    if len(asks) > 1:  # each ask its nearest sentence too, when the question's as a whole left it out (several_asks.py)
        headings = {sentence: heading for heading, sentence in article_sections(text, lead_in)}
        for ask in asks:
            nearest = [s for s in best_sentences(ask, text, 1, lead_in, about=about, row_named=row_named)
                       if not _said_in(s, chosen)][:1]
            # only one that answers it: the nearest sentence of an article about something else is noise ("should I
            # size up or down?" is no ask the "Order the one you think fits best" line answers, 0.05)
            chosen += [s for s in nearest if _answers_the_ask(ask, s, headings.get(s, ""))]
    body = " ".join(chosen)
    note = phrases.say("article_in_english", language)
    lead = f"{note} " if note else ""
    return f"{lead}{body}\n{cite(passage, language)}".strip()


# How much nearer another passage's sentence must be to an ask than the sentences quoted already, to be the ask's
# answer: "We don't offer gift wrapping or gift boxes: every order ships..." reads 0.53 from "do you ship to PO boxes?"
# (boxes, ships), the overview's "Standard shipping can be delivered to PO boxes" 0.68.
ASK_BETTER_BY = 0.1
# ...and how near it must be at least: a sentence of an article about something else reads up to about 0.46 from an ask
# ("also do you ship to Minneapolis?" to the lost-parcel article's "Reply to your shipping confirmation", 0.43)
OTHER_ASK_MEANING = 0.55


def answers_in_other_passages(question: str, answered: str, passages: list[PassageRef]) -> list[tuple[str, PassageRef]]:
    """For each ask of a message of several that the sentences quoted from one passage leave unanswered, the nearest
    sentence of another of `passages` (the quoted one left out) that answers it, with that passage ("do you ship to PO boxes? also can i get it gift
    wrapped?": the gift article answered the wrapping, and the PO boxes went unanswered beside it; the shipping
    overview says both). None for a message that asks one thing."""
    asks = separate_asks(question)
    if len(asks) < 2:
        return []
    said = [s for s in re.split(r"(?<=[.!?])\s+", answered) if s.strip()]
    found: list[tuple[str, PassageRef]] = []
    for ask in asks:
        answered_by = max(_meanings(ask, [("", sentence) for sentence in said]), default=0.0)
        for passage in passages:
            if any(passage is other for _, other in found):
                continue
            lead_in = passage.get("heading") or passage.get("title") or ""
            nearest = best_sentences(ask, passage.get("text", ""), 1, lead_in, about=passage.get("title") or "")[:1]
            # as near as that, it answers the ask (ASK_ANSWER_MEANING is lower)
            if nearest and _meanings(ask, [("", nearest[0])])[0] >= max(answered_by + ASK_BETTER_BY, OTHER_ASK_MEANING):
                found.append((nearest[0], passage))
                break
    return found
