"""The size chart of the goods a sizing question names, from the products' own records.

"What size should I get in the parka?", "do you have a size guide for jackets?": the help center's size
guides go by product line and name no product ("Size guide: Outerwear" says nothing of parkas), so the goods
are looked up in the catalogue and the chart those products carry is the answer. Goods whose charts differ,
or that carry none (an imported store's products may not), leave the question to the help center's guides.
"""

from __future__ import annotations

from typing import Any

from tools.oms.catalogue import goods_words, kind_phrase, products_named, size_key


async def chart_of(client, text: str) -> dict[str, Any] | None:
    """{"goods": what the chart is for, "chart": the chart} when the goods the message names share one chart;
    {"goods": None} when it names none the store sells ("what size should I order?"); None otherwise."""
    words = goods_words(text)
    products = await products_named(client, words) if words else []
    if not products:
        return {"goods": None, "chart": None}
    charts = [p.size_chart for p in products if p.size_chart and p.size_chart.get("rows")]
    if len(charts) != len(products) or any(chart != charts[0] for chart in charts):
        return None
    goods = products[0].name if len(products) == 1 else kind_phrase(products, words)
    # in size order: a chart read back from a JSON column has its sizes in the column's key order
    rows = charts[0]["rows"]
    return {"goods": goods, "chart": {**charts[0], "rows": {size: rows[size] for size in sorted(rows, key=size_key)}}}


def size_table(chart: dict) -> str:
    """A size chart as a Markdown table, its unit beside each measured column (EU and UK sizes have none)."""
    columns = chart["columns"]
    head = "| Size | " + " | ".join(c.replace("_", " ").title() + f" ({chart['unit']})" if c not in ("eu", "uk")
                                   else c.upper() for c in columns) + " |"
    sep = "|" + "---|" * (len(columns) + 1)
    rows = [f"| {size} | " + " | ".join(str(values.get(c, "")) for c in columns) + " |"
            for size, values in chart["rows"].items()]
    return "\n".join([head, sep, *rows])
