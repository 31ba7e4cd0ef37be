"""Names, languages and postal addresses per region, for demo customers.

Kept apart from order logic so that the address formats (US states and ZIPs, Canadian postal
codes, UK postcodes...) are easy to check and extend.
"""

from __future__ import annotations

import random
import unicodedata

FIRST_EN = ["James", "Olivia", "Liam", "Emma", "Noah", "Ava", "Ethan", "Sophia", "Mason", "Isabella", "Lucas",
            "Mia", "Logan", "Charlotte", "Jack", "Amelia", "Aiden", "Harper", "Owen", "Evelyn", "Caleb", "Abigail",
            "Ryan", "Emily", "Nathan", "Ella", "Wyatt", "Madison", "Dylan", "Chloe", "Grace", "Hannah", "Megan",
            "Tyler", "Kayla", "Brandon", "Jasmine", "Marcus", "Tanya", "Derek", "Priya", "Rahul", "Wei", "Mei",
            "Kenji", "Aisha", "Omar", "Fatima", "Keisha", "Andre", "Darnell", "Lauren", "Brooke", "Colin",
            "Siobhan", "Callum", "Freya", "Harry", "Poppy", "Oliver", "Isla", "Archie", "Rosie", "Zoe", "Lachlan",
            "Matilda", "Cooper", "Ruby", "Kai", "Sam", "Alex", "Jordan", "Taylor", "Morgan", "Casey"]
LAST_EN = ["Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Wilson", "Anderson", "Taylor",
           "Thomas", "Moore", "Martin", "Jackson", "Thompson", "White", "Harris", "Clark", "Lewis", "Robinson",
           "Walker", "Young", "Allen", "King", "Wright", "Scott", "Green", "Baker", "Adams", "Nelson", "Hill",
           "Campbell", "Mitchell", "Roberts", "Carter", "Phillips", "Evans", "Turner", "Parker", "Collins",
           "Edwards", "Stewart", "Morris", "Murphy", "Cook", "Rogers", "Patel", "Nguyen", "Kim", "Chen", "Singh",
           "O'Brien", "MacDonald", "Hughes", "Kelly", "Byrne", "Fraser", "Kaur", "Okafor", "Wood", "Bennett"]
FIRST_ES = ["María", "José", "Lucía", "Carlos", "Sofía", "Javier", "Camila", "Diego", "Valentina", "Alejandro",
            "Paula", "Mateo", "Daniela", "Andrés", "Carmen"]
LAST_ES = ["García", "Martínez", "López", "Hernández", "González", "Pérez", "Sánchez", "Ramírez", "Torres",
           "Flores", "Rivera", "Gómez", "Díaz", "Morales", "Ortiz"]
FIRST_FR = ["Camille", "Louis", "Chloé", "Hugo", "Léa", "Gabriel", "Manon", "Jules", "Inès", "Arthur",
            "Élodie", "Mathieu", "Julie", "Antoine", "Margaux"]
LAST_FR = ["Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau",
           "Lefebvre", "Tremblay", "Gagnon", "Roy", "Côté"]
FIRST_DE = ["Lukas", "Anna", "Leon", "Lena", "Finn", "Marie", "Jonas", "Laura", "Felix", "Sarah", "Paul",
            "Katharina", "Maximilian", "Julia", "Tobias"]
LAST_DE = ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz",
           "Hoffmann", "Koch", "Richter", "Klein", "Wolf", "Neumann"]
FIRST_PT = ["João", "Ana", "Pedro", "Beatriz", "Tiago", "Mariana", "Rafael", "Inês", "Gabriela", "Lucas"]
LAST_PT = ["Silva", "Santos", "Ferreira", "Pereira", "Oliveira", "Costa", "Rodrigues", "Almeida", "Souza", "Carvalho"]
FIRST_EU = ["Sven", "Emma", "Daan", "Sanne", "Giulia", "Marco", "Aoife", "Niamh", "Lars", "Ingrid"]
LAST_EU = ["de Vries", "Jansen", "Bakker", "Rossi", "Russo", "Bianchi", "O'Connor", "Murphy", "Jensen", "Nielsen"]

STREETS = ["Maple", "Oak", "Cedar", "Pine", "Elm", "Washington", "Lake", "Hill", "Park", "River", "Sunset",
           "Highland", "Church", "Mill", "Spring", "Forest", "Meadow", "Ridge", "Willow", "Harbor"]

