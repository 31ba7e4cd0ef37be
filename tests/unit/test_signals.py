"""Entities, frustration, requests for a person, and input checks on messages real customers write."""

from __future__ import annotations

import pytest

from graph.reasoning import signals
from graph.reasoning.language import language_in_conversation


@pytest.mark.parametrize(
    ("text", "orders"),
    [
        ("where is my order #NB104233??", ["NB104233"]),
        ("order 104233 hasnt arrived", ["104233"]),
        ("nb 104233 and also W2611340", ["NB104233", "W2611340"]),
        ("@brand my pedido NB-104233 no llega", ["NB104233"]),
        ("tracking 1Z999AA10123456784 says delivered", []),
        ("I paid $75.50 with my card", []),
        # a small Shopify store's order names, and numbers announced as order numbers in another shop's format
        ("where is order #1001?", ["1001"]), ("my order number is 112-4567890-1234567", ["11245678901234567"]),
        ("ORDER # 123-4567890-7654321 was cancelled", ["12345678907654321"]),  # one number, not "408" and it
        ("I'm your #1 fan", []), ("I ordered 2 things 3 weeks ago for 120 dollars", []),
        ("call me on 555-1234 about my order", []),
        # a shop's @handle between the announcement and the number
        ("PLEASE GIVE ME THE STATUS OF MY ORDER NUMBER @shophelp  405-1234567-7654321.", ["40512345677654321"]),
        ("@shop @courier order 104233 please", ["104233"]),
        # a short word before the number is a word, not the order's prefix
        ("The order ID is 9502127.", ["9502127"]), ("my order is 1234567", ["1234567"]),
    ],
)
def test_order_numbers(text, orders):
    assert signals.extract_entities(text)["order_numbers"] == orders


def test_emails_and_amounts():
    found = signals.extract_entities("email me at Jane.Doe+x@example.co.uk, I was charged $1,299.00 and 20 bucks")
    assert found["emails"] == ["Jane.Doe+x@example.co.uk"]
    assert found["amounts"] == [1299.0, 20.0]


@pytest.mark.parametrize(
    "text",
    [
        "This is RIDICULOUS, third time I'm asking",
        "WHERE IS MY PACKAGE I PAID FOR EXPRESS",
        "still waiting... unbelievable",
        "wtf is going on with my order",
        "esto es inaceptable",
        "honestly 😡",
        "hello?!?!",
    ],
)
def test_frustrated(text):
    assert signals.is_frustrated(text)


@pytest.mark.parametrize(
    "text",
    [
        "you are useless, absolute scam",
        "pathetic service from start to finish",
        "this is fraud",
        "I'm fed up with this",
        "completely unacceptable",
        "great job guys 🙄",
        "still no parcel 🤦",
        "real pros, losing my parcel twice",
        "thanks for nothing",
        "3 weeks and STILL in transit, love that for me",
        "I will cancel my prime if this isn't fixed today",
        "I'm contacting my lawyer",
        "this is terrible, the box was open",
        "I'll just do a chargeback",
        "I've called 4 times",
        "where is my parcel!!!",
        "where the hell is my order",
        "bloody useless courier",
        "estoy harto, es una vergüenza",
        "c'est inadmissible, j'en ai marre",
        "eine Frechheit, nie wieder",
        "isso é um golpe, que vergonha",
        "che schifo, è una truffa",
        # threats to leave and exasperation in more words
        "was told it would come today, now it says the 19th? going to start shopping elsewhere",
        "I'm so done with this company", "this is beyond a joke now", "this is taking the mick",
        "why is it so hard to get a straight answer from you lot", "can't believe I'm still waiting",
        "worst shopping experience ever", "you need to do better",
        # a wait or a brush-off said to be loved
        "love waiting on hold for nothing, cheers", "love being ignored by you lot", "waited in all day for nothing",
        # insults said of "you", and a broken promise met with "seriously" on its own
        "you lot are a joke. 2 weeks and no parcel", "you guys are clowns",
        "was told it'd be here today. now it says the 19th?? seriously",
    ],
)
def test_frustrated_per_the_labelling_guide(text):
    assert signals.is_frustrated(text)


