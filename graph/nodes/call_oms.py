"""call_oms: fetch live order data for the verified customer only (function calls over HTTP).

First pass (from retrieve): the lookup the classified intents need, the same for both engines, so the
escalation rules and money limits always have OMS figures whatever a model later does. Later passes
(LLM engine, from draft): the tool calls the model asked for, run by tools/oms/model_tools.py for the
verified customer, their results kept for the next drafting round.
"""

from __future__ import annotations

import asyncio
import logging
import re

from core.settings import get_settings
from graph.dialogue.continuation import asks_for_another_order, gives_a_reason, order_in_focus, reason_subject
from graph.dialogue.order_pick import listed_to_pick_from, picked_from_list
from graph.dialogue.slots import read_slots
from graph.intents import INTENTS
from graph.messages import customer_texts_before
from graph.progress import report_progress
from graph.reasoning.glossary import english_reading
from graph.reasoning.policy_questions import request_intents
from graph.reasoning.restock import asks_for_goods_back, asks_for_restock
from graph.state import OmsFacts, SupportState
from tools.oms import (
    CustomerNotFound,
    InvalidOrderNumber,
    OmsRequestRejected,
    OmsUnavailable,
    OrderNotFound,
    ProductNotFound,
    oms_client,
)
from tools.oms.actions.base import ActionPolicy
from tools.oms.actions.cancel_order import is_exchange_instead
from tools.oms.actions.refund import amount_at_stake
from tools.oms.catalogue import (
    CATALOGUE_INTENTS,
    asks_about_a_place,
    asks_about_a_service,
    asks_about_range,
    asks_about_stock,
    asks_of_it,
    catalogue_question,
    goods_words,
    names_a_variant,
    names_only_a_variant,
    price_order,
    range_of,
)
from tools.oms.comparison import asks_to_compare
from tools.oms.item_match import goods_named, items_text, named_items, said_as_request
from tools.oms.late_delivery import asks_credit_for_lateness, late_credit, late_order
from tools.oms.model_tools import ToolContext, run_tool
from tools.oms.models import CustomerOverview
from tools.oms.order_choice import (
    alone_placed_when_said,
    asks_about_several_orders,
    asks_to_see_orders,
    choose_order,
    match_orders_by_items,
    names_latest_order,
    none_placed_near_said_day,
    none_unshipped_as_said,
    order_before,
    orders_lacking_named_items,
    other_moving_orders,
    placed_when_said,
    points_at_the_order_before,
    refund_needs_an_order,
    says_order_was_cancelled,
    says_placed_just_now,
    says_when_placed,
)
from tools.oms.price_limit import price_limit
from tools.oms.product_detail import asks_about_detail
from tools.oms.size_chart import chart_of
from tools.oms.store_range import asks_about_whole_range, whole_range

log = logging.getLogger(__name__)

REFUND_INTENTS = {"refund_request"}
GOODS_LOOKBACK = 3  # earlier customer messages a question without goods ("how much is it?") looks back at
PRODUCT_INTENTS = {"return_request", "exchange"}  # their actions need Final Sale flags and variants
STATUS_INTENTS = {"order_status", "shipping_delay"}
ITEM_MATCH_ORDERS = 10  # the customer's latest orders goods named are matched against (a regular buyer has goods
# named in an order older than their last five: "return my rain shell", one delivered, one on its way)
RECENT_ORDERS = 5  # the latest orders an unnumbered question that names no goods is about
CANDIDATES = 3  # orders listed when the customer must say which one they mean


def refund_at_stake(text: str, order: dict) -> float:
    """Money a refund question is about, from OMS figures only: the lines the customer names (what they cost,
    capped by what is still refundable), else everything still refundable. The refund tool proposes the very
    same amount (tools/oms/actions/refund.py), so the limit rule and the proposal never disagree. Credit asked for
    a late delivery is about the express fee the late-delivery rule refunds, not the goods."""
    if asks_credit_for_lateness(text):
        policy = ActionPolicy.of(get_settings())
        return float(late_credit(order, policy.current_date(), policy.store))
    return float(amount_at_stake(order, text))


