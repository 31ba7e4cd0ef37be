"""How customers write: independent fragments (openers, situations, asks, moods, sign-offs) per intent.

A message is composed from several pools and then roughed up (case, punctuation, typos, emoji), so
no single template word identifies an intent. Pools deliberately borrow other intents' vocabulary
("not asking for a refund, just where is it") because real messages do.
Slots: {order} {item} {size} {color} {carrier} {days} {city} {code} {amount} {date} {product}.
"""

from __future__ import annotations

OPENERS = ["hi", "Hi,", "Hello,", "hey", "Hey there,", "Hi team,", "Hello Northbound,", "Good morning,",
           "Good afternoon", "hiya", "Hi there!", "To whom it may concern,", "yo", "Hello?", "Dear customer service,",
           "hey northbound", "Hi all", "helloo", "Morning!", "Hi support", "", "", "", "", "", ""]
CLOSERS = ["thanks", "Thanks!", "Thank you.", "thx", "ty", "cheers", "Thanks in advance", "Appreciate it.",
           "Regards,\n{first}", "Best,\n{first}", "- {first}", "{first}", "Thanks so much!!", "pls help",
           "please advise", "Kind regards, {first} {last}", "Looking forward to hearing from you.", "ok thx",
           "", "", "", "", "", ""]
MOODS = ["This is ridiculous.", "Honestly really disappointed.", "Great job guys 🙄", "Wow. Just wow.",
         "Not impressed at all.", "This is the third time I'm asking.", "I'm so frustrated right now",
         "Seriously??", "What a joke.", "I've been a loyal customer for years and this is how I'm treated?",
         "Fantastic service as usual... not.", "i am beyond annoyed", "Getting really fed up here.",
         "Love waiting on hold for nothing, thanks.", "Nobody has answered my last email either."]
EMOJI = ["🙏", "😭", "😡", "🙄", "😩", "❤️", "😕", "🤷", "👍", "😤", "🥲", "!!"]

# Order reference as customers type it; {n} is the 6 digits, {o} the full number.
ORDER_REFS = ["#{o}", "{o}", "{o}", "order {o}", "order #{o}", "nb {n}", "order {n}", "#{n}", "{lo}",
              "NB-{n}", "order number {o}", "my order ({o})", "order no. {n}", "ord {o}"]

