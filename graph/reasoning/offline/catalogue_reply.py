"""A reply that lists what the store sells of the kind a product question asks about, from the catalogue's live
figures (tools/oms/catalogue.py reads them): name, price or price range, sizes, colours, the store's own options
and how many options are in stock, in the customer's language."""

from __future__ import annotations

import re

from graph.reasoning import phrases
from graph.reasoning.offline import order_facts as facts
from tools.oms.item_match import stem
from tools.oms.product_detail import has_property
from tools.oms.size_chart import size_table
from tools.oms.size_fit import Measurement, fit_in, measurement_in
from tools.oms.store_range import MAX_KINDS


def product_text(product: dict, language: str) -> str:
    """ "Harbor Organic Crew Tee ($28.00-$38.00; sizes XS-XXL; white, black; 17 of 20 options in stock)"."""
    parts = [price_range(product["min_price"], product["max_price"])]
    sizes = product.get("sizes") or []
    if len(sizes) > 1:
        parts.append(phrases.say("catalogue_sizes", language, sizes=f"{sizes[0]}-{sizes[-1]}"))
    elif sizes and sizes[0].lower() not in {"one size", "os"}:
        parts.append(phrases.say("catalogue_size", language, size=sizes[0]))
    colors = product.get("colors") or []
    if colors:
        parts.append(", ".join(colors[:5]) + (" …" if len(colors) > 5 else ""))
    for key, values in (product.get("other_options") or {}).items():
        if len(values) > 1:
            parts.append(f"{key.replace('_', ' ')}: " + ", ".join(values[:4]) + (" …" if len(values) > 4 else ""))
    total, available = product.get("variants", 0), product.get("variants_in_stock", 0)
    if not product.get("in_stock"):
        parts.append(phrases.say("catalogue_sold_out", language))
    elif available < total:
        parts.append(phrases.say("catalogue_in_stock", language, available=available, total=total))
    return f"{product['name']} ({'; '.join(parts)})"


def catalogue_text(catalogue: dict, language: str) -> str:
    """What the store sells of the kind asked about, whether it comes in the colour asked for, and how many more
    there are when not all are listed."""
    if catalogue.get("kinds"):
        return overview_text(catalogue, language)
    products = catalogue["products"]
    if catalogue.get("limit_unmet"):  # "jackets under $20": none is, and the one nearest the limit
        return phrases.say("catalogue_outside_limit", language, kind=catalogue["asked"] or "",
                           limit=limit_text(catalogue["limit_unmet"], language),
                           product=product_text(products[0], language))
    if catalogue.get("detail"):
        return detail_text(catalogue, language)  # "" when the records don't say: the help center answers
    listed = "; ".join(product_text(p, language) for p in products)
    # "jackets under $100": the kind as the limit keeps it
    kind = " ".join(filter(None, [catalogue["asked"], limit_text(catalogue.get("limit"), language)]))
    texts = [phrases.say("catalogue_range", language, kind=kind, products=listed) if catalogue["asked"]
             else phrases.say("catalogue_range_unnamed", language, products=listed)]
    order = catalogue.get("order")
    if order and len(products) > 1:  # "which is your cheapest...?": that one, named, before the list
        first = products[0]
        price = facts.money(first["min_price"] if order == "cheapest" else first["max_price"])
        texts.insert(0, phrases.say(f"catalogue_{order}", language, name=first["name"], price=price))
    options = catalogue.get("options") or []
    texts.extend(option_text(option, language) for option in options)
    colour = catalogue.get("colour")
    if colour and not options and not any(colour in " ".join(p.get("colors") or []).lower() for p in products):
        texts.append(phrases.say("option_not_made", language, option=colour, name=products[0]["name"])
                     if len(products) == 1 else phrases.say("catalogue_none_in_colour", language, colour=colour))
    if catalogue["count"] > len(products):
        texts.append(phrases.say("catalogue_more", language, shown=len(products), count=catalogue["count"]))
    return " ".join(texts)


def limit_text(limit: dict | None, language: str) -> str:
    """'under $100', 'over $40' (both, joined, when both were said); "" for no limit."""
    if not limit:
        return ""
    said = [phrases.say(f"price_{side}", language, price=facts.money(limit[side])) for side in ("over", "under")
            if limit.get(side)]
    return " ".join(said)


