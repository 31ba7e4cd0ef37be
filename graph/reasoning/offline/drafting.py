"""Compose a reply that answers what was asked, from templates (graph/reasoning/phrases.py), live OMS
data and the one or two help-center sentences that answer the question.

Rules a person would follow:
- an order question is about one order (tools/oms/order_choice.py picks it) and the reply says where it
  is, when it arrives and what to do, in whole sentences; other moving orders get one sentence;
- a message that is not about an order never gets an order listing; a policy question gets the sentences
  of the article that answer it, with the link;
- what the agent cannot help with (another company's service, chit-chat) is said plainly, with an offer of
  a person; what the help center does not cover is not guessed;
- replies are in the customer's language (templates in EN/ES/FR/DE/PT/IT; English articles are quoted
  with a note saying so).
Each question of a multi-question message gets its own section; a question the evidence cannot answer
is reported as unanswered (so the policy hands it to a person) instead of being guessed.
"""

from __future__ import annotations

import re

from core import clock
from core.settings import get_settings
from data.generator import policy as brand
from graph.consent import awaits_yes
from graph.dialogue.open_question import asks_which_order
from graph.dialogue.slots import read_slots
from graph.intents import INTENTS, tier_of
from graph.reasoning import action_wording, chit_chat, phrases, signals
from graph.reasoning.account_details import answers_another_detail
from graph.reasoning.account_takeover import plain_sign_in_trouble
from graph.reasoning.action_wording import proposal_text, refusal_text
from graph.reasoning.base import Draft, DraftRequest
from graph.reasoning.business_contact import BUSINESS_ASKS, asks_about_business
from graph.reasoning.carrier_questions import CARRIERS_ASKS, asks_which_carrier
from graph.reasoning.code_questions import (
    COMBINED_CODES_QUESTION,
    asks_for_a_discount_code,
    asks_how_to_use_a_code,
    programme_asked,
)
from graph.reasoning.delivered_missing import STALE_DELIVERY_DAYS, days_since
from graph.reasoning.delivery_day import (
    DELIVERY_DAY_ASKS,
    DELIVERY_DAYS_ASKS,
    asks_about_delivery_days,
    asks_to_move_the_delivery_day,
)
from graph.reasoning.dispatch_cutoff import CUTOFF_ASKS, asks_for_dispatch_cutoff
from graph.reasoning.documents import asked_document
from graph.reasoning.fee_questions import DELIVERY_RATES_ASKS, asks_cost_of_return_label, queries_delivery_fee
from graph.reasoning.gift_returns import GIFT_RETURN_QUESTION, says_goods_were_a_gift
from graph.reasoning.glossary import english_reading
from graph.reasoning.label_trouble import asks_how_long_a_label_lasts, tells_of_label_trouble
from graph.reasoning.money_on_statement import REFUND_REACH_ASKS, asks_when_money_shows
from graph.reasoning.named_order import named_by_customer
from graph.reasoning.not_arrived import says_not_arrived
from graph.reasoning.offline import order_facts as facts
from graph.reasoning.offline import status_questions
from graph.reasoning.offline.catalogue_reply import (
    catalogue_text,
    help_center_names,
    not_carried_text,
    size_chart_text,
)
from graph.reasoning.offline.coverage import (
    asking_part,
    content_words,
    place_or_day,
    signature_named,
    speaks_of,
    speed_named,
    uncovered_condition,
)
from graph.reasoning.offline.passages import (
    answer_from_passage,
    answers_in_other_passages,
    article_sentences,
    cite,
    closest_sentence,
    first_table,
    shares_a_word,
    steps_in,
)
from graph.reasoning.offline.steps_taken import steps_taken
from graph.reasoning.offline.unserved_place import unserved_place_answer
from graph.reasoning.own_payment import asks_to_change_order_payment
from graph.reasoning.partial_shipment import says_shipped_in_part
from graph.reasoning.payment_options import (
    INSTALMENTS_QUESTION,
    lists_ways_to_pay,
    named_payment_method,
    paying_question,
    payment_methods_in,
)
from graph.reasoning.phishing import suspects_phishing
from graph.reasoning.places import asks_where_we_ship, says_we_ship_there
from graph.reasoning.policy_named import EXCHANGE_TIME_ASKS, asks_how_long_an_exchange_takes
from graph.reasoning.policy_questions import SITUATIONS
from graph.reasoning.process_questions import steps_question
from graph.reasoning.refund_questions import asks_refund_route, asks_where_refund_goes
from graph.reasoning.return_shipping import RETURN_POLICY, RETURN_SHIPPING_ASKS, asks_what_shipping_costs
from graph.reasoning.returns_address import RETURNS_ADDRESS_ASKS, asks_for_returns_address
from graph.reasoning.site_trouble import says_site_trouble, says_trouble_goes_on
from graph.reasoning.store_visit import STORE_ASKS, asks_where_to_shop
from graph.reasoning.subscription_cancel import stop_question, thing_cancelled
from graph.reasoning.support_contact import asks_about_customer_care
from graph.reasoning.tax_questions import TAXES_ASKS, asks_whether_tax_included
from graph.reasoning.text_norm import said_without_links
from graph.reasoning.unnamed_problem import says_a_problem_without_what, says_a_question_without_what
from graph.reasoning.what_if_late import LATE_WHAT_TO_DO, asks_what_if_it_does_not_come
from graph.state import PassageRef, Question
from tools.oms.actions import INTENT_ACTIONS, PERSON, Proposal, Refusal, propose
from tools.oms.actions.base import payment_methods
from tools.oms.catalogue import CATALOGUE_INTENTS, catalogue_question, marketplace_asked
from tools.oms.item_match import goods_named, items_text, missing_items, said_as_request
from tools.oms.order_choice import (
    delivered_on,
    is_late,
    match_orders_by_items,
    still_awaited,
    tracking_stalled,
)
from tools.oms.pending_refund import received_unrefunded, refunds_of
from tools.oms.size_chart import size_table

BRAND = "Northbound"
CANCELLABLE = {"pending", "processing", "processed"}
STATUS_INTENTS = {"order_status", "shipping_delay"}
STALE_REFUND_DAYS = 30  # a refund awaited now is rarely one issued this long ago (the bank's wait is 10 business days)
# A help passage whose meaning is this far from the question does not answer it (MiniLM cosine of the
# best chunk; measured on learning-split tickets that cite an article: see evals/learning_report.py).
MIN_PASSAGE_SIMILARITY = 0.3
# Passages whose closest sentence is within this of the nearest one's are as good an answer: among them the
# engine's order decides. Sentence closeness alone misleads by shared words ("do your discount codes expire?"
# is nearest to "gift cards never expire and can be combined with one promo code", 0.19 above the promo
# article's "the code has expired"); "can I use two promo codes?" is 0.34 nearer the rules than the list.
SENTENCE_MARGIN = 0.25
# Within that margin, a passage nearer the question both by its closest sentence and as a whole, each by this much,
# is the answer whatever the engine's order ("can I use two codes at once?": the rules, 0.16 and 0.20 nearer than
# the prior's list of reasons a code fails; "when will my order ship if I order today?": the processing times, not
# the tracking article). Two readings agreeing are seldom a shared word's accident, which moves one of them alone.
CLEARLY_NEARER = 0.1
# The best sentence of any retrieved passage must be at least this close (MiniLM cosine) to the question it
# answers. Measured on 400 demo test-split tickets that cite an article (not on real messages): 88% of them
# have a sentence of their cited article this close; a follow-up such as "yes please, go ahead" has none.
MIN_SENTENCE_SIMILARITY = 0.2
# Below this closeness, the sentences quoted must share a word with the question too: "website keeps crashing at
# checkout" is 0.28 from the damaged-goods article's "contact us within 30 days of delivery with a photo", which
# names nothing it asks about (the help center does not cover it, and saying so is the answer).
WEAK_MEANING = 0.3
_PRAISE = re.compile(
    r"\b(thank|thanks|thx|love|loved|amazing|awesome|brilliant|wonderful|fantastic|great|best|miracle|"
    r"gracias|encanta|merci|génial|danke|toll|obrigad|maravilh|grazie)\w*", re.IGNORECASE,
)




class Section:
    def __init__(self, text: str | None, citations=(), actions=(), proposal: dict | None = None):
        self.text = text
        self.citations = list(citations)
        self.actions = list(actions)
        self.proposal = proposal  # an order action put to the customer (tools.oms.actions), as state


def _passages_for(request: DraftRequest, index: int) -> list[PassageRef]:
    """Help-center passages retrieved for this question first, then those for the whole message."""
    own = [p for p in request.passages if (p.get("metadata") or {}).get("question") == index]
    rest = [p for p in request.passages if p not in own]
    return [p for p in own + rest if p.get("source", "help_center") == "help_center"]


def _similarity(passage: PassageRef) -> float | None:
    """The passage's closeness as a whole to the question it was retrieved for (None: fetched by its article)."""
    return (passage.get("metadata") or {}).get("similarity")


def _answers_question(passage: PassageRef) -> bool:
    similarity = _similarity(passage)
    return similarity is None or similarity >= MIN_PASSAGE_SIMILARITY


# Closest sentences this near each other are a tie a shared word can decide ("I never got a confirmation email": the
# lost-parcel article's "reply to your shipping confirmation", 0.64, against the missing-confirmation article's
# "check spam", 0.59); the passage as a whole then decides (0.59 against 0.76).
NEAREST_TIE = 0.06


