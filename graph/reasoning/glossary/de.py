"""German to English, the words of shop support (folded: lower-case, umlauts without dots, "ss" for "ß")."""

WORDS = {
    # greetings, courtesy, requests
    "hallo": "hello", "guten tag": "good day", "guten morgen": "good morning", "hi": "hi", "danke": "thanks",
    "vielen dank": "thank you", "bitte": "please", "mfg": "regards", "gruss": "regards", "grusse": "regards",
    "entschuldigung": "sorry", "hilfe": "help", "helfen": "help", "ich mochte": "i would like", "mochte": "would like",
    "ich will": "i want", "brauche": "need", "konnen sie": "can you", "konnen": "can", "kann": "can",
    "sagen": "tell", "mir sagen": "tell me", "wissen": "know",
    "zoll": "customs", "quittung": "receipt", "schicken": "send", "senden": "send",
    "nachsehen": "check", "nachschauen": "check", "prufen": "check", "uberprufen": "check", "schauen": "look",
    "konnten": "could", "mochten": "would like",
    # pronouns, function words
    "ich": "i", "mich": "me", "mir": "me", "mein": "my", "meine": "my", "meinen": "my", "meiner": "my",
    "meinem": "my", "sie": "you", "ihr": "your", "ihre": "your", "ihren": "your", "ihrem": "your", "du": "you",
    "dein": "your", "euch": "you", "es": "it", "er": "it", "wir": "we", "uns": "us", "der": "the", "die": "the",
    "das": "the", "den": "the", "dem": "the", "des": "of the", "ein": "a", "eine": "a", "einen": "a",
    "einem": "a", "einer": "a", "von": "of", "vom": "from the", "zu": "to", "zum": "to the", "zur": "to the",
    "nach": "to", "in": "in", "im": "in the", "an": "at", "auf": "on", "mit": "with", "ohne": "without",
    "fur": "for", "und": "and", "oder": "or", "aber": "but", "weil": "because", "wenn": "if", "dass": "that",
    "nicht": "not", "kein": "no", "keine": "no", "keinen": "no", "nie": "never", "nichts": "nothing",
    "niemand": "nobody", "noch": "still", "immer noch": "still", "schon": "already", "bereits": "already",
    "ist": "is", "sind": "are", "bin": "am", "war": "was", "habe": "have", "hab": "have", "hat": "has",
    "haben": "have", "wurde": "was", "wird": "will", "seit": "since", "vor": "ago", "heute": "today",
    "gestern": "yesterday", "morgen": "tomorrow", "woche": "week", "wochen": "weeks", "tag": "day",
    "tagen": "days", "tage": "days", "monat": "month", "mal": "times", "zwei": "two", "drei": "three",
    "sehr": "very", "dauert": "takes", "dauern": "take", "geht": "goes", "zu spat": "too late", "auch": "also", "nur": "only", "jetzt": "now",
    # questions
    "wo ist": "where is", "wo": "where", "wann": "when", "wie": "how", "was": "what", "welche": "which",
    "wie viel": "how much", "wieviel": "how much", "wie lange": "how long", "warum": "why",
    "was bedeutet": "what does it mean", "was heisst": "what does it mean", "bedeutet": "means", "das bedeutet": "that means",
    # an order that has left ("ist meine Bestellung schon raus?")
    "raus": "shipped", "unterwegs": "on its way", "losgeschickt": "shipped", "abgeschickt": "shipped",
    # orders and delivery
    # tracking statuses, for "what does this status mean?"
    "zustellausnahme": "delivery exception", "zustellversuch": "delivery attempted", "zustellung fehlgeschlagen": "delivery attempted",
    "bestellung": "order", "bestellungen": "orders", "bestellt": "ordered", "bestellen": "order",
    "kauf": "purchase", "gekauft": "bought", "paket": "parcel", "pakete": "parcels", "sendung": "shipment",
    "lieferung": "delivery", "liefern": "deliver", "geliefert": "delivered", "zugestellt": "delivered",
    "zustellung": "delivery", "versand": "shipping", "versendet": "shipped", "verschickt": "shipped",
    "geschickt": "sent", "bote": "courier", "paketbote": "courier", "kurier": "courier",
    "sendungsverfolgung": "tracking", "sendungsnummer": "tracking number", "nummer": "number",
    "angekommen": "arrived", "ankommen": "arrive", "kommt": "comes", "erhalten": "received",
    "bekommen": "received", "status": "status", "verspatung": "delay", "verspatet": "delayed", "spat": "late",
    "verloren": "lost", "fehlt": "missing", "warte": "wait", "warten": "waiting",
    # a wait that has lasted ("ich warte seit zwei Wochen": I have been waiting for two weeks)
    "ich warte seit": "i have been waiting for", "ich warte schon seit": "i have been waiting for",
    "warte seit": "waiting for", "warte schon seit": "waiting for", "wo bleibt": "where is", "versandkosten": "shipping cost",
    "kostenlos": "free", "international": "international", "ausland": "abroad", "adresse": "address",
    "lieferadresse": "delivery address", "andern": "change", "falsch": "wrong", "falsche": "wrong",
    "falschen": "wrong", "filiale": "store", "abholen": "collect", "packstation": "pickup point",
    "vorbestellung": "pre-order",
    # returns, refunds, money
    "rucksendung": "return", "zurucksenden": "send back", "zuruckschicken": "send back", "retoure": "return",
    "umtausch": "exchange", "umtauschen": "exchange", "erstattung": "refund", "ruckerstattung": "refund",
    "erstatten": "refund", "geld": "money", "geld zuruck": "money back", "abgebucht": "charged",
    "belastet": "charged", "zahlung": "payment", "bezahlen": "pay", "bezahlt": "paid", "karte": "card",
    "kreditkarte": "credit card", "gutschein": "voucher", "bank": "bank", "rechnung": "invoice", "preis": "price",
    "rabatt": "discount", "reduzierte": "sale", "reduzierten": "sale", "reduziert": "on sale", "im angebot": "on sale", "im sale": "on sale", "ausverkauf": "sale", "rabattcode": "discount code", "code": "code", "ratenzahlung": "instalments",
    "stornieren": "cancel", "storno": "cancellation", "stornierung": "cancellation", "richtlinie": "policy",
    "etikett": "label", "ruckgabe": "return", "zuruckgeben": "return",
    # goods
    "produkt": "product", "artikel": "item", "grosse": "size", "grossen": "sizes", "gross": "big",
    "klein": "small", "farbe": "colour", "kaputt": "broken", "beschadigt": "damaged", "defekt": "defective",
    "loch": "hole", "fleck": "stain", "verfugbar": "available", "lager": "stock", "material": "material",
    "schuhe": "shoes", "jacke": "jacket", "hose": "trousers", "kleid": "dress",
    # account
    "konto": "account", "komme nicht in": "can not get into", "komme nicht mehr in": "can not get into", "kundenkonto": "account", "passwort": "password",
    # body measures, for the size they fall in (tools/oms/size_fit.py)
    "brust": "chest", "brustumfang": "chest", "bundweite": "waist", "taillenweite": "waist", "hufte": "hip",
    "huftumfang": "hip", "innenbeinlange": "inseam", "schrittlange": "inseam", "fusslange": "foot length",
    # account again: forgetting a password and resetting it, then signing in
    "vergessen": "forgot", "vergass": "forgot", "vergesse": "forget", "zurucksetzen": "reset", "anmelden": "sign in",
    "einloggen": "log in", "login": "login", "e-mail": "email", "email": "email",
    # feelings and staff
    "beschwerde": "complaint", "beschweren": "complain", "schlecht": "bad", "unverschamt": "outrageous",
    "mensch": "human", "mitarbeiter": "agent",
    # what an order holds ("was habe ich bestellt?")
    "was habe ich bestellt": "what did i order", "welche grosse": "what size", "welche farbe": "what colour",
    # where the driver leaves a parcel ("beim Nachbarn abgeben")
    "nachbar": "neighbour", "nachbarn": "neighbour", "abgeben": "leave", "abstellen": "leave", "fahrer": "driver",
    "lieferhinweise": "delivery instructions", "lieferhinweis": "delivery instruction", "hinzu": "add",
    "fuge": "add", "haustur": "front door", "ablageort": "safe place",
    # what time it comes ("um wie viel Uhr?")
    "um wie viel uhr": "what time", "wie viel uhr": "what time", "um wieviel uhr": "what time",
    "lieferzeitfenster": "delivery time window", "zeitfenster": "time window",
    # a tracking number that does not work ("funktioniert nicht", "nicht gefunden")
    "funktioniert": "works", "funktioniert nicht": "does not work", "gefunden": "found", "nicht gefunden": "not found",
    "sagt": "says", "stimmt": "is right",
    # how fast delivery can be ("Lieferung am nächsten Tag", "bis wann bestellen")
    "kostet": "costs", "nachsten tag": "next day", "am nachsten tag": "the next day", "bis wann": "by when",
    "expressversand": "express shipping", "damit": "so that", "muss": "must",
    # where to (countries) and shipping verbs ("liefert ihr nach Österreich?")
    "liefert": "deliver", "versenden": "ship", "osterreich": "austria",
    "schweiz": "switzerland", "deutschland": "germany", "frankreich": "france", "spanien": "spain",
    "italien": "italy", "niederlande": "netherlands", "belgien": "belgium", "grossbritannien": "great britain",
    "kanada": "canada", "australien": "australia", "irland": "ireland",
    "mexiko": "mexico", "brasilien": "brazil", "norwegen": "norway", "indien": "india", "china": "china",
    # all but some, and more goods ("alles außer dem Mantel zurückschicken")
    "alles": "everything", "alle": "all", "ausser": "except", "bis auf": "except", "mantel": "coat",
    "daunenjacke": "down jacket", "pullover": "sweater", "stiefel": "boots", "mutze": "beanie", "gurtel": "belt",
    "rock": "skirt", "hemd": "shirt", "sandalen": "sandals", "jeans": "jeans",
    # washing and drying ("wie wasche ich den Pullover?")
    "waschen": "wash", "wasche": "wash", "waschmaschine": "washing machine", "trockner": "tumble dryer",
    "trocknen": "dry", "bugeln": "iron", "lauft ein": "shrinks", "wasserdicht": "waterproof",
    # a student discount
    "studenten": "students", "studentenrabatt": "student discount",
    # a return label that gives trouble ("das Rücksendeetikett ist abgelaufen", "Etikett verloren")
    "rucksendeetikett": "return label", "rucksendeschein": "return label", "abgelaufen": "expired",
    "drucker": "printer",
    # goods sent back, refunded, worn or bought reduced ("Schuhe, die ich schon getragen habe")
    "getragen": "worn", "getragene": "worn", "getragenen": "worn", "zuruckgeschickt": "returned",
    "zuruckgesendet": "returned", "erstattet": "refunded", "etwas": "something", "zu gross": "too big",
    "zu klein": "too small",
}
