"""The demo catalog: product lines with their size charts, products and size x colour variants.

Products are hand-named (a generated name like "Product 17" would teach the agent nothing about
real questions); only availability is drawn from the seeded random generator.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from decimal import Decimal


@dataclass(frozen=True)
class ProductLine:
    """A product line shares sizes, a size chart and care instructions."""

    code: str
    title: str
    sizes: tuple[str, ...]
    size_chart: dict
    care: str
    fit_note: str


def _chart(unit: str, columns: list[str], rows: dict[str, list]) -> dict:
    return {"unit": unit, "columns": columns, "rows": {size: dict(zip(columns, values, strict=True))
                                                       for size, values in rows.items()}}


LINES: dict[str, ProductLine] = {
    line.code: line
    for line in [
        ProductLine(
            "tops", "Tops & Tees", ("XS", "S", "M", "L", "XL", "XXL"),
            _chart("in", ["chest", "length", "sleeve"], {
                "XS": ["33-35", 27, 32], "S": ["35-37", 28, 33], "M": ["38-40", 29, 34],
                "L": ["41-43", 30, 35], "XL": ["44-46", 31, 36], "XXL": ["47-49", 32, 37]}),
            "Machine wash cold with like colours, inside out. Tumble dry low or hang dry. Do not bleach. "
            "Cotton may shrink up to 3% if tumble dried hot.",
            "Tops run true to size with a relaxed fit; size down for a closer fit.",
        ),
        ProductLine(
            "denim", "Denim & Bottoms", ("26", "28", "30", "32", "34", "36", "38"),
            _chart("in", ["waist", "hip", "inseam"], {
                "26": [26, 35, 30], "28": [28, 37, 30], "30": [30, 39, 32], "32": [32, 41, 32],
                "34": [34, 43, 32], "36": [36, 45, 34], "38": [38, 47, 34]}),
            "Wash as little as possible, inside out in cold water, and hang dry to keep the colour. "
            "Raw denim: wait 6 months before the first wash. Do not tumble dry stretch denim.",
            "Denim is sized by waist in inches; stretch styles relax about half a size with wear.",
        ),
        ProductLine(
            "outerwear", "Outerwear", ("XS", "S", "M", "L", "XL", "XXL"),
            _chart("in", ["chest", "length", "sleeve"], {
                "XS": ["34-36", 27, 33], "S": ["36-38", 28, 34], "M": ["39-41", 29.5, 35],
                "L": ["42-44", 30.5, 36], "XL": ["45-47", 31.5, 37], "XXL": ["48-50", 32.5, 38]}),
            "Spot clean where possible. Down and synthetic-fill jackets: machine wash gentle, cold, with a "
            "down wash, then tumble dry low with two clean tennis balls. Re-proof waterproof shells yearly. "
            "Wool coats: dry clean only.",
            "Outerwear is cut to layer over a sweater; if you are between sizes, take your usual size.",
        ),
        ProductLine(
            "dresses", "Dresses & Skirts", ("XS", "S", "M", "L", "XL"),
            _chart("in", ["bust", "waist", "hip", "length"], {
                "XS": [32, 25, 35, 38], "S": [34, 27, 37, 38.5], "M": [36, 29, 39, 39],
                "L": [39, 32, 42, 39.5], "XL": [42, 35, 45, 40]}),
            "Hand wash cold or machine wash on delicate in a laundry bag. Hang to dry, cool iron. "
            "Linen softens and creases naturally.",
            "Dresses follow US sizing (XS = 0-2, S = 4-6, M = 8-10, L = 12-14, XL = 16).",
        ),
        ProductLine(
            "footwear", "Footwear", ("6", "7", "8", "9", "10", "11", "12", "13"),
            _chart("in", ["foot_length", "eu", "uk"], {
                "6": [9.25, 39, 5], "7": [9.625, 40, 6], "8": [9.875, 41, 7], "9": [10.25, 42, 8],
                "10": [10.5, 43, 9], "11": [10.875, 44, 10], "12": [11.25, 45, 11],
                "13": [11.5, 46, 12]}),
            "Brush off dirt after wear, clean leather with a damp cloth and condition every few months. "
            "Suede: use a suede brush only, never water. Canvas sneakers: hand wash, air dry away from heat.",
            "Footwear is US men's sizing; women take 1.5 sizes down (women's 8.5 = men's 7). Half sizes: size up.",
        ),
        ProductLine(
            "activewear", "Activewear", ("XS", "S", "M", "L", "XL"),
            _chart("in", ["chest", "waist", "hip"], {
                "XS": ["31-33", "24-26", "34-36"], "S": ["33-35", "26-28", "36-38"],
                "M": ["36-38", "29-31", "39-41"], "L": ["39-41", "32-34", "42-44"],
                "XL": ["42-44", "35-37", "45-47"]}),
            "Machine wash cold, no fabric softener (it clogs the wicking fibres), hang dry. Do not iron prints.",
            "Activewear has a compressive fit; size up if you prefer less compression.",
        ),
        ProductLine(
            "accessories", "Accessories", ("S/M", "L/XL", "One Size"),
            _chart("in", ["belt_waist", "head_circumference"], {
                "S/M": ["28-32", "21.5-22.5"], "L/XL": ["34-38", "22.75-23.75"],
                "One Size": ["-", "21.5-23.5 (adjustable)"]}),
            "Leather goods: wipe clean, condition twice a year. Knit hats and scarves: hand wash cold, dry flat. "
            "Canvas bags: spot clean only.",
            "Belts: order your jeans waist size range. Caps and beanies are one size and adjustable.",
        ),
    ]
}

# (name, category, material, base price, colours, final_sale)
_PRODUCTS: dict[str, list[tuple[str, str, str, str, tuple[str, ...], bool]]] = {
    "tops": [
        ("Harbor Organic Crew Tee", "t-shirts", "100% organic cotton jersey", "28", ("white", "black", "heather grey", "navy"), False),
        ("Harbor Organic V-Neck Tee", "t-shirts", "100% organic cotton jersey", "28", ("white", "sage", "black"), False),
        ("Ridgeline Pocket Tee", "t-shirts", "slub cotton", "32", ("oatmeal", "rust", "forest"), False),
        ("Summit Long Sleeve Henley", "long sleeves", "waffle-knit cotton", "48", ("cream", "charcoal", "olive"), False),
        ("Portside Oxford Shirt", "shirts", "brushed cotton oxford", "68", ("light blue", "white", "pink stripe"), False),
        ("Timberline Flannel Shirt", "shirts", "midweight cotton flannel", "72", ("red plaid", "green plaid", "blue plaid"), False),
        ("Coastline Linen Shirt", "shirts", "100% European linen", "78", ("white", "sand", "sky"), False),
        ("Fjord Merino Crewneck Sweater", "knitwear", "100% merino wool", "98", ("navy", "oatmeal", "charcoal"), False),
        ("Cabin Cable-Knit Sweater", "knitwear", "wool-alpaca blend", "128", ("cream", "forest"), False),
        ("Trailhead Fleece Quarter-Zip", "sweatshirts", "recycled polyester fleece", "74", ("black", "tan", "navy"), False),
        ("Archive Graphic Tee", "t-shirts", "cotton jersey", "18", ("washed black", "vintage white"), True),
    ],
    "denim": [
        ("Northbound Slim Jean", "jeans", "12 oz stretch denim", "98", ("indigo rinse", "mid wash", "black"), False),
        ("Northbound Straight Jean", "jeans", "13 oz rigid denim", "98", ("indigo rinse", "light wash"), False),
        ("Prospect Raw Selvedge Jean", "jeans", "14 oz raw selvedge denim", "168", ("raw indigo",), False),
        ("Highwater Wide-Leg Jean", "jeans", "organic cotton denim", "108", ("vintage blue", "ecru"), False),
        ("Mile Marker Chino", "trousers", "cotton twill with stretch", "78", ("khaki", "navy", "olive", "stone"), False),
        ("Basecamp Cargo Pant", "trousers", "ripstop cotton", "88", ("olive", "black", "tan"), False),
        ("Shoreline Chino Short", "shorts", "cotton twill", "58", ("khaki", "navy", "sage"), False),
        ("Drift Linen Drawstring Pant", "trousers", "linen-cotton blend", "82", ("natural", "black"), False),
        ("Archive Denim Short", "shorts", "cotton denim", "34", ("light wash",), True),
    ],
    "outerwear": [
        ("Glacier Down Parka", "jackets", "recycled nylon shell, 700-fill responsibly sourced down", "298", ("black", "forest", "navy"), False),
        ("Switchback Rain Shell", "jackets", "3-layer waterproof-breathable nylon", "188", ("yellow", "black", "slate"), False),
        ("Homestead Chore Coat", "jackets", "canvas cotton duck", "148", ("brown", "navy", "ecru"), False),
        ("Redwood Sherpa Trucker Jacket", "jackets", "denim with sherpa lining", "138", ("indigo", "black"), False),
        ("Harbor Wool Peacoat", "coats", "80% wool, 20% nylon", "268", ("navy", "charcoal"), False),
        ("Pinecone Puffer Vest", "vests", "recycled polyester insulation", "98", ("black", "rust", "olive"), False),
        ("Tundra Quilted Liner Jacket", "jackets", "recycled nylon, synthetic fill", "118", ("olive", "black"), False),
        ("Windward Packable Anorak", "jackets", "nylon ripstop", "108", ("orange", "navy"), False),
        ("Archive Softshell Jacket", "jackets", "softshell polyester", "64", ("grey",), True),
    ],
    "dresses": [
        ("Meadow Linen Midi Dress", "dresses", "100% linen", "118", ("sage", "white", "terracotta"), False),
        ("Wildflower Wrap Dress", "dresses", "viscose crepe", "98", ("floral navy", "floral rust"), False),
        ("Seaside Slip Dress", "dresses", "washed satin", "88", ("champagne", "black", "olive"), False),
        ("Hearth Sweater Dress", "dresses", "merino blend knit", "128", ("oatmeal", "charcoal"), False),
        ("Tidepool Shirt Dress", "dresses", "cotton poplin", "92", ("blue stripe", "white"), False),
        ("Canyon Denim Midi Skirt", "skirts", "cotton denim", "78", ("mid wash", "black"), False),
        ("Prairie Tiered Maxi Dress", "dresses", "organic cotton voile", "108", ("cream", "dusty rose"), False),
        ("Archive Smocked Sundress", "dresses", "cotton", "38", ("yellow gingham",), True),
    ],
    "footwear": [
        ("Trailblazer Leather Boot", "boots", "full-grain leather, Vibram sole", "228", ("brown", "black"), False),
        ("Wayfarer Chelsea Boot", "boots", "suede, crepe sole", "198", ("tan suede", "black suede"), False),
        ("Everyday Canvas Sneaker", "sneakers", "organic cotton canvas, natural rubber", "78", ("white", "navy", "black"), False),
        ("Lakeshore Leather Sneaker", "sneakers", "leather upper, recycled rubber sole", "118", ("white", "white/green"), False),
        ("Ridge Runner Trail Shoe", "running", "recycled mesh, grippy lugged sole", "138", ("grey/orange", "black"), False),
        ("Driftwood Slide Sandal", "sandals", "cork footbed, leather straps", "68", ("brown", "black"), False),
        ("Cabin Shearling Slipper", "slippers", "suede, shearling lining", "88", ("chestnut", "grey"), False),
        ("Archive Boat Shoe", "shoes", "leather", "49", ("tan",), True),
    ],
    "activewear": [
        ("Momentum Legging", "leggings", "recycled nylon-elastane", "78", ("black", "midnight", "moss"), False),
        ("Momentum Bike Short", "shorts", "recycled nylon-elastane", "52", ("black", "midnight"), False),
        ("Tempo Running Short", "shorts", "lightweight recycled polyester", "48", ("black", "navy", "coral"), False),
        ("Cadence Sports Bra", "bras", "recycled nylon-elastane", "48", ("black", "sage", "clay"), False),
        ("Stride Performance Tee", "tops", "moisture-wicking recycled polyester", "42", ("white", "black", "cobalt"), False),
        ("Ascent Half-Zip Pullover", "tops", "brushed-back jersey", "82", ("charcoal", "navy"), False),
        ("Flow Jogger", "pants", "French terry", "72", ("heather grey", "black", "olive"), False),
        ("Archive Training Tank", "tops", "polyester", "16", ("grey",), True),
    ],
    "accessories": [
        ("Timber Leather Belt", "belts", "full-grain leather, brass buckle", "58", ("brown", "black"), False),
        ("Northbound Canvas Tote", "bags", "waxed cotton canvas", "64", ("natural", "olive"), False),
        ("Summit Rolltop Backpack", "bags", "recycled nylon, water-resistant", "138", ("black", "forest"), False),
        ("Fisherman Rib Beanie", "hats", "merino wool", "32", ("orange", "navy", "cream", "black"), False),
        ("Trucker Logo Cap", "hats", "cotton twill, mesh back", "30", ("navy", "khaki"), False),
        ("Lambswool Plaid Scarf", "scarves", "lambswool", "58", ("red plaid", "grey plaid"), False),
        ("Trail Crew Sock 3-Pack", "socks", "merino blend", "36", ("assorted",), True),
        ("Waxed Canvas Dopp Kit", "bags", "waxed canvas, leather trim", "48", ("brown", "olive"), False),
        ("Polarized Field Sunglasses", "eyewear", "acetate frame, polarized lenses", "98", ("tortoise", "black"), False),
        ("Archive Bandana", "scarves", "cotton", "12", ("indigo", "red"), True),
    ],
}

# Accessories sized S/M and L/XL; every other accessory is one size.
_TWO_SIZES = {"belts", "socks"}


def _sizes_for(line: ProductLine, category: str) -> tuple[str, ...]:
    if line.code != "accessories":
        return line.sizes
    return ("S/M", "L/XL") if category in _TWO_SIZES else ("One Size",)


def build_catalog(rng: random.Random) -> tuple[list[dict], list[dict]]:
    """Product and variant rows (keys = columns of `products` and `variants`)."""
    products: list[dict] = []
    variants: list[dict] = []
    for line_index, (line_code, items) in enumerate(_PRODUCTS.items(), start=1):
        line = LINES[line_code]
        for item_index, (name, category, material, price, colours, final_sale) in enumerate(items, start=1):
            product_id = f"P{line_index}{item_index:02d}"
            sizes = _sizes_for(line, category)
            chart = line.size_chart
            if sizes != line.sizes:  # only the rows that exist for this product
                chart = {**chart, "rows": {s: chart["rows"][s] for s in sizes}}
            description = (
                f"The {name} in {material}. {line.fit_note}"
                + (" Final Sale: this item cannot be returned or exchanged." if final_sale else "")
            )
            products.append({
                "id": product_id,
                "name": name,
                "product_line": line_code,
                "category": category,
                "description": description,
                "size_chart": chart,
                "care": line.care,
                "attributes": {"material": material, "final_sale": final_sale, "colors": list(colours),
                               "sizes": list(sizes)},
            })
            for colour_index, colour in enumerate(colours):
                for size_index, size in enumerate(sizes):
                    # Edge sizes sell out first; a few whole colourways are gone in the archive.
                    edge = size_index in (0, len(sizes) - 1)
                    available = rng.random() > (0.28 if edge else 0.08)
                    extended = size in ("XXL", "13") and line_code in ("outerwear", "tops", "footwear")
                    variants.append({
                        "id": f"{product_id}-{colour_index + 1}{size_index + 1:02d}",
                        "product_id": product_id,
                        "options": {"size": size, "color": colour},
                        "price": Decimal(price) + (Decimal("10") if extended else Decimal("0")),
                        "available": available,
                    })
    return products, variants