def overview_text(catalogue: dict, language: str) -> str:
    """What the store sells, kind by kind with how many and their prices ("what do you sell?"); for a price question
    ("the cheapest thing you sell"), the one product it asks for."""
    order, products = catalogue.get("order"), catalogue.get("products") or []
    if order and products:
        first = products[0]
        price = facts.money(first["min_price"] if order == "cheapest" else first["max_price"])
        return phrases.say(f"catalogue_{order}_overall", language, name=first["name"], price=price)
    kinds = catalogue["kinds"]
    listed = [phrases.say("catalogue_kind", language, kind=kind["name"], count=kind["products"],
                          prices=price_range(kind["min_price"], kind["max_price"])) for kind in kinds[:MAX_KINDS]]
    if len(kinds) > MAX_KINDS:
        listed.append(phrases.say("catalogue_more_kinds", language, count=len(kinds) - MAX_KINDS))
    return phrases.say("catalogue_overview", language, kinds="; ".join(listed))


def price_range(low: str, high: str) -> str:
    """ "$28.00-$38.00", or "$32.00" when every option costs the same."""
    low, high = facts.money(low), facts.money(high)
    return low if low == high else f"{low}-{high}"


def option_text(option: dict, language: str) -> str:
    """ "The Harbor Wool Peacoat in navy, size M is in stock ($268.00)." (or sold out, or not made)."""
    size = phrases.say("catalogue_size", language, size=option["size"]) if option.get("size") else ""
    which = ", ".join(part for part in (option.get("colour"), size) if part)
    price = facts.money(option["price"]) if option.get("price") else ""
    return phrases.say(f"option_{option['state']}", language, name=option["name"], option=which, price=price)


MAX_DETAILED = 2  # products a material or care answer describes in sentences; more are listed by material


def detail_text(catalogue: dict, language: str) -> str:
    """What the goods asked about are made of, or how to care for them when that is asked, from each product's own
    record. "" when the records don't say what was asked: the help center's care guides and materials page answer."""
    if catalogue.get("detail") == "care":
        return _care_text(catalogue["products"], language)
    if catalogue.get("detail") == "compare":
        return _compare_text(catalogue["products"], language)
    return _material_text(catalogue, language)


def _compare_text(products: list[dict], language: str) -> str:
    """Goods side by side, each with what it is made of, its prices, sizes, colours and stock: what the records
    say; which is warmer or better they do not, and nothing is made up about it."""
    listed = "; ".join(product_text(p, language) + (f": {p['material']}" if p.get("material") else "")
                       for p in products)
    return phrases.say("catalogue_compare", language, products=listed)


def _material_text(catalogue: dict, language: str) -> str:
    """One or two products in sentences, more as a list of materials. A property asked of them ("is the parka
    waterproof?") is answered yes when the material says it, and said to be unsaid when it does not: the record
    is all there is, so a "no" would be a guess."""
    products = [p for p in catalogue["products"] if p.get("material")]
    if len(catalogue["products"]) <= MAX_DETAILED:
        return " ".join(_material_sentence(p, catalogue.get("property"), language) for p in products)
    if not products:
        return ""
    texts = [phrases.say("catalogue_materials", language,
                         products="; ".join(f"{p['name']} ({p['material']})" for p in products))]
    if catalogue["count"] > len(catalogue["products"]):
        texts.append(phrases.say("catalogue_more", language, shown=len(catalogue["products"]), count=catalogue["count"]))
    return " ".join(texts)


def _material_sentence(product: dict, asked: str | None, language: str) -> str:
    if not asked:
        return phrases.say("catalogue_material", language, name=product["name"], material=product["material"])
    key = "catalogue_has_property" if has_property(product["material"], asked) else "catalogue_property_unsaid"
    return phrases.say(key, language, name=product["name"], material=product["material"], property=asked)


def _care_text(products: list[dict], language: str) -> str:
    """One or two products each with its care; more only when they all share it."""
    if len(products) <= MAX_DETAILED:
        return " ".join(phrases.say("catalogue_care", language, name=p["name"], care=p["care"])
                        for p in products if p.get("care"))
    shared = {p.get("care") for p in products}
    care = products[0].get("care") if len(shared) == 1 else None
    return phrases.say("catalogue_care_all", language, care=care) if care else ""


def help_center_names(passages: list[dict], goods_words: list[str]) -> bool:
    """A help passage speaks of these goods ("gift cards" are in the payment article, not in the catalogue):
    then the help center answers, and the reply never says the store does not sell them. Every word counts:
    "gift wrapping" is not spoken of where only gift cards are."""
    wanted = {stem(word) for word in goods_words}
    said = {stem(word) for passage in passages for word in re.findall(r"[^\W\d_]{3,}", passage.get("text", "").lower())}
    return bool(wanted) and wanted <= said


def not_carried_text(catalogue: dict, language: str) -> str:
    """Goods the catalogue has none of, said plainly (named when the customer named them in one phrase)."""
    kind = catalogue.get("asked") or ""
    return phrases.say("not_carried", language, kind=kind) if kind else phrases.say("not_carried_unnamed", language)


_UNITS = {"in": "inches", "cm": "centimetres"}


