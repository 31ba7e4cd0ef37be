"""One message, two answerable readings (graph/reasoning/two_readings.py), and how the reply keeps them
(graph/reasoning/offline/drafting.py: _either_reading)."""

from __future__ import annotations

from graph.reasoning import phrases
from graph.reasoning.base import Classification
from graph.reasoning.offline.drafting import Section, _either_reading
from graph.reasoning.two_readings import with_two_readings
from graph.state import Question

TEXT = "I need to cancel or return some orders."


def _reading(distribution: dict[str, float], **changes) -> Classification:
    intent = max(distribution, key=distribution.get)
    fields = dict(intent=intent, confidence=distribution[intent], entities={}, frustrated=False, wants_human=False,
                  questions=[Question(text=TEXT, intent=intent, confidence=distribution[intent])],
                  distribution=distribution)
    fields.update(changes)
    return Classification(**fields)


def test_two_answerable_readings_sure_together_become_two_questions_carrying_the_pairs_probability():
    reading = with_two_readings(_reading({"cancel_order": 0.5, "return_request": 0.45, "complaint": 0.05}), 0.7)
    assert [(q["intent"], q["confidence"], q.get("one_of")) for q in reading.questions] == [
        ("cancel_order", 0.95, True), ("return_request", 0.95, True)]
    assert reading.intent == "cancel_order" and reading.confidence == 0.5  # the model's own reading is kept


def test_a_tier2_or_out_of_scope_contender_a_trace_or_a_frustrated_customer_leave_the_reading_alone():
    cases = [
        _reading({"cancel_order": 0.5, "damaged_item": 0.45, "sizing": 0.05}),  # a tier-2 reading: a person
        _reading({"product_info": 0.5, "out_of_scope": 0.45, "sizing": 0.05}),  # maybe not ours at all
        _reading({"cancel_order": 0.6, "return_request": 0.2, "exchange": 0.15, "sizing": 0.05}),  # return family .35
        _reading({"cancel_order": 0.55, "sizing": 0.2, "promo_code": 0.25}, frustrated=True),
        _reading({"cancel_order": 0.8, "return_request": 0.2}),  # sure already
        _reading({"cancel_order": 0.4, "sizing": 0.25, "promo_code": 0.2, "complaint": 0.15}),  # .65 together
        _reading({"order_status": 0.64, "refund_request": 0.32, "shipping_info": 0.04}),  # money back: never half read
        _reading({"refund_request": 0.5, "return_request": 0.45, "sizing": 0.05}),
    ]
    results = [len(with_two_readings(case, 0.7).questions) for case in cases]
    assert results == [1, 1, 2, 1, 1, 1, 1, 1]  # the third: the return family together is a contender (0.35)


def test_the_second_reading_adds_only_a_new_help_center_answer_and_replaces_an_unknown_first():
    first = Question(text=TEXT, intent="cancel_order", confidence=0.95, one_of=True)
    second = Question(text=TEXT, intent="return_request", confidence=0.95, one_of=True)
    cancel = Section("Order NB1 can still be cancelled.", citations=["cancel-order"])
    returns = Section("You can return items within 30 days.", citations=["return-policy"])
    same = Section("Cancel within 60 minutes.", citations=["cancel-order"])
    unknown = Section(phrases.say("not_in_help_center", "en"), actions=["offer_person"])
    listing = Section(phrases.say("which_order", "en", orders="NB1, NB2"))

    def kept(pairs):
        return [section.text for _, section in _either_reading(pairs, "en")]

    assert kept([(first, cancel), (second, returns)]) == [cancel.text, returns.text]
    assert kept([(first, cancel), (second, same)]) == [cancel.text]  # the same article again
    assert kept([(first, cancel), (second, listing)]) == [cancel.text]  # nothing from the help center
    assert kept([(first, cancel), (second, Section("Return it.", proposal={"action": "return"}))]) == [cancel.text]
    assert kept([(first, unknown), (second, returns)]) == [returns.text]
    assert kept([(first, listing), (second, returns)]) == [returns.text]  # the first can only ask which order
    not_ours = Section("I couldn't find any perfume in our catalogue.", actions=["offer_person"])
    assert kept([(first, not_ours), (second, returns)]) == [not_ours.text, returns.text]
    assert kept([(first, listing), (second, unknown)]) == [listing.text]