def not_found_facts(text: str, orders: list[dict], total: int) -> dict:
    """What the reply needs to say that no order looked at has the goods named: which goods, and whether
    those orders are all the customer has."""
    return {"items": items_text(goods_named(text)), "searched": len(orders), "all_orders": len(orders) >= total}


def still_asked_which(dialogue: dict | None, turn: dict) -> bool:
    """The last reply asked which order, and this follow-up names neither an order nor goods ("I don't have the
    number", "my zip is 98193"): picking one by its state would act on a guess."""
    awaiting = (dialogue or {}).get("awaiting") or []
    text = turn.get("text", "")
    chooses = names_latest_order(text)  # "the newest one", "my latest order"
    return bool(turn.get("context")) and "order_number" in awaiting and not chooses and not goods_named(text)


_NOUN_PHRASE = re.compile(r"^(?:the|my|that|this|those|these)?\s*[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}\W*$", re.IGNORECASE)


def as_goods_request(text: str, turn: dict) -> str:
    """A continuation of a goods request that only names goods ("the boots"), said as that request ("return the
    boots"), so its goods choose the order as a first message's would; any other text as it is."""
    return said_as_request(text, turn.get("intent")) if turn.get("context") else text


def _named_goods_elsewhere(turn: dict, focused: list, orders: list) -> bool:
    """The message names goods the order in focus lacks: the conversation's order is not the one meant (another
    order that has them is, or none is, and the reply says so)."""
    if not focused or focused[0] is None:
        return False
    text = as_goods_request(english_reading(turn.get("text", ""), turn.get("language") or "en"), turn)
    focus = [focused[0].model_dump(mode="json")]
    others = [o.model_dump(mode="json") for o in orders if o.id != focused[0].id]
    if goods_named(text):  # "I want to return the jogger instead", "the boots" during a return
        # goods only kept out of the request leave the order as it is: "all of it except the tee" of the order the
        # return was proposed for is that order still (the other order holding a tee was a cancelled one)
        return bool(named_items(text)) and orders_lacking_named_items(text, focus)
    # or named alone, as a choice ("the jogger", "the flow jogger"): a noun phrase, never a remark ("it's too long")
    if not _NOUN_PHRASE.match(text.strip()):
        return False
    return bool(match_orders_by_items(text, others)) and not match_orders_by_items(text, focus)


def with_goods_of_the_reason(text: str, turn: dict, intents: set[str], earlier: list[str]) -> str:
    """Why goods go back, said with the goods as its subject ("ok the sweater just isn't for me") or after the message
    that named them ("they just don't fit me right", after "can I return my jeans?"): read with those goods asked for,
    so they choose the order as in one message (alone, the newest order's goods were proposed for the return)."""
    if not (turn.get("context") == "detail" and intents & PRODUCT_INTENTS and gives_a_reason(text)) or goods_named(text):
        return text
    verb = "exchange" if "exchange" in intents else "return"
    subject = reason_subject(text)
    if subject and goods_named(f"{verb} {subject}"):
        return f"{text}. {verb} {subject}"
    before = english_reading(earlier[0], turn.get("language") or "en") if earlier else ""
    return f"{text} {before}" if goods_named(before) else text


def picks_by_product(text: str, orders: list[dict]) -> bool:
    """A choice that names a product of one of the orders ("the vest one"); a word that merely appears in a
    product name ("my zip code is ...") is no choice."""
    return "choice" in read_slots(text).kinds and bool(match_orders_by_items(text, orders))


def order_brief(order: dict) -> dict:
    """An order in a few words, for a list the customer chooses from."""
    return {"id": order["id"], "placed_at": order.get("placed_at"), "status": order.get("status"),
            "items": [line.get("product_name", "") for line in order.get("items") or []][:3],
            "total": order.get("total")}


def oms_needed(turn: dict) -> tuple[bool, bool]:
    """(needs_order, worth_a_lookup) for this turn.

    Order questions need the customer's orders. A case that goes to a person (a tier-2 intent, or a
    request for a person) is worth one lookup so the handoff names the customer and their latest
    orders. Anything else (a policy question) is answered without the OMS: with the OMS slow or down,
    "what is your return policy?" still answers at once, and the greeting's first name is not worth a call.
    """
    intents = set(request_intents(turn.get("questions") or [], turn.get("intent")))  # not a policy question's
    known = [INTENTS[i] for i in intents if i in INTENTS]
    needs_order = any(i.needs_order for i in known)
    for_a_person = bool(turn.get("wants_human")) or any(i.tier == 2 for i in known)
    return needs_order, needs_order or for_a_person