US_CITIES = [("Austin", "TX", "787"), ("Denver", "CO", "802"), ("Portland", "OR", "972"), ("Brooklyn", "NY", "112"),
             ("Chicago", "IL", "606"), ("Seattle", "WA", "981"), ("Atlanta", "GA", "303"), ("Boston", "MA", "021"),
             ("Miami", "FL", "331"), ("Phoenix", "AZ", "850"), ("San Diego", "CA", "921"),
             ("Los Angeles", "CA", "900"), ("Minneapolis", "MN", "554"), ("Nashville", "TN", "372"),
             ("Columbus", "OH", "432"), ("Raleigh", "NC", "276"), ("Salt Lake City", "UT", "841"),
             ("Philadelphia", "PA", "191"), ("Houston", "TX", "770"), ("Madison", "WI", "537"),
             ("Burlington", "VT", "054"), ("Boise", "ID", "837"), ("Anchorage", "AK", "995"),
             ("Honolulu", "HI", "968")]
CA_CITIES = [("Toronto", "ON", "M5V"), ("Vancouver", "BC", "V6B"), ("Montréal", "QC", "H2X"),
             ("Calgary", "AB", "T2P"), ("Ottawa", "ON", "K1P"), ("Halifax", "NS", "B3H"), ("Québec", "QC", "G1R"),
             ("Winnipeg", "MB", "R3C"), ("Victoria", "BC", "V8W")]
UK_CITIES = [("London", "E1"), ("Manchester", "M1"), ("Bristol", "BS1"), ("Edinburgh", "EH1"), ("Leeds", "LS1"),
             ("Glasgow", "G1"), ("Brighton", "BN1"), ("Cardiff", "CF10"), ("Belfast", "BT1"), ("York", "YO1")]
EU_CITIES = {  # country -> [(city, postcode prefix)], language of most customers there
    "DE": [("Berlin", "10"), ("München", "80"), ("Hamburg", "20"), ("Köln", "50")],
    "FR": [("Paris", "75"), ("Lyon", "69"), ("Bordeaux", "33"), ("Nantes", "44")],
    "ES": [("Madrid", "28"), ("Barcelona", "08"), ("Valencia", "46"), ("Sevilla", "41")],
    "NL": [("Amsterdam", "10"), ("Utrecht", "35"), ("Rotterdam", "30")],
    "IT": [("Milano", "20"), ("Roma", "00"), ("Torino", "10")],
    "IE": [("Dublin", "D0"), ("Cork", "T12"), ("Galway", "H91")],
    "PT": [("Lisboa", "1"), ("Porto", "4"), ("Braga", "4")],
}
AU_CITIES = [("Sydney", "NSW", "20"), ("Melbourne", "VIC", "30"), ("Brisbane", "QLD", "40"), ("Perth", "WA", "60"),
             ("Adelaide", "SA", "50"), ("Hobart", "TAS", "70")]

EMAIL_DOMAINS = ["gmail.com", "gmail.com", "gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com",
                 "proton.me", "aol.com"]
LOCAL_DOMAINS = {"UK": ["btinternet.com", "hotmail.co.uk"], "DE": ["web.de", "gmx.de"], "FR": ["orange.fr", "free.fr"],
                 "ES": ["hotmail.es", "telefonica.net"], "AU": ["bigpond.com"], "CA": ["shaw.ca", "videotron.ca"]}


def pick_name(rng: random.Random, language: str, country: str) -> tuple[str, str]:
    if language == "es":
        return rng.choice(FIRST_ES), rng.choice(LAST_ES)
    if language == "fr":
        return rng.choice(FIRST_FR), rng.choice(LAST_FR)
    if language == "de":
        return rng.choice(FIRST_DE), rng.choice(LAST_DE)
    if language == "pt" or country == "PT":
        return rng.choice(FIRST_PT), rng.choice(LAST_PT)
    if country in ("NL", "IT", "IE"):
        return rng.choice(FIRST_EU), rng.choice(LAST_EU)
    return rng.choice(FIRST_EN), rng.choice(LAST_EN)


def pick_language(rng: random.Random, region: str, country: str) -> str:
    """Mostly English; Spanish, French and German speakers where they plausibly live."""
    roll = rng.random()
    if country == "DE":
        return "de" if roll < 0.55 else "en"
    if country == "FR":
        return "fr" if roll < 0.55 else "en"
    if country == "ES":
        return "es" if roll < 0.5 else "en"
    if country == "IT":
        return "it" if roll < 0.5 else "en"
    if country == "PT":
        return "pt" if roll < 0.5 else "en"
    if region == "CA":
        return "fr" if roll < 0.08 else "en"
    if region == "US":
        return "es" if roll < 0.03 else "pt" if roll < 0.035 else "en"
    return "en"