def _standing(passage: PassageRef, closest: float | None) -> float:
    """How near a passage is to the question: its closest sentence and the passage as a whole, half each."""
    whole = _similarity(passage)
    return (closest or 0.0) if whole is None else ((closest or 0.0) + float(whole)) / 2


def _asked_in_english(question: Question, language: str) -> str:
    """The question's own asking words (not its back story, @handles or links), read in English as the articles are."""
    return english_reading(said_without_links(asking_part(question["text"]) or question["text"]), language)


def _words_added(question: Question) -> str:
    """The words a follow-up read with the ask before it adds to that ask ("gift" of "what if it was a gift?"), or ""
    for a question read alone."""
    before = question.get("subject_before")
    if not before or not question["text"].startswith(before):
        return ""
    said_before = {word.lower() for word in content_words(before)}
    return " ".join(word for word in content_words(question["text"][len(before):]) if word.lower() not in said_before)


def _goes_ahead(passage: PassageRef, first: PassageRef, closeness: dict[int, float | None], asked: str) -> bool:
    """The passage is clearly nearer the question than `first` (_clearly_nearer) and its title names a thing the
    question names: "do your discount codes expire?" is nearer "gift cards never expire" on both counts, but the
    question names no gift card."""
    return _clearly_nearer(passage, first, closeness) and shares_a_word(asked, passage.get("title") or "")


def _clearly_nearer(passage: PassageRef, first: PassageRef, closeness: dict[int, float | None]) -> bool:
    """The passage is nearer the question than `first` by CLEARLY_NEARER both in its closest sentence and as a whole."""
    mine, theirs = closeness[id(passage)], closeness[id(first)]
    whole, first_whole = _similarity(passage), _similarity(first)
    if mine is None or theirs is None or whole is None or first_whole is None:
        return False
    return mine - theirs >= CLEARLY_NEARER and float(whole) - float(first_whole) >= CLEARLY_NEARER


SIGN_IN_TROUBLE_ASKS = "I can't sign in. How do I reset my password?"


def _policy_section(question: Question, passages: list[PassageRef], language: str, with_table: bool = False,
                    nearest: bool = False, asked_as: str | None = None, row_named: str | None = None,
                    other_asks: bool = False) -> Section:
    """The sentences of the help passage that answer this turn's own question (its asking sentence, not the
    conversation's topic); nothing when even the best sentence is far from it in meaning. `nearest`: the passage
    nearest the question (its closest sentence, and among near ties the passage as a whole), whatever the engine's
    order (a part of a status question that the status intent's own article is not about). `other_asks`: the message
    is this one question, so an ask of it that the passage quoted leaves open may be answered from another."""
    # The sentence encoder reads English, as the articles are: a question in another of the brand's languages
    # is measured by its English gloss (glossary/); one in a language without a glossary is not measured.
    own_words = said_without_links(asking_part(question["text"]) or question["text"])  # "@NorthboundHelp" asks nothing
    # `asked_as`: what the question asks, in the help center's English words ("what time do carriers deliver?")
    asked = asked_as or _asked_in_english(question, language)
    measured = asked_as is not None or language == "en" or asked != own_words
    # The engine's order (retrieval and the article prior) decides among the passages whose closest sentence is
    # about as near what this turn asks as the nearest one's ("can I use two promo codes?": the promo_code
    # prior's "why isn't my code working?" list came before the rules' "only 1 promo code per order"); a passage
    # none of whose sentences is near it is passed over ("yes, go ahead" gets no article chosen for the
    # conversation's topic).
    # Asked in the help center's words, a passage is measured by those words only: its retrieval closeness to the
    # customer's own ("any black friday deals still going?" to the current codes) is not what is asked.
    def in_reach(passage: PassageRef) -> bool:
        return asked_as is not None or _answers_question(passage)

    # a country outside every shipping zone: the help center's words on it, or on where the store ships (asked in the
    # whole question: "can you ship to India? how much would it cost" asks its cost of India)
    whole = english_reading(said_without_links(question["text"]), language) if measured else ""
    unserved = unserved_place_answer(whole, passages, language) if whole else None
    if unserved:
        return Section(unserved[0], citations=[unserved[1]])

    closeness = {id(p): closest_sentence(asked, p) for p in passages if in_reach(p)}

    def answers(passage: PassageRef) -> bool:
        closest = closeness[id(passage)]
        if closest is None:  # no sentence at all (a table alone): only a size chart is quoted as it is
            return with_table
        return not measured or closest >= MIN_SENTENCE_SIMILARITY

    answering = [p for p in passages if in_reach(p) and answers(p)]
    closest_of_all = max((closeness[id(p)] or 0.0 for p in answering), default=0.0)
    near = [p for p in answering if not measured or (closeness[id(p)] or 0.0) >= closest_of_all - SENTENCE_MARGIN
            or closeness[id(p)] is None]
    if measured and len(near) > 1:
        ahead = [p for p in near[1:] if _goes_ahead(p, near[0], closeness, asked)]
        if ahead:
            best = max(ahead, key=lambda p: _standing(p, closeness[id(p)]))
            near = [best, *[p for p in near if p is not best]]
    added = _words_added(question)
    if measured and added and len(near) > 1:
        # a follow-up that adds a condition ("what if it was a gift?" after a return question) is about it: a passage
        # whose title names what it adds comes first (the returns article, first for the question before, answered
        # "as I said above: 30 days")
        naming = [p for p in near if shares_a_word(added, p.get("title") or "")]
        near = naming + [p for p in near if p not in naming]
    if nearest and measured and answering:
        # as near as the nearest sentence, within NEAREST_TIE: the passage as a whole decides among them
        tied = [p for p in answering if (closeness[id(p)] or 0.0) >= closest_of_all - NEAREST_TIE]
        near = [max(tied, key=lambda p: _standing(p, closeness[id(p)]))]
    # "I can't log in" with nothing locked or hacked asks how to reset the password: the article that says so first,
    # and its sentences measured against that (the locked account's "We lock the account, cancel any order you didn't
    # place" was nearest in meaning, and the reset article's "Create an account with the same email")
    resets = [p for p in answering if "password" in f"{p.get('title') or ''} {p.get('heading') or ''}".lower()]
    # (only when another article would have come first: the reset article chosen on its own is quoted as before)
    sign_in_trouble = (measured and asked_as is None and bool(resets) and bool(near) and near[0] not in resets
                       and plain_sign_in_trouble(asked))
    if sign_in_trouble:
        near = [resets[0], *[p for p in near if p is not resets[0]]]
    # Whether the store ships to a place is said where it lists where it ships ("do you ship to canada?": the
    # overview's "We ship to ... Canada", with Canada's row), not by the place's free-shipping threshold.
    if measured and asks_where_we_ship(asked):
        near = sorted(near, key=lambda p: not says_we_ship_there(p.get("text", ""), asked))
    # Of those, one that speaks of the place, day or shipping speed the question hinges on comes first ("do you
    # deliver on saturday?": the tracking article's "Monday to Saturday", not the shipping article the engine ranked
    # first; "how long does standard delivery take?": standard's days, not "Express is our fastest option").
    hinge = [*place_or_day(asked), *speed_named(asked), *signature_named(asked)] if measured else []
    covering = [p for p in near if speaks_of(hinge, p)] if hinge else []
    best = next(iter(covering or near), None)
    if best is None:
        return Section(None)
    said = SIGN_IN_TROUBLE_ASKS if sign_in_trouble and best in resets else (
        asked_as or english_reading(said_without_links(question["text"]), language))
    text = answer_from_passage(said, best, language, several=asked_as is None, row_named=row_named)
    citations = [best.get("doc_id", "")]
    if other_asks and measured and asked_as is None and not with_table:  # an ask of several another article answers
        text, citations = _other_asks_answered(said, text, best, [p for p in passages if in_reach(p)], language)
    weak = measured and closeness[id(best)] is not None and closeness[id(best)] < WEAK_MEANING
    if weak and question.get("subject_before") and asked_as is None:
        # "how long does it take?" after "do you ship to germany?": "it" is the ask before, and read with it the
        # sentence is near (the EU's delivery times were dropped as far from "how long does it take?" alone)
        weak = (closest_sentence(whole, best) or 0.0) < WEAK_MEANING
    if weak and not shares_a_word(asked, text.rsplit("\n", 1)[0]):
        return Section(None)
    if with_table:
        table = first_table(best.get("text", ""))
        if table:
            body, _, source = text.rpartition("\n")
            text = f"{body}\n\n" + "\n".join(table[:12]) + f"\n\n{source}"
    return Section(text, citations=citations)


def _other_asks_answered(said: str, text: str, quoted: PassageRef, passages: list[PassageRef],
                         language: str) -> tuple[str, list[str]]:
    """The reply quoted from one passage with the sentences of others that answer the asks it leaves open, each
    article's link on a line of its own; and the articles cited."""
    body, _, source = text.rpartition("\n")
    others = answers_in_other_passages(said, body, [p for p in passages if p is not quoted])
    citations = [quoted.get("doc_id", ""), *(passage.get("doc_id", "") for _, passage in others)]
    if not others:
        return text, citations
    sentences = " ".join([body, *(sentence for sentence, _ in others)])
    return "\n".join([sentences, source, *(cite(passage, language) for _, passage in others)]), citations


