"""Safety detection: what must reach a person at once, in six languages, and the shopping idioms that must not."""

from __future__ import annotations

import re

import pytest

from graph.reasoning import safety
from graph.reasoning.safety import HARASSMENT, LEGAL, MEDICAL, SELF_HARM, VIOLENCE
from graph.reasoning.safety_replies import handoff_note, safety_reply


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # self-harm, direct and indirect
        ("my order is late again and honestly I want to kill myself", SELF_HARM),
        ("I can't go on.", SELF_HARM),
        ("I can't go on anymore, everything is going wrong", SELF_HARM),
        ("if this refund doesn't come I'll end it all", SELF_HARM),
        ("lost my job, parcel never came, what's the point anymore", SELF_HARM),
        ("I don't want to be here anymore", SELF_HARM),
        ("been having suicidal thoughts and now this", SELF_HARM),
        ("I honestly don't see the point of living anymore", SELF_HARM),
        ("I took too many pills", SELF_HARM),
        ("nobody would miss me if I was gone", SELF_HARM),
        ("I'll jump off a bridge", SELF_HARM),
        ("me quiero morir, ya no aguanto", SELF_HARM),
        ("je veux mourir, plus rien ne va", SELF_HARM),
        ("ich will nicht mehr leben", SELF_HARM),
        ("estou pensando em me matar", SELF_HARM),
        ("voglio farla finita", SELF_HARM),
        # violence
        ("I'll come down there and hurt someone", VIOLENCE),
        ("if I see that driver again I will kill him", VIOLENCE),
        ("I'm going to burn down your warehouse", VIOLENCE),
        ("I swear I'll find the driver and beat him up", VIOLENCE),
        ("someone is going to get hurt if this isn't fixed", VIOLENCE),
        ("te voy a matar", VIOLENCE),
        ("je vais le frapper", VIOLENCE),
        ("ich bring ihn um", VIOLENCE),
        # medical
        ("my daughter had an allergic reaction to the face cream you sold", MEDICAL),
        ("the charger caught fire and burned my hand", MEDICAL),
        ("I hurt my hand on a staple sticking out of the box", MEDICAL),
        ("my son hurt his fingers on the broken zip", MEDICAL),
        ("my son swallowed a battery from the toy", MEDICAL),
        ("we ended up in the hospital after eating it", MEDICAL),
        ("my kid ate one of the magnets and is vomiting", MEDICAL),
        ("the hair dye burned my scalp, I have blisters", MEDICAL),
        ("we're at the ER because of the toy", MEDICAL),
        ("I got an electric shock from the kettle", MEDICAL),
        ("mi hijo tuvo una reacción alérgica", MEDICAL),
        ("intoxication alimentaire après votre repas", MEDICAL),
        ("nach dem Essen Lebensmittelvergiftung", MEDICAL),
        # legal emergencies
        ("I have a court hearing tomorrow and the documents are in that parcel", LEGAL),
        ("my ex is stalking me, please don't give anyone my new address", LEGAL),
        ("I called the police about the delivery man", LEGAL),
        ("tengo una orden de alejamiento contra él", LEGAL),
        ("my boyfriend hit me and I need to hide, please don't ship to my old address", LEGAL),
        ("I filed a police report about the man who keeps coming to my door", LEGAL),
        ("my lawyer needs the documents by tomorrow for court", LEGAL),
        # harassment
        ("the driver exposed himself when I opened the door", HARASSMENT),
        ("your courier keeps texting me asking me out", HARASSMENT),
        ("the delivery guy threatened me", HARASSMENT),
        ("he made sexual comments at my door", HARASSMENT),
        ("I've been getting threatening messages from one of your drivers", HARASSMENT),
        ("he tried to kiss me when dropping off the parcel", HARASSMENT),
        ("the driver sent me explicit photos", HARASSMENT),
        ("your driver punched me", HARASSMENT),
        ("el repartidor me acosó", HARASSMENT),
        ("le livreur m'a menacée", HARASSMENT),
        ("der Fahrer hat mich belästigt", HARASSMENT),
        ("o entregador me assediou", HARASSMENT),
        ("il corriere mi ha molestata", HARASSMENT),
        # indirect self-harm in four languages
        ("honestly I don't see a way out anymore, this was the last straw", SELF_HARM),
        ("everyone would be better off without me", SELF_HARM),
        ("no le veo sentido a seguir viviendo", SELF_HARM),
        ("j'ai envie d'en finir, je n'en peux plus", SELF_HARM),
        ("ich denke daran, mir das Leben zu nehmen", SELF_HARM),
        ("ich kann nicht mehr, ich will einfach nicht mehr leben", SELF_HARM),
        # weapons and threats
        ("I know where your office is and I'm bringing a gun", VIOLENCE),
        ("voy a ir a su tienda con un cuchillo", VIOLENCE),
        ("je vais venir avec un couteau", VIOLENCE),
        ("ich werde den Fahrer umbringen", VIOLENCE),
        # medical
        ("my son is having trouble breathing after using the inhaler you sent", MEDICAL),
        ("mi hija se tragó una pila del juguete", MEDICAL),
        ("mein Kind hat eine Batterie verschluckt", MEDICAL),
        ("il ne peut plus respirer depuis qu'il a utilisé le spray", MEDICAL),
        # harassment
        ("el repartidor me ha estado acosando", HARASSMENT),
        ("le livreur m'a fait des avances insistantes et m'a touchée", HARASSMENT),
        # ways of saying it the first patterns missed (a probe list written for this test, six languages)
        ("feel like throwing myself off a bridge after dealing with your support", SELF_HARM),
        ("I took a bunch of pills, I don't care about the order anymore", SELF_HARM),
        ("no point living anymore tbh", SELF_HARM),
        ("ich bringe mich um", SELF_HARM),
        ("mi ammazzo", SELF_HARM),
        ("si no me llega el pedido me voy a matar, ya no puedo más", SELF_HARM),
        ("me quiero suicidar", SELF_HARM),
        ("mi voglio ammazzare", SELF_HARM),
        ("kms if this order is late again", SELF_HARM),
        ("might just unalive myself fr", SELF_HARM),
        ("je vais me foutre en l'air", SELF_HARM),
        ("my kid swallowed one of the buttons from the coat", MEDICAL),
        ("if I see your delivery driver again I'll smash his face in", VIOLENCE),
        ("I know where your CEO lives. Watch out.", VIOLENCE),
        ("there's a gas smell from the stove you installed", MEDICAL),
        ("the charger you sent is sparking", MEDICAL),
        ("your staff member called me racist slurs on the phone", HARASSMENT),
        ("this is a legal emergency, the bailiffs are coming over your wrong charge", LEGAL),
    ],
)
def test_detects_safety_concerns(text, category):
    assert category in safety.categories(text), (text, safety.detect(text))