# Per intent: situations (what happened), asks (what they want), details (optional colour), short one-liners.
INTENT_PHRASES: dict[str, dict[str, list[str]]] = {
    "order_status": {
        "situation": [
            "I placed an order a few days ago ({order})", "ordered the {item} last week", "my order {order} says processing",
            "I got the confirmation email but nothing since", "bought a {item} on {date}",
            "I'm not asking for a refund or anything, I just want to know where {order} is",
            "the tracking link in the email isn't showing anything for {order}",
            "placed order {order} and haven't heard a thing", "I ordered a gift for my brother ({item})",
            "got an email saying it shipped but the {carrier} page is blank", "just ordered {order}",
        ],
        "ask": [
            "where is it?", "can you tell me when it will arrive?", "any update on my order?",
            "has it shipped yet?", "what's the tracking number?", "when can I expect it?",
            "can you check the status pls", "is it on its way?", "could you send me the tracking?",
            "will it get here by the weekend?", "how long until it ships?", "is there an ETA?",
        ],
        "detail": [
            "I need it for a trip on Friday.", "It's a birthday present.", "I didn't get a shipping email.",
            "The app just says 'fulfilled'.", "I paid for express.", "My address is in {city}.",
            "Checked spam, nothing there.",
        ],
        "short": ["where is my order {order}", "tracking for {order}?", "status of {order} please", "wheres my stuff",
                  "any news on {order}", "has {order} shipped", "order update?"],
    },
    "shipping_delay": {
        "situation": [
            "my order {order} was supposed to arrive on {date} and it still hasn't",
            "tracking hasn't moved in {days} days", "it's been stuck in {city} forever",
            "the {carrier} tracking says delayed since last week", "it's now {days} days late",
            "your site said 3-5 days and it's been two weeks", "{order} is STILL in transit",
            "the package has been sitting at the same facility for days", "the delivery date keeps changing",
            "it said out for delivery on Monday and then went back to in transit",
            "I paid for express shipping and it's late", "the estimated delivery came and went",
        ],
        "ask": [
            "what is going on?", "when will it actually arrive?", "can you chase the carrier?",
            "is it lost?", "should I be worried?", "can you find out what's happening?",
            "if it doesn't come by Friday I want to cancel", "can you give me a real delivery date",
            "do I need to do anything?", "will I get my shipping fee back?",
        ],
        "detail": [
            "I needed this for an event.", "It's been a week with no update.", "The carrier just says 'delayed'.",
            "I called {carrier} and they told me to contact you.", "Other packages from the US came fine.",
            "I'm leaving the country soon.",
        ],
        "short": ["{order} is late", "still waiting on {order}", "package stuck??", "where is it, it's {days} days late",
                  "tracking not updating on {order}"],
    },
    "shipping_info": {
        "situation": [
            "I'm in {city} and thinking of ordering", "I'm looking at the {product}", "planning to order a few things",
            "my sister lives in {city} and I want to send her a gift", "I'm new here",
            "before I place an order", "thinking about ordering the {product} for my partner",
        ],
        "ask": [
            "how much is shipping to {region}?", "how long does delivery take to {region}?",
            "do you ship to {region}?", "is there free shipping?", "what's the minimum for free shipping?",
            "will I have to pay customs or duties?", "how fast is express?", "which carrier do you use?",
            "do you ship to PO boxes?", "when would it arrive if I order today?",
        ],
        "detail": ["I need it within two weeks.", "I don't want surprise import fees.", "I'm ordering about $90 worth."],
        "short": ["do u ship to {region}", "shipping cost to {region}?", "free shipping threshold?",
                  "how long to {region}"],
    },
    "return_policy": {
        "situation": [
            "I'm thinking about buying the {product}", "I bought something on sale", "before I order",
            "I got a gift from Northbound", "I wore the {item} once", "I took the tags off already",
            "my order arrived about three weeks ago", "I'm between two sizes",
        ],
        "ask": [
            "what's your return policy?", "how long do I have to return things?", "can I return sale items?",
            "are returns free?", "can I return something without tags?", "is the return window 30 days?",
            "do you accept returns on worn shoes if I only tried them inside?", "are Archive Sale items final sale?",
            "who pays for return shipping?", "can I return it if I've washed it?",
        ],
        "detail": ["I'm in {region}.", "It doesn't fit quite right.", "Just want to know before I commit."],
        "short": ["return policy?", "can i return sale stuff", "how many days to return"],
    },
    "return_request": {
        "situation": [
            "the {item} I ordered ({order}) is too small", "I'd like to send back the {item}",
            "the {item} doesn't fit", "got my order {order} but it's not what I expected",
            "the colour of the {item} looks different in person", "I want to return part of {order}",
            "ordered two sizes of the {item} and want to return one", "changed my mind on the {item}",
            "the {item} is way too big, the fit is weird", "tracking says delivered and it's fine, just too small",
        ],
        "ask": [
            "how do I return it?", "can you send me a return label?", "how do I start a return?",
            "what do I need to do to send it back?", "where do I send it?", "is there a prepaid label?",
            "can I get a refund for it?", "how does the return process work?",
        ],
        "detail": ["Tags are still on.", "Never worn.", "I'm in {region}.", "It's still in the bag.",
                   "I already have the box ready."],
        "short": ["want to return {order}", "return label pls", "how do i return the {item}"],
    },
    "refund_status": {
        "situation:cancelled": ["you cancelled my order {order}", "I cancelled {order} right after ordering",
                                "my order {order} was cancelled last week", "I got the cancellation email for {order}"],
        "situation:lost": ["my order was lost and you said you'd refund it", "{carrier} lost my parcel {order}",
                           "you told me {order} was lost in the post"],
        "situation:returned": ["I returned my order {order} a couple of weeks ago", "I sent the {item} back on {date}",
                               "the return was delivered to you according to tracking",
                               "I got an email saying you received my return", "it's been {days} days since I sent back {order}",
                               "you said my refund was processed but I don't see it"],
        "situation": [
            "I returned my order {order} a couple of weeks ago", "I sent the {item} back on {date}",
            "you cancelled my order {order}", "you said my refund was processed but I don't see it",
            "the return was delivered to you according to tracking", "I got an email saying you received my return",
            "it's been {days} days since I sent back {order}", "my order was lost and you said you'd refund it",
        ],
        "ask": [
            "where is my refund?", "when will I get my money back?", "has the refund been issued?",
            "can you check on my refund?", "how long does the refund take?", "why haven't I been refunded yet?",
            "can you send me proof of the refund for my bank?",
        ],
        "detail": ["I paid with PayPal.", "I paid by card.", "My bank says nothing is pending.",
                   "I need that money back.", "I used a gift card."],
        "short": ["refund for {order}?", "still no refund", "where's my money for {order}"],
    },
    "exchange": {
        "situation": [
            "the {item} is great but I need a {size}", "I ordered the {item} in the wrong size",
            "I'd love the {item} in {color} instead", "got {order}, the {item} is a bit tight",
            "I want to swap the {item} for a bigger size", "can I exchange something I got as a gift",
        ],
        "ask": [
            "can I exchange it?", "how do exchanges work?", "is the exchange free?", "can you swap it for a {size}?",
            "do I have to return it first and reorder?", "is the {size} in stock?",
        ],
        "detail": ["I love it otherwise.", "I'm in {region}.", "Haven't worn it."],
        "short": ["exchange {item} for {size}?", "swap size on {order}", "can i exchange"],
    },
    "sizing": {
        "situation": [
            "I'm usually a {size} in most brands", "I'm 5'10 and about 170 lbs", "I returned the last pair because they were too big",
            "looking at the {product}", "my chest is about 40 inches", "I wear a 32 waist in Levi's",
            "I'm a women's 8.5 in sneakers", "between a {size} and the next size up",
        ],
        "ask": [
            "what size should I get in the {product}?", "does the {product} run small?", "is there a size chart?",
            "how does the {product} fit?", "should I size up or down?", "what's the inseam on the {product}?",
            "do your shoes run true to size?", "which size would you recommend?",
        ],
        "detail": ["I like a relaxed fit.", "I don't want to deal with a return.", "Broad shoulders here.",
                   "It's for layering over a sweater."],
        "short": ["size chart for {product}?", "does the {product} run small", "what size am I"],
    },
    "product_info": {
        "situation": [
            "I'm looking at the {product}", "I bought the {product} and love it", "before I buy the {product}",
            "my {item} got a stain", "the {product} is sold out in my size",
        ],
        "ask": [
            "what is it made of?", "how do I wash it?", "is it waterproof?", "will it shrink?",
            "when will it be back in stock?", "is the down ethically sourced?", "can I put it in the dryer?",
            "is it warm enough for winter in Chicago?", "is the material itchy?",
        ],
        "detail": ["I have sensitive skin.", "I don't want to ruin it.", "It's for a hiking trip."],
        "short": ["is the {product} waterproof", "care instructions for {product}?", "{product} restock?"],
    },
    "promo_code": {
        "situation": [
            "I tried to use the code {code}", "the discount code {code} isn't working", "I forgot to apply {code} to {order}",
            "your email said I'd get 10% off but the code doesn't work", "I signed up for the newsletter but never got a code",
            "the code {code} says invalid", "I have two codes",
        ],
        "ask": [
            "why won't it apply?", "can you apply it to my order?", "can I use two codes?", "is it expired?",
            "can you refund the difference?", "is there a current promo?", "how do I get the welcome discount?",
        ],
        "detail": ["My cart is about {amount}.", "I'm trying to check out right now.", "It says 'not valid'."],
        "short": ["{code} not working", "promo code invalid??", "discount code help"],
    },
    "payment_methods": {
        "situation": ["I want to buy the {product}", "checking out now", "I have a gift card", "my card keeps getting declined",
                      "I'd like to split the payment"],
        "ask": ["do you take PayPal?", "can I pay with Klarna?", "do you accept Apple Pay?", "can I use a gift card and a code?",
                "can I pay in instalments?", "do you take Amex?", "how do I check my gift card balance?",
                "can I pay with two cards?"],
        "detail": ["It's a bit pricey.", "I'm in {region}.", "I'd rather not use my credit card."],
        "short": ["klarna?", "do you take paypal", "gift card balance?"],
    },
    "account_help": {
        "situation": ["I can't log in", "the password reset link isn't working", "I changed my email",
                      "I keep getting newsletters", "I made an account after ordering as a guest",
                      "the reset email never arrives", "my account shows no orders"],
        "ask": ["can you help me get into my account?", "how do I change my email address?", "how do I unsubscribe?",
                "can you reset my password?", "how do I see my past orders?", "can you delete my account?"],
        "detail": ["I've tried three times.", "Checked spam.", "The link says expired."],
        "short": ["cant log in", "unsubscribe me pls", "password reset not working"],
    },
    "cancel_order": {
        "situation": ["I just placed order {order}", "I ordered the wrong size by mistake", "I accidentally ordered twice",
                      "I changed my mind about {order}", "I found it cheaper elsewhere", "I ordered {order} an hour ago",
                      "I need to cancel {order}, I don't want to deal with a return later"],
        "ask": ["can you cancel it?", "please cancel it", "is it too late to cancel?", "how do I cancel?",
                "can you stop it before it ships?", "cancel and refund please"],
        "detail": ["I'll reorder the right size.", "Please hurry.", "It hasn't shipped yet I think."],
        "short": ["cancel {order} pls", "CANCEL MY ORDER", "need to cancel {order}"],
    },
    "change_address": {
        "situation": ["I put the wrong address on {order}", "I moved last week", "there's a typo in my apartment number on {order}",
                      "I'm not going to be home, can it go to my office", "the zip code on {order} is wrong"],
        "ask": ["can you change the shipping address?", "can you update it before it ships?", "can I redirect it?",
                "is it too late to change the address?"],
        "detail": ["The right address is my new place in {city}.", "It's urgent.", "The street is right, the unit is wrong."],
        "short": ["change address on {order}", "wrong address!!", "update shipping address pls"],
    },
    "refund_request": {
        "situation": ["I'm not happy with the {item}", "the {item} started pilling after one wash", "I want my money back for {order}",
                      "the {item} isn't what was shown on the website", "I was charged for the {item} but want a refund",
                      "the {item} shrank even though I followed the care label", "I returned nothing yet but want a refund on the {item}"],
        "ask": ["can I get a refund?", "I'd like a refund please", "please refund me", "I want a full refund",
                "can you refund {amount}?", "refund to my card please"],
        "detail": ["It's not worth the price.", "I don't want store credit.", "I don't want an exchange."],
        "short": ["refund {order} please", "I want a refund", "money back for the {item}"],
    },
    "damaged_item": {
        "situation": ["the {item} arrived with a hole in it", "the stitching on the {item} came apart the first time I wore it",
                      "the box was crushed and the {item} is stained", "the seam on the {item} split", "the zip on my {item} is broken",
                      "my {item} came damaged", "the {item} is falling apart after a week",
                      "the {item} has a big mark on the front", "the {item} I got in {order} is defective"],
        "ask": ["what can you do?", "can I get a replacement?", "I want a refund or a new one", "how do I send it back?",
                "can you send a new one?", "do you need photos?"],
        "detail": ["I've attached photos.", "Never even wore it.", "This was a gift.", "Tags still on."],
        "short": ["{item} arrived broken", "damaged item {order}", "hole in my new {item}"],
    },
    "wrong_item": {
        "situation": ["I ordered the {item} in {size} but got a different size", "you sent me the wrong colour",
                      "my package had someone else's order in it", "the {item} is missing from {order}",
                      "I got a {item2} instead of the {item}", "only one of the two items in {order} arrived",
                      "the label says {size} but it's clearly not"],
        "ask": ["can you send the right one?", "what do I do with the wrong one?", "can you fix this?",
                "where is the rest of my order?", "can I get the correct item asap?"],
        "detail": ["The packing slip lists the right item.", "I need it for a wedding.", "Photos attached."],
        "short": ["wrong item in {order}", "missing item!", "got the wrong size"],
    },
    "lost_package": {
        "situation:lost": ["my package {order} is lost", "the tracking hasn't updated in weeks and {carrier} says it's lost",
                           "{order} has been stuck for weeks, I think it's gone", "my parcel vanished somewhere in transit",
                           "{carrier} can't find my parcel"],
        "situation:delivered": ["tracking says delivered but there's nothing here",
                                "{carrier} says it was delivered on {date} but I never got it",
                                "checked with neighbours and the front desk, no package",
                                "someone must have stolen it from my porch",
                                "it says delivered to a mailbox but I don't have one"],
        "situation": ["tracking says delivered but there's nothing here", "{carrier} says it was delivered on {date} but I never got it",
                      "my package {order} is lost", "the tracking hasn't updated in weeks and {carrier} says it's lost",
                      "checked with neighbours and the front desk, no package", "someone must have stolen it from my porch",
                      "it says delivered to a mailbox but I don't have one"],
        "ask": ["can you send a new one?", "I want a refund or a replacement", "what happens now?", "can you open a claim?",
                "do I have to contact the carrier?", "who is responsible for this?"],
        "detail": ["I've waited two days.", "My building has cameras, nothing.", "It was a gift."],
        "short": ["package never arrived", "says delivered, not here", "{order} lost"],
    },
    "payment_dispute": {
        "situation": ["I was charged twice for {order}", "there are two charges of {amount} on my card",
                      "I see a charge from Northbound I don't recognise", "you charged me after I cancelled",
                      "my card was charged but the order failed", "PayPal shows two payments"],
        "ask": ["can you refund the extra charge?", "why was I charged twice?", "what is this charge?",
                "I'm going to dispute it with my bank", "please fix this"],
        "detail": ["I only placed one order.", "It's not pending, it's posted.", "My bank told me to contact you first."],
        "short": ["double charged", "charged twice for {order}", "unauthorized charge??"],
    },
    "complaint": {
        "situation": ["I've had a terrible experience with {order}", "your customer service has been useless",
                      "the quality of the {item} has gone way downhill", "nobody has replied to my emails in a week",
                      "I've been trying to get help for weeks", "this whole order has been a mess",
                      "I'm considering reporting you to the BBB"],
        "ask": ["I want to speak to a manager", "what are you going to do about it?", "I want someone to call me",
                "I expect compensation", "escalate this please"],
        "detail": ["I'm never ordering again.", "I'll be leaving a review.", "I've spent hundreds here."],
        "short": ["worst customer service ever", "I want a manager", "unacceptable"],
    },
}

