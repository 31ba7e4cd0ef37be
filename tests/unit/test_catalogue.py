"""Product questions answered from the store's catalogue (tools/oms/catalogue.py, drafting's catalogue section)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from graph.reasoning.base import Classification, DraftRequest
from graph.reasoning.offline.drafting import compose
from tools.oms.catalogue import asks_about_range, brief, detail_asked, goods_words, range_of, size_key
from tools.oms.models import Product, Variant


@pytest.mark.parametrize("text", [
    "what sneaker options do you have right now?", "do you guys still sell the canvas tote?",
    "is the rain shell in stock in medium?", "how much are your wool scarves?", "which colours does the parka come in?",
    "love the new fleece!! does it come in green at all?", "have you got any jumpers in green?", "u got any hoodies",
])
def test_questions_about_the_range_read_as_such(text):
    assert asks_about_range(text)


@pytest.mark.parametrize("text", ["how do I wash the sweater?", "is the fleece itchy?", "where is my order?"])
def test_questions_about_one_products_care_are_not_range_questions(text):
    assert not asks_about_range(text)


def test_goods_words_leave_out_question_words_and_the_order():
    assert goods_words("Hi! How many sneaker options are available in your online store right now?") == ["sneaker"]
    assert goods_words("do you have the merino beanie in my order in grey?")[:2] == ["merino", "beanie"]
    assert goods_words("does the fleece come in green?") == ["fleece"]  # a colour is an option, not goods
    assert goods_words("@northbound_apparel is the fleece warm? https://t.co/x1") == ["fleece", "warm"]
    # a programme or service of the shop is no goods to look up: the help center answers, or says it doesn't
    assert goods_words("do you have a loyalty program or rewards?") == []
    assert goods_words("is there a membership club with points?") == []
    assert goods_words("do you have any sales coming up for black friday") == []  # a promotion, not goods
    assert goods_words("any deals on boots this weekend?") == ["boots"]
    assert goods_words("Hmm, okay, what's the most expensive item and its price?") == []  # a pause, not goods
    assert goods_words("I found it cheaper somewhere else") == []  # a place, not goods


def _product(name, sizes, colors, prices, available):
    variants = [Variant(id=f"V{i}", options={"size": s, "color": c}, price=Decimal(p), available=a)
                for i, (s, c, p, a) in enumerate(zip(sizes, colors, prices, available, strict=True))]
    return Product(id=name[:3], name=name, product_line="tops", category="t-shirts", variants=variants)


def _request(text: str, catalogue: dict | None) -> DraftRequest:
    classification = Classification(intent="product_info", confidence=0.9,
                                     questions=[{"text": text, "intent": "product_info", "confidence": 0.9}],
                                     entities={}, frustrated=False, wants_human=False, language="en")
    return DraftRequest(text=text, classification=classification, passages=[], oms={"catalogue": catalogue})


def test_the_reply_lists_the_kind_asked_about_with_prices_sizes_colours_and_stock():
    tees = [_product("Dune Crew Tee", ["S", "M", "L"], ["sand", "sand", "ink"], ["30", "30", "34"], [True, False, True]),
            _product("Pier Pocket Tee", ["M"], ["white"], ["25"], [False])]
    catalogue = {"asked": "t-shirts", "count": 2, "products": [brief(p) for p in tees]}
    text = compose(_request("what t-shirts do you have?", catalogue)).text
    assert "Here's what we have in t-shirts right now:" in text
    assert "Dune Crew Tee ($30.00-$34.00; sizes S-L; sand, ink; 2 of 3 options in stock)" in text
    assert "Pier Pocket Tee ($25.00; size M; white; sold out)" in text


def test_a_colour_none_of_the_goods_comes_in_is_said_so():
    tee = _product("Dune Crew Tee", ["S", "M"], ["sand", "ink"], ["30", "30"], [True, True])
    pocket = _product("Pier Pocket Tee", ["M"], ["olive green"], ["25"], [True])
    one = {"asked": "tee", "count": 1, "products": [brief(tee)], "colour": "green"}
    assert "The Dune Crew Tee doesn't come in green." in compose(_request("does the tee come in green?", one)).text
    both = {"asked": "tee", "count": 2, "products": [brief(tee), brief(pocket)], "colour": "green"}
    assert "come in green" not in compose(_request("do the tees come in green?", both)).text  # olive green counts
    neither = {"asked": "tee", "count": 2, "products": [brief(tee), brief(pocket)], "colour": "red"}
    assert "None of these comes in red." in compose(_request("do the tees come in red?", neither)).text


def test_a_stores_own_options_and_sizes_in_size_order_are_listed():
    watch = Product(id="W1", name="Smart Watch", product_line="tech", category="watches", variants=[
        Variant(id=f"V{i}", options={"strap": strap, "size": size}, price=Decimal("199"), available=True)
        for i, (strap, size) in enumerate([("leather", "L"), ("silicone", "S"), ("metal", "M")])])
    item = brief(watch)
    assert item["sizes"] == ["S", "M", "L"] and item["other_options"] == {"strap": ["leather", "silicone", "metal"]}
    text = compose(_request("what smart watches do you have?", {"asked": "smart watch", "count": 1,
                                                                "products": [item]})).text
    assert "Smart Watch ($199.00; sizes S-L; strap: leather, silicone, metal)" in text


def test_without_a_catalogue_match_the_help_center_answers():
    text = compose(_request("what hoverboards do you have?", None)).text
    assert "Here's what we have" not in text
    passage = {"doc_id": "materials", "title": "Our materials", "text": "Our tees are organic cotton.",
               "source": "help_center", "url": "https://help.example.com/materials",
               "metadata": {"question": 0, "similarity": 0.6}}
    request = _request("what tees do you have?", None)
    request.passages = [passage]
    assert "Our tees are organic cotton." in compose(request).text  # the help center still answers


class _Catalogue:
    """The OMS search, over a few products (the real client is tested against the OMS in tests/integration)."""

    def __init__(self, products):
        self.products = products

    async def search_products(self, query, limit):
        return [p for p in self.products if query.lower() in f"{p.name} {p.category} {p.product_line}".lower()]


async def test_goods_the_catalogue_has_none_of_are_said_not_to_be_sold_and_a_person_is_offered():
    tee = _product("Harbor Crew Tee", ["S"], ["white"], ["28.00"], [True])
    found = await range_of(_Catalogue([tee]), "do you sell bluetooth speakers?")
    assert found == {"asked": "bluetooth speakers", "words": ["bluetooth", "speakers"], "count": 0, "products": [],
                     "detail": None}
    draft = compose(_request("do you sell bluetooth speakers?", found))
    assert "I couldn't find any bluetooth speakers in our catalogue" in draft.text
    assert "offer_person" in draft.actions_needed and "Here's what we have" not in draft.text
    # goods named apart from each other are not stitched into a name
    scattered = await range_of(_Catalogue([tee]), "the speaker I got: what's the price of its battery?")
    assert scattered["asked"] == "" and "I couldn't find that in our catalogue" in compose(
        _request("the speaker I got: what's the price of its battery?", scattered)).text


def test_goods_the_help_center_speaks_of_are_answered_from_it_never_said_not_to_be_sold():
    request = _request("do you sell gift cards?", {"asked": "gift cards", "words": ["gift", "cards"], "count": 0,
                                                   "products": []})
    request.passages = [{"doc_id": "payment-methods", "title": "Payment methods", "text": "We accept our gift cards.",
                         "source": "help_center", "url": "https://help.example.com/payment-methods",
                         "metadata": {"question": 0, "similarity": 0.6}}]
    text = compose(request).text
    assert "We accept our gift cards." in text and "couldn't find" not in text
    wrapping = _request("do you have gift wrapping?", {"asked": "gift wrapping", "words": ["gift", "wrapping"],
                                                       "count": 0, "products": []})
    wrapping.passages = request.passages  # a passage on gift cards does not speak of gift wrapping
    assert "I couldn't find any gift wrapping in our catalogue" in compose(wrapping).text


async def test_a_plural_finds_the_product_named_in_the_singular():
    pant = Product(id="P1", name="Basecamp Cargo Pant", product_line="bottoms", category="trousers",
                   variants=[Variant(id="V1", options={"size": "32"}, price=Decimal("78.00"), available=True)])
    found = await range_of(_Catalogue([pant]), "what pants do you have?")
    assert found["count"] == 1 and found["products"][0]["name"] == "Basecamp Cargo Pant"


async def test_goods_in_another_english_are_found_when_the_customers_word_finds_none():
    from tools.oms.catalogue import kind_phrase, products_named

    sneaker = Product(id="P2", name="Lakeshore Leather Sneaker", product_line="footwear", category="sneakers",
                      variants=[Variant(id="V2", options={"size": "9"}, price=Decimal("120.00"), available=True)])
    assert [p.name for p in await products_named(_Catalogue([sneaker]), ["trainers"])] == ["Lakeshore Leather Sneaker"]
    assert kind_phrase([sneaker, sneaker], ["trainers"]) == "trainers"  # said in the customer's word
    # a store that sells goods under the customer's own word keeps them
    trainer = Product(id="P3", name="Track Trainer", product_line="footwear", category="trainers",
                      variants=[Variant(id="V3", options={"size": "9"}, price=Decimal("90.00"), available=True)])
    assert [p.name for p in await products_named(_Catalogue([sneaker, trainer]), ["trainers"])] == ["Track Trainer"]


async def test_goods_named_are_what_the_products_are_not_what_qualifies_them():
    # both are merino and both have "sweater" in their name, but only one is a sweater: the other is a dress
    sweater = Product(id="S1", name="Fjord Merino Crewneck Sweater", product_line="tops", category="knitwear",
                      attributes={"material": "100% merino wool"},
                      variants=[Variant(id="V1", options={}, price=Decimal("128"), available=True)])
    dress = Product(id="D1", name="Hearth Sweater Dress", product_line="dresses", category="dresses",
                    attributes={"material": "merino blend knit"},
                    variants=[Variant(id="V2", options={}, price=Decimal("148"), available=True)])
    found = await range_of(_Catalogue([sweater, dress]), "how do I wash the merino sweater")
    assert [p["name"] for p in found["products"]] == ["Fjord Merino Crewneck Sweater"]
    found = await range_of(_Catalogue([sweater, dress]), "what is the sweater dress made of?")
    assert [p["name"] for p in found["products"]] == ["Hearth Sweater Dress"]


async def test_goods_of_two_kinds_are_named_as_two_and_words_of_one_kind_qualify_it():
    def shoe(pid, name, category):
        return Product(id=pid, name=name, product_line="footwear", category=category,
                       variants=[Variant(id=f"V{pid}", options={"size": "9"}, price=Decimal("98"), available=True)])
    goods = [shoe("S1", "Archive Boat Shoe", "shoes"), shoe("B1", "Wayfarer Chelsea Boot", "boots")]
    found = await range_of(_Catalogue(goods), "I'm a 10 in women's shoes. How much are your boots?")
    assert found["asked"] == "shoes and boots"
    found = await range_of(_Catalogue(goods), "how much is the chelsea boot?")
    assert found["asked"] == "chelsea boot"


@pytest.mark.parametrize("text", [
    "which is your cheapest hoodie?", "what's the most expensive jacket you sell?", "how much does the parka cost?",
    "anything cheaper than the peacoat?",
])
def test_questions_about_price_read_as_range_questions(text):
    assert asks_about_range(text)


async def test_the_cheapest_or_dearest_asked_for_is_named_first():
    tees = [_product("Dune Crew Tee", ["S", "M"], ["sand", "ink"], ["30", "34"], [True, True]),
            _product("Pier Pocket Tee", ["M"], ["white"], ["25"], [True]),
            _product("Atlas Heavy Tee", ["L"], ["black"], ["48"], [True])]
    cheapest = await range_of(_Catalogue(tees), "which is your cheapest tee?")
    assert [p["name"] for p in cheapest["products"]] == ["Pier Pocket Tee", "Dune Crew Tee", "Atlas Heavy Tee"]
    text = compose(_request("which is your cheapest tee?", cheapest)).text
    assert text.index("The least expensive is the Pier Pocket Tee, from $25.00.") < text.index("Here's what we have")
    dearest = await range_of(_Catalogue(tees), "what's the most expensive tee?")
    assert dearest["products"][0]["name"] == "Atlas Heavy Tee"
    assert "The most expensive is the Atlas Heavy Tee, up to $48.00." in compose(
        _request("what's the most expensive tee?", dearest)).text
    plain = await range_of(_Catalogue(tees), "what tees do you have?")
    assert [p["name"] for p in plain["products"]] == sorted(p.name for p in tees)  # by name, nothing named first
    assert "least expensive" not in compose(_request("what tees do you have?", plain)).text


async def test_a_price_question_in_another_language_searches_the_catalogue_by_its_gloss():
    from graph.nodes.call_oms import kept_catalogue
    from graph.reasoning.glossary import english_reading

    tee = _product("Harbor Crew Tee", ["S"], ["white"], ["28.00"], [True])
    query = english_reading("¿cuánto cuesta la camiseta?", "es")
    assert asks_about_range(query) and "t-shirt" in query
    found = kept_catalogue(await range_of(_Catalogue([tee]), query), "es")
    assert [p["name"] for p in found["products"]] == ["Harbor Crew Tee"]
    request = _request("¿cuánto cuesta la camiseta?", found)
    request.classification.language = "es"
    assert "Esto es lo que tenemos ahora: Harbor Crew Tee ($28.00" in compose(request).text  # no English "t-shirt"
    # a noun the glossary does not know finds nothing: no "we don't sell it" on a guess, the help center answers
    unknown = await range_of(_Catalogue([tee]), english_reading("¿cuánto cuesta el abrigo?", "es"))
    assert unknown["count"] == 0 and kept_catalogue(unknown, "es") is None
    assert kept_catalogue(unknown, "en") == unknown  # in English the words are the customer's own: said plainly
    assert english_reading("how much is the tee?", "en") == "how much is the tee?"


@pytest.mark.parametrize("text, detail", [
    ("what is the slip dress made of?", "material"), ("is the tee 100% cotton", "material"),
    ("what fabric are your chinos?", "material"), ("how do I wash the parka?", "care"),
    ("can the sweater go in the tumble dryer?", "care"), ("do you have linen shirts?", None),
    ("where is my order?", None), ("is the peacoat warm?", "material"), ("is the vest insulated?", "material"),
    # a material word in the goods' name asks nothing of the material when stock is asked: "...going to be restocked
    # in size L" got "The Coastline Linen Shirt is made of 100% European linen"
    ("I'd like to know if the linen shirt is going to be restocked in size L", None),
    ("is the merino sweater back in stock?", None), ("is the linen shirt made of real linen?", "material"),
])
def test_questions_about_what_goods_are_made_of_or_how_to_care_for_them(text, detail):
    assert detail_asked(text) == detail


def _dress(name: str, material: str, care: str) -> Product:
    return Product(id=name[:3], name=name, product_line="dresses", category="dresses", care=care,
                   attributes={"material": material},
                   variants=[Variant(id="V1", options={"size": "S"}, price=Decimal("88"), available=True)])


async def test_a_material_or_care_question_is_answered_from_the_products_own_record():
    slip = _dress("Seaside Slip Dress", "washed satin", "Hand wash cold, line dry.")
    wrap = _dress("Wildflower Wrap Dress", "viscose crepe", "Dry clean only.")
    found = await range_of(_Catalogue([slip, wrap]), "what is the seaside slip dress made of?")
    text = compose(_request("what is the seaside slip dress made of?", found)).text
    assert "The Seaside Slip Dress is made of washed satin." in text and "Wrap" not in text and "$" not in text
    care = await range_of(_Catalogue([slip, wrap]), "how do I wash the slip dress?")
    assert "How to care for the Seaside Slip Dress: Hand wash cold, line dry." in compose(
        _request("how do I wash the slip dress?", care)).text
    # a follow-up naming only goods goes on with the question before it
    follow = await range_of(_Catalogue([slip, wrap]), "and the wrap dress?", "what is the slip dress made of?")
    assert "The Wildflower Wrap Dress is made of viscose crepe." in compose(_request("and the wrap dress?", follow)).text
    # and one asking of goods named before it: that question, those goods
    it = await range_of(_Catalogue([slip, wrap]), "what is the wrap dress made of?", "and how do I wash it?")
    assert it["detail"] == "care" and "How to care for the Wildflower Wrap Dress: Dry clean only." in compose(
        _request("and how do I wash it?", it)).text
    price = await range_of(_Catalogue([slip, wrap]), "what is the wrap dress made of?", "how much is it?")
    assert price["detail"] is None and "Wildflower Wrap Dress ($88.00" in compose(_request("how much is it?", price)).text


async def test_a_property_asked_is_answered_yes_from_the_material_and_never_no_when_it_is_unsaid():
    shell = _dress("Switchback Rain Shell", "3-layer waterproof-breathable nylon", "Machine wash cold.")
    parka = _dress("Glacier Down Parka", "recycled nylon shell, 700-fill down", "Dry clean only.")
    found = await range_of(_Catalogue([shell, parka]), "is the rain shell waterproof?")
    assert found["property"] == "waterproof"
    assert "Yes: the Switchback Rain Shell is made of 3-layer waterproof-breathable nylon." in compose(
        _request("is the rain shell waterproof?", found)).text
    unsaid = await range_of(_Catalogue([shell, parka]), "is the parka water resistant?")
    text = compose(_request("is the parka water resistant?", unsaid)).text
    assert "The Glacier Down Parka's product details don't say it's water-resistant: it's made of recycled nylon" in text
    assert "Yes" not in text and " not water" not in text  # no "no" from a record that is silent
    plain = await range_of(_Catalogue([shell, parka]), "what is the parka made of?")
    assert plain["property"] is None and "The Glacier Down Parka is made of" in compose(
        _request("what is the parka made of?", plain)).text


async def test_several_products_are_listed_by_material_and_care_said_only_when_they_share_it():
    dresses = [_dress("Seaside Slip Dress", "washed satin", "Hand wash cold."),
               _dress("Wildflower Wrap Dress", "viscose crepe", "Dry clean only."),
               _dress("Meadow Midi Dress", "100% linen", "Machine wash cold.")]
    found = await range_of(_Catalogue(dresses), "are your dresses made of cotton?")
    text = compose(_request("are your dresses made of cotton?", found)).text
    assert "What they're made of: Meadow Midi Dress (100% linen); Seaside Slip Dress (washed satin)" in text
    care = await range_of(_Catalogue(dresses), "how do I wash the dresses?")
    text = compose(_request("how do I wash the dresses?", care)).text
    # no care the three share: the help center's care guides answer (none given here), not a list of materials
    assert "How to care for" not in text and "made of" not in text and "reliable information" in text


async def test_goods_named_by_their_material_and_the_care_that_is_about_them():
    care = ("Leather goods: wipe clean, condition twice a year. Knit hats and scarves: hand wash cold, dry flat. "
            "Canvas bags: spot clean only.")
    beanie = Product(id="B1", name="Fisherman Rib Beanie", product_line="accessories", category="hats", care=care,
                     attributes={"material": "merino wool"},
                     variants=[Variant(id="V1", options={}, price=Decimal("32"), available=True)])
    sweater = Product(id="S1", name="Fjord Merino Crewneck Sweater", product_line="knitwear", category="sweaters",
                      care="Hand wash cold, dry flat.", attributes={"material": "100% merino wool"},
                      variants=[Variant(id="V2", options={}, price=Decimal("128"), available=True)])
    found = await range_of(_Catalogue([beanie, sweater]), "how should I wash my merino beanie so it doesn't shrink")
    assert [p["name"] for p in found["products"]] == ["Fisherman Rib Beanie"]  # merino and a beanie: not the sweater
    # a material alone names no goods ("the one with water resistance"), even where the search finds it (a store's
    # search may read descriptions): nothing is listed for it
    class _SearchesEverything(_Catalogue):
        async def search_products(self, query, limit):
            return self.products

    assert (await range_of(_SearchesEverything([beanie, sweater]), "what about the wool option?"))["count"] == 0
    text = compose(_request("how should I wash my merino beanie?", found)).text
    assert "How to care for the Fisherman Rib Beanie: Knit hats and scarves: hand wash cold, dry flat." in text
    assert "Leather goods" not in text and "Canvas bags" not in text


def test_the_goods_and_the_question_of_a_product_question_may_be_in_two_messages():
    from graph.nodes.call_oms import catalogue_query

    parka = "what is the glacier down parka made of?"
    assert catalogue_query(parka, [], False) == (parka, "")
    assert catalogue_query("and how do I wash it?", [parka], False) == (parka, "and how do I wash it?")
    assert catalogue_query("how much is it?", ["and how do I wash it?", parka], False) == (parka, "how much is it?")
    assert catalogue_query("and the chelsea boot?", [parka], True) == ("and the chelsea boot?", parka)
    assert catalogue_query("and the chelsea boot?", [parka], False) is None  # not read as going on with it
    assert catalogue_query("where is my order?", [parka], True) is None
    # goods an earlier request named: "what sizes do you have?" during an exchange of them
    exchange = "hi! the slim jean I got is too small, can I get a bigger size?"
    assert catalogue_query("what sizes do you have?", [exchange], False) == (exchange, "what sizes do you have?")
    assert catalogue_query("what sizes do you have?", ["I forget my password every time, it's so annoying"], False) is None
    # "it" asked of goods named before, in words that look like goods ("pit zips" found the Quarter-Zip)
    shell = "is the rain shell fully waterproof?"
    assert catalogue_query("does it have pit zips?", [shell], True) == (shell, "does it have pit zips?")
    assert catalogue_query("does it have pit zips?", [], False) is None  # nothing named before: nothing to look up
    # ...and a question after that one asks of the goods named before both ("not in our help center" was the reply)
    assert catalogue_query("and what sizes does it come in", ["does it have pit zips?", shell], True) == (
        shell, "and what sizes does it come in")


def test_what_a_question_about_it_asks_is_its_own_not_the_question_before():
    from tools.oms.catalogue import asks_of_it

    assert asks_of_it("does it have pit zips?") and asks_of_it("and are they lined?")
    assert not asks_of_it("what about the parka, does it have a hood?")  # names its own goods first


def test_where_or_through_what_the_brand_sells_is_no_goods_to_look_up():
    from graph.nodes.call_oms import catalogue_query

    for text in ("do you have a physical store I can try stuff on?", "do you have a shop in london?",
                 "is there a store near me", "do you have an app?", "any showrooms?",
                 # a marketplace: "do you sell on amazon too?" was told "I couldn't find any amazon in our catalogue"
                 "do you sell on amazon too?", "is your stuff sold through nordstrom?"):
        assert catalogue_query(text, [], False) is None, text
    for text in ("do you sell jackets in store?", "is the puffer in stock online", "do you sell jackets on sale?"):
        assert catalogue_query(text, [], False) == (text, ""), text
    # nor is something the brand offers besides goods: the help center answers it
    for text in ("do you have a warranty on your boots?", "is there a discount on the rain shell?",
                 "do you offer gift wrapping for the beanie?"):
        assert catalogue_query(text, [], False) is None, text
    # the shop's pages and buttons are no goods either: "in stock but won't let me add it to my basket"
    assert catalogue_query("the item on your site says in stock but won't let me add it to my basket", [], False) is None


def test_sizes_sort_in_size_order_including_paired_and_one_size():
    assert sorted(["L/XL", "One Size", "S/M"], key=size_key) == ["S/M", "L/XL", "One Size"]
    assert sorted(["XXL", "M", "XS", "L"], key=size_key) == ["XS", "M", "L", "XXL"]
    assert sorted(["10", "8", "9.5"], key=size_key) == ["8", "9.5", "10"]


def test_the_size_a_product_question_asks_about():
    from tools.oms.variant_stock import asked_size

    assert asked_size("do you have the peacoat in navy in size M?") == "m"
    assert asked_size("is the rain shell in stock in medium?") == "m"
    assert asked_size("do you have it in an XL") == "xl"
    assert asked_size("size 9.5 in the boot?") == "9.5"
    assert asked_size("do you have a small question") is None and asked_size("what size should I get") is None
    # a number after "in a" is a size, not a time or a pack
    assert asked_size("when will the chelsea boots be back in stock in a 9?") == "9"
    assert asked_size("can it arrive in a 2 day window") is None and asked_size("in a 3 pack?") is None


async def test_the_size_and_colour_asked_about_are_said_to_be_in_stock_sold_out_or_not_made():
    tee = _product("Dune Crew Tee", ["S", "M", "M"], ["sand", "sand", "ink"], ["30", "32", "34"], [True, False, True])
    catalogue = _Catalogue([tee])
    in_stock = await range_of(catalogue, "is the dune crew tee available in ink in size M?")
    assert in_stock["options"] == [{"name": "Dune Crew Tee", "size": "M", "colour": "ink", "state": "in_stock",
                                    "price": "34"}]
    text = compose(_request("is the dune crew tee available in ink in size M?", in_stock)).text
    assert "The Dune Crew Tee in ink, size M is in stock ($34.00)." in text
    sold_out = await range_of(catalogue, "do you have the dune crew tee in sand in size M?")
    assert "The Dune Crew Tee in sand, size M is sold out right now." in compose(
        _request("do you have the dune crew tee in sand in size M?", sold_out)).text
    not_made = await range_of(catalogue, "does the dune crew tee come in XL?")
    assert "The Dune Crew Tee doesn't come in size XL." in compose(_request("does the dune crew tee come in XL?",
                                                                            not_made)).text
    assert (await range_of(catalogue, "what tees do you have?"))["options"] == []  # nothing narrower was asked


def test_the_catalogue_reads_the_product_question_of_a_message_of_several():
    from tools.oms.catalogue import asks_about_range, catalogue_question

    assert asks_about_range("I would like to know if you have the parka in black")  # asked indirectly
    questions = [{"text": "the whole message", "intent": "return_policy"},
                 {"text": "do you have the parka in M?", "intent": "product_info"}]
    assert catalogue_question(questions) == 1
    assert catalogue_question(questions[:1]) == 0 and catalogue_question(questions[1:]) == 0



async def test_two_products_asked_to_be_compared_are_set_side_by_side_from_their_records():
    shell = Product(id="J1", name="Switchback Rain Shell", product_line="outerwear", category="jackets",
                    attributes={"material": "3-layer waterproof nylon"},
                    variants=[Variant(id="V1", options={"size": "M"}, price=Decimal("198"), available=True)])
    anorak = Product(id="J2", name="Windward Packable Anorak", product_line="outerwear", category="jackets",
                     attributes={"material": "nylon ripstop"},
                     variants=[Variant(id="V2", options={"size": "M"}, price=Decimal("108"), available=True)])
    parka = Product(id="J3", name="Glacier Down Parka", product_line="outerwear", category="jackets",
                    attributes={"material": "700-fill down"},
                    variants=[Variant(id="V3", options={"size": "M"}, price=Decimal("298"), available=True)])
    catalogue = _Catalogue([shell, anorak, parka])
    found = await range_of(catalogue, "What's the difference between the rain shell and the anorak?")
    assert found["detail"] == "compare"
    assert [p["name"] for p in found["products"]] == ["Switchback Rain Shell", "Windward Packable Anorak"]
    text = compose(_request("What's the difference between the rain shell and the anorak?", found)).text
    assert "side by side" in text and "3-layer waterproof nylon" in text and "nylon ripstop" in text
    assert "$198.00" in text and "$108.00" in text
    # a side that names no goods by what they are compares nothing: "rain" is a word of the shell's name only
    found = await range_of(catalogue, "is the parka better for snow and rain?")
    assert found["detail"] is None and [p["name"] for p in found["products"]] == ["Glacier Down Parka"]
    # a whole kind on one side is no product to compare
    found = await range_of(catalogue, "what's the difference between the anorak and your jackets?")
    assert found["detail"] is None
    # ...and a question about what they are made of stays one
    found = await range_of(catalogue, "which one of the jackets is waterproof and breathable?")
    assert found["detail"] == "material" and len(found["products"]) == 3



async def test_a_side_whose_noun_was_left_out_shares_the_other_sides_and_a_fit_word_before_goods_names_them():
    def jean(pid: str, name: str, material: str) -> Product:
        return Product(id=pid, name=name, product_line="denim", category="jeans", attributes={"material": material},
                       variants=[Variant(id=f"{pid}-1", options={"size": "32"}, price=Decimal("98"), available=True)])

    catalogue = _Catalogue([jean("D1", "Northbound Slim Jean", "12 oz stretch denim"),
                            jean("D2", "Northbound Straight Jean", "13 oz rigid denim"),
                            jean("D3", "Highwater Wide-Leg Jean", "organic cotton denim"),
                            jean("D4", "Prospect Raw Selvedge Jean", "raw selvedge denim")])
    # "the slim and the straight jean" is the slim jean and the straight jean (it got the slim jean's size chart)
    found = await range_of(catalogue, "what's the difference between the slim and the straight jean?")
    assert found["detail"] == "compare"
    assert [p["name"] for p in found["products"]] == ["Northbound Slim Jean", "Northbound Straight Jean"]
    assert goods_words("the straight leg jeans") == ["straight", "leg", "jeans"]
    assert goods_words("please send it straight away") == []  # no goods after it: an idiom's word


async def test_a_word_of_fit_alone_names_no_goods_but_narrows_a_kind():
    """"do they run wide?" after a boot's sizes got the Wide-Leg Jean's chart."""
    from tools.oms.catalogue import products_named

    wide = Product(id="J1", name="Highwater Wide-Leg Jean", product_line="denim", category="jeans",
                   variants=[Variant(id="V1", options={"size": "30"}, price=Decimal("98"), available=True)])
    slim = Product(id="J2", name="Northbound Slim Jean", product_line="denim", category="jeans",
                   variants=[Variant(id="V2", options={"size": "30"}, price=Decimal("88"), available=True)])
    assert await products_named(_Catalogue([wide, slim]), ["run", "wide"]) == []
    assert [p.name for p in await products_named(_Catalogue([wide, slim]), ["wide", "jeans"])] == [
        "Highwater Wide-Leg Jean"]


def test_a_saying_names_no_goods_and_a_back_story_leaves_room_for_the_goods():
    """"long story short, i moved house ... the slim jean" looked up shorts and never reached the jean."""
    said = goods_words("long story short, i moved house recently and your site says low stock on the slim jean")
    assert "short" not in said and "jean" in said, said


@pytest.mark.parametrize("text, named", [
    ("and in L?", True), ("what about size 10", True), ("in black?", True), ("how about the navy one", True),
    ("what about indigo", True), ("and in black size M?", True),
    ("what about the boots", False), ("is it waterproof", False), ("I need a large", False), ("yes", False),
])
def test_a_follow_up_naming_only_a_size_or_colour(text, named):
    from tools.oms.catalogue import names_only_a_variant

    assert names_only_a_variant(text) is named


async def test_the_colour_named_first_is_the_one_asked_for():
    """"what about indigo?" after "does the jacket come in black?" is read newest first: indigo, not black."""
    from tools.oms.catalogue import first_colour

    tee = _product("Dune Crew Tee", ["S", "M"], ["heather grey", "ink"], ["30", "32"], [True, True])
    assert first_colour([tee], "what about ink does the dune crew tee come in black?") == "ink"
    assert first_colour([tee], "do you have it in heather grey?") == "heather grey"  # not "grey"
    assert first_colour([tee], "is it in stock?") is None


def test_the_verbs_of_a_story_told_are_no_goods():
    """"it's too expensive, I found it cheaper" was told "I couldn't find any found in our catalogue"."""
    assert goods_words("it's too expensive, I found it cheaper") == []
    assert goods_words("I bought the rain shell and thought it ran small") == ["rain", "shell"]


def test_a_range_of_sizes_named_by_its_kind_is_no_goods():
    """"do you have plus sizes?" was told "I couldn't find any plus in our catalogue"."""
    assert goods_words("do you have plus sizes?") == []
    assert goods_words("do you do petite sizing in the jeans?") == ["jeans"]