async def _order_or_missing(client, customer_id: str, number: str):
    """The customer's order under this number, or None when it is not theirs / does not exist."""
    try:
        return await client.get_order(customer_id, number)
    except (OrderNotFound, InvalidOrderNumber):
        return None


async def _lookup(client, customer_id: str, numbers: list[str], depth: int) -> tuple[CustomerOverview, list]:
    """The overview (the customer's last `depth` orders) and each named order, requested in parallel: one round
    trip of wall time."""
    overview, *named = await asyncio.gather(
        client.get_overview(customer_id, orders=depth),
        *(_order_or_missing(client, customer_id, number) for number in numbers),
        return_exceptions=True,
    )
    for outcome in (overview, *named):  # the overview's failure (e.g. CustomerNotFound) decides first
        if isinstance(outcome, BaseException):
            raise outcome
    return overview, named


def _merge_tool_facts(turn: dict, outcome) -> None:
    """What a tool found becomes OMS facts of the turn: an order the customer owns, a proposed action (and
    for a refund its amount, which the refund_over_limit rule then judges)."""
    oms = dict(turn.get("oms") or {})
    if outcome.order and all(o.get("id") != outcome.order.get("id") for o in oms.get("orders") or []):
        oms["orders"] = [*(oms.get("orders") or []), outcome.order]
    if outcome.proposal and not turn.get("proposal"):
        turn["proposal"] = outcome.proposal
        amount = outcome.proposal.get("amount")
        if outcome.proposal.get("action") == "refund" and amount is not None:
            oms["refund_amount"] = max(float(amount), float(oms.get("refund_amount") or 0.0))
    turn["oms"] = oms


async def run_tool_calls(state: SupportState, turn: dict) -> dict:
    """One round of the model's tool calls, for the verified customer of this turn (never the model's)."""
    customer_id = state.get("customer_id")
    client = oms_client()
    calls, results = turn.pop("tool_calls"), []
    for call in calls:
        context = ToolContext(
            intents=frozenset(q["intent"] for q in turn.get("questions") or []) | {turn.get("intent", "")},
            already_proposed=bool(turn.get("proposal")),
            text=turn.get("text", ""),
            region=((turn.get("oms") or {}).get("customer") or {}).get("region"),
            settings=get_settings(),
        )
        outcome = await run_tool(client, customer_id, call["name"], call.get("args"), context)
        _merge_tool_facts(turn, outcome)
        results.append(outcome.as_message())
        if outcome.rejected_arguments:  # e.g. another customer's id: not kept in state, not replayed
            call["args"] = {}
    turn["tool_rounds"] = [*(turn.get("tool_rounds") or []), {"calls": calls, "results": results}]
    return {"turn": turn}


async def _size_chart(text: str) -> dict | None:
    """The chart of the goods a sizing question names; an OMS outage leaves the help center's guides to answer."""
    return await _from_catalogue(chart_of(oms_client(), text))


async def _from_catalogue(lookup) -> dict | None:
    """A catalogue look-up's answer, or None when the OMS is out: the help center answers instead."""
    try:
        return await lookup
    except (OmsUnavailable, OmsRequestRejected) as exc:
        log.warning("OMS catalogue unavailable: %s", exc)
        return None


def sizing_text(turn: dict) -> str:
    """The words of the message that ask about size: the sizing question's own in a message of several ("do the
    chinos run small and do you have them in olive?" found no chart, the olive goods of other kinds beside them)."""
    questions = turn.get("questions") or []
    asked = next((q.get("text") for q in questions if q.get("intent") == "sizing"), None) if len(questions) > 1 else None
    return asked or turn.get("text", "")


async def _sized_goods(text: str, earlier: list[str]) -> dict | None:
    """The chart of the goods this sizing question names, or else of the goods the customer named last ("I'd like
    to change the size of my boots" ... "I just want the right size")."""
    found = await _size_chart(text)
    if found is None or found["goods"] is not None:  # goods named here (with one chart, or with several)
        return found
    for said in earlier[:GOODS_LOOKBACK]:
        before = await _size_chart(said)
        if before is None or before["goods"] is not None:  # goods named there
            return before or found
    return found


