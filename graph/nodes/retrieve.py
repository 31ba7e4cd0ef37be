"""retrieve: help-center passages for each question, and similar resolved past tickets as evidence."""

from __future__ import annotations

import asyncio
import dataclasses
import logging
import re
from functools import lru_cache

from langgraph.runtime import Runtime

from graph.config import SupportContext, context_of
from graph.dialogue.continuation import answers_the_agent, asks_something
from graph.intents import INTENTS
from graph.messages import customer_texts_before
from graph.progress import report_progress
from graph.reasoning.account_closure import with_account_closure
from graph.reasoning.carrier_questions import CARRIERS_ASKS, asks_which_carrier
from graph.reasoning.delivery_day import DELIVERY_DAY_ASKS, asks_to_move_the_delivery_day
from graph.reasoning.fee_questions import DELIVERY_RATES_ASKS, queries_delivery_fee
from graph.reasoning.gift_returns import GIFT_RETURN_QUESTION, says_goods_were_a_gift
from graph.reasoning.glossary import english_reading
from graph.reasoning.money_on_statement import REFUND_REACH_ASKS, asks_when_money_shows
from graph.reasoning.offline.coverage import PLACES_AND_DAYS, SAME_PLACE, WEEKEND, uncovered_condition
from graph.reasoning.parcel_not_mine import with_parcel_not_mine
from graph.reasoning.payment_options import asks_about_a_way_to_pay, lists_ways_to_pay, paying_question
from graph.reasoning.phishing import with_doubt
from graph.reasoning.places import with_zones
from graph.reasoning.policy_named import EXCHANGE_TIME_ASKS, asks_how_long_an_exchange_takes
from graph.reasoning.process_questions import steps_question
from graph.reasoning.registry import aget_reasoner
from graph.reasoning.restock import with_restock
from graph.reasoning.store_visit import STORE_ASKS, asks_where_to_shop
from graph.reasoning.subscription_cancel import stop_question, thing_cancelled
from graph.reasoning.tax_questions import TAXES_ASKS, asks_whether_tax_included
from graph.reasoning.text_norm import said_without_links
from graph.reasoning.what_if_late import LATE_WHAT_TO_DO, asks_what_if_it_does_not_come
from graph.state import PassageRef, SupportState
from graph.ticket_evidence import ticket_evidence
from tools.knowledge.retriever import Query
from tools.oms.actions import INTENT_ACTIONS

log = logging.getLogger(__name__)
HELP_K = 4
CANDIDATES_K = 20  # over-fetch, then the engine keeps the HELP_K articles its history favours
TICKETS_K = 3
SURE_IN_CONVERSATION = 0.9  # a later message's reading, with the conversation, that settles its articles' subject


@lru_cache(maxsize=1)
def knowledge_base():
    """One KnowledgeBase per process: the embedding model loads once."""
    from tools.knowledge.retriever import KnowledgeBase

    return KnowledgeBase()


def _as_ref(passage, question: int | None) -> PassageRef:
    data = passage.model_dump() if hasattr(passage, "model_dump") else dict(vars(passage))
    metadata = dict(data.get("metadata") or {})
    if question is not None:
        metadata["question"] = question
    return PassageRef(
        doc_id=str(data.get("doc_id", "")),
        title=data.get("title") or "",
        heading=data.get("heading") or "",
        text=data.get("text") or "",
        url=data.get("url"),
        source=data.get("source") or "help_center",
        score=float(data.get("score") or 0.0),
        metadata=metadata,
    )


def with_subject(text: str, intent: str | None) -> str:
    """The search text of a message, followed by what its intent is about when the conversation settled it."""
    return f"{text} ({INTENTS[intent].description})" if intent in INTENTS else text


CHUNKS_PER_ARTICLE = 3  # the retrieved chunks of a chosen article read together, best first


def _with_next_chunks(chunks: list):
    """The article's best retrieved chunk with its next-best ones appended under their headings: an article's
    answer may sit in another of its sections than the one closest to the question as a whole ("how long to
    Australia?" is in the rates table, not in the "Fastest delivery" section that ranked first)."""
    best = chunks[0]
    if len(chunks) < 2:
        return best
    text = "\n\n".join(f"## {chunk.heading}\n{chunk.text}" if chunk.heading else chunk.text
                        for chunk in chunks[:CHUNKS_PER_ARTICLE])
    return dataclasses.replace(best, text=text)


async def _chosen(kb, found: list, article_ids: list[str], openings: dict) -> list:
    """The best retrieved passage of each chosen article (with its next retrieved chunks), else its opening chunk
    (fetched with the searches; only an article outside the prior-only guess costs a second round trip)."""
    chunks: dict[str, list] = {}
    for passage in found:  # retrieval order: each article's best chunk first
        chunks.setdefault(passage.doc_id, []).append(passage)
    best = {doc_id: _with_next_chunks(group) for doc_id, group in chunks.items()}
    for doc_id in article_ids:
        if doc_id not in best and doc_id in openings:
            best[doc_id] = openings[doc_id]
    for passage in await kb.aarticles([doc_id for doc_id in article_ids if doc_id not in best]):
        best[passage.doc_id] = passage
    return [best[doc_id] for doc_id in article_ids if doc_id in best]