# --- orders ---------------------------------------------------------------------------------------
def _track_text(shipment: dict, language: str) -> str:
    """The shipment's tracking number, with its link when it has one."""
    if shipment.get("tracking_url"):
        return phrases.say("track_here", language, number=shipment["tracking_number"], url=shipment["tracking_url"])
    return phrases.say("tracking_number", language, number=shipment["tracking_number"])


# A wait told in so many words: "still waiting on my replacement" may mean the newest order, cancelled, or another.
_STILL_WAITING = re.compile(r"\b(?:still\s+waiting|waiting\s+(?:on|for)\s+(?:my|the|a|an|our))\b", re.IGNORECASE)


def _status_text(order: dict, language: str, intent: str, named: bool = True, text: str = "",
                 missing_help: bool = True) -> list[str]:
    """Where the order is, when it arrives and what to do, in whole sentences (`missing_help`: with what to do
    if a delivered parcel is not there; not for someone asking what an order came to)."""
    number = order["id"]
    status = order.get("status", "")
    shipments = order.get("shipments") or []
    placed = phrases.long_date(order.get("placed_at"), language)
    if status == "cancelled":
        cancelled = [phrases.say("order_cancelled", language, order=number), *_refund_texts(order, language)]
        if not named and intent in STATUS_INTENTS and (still_awaited(text) or says_not_arrived(text)
                                                       or tracking_stalled(text) or _STILL_WAITING.search(text)):
            # "my parcel still hasn't arrived" when nothing is on its way and the newest order was cancelled: that may
            # be why, or they mean another order, so they are asked which
            cancelled.append(phrases.say("ask_which_order", language))
        return cancelled
    if status in CANCELLABLE or not shipments:
        return [phrases.say("order_preparing", language, order=number, placed=placed)]
    if status == "lost":
        return _lost_text(order, language)
    shipment = next((s for s in shipments if not s.get("delivered_at")), shipments[-1])
    carrier = shipment.get("carrier", "the carrier")
    if shipment.get("delivered_at"):
        delivered = phrases.long_date(shipment["delivered_at"], language)
        stale = (days_since(shipment["delivered_at"]) > STALE_DELIVERY_DAYS or still_awaited(text)
                 or tracking_stalled(text))
        if not named and intent in STATUS_INTENTS and stale:
            # Someone asking where a parcel is rarely means one delivered weeks ago: say what we see, ask which
            # order it is, and say what happens if it is that one after all (a delivered parcel never received).
            texts = [phrases.say("nothing_on_its_way", language, order=number, when=delivered)]
            if status_questions.asks_for_tracking(text, language) and shipment.get("tracking_number"):
                # "what's the tracking number?": that one's too, said of it before the question of which order it is
                # (after the question, it read as the tracking of an order the customer had not named yet)
                texts.append(_track_text(shipment, language))
            return [*texts, phrases.say("ask_which_order", language), phrases.say("if_that_one_missing", language)]
        texts = [phrases.say("order_delivered", language, order=number, carrier=carrier, when=delivered)]
        if intent in STATUS_INTENTS:
            if shipment.get("tracking_url") and shipment.get("tracking_number"):
                texts.append(_track_text(shipment, language))
            if missing_help:
                texts.append(phrases.say("delivered_not_found", language))
        return texts
    late = is_late(order, clock.today())
    promised = phrases.long_date(shipment.get("promised_date"), language) if shipment.get("promised_date") else None
    if late and promised:
        texts = [phrases.say("order_late", language, order=number, promised=promised)]
    elif shipment.get("status") == "out_for_delivery":
        texts = [phrases.say("order_out_for_delivery", language, order=number, carrier=carrier)]
    elif shipment.get("status") == "label_created":
        texts = [phrases.say("order_label_created", language, order=number, carrier=carrier)]
    else:
        texts = [phrases.say("order_on_its_way", language, order=number, carrier=carrier)]
    event = facts.latest_event(shipment)
    if event and event.get("location"):
        texts.append(phrases.say("last_scan", language, carrier=carrier, location=event["location"],
                                 event=event.get("description") or event.get("status", ""),
                                 when=phrases.long_date(event.get("at"), language)))
    if promised and not late:
        texts.append(phrases.say("expected_by", language, promised=promised))
    if late:
        texts.append(phrases.say("late_next_step", language))
    if shipment.get("tracking_url") and shipment.get("tracking_number"):
        texts.append(phrases.say("track_here", language, number=shipment["tracking_number"], url=shipment["tracking_url"]))
    elif shipment.get("tracking_number"):
        texts.append(phrases.say("tracking_number", language, number=shipment["tracking_number"]))
    return texts


_SAYS_WHERE_MONEY_GOES = re.compile(r"payment method|original|card|paypal|store credit", re.IGNORECASE)


GOODS_LOOKBACK = 3  # the customer's earlier messages a continuation of a return or cancellation takes its goods from
_GOODS_CARRY = {"return_request", "cancel_order", "exchange"}
# An answer that names a size and nothing else ("ok the 8 please", after the boot's size chart; "for a size 10", after
# "which size would you like instead?"): the goods are the exchange's, said earlier.
_SIZE_ONLY = re.compile(r"^\W*(?:(?:ok(?:ay)?|alright|then|yes|yeah|so)\W+)*"
                        r"(?:(?:for|in|into|to|i'?d\s+like|i\s+(?:want|need)|can\s+i\s+(?:get|have)|"
                        r"could\s+i\s+(?:get|have)|make\s+it|change\s+(?:it|them)\s+to|swap\s+(?:it|them)\s+for)\s+)?"
                        r"(?:(?:the|a|an)\s+)?(?:size\s+)?"
                        r"(?:\d{1,2}(?:\.5)?|xxs|xs|s|m|l|xl|xxl|small|medium|large)(?:\s+one)?"
                        r"(?:\s+(?:then|please|pls|instead|thanks))*\W*$", re.IGNORECASE)
_WHOLE_ORDER = re.compile(r"\b(?:entire|whole|full|complete) order\b|\ball of (?:it|them)\b|\beverything\b|\bthe lot\b",
                          re.IGNORECASE)


def _said_as_the_request(text: str, intent: str, request: DraftRequest) -> str:
    """Goods named alone during a return, an exchange or a cancellation ("the jacket", after a return was proposed)
    read as that request of them ("return the jacket"), as the order lookup reads them (call_oms.as_goods_request):
    alone, their words matched no line by name and the proposal stayed on the whole order."""
    return said_as_request(text, intent) if request.meta.get("continues") else text


def _names_only_options(text: str, order: dict, products: dict) -> bool:
    """The answer names a size or colour the order's goods come in and none of its goods ("the rust one in XL", after
    "which size or colour would you like instead?"): an option of the goods said before, not a choice among them."""
    if match_orders_by_items(text, [order]):
        return False
    said = f" {' '.join(re.findall(r'[a-z0-9]+', text.lower()))} "
    values = {str(value).lower() for product in products.values() for variant in product.get("variants") or []
              for value in (variant.get("options") or {}).values()}
    return any(f" {value} " in said for value in values if value)


def _with_goods_named_before(text: str, intent: str, request: DraftRequest, language: str, order: dict) -> str:
    """A message that goes on with a return, an exchange or a cancellation without naming goods ("can the refund go
    to store credit instead?", "ok the 8 please") is about the goods the flow was opened for ("the jeans I got are
    too tight, I'd like to return them"): without them the proposal grew to the whole order, or asked which item. The latest of the customer's last few messages that
    names goods is read before this one, unless a later one named the whole order."""
    answers_with_goods = (request.meta.get("answers_agent") and not _SIZE_ONLY.match(text)
                          and not _names_only_options(text, order, (request.oms or {}).get("products") or {}))
    if intent == "cancel_order" and request.meta.get("offer_taken"):
        # every cancellation the agent offers in place of a refused one is of the whole order ("I can cancel the whole
        # order ... Tell me which you'd prefer"): a "yes please" to it carried the jeans named before, and the same
        # refusal came back as "I think I've told you all I can"
        return text
    if (intent not in _GOODS_CARRY or not request.meta.get("continues") or answers_with_goods
            or goods_named(text) or _WHOLE_ORDER.search(text)):
        return text  # an answer to the agent ("the vest one"), goods of its own, or the whole order
    for said in [said for role, said in request.history if role == "customer"][::-1][:GOODS_LOOKBACK]:
        read = english_reading(said, language)
        if _WHOLE_ORDER.search(read):
            return text  # the scope said last was the whole order
        named = goods_named(read)
        if named:
            # only goods this order has: words misread as goods ("return most of the items") are not carried
            return f"{read}\n{text}" if not missing_items(named, order.get("items") or []) else text
    return text


