"""The region a place a customer names belongs to, in the words help centers use for their shipping zones.

"do u ship to ireland?" is answered by the European Union row of a rates table, "delivery to Scotland" by the
United Kingdom's, "to Texas" by the United States': help centers price and time shipping by zone, and a country, a
nation, a state or a city inside one is named by no row ("the UK", "the States" are written for the zone itself). The
question is read with its zone's name beside the place, so the closest row is the zone's.
General geography, not any store's: a store whose zones differ still finds its own rows by the same names.
"""

from __future__ import annotations

import re

from graph.reasoning.text_norm import fold

_EU = ("austria", "belgium", "bulgaria", "croatia", "cyprus", "czechia", "czech republic", "denmark", "estonia",
       "finland", "france", "germany", "greece", "hungary", "ireland", "italy", "latvia", "lithuania", "luxembourg",
       "malta", "netherlands", "holland", "poland", "portugal", "romania", "slovakia", "slovenia", "spain", "sweden",
       "eu", "europe", "european union")
_UK = ("united kingdom", "england", "scotland", "wales", "northern ireland", "great britain", "britain", "uk", "u.k.")
_US_STATES = (
    "alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut", "delaware", "florida",
    "georgia", "hawaii", "idaho", "illinois", "indiana", "iowa", "kansas", "kentucky", "louisiana", "maine",
    "maryland", "massachusetts", "michigan", "minnesota", "mississippi", "missouri", "montana", "nebraska", "nevada",
    "new hampshire", "new jersey", "new mexico", "new york", "north carolina", "north dakota", "ohio", "oklahoma",
    "oregon", "pennsylvania", "rhode island", "south carolina", "south dakota", "tennessee", "texas", "utah",
    "vermont", "virginia", "washington state", "west virginia", "wisconsin", "wyoming", "puerto rico", "nyc",
    "chicago", "houston", "phoenix", "philadelphia", "san francisco", "seattle", "boston", "miami", "dallas",
    "atlanta", "denver", "brooklyn",
)
_US = ("united states", "usa", "u.s.a.", "u.s.", "america", "the states", *_US_STATES)  # never "us": a pronoun
_CANADA = ("ontario", "quebec", "british columbia", "alberta", "manitoba", "saskatchewan", "nova scotia",
           "new brunswick", "newfoundland", "prince edward island", "yukon", "toronto", "montreal", "vancouver",
           "calgary", "ottawa")
_AUSTRALIA = ("new south wales", "queensland", "tasmania", "western australia", "south australia",
              "sydney", "melbourne", "brisbane", "adelaide", "canberra")
# ...as the brand's other languages name them (Spanish, French, German, Italian, Portuguese), with and without accents:
# "quanto costa la spedizione in Italia?" got the whole rates table, Italy being no English word
_EU_ELSEWHERE = ("espana", "españa", "espanha", "espagne", "spanien", "spagna", "francia", "franca", "frança",
                 "frankreich", "alemania", "alemanha", "allemagne", "deutschland", "germania", "italia", "itália",
                 "italie", "italien", "irlanda", "irlande", "irland", "paises bajos", "países bajos", "holanda", "pays-bas",
                 "niederlande", "olanda", "paesi bassi", "belgica", "bélgica", "belgique", "belgien", "belgio",
                 "autriche", "osterreich", "österreich", "grecia", "grèce", "grece", "griechenland", "grécia",
                 "suecia", "suède", "suede", "schweden", "svezia", "polonia", "pologne", "polen", "polónia",
                 "dinamarca", "danemark", "dänemark", "danimarca", "finlandia", "finlande", "finnland", "finlândia",
                 "union europea", "unión europea", "union europeenne", "union européenne", "europaische union",
                 "europäische union", "unione europea", "uniao europeia", "união europeia", "europa")
_UK_ELSEWHERE = ("reino unido", "royaume-uni", "royaume uni", "vereinigtes konigreich", "vereinigtes königreich",
                 "regno unito", "inglaterra", "angleterre", "inghilterra", "escocia", "écosse", "ecosse", "schottland",
                 "scozia", "gran bretaña", "gran bretana", "grande-bretagne", "grossbritannien", "großbritannien",
                 "gran bretagna", "grã-bretanha")
_US_ELSEWHERE = ("estados unidos", "etats-unis", "états-unis", "vereinigte staaten", "stati uniti", "eeuu", "ee.uu.",
                 "eua")
_ZONES = {"the European Union (EU)": _EU + _EU_ELSEWHERE, "the United Kingdom (UK)": _UK + _UK_ELSEWHERE,
          "the United States (US)": _US + _US_ELSEWHERE,
          "Canada": (*_CANADA, "canadá", "kanada"), "Australia": (*_AUSTRALIA, "australie", "australien")}

# Longest names first, so "northern ireland" is the United Kingdom before "ireland" is the European Union.
_PLACE = re.compile(
    r"(?<![\w.])(" + "|".join(sorted((re.escape(p) for places in _ZONES.values() for p in places), key=len, reverse=True))
    + r")(?![\w])", re.IGNORECASE)
_ZONE_OF = {place: zone for zone, places in _ZONES.items() for place in places}