@pytest.mark.parametrize(
    "text",
    [
        "hi, where is my order?",
        "Thanks so much!",
        "Can I exchange for a size M",
        "UPS says in transit",
        "not great tbh, the colour is a bit off",
        "a bit disappointing that it's out of stock",
        "I'm disappointed the sale ended",
        "I'm so annoyed at myself, I ordered the wrong size",
        "just placed an order and realised i used my old address 🤦 can u fix it",  # a facepalm at one's own slip
        "my own fault, I typed the wrong address, so frustrated with myself",
        "THANK YOU SO MUCH!!!",
        "I love it!!! Best purchase ever",
        "I want to cancel my subscription",
        "can I cancel my order if it hasn't shipped yet?",
        "I hate to bother you but where is my parcel",
        "the courier said nobody answered the door",
        "still waiting for my order, any update?",
        "I ordered from UPS USA via DHL",
        "is the milk sauer? no, just checking the date",
        "me gustó harto, gracias",
        "je suis un peu déçu de la couleur",
        "estoy decepcionada con el color",
        "ok great, I'll order it somewhere else then. thanks anyway!", "can't believe how comfy these boots are!",
        "best jacket ever", "I can do better on size next time, my mistake", "can I order elsewhere and return here?",
        "I love waiting for my parcels to arrive, it's like christmas", "hold on, let me check the order number",
        "seriously thinking of getting the parka in black", "are you open on sundays? seriously curious",
    ],
)
def test_calm(text):
    assert not signals.is_frustrated(text)


@pytest.mark.parametrize(
    "text",
    [
        "third time I ask where my order is",
        "this is the 3rd time I'm writing to you",
        "nobody answers my emails",
        "I've called 4 times and no one helps",
        "still no reply to my DM",
        "spoke to 3 people and nothing",
        "my parcel is late yet again",
        "I never got a response to my complaint",
        "you keep ignoring me",
        "keep getting the same copy paste answer",
        "es la tercera vez que les escribo",
        "nadie me responde",
        "j'ai appelé trois fois",
        "c'est la troisième fois que j'écris !!",
        "personne ne répond",
        "ich habe schon dreimal angerufen",
        "niemand antwortet",
        "ninguém responde, já liguei várias vezes",
        "ho chiamato tre volte, nessuno risponde",
        "the jacket delivery got postponed AGAIN",
        "I was told to ring the depot, then called you again and got the same story",
        "that's the fourth parcel in a row that turns up late",
        "every time I order from you something goes wrong",
        "second time this has happened with your courier",
        "mi pedido llega otra vez tarde",
        "I have to keep repeating myself", "I have explained this three times already",
        "why do I have to keep giving you the same details",
        "@NorthboundHelp second time asking. when is my refund coming?", "3rd time of chasing this",
        "as I said in my DM yesterday, the order never came", "as I told your colleague on the phone call, it's broken",
        "weeks of emails back and forth and still no refund",
        "why do I keep having to explain this?", "sent you 4 emails now and where is my jacket",
        "I've left three voicemails this week",
    ],
)
def test_reports_repeated_contact(text):
    assert signals.reports_repeated_contact(text)


@pytest.mark.parametrize(
    "text",
    [
        "I emailed you yesterday, just following up on my order",
        "this is my second order from you",
        "how many times can I use the code?",
        "the courier said nobody answered the door",
        "please ignore my previous message",
        "zum zweiten Mal bestellt und wieder zufrieden",
        "encore une fois merci",
        "where is my order",
        "I'd love to order again from you",
        "can you check again please",
        "I'll try calling the courier tomorrow",
        "two orders in one parcel, nice",
        "I explained the problem in my last message", "I sent the photos",
        "as I said in my last message, the size is M", "the second time I ordered it fit fine",
        "I sent 2 items back", "we made two orders", "I left two reviews",
    ],
)
def test_does_not_report_repeated_contact(text):
    assert not signals.reports_repeated_contact(text)


@pytest.mark.parametrize(
    "text",
    ["can I talk to a real person", "I want to speak with a manager", "human please", "agent", "get me a human",
     "quiero hablar con una persona", "je veux parler à un conseiller", "can I get a supervisor",
     "what is your phone number?", "is there a number I can call", "please call me", "can someone call me back",
     "I'd like a callback", "what email address do I write to?", "can someone drop me a line",
     "how do I lodge a complaint", "how can I file a complaint?", "who can I complain to", "please escalate this",
     "I need corporate involved", "is there a live chat", "live agent please", "¿me pueden llamar?", "rappelez-moi s'il vous plaît",
     "ich möchte mit einem Mitarbeiter sprechen", "bitte um Rückruf", "quero falar com um atendente",
     "voglio parlare con un operatore", "ich möchte mich offiziell beschweren"],
)
def test_wants_human(text):
    assert signals.wants_human(text)