CONDITION_K = 3


# Each adds the help center's words for what a message says in its own (places.py, phishing.py, parcel_not_mine.py,
# account_closure.py, restock.py), in this order.
_GLOSSES = (with_zones, with_doubt, with_parcel_not_mine, with_account_closure, with_restock)


def _search_text(text: str, language: str) -> str:
    """What the help center is searched with for a question: its English gloss without links or @handles, a state or
    city with its shipping zone, and a doubt that a message came from us, or a parcel that is someone else's, said in
    the help center's words, an account to close as the deletion it is, and goods asked back as the restock notice."""
    searched = english_reading(said_without_links(text), language)
    for gloss in _GLOSSES:
        searched = gloss(searched)
    return searched


async def _covering_condition(kb, question: str, chosen: list[PassageRef], index: int) -> list[PassageRef]:
    """Help passages that speak of the place or day a question hinges on, when none of the articles chosen for it do
    ("can I try things on in store?": the returns articles never say "store"; the shipping article's "we sell online
    only: there is no store" does). Searched by the condition's head word; marked `condition` so the reply answers from
    them (graph/reasoning/offline/drafting.py). One more search, only for such questions."""
    words = uncovered_condition(question, chosen)
    if not words or words[0] not in PLACES_AND_DAYS:
        return []
    # by the condition's first word, its head as customers write it ("to a store before buying": "store"; the other
    # words made the search find the question's topic again), by the help center's own word for a place to go ("to a
    # shop": "there is no store"), else as the customer wrote it (the stem "custom" of "stuck at customs" found
    # customer care)
    head = (SAME_PLACE[0] if words[0] in SAME_PLACE else "saturday" if words[0].startswith(WEEKEND)
            else next((w for w in re.findall(r"[a-z]+", question.lower()) if w.startswith(words[0])), words[0]))
    (found,), _ = await kb.aretrieve([Query(head, CONDITION_K, "help_center")])
    ids = {c.get("doc_id") for c in chosen}
    kept = [ref for ref in (_as_ref(p, index) for p in found)
            if ref["doc_id"] not in ids and not uncovered_condition(question, [ref])]
    for ref in kept[:1]:
        # its closeness to the condition's words is no measure of how it answers the question: the reply measures that
        ref["metadata"] = {**{k: v for k, v in ref["metadata"].items() if k != "similarity"}, "condition": words}
    return kept[:1]


ACCEPTED_WAYS_QUERY = "Which payment methods do you accept?"


async def _ways_to_pay_listed(kb, question: str, chosen: list[PassageRef], index: int) -> list[PassageRef]:
    """The help center's list of the ways to pay it accepts, for a question about one ("is cash on delivery
    possible?") when none of the passages chosen holds it (the payment article's currency section came first): a
    way the list leaves out is one not taken (graph/reasoning/payment_options.py). One more search, only then."""
    if not asks_about_a_way_to_pay(question) or any(lists_ways_to_pay(p.get("text") or "") for p in chosen):
        return []
    (found,), _ = await kb.aretrieve([Query(ACCEPTED_WAYS_QUERY, CONDITION_K, "help_center")])
    texts = {p.get("text") for p in chosen}
    return [ref for ref in (_as_ref(p, index) for p in found)
            if lists_ways_to_pay(ref.get("text") or "") and ref.get("text") not in texts][:1]


def _in_house_words(question: str) -> str | None:
    """The question in the help center's own words, when its words alone miss the passage that answers it: what it
    cancels is a subscription ("cancel my subscription": the newsletter's unsubscribe link, not an order's
    cancellation), or its goods were a gift (the gift rules), or it asks to combine codes ("can I stack discount
    codes?": the rules, not the reasons codes fail) or to pay in parts ("installments": the Klarna article), or it
    asks how a thing is done as how it works ("how do returns work?": the steps, not the refund rules)."""
    thing = thing_cancelled(question)
    if thing is not None:
        return stop_question(thing)
    if says_goods_were_a_gift(question):  # "can I swap a jacket I got as a present?": the gift rules
        return GIFT_RETURN_QUESTION
    if asks_which_carrier(question):  # "what carrier do you use?": the tracking article's list of carriers
        return CARRIERS_ASKS
    if asks_to_move_the_delivery_day(question):  # "can I change my delivery date?": the delivery instructions
        return DELIVERY_DAY_ASKS
    if asks_where_to_shop(question):  # "do you have a store in London?": "there is no store", not the UK's rates
        return STORE_ASKS
    if asks_what_if_it_does_not_come(question):  # "and if it doesn't come by friday?": the late order's what to do
        return LATE_WHAT_TO_DO
    if asks_whether_tax_included(question):  # "do your prices include sales tax?": the shipping articles' duties
        return TAXES_ASKS
    if asks_how_long_an_exchange_takes(question):  # "how long does an exchange take?": when the new item ships
        return EXCHANGE_TIME_ASKS
    if asks_when_money_shows(question):  # "when will I see it on my statement?": the refund's time to reach the bank
        return REFUND_REACH_ASKS
    if queries_delivery_fee(question):  # "why is the delivery charge so high?": the rates and when shipping is free
        return DELIVERY_RATES_ASKS
    return paying_question(question) or steps_question(question)