@pytest.mark.parametrize(
    "text",
    [
        "this price is killing me",
        "I'm dying to get it",
        "those shoes are to die for",
        "please kill the subscription",
        "shoot me an email when it ships",
        "the parcel got destroyed",
        "my phone died before the courier called",
        "would it kill you to reply?",
        "I'm allergic to nuts, does this contain nuts?",
        "is this a choking hazard for toddlers?",
        "can you deliver to St Mary's hospital reception",
        "I've been stalking the tracking page all day",
        "stop harassing me with marketing emails",
        "hit me up when it's back in stock",
        "the rash guard is too small",
        "my battery died and I missed the delivery",
        "I nearly died laughing at the packaging",
        "this is the bomb, love it",
        "can't go on your website, it keeps crashing",
        "beat the price of the other shop and I'll order",
        "me muero de ganas de tenerlo",
        "where is my order #NB104233??",
        "the suspense is killing me",
        "you guys are killing it with these deals",
        "I'd kill for this jacket in blue",
        "lol I'm dead, the packaging is hilarious",
        "the plant arrived dead",
        "do you sell gun safes?",
        "shoot, I forgot my coupon code",
        "the courier hit my car while reversing",
        "my court shoes are too small",
        "I'm going to die of boredom waiting",
        "what's the point of prime if delivery is late",
        "can you end my subscription",
        "does this cause vomiting in dogs?",
        "does the heater have a carbon monoxide sensor?",
        "is the gas hob included in the kitchen set?",
        "I know where you are based, is there a shop I can visit?",
        "no point ordering if it arrives late",
        "stalker season 2 dvd",
        "I'll miss the delivery if I'm gone on friday",
        "goodbye and thanks",
        "refund me or I'll call the police lol",
        "I need to hide the gift from my husband, ship to work",
        "I'd die for these boots",
        "killer deal on the jackets!",
        "my feet are killing me in these shoes, can I exchange them?",
        "I want my money back for the sneakers, they hurt my feet",
        "the straps hurt my shoulders after an hour",
        "este precio me mata",
        "me muero por estas botas",
        "ce prix me tue",
        "je meurs d'envie de l'avoir",
        "je veux en finir avec cette commande, remboursez-moi",
        "dieser Preis bringt mich um",
        "ich sterbe vor Neugier, wann kommt das Paket?",
        "I'd kill for free shipping",
        "these prices are criminal lol",
        "I'll bring my bat to the match, is the jersey here yet?",
        "ich werde das Paket morgen abholen",
        "the store is 5 kms away, can I pick it up?",
        "my dog chewed the strap, can I get a new one?",
    ],
)
def test_ordinary_shopping_language_is_not_a_safety_case(text):
    assert safety.detect(text) == [], safety.detect(text)


def test_intent_to_self_harm_is_not_read_as_an_accident():
    assert safety.categories("I'm going to hurt myself") == [SELF_HARM]
    assert safety.categories("I hurt myself on the broken glass in the box") == [MEDICAL]


def test_one_finding_per_category_most_severe_first():
    found = safety.detect("the courier threatened me and now I want to kill myself")
    assert [f.category for f in found] == [SELF_HARM, HARASSMENT]
    assert found[0].cue == "kill myself"


@pytest.mark.parametrize(
    ("language", "word"),
    [("en", "team"), ("es", "equipo"), ("fr", "équipe"), ("de", "Team"), ("pt", "equipe"), ("it", "team")],
)
def test_reply_is_short_human_and_in_the_customers_language(language, word):
    reply = safety_reply(safety.detect("I want to kill myself"), language)
    assert word in reply
    assert not re.search(r"https?://|www\.|#\d|\bNB\d|order|tracking", reply, re.IGNORECASE)
    assert len(reply) < 600


def test_emergency_services_only_where_someone_may_be_in_danger():
    assert "emergency services" in safety_reply(safety.detect("I want to kill myself"), "en")
    assert "emergency services" in safety_reply(safety.detect("my son had an allergic reaction to it"), "en")
    assert "emergency services" in safety_reply(safety.detect("I'll come down there and hurt someone"), "en")
    court = safety_reply(safety.detect("court hearing tomorrow, the papers are in that parcel"), "en")
    assert "emergency" not in court and "right away" in court
    assert "servicios de emergencia" in safety_reply(safety.detect("me quiero morir"), "es")


def test_unknown_language_falls_back_to_english():
    assert "right away" in safety_reply(safety.detect("I want to kill myself"), "nl")


def test_handoff_note_names_what_was_detected():
    note = handoff_note(safety.detect("the driver exposed himself"))
    assert note.startswith("SAFETY: harassment") and "exposed himself" in note