@pytest.mark.parametrize(
    "text",
    ["your agent said it shipped", "the delivery person left it outside", "where is my order",
     "I changed my phone number", "the phone number on my order is wrong", "the courier will call back later",
     "I spoke to customer service yesterday and they fixed it", "my manager ordered this for the office",
     "thanks, the agent was lovely", "your chat agent told me it shipped", "I tried live chat yesterday"],
)
def test_not_asking_for_a_human(text):
    assert not signals.wants_human(text)


@pytest.mark.parametrize(
    ("raw", "problem"),
    [("", "empty"), ("   \n ", "empty"), (None, "empty"), ("x" * 100_000, "too_long"),
     ("\ufffd\ufffd\ufffd\ufffd\ufffd garbage", "unreadable"), ("%%%%$$$$####@@@@!!!!^^^^&&&&", "unreadable"),
     ("where is my order", None)],
)
def test_input_problems(raw, problem):
    assert signals.input_problem(raw) == problem


def test_split_questions_keeps_separate_asks():
    parts = signals.split_questions("Where is my order? Also, what's your return policy for sale items")
    assert len(parts) == 2


def test_an_and_that_opens_a_question_of_its_own_splits_the_sentence():
    assert signals.split_questions("what's your return policy and how long do refunds take?") == [
        "what's your return policy", "how long do refunds take?"]
    assert signals.split_questions("where is my order, and do you ship to Canada?") == [
        "where is my order", "do you ship to Canada?"]
    for one in ("how much and how long?", "can I return and exchange it?",
                "I ordered boots and they are too small, can I swap them?"):
        assert signals.split_questions(one) == [one]
    assert signals.joins_questions_with_and("Hi! Two things: where is my order, and do you ship to Canada?")
    assert not signals.joins_questions_with_and("Where is my order? Do you ship to Canada?")  # sentences of their own


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("hola, donde está mi pedido por favor", "es"),
        ("¿dónde está mi pedido?", "es"),
        ("Mi pedido no ha llegado todavía y necesito ayuda", "es"),
        ("bonjour, où est ma commande", "fr"),
        ("Ma commande n'est toujours pas arrivée", "fr"),
        ("wo ist meine Bestellung", "de"),
        ("Meine Bestellung ist noch nicht angekommen", "de"),
        ("onde está o meu pedido", "pt"),
        ("Minha encomenda ainda não chegou", "pt"),
        ("dov'è il mio ordine", "it"),
        ("Il mio ordine non è ancora arrivato", "it"),
        # short messages: one distinctive word is enough
        ("¿Aceptan tarjeta de regalo?", "es"),
        ("gracias", "es"), ("merci", "fr"), ("danke", "de"), ("obrigado", "pt"), ("grazie", "it"),
        # English, unsure, or mixed with an English majority
        ("where is my order", "en"),
        ("ok", "en"),
        ("hola, where is my order? it was due on monday", "en"),
        ("I ordered a piñata, where is it?", "en"),
        ("@AmazonHelp my parcel https://t.co/abc never came", "en"),
        # an e-mail address is no words: its "c" and "de" vote for no language
        ("t-act-0633c17c-a@example.test", "en"), ("jean.de.la.c@example.fr", "en"),
        ("my phone will die, was it shipped?", "en"),
        ("👍", "en"),
        ("Asdfghjkl.", "en"), ("u guyssss r teh best", "en"),
        # "è" is Italian as much as French
        ("la taglia è sbagliata, posso cambiarla", "it"), ("le colis est très en retard", "fr"),
        # no word of the vote's lists (or just one): the language model places them
        ("la talla no me queda bien, cambio posible", "es"), ("impossible de me connecter au site depuis hier", "fr"),
        ("tamanho errado, quero trocar", "pt"), ("taglia sbagliata, vorrei cambiarla", "it"),
        # the model unsure too: the support glossary that knows most of the words
        ("Quanto custa o frete?", "pt"), ("remboursement svp", "fr"),
        # words inside a phrase entry count: "iniciar sesion" is two Spanish words, neither an entry alone
        ("no puedo iniciar sesion", "es"),
        ("sent ya a DM, pls reply", "en"), ("DAMAGED ITEM pic.twitter.com/abc", "en"),
        # txt-speak's "da" and "do" are Portuguese words too: its own words keep it English
        ("yo do ur boots run true 2 fit? wht's da inseam on da jeans?", "en"),
        # another script or another language: English, the brand's default
        ("где мой заказ сейчас", "en"), ("我的 订单 在哪里", "en"), ("Waar is mijn bestelling nu", "en"),
    ],
)
def test_language(text, language):
    assert signals.detect_language(text) == language


def test_safety_findings_are_json_ready():
    assert signals.safety_findings("the driver exposed himself") == [
        {"category": "harassment", "cue": "exposed himself", "danger": False}
    ]
    assert signals.safety_findings("this price is killing me") == []