def address(rng: random.Random, region: str) -> tuple[dict, str]:
    """A postal address for the region and its ISO country code."""
    number = rng.randint(1, 9800)
    street = f"{number} {rng.choice(STREETS)} {rng.choice(['St', 'Ave', 'Rd', 'Ln', 'Dr', 'Blvd'])}"
    address2 = rng.choice(["", "", "", "", f"Apt {rng.randint(1, 40)}{rng.choice('ABCD')}",
                           f"Unit {rng.randint(1, 300)}"])
    if region == "US":
        city, state, zip3 = rng.choice(US_CITIES)
        return {"address1": street, "address2": address2, "city": city, "state": state,
                "zip": f"{zip3}{rng.randint(0, 99):02d}", "country": "US"}, "US"
    if region == "CA":
        city, prov, fsa = rng.choice(CA_CITIES)
        ldu = f"{rng.randint(0, 9)}{rng.choice('ABCEGHJKLMNPRSTVXY')}{rng.randint(0, 9)}"
        return {"address1": street, "address2": address2, "city": city, "state": prov,
                "zip": f"{fsa} {ldu}", "country": "CA"}, "CA"
    if region == "UK":
        city, outward = rng.choice(UK_CITIES)
        street = f"{rng.randint(1, 220)} {rng.choice(STREETS)} {rng.choice(['Road', 'Street', 'Lane', 'Close'])}"
        inward = f"{rng.randint(1, 9)}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}"
        return {"address1": street, "address2": address2, "city": city, "state": "",
                "zip": f"{outward} {inward}", "country": "GB"}, "GB"
    if region == "EU":
        country = rng.choice(["DE", "DE", "FR", "FR", "ES", "ES", "NL", "IT", "IE", "PT"])
        city, prefix = rng.choice(EU_CITIES[country])
        street_names = {"DE": "Hauptstraße", "FR": "rue de la République", "ES": "Calle Mayor", "NL": "Kerkstraat",
                        "IT": "Via Roma", "IE": "Main Street", "PT": "Rua Augusta"}
        line1 = (f"{street_names[country]} {rng.randint(1, 120)}" if country in ("DE", "NL", "ES", "IT", "PT")
                 else f"{rng.randint(1, 120)} {street_names[country]}")
        return {"address1": line1, "address2": address2, "city": city, "state": "",
                "zip": f"{prefix}{rng.randint(100, 999)}", "country": country}, country
    city, state, prefix = rng.choice(AU_CITIES)
    return {"address1": street, "address2": address2, "city": city, "state": state,
            "zip": f"{prefix}{rng.randint(0, 99):02d}", "country": "AU"}, "AU"


def email_for(rng: random.Random, first: str, last: str, country: str, taken: set[str]) -> str:
    """A unique, plausible email (ASCII local part)."""
    def plain(text: str) -> str:
        folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
        return "".join(ch for ch in folded.lower() if ch.isalnum())

    f, last_clean = plain(first), plain(last)
    domains = EMAIL_DOMAINS + LOCAL_DOMAINS.get(country if country != "GB" else "UK", [])
    while True:
        style = rng.randrange(6)
        local = [f"{f}.{last_clean}", f"{f}{last_clean}", f"{f[0]}{last_clean}", f"{f}_{last_clean}{rng.randint(1, 99)}",
                 f"{f}{rng.randint(70, 2005)}", f"{last_clean}.{f}"][style]
        candidate = f"{local}@{rng.choice(domains)}"
        if candidate not in taken:
            taken.add(candidate)
            return candidate


CALLING_CODES = {"US": "1", "CA": "1", "GB": "44", "AU": "61", "DE": "49", "FR": "33", "ES": "34", "NL": "31",
                 "IT": "39", "IE": "353", "PT": "351"}


def phone(rng: random.Random, country: str) -> str:
    if country in ("US", "CA"):
        return f"+1 {rng.randint(201, 989)}-{rng.randint(200, 999)}-{rng.randint(1000, 9999)}"
    return f"+{CALLING_CODES[country]} {rng.randint(20, 799)} {rng.randint(100000, 9999999)}"
