"""A yes from the one product's own record to the property asked of it is checkable, whatever product reading
the intent model hesitated over (catalogue_reply.confirmed_by_the_record, used by the offline engine's assess)."""

from __future__ import annotations

from types import SimpleNamespace

from graph.reasoning.offline.catalogue_reply import confirmed_by_the_record

SHELL = {"name": "Switchback Rain Shell", "material": "3-layer waterproof-breathable nylon"}
VEST = {"name": "Pinecone Puffer Vest", "material": "recycled polyester insulation"}
YES = "Hi there,\n\nYes: the Switchback Rain Shell is made of 3-layer waterproof-breathable nylon."


def _request(products, asked="waterproof", questions=1):
    catalogue = {"products": products, "property": asked}
    return SimpleNamespace(oms={"catalogue": catalogue},
                           classification=SimpleNamespace(questions=[{"text": "q"}] * questions))


def test_a_yes_from_the_products_record_is_confirmed():
    assert confirmed_by_the_record(_request([SHELL]), SimpleNamespace(text=YES))


def test_a_record_that_does_not_say_it_confirms_nothing():
    assert not confirmed_by_the_record(_request([VEST]), SimpleNamespace(text="The Pinecone Puffer Vest's details..."))


def test_no_property_asked_several_products_or_several_questions_confirm_nothing():
    assert not confirmed_by_the_record(_request([SHELL], asked=None), SimpleNamespace(text=YES))
    assert not confirmed_by_the_record(_request([SHELL, VEST]), SimpleNamespace(text=YES))
    assert not confirmed_by_the_record(_request([SHELL], questions=2), SimpleNamespace(text=YES))
    assert not confirmed_by_the_record(_request([SHELL]), SimpleNamespace(text="Hi there, I can't say."))


def test_windproof_is_a_property_asked_and_said_by_the_material():
    from tools.oms.product_detail import has_property, material_or_care, property_asked

    assert property_asked("Is the parka windproof?") == "windproof" and material_or_care("is it wind-proof?")
    assert has_property("windproof softshell", "windproof") and not has_property("recycled nylon shell", "windproof")