def _action_section(question: Question, request: DraftRequest, order: dict, passages: list[PassageRef],
                    language: str) -> Section | None:
    """An action intent on an identified order: the exact proposal to confirm, or why it can't be done (the
    tool's own policy check decides, tools/oms/actions). The help article on the subject is cited; a refusal
    also quotes it, so the customer sees the rule."""
    oms = request.oms or {}
    # The tools read goods, sizes and colours in English ("la taglia della giacca" names the jacket by its gloss); an
    # address is read as written.
    text = request.text if question["intent"] == "change_address" else english_reading(request.text, language)
    text = _said_as_the_request(text, question["intent"], request)
    text = _with_goods_named_before(text, question["intent"], request, language, order)
    outcome = propose(question["intent"], order, text, get_settings(), products=oms.get("products"),
                      customer=request.customer)
    if outcome is None:
        return None
    # A message that only gives details ("NB109418", "the boots") asks nothing a help article answers: the
    # proposal or the refusal says it all (the tracking article was quoted under a return refusal, the footwear
    # care guide cited under a return of boots).
    gives_details = read_slots(request.text).is_detail_reply or bool(request.meta.get("answers_agent"))
    # A refusal the order's data settles by a rule says the rule itself (the late-delivery credit's): a passage
    # picked by the intent's history would be about something else (how refunds are paid).
    settled = isinstance(outcome, Refusal) and outcome.settled
    policy = Section(None) if gives_details or settled else _policy_section(question, passages, language)
    # The tools word proposals and refusals in English; action_wording.py says them in the customer's language
    # from their data. Without it (a tool's answer it has no words for), the English follows a note saying so.
    note = phrases.say("order_details_in_english", language)
    lead = f"{note}\n" if note else ""
    if isinstance(outcome, Proposal) and not outcome.needs_person:
        body, _, source = (policy.text or "").rpartition("\n")
        in_language = proposal_text(outcome.wording, language)  # None: the tool's English, after the note
        absent = _named_but_absent(text, order, language)
        text = f"{absent}{in_language or lead + outcome.summary}\n{source}".strip()
        if body and asks_refund_route(request.text) and _SAYS_WHERE_MONEY_GOES.search(body):
            text = f"{body}\n\n{text}"  # "to my other card?": the rule first, then the proposal
        return Section(f"{text}\n\n{phrases.say('confirm_or_not', language)}", policy.citations,
                       proposal=outcome.to_state())
    in_language = refusal_text(outcome.wording, language) if isinstance(outcome, Refusal) else None
    text = in_language or lead + (outcome.summary if isinstance(outcome, Proposal) else outcome.message)
    if isinstance(outcome, Refusal) and outcome.code == "nothing_refundable":
        text = " ".join([text, *_refund_texts(order, language)])  # already refunded: how much, how and when
    # a refusal that offers a person: the customer's "yes" then goes to one
    offered = ["offer_person"] if isinstance(outcome, Refusal) and outcome.offer == PERSON else []
    if isinstance(outcome, Refusal) and policy.text and quotes_the_rule(outcome, policy.text):
        return Section(f"{text}\n\n{policy.text}", policy.citations, proposal=outcome.to_state(), actions=offered)
    return Section(text, proposal=outcome.to_state(), actions=offered)


def _named_but_absent(text: str, order: dict, language: str) -> str:
    """'There's no “shorts” in order NB109036.' before a proposal on the other goods named ("the shirt and the
    shorts"): without it the proposal read as covering all of them, and a yes returned less than was asked."""
    missing = missing_items([item for item in goods_named(text) if item.acted_on], order.get("items") or [])
    if not missing:
        return ""
    return phrases.say("item_not_in_this_order", language, items=items_text(missing), order=order["id"]) + "\n\n"


def quotes_the_rule(refusal: Refusal, quoted: str) -> bool:
    """Whether the help passage quoted under a refusal is the rule it applied: a refusal for the window quotes
    a passage that names the window ("I ordered the wrong size, can I swap it?" outside the exchange window
    quoted what happens when a size sells out)."""
    window = refusal.wording.get("window")
    return window is None or refusal.code != "outside_return_window" or re.search(rf"\b{window}\b", quoted) is not None


def _lost_text(order: dict, language: str) -> list[str]:
    """An order the carrier lost: where it was last seen and the refund that settled it (or that a teammate
    replaces or refunds it), never "running late"."""
    shipment = (order.get("shipments") or [{}])[-1]
    event = facts.latest_event(shipment) or {}
    when = phrases.long_date(event.get("at") or order.get("placed_at"), language)
    texts = [phrases.say("order_lost", language, order=order["id"], carrier=shipment.get("carrier", "the carrier"),
                         when=when)]
    return texts + (_refund_texts(order, language) or [phrases.say("order_lost_unsettled", language)])


def _refund_texts(order: dict, language: str) -> list[str]:
    refunds = refunds_of(order)
    return [
        phrases.say("refund_issued", language, amount=facts.money(r.get("amount", 0)),
                    method=action_wording.method_words(r.get("method"), language),
                    when=phrases.long_date(r.get("created_at"), language))
        for r in refunds
    ]


# How the help center names each way to pay (the refund-times table's rows), by the OMS's method kind.
_PAID_WITH = {"card": "credit or debit card", "paypal": "paypal", "apple_pay": "apple pay",
              "google_pay": "credit or debit card", "klarna": "klarna", "gift_card": "gift card or store credit"}


def _paid_with(order: dict) -> str | None:
    """The way the order's refund goes (its refund's method, else how the order was paid), in the help center's
    words; None when the order shows none."""
    methods = [r.get("method") for r in refunds_of(order) if r.get("method")] or payment_methods(order)
    return _PAID_WITH.get((methods[0] or "").split(":")[0]) if methods else None


def _refund_not_issued(order: dict, language: str) -> str:
    """No refund on the order yet: if its return has reached the warehouse, which goods and when the refund
    comes; else that there is none to see."""
    received = received_unrefunded(order)
    if not received:
        return phrases.say("no_refund_yet", language, order=order["id"])
    return phrases.say("refund_pending", language, order=order["id"],
                       items=action_wording.lines_words(received, language),
                       method=action_wording.methods_words(payment_methods(order), language),
                       days=brand.REFUND_PROCESSING_DAYS)


def _order_problem(request: DraftRequest, language: str) -> Section | None:
    """Identity and OMS problems, which come before (and instead of) any order answer."""
    oms = request.oms or {}
    if oms.get("error") == "identity_required":
        # "where's my order, my email is ana@example.com": the e-mail is half of what proves it, ask for the other
        entities = request.classification.entities or {}
        if entities.get("emails") and not entities.get("order_numbers"):
            return Section(phrases.say("identity_needs_number", language))
        return Section(phrases.say("sign_in_for_orders", language))
    if oms.get("error") == "oms_unavailable":
        return Section(None)  # nothing honest to say about the order: the policy hands it over
    return None


def _candidates_text(candidates: list[dict], language: str, with_state: bool = False) -> str:
    """'NB109421 (placed November 3, 2026: Driftwood Slide Sandal, Trailblazer Leather Boot), ...'; `with_state`:
    where each stands too ('NB109421 (November 3, 2026, on its way: ...)')."""
    def one(order: dict) -> str:
        items = ", ".join(order.get("items") or [])
        placed = phrases.long_date(order.get("placed_at"), language)
        state = phrases.order_state(order.get("status"), language) if with_state else None
        when = f"{placed}, {state}" if state else placed
        return f"{order['id']} ({when}: {items})" if items else f"{order['id']} ({when})"

    return "; ".join(one(order) for order in candidates)


REFUNDED_STATES = ("cancelled", "returned")


def _paid_listed(listed: list[dict], language: str) -> str:
    """'What your 3 most recent orders came to: NB109419 (December 6, 2026, on its way): $424.00; ... Together that
    is $...' (cancelled and returned orders listed, not summed: their money came back)."""
    def one(order: dict) -> str:
        placed = phrases.long_date(order.get("placed_at"), language)
        state = phrases.order_state(order.get("status"), language)
        return f"{order['id']} ({placed}, {state}): {facts.money(order['total'])}" if state else (
            f"{order['id']} ({placed}): {facts.money(order['total'])}")

    priced = [order for order in listed if order.get("total") is not None]
    counted = [order for order in priced if order.get("status") not in REFUNDED_STATES]
    text = phrases.say("orders_paid_listed", language, count=len(priced), orders="; ".join(one(o) for o in priced),
                       total=facts.money(sum(float(o["total"]) for o in counted)))
    if len(counted) < len(priced):
        text += " " + phrases.say("refunded_not_counted", language)
    return text


def _which_order_section(oms: dict, language: str, notes: list[str]) -> Section:
    """No order picked: the goods named are in none of them, or the customer still has to say which one.
    Say what was looked at, list a few orders to choose from, and ask (or offer a person); never act."""
    texts = list(notes)
    missing = oms.get("item_not_found")
    if missing:
        key = "item_not_on_account" if missing.get("all_orders") else "item_not_in_recent"
        texts.append(phrases.say(key, language, items=missing["items"], count=missing.get("searched", 0)))
    elif oms.get("none_unshipped"):
        texts.append(phrases.say("nothing_unshipped", language))
    elif oms.get("none_placed_then"):
        texts.append(phrases.say("none_placed_then", language))
    elif oms.get("none_cancelled"):
        texts.append(phrases.say("none_cancelled", language))
    if oms.get("candidates"):
        one = len(oms["candidates"]) == 1
        texts.append(phrases.say("pick_the_only_order" if one else "pick_an_order", language,
                                 orders=_candidates_text(oms["candidates"], language)))
        texts.append(phrases.say("not_that_one" if one else "none_of_these", language))
    else:
        texts.append(phrases.say("ask_order_or_person", language))
    return Section(" ".join(texts))