@pytest.mark.parametrize(
    "text", ["thank you!!", "awesome thank u", "perfect, thanks", "ok thx", "gracias", "cheers!", "thanks, that helps 👍",
             "👍", "👍🏽", "🙏 🙏", "👌", "Merci beaucoup, bonne journée !", "Gracias, buen día", "Danke, schönen Tag noch!",
             "grazie mille, buona giornata", "Obrigado, tenha um bom dia"]
)
def test_closing_messages(text):
    assert signals.is_closing(text)


@pytest.mark.parametrize("text", ["thanks, where is my order?", "ok but my order is late", "thanks for nothing, it's broken",
                                  "👍?", "👎", "😡", "Buen día", "Bom dia", "buen dia, donde esta mi pedido"])
def test_thanks_with_a_question_or_complaint_is_not_closing(text):
    assert not signals.is_closing(text)


@pytest.mark.parametrize("text", ["lol ok", "ok lol", "haha thanks"])
def test_a_laugh_with_an_acknowledgement_closes(text):
    assert signals.is_closing(text)
    assert not signals.is_closing("lol where is my order")


@pytest.mark.parametrize("text", ["actually never mind, keep it", "never mind", "nvm thanks", "forget it, I'll wait",
                                  "don't worry about it"])
def test_a_request_taken_back_closes_and_is_told_apart_from_thanks(text):
    assert signals.is_closing(text) and signals.takes_back(text)
    assert not signals.takes_back("thanks, that helps")


@pytest.mark.parametrize("text", ["actually no wait, keep it", "on second thought I'll keep it", "actually don't cancel it",
                                  "no, don't cancel it after all, thanks", "okay I'll keep them then"])
def test_a_mind_changed_takes_the_request_back(text):
    """"actually no wait, keep it" after a cancellation was told "I think I've told you all I can about order ..."."""
    assert signals.is_closing(text) and signals.takes_back(text)


@pytest.mark.parametrize("text", ["no I want to return it", "actually I want to keep the boots but return the jacket",
                                  "keep it"])
def test_a_new_or_narrower_request_is_no_mind_changed(text):
    assert not signals.takes_back(text)


@pytest.mark.parametrize("text", ["never mind, where is my order?", "never mind the jacket, can you cancel the boots?"])
def test_never_mind_before_a_new_request_is_no_closing(text):
    assert not signals.is_closing(text)


def test_the_same_failure_again_is_no_frustration_alone_but_puts_a_frustrated_message_past_the_exchanges():
    calm = "my bus got cancelled again this morning, who should I ask about that? 🙂"
    assert signals.reports_repeated_contact(calm) and not signals.is_frustrated(calm)
    angry = "third parcel in a row that turns up late, I'm fed up"
    assert signals.reports_repeated_contact(angry) and signals.is_frustrated(angry)
    exasperated = "the coat delivery has been postponed AGAIN, two weeks after the date you gave"
    assert signals.reports_repeated_contact(exasperated) and signals.is_frustrated(exasperated)


def test_html_entities_from_social_channels_are_read_as_the_characters_they_stand_for():
    assert signals.clean_text("can I return it to an M&amp;S store? &gt;:(") == "can I return it to an M&S store? >:("
    assert signals.clean_text("fish & chips") == "fish & chips"


@pytest.mark.parametrize(("text", "written"), [
    ("PLEASE GIVE ME THE STATUS OF MY ORDER NUMBER @shop 405-1234567-7654321.", "405-1234567-7654321"),
    ("where is order #NB104233??", "NB104233"), ("nb 104233 please", "nb 104233"),
])
def test_a_number_is_shown_as_the_customer_wrote_it(text, written):
    (extracted,) = signals.extract_entities(text)["order_numbers"]
    assert signals.as_written(extracted, text) == written
    assert signals.as_written("W999", text) == "W999"  # not in the text: the extracted form


@pytest.mark.parametrize(
    ("text", "language"),
    [("waar is mijn bestelling? ik wacht al een week", "nl"), ("gdzie jest moje zamówienie", "pl"),
     ("注文した商品がまだ届きません", "ja"), ("где мой заказ сейчас", "ru")],
)
def test_a_language_none_of_the_brands(text, language):
    assert signals.outside_languages(text) == language


