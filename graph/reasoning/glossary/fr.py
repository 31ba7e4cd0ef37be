"""French to English, the words of shop support (folded: lower-case, no accents; elisions as "n'", "l'")."""

WORDS = {
    # greetings, courtesy, requests
    "bonjour": "hello", "bonsoir": "good evening", "salut": "hi", "merci": "thanks", "merci beaucoup": "thank you",
    "s' il vous plait": "please", "svp": "please", "stp": "please", "cordialement": "regards", "desole": "sorry",
    "aide": "help", "aider": "help", "aidez-moi": "help me", "je voudrais": "i would like", "je veux": "i want",
    "j' aimerais": "i would like", "besoin": "need", "pouvez-vous": "can you", "pouvez": "can", "peux": "can", "ne peux pas": "can not",
    "ne peut pas": "can not", "ne pouvons pas": "can not",
    "puis-je": "can i", "dire": "tell", "me dire": "tell me", "dites-moi": "tell me", "savoir": "know",
    "probleme": "problem", "problemes": "problems", "douane": "customs", "douanes": "customs",
    "verifier": "check", "controler": "check", "regarder": "look at", "est-ce que": "", "possible": "possible",
    # pronouns, function words
    "je": "i", "j'": "i", "moi": "me", "m'": "me", "me": "me", "mon": "my", "ma": "my", "mes": "my",
    "vous": "you", "votre": "your", "vos": "your", "tu": "you", "ton": "your", "il": "it", "elle": "it",
    "on": "we", "nous": "we", "notre": "our", "ils": "they", "le": "the", "la": "the", "les": "the", "l'": "the",
    "un": "a", "une": "a", "des": "some", "du": "of the", "de": "of", "d'": "of", "a": "to", "au": "to the",
    "aux": "to the", "en": "in", "dans": "in", "sur": "on", "avec": "with", "sans": "without", "pour": "for",
    "par": "by", "et": "and", "ou": "or", "mais": "but", "car": "because", "parce que": "because", "si": "if",
    "que": "that", "qu'": "that", "qui": "who", "ce": "this", "cette": "this", "cet": "this", "c'": "it",
    "ne": "not", "n'": "not", "pas": "not", "plus": "more", "jamais": "never", "rien": "nothing",
    "personne": "nobody", "toujours": "still", "deja": "already", "encore": "still", "est": "is",
    "sont": "are", "suis": "am", "ai": "have", "as": "have", "avez": "have", "avons": "have", "a ete": "was",
    "etait": "was", "fait": "done", "depuis": "since", "il y a": "ago", "aujourd' hui": "today", "hier": "yesterday",
    "demain": "tomorrow", "semaine": "week", "semaines": "weeks", "jour": "day", "jours": "days", "mois": "month",
    "fois": "times", "deux": "two", "seulement": "only", "juste": "just", "un seul": "only one", "un des": "one of the", "une des": "one of the", "trois": "three", "tres": "very", "trop": "too",
    # questions
    "ou est": "where is", "ou en est": "what is the status of", "ou sont": "where are", "quand": "when", "comment": "how", "quel": "what", "quelle": "what",
    "combien": "how much", "combien de temps": "how long", "pourquoi": "why",
    "que signifie": "what does it mean", "que veut dire": "what does it mean", "ca veut dire quoi": "what does it mean",
    "ca signifie quoi": "what does it mean", "signifie": "means", "veut dire": "means", "ce qui signifie": "which means", "ce qui veut dire": "which means",
    # an order that has left ("mon colis est-il parti ?")
    "parti": "shipped", "partie": "shipped", "est parti": "has shipped", "en route": "on its way",
    # orders and delivery
    # tracking statuses, for "what does this status mean?"
    "exception de livraison": "delivery exception", "tentative de livraison": "delivery attempted", "retenu": "held",
    "commande": "order", "commandes": "orders", "commander": "order", "achat": "purchase",
    "achete": "bought", "colis": "parcel", "paquet": "package", "livraison": "delivery", "livrer": "deliver",
    "livre": "delivered", "livreur": "courier", "transporteur": "carrier", "expedition": "shipping",
    "expedie": "shipped", "envoye": "sent", "envoyer": "send", "suivi": "tracking", "numero de suivi":
    "tracking number", "numero": "number", "arrive": "arrived", "arriver": "arrive", "arrivee": "arrived",
    "recu": "received", "recevoir": "receive", "statut": "status", "etat": "status", "retard": "delay",
    "en retard": "late", "perdu": "lost", "manquant": "missing", "attends": "wait", "j' attends depuis": "i have been waiting for",
    "attends depuis": "waiting for", "attente": "waiting",
    "frais de port": "shipping cost", "frais de livraison": "shipping cost", "gratuite": "free",
    "international": "international", "adresse": "address", "changer": "change", "modifier": "change",
    "mauvaise": "wrong", "mauvais": "wrong", "erreur": "mistake", "magasin": "store", "retrait": "collection",
    "point relais": "pickup point", "precommande": "pre-order",
    # returns, refunds, money
    "retour": "return", "retourner": "return", "renvoyer": "send back", "rembourse": "refunded",
    "remboursement": "refund", "rembourser": "refund", "argent": "money", "debite": "charged",
    "preleve": "charged", "paiement": "payment", "payer": "pay", "paye": "paid", "carte": "card",
    "carte cadeau": "gift card", "banque": "bank", "facture": "invoice", "prix": "price", "reduction": "discount",
    "remise": "discount", "soldes": "sale", "en solde": "on sale", "en soldes": "on sale", "code promo": "promo code", "code": "code", "bon de reduction": "voucher",
    "annuler": "cancel", "annulation": "cancellation", "politique": "policy", "etiquette": "label",
    "echange": "exchange", "echanger": "exchange",
    # goods
    "produit": "product", "article": "item", "taille": "size", "tailles": "sizes", "grand": "big",
    "petit": "small", "couleur": "colour", "casse": "broken", "abime": "damaged", "endommage": "damaged",
    "defectueux": "defective", "trou": "hole", "tache": "stain", "disponible": "available", "stock": "stock",
    "matiere": "material", "chaussures": "shoes", "baskets": "trainers", "veste": "jacket", "pantalon": "trousers",
    "robe": "dress",
    # account
    "compte": "account", "mot de passe": "password",
    # body measures, for the size they fall in (tools/oms/size_fit.py)
    "tour de poitrine": "chest", "poitrine": "chest", "tour de taille": "waist", "tour de hanches": "hips",
    "hanches": "hips", "entrejambe": "inseam",
    # account again: forgetting a password and resetting it, then signing in
    "oublie": "forgot", "oublier": "forget", "reinitialiser": "reset", "connecter": "log in", "entrer dans mon compte": "log in to my account", "connexion": "login",
    "me connecter": "log in", "je n' arrive pas a": "i can not", "j' arrive pas a": "i can not",
    "je n' arrive plus a": "i can no longer", "acceder": "access", "mail": "email", "e-mail": "email", "identifiant": "username",
    # feelings and staff
    "plainte": "complaint", "reclamation": "complaint", "nul": "terrible", "inadmissible": "unacceptable",
    "humain": "human", "conseiller": "agent", "agent": "agent",
    # what an order holds ("qu'est-ce que j'ai commandé ?", "quelle taille j'ai commandée ?")
    "ai commande": "have ordered", "ai commandee": "have ordered", "commandee": "ordered", "commandees": "ordered",
    "qu' est-ce que j' ai commande": "what did i order", "quelle taille": "what size", "quelle couleur": "what colour",
    "quels articles": "which items", "articles": "items",
    # where the driver leaves a parcel ("peut-il le laisser chez un voisin ?")
    "voisin": "neighbour", "voisine": "neighbour", "laisser": "leave", "laisse": "leave", "ajouter": "add",
    "instructions": "instructions", "instructions de livraison": "delivery instructions", "porte": "door",
    "lieu sur": "safe place",
    # what time it comes ("à quelle heure ?")
    "a quelle heure": "what time", "quelle heure": "what time", "creneau": "time slot",
    "creneau de livraison": "delivery time slot",
    # a tracking number that does not work ("ne fonctionne pas", "introuvable")
    "fonctionne": "works", "ne fonctionne pas": "does not work", "introuvable": "not found", "indique": "says",
    "trouve": "found",
    # how fast delivery can be ("livraison le lendemain", "heure limite")
    "coute": "costs", "lendemain": "next day", "le lendemain": "the next day", "heure limite": "cut-off time",
    "limite": "limit", "envoi": "shipping", "jour meme": "same day", "le jour meme": "the same day",
    # where to (countries) and shipping verbs ("vous livrez en Suisse ?")
    "livrez": "deliver", "expediez": "ship", "envoyez": "send", "suisse": "switzerland",
    "japon": "japan", "mexique": "mexico", "bresil": "brazil", "norvege": "norway",
    "chine": "china", "inde": "india",
    "allemagne": "germany", "espagne": "spain", "italie": "italy", "belgique": "belgium",
    "royaume-uni": "united kingdom", "etats-unis": "united states", "autriche": "austria", "irlande": "ireland",
    "pays-bas": "netherlands", "australie": "australia",
    # all but some, and more goods ("retourner tout sauf le manteau")
    "tout": "everything", "tous": "all", "sauf": "except", "excepte": "except", "manteau": "coat",
    "doudoune": "down jacket", "sweat": "sweatshirt", "bottes": "boots", "bonnet": "beanie", "ceinture": "belt",
    "jupe": "skirt", "chemise": "shirt", "sandales": "sandals", "pull": "sweater", "jean": "jeans",
    # washing and drying ("comment laver le pull ?")
    "laver": "wash", "lave": "wash", "lave-linge": "washing machine", "seche-linge": "tumble dryer", "secher": "dry",
    "repasser": "iron", "retrecit": "shrinks", "impermeable": "waterproof",
    # "mon code ne marche pas", a student discount
    "ne marche pas": "does not work", "marche pas": "does not work", "etudiant": "student", "etudiants": "students",
    "reduction etudiante": "student discount",
    # a return label that gives trouble ("l'étiquette de retour a expiré", "j'ai perdu l'étiquette")
    "etiquette de retour": "return label", "a expire": "has expired", "expiree": "expired",
    "imprimante": "printer",
    # goods sent back, refunded, worn or bought on sale ("un article soldé", "portées une fois")
    "soldee": "on sale", "soldees": "on sale", "remboursee": "refunded", "portee": "worn", "portees": "worn",
    "renvoye": "returned", "quelque chose": "something", "cassee": "broken", "trop grand": "too big",
    "trop petit": "too small",
}