def size_chart_text(found: dict, language: str, asked: str = "") -> str:
    """The chart of the goods a sizing question names (tools/oms/size_chart), as a table, with how to choose;
    goods of one kind cut in two ways get each way's chart under the names of the goods it is for. A body
    measurement the question gives ("for a 32 waist") is answered with the size it falls in (tools/oms/size_fit)."""
    measurement = measurement_in(asked)
    if not found.get("chart") and found.get("charts"):
        parts = [phrases.say("size_charts_differ", language, goods=found["goods"])]
        for group in found["charts"]:
            names = ", ".join(group["names"]) + (f" (+{group['more']})" if group.get("more") else "")
            fit = _fit_text(group["chart"], measurement, language)
            parts += [_chart_lead(names, group["chart"], language), *([fit] if fit else []), size_table(group["chart"])]
        return "\n\n".join([*parts, phrases.say("size_chart_between", language)])
    chart = found["chart"]
    fit = _fit_text(chart, measurement, language)
    return "\n\n".join([*([fit] if fit else []), _chart_lead(found["goods"], chart, language), size_table(chart),
                         phrases.say("size_chart_between", language)])


# What the parts and units measured are called in the brand's languages (the phrases are about the customer's own).
_PART_NAMES = {
    "waist": {"en": "waist", "es": "cintura", "fr": "tour de taille", "de": "Taillenweite", "pt": "cintura", "it": "vita"},
    "chest": {"en": "chest", "es": "pecho", "fr": "tour de poitrine", "de": "Brustumfang", "pt": "peito", "it": "petto"},
    "bust": {"en": "bust", "es": "busto", "fr": "tour de poitrine", "de": "Brustumfang", "pt": "busto", "it": "seno"},
    "hip": {"en": "hip", "es": "cadera", "fr": "tour de hanches", "de": "Hüftumfang", "pt": "quadril", "it": "fianchi"},
    "inseam": {"en": "inseam", "es": "entrepierna", "fr": "entrejambe", "de": "Innenbeinlänge", "pt": "entreperna",
               "it": "cavallo"},
    "foot": {"en": "foot length", "es": "largo de pie", "fr": "longueur de pied", "de": "Fußlänge",
             "pt": "comprimento do pé", "it": "lunghezza del piede"},
    "head": {"en": "head", "es": "contorno de cabeza", "fr": "tour de tête", "de": "Kopfumfang", "pt": "cabeça",
             "it": "circonferenza della testa"},
}
_INCHES = {"en": "inches", "es": "pulgadas", "fr": "pouces", "de": "Zoll", "pt": "polegadas", "it": "pollici"}


def _fit_text(chart: dict, measurement: Measurement | None, language: str) -> str | None:
    """The size the customer's measurement falls in on this chart, said in a sentence (None: no measurement of a
    part this chart measures)."""
    fit = fit_in(chart, measurement) if measurement else None
    if fit is None:
        return None
    lang = phrases.language_of(language)
    part = _PART_NAMES[fit.measurement.part].get(lang, _PART_NAMES[fit.measurement.part]["en"])
    given = fit.measurement.unit or fit.unit
    amount = _amount(fit.measurement.value, given, lang)
    if given != fit.unit:
        amount += f" ({_amount(round(fit.value, 1), fit.unit, lang)})"
    if not fit.sizes:
        return phrases.say("size_off_chart", language, part=part, amount=amount, low=_number(fit.low),
                           high=_amount(fit.high, fit.unit, lang))
    if len(fit.sizes) == 2:
        return phrases.say("size_fits_between", language, part=part, amount=amount, smaller=fit.sizes[0],
                           larger=fit.sizes[1])
    return phrases.say("size_fits", language, part=part, amount=amount, size=fit.sizes[0])


def _number(value: float) -> str:
    return f"{value:g}"


def _amount(value: float, unit: str, language: str) -> str:
    return f"{_number(value)} {_INCHES.get(language, 'inches') if unit == 'in' else unit}"


def _chart_lead(goods: str, chart: dict, language: str) -> str:
    unit = _UNITS.get(chart.get("unit") or "", chart.get("unit") or "")
    return phrases.say("size_chart_for", language, goods=goods, unit=unit)


def confirmed_by_the_record(request, draft) -> bool:
    """The draft says yes, from the one product's own record, to the property asked of it ("is the Switchback
    Rain Shell waterproof?"), and the message asks nothing else."""
    catalogue = (request.oms or {}).get("catalogue") or {}
    products, asked = catalogue.get("products") or [], catalogue.get("property")
    if not asked or len(products) != 1 or len(request.classification.questions or []) != 1:
        return False
    product = products[0]
    return bool(product.get("material") and has_property(product["material"], asked)
                and product["name"] in (draft.text or ""))