async def _sized_goods_in(text: str, earlier: list[str], language: str) -> dict | None:
    """`_sized_goods` in the customer's language: another language is read by its gloss, and only goods it names
    are kept ("¿qué talla de la Switchback Rain Shell?": the shell's chart). A gloss that names none says nothing
    (see kept_catalogue): the help center's guides answer."""
    if language == "en":
        return await _sized_goods(text, earlier)
    found = await _sized_goods(english_reading(text, language), [english_reading(said, language) for said in earlier])
    return found if found and found.get("goods") is not None else None


async def _catalogue(text: str, question: str = "") -> dict | None:
    """The store's products of the kind asked about (or its kinds, asked about them all); an OMS outage leaves the
    help center to answer."""
    if asks_about_whole_range(text):
        return await _from_catalogue(whole_range(oms_client(), price_order(text)))
    return await _from_catalogue(range_of(oms_client(), text, question))


def _asks_of_goods(text: str) -> bool:
    """A question about goods: their range, a detail of them, their coming back in stock ("is the vest coming back in
    small?": what is in stock now), or goods within a price ("any sweaters under $50?")."""
    return (asks_about_range(text) or asks_about_detail(text) or asks_for_goods_back(text)
            or (price_limit(text) is not None and bool(goods_words(text))))


NAMING_WORDS = 6  # "the parka?", "and the chelsea boot": a message this short names goods and nothing else


def names_goods_asked(said: str) -> bool:
    """An earlier message that may name the goods a later "how much is it?" is about: it asked about goods, it was
    only a few words naming them, or it asked for something done to goods it names ("the slim jean I got is too
    small, can I get a bigger size?" before "what sizes do you have?"). A story ("I forget my password every
    time") names none, whatever its words."""
    return _asks_of_goods(said) or len(said.split()) <= NAMING_WORDS or bool(goods_named(said))


def _goods_named_before(earlier: list[str]) -> str:
    """The last earlier message (the most recent first) that names the goods a later question may be about, or "".
    A question of "it" is passed over: "and what sizes does it come in?" after "does it have a hood?" asks of the
    parka named before that."""
    return next((said for said in earlier[:GOODS_LOOKBACK]
                 if goods_words(said) and names_goods_asked(said) and not names_only_a_variant(said)
                 and not asks_of_it(said)), "")


def catalogue_query(text: str, earlier: list[str], follow_up: bool) -> tuple[str, str] | None:
    """(the text naming the goods, the text asking about them) for a product question, or None when it is none.
    `earlier` are the customer's messages before this one, the most recent first. "how do I wash it?" after "what
    is the parka made of?": this question, those goods (the goods last named); "and the chelsea boot?" after
    "what is the slip dress made of?": these goods, that question."""
    if asks_about_a_place(text) or asks_about_a_service(text):  # "a physical store I can try things on?", "a
        return None  # warranty on your boots?": no goods to look up, the help center answers
    named_before = _goods_named_before(earlier) if asks_of_it(text) else ""
    if named_before:
        # "does it have pit zips?" after the rain shell: "it" is the goods named before, "pit zips" what is asked of
        # them (read as goods, they found the Quarter-Zip)
        return named_before, text
    if _asks_of_goods(text):
        if goods_words(text) or asks_about_whole_range(text):  # "what do you sell?": the whole range
            return text, ""
        named_before = _goods_named_before(earlier)
        return (named_before, text) if named_before else None
    before = earlier[0] if earlier else ""
    return (text, before) if follow_up and goods_words(text) and _asks_of_goods(before) else None


def asks_of_goods_before(earlier: list[str]) -> bool:
    """The customer's last message that was more than an option ("and in L?", "in navy?") asked about goods."""
    asked = next((said for said in earlier if not names_only_a_variant(said)), "")
    return bool(asked) and (asks_about_stock(asked) or _asks_of_goods(asked))


def variant_of_before(text: str, earlier: list[str]) -> tuple[str, str] | None:
    """(the goods named before, the questions before with this option added, the newest option read first): "what
    about size L?" after "does the sherpa jacket come in black?" asks for the jacket in black, size L."""
    named_before = _goods_named_before(earlier)
    return (named_before, " ".join([text, *earlier[:GOODS_LOOKBACK]])) if named_before else None