# Second questions tacked onto a message (they become secondary_intents).
SECONDARY_ASKS: dict[str, list[str]] = {
    "shipping_info": ["also do you ship to {region}?", "and how much is express?", "btw what's the free shipping minimum?"],
    "return_policy": ["also what's your return window?", "and can sale items be returned?", "also are returns free?"],
    "sizing": ["also does the {product} run small?", "and what size would you suggest for me in the {product}?"],
    "promo_code": ["also my code {code} didn't work", "and can I still use {code}?"],
    "payment_methods": ["also do you take Klarna?", "can I pay with PayPal next time?"],
    "account_help": ["also I can't log into my account", "and how do I change my email?"],
    "product_info": ["also how do I wash the {item}?", "and is the {product} waterproof?"],
    "exchange": ["or can I just exchange it for a {size}?", "also can I swap the colour?"],
    "order_status": ["also where is my other order?", "and has my other order shipped?"],
    "refund_status": ["and where's my refund from last time?"],
}

FOLLOW_UPS: dict[str, list[str]] = {
    "thanks": ["thank you!!", "perfect, thanks", "ok great", "got it, appreciate it", "thanks, that helps 👍",
               "awesome thank u"],
    "more": ["it still hasn't moved", "the link doesn't work for me", "that doesn't answer my question",
             "ok but when exactly?", "still nothing today", "can you check again?", "any update?",
             "I did that already"],
}