# Countries outside every zone above, as customers name them (the store's help center says where it ships; one that
# is not named there is not served). Written as they are said, each with the name a reply uses.
_OUTSIDE = {
    "mexico": "Mexico", "japan": "Japan", "china": "China", "india": "India", "brazil": "Brazil",
    "switzerland": "Switzerland", "norway": "Norway", "iceland": "Iceland", "new zealand": "New Zealand",
    "south africa": "South Africa", "singapore": "Singapore", "south korea": "South Korea", "korea": "Korea",
    "israel": "Israel", "uae": "the UAE", "dubai": "the UAE", "united arab emirates": "the UAE",
    "saudi arabia": "Saudi Arabia", "turkey": "Turkey", "russia": "Russia", "ukraine": "Ukraine",
    "argentina": "Argentina", "chile": "Chile", "colombia": "Colombia", "peru": "Peru", "philippines": "the Philippines",
    "indonesia": "Indonesia", "malaysia": "Malaysia", "thailand": "Thailand", "vietnam": "Vietnam",
    "hong kong": "Hong Kong", "taiwan": "Taiwan", "nigeria": "Nigeria", "kenya": "Kenya", "egypt": "Egypt",
    "pakistan": "Pakistan", "serbia": "Serbia", "qatar": "Qatar", "kuwait": "Kuwait",
}
_OUTSIDE_PLACE = re.compile(r"(?<![\w.])(" + "|".join(sorted(map(re.escape, _OUTSIDE), key=len, reverse=True))
                            + r")(?![\w])", re.IGNORECASE)


def places_outside_zones(text: str) -> list[str]:
    """The countries the text names that no zone covers, as a reply names them ("Japan"), each once. A zone's own
    place is read first: "New Mexico" is a US state, not Mexico."""
    folded = _PLACE.sub(" ", fold(text or ""))
    return list(dict.fromkeys(_OUTSIDE[found.group(1).lower()] for found in _OUTSIDE_PLACE.finditer(folded)))


def zones_named(text: str) -> list[str]:
    """The shipping zones of the places the text names, in order, each once."""
    zones = [_ZONE_OF[found.group(1).lower()] for found in _PLACE.finditer(text or "")]
    return list(dict.fromkeys(zones))


def zone_name_and_code(zone: str) -> tuple[str, str]:
    """("United Kingdom", "UK") of "the United Kingdom (UK)"; ("Canada", "") of "Canada", a zone written without a code."""
    found = re.fullmatch(r"(?:the\s+)?(.+?)(?:\s+\((\w+)\))?", zone.strip())
    return (found.group(1), found.group(2) or "") if found else (zone, "")


def with_zones(text: str) -> str:
    """The text with the zone of each place it names beside it: what a rates table's rows are looked up by. A country
    outside every zone, asked about, is looked up by where the store ships."""
    zones = zones_named(text)
    if not zones and asks_if_we_ship_outside(text):
        return f"{text} (where we ship)"
    return f"{text} ({', '.join(zones)})" if zones else text


# Whether the store ships to a place, as a gloss of another language says it: "ship to japan", "deliver your to
# mexico" (of "¿envían a Japón?", "liefert ihr nach Mexiko?").
_SHIPS_TO = re.compile(r"\b(?:ship|shipping|deliver|delivery|send|sending|post)\s+(?:\w+\s+)?(?:to|in|for)\b",
                       re.IGNORECASE)


def asks_if_we_ship_outside(text: str) -> list[str]:
    """The countries outside every zone that the question asks whether the store ships to (English, or a gloss)."""
    places = places_outside_zones(text)
    return places if places and (asks_where_we_ship(text) or _SHIPS_TO.search(text)) else []


# "do you ship to canada?", "can you deliver to Ireland", "do u ship internationally": whether the store ships there
# at all. The answer is the sentence that says where the store ships, with the place's own row of rates; a passage
# about free shipping to that place names it too, but says nothing of whether it can be had.
_ASKS_WHERE_WE_SHIP = re.compile(
    r"\b(?:do|does|can|could|will|would)\s+(?:you|u|ya|y'?all|northbound|they)\s+(?:guys\s+|also\s+|still\s+)?"
    r"(?:ship|deliver|send|post)\s+(?:to|in|out\s+to|internationally|abroad|overseas|worldwide|outside)\b|"
    r"\b(?:ship|deliver)\s+(?:internationally|abroad|overseas|worldwide)\b", re.IGNORECASE)
_SAYS_WHERE_WE_SHIP = re.compile(r"\bwe\s+(?:ship|deliver|send)\s+(?:to|within|worldwide|internationally)\b",
                                 re.IGNORECASE)


def asks_where_we_ship(text: str) -> bool:
    """The question asks whether the store ships to a place (or abroad at all)."""
    return bool(_ASKS_WHERE_WE_SHIP.search(text or ""))


def says_where_we_ship(text: str) -> bool:
    """The text says where the store ships ("We ship to the United States, Canada, ...")."""
    return bool(_SAYS_WHERE_WE_SHIP.search(text or ""))


def says_we_ship_there(text: str, asked: str) -> bool:
    """The text says where the store ships, and names the zone of a place the question names (any, when it names
    none): "do you ship to ireland?" is not answered by "We deliver to England, Scotland, Wales and Northern
    Ireland", which names the United Kingdom."""
    asked_zones = zones_named(asked)
    return says_where_we_ship(text) and (not asked_zones or bool(set(asked_zones) & set(zones_named(text))))