def _with_general_part(problem: Section, question: Question, passages: list[PassageRef], language: str) -> Section:
    """Why the order can't be looked at, after the help center's answer to the general part of the question, if it
    has one. What an order holds, came to or where it is is in the order alone: no help-center sentence answers it."""
    order_only = (status_questions.asks_what_was_ordered(question["text"], language)
                  or status_questions.asks_what_was_paid(question["text"], language)
                  or status_questions.asks_only_where_own_order_is(question["text"], language))
    policy = Section(None) if order_only else _policy_section(question, passages, language)
    if policy.text:
        return Section(f"{policy.text}\n\n{problem.text}", policy.citations)
    return problem


GOODS_ONLY_WORDS = 6  # "it was the black jeans": a few words that name goods and ask nothing


_SAYS_WHICH = re.compile(r"^\W*(?:it\s+was|it'?s|its|they\s+were|they'?re|that\s+was|was|were)\s+", re.IGNORECASE)


def _only_names_goods(request: DraftRequest) -> bool:
    """A later message of a few words that names goods and asks nothing ("the boots", "it was the jeans"): read as the
    object of a request, the words name goods."""
    text = request.text or ""
    earlier = any(role == "customer" for role, _ in request.history)
    # a yes, an order number or an e-mail is an answer of its own kind ("yes it's #NB108345": the order's status)
    if not earlier or len(text.split()) > GOODS_ONLY_WORDS or read_slots(text).kinds - {"choice"}:
        return False
    return not signals.reads_as_ask(text) and bool(goods_named(f"return {_SAYS_WHICH.sub('', text)}"))


def _order_section(question: Question, request: DraftRequest, passages: list[PassageRef], language: str) -> Section:
    intent = question["intent"]
    problem = _order_problem(request, language)
    if problem is not None:
        if problem.text and (request.oms or {}).get("error") == "identity_required":
            return _with_general_part(problem, question, passages, language)
        return problem
    oms = request.oms or {}
    notes = [phrases.say("order_not_found", language, order=signals.as_written(n, request.text))
             for n in oms.get("order_not_found") or []]
    orders = oms.get("orders") or []
    order = orders[0] if orders else None
    if order is None:
        if oms.get("item_not_found") or oms.get("candidates"):
            return _which_order_section(oms, language, notes)
        if notes:
            return Section(" ".join(notes))
        # "how long do refunds take once you get the return?" from an account without orders: the rule still answers
        return _with_general_part(Section(phrases.say("no_orders", language)), question, passages, language)
    if intent in INTENT_ACTIONS:
        action = _action_section(question, request, order, passages, language)
        if action is not None:
            if notes:
                action.text = " ".join(notes) + f" {action.text}"
            return action
    texts = notes
    citations: list[str] = []
    actions: list[str] = []
    link = ""  # a help article linked on its own line after the answer
    # a later message that only names goods ("it was the jeans" after a refund question) asks nothing a help article
    # answers: its own words found the size guides ("Belts: order your jeans waist size range"); nor does one that
    # only answers the agent ("it was the order from last month" after a refund's status quoted the tracking statuses)
    # a refund's timing is the payment method's: the order says which, so of the refund-times table its row answers
    # (the whole table was quoted for "how much was my refund?" from a customer the order shows paid by card)
    paid_with = _paid_with(order) if intent == "refund_status" else None
    # "when will I see it on my statement?": how long the refund takes to reach the bank, in the articles' words
    reach = REFUND_REACH_ASKS if intent == "refund_status" and asks_when_money_shows(
        english_reading(question["text"], language)) else None
    article = (Section(None) if _only_names_goods(request)
               else _policy_section(question, passages, language, row_named=paid_with, nearest=reach is not None,
                                    asked_as=reach))
    policy = Section(None) if request.meta.get("answers_agent") else article  # quoted only for a question

    if intent in STATUS_INTENTS:
        named = named_by_customer(request, order)
        english = english_reading(question["text"], language)  # the readers' words are English
        # a receipt or an invoice asked for: what the order came to and how it was paid, which is what one says (a
        # person sends the document itself, below), not "I don't see an order on its way"
        document = asked_document(english) is not None
        paid = ((status_questions.asks_what_was_paid(question["text"], language) or document)
                and order.get("total") is not None)
        contents = (status_questions.asks_what_was_ordered(question["text"], language) and bool(order.get("items"))
                    and order.get("total") is not None)
        listed = oms.get("listed_orders") or []
        if paid and not contents and len(listed) > 1:
            # What several orders came to ("how much did I spend on my last three orders?"): each one's total and
            # the sum of those not cancelled or returned.
            texts.append(_paid_listed(listed, language))
            return Section(" ".join(t for t in texts if t))
        if contents and len(listed) > 1:
            # What several orders hold: each in a few words, and an offer to go into any of them (one order's
            # lines would leave the others unsaid).
            texts.append(phrases.say("orders_listed", language, count=len(listed),
                                     orders=_candidates_text(listed, language, with_state=True)))
            return Section(" ".join(t for t in texts if t))
        if contents:
            # What an order holds: its lines as the order system has them, and what it came to (about this order,
            # even one delivered long ago: no "which order?").
            texts.append(phrases.say("order_contents", language, order=order["id"],
                                     placed=phrases.long_date(order.get("placed_at"), language),
                                     lines=action_wording.lines_words(order["items"], language),
                                     total=facts.money(order["total"])))
            named = True
        elif paid:
            # What an order came to: about this order, even one delivered long ago (no "which order?").
            texts.append(phrases.say("order_paid", language, order=order["id"], total=facts.money(order["total"]),
                                     methods=action_wording.methods_words(payment_methods(order), language)))
            named = True
        texts += _status_text(order, language, intent, named=named, text=request.text,
                              missing_help=not (paid or contents))
        late = intent == "shipping_delay" and is_late(order, clock.today())
        if policy.text and status_questions.asks_what_it_means(question["text"], language):
            # what a tracking status means, in the brand's own words
            texts.append(policy.text)
            citations += policy.citations
        elif ((status_questions.quotes_a_status(question["text"], language) and not late)
              or status_questions.asks_about_confirmation(question["text"], language)
              or status_questions.asks_where_the_number_is(question["text"], language)
              or status_questions.reports_tracking_trouble(question["text"], language)
              or says_shipped_in_part(english)):
            # a carrier's status quoted ("delivery attempted"; a late order's reply says what happens next), a
            # confirmation never received, where its number is found, or a tracking number that doesn't work: the
            # brand's words on it, from the passage nearest the question (the status intent's own may be on another
            # part); measured with the sentence quoting the status when the ask alone does not ("...nobody knocked. when
            # will they try again")
            status_ask = status_questions.status_then_ask(english_reading(said_without_links(question["text"]), language),
                                                          _asked_in_english(question, language))
            said = _policy_section(question, passages, language, nearest=True, asked_as=status_ask)
            texts += [said.text] if said.text else []
            citations += said.citations
        elif asks_what_if_it_does_not_come(english) and delivered_on(order) is None:
            # "and if it doesn't come by friday?": when it is due (above), and what to do if it is late, in the
            # late-order article's words (what_if_late.py)
            said = _policy_section(question, passages, language, nearest=True, asked_as=LATE_WHAT_TO_DO)
            texts += [said.text] if said.text else []
            citations += said.citations
        elif (policy.text and delivered_on(order) is None
              and status_questions.asks_what_time(question["text"], language)):
            # what time it comes on the day: the brand's words on delivery hours and the carrier's window, measured
            # against that question in the help center's words ("what time will my parcel arrive today?" was nearest
            # the list of tracking statuses, for its "out for delivery: it arrives today")
            hours = _policy_section(question, passages, language, nearest=True, asked_as=DELIVERY_HOURS_QUESTION)
            if not _HOURS.search((hours.text or "").split("\n")[0]):  # a passage that names no hours answers none
                hours = policy
            texts.append(hours.text)
            citations += hours.citations
        elif article.text and late:
            # the late-order reply already says what happens next: the article is linked, not quoted (a quote
            # picked by words could be a list of every status or a sentence about a table), after an answer too
            link = article.text.rsplit("\n", 1)[-1]
            citations += article.citations
        others = [number for number in oms.get("also_moving") or [] if number != order["id"]]
        if others:
            texts.append(phrases.say("other_orders_moving", language, count=len(others), orders=", ".join(others[:3])))
        if (says_a_problem_without_what(english_reading(request.text, language))
                and phrases.say("ask_which_order", language) not in texts):
            # "hi, I have a problem with my order": where it is, then what the problem is (unnamed_problem.py)
            texts.append(phrases.say("what_is_the_problem", language))
        elif (says_a_question_without_what(english_reading(request.text, language))
                and phrases.say("ask_which_order", language) not in texts):
            texts.append(phrases.say("what_is_the_question", language))  # "quick question about my order"
        if document:  # "please send me an invoice for my last order": the order's facts, and a person for the document
            texts.append(phrases.say("document_by_person", language))
            actions.append("offer_person")
    elif intent == "refund_status":
        texts += _refund_texts(order, language) or [_refund_not_issued(order, language)]
        issued = [days_since(r.get("created_at")) for r in refunds_of(order)]
        if issued and min(issued) > STALE_REFUND_DAYS and not named_by_customer(request, order):
            # "sent my return back 2 weeks ago, still no refund" when the last refund we see is months old: that
            # one is not what they wait for, so say which order it was and ask for theirs
            texts.append(phrases.say("older_refund_which", language, order=order["id"]))
        if policy.text:
            texts.append(policy.text)
            citations += policy.citations
    elif intent == "return_request":
        texts += _status_text(order, language, intent)
        if policy.text:
            texts.append(policy.text)
            citations += policy.citations
    elif intent in {"cancel_order", "change_address"}:
        if order.get("status") == "cancelled":
            texts += [phrases.say("order_cancelled", language, order=order["id"]), *_refund_texts(order, language)]
        elif order.get("status") in CANCELLABLE:
            actions.append(INTENTS[intent].resolving_action)
            verb = "cancel" if intent == "cancel_order" else "change the address of"
            texts.append(f"Order {order['id']} hasn't shipped yet, so we can still {verb} it.")
        else:
            texts += _status_text(order, language, intent)
            what = "cancelled" if intent == "cancel_order" else "changed"
            texts.append(f"Because it has already left our warehouse, it can no longer be {what}.")
            if policy.text:
                texts.append(policy.text)
                citations += policy.citations
    elif intent == "refund_request":
        actions.append("issue_refund")
        texts.append(facts.order_sentence(order))
        texts.append(f"The refundable amount on this order is {facts.money(facts.refundable_amount(order))}.")
    else:  # tier-2 order problems: acknowledged here, decided by a person
        texts.append(facts.order_sentence(order))
    return Section(" ".join(t for t in texts if t) + (f"\n{link}" if link else ""), citations, actions)


