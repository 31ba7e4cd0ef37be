"""The size chart of the goods a sizing question names, from the products' own records.

"What size should I get in the parka?", "do you have a size guide for jackets?": the help center's size
guides go by product line and name no product ("Size guide: Outerwear" says nothing of parkas), so the goods
are looked up in the catalogue and the chart those products carry is the answer. Goods whose charts differ,
or that carry none (an imported store's products may not), leave the question to the help center's guides.
"""

from __future__ import annotations

from typing import Any

from tools.oms.catalogue import goods_words, kind_phrase, products_named, size_key

# Goods of one kind cut two ways ("shorts": chinos by waist size, running shorts by letter) are answered with each
# way's chart; more ways than this are too much for one reply, and the customer is asked which item.
MAX_CHARTS = 2
NAMES_PER_CHART = 3


async def chart_of(client, text: str) -> dict[str, Any] | None:
    """{"goods": what the chart is for, "chart": the chart} when the goods the message names share one chart;
    {"goods": ..., "chart": None, "charts": [{"goods": names, "chart": ...}, ...]} when they are cut in up to
    MAX_CHARTS ways; {"goods": None} when it names none the store sells ("what size should I order?"); None
    otherwise (more charts, or goods without one)."""
    words = goods_words(text)
    products = await products_named(client, words) if words else []
    if not products:
        return {"goods": None, "chart": None}
    if not all(p.size_chart and p.size_chart.get("rows") for p in products):
        return None
    goods = products[0].name if len(products) == 1 else kind_phrase(products, words)
    groups: list[tuple[dict, list[str]]] = []
    for product in products:
        same = next((names for chart, names in groups if chart == product.size_chart), None)
        if same is None:
            groups.append((product.size_chart, [product.name]))
        elif product.name not in same:
            same.append(product.name)
    if len(groups) == 1:
        return {"goods": goods, "chart": in_size_order(groups[0][0])}
    if len(groups) > MAX_CHARTS:
        return None
    return {"goods": goods, "chart": None,
            "charts": [{"names": names[:NAMES_PER_CHART], "more": len(names[NAMES_PER_CHART:]),
                        "chart": in_size_order(chart)} for chart, names in groups]}


def in_size_order(chart: dict) -> dict:
    """The chart with its sizes in size order: read back from a JSON column, they come in the column's key order."""
    rows = chart["rows"]
    return {**chart, "rows": {size: rows[size] for size in sorted(rows, key=size_key)}}


def size_table(chart: dict) -> str:
    """A size chart as a Markdown table, its unit beside each measured column (EU and UK sizes have none)."""
    columns = chart["columns"]
    head = "| Size | " + " | ".join(c.replace("_", " ").title() + f" ({chart['unit']})" if c not in ("eu", "uk")
                                   else c.upper() for c in columns) + " |"
    sep = "|" + "---|" * (len(columns) + 1)
    rows = [f"| {size} | " + " | ".join(str(values.get(c, "")) for c in columns) + " |"
            for size, values in chart["rows"].items()]
    return "\n".join([head, sep, *rows])