# Non-English customers: whole short messages per intent (compositional pieces do not translate well).
TRANSLATED: dict[str, dict[str, list[str]]] = {
    "es": {
        "order_status": ["Hola, ¿dónde está mi pedido {order}? No he recibido ningún correo de envío.",
                         "hola buenas, quería saber cuándo llega mi pedido {order}, gracias",
                         "¿Me pueden dar el número de seguimiento del pedido {order}?"],
        "shipping_delay": ["Mi pedido {order} tenía que llegar el {date} y todavía nada. ¿Qué pasa?",
                           "El seguimiento no se mueve desde hace {days} días, ¿me ayudan?"],
        "return_request": ["Quiero devolver la {item}, me queda pequeña. ¿Cómo hago la devolución?",
                           "hola, ¿cómo devuelvo un artículo del pedido {order}?"],
        "refund_status": ["Devolví el pedido {order} hace dos semanas y no veo el reembolso.",
                          "¿Cuándo recibiré mi reembolso? Gracias."],
        "damaged_item": ["La {item} llegó rota/dañada. ¿Me pueden enviar otra?"],
        "lost_package": ["Dice entregado pero no tengo el paquete {order}. ¿Qué hago?"],
        "sizing": ["¿Qué talla me recomiendan para el {product}? Normalmente uso {size}."],
        "cancel_order": ["Por favor, cancelen mi pedido {order}, me equivoqué de talla."],
        "return_policy": ["¿Cuántos días tengo para devolver un producto?"],
        "shipping_info": ["¿Hacen envíos a España? ¿Cuánto cuesta?"],
    },
    "fr": {
        "order_status": ["Bonjour, où en est ma commande {order} ? Je n'ai pas reçu de numéro de suivi.",
                         "bonjour, quand est-ce que ma commande {order} va arriver ? merci",
                         "Pouvez-vous me donner le suivi de la commande {order} svp"],
        "shipping_delay": ["Ma commande {order} devait arriver le {date} et toujours rien.",
                           "Le suivi ne bouge plus depuis {days} jours, c'est normal ?"],
        "return_request": ["Je voudrais retourner le {item}, il est trop petit. Comment faire ?",
                           "Bonjour, comment faire un retour pour la commande {order} ?"],
        "refund_status": ["J'ai renvoyé ma commande {order} il y a deux semaines, toujours pas de remboursement.",
                          "Quand vais-je être remboursé ?"],
        "damaged_item": ["Le {item} est arrivé abîmé. Pouvez-vous m'en envoyer un autre ?"],
        "lost_package": ["Le colis {order} est indiqué livré mais je ne l'ai pas reçu."],
        "sizing": ["Quelle taille me conseillez-vous pour le {product} ? Je fais du {size} d'habitude."],
        "cancel_order": ["Merci d'annuler ma commande {order}, je me suis trompé."],
        "return_policy": ["Quel est le délai pour retourner un article ?"],
        "shipping_info": ["Livrez-vous en France ? Il y a des frais de douane ?"],
    },
    "de": {
        "order_status": ["Hallo, wo ist meine Bestellung {order}? Ich habe keine Versandbestätigung bekommen.",
                         "hallo, wann kommt meine bestellung {order} an? danke",
                         "Können Sie mir die Sendungsnummer für {order} schicken?"],
        "shipping_delay": ["Meine Bestellung {order} sollte am {date} ankommen und ist immer noch nicht da.",
                           "Die Sendungsverfolgung hat sich seit {days} Tagen nicht bewegt."],
        "return_request": ["Ich möchte den {item} zurückschicken, er ist zu klein. Wie geht das?",
                           "Wie kann ich einen Artikel aus Bestellung {order} zurückgeben?"],
        "refund_status": ["Ich habe {order} vor zwei Wochen zurückgeschickt und noch keine Erstattung erhalten.",
                          "Wann bekomme ich mein Geld zurück?"],
        "damaged_item": ["Der {item} kam beschädigt an. Können Sie Ersatz schicken?"],
        "lost_package": ["Laut Tracking zugestellt, aber das Paket {order} ist nicht da."],
        "sizing": ["Welche Größe empfehlen Sie beim {product}? Ich trage normalerweise {size}."],
        "cancel_order": ["Bitte stornieren Sie meine Bestellung {order}."],
        "return_policy": ["Wie lange habe ich Zeit für eine Rücksendung?"],
        "shipping_info": ["Liefern Sie nach Deutschland? Fallen Zollgebühren an?"],
    },
}
GREETINGS = {"es": "Hola {first}", "fr": "Bonjour {first}", "de": "Hallo {first}", "en": "Hi {first}"}

