"""Italian to English, the words of shop support (folded: lower-case, no accents; elisions as "l'", "dov'")."""

WORDS = {
    # greetings, courtesy, requests
    "ciao": "hi", "buongiorno": "good morning", "buonasera": "good evening", "salve": "hello",
    "grazie": "thanks", "grazie mille": "thank you", "per favore": "please", "per piacere": "please",
    "cordiali saluti": "regards", "scusate": "sorry", "scusi": "excuse me", "aiuto": "help", "aiutare": "help",
    "vorrei": "i would like", "voglio": "i want", "ho bisogno": "i need", "bisogno": "need", "posso": "can i",
    "potete": "can you", "potreste": "could you", "puo": "can you",
    "dire": "tell", "dirmi": "tell me", "ditemi": "tell me", "sapere": "know",
    "problema": "problem", "ultimo": "last", "ultima": "last", "problemi": "problems", "dogana": "customs", "ricevuta": "receipt", "inviare": "send",
    "controllare": "check", "controllate": "check", "verificare": "check", "verificate": "check",
    # "è" folds to "e" ("and"): said before a state it is "is"/"has" ("il mio ordine è in ritardo")
    "e in ritardo": "is late", "e stato": "has been", "e stata": "has been", "e arrivato": "has arrived",
    "e arrivata": "has arrived", "non e": "is not", "e ancora": "is still", "e gia": "is already",
    "e partito": "has shipped", "e in arrivo": "is on its way",
    # pronouns, function words
    "io": "i", "mio": "my", "mia": "my", "miei": "my", "mie": "my", "il mio": "my", "la mia": "my",
    "i miei": "my", "mi": "me", "me": "me", "voi": "you", "vostro": "your", "vostra": "your", "lei": "you",
    "suo": "your", "sua": "your", "il": "the", "lo": "the", "la": "the", "i": "the", "gli": "the", "le": "the",
    "l'": "the", "un": "a", "uno": "a", "una": "a", "un'": "a", "di": "of", "del": "of the", "della": "of the",
    "dei": "of the", "a": "to", "al": "to the", "alla": "to the", "ad": "to", "in": "in", "nel": "in the",
    "nella": "in the", "su": "on", "con": "with", "senza": "without", "per": "for", "da": "from",
    "che": "that", "e": "and", "o": "or", "ma": "but", "perche": "because", "se": "if", "non": "not",
    "gia": "already", "ancora": "still", "mai": "never", "niente": "nothing", "nulla": "nothing",
    "nessuno": "nobody", "questo": "this", "questa": "this", "quello": "that", "e'": "is", "sono": "am",
    "ho": "i have", "ha": "has", "hanno": "have", "era": "was", "stato": "been", "stata": "been", "fa": "ago",
    "da quando": "since", "oggi": "today", "ieri": "yesterday", "domani": "tomorrow", "settimana": "week",
    "settimane": "weeks", "giorno": "day", "giorni": "days", "mese": "month", "volta": "time", "volte": "times",
    "due": "two", "solo": "only", "soltanto": "only", "degli": "of the", "delle": "of the", "solamente": "only", "tre": "three", "molto": "very", "piu": "more",
    # questions
    "dov' e": "where is", "dov'": "where", "cos' e": "what is", "dove": "where", "quando": "when", "come": "how", "quale": "which", "quanto": "how much",
    "quanto tempo": "how long", "quanti": "how many", "perche non": "why not",
    "cosa significa": "what does it mean", "che significa": "what does it mean", "che cosa significa": "what does it mean",
    "cosa vuol dire": "what does it mean", "che vuol dire": "what does it mean", "che cosa vuol dire": "what does it mean",
    "significa": "means", "vuol dire": "means", "il che significa": "which means", "il che vuol dire": "which means",
    # an order that has left ("il mio ordine è partito?")
    "partito": "shipped", "in arrivo": "on its way",
    # orders and delivery
    # tracking statuses, for "what does this status mean?"
    "eccezione di consegna": "delivery exception", "tentativo di consegna": "delivery attempted", "in transito": "in transit", "transito": "transit", "in giacenza": "held at depot", "trattenuto": "held",
    "ordine": "order", "ordini": "orders", "ordinato": "ordered", "acquisto": "purchase",
    "comprato": "bought", "pacco": "parcel", "pacchi": "parcels", "spedizione": "shipping",
    "spedito": "shipped", "spedire": "ship", "inviato": "sent", "consegna": "delivery",
    "consegnare": "deliver", "consegnato": "delivered", "corriere": "courier", "tracciamento": "tracking",
    "tracking": "tracking", "numero di tracciamento": "tracking number", "numero": "number",
    "arrivato": "arrived", "arrivata": "arrived", "arrivare": "arrive", "arriva": "arrives",
    "ricevuto": "received", "ricevere": "receive", "stato dell' ordine": "order status", "ritardo": "delay",
    "in ritardo": "late", "perso": "lost", "mancante": "missing", "aspetto": "i wait", "aspetto da": "i have been waiting for",
    "sto aspettando da": "i have been waiting for", "attesa": "waiting",
    "costi di spedizione": "shipping cost", "gratuita": "free", "internazionale": "international",
    "indirizzo": "address", "cambiare": "change", "modificare": "change", "sbagliato": "wrong",
    "sbagliata": "wrong", "negozio": "store", "ritirare": "collect",
    # returns, refunds, money
    "reso": "return", "restituire": "return", "rendere": "return", "rimborso": "refund", "rimborsare": "refund",
    "soldi": "money", "addebitato": "charged", "addebito": "charge", "pagamento": "payment", "pagare": "pay",
    "pagato": "paid", "carta": "card", "carta regalo": "gift card", "banca": "bank", "fattura": "invoice",
    "prezzo": "price", "sconto": "discount", "saldi": "sale", "in saldo": "on sale", "in saldi": "on sale", "scontato": "on sale", "scontati": "on sale", "codice sconto": "discount code", "codice": "code",
    "coupon": "coupon", "rate": "instalments", "annullare": "cancel", "cancellare": "cancel",
    "annullamento": "cancellation", "politica": "policy", "etichetta": "label", "cambio": "exchange",
    # goods
    "prodotto": "product", "articolo": "item", "taglia": "size", "taglie": "sizes", "grande": "big",
    "piccolo": "small", "colore": "colour", "rotto": "broken", "rotta": "broken", "danneggiato": "damaged",
    "difettoso": "defective", "buco": "hole", "macchia": "stain", "disponibile": "available",
    "materiale": "material", "scarpe": "shoes", "giacca": "jacket", "pantaloni": "trousers", "vestito": "dress",
    # account
    "account": "account", "profilo": "profile", "password": "password",
    # body measures, for the size they fall in (tools/oms/size_fit.py)
    "petto": "chest", "torace": "chest", "girovita": "waist", "fianchi": "hips", "cavallo": "inseam",
    # account again: forgetting a password and resetting it, then signing in
    "dimenticato": "forgot", "dimenticata": "forgot", "dimenticare": "forget", "reimpostare": "reset",
    "accedere": "log in", "entrare": "log in", "riesco": "i can", "non riesco a": "i can not",
    "non riesco ad": "i can not",
    "accesso": "login", "email": "email", "e-mail": "email",
    # feelings and staff
    "reclamo": "complaint", "lamentela": "complaint", "pessimo": "terrible", "vergognoso": "shameful",
    "operatore": "agent", "persona": "person", "umano": "human",
    # what an order holds ("cosa ho ordinato?", "che taglia ho ordinato?")
    "cosa ho ordinato": "what did i order", "che cosa ho ordinato": "what did i order", "che taglia": "what size",
    "che colore": "what colour", "quali articoli": "which items", "articoli": "items",
    # where the driver leaves a parcel ("lasciare il pacco a un vicino")
    "vicino": "neighbour", "vicina": "neighbour", "lasciare": "leave", "istruzioni": "instructions",
    "istruzioni per la consegna": "delivery instructions", "aggiungo": "i add", "aggiungere": "add",
    "porta": "door", "luogo sicuro": "safe place",
    # what time it comes ("a che ora arriva?")
    "a che ora": "what time", "che ora": "what time", "fascia oraria": "time window",
    # a tracking number that does not work ("non funziona", "non trovata")
    "funziona": "works", "non funziona": "does not work", "trovata": "found", "trovato": "found",
    "giusto": "right", "dice": "says",
    # how fast delivery can be ("consegna il giorno dopo", "orario limite")
    "costa": "costs", "dopo": "after", "giorno dopo": "next day", "il giorno dopo": "the next day",
    "orario limite": "cut-off time", "limite": "limit", "in giornata": "same day", "qual": "what",
    # whether it fits ("non mi sta bene")
    "mi sta": "fits me", "sta bene": "fits", "non mi sta": "does not fit me", "mi stanno": "fit me", "bene": "well",
    # where to (countries) and shipping verbs ("spedite in Svizzera?")
    "spedite": "ship", "spedisci": "ship", "consegnate": "deliver", "svizzera": "switzerland",
    "giappone": "japan", "messico": "mexico", "brasile": "brazil", "norvegia": "norway",
    "cina": "china",
    "germania": "germany", "francia": "france", "spagna": "spain", "regno unito": "united kingdom",
    "stati uniti": "united states", "irlanda": "ireland", "paesi bassi": "netherlands", "belgio": "belgium",
    # all but some, and more goods ("restituire tutto tranne il cappotto")
    "tutto": "everything", "tutti": "all", "tranne": "except", "eccetto": "except", "cappotto": "coat",
    "piumino": "down jacket", "felpa": "sweatshirt", "stivali": "boots", "berretto": "beanie", "cintura": "belt",
    "gonna": "skirt", "camicia": "shirt", "sandali": "sandals", "maglione": "sweater",
    # washing and drying ("come lavo il maglione?")
    "lavare": "wash", "lavo": "wash", "lavatrice": "washing machine", "asciugatrice": "tumble dryer",
    "asciugare": "dry", "stirare": "iron", "si restringe": "shrinks", "impermeabile": "waterproof",
    # a student discount
    "studenti": "students", "studente": "student", "sconto studenti": "student discount",
    # a return label that gives trouble ("l'etichetta di reso è scaduta")
    "etichetta di reso": "return label", "scaduta": "expired", "e scaduta": "has expired",
    "stampante": "printer",
    # goods sent back, refunded or worn ("l'ho indossato una volta", "non sono stato rimborsato")
    "rimborsato": "refunded", "rimborsata": "refunded", "indossato": "worn", "indossata": "worn",
    "indossati": "worn", "restituito": "returned", "qualcosa": "something", "troppo grande": "too big",
    "troppo piccolo": "too small",
}