@pytest.mark.parametrize(
    "text",
    ["where is my order", "¿dónde está mi pedido?", "u guyssss r teh best", "Harbor Organic Crew Tee XL",
     "Krzysztof Wiśniewski, ul. Marszałkowska 10",
     "DAMAGED ITEM NB105293", "CkalLà'Llznskslzkzkcbzn 🤡", "👍", "ok"],
)
def test_not_a_language_outside_the_brands(text):
    assert signals.outside_languages(text) is None



@pytest.mark.parametrize("text, said", [
    ("Thanks! Could you also tell me what the parka is made of?", "Could you also tell me what the parka is made of?"),
    ("Great, thank you. And how long do refunds take?", "how long do refunds take?"),
    ("Perfect. Thanks! Where is it now?", "Where is it now?"),
    ("Ok. I want to cancel", "I want to cancel"),
    ("ok thanks. also, can I machine wash the chore coat?", "can I machine wash the chore coat?"),
    ("Great, thanks! One more thing: how long do refunds take?", "how long do refunds take?"),
    ("also, can I machine wash it?", "also, can I machine wash it?"),  # no courtesy before it: as written
    # ...but a lead-in that only opens a new question goes, courtesy or not
    ("actually one more, what's your return window?", "what's your return window?"),
    ("btw do you ship to canada", "do you ship to canada"), ("one last question - how long is shipping?",
                                                             "how long is shipping?"),
    ("one more thing", "one more thing"), ("one more time please", "one more time please"),
    ("one more size up please", "one more size up please"),
    ("hey! thanks for sorting my refund last week. quick q - do you ship to Canada?", "do you ship to Canada?"),
    ("Hi! Where is my order?", "Where is my order?"), ("hi!", "hi!"),
    # nothing after the courtesy, or only another courtesy: the message as it is
    ("thanks!", "thanks!"), ("Thank you so much! That's all I needed.", "Thank you so much! That's all I needed."),
    # not a courtesy: sarcasm, or a thanks inside a sentence
    ("Thanks for nothing. Where is my refund?", "Thanks for nothing. Where is my refund?"),
    ("I said thanks. where is it", "I said thanks. where is it"),
])
def test_the_request_is_read_without_the_courtesy_it_opens_with(text, said):
    assert signals.without_courtesy(text) == said


def test_the_first_question_of_several_keeps_its_back_story_but_not_the_others_words():
    from graph.reasoning.offline.engine import without_parts

    text = "I ordered a coat last week. Do you have the parka in M? Also what's the return policy?"
    assert without_parts(text, ["Do you have the parka in M?"]) == (
        "I ordered a coat last week. Also what's the return policy?")
    assert without_parts("Do you have the parka in M? thanks", ["Do you have the parka in M?"]) == (
        "Do you have the parka in M? thanks")  # too little left: the whole message



@pytest.mark.parametrize(("text", "previous", "language"), [
    ("oui", "fr", "fr"), ("L", "es", "es"), ("42 rue de la Paix, 75002 Paris", "fr", "fr"), ("NB109418", "de", "de"),
    ("oui", None, "en"),  # nothing to go by: English, as alone
    ("yes please, the large one", "fr", "en"),  # English words: the customer switched
    ("gracias", "fr", "es"),  # a message that tells its language keeps it
    ("awesome thank u", "de", "de"), ("thx!!", "pt", "pt"),  # a thanks in txt-speak tells no language
])
def test_a_message_that_cannot_tell_its_language_is_in_the_conversations(text, previous, language):
    assert language_in_conversation(text, previous) == language


@pytest.mark.parametrize("text", ["ok I'll order it", "great, I'll buy it now", "perfect, ordering now",
                                  "ok cool, I'll go ahead and place my order then", "ok that's fine I'll order today"])
def test_the_customers_own_plan_to_buy_closes(text):
    """"ok I'll order it" after a stock answer got the cancellation rules; "I'll order today" the lost-parcel days."""
    assert signals.is_closing(text)


@pytest.mark.parametrize("text", ["I'll order it if you have it in XL?", "I'll order a new one, can you cancel the old one?",
                                  "I ordered it yesterday", "cool, where is my order"])
def test_a_plan_with_a_request_or_an_order_placed_is_no_closing(text):
    assert not signals.is_closing(text)


def test_an_and_before_i_also_starts_another_ask_and_keeps_its_subject():
    # "...and I also want to change my email" was cut after "and I": the order's part was lost beside the account's
    assert signals.split_questions("hello, my order hasn't arrived yet and I also want to change my email address") == [
        "hello, my order hasn't arrived yet", "I also want to change my email address"]
    assert signals.split_questions("where is my order? also do you ship to canada") == [
        "where is my order?", "also do you ship to canada"]
    assert signals.split_questions("I also want to know about returns") == ["I also want to know about returns"]