SUBJECTS: dict[str, list[str]] = {
    "order_status": ["Order status", "Where is my order?", "Tracking", "Order {order}", "shipping update?"],
    "shipping_delay": ["Late delivery", "Order {order} delayed", "Package stuck", "Still waiting"],
    "shipping_info": ["Shipping question", "Shipping to {region}", "Delivery times"],
    "return_policy": ["Returns question", "Return policy", "Question about returns"],
    "return_request": ["Return", "Return request {order}", "Sending items back"],
    "refund_status": ["Refund", "Where is my refund", "Refund for {order}"],
    "exchange": ["Exchange", "Size exchange", "Swap item"],
    "sizing": ["Sizing question", "Which size?", "Size chart"],
    "product_info": ["Product question", "Question about the {product}"],
    "promo_code": ["Discount code", "Promo code not working", "Code {code}"],
    "payment_methods": ["Payment question", "Klarna / PayPal?"],
    "account_help": ["Account", "Can't log in", "Password reset"],
    "cancel_order": ["Cancel order", "Cancel {order}", "URGENT cancel"],
    "change_address": ["Address change", "Wrong address on {order}"],
    "refund_request": ["Refund request", "Refund please", "Not happy with my order"],
    "damaged_item": ["Damaged item", "Defective {item}", "Item arrived damaged"],
    "wrong_item": ["Wrong item", "Missing item", "Wrong size sent"],
    "lost_package": ["Package not received", "Lost package", "Delivered but not received"],
    "payment_dispute": ["Double charge", "Billing issue", "Charged twice"],
    "complaint": ["Complaint", "Very unhappy", "Terrible service"],
}