def kept_catalogue(found: dict | None, language: str) -> dict | None:
    """A look-up by a gloss that found nothing says nothing: the glossaries know few product nouns, so "we don't
    sell that" would be a guess; the help center answers instead. One that found goods does not name their kind:
    it is the gloss's English word ("en t-shirt"), not the customer's; so is a colour or a size it names."""
    if found is None or language == "en":
        return found
    return {**found, "asked": "", "colour": None, "options": [], "property": None} if found["products"] else None


async def call_oms(state: SupportState) -> dict:
    turn = dict(state.get("turn") or {})
    if turn.get("tool_calls"):
        return await run_tool_calls(state, turn)
    intents = {q["intent"] for q in turn.get("questions") or []} | {turn.get("intent")}
    needs_order, lookup = oms_needed(turn)
    customer_id = state.get("customer_id")
    # an exchange acts on an order; "what's your exchange policy?" asks for none (policy_named.py)
    requested = set(request_intents(turn.get("questions") or [], turn.get("intent")))
    wants_order = needs_order or bool(customer_id and requested & PRODUCT_INTENTS)
    lookup = lookup or wants_order
    facts = OmsFacts(orders=[], recent_orders=[], refund_amount=None, order_not_found=[], error=None)
    # "do you have the peacoat in navy in size M?" reads as sizing, but asks what the store has: the catalogue answers
    # "what about size L?" after "does the sherpa jacket come in black?": the same goods, in another option (not the
    # size an exchange asked for)
    said_before = customer_texts_before(state.get("messages") or [])
    variant_asked = (names_only_a_variant(turn.get("text", ""))
                     and "choice" not in ((state.get("dialogue") or {}).get("awaiting") or [])
                     and asks_of_goods_before(said_before))
    catalogue_answers = "sizing" in intents and (asks_about_stock(turn.get("text", "")) or variant_asked)
    if intents & CATALOGUE_INTENTS or catalogue_answers:  # anyone may ask what the store sells
        # The catalogue names goods in English: another of the brand's languages searches by its gloss, as
        # help-center search does ("¿cuánto cuesta la camiseta?" looks for a t-shirt).
        language = turn.get("language") or "en"
        # A message of several questions ("do you have the parka in M? Also, what's the return policy?"): the
        # product question's own words, not the message's, say what is asked about the goods.
        questions = turn.get("questions") or []
        index = catalogue_question(questions)
        asked = questions[index] if index is not None and index < len(questions) else {}
        own, before = (asked.get("text") or turn.get("text", "")), asked.get("subject_before")
        if before and own.startswith(before):  # "and the boots?" read with "what's the parka made of?": its own words
            own = own[len(before):].strip()
        query = english_reading(own if index or before else turn.get("text", ""), language)
        # ...and "them" in it may be the goods an earlier question of the same message named ("do the chinos run small
        # and do you have them in olive?")
        asked_before = [q.get("text", "") for q in questions[:index][::-1]] if index else []
        earlier = [english_reading(text, language) for text in [*asked_before, *said_before]]
        looked_up = (variant_of_before(query, earlier) if variant_asked else
                     catalogue_query(query, earlier, turn.get("context") == "follow_up" or bool(before)))
        if looked_up:
            found = kept_catalogue(await _catalogue(*looked_up), language)
            # Goods taken from an earlier message that the catalogue has none of were a guess at what "it" is
            # (any word of it may have looked like goods): nothing to say, never "we don't sell <that word>".
            from_earlier = looked_up[0] != query
            # ...nor goods asked to come back ("is the black hoodie coming back in XL?"): the customer knows them, so
            # the help center's restock words answer, not "we don't sell hoodies"
            guessed = from_earlier or asks_for_goods_back(query)
            # ...and asked back with no size or colour named ("can you let me know when it's back?", "will the chore
            # coat be restocked?"): what is in stock now answers nothing asked, the help center's restock words do
            back_of_no_variant = asks_for_restock(query) and not names_a_variant(query)
            facts["catalogue"] = (None if (guessed and found and not found.get("count")) or back_of_no_variant
                                  else found)
    elif "sizing" in intents and asks_to_compare(turn.get("text", "")):
        # "should I get the peacoat or the chore coat?" reads as sizing: two products named side by side are the
        # catalogue's to set out; anything else it finds ("the M or the L in the parka?") leaves the size chart
        found = await _catalogue(turn.get("text", ""))
        catalogue_answers = bool(found and found.get("detail") == "compare")
        facts["catalogue"] = found if catalogue_answers else None
    # (the stock asked in a question of its own leaves the size question its chart: "do the chinos run small and do you
    # have them in olive?")
    own_sizing = sizing_text(turn)
    if "sizing" in intents and (not catalogue_answers or (own_sizing != turn.get("text", "")
                                                         and not asks_about_stock(own_sizing))):
        facts["size_chart"] = await _sized_goods_in(own_sizing, said_before, turn.get("language") or "en")
    if not customer_id or not lookup:
        if needs_order:
            facts["error"] = "identity_required"
        turn["oms"] = facts
        return {"turn": turn}

    if wants_order:
        report_progress("checking_order")
    client = oms_client()  # the process's pooled client: never closed here
    numbers = ((turn.get("entities") or {}).get("order_numbers") or [])[:3] if wants_order else []
    focus = order_in_focus(state.get("dialogue"), turn) if wants_order and not numbers else None
    # "the second one", after the agent listed orders to choose from: that order, whatever its words look like
    picked = picked_from_list(turn.get("text", ""), listed_to_pick_from(state.get("dialogue"))) if (
        wants_order and not numbers and not focus) else None
    focus = focus or picked
    earlier_wanted = bool(focus) and points_at_the_order_before(turn.get("text", ""))  # "and the one before?"
    if focus and not earlier_wanted:
        numbers = [focus]  # "and when will it arrive?": the order the conversation is about
    # goods are matched by their English reading, as the tools read them ("la giacca": the jacket); goods named are
    # looked for in the last ten orders, anything else is about the last five (an order from April still "in
    # transit" is no answer to "it's been showing label created"), and only goods fetch the longer list
    text = as_goods_request(english_reading(turn.get("text", ""), turn.get("language") or "en"), turn)
    if wants_order and not numbers:
        text = with_goods_of_the_reason(text, turn, intents, said_before)
    # (credit for a late delivery looks as far: the late one may be behind newer orders on their way)
    late_credit_asked = asks_credit_for_lateness(text)
    longer = goods_named(text) or late_credit_asked or says_when_placed(text)  # "the order from May" may be older
    depth = ITEM_MATCH_ORDERS if wants_order and longer else RECENT_ORDERS
    try:
        overview, named = await _lookup(client, customer_id, numbers, depth)
        if earlier_wanted:
            before = order_before([o.model_dump(mode="json") for o in overview.orders], focus)
            chosen = next((o for o in overview.orders if before and o.id == before["id"]), None)
            numbers, named, focus = ([chosen.id], [chosen], chosen.id) if chosen else ([], [], None)
        if focus and not picked and _named_goods_elsewhere(turn, named, overview.orders):
            numbers, named, focus = [], [], None  # "the jogger", after a return opened on another order: the goods choose
        if focus:
            facts["in_focus"] = focus  # the conversation's order: as good as named by the customer (drafting.py)
        facts["customer"] = overview.customer.model_dump(mode="json")
        summaries = overview.summaries()
        # Recent orders are cheap and give a person context even when the question is not about one.
        facts["recent_orders"] = [s.model_dump(mode="json") for s in summaries]
        if wants_order:
            for number, order in zip(numbers, named, strict=True):
                if order is None:
                    facts["order_not_found"].append(number)
                else:
                    facts["orders"].append(order.model_dump(mode="json"))
            if numbers and not facts["orders"] and overview.orders:
                # A number we cannot find (a typo, another shop's, an old account's): show the orders we can see
                # to pick from, instead of a dead end.
                facts["candidates"] = [order_brief(o.model_dump(mode="json")) for o in overview.orders[:CANDIDATES]]
            if not numbers:
                # One order per question: the one the customer names, else the one the message fits; never
                # one that lacks the goods the customer names.
                candidates = [order.model_dump(mode="json") for order in overview.orders]
                pool = candidates
                if intents & REFUND_INTENTS and late_credit_asked:
                    # credit for a late delivery: the recent order that came late (none: the newest, whose dates
                    # say why there is no credit); the rule decides what moves, and no goods are looked for
                    late = late_order(candidates, ActionPolicy.of(get_settings()).current_date(), text)
                    pool = [late] if late else candidates
                elif orders_lacking_named_items(text, candidates):
                    facts["item_not_found"] = not_found_facts(text, candidates, overview.total_count)
                    pool = []
                elif (still_asked_which(state.get("dialogue"), turn) and not picks_by_product(text, candidates)
                      and not placed_when_said(candidates, text)):
                    # the agent asked which order and the answer names none ("the one from october 19" names the
                    # one placed then): ask again, with choices
                    pool = []
                elif not intents & STATUS_INTENTS and asks_to_see_orders(text):
                    pool = []  # "not sure which one, can you list them?" before a cancellation: the list to choose from
                elif intents & REFUND_INTENTS and refund_needs_an_order(candidates, text):
                    pool = []  # money moves only on an order the customer pointed at
                elif (intents & STATUS_INTENTS and says_order_was_cancelled(text)
                      and not any(o.get("status") == "cancelled" for o in candidates)):
                    # "why was my order cancelled??" and none of theirs was: the late one's status answered it; ask
                    # which, and say none was cancelled (a refund asked after is the refund's: one issued may be it)
                    facts["none_cancelled"] = True
                    pool = []
                elif none_unshipped_as_said(candidates, intents, text):
                    facts["none_unshipped"] = True  # "it hasn't shipped": none has; ask which, say so
                    pool = []
                elif ((says_placed_just_now(text) and not placed_when_said(candidates, text)
                       and not match_orders_by_items(text, candidates))
                      or none_placed_near_said_day(candidates, text)):
                    # "the one I placed today", "ordered a coat 10 days ago": none was placed then; ask which, say so
                    facts["none_placed_then"] = True
                    pool = []
                other = asks_for_another_order(turn.get("text", "")) and (state.get("dialogue") or {}).get("order_id")
                if other:
                    # "my other order too?": not the one the conversation was about (and the one chosen instead is as
                    # good as named: no "which order?")
                    pool = [o for o in pool if o["id"] != other]
                chosen = choose_order(pool, intents, text)
                if other and chosen is not None:
                    facts["in_focus"] = chosen["id"]
                if chosen is not None:
                    facts["orders"].append(chosen)
                    if alone_placed_when_said(candidates, text, chosen):
                        # "I think it was placed at the start of November": the one order placed then is as good as
                        # named (a status reply need not ask which order it is)
                        facts["in_focus"] = chosen["id"]
                elif candidates:
                    facts["candidates"] = [order_brief(o) for o in candidates[:CANDIDATES]]
                if intents & STATUS_INTENTS:
                    facts["also_moving"] = [o["id"] for o in other_moving_orders(candidates, chosen)]
                    if asks_about_several_orders(text):
                        facts["listed_orders"] = [order_brief(o) for o in candidates[:CANDIDATES]]
            if intents & REFUND_INTENTS and facts["orders"]:
                facts["refund_amount"] = refund_at_stake(turn.get("text", ""), facts["orders"][0])
            # "can I change the size?" about a delivered order is an exchange, which needs the sizes in stock
            exchange = bool(facts["orders"]) and "cancel_order" in intents and is_exchange_instead(
                facts["orders"][0], turn.get("text", ""))
            if (intents & PRODUCT_INTENTS or exchange) and facts["orders"]:
                ids = sorted({item["product_id"] for item in facts["orders"][0].get("items") or []})
                products = await asyncio.gather(*(client.get_product(pid) for pid in ids[:10]))
                facts["products"] = {p.id: p.model_dump(mode="json") for p in products}
    except CustomerNotFound:
        # A signed identity this store does not know (e.g. another store's token): treat as unverified.
        facts["error"] = "identity_required" if needs_order else None
    except (OmsUnavailable, OmsRequestRejected, ProductNotFound) as exc:
        log.warning("OMS unavailable: %s", exc)
        facts["error"] = "oms_unavailable"
    turn["oms"] = facts
    return {"turn": turn}
