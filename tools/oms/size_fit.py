"""The size a customer's body measurement falls in, read off a size chart.

"What size shorts for a 32 waist?", "my feet are 27cm, which size?", "chest is 40 inches": a chart answers, but
the customer asked for a size, so the row their measurement falls in is said before the chart. The number is read
with the body part it measures and its unit; without a unit, the chart's own unit is taken unless the number only
fits the chart in the other one (an 80 waist is centimetres on a chart in inches).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

CM_PER_INCH = 2.54
TOLERANCE = 0.005  # a measurement this close (share of it) to a row's value is that row's
SMALLEST = 5  # no body measurement is smaller, in inches or centimetres: "2 waist bags" measures nothing
# the body part as customers name it -> the chart columns that measure it, first found wins
PARTS = {
    "waist": ("waist", "belt_waist"), "chest": ("chest", "bust"), "bust": ("bust", "chest"),
    "hip": ("hip",), "hips": ("hip",), "inseam": ("inseam",), "leg": ("inseam",),
    "foot": ("foot_length",), "feet": ("foot_length",), "head": ("head_circumference",),
}
_PART = r"(?P<part>waist|chest|bust|hips?|inseam|leg|foot|feet|head)"
_NUMBER = r"(?P<value>\d{1,3}(?:[.,]\d{1,2})?)"
_UNIT = r"\s*-?\s*(?P<unit>cm|centimet(?:er|re)s?|in\b|inch(?:es)?|\"|'')?"
# "32 waist", "a 40 inch chest", "27cm feet"; "waist is 32", "my feet are 27cm", "inseam of 30 inches"
# "100 cm of chest" too: Romance languages put the part after "de" ("100 cm de pecho", glossed "of chest")
_NUMBER_THEN_PART = re.compile(rf"\b{_NUMBER}{_UNIT}\s*(?:-\s*|of\s+(?:the\s+)?)?{_PART}\b", re.IGNORECASE)
_PART_THEN_NUMBER = re.compile(
    rf"\b{_PART}(?:\s+(?:size|measurement|length|circumference))?\s*(?:is|are|of|measures?|=|:)?\s*"
    rf"(?:about|around|roughly|approx\.?|~)?\s*{_NUMBER}{_UNIT}", re.IGNORECASE)


@dataclass(frozen=True)
class Measurement:
    part: str  # as the customer named it, singular: "waist", "chest", "foot"
    value: float
    unit: str | None  # "in", "cm", or None when not said


@dataclass(frozen=True)
class Fit:
    measurement: Measurement
    value: float  # in the chart's unit
    unit: str  # the chart's unit
    sizes: tuple[str, ...]  # one size, or the two it is between; empty when outside the chart
    low: float
    high: float  # the chart's span for that column


def measurement_in(text: str) -> Measurement | None:
    """The body measurement a message gives, if any."""
    for pattern in (_NUMBER_THEN_PART, _PART_THEN_NUMBER):
        found = pattern.search(text)
        if found:
            part = found["part"].lower()
            part = {"hips": "hip", "feet": "foot", "leg": "inseam"}.get(part, part)
            unit = (found["unit"] or "").lower()
            unit = "cm" if unit.startswith("c") else ("in" if unit else None)
            value = float(found["value"].replace(",", "."))
            if value >= SMALLEST:
                return Measurement(part, value, unit)
    return None


def _span(cell: object) -> tuple[float, float] | None:
    """A chart cell as (low, high): 32 -> (32, 32), "38-40" -> (38, 40); None for "-" or text."""
    numbers = re.findall(r"\d+(?:\.\d+)?", str(cell))
    if not numbers or len(numbers) > 2:
        return None
    values = [float(n) for n in numbers]
    return min(values), max(values)


def fit_in(chart: dict, measurement: Measurement) -> Fit | None:
    """Where the measurement falls in the chart, or None when the chart does not measure that part."""
    columns = chart.get("columns") or []
    column = next((c for c in PARTS.get(measurement.part, ()) if c in columns), None)
    if column is None:
        return None
    rows = [(size, _span(values.get(column))) for size, values in chart["rows"].items()]
    rows = [(size, span) for size, span in rows if span]
    if not rows:
        return None
    low, high = min(s[0] for _, s in rows), max(s[1] for _, s in rows)
    unit = chart.get("unit") or "in"
    value = _in_chart_unit(measurement, unit, low, high)
    step = (high - low) / max(1, len(rows) - 1)
    if value < low - step / 2 or value > high + step / 2:
        return Fit(measurement, value, unit, (), low, high)
    tolerance = value * TOLERANCE
    inside = [size for size, (lo, hi) in rows if lo - tolerance <= value <= hi + tolerance]
    if inside:
        return Fit(measurement, value, unit, tuple(inside[:2]), low, high)
    below = [size for size, (_, hi) in rows if hi < value]
    above = [size for size, (lo, _) in rows if lo > value]
    # between two rows: both are said (a foot between two sizes' lengths needs the larger, a waist may not)
    sizes = tuple([*below[-1:], *above[:1]])
    return Fit(measurement, value, unit, sizes, low, high)


def _in_chart_unit(measurement: Measurement, unit: str, low: float, high: float) -> float:
    """The value in the chart's unit; a value given without one is read in the unit it fits the chart in."""
    given = measurement.unit
    if given is None:
        other = "cm" if unit == "in" else "in"
        inside = low * 0.8 <= measurement.value <= high * 1.2
        given = unit if inside or not (low * 0.8 <= _convert(measurement.value, other, unit) <= high * 1.2) else other
    return _convert(measurement.value, given, unit)


def _convert(value: float, source: str, target: str) -> float:
    if source == target:
        return value
    return value / CM_PER_INCH if source == "cm" else value * CM_PER_INCH