# --- not about an order ---------------------------------------------------------------------------
def _scope_section(text: str, language: str, frustrated: bool) -> Section:
    if _PRAISE.search(text) and "?" not in text and not frustrated and not chit_chat.asks_anything(text):
        return Section(phrases.say("thanks_back", language))
    return Section(phrases.say("out_of_scope", language, brand=BRAND), actions=["offer_person"])


def _from_passages_naming(pattern: str, question: Question, passages: list[PassageRef], language: str) -> Section:
    """The answer from the passages that name what the question asks about (a marketplace, a programme), or that the
    help center does not say, with a person offered: a passage that never names it answers something else."""
    naming = [p for p in passages if re.search(pattern, p.get("text") or "", re.IGNORECASE)]
    section = _policy_section(question, naming, language) if naming else Section(None)
    return section if section.text else Section(phrases.say("not_in_help_center", language), actions=["offer_person"])


SENDS_BACK = {"return_request", "exchange"}
# What the help center is asked when a return label gives trouble: how it is used and for how long, in its own words
# (the customer's "the post office won't accept it" is nearer the steps that choose items and reasons).
LABEL_HELP = "how do I print the return label or show its QR code, and how many days is the label valid?"


def _about_the_label(said: str) -> bool:
    """Trouble with a return label ("the label expired"), or how long one lasts ("how long is the return label valid
    for?"): how labels are used, and a person for a new one, answer both."""
    return tells_of_label_trouble(said) or asks_how_long_a_label_lasts(said)


def _label_trouble_section(passages: list[PassageRef], language: str) -> Section:
    """A return label that does not work, expired or never came: how labels are used (the help center), and a person
    who can send a new one. Never a new return proposed: the one the label is for was started already."""
    help_text = _policy_section(Question(text=LABEL_HELP, intent="return_request", confidence=1.0), passages, "en")
    person = phrases.say("label_trouble_person", language)
    if help_text.text is None:
        return Section(person, actions=["offer_person"])
    note = phrases.say("article_in_english", language)  # the help center's sentences are English
    quoted = f"{note}\n{help_text.text}" if note else help_text.text
    return Section(f"{quoted}\n\n{person}", help_text.citations, actions=["offer_person"])


def _answer(question: Question, request: DraftRequest, index: int, language: str) -> Section:
    intent = question["intent"]
    passages = _passages_for(request, index)
    english = english_reading(question["text"], language)  # the readers' words are English
    if intent == "out_of_scope" and asks_about_customer_care(question["text"]):  # hours, reply time, address
        # from the article this reading's history cites (chosen first): "are you open on sundays?" is no question
        # about delivery days, and "what's your email address?" none about the account's email
        section = _policy_section(question, passages[:1], language, nearest=True)
        if section.text:
            return section
        # a question about us that the contact article leaves open ("are you open on bank holidays?") is ours to
        # answer, not another company's: said to be outside the help center, with a person offered
        return Section(phrases.say("not_in_help_center", language), actions=["offer_person"])
    if intent == "out_of_scope" and asks_about_business(question["text"]):
        # jobs, wholesale, press, partnerships: the contact article says where they go, asked in its words
        section = _policy_section(question, passages, language, nearest=True, asked_as=BUSINESS_ASKS)
        if section.text:
            return section
    if intent == "out_of_scope":
        return _scope_section(question["text"], language, request.classification.frustrated)
    market = marketplace_asked(question["text"]) if intent == "product_info" else None
    if market:  # "do you sell on amazon too?": only a passage naming it answers ("if the size sells out..." was quoted)
        return _from_passages_naming(rf"\b{market}\b", question, passages, language)
    programme = programme_asked(question["text"])
    if programme:  # "do you have a referral program?": a help center with one names it ("Join" got password reset steps)
        return _from_passages_naming(rf"\b{programme}", question, passages, language)
    if intent == "account_help" and _site_trouble_goes_on(request, english, language):  # tried: the team is left
        return Section(phrases.say("site_trouble_goes_on", language), actions=["offer_person"])
    if intent == "account_help" and says_site_trouble(english):  # no article: a way past it, and the team told
        return Section(phrases.say("site_trouble", language), actions=["offer_person"])
    if question.get("asks_policy"):  # "what happens if it arrives damaged?": the article, and a person if it did
        # "how long does an exchange take?": when the new item ships, asked in the article's words (not its window)
        timed = EXCHANGE_TIME_ASKS if asks_how_long_an_exchange_takes(english) else None
        section = _policy_section(question, passages, language, nearest=timed is not None, asked_as=timed)
        if section.text is None:
            return Section(phrases.say("not_in_help_center", language), actions=["offer_person"])
        if intent not in SITUATIONS:  # "what's your exchange policy?": the policy itself, nothing happened
            return section
        return Section(f"{section.text}\n\n{phrases.say('if_it_happened', language)}", section.citations,
                       actions=["offer_person"])
    if tier_of(intent) == 2 and not INTENTS.get(intent, INTENTS["complaint"]).needs_order:
        return Section(None)
    if intent in SENDS_BACK and _about_the_label(english):
        return _label_trouble_section(passages, language)
    if intent in INTENTS and INTENTS[intent].needs_order:
        return _order_section(question, request, passages, language)
    orders = (request.oms or {}).get("orders") or []
    # Goods given to the customer are on the giver's order, not theirs: "can I exchange a gift I got from my aunt?" is
    # the gift article's, never an exchange proposed on the customer's own newest order.
    given = says_goods_were_a_gift(question["text"])
    acts = intent in INTENT_ACTIONS and not given
    if acts and not orders and ((request.oms or {}).get("item_not_found") or (request.oms or {}).get("candidates")):
        return _which_order_section(request.oms or {}, language, [])
    if acts and orders:  # an exchange acts on the customer's order
        action = _action_section(question, request, orders[0], passages, language)
        if action is not None:
            return action
    catalogue = (request.oms or {}).get("catalogue")
    looked_up = catalogue_question(request.classification.questions or [])  # the question the catalogue read
    if (intent in CATALOGUE_INTENTS or intent == "sizing") and catalogue and index == looked_up:  # sizing: in stock?
        if catalogue["products"] or catalogue.get("kinds"):  # kinds: the whole range, asked about it all
            said = catalogue_text(catalogue, language)  # "" when their records don't say what was asked
            if said:
                return Section(said)
        # a material or care question about goods it can't find is the help center's (care guides, materials)
        elif not catalogue.get("detail") and not help_center_names(passages, catalogue.get("words") or []):
            return Section(not_carried_text(catalogue, language), actions=["offer_person"])
    chart = (request.oms or {}).get("size_chart")
    # A later sizing question naming no goods ("what sizes do you have?" after "exchange the hiking boots") is about
    # the goods the message named: their chart, not the guide its few words are nearest (hats and belts).
    about_named = index == 0 or bool(chart and chart.get("goods") and not goods_named(question["text"]))
    # the named goods' own chart, not a product line's guide; with no goods named at all ("what sizes do you have"
    # quoted the accessories' table), which item it is for is asked when the guides differ
    if intent == "sizing" and (chart and about_named or chart is None and index == 0):
        if chart and (chart["chart"] or chart.get("charts")):
            table = Section(size_chart_text(chart, language, english_reading(question["text"], language)))
            note = _fit_note(chart, question, passages, language)
            return Section(f"{table.text}\n\n{note.text}", note.citations) if note.text else table
        if (_several_size_guides(passages) and not _left_out(question["text"], passages, language)
                and not _words_go_ahead(question, passages, language)):
            return Section(phrases.say("size_which_item", language))  # no goods named, and the guides differ
    # Each question is checked against its own passages (`_passages_for`), also in a message of several: "also is
    # there a loyalty program?" beside a shipping question got the gift-card article.
    # A condition the articles chosen leave out that another passage speaks of ("return it to a store?": "we sell
    # online only: there is no store"): that passage answers what the question hinges on.
    elsewhere = [p for p in passages if (p.get("metadata") or {}).get("condition")]
    chosen = [p for p in passages if p not in elsewhere]
    # Goods given to the customer hinge on the gift rules, whatever else is said of them ("for my birthday", "for a
    # bigger size"): those are the gift's story, not conditions the rules must name. Only an exchange, though, always
    # (another size or colour is what an exchange is); a return of a gift that asks what the gift rules do not say
    # ("can I return it without the box?") is the return policy's question still.
    gift_rules = [p for p in chosen if _GIFT_GOODS.search(p.get("title") or "")]
    gift = given and (intent == "exchange" or bool(gift_rules) and not _left_out(question["text"], gift_rules, language))
    # "can I use WELCOME10 and FREESHIP together?", "any black friday deals still going?", "can I pay later?": measured
    # in the help center's words (the codes' own names read nearest the list of reasons a code fails, which names
    # them; a sale the Final Sale rules; "later" or "plan" no article's word for paying in instalments)
    house = paying_question(english_reading(question["text"], language)) if intent in PAYING_INTENTS else None
    left_out = None if gift or house == INSTALMENTS_QUESTION else _left_out(question["text"], chosen, language)
    if left_out and elsewhere:
        section = _policy_section(question, elsewhere, language, nearest=True)
        if section.text:
            return section
    # "is this text really from you?", "can I return a gift?": the passage nearest in meaning, not the one history's
    # account or return questions cited (the gift-returns article is one history never cited)
    if asks_for_a_discount_code(question["text"]) or asks_how_to_use_a_code(question["text"]):
        # one asked for, or how to use one, not one that failed: not the failure's article
        chosen = [p for p in chosen if not _TROUBLESHOOTING.match(p.get("title") or "")] or chosen
    if gift:  # "I got this jacket as a present, can I swap it?": the gift rules, not the jacket's fit
        chosen = gift_rules or chosen
    if house == INSTALMENTS_QUESTION:  # "can I pay later?": the article about paying in instalments, if one was found,
        chosen = [p for p in chosen if _IN_PARTS_TITLE.search(p.get("title") or "")] or chosen  # not declined cards
    stopped = _subscription_stopped(question, chosen, language)
    if stopped is not None:
        return stopped
    steps = _steps_asked_for(question, passages, language)
    if steps is not None:
        return steps
    if intent in PAYING_INTENTS and asks_to_change_order_payment(english):
        # a placed order's payment: the help center has no rule for it, and "pay with another method" is a declined
        # card's advice, not an answer (own_payment.py)
        return Section(phrases.say("not_in_help_center", language), actions=["offer_person"])
    combined = house == COMBINED_CODES_QUESTION
    # a gift's question is the gift rules' whatever its own words ask ("can I swap it for a bigger size?"); what shipping
    # costs, asked of the return policy, is what the return's shipping costs ("and who pays for shipping?")
    return_shipping = _return_shipping_asked(question, intent, language)
    delivery = _delivery_asked_as(intent, english)
    reach = _money_or_return_asked_as(english)
    asked_as = house or (GIFT_RETURN_QUESTION if gift else None) or return_shipping or delivery or reach
    section = _policy_section(question, chosen, language, with_table=intent == "sizing",
                              nearest=(_nearest_answers(question["text"]) or house is not None or delivery is not None
                                       or reach is not None),
                              asked_as=asked_as, other_asks=len(request.classification.questions or []) == 1)
    if intent in PAYING_INTENTS:  # "can I pay with Afterpay?": not on the list of those accepted
        refused = _way_to_pay_not_taken(question, chosen, language)
        if refused is not None:
            return refused
    # asked in the help center's words, what the customer's own words leave out is no longer what is asked ("stack",
    # "postage", the delivery "date")
    # ...and a message doubted as ours is the scam article's whatever carrier or fee it names ("a text from DHL asking
    # for a customs fee, is that real?" was told the help center does not say, for "DHL")
    doubted = suspects_phishing(english)
    if section.text is None or (left_out and not combined and not return_shipping and not delivery and not doubted):
        return Section(phrases.say("not_in_help_center", language), actions=["offer_person"])
    # "how do I change my name on my account?" is not answered by how to change the email (account_details.py); the
    # article's title counts ("update the default address on my account" got the email article's "We send a
    # confirmation link to the new address", which names no detail but is under "Change the email on your account")
    if intent == "account_help" and answers_another_detail(question["text"], section.text):
        return Section(phrases.say("not_in_help_center", language), actions=["offer_person"])
    return section