async def _answering_passage(kb, question: str, chosen: list[PassageRef], index: int) -> list[PassageRef]:
    """The passage nearest the question asked in the help center's words (`_in_house_words`), when it has such
    words: one more search, only for those questions."""
    house = _in_house_words(question)
    if house is None:
        return []
    (found,), _ = await kb.aretrieve([Query(house, CONDITION_K, "help_center")])
    texts = {p.get("text") for p in chosen}
    return [ref for ref in (_as_ref(p, index) for p in found) if ref.get("text") not in texts][:1]


async def retrieve(state: SupportState, runtime: Runtime[SupportContext]) -> dict:
    """Help-center passages per question and similar past tickets: one embedding call, one SQL statement.

    An engine that re-ranks articles (choose_articles) may pick an article retrieval did not return; the
    articles it would pick from its prior alone (nothing retrieved) are fetched in the same statement.
    """
    turn = dict(state.get("turn") or {})
    report_progress("searching")
    reasoner = await aget_reasoner(context_of(runtime.context).engine)
    choose = getattr(reasoner, "choose_articles", None)
    questions = turn.get("questions") or [{"text": turn.get("text", "")}]
    # The first call loads the model: off the loop. Later calls return the cached instance directly.
    kb = knowledge_base() if knowledge_base.cache_info().currsize else await asyncio.to_thread(knowledge_base)
    passages: list[PassageRef] = []
    similar: list[PassageRef] = []
    try:
        texts = [question["text"] for question in questions]
        # A later message the conversation read (turn["context"]) is about the conversation's subject: it is searched
        # with that subject's words and the article prior follows the intent it settled, not the fragment's own
        # ("ok and how do I start one" after a return question found the contact page).
        # A detail or a plain yes is searched as it is: it asks nothing, and the gates keep it from quoting. In an
        # order action its articles are still chosen as the action's: "the coat", naming what to return, cited the
        # care guide.
        asks = asks_something(turn.get("context"), turn.get("text", ""))
        # one of two readings of the same words is searched as its own intent's question (two_readings.py)
        # A later message read surely with the conversation before it is about what it was read as, though its words
        # alone are unsure: "how long will it take to show up on my card?" after a refund's status (0.41 refund,
        # 0.29 payment by its words) was answered from the declined-payment article.
        later = bool(customer_texts_before(state.get("messages") or []))
        settled = [question.get("intent") if (turn.get("context") and index == 0) or question.get("one_of")
                   or (later and index == 0 and (question.get("confidence") or 0.0) >= SURE_IN_CONVERSATION) else None
                   for index, question in enumerate(questions)]
        answers_agent = answers_the_agent(turn.get("context"), turn.get("text", ""))
        read = [with_subject(text, intent) if intent in INTENT_ACTIONS and answers_agent else text
                for text, intent in zip(texts, settled, strict=True)]  # what the article prior reads
        # The articles are in English: a question in another of the brand's languages searches by its gloss. Its
        # @handles and links are no part of what it asks: "@NorthboundHelp can I check out as a guest?" found the
        # "What we can help with" article by the handle's words.
        # A state or city is searched with its shipping zone too ("delivery to Texas": the United States' rates).
        # A message doubting that a text or e-mail came from us is searched with that doubt said (phishing.py).
        searched = [with_subject(_search_text(text, turn.get("language") or "en"), intent if asks else None)
                    for text, intent in zip(texts, settled, strict=True)]
        queries = [Query(text, CANDIDATES_K if choose else HELP_K, "help_center") for text in searched]
        queries.append(Query(turn.get("text", ""), TICKETS_K, "past_ticket"))
        prior = ([doc_id for text, intent in zip(read, settled, strict=True) for doc_id in choose(text, [], HELP_K, intent)]
                 if choose else [])
        results, openings = await kb.aretrieve(queries, articles=prior)
        for index, (text, found) in enumerate(zip(read, results, strict=False)):
            if choose:
                chosen = choose(text, [p.doc_id for p in found], HELP_K, settled[index])
                found = await _chosen(kb, found, chosen, openings)
            kept = [_as_ref(p, index) for p in found[:HELP_K]]
            asked = english_reading(texts[index], turn.get("language") or "en")
            passages += kept + await _covering_condition(kb, asked, kept, index)
            passages += await _ways_to_pay_listed(kb, asked, kept, index)
            passages += await _answering_passage(kb, asked, kept, index)
        similar = [ticket_evidence(_as_ref(p, None)) for p in results[-1]]  # no other customer's text in state
    except Exception as exc:  # the knowledge base being down must not lose the customer's turn
        log.warning("retrieval failed: %s", exc, exc_info=True)
        turn["retrieval_error"] = str(exc)[:200]
    turn.update(passages=passages, similar_tickets=similar)
    return {"turn": turn}