def _delivery_asked_as(intent: str, english: str) -> str | None:
    """A delivery question in the help center's words, its nearest passage first: which carriers, another delivery
    day, or (asked as shipping information) a store to shop in, taxes in the price, a fee queried or two speeds
    compared ("the difference between standard and express shipping?": their rates and times), and the time to order
    by ("what's the cut-off for express today?": the same-day dispatch sentence). None for any other question."""
    if asks_which_carrier(english):
        return CARRIERS_ASKS
    if asks_to_move_the_delivery_day(english):
        return DELIVERY_DAY_ASKS
    if intent != "shipping_info":
        return None
    if asks_about_delivery_days(english):  # "do you ship on weekends?": the days carriers deliver, not the rates
        return DELIVERY_DAYS_ASKS
    if asks_where_to_shop(english):
        return STORE_ASKS
    if asks_whether_tax_included(english):
        return TAXES_ASKS
    if queries_delivery_fee(english) or len(speed_named(english)) > 1:
        return DELIVERY_RATES_ASKS
    return CUTOFF_ASKS if asks_for_dispatch_cutoff(english) else None


def _money_or_return_asked_as(english: str) -> str | None:
    """"how long do refunds take to go back onto a credit card?": the refund times by way of paying; "what's the address
    i send returns to?": how a return is sent (its prepaid label carries the address). None otherwise."""
    if asks_when_money_shows(english):
        return REFUND_REACH_ASKS
    return RETURNS_ADDRESS_ASKS if asks_for_returns_address(english) else None


def _site_trouble_goes_on(request: DraftRequest, english: str, language: str) -> bool:
    """The last reply gave the ways past the site's trouble, and the customer says they tried them or it still fails."""
    last = next((text for role, text in reversed(request.history) if role != "customer"), "")
    return (phrases.say("site_trouble", language) in last
            and (bool(steps_taken(english)) or says_trouble_goes_on(english)))


def _return_shipping_asked(question: Question, intent: str, language: str) -> str | None:
    """A return-policy question whose own words ask only what shipping costs, in the policy's words (return_shipping.py)."""
    if intent != RETURN_POLICY:
        return None
    asked = _asked_in_english(question, language)
    # ...or what a return's label costs, asked alone ("why do I have to pay for returns now??")
    return RETURN_SHIPPING_ASKS if asks_what_shipping_costs(asked) or asks_cost_of_return_label(asked) else None


def _steps_asked_for(question: Question, passages: list[PassageRef], language: str) -> Section | None:
    """"How do returns work?", "what's the process for returning an item?": the numbered steps of an article about that
    subject (its title names it), measured as "steps to returns" (process_questions.py); the subject's rules ("We
    refund to your original payment method...") answered it before. None when no such steps were found."""
    asked = steps_question(english_reading(question["text"], language))
    if asked is None:
        return None
    subject = asked.removeprefix("steps to ")
    with_steps = [p for p in passages if shares_a_word(subject, p.get("title") or "")
                  and any(steps_in(s) for s in article_sentences(p.get("text") or "", p.get("heading") or ""))]
    if not with_steps:
        return None
    section = _policy_section(question, with_steps, language, nearest=True, asked_as=asked)
    return section if section.text else None


_SAYS_HOW_TO_STOP = re.compile(r"unsubscrib\w*|preferences|opt[- ]out|cancel\w*|(?:close|delete)\s+(?:your|the|an)\s+"
                               r"account")


def _subscription_stopped(question: Question, passages: list[PassageRef], language: str) -> Section | None:
    """"Cancel my subscription", "how do I cancel my membership?": the help center's way to stop it, from a passage
    that names it (the newsletter's unsubscribe link), else that the help center has nothing on it; never an order's
    cancellation (subscription_cancel.py). None when the question cancels no subscription."""
    thing = thing_cancelled(english_reading(question["text"], language))
    if thing is None:
        return None
    head = thing.split()[-1].rstrip("s")[:7]  # "marketing emails": "email"; "subscription": "subscr"
    # ...and that says how something stops ("stop sending me texts" got the scam article's "Forward the suspicious
    # email or text to us", which names texts but stops none)
    naming = [p for p in passages if head in (said := f"{p.get('title') or ''} {p.get('text') or ''}".lower())
              and _SAYS_HOW_TO_STOP.search(said)]
    section = _policy_section(question, naming, language, nearest=True, asked_as=stop_question(thing))
    if section.text is None:
        return Section(phrases.say("not_in_help_center", language), actions=["offer_person"])
    return section


def _fit_note(chart: dict, question: Question, passages: list[PassageRef], language: str) -> Section:
    """How the goods' line fits, from its own size guide ("Outerwear is cut to layer over a sweater; if you are between
    sizes, take your usual size"): the product's chart replaced the guide, and its fit note went with it. Only a guide
    whose chart is this product's (the same table), never another line's."""
    if not chart.get("chart"):
        return Section(None)
    own_table = size_table(chart["chart"])
    guides = {p.get("doc_id") for p in passages if own_table in (p.get("text") or "")}
    ours = [p for p in passages if p.get("doc_id") in guides]
    if not ours:
        return Section(None)
    note = _policy_section(question, ours, language, nearest=True, asked_as=FIT_QUESTION)
    return note if note.text and _FITS.search(note.text.split("\n")[0]) and "|" not in note.text else Section(None)


FIT_QUESTION = "How does it fit: does it run small or large, and should I take my usual size?"
# (footwear's "US men's sizing ... Half sizes: size up" says how it fits in sizes, not in words of fit)
_FITS = re.compile(r"\b(?:fit|fits|cut|usual size|true to size|runs?\s+(?:small|large|big)|half\s+sizes?|"
                   r"sizes?\s+(?:up|down))\b", re.IGNORECASE)


def _nearest_answers(text: str) -> bool:
    """Questions the articles history cited for their reading do not answer: "is this text really from you?",
    "can I return a gift?", "is there a code for first orders?" (history's promo questions were codes that failed)."""
    return suspects_phishing(text) or says_goods_were_a_gift(text) or asks_for_a_discount_code(text)


# An article about paying in parts ("Pay in instalments with Klarna").
_IN_PARTS_TITLE = re.compile(r"\binstal+ments?\b", re.IGNORECASE)
# An article about gifts of goods ("Returning or exchanging a gift"), not about gift cards.
_GIFT_GOODS = re.compile(r"\bgifts?\b(?!\s+cards?)", re.IGNORECASE)
# An article about something that fails ("Why isn't my promo code working?"): its reasons answer a failure.
_TROUBLESHOOTING = re.compile(r"^\s*why\s+(?:isn't|isnt|is\s+not|doesn't|does\s+not|won't|can't|didn't)\b", re.I)
PAYING_INTENTS = frozenset({"payment_methods", "promo_code"})
_HOURS = re.compile(r"\b\d{1,2}\s?(?:am|pm)\b|\btime\s+(?:window|slot)|\b(?:morning|afternoon|evening)\b", re.IGNORECASE)
DELIVERY_HOURS_QUESTION = "What time of day do carriers deliver, and where can I see the delivery time window?"
_ACCEPTED_LIST_QUESTION = "Which payment methods do you accept?"


def _way_to_pay_not_taken(question: Question, passages: list[PassageRef], language: str) -> Section | None:
    """A way to pay the question names that the help center's list of accepted ones leaves out: say it is not
    taken, then the list (payment_options.py); None when no way to pay is named or no list is found."""
    method = named_payment_method(english_reading(question["text"], language))
    if method is None:
        return None
    # asked of the list, not of the question: its closeness to the question ("do you take afterpay?", 0.27) says
    # nothing of whether it is the list
    listing = [{**p, "metadata": {k: v for k, v in (p.get("metadata") or {}).items() if k != "similarity"}}
               for p in passages if lists_ways_to_pay(p.get("text") or "")]
    listed = _policy_section({**question, "text": _ACCEPTED_LIST_QUESTION}, listing, "en")
    if not lists_ways_to_pay(listed.text or "") or method in payment_methods_in(listed.text or ""):
        return None  # no list of the ways accepted among these passages, or the way named is on it
    accepted = listed if language == "en" else _policy_section({**question, "text": _ACCEPTED_LIST_QUESTION}, listing,
                                                                  language)
    not_taken = phrases.say("payment_not_accepted", language, method=method)
    if not_taken[1:2].islower():  # "Cash on delivery isn't...", but "iDEAL" as it is written
        not_taken = not_taken[0].upper() + not_taken[1:]
    return Section(f"{not_taken} {accepted.text}", accepted.citations)


def _words_go_ahead(question: Question, passages: list[PassageRef], language: str) -> bool:
    """A passage without a table goes ahead of every size guide (`_goes_ahead`: "how do I measure my inseam?": the
    measuring guide, not a chart to choose): the sizing question is answered in words."""
    asked = _asked_in_english(question, language)
    closeness = {id(p): closest_sentence(asked, p) for p in passages}
    tables = [p for p in passages if first_table(p.get("text") or "")]
    if not tables:
        return False
    best_table = max(tables, key=lambda p: _standing(p, closeness[id(p)]))
    return any(_goes_ahead(p, best_table, closeness, asked) for p in passages if p not in tables)


def _left_out(text: str, passages: list[PassageRef], language: str) -> list[str] | None:
    """What the question hinges on that no passage mentions (coverage.uncovered_condition), as written and as its
    English gloss both: the articles are English ("in saldo" is "on sale", which the return policy names), and a
    word-by-word gloss of a verb-final sentence ("Kann ich Schuhe zurückgeben?": "can i shoes return") misplaces
    what it asks."""
    left_out = uncovered_condition(text, passages)
    if not left_out or language == "en":
        return left_out
    return uncovered_condition(english_reading(text, language), passages) and left_out


def _several_size_guides(passages: list[PassageRef]) -> bool:
    """The retrieved help passages hold the tables of more than one guide: which one answers depends on the item."""
    return len({p.get("doc_id") for p in passages if first_table(p.get("text") or "")}) > 1


# Questions answered by the same section: "where is it?" and "it's late" get one status reply, not two.
_SAME_ANSWER = {"shipping_delay": "order_status", "return_policy": "return_request", "payment_methods": "promo_code"}


def _unique_questions(questions: list[Question]) -> list[tuple[int, Question]]:
    """One section per distinct answer (where a refund goes is one of its own); an out-of-scope aside never gets a
    section beside a real question."""
    seen: set[str] = set()
    unique = []
    for index, question in enumerate(questions):
        family = _SAME_ANSWER.get(question["intent"], question["intent"])
        if index and asks_where_refund_goes(question["text"]):
            # "I'd like to return the boots. Can the refund go to my original card?": where the money goes is its own
            # answer, not the return's steps (refund_questions.py reads it as the return policy)
            family = "refund_destination"
        if family in seen or (index and family == "out_of_scope"):
            continue
        seen.add(family)
        unique.append((index, question))
    return unique


def _opens_with_apology(body: str, language: str) -> bool:
    """The reply already starts by saying sorry (a late order's "I'm sorry: your order ... is running late")."""
    late = phrases.say("order_late", language, order="", promised="")
    return body.startswith(late.split(":", 1)[0])


def _either_reading(answered: list[tuple[Question, Section]], language: str) -> list[tuple[Question, Section]]:
    """Two readings of the same words (two_readings.py): the likelier one answers as usual; the other adds its
    answer only when that quotes the help center something the first did not (a reading it has nothing on, an
    order listing or a second order action would only add noise). When the first reading has nothing to say (the
    help center has nothing on it, or it can only ask which order) and the second quotes the help center, the
    second answers alone."""
    readings = [(question, section) for question, section in answered if question.get("one_of")]
    if len(readings) < 2:
        return answered
    (first_question, first), (second_question, second) = readings[:2]
    unknown = first.text == phrases.say("not_in_help_center", language) or asks_which_order(first.text or "")
    adds = bool(second.text and second.citations and not set(second.citations) <= set(first.citations))
    kept = [(second_question, second)] if unknown and adds else [(first_question, first)] + (
        [(second_question, second)] if adds and second.proposal is None else [])
    return [pair for pair in answered if not pair[0].get("one_of")] + kept


def compose(request: DraftRequest) -> Draft:
    language = phrases.language_of(request.classification.language)
    sections: list[str] = []
    citations: list[str] = []
    actions: list[str] = []
    unanswered: list[str] = []
    proposal: dict | None = None
    answered = [(question, _answer(question, request, index, language))
                for index, question in _unique_questions(request.classification.questions)]
    for question, section in _either_reading(answered, language):
        if section.text and section.text in sections:
            continue  # two questions, one answer: say it once
        if section.text:
            if section.proposal is not None:  # one order action per turn: the others wait their turn
                if proposal is not None:
                    what = INTENTS[question["intent"]].description.lower()
                    sections.append(phrases.say("other_request_waits", language, what=what))
                    continue
                proposal = section.proposal
            sections.append(section.text)
            citations += [c for c in section.citations if c and c not in citations]
            actions += [a for a in section.actions if a not in actions]
        else:
            unanswered.append(question["intent"])
    if not sections:
        return Draft(text="", citations=[], actions_needed=actions, unanswered=unanswered, proposal=proposal)
    name = (request.customer or {}).get("first_name")
    greeting = phrases.say("greeting_named", language, name=name) if name else phrases.say("greeting", language)
    body = "\n\n".join(sections)
    if request.classification.frustrated and not _opens_with_apology(body, language):
        body = f"{phrases.say('frustrated_ack', language)} {body}"  # the answer, after a word for how they feel
    awaiting_yes = awaits_yes(proposal)
    # A reply waiting for a yes or for which order it is ends on that question, not on "anything else?"
    closing = "" if awaiting_yes or asks_which_order(body) else "\n\n" + phrases.say("anything_else", language)
    return Draft(text=f"{greeting}\n\n{body}{closing}", citations=citations, actions_needed=actions,
                 unanswered=unanswered, proposal=proposal)
