"""The English gloss of messages in the brand's other languages, and the intent model reading by it."""

from __future__ import annotations

import re
import zlib

import numpy as np
import pytest

from graph.reasoning.glossary import _TOKEN, GLOSSARIES, english_reading, glossary_digest
from graph.reasoning.offline.intent_model import IntentModel
from graph.reasoning.text_norm import fold


@pytest.mark.parametrize(
    ("text", "english_words"),
    [
        ("¿Cuál es su política de devoluciones?", {"what", "policy", "returns"}),
        ("me cobraron dos veces", {"charged", "two", "times"}),
        ("no puedo iniciar sesión", {"not", "sign in"}),
        ("¿tienen descuento para estudiantes?", {"student", "discount"}),
        ("mon code promo ne marche pas", {"code", "does not work"}),
        ("olá, vocês entregam em Portugal?", {"do you deliver", "portugal"}),
        ("Mon colis n'est toujours pas arrivé", {"my", "parcel", "not", "still", "arrived"}),
        ("je voudrais retourner un article", {"i would like", "return", "item"}),
        ("Ich kann mich nicht anmelden", {"can", "not", "sign in"}),
        ("Wie lange dauert der Versand nach Österreich?", {"how long", "shipping"}),
        ("cadê meu pedido?", {"where is", "my", "order"}),
        ("dov'è il mio ordine?", {"where is", "my", "order"}),
        ("je n'ai pas reçu l'adresse aujourd'hui", {"not", "received", "address", "today"}),
        ("Liefert ihr auch nach Österreich?", {"deliver", "austria"}),
        ("Spedite in Svizzera?", {"ship", "switzerland"}),
        ("¿Envían a Suiza?", {"ship", "switzerland"}),
        ("Ciao, posso restituire un articolo in saldo?", {"can i", "return", "on sale"}),
        ("Puis-je retourner un article en solde ?", {"can i", "return", "on sale"}),
        ("le solde de ma carte cadeau", {"gift card"}),  # a balance, not a sale: only "en solde" is
        ("je n'arrive pas à me connecter", {"i can not", "log in"}),  # not a parcel arriving
        # goods sent back, refunded or worn, said in the past
        ("devolví un pedido hace dos semanas y no me han reembolsado", {"i returned", "order", "refunded"}),
        ("Kann ich Schuhe zurückgeben, die ich schon getragen habe?", {"return", "worn"}),
        ("non sono stato rimborsato, l'ho restituito", {"refunded", "returned"}),
        ("devolvi a encomenda e não fui reembolsado", {"i returned", "refunded"}),
        ("des chaussures portées une fois", {"worn"}),
        # can't get into the account
        ("Não consigo entrar na minha conta", {"i can not", "log in"}),
        ("Non riesco ad entrare nel mio account", {"i can not", "log in"}),
        ("Je n'arrive pas à entrer dans mon compte", {"i can not", "log in"}),
        ("Ich komme nicht in mein Konto", {"can not get into", "account"}),
        # "not can i" read as a question: Spanish and French say what they can't do before the verb
        ("No puedo entrar en mi cuenta, dice contraseña incorrecta", {"i can not log in", "password"}),
        ("je ne peux pas me connecter", {"can not log in"}),
        # a wait that has lasted, not "I wait since" (read as a refund awaited)
        ("Ich warte seit zwei Wochen", {"i have been waiting for"}),
        ("J'attends depuis deux semaines", {"i have been waiting for"}),
        ("Aspetto da due settimane", {"i have been waiting for"}),
        ("Estoy esperando desde hace dos semanas", {"waiting for"}),
        ("Estou esperando há duas semanas", {"waiting for"}),
    ],
)
def test_a_message_in_another_language_is_glossed_into_english_words(text, english_words):
    glossed = english_reading(text)
    for words in english_words:
        assert re.search(rf"\b{words}\b", glossed), (text, glossed)


@pytest.mark.parametrize("text", ["Where is my order NB104233?", "waar is mijn bestelling?", "🙂", ""])
def test_english_and_languages_without_a_glossary_are_read_as_written(text):
    assert english_reading(text) == text


def test_the_language_given_is_the_one_glossed():
    assert english_reading("pedido", "es") == "order"
    assert english_reading("pedido", "en") == "pedido"


def test_every_glossary_entry_can_match_a_folded_message():
    for language, words in GLOSSARIES.items():
        for key in words:
            assert key == fold(key), (language, key)
            # as a customer writes it: "s'il vous plait", and an elision always before a word ("j'ai")
            written = key.replace("' ", "'") + ("x" if key.endswith("'") else "")
            assert " ".join(_TOKEN.findall(written)) == key + (" x" if key.endswith("'") else ""), (language, key)


@pytest.mark.parametrize(
    ("text", "english"),
    [
        ("mi seguimiento dice 'en tránsito'", "in transit"),
        ("Was bedeutet 'Zustellausnahme' bei meiner Sendung?", "delivery exception"),
        ("cosa significa 'in giacenza'?", "held at depot"),
    ],
)
def test_a_word_in_quotation_marks_is_glossed_like_any_other(text, english):
    glossed = english_reading(text)
    assert english in glossed and "'" in glossed, glossed  # the quotation mark stays a sign of its own


def test_the_digest_follows_the_glossaries(monkeypatch):
    before = glossary_digest()
    monkeypatch.setitem(GLOSSARIES, "es", {**GLOSSARIES["es"], "zapatilla": "trainer"})
    assert glossary_digest() != before


def _bag_of_words(texts: list[str]) -> np.ndarray:
    """A stand-in sentence encoder that, like MiniLM, reads English words and not others."""
    vectors = np.zeros((len(texts), 64), np.float32)
    for row, text in enumerate(texts):
        for word in re.findall(r"[a-z]+", text.lower()):
            vectors[row, zlib.crc32(word.encode()) % 64] += 1.0
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return vectors / np.where(norms == 0, 1.0, norms)


ENGLISH = {
    "order_status": ["where is my order", "where is my parcel", "has my order shipped", "status of my order"] * 3,
    "account_help": ["i can not sign in", "reset my password", "i can not log in to my account",
                     "my account password"] * 3,
}


def test_the_intent_model_reads_another_language_by_its_gloss(monkeypatch):
    from graph.reasoning.offline import intent_model

    monkeypatch.setattr(intent_model, "_default_encoder", _bag_of_words)
    texts = [text for texts in ENGLISH.values() for text in texts]
    labels = [name for name, texts in ENGLISH.items() for _ in texts]
    model = IntentModel.train(texts, labels, encode=_bag_of_words)
    assert model.reads_glosses
    assert model.predict("¿dónde está mi pedido?")[0] == "order_status"
    assert model.predict("ich kann mich nicht anmelden")[0] == "account_help"
    # A model pickled before glosses existed has no such attribute and reads texts as written.
    spanish = ["¿dónde está mi pedido?"]
    glossed = model.margins(spanish)
    del model.__dict__["reads_glosses"]
    np.testing.assert_allclose(model.margins([english_reading(spanish[0])]), glossed, atol=1e-9)
    assert not np.allclose(model.margins(spanish), glossed)


@pytest.mark.parametrize(
    ("text", "language", "english"),
    [
        ("¿puedo devolverlo si no me queda bien?", "es", "return it"),
        ("quiero cambiarlas por una talla M", "es", "change them"),
        ("posso restituirlo se non mi sta bene?", "it", "return it"),
        ("posso devolvê-lo?", "pt", "return it"),
    ],
)
def test_a_pronoun_written_onto_an_infinitive_is_glossed_with_it(text, language, english):
    assert english in english_reading(text, language)


def test_only_a_glossary_infinitive_takes_a_pronoun():
    # "bola" is not "bo" + "la", "pelo" not "pe" + "lo": no such verbs in the glossary
    assert english_reading("la bola y el pelo", "es").split()[1:2] == ["bola"]


@pytest.mark.parametrize("text, language", [
    ("quiero devolver todo excepto el abrigo", "es"), ("je veux retourner tout sauf le manteau", "fr"),
    ("ich möchte alles außer dem Mantel zurückschicken", "de"), ("quero devolver tudo exceto o casaco", "pt"),
    ("voglio restituire tutto tranne il cappotto", "it"),
])
def test_all_but_one_item_is_read_as_such_in_each_language(text, language):
    from tools.oms.item_match import excluded_items, named_items

    reading = english_reading(text, language)
    assert named_items(reading) == [] and [i.stems for i in excluded_items(reading)][0] >= {"coat"}, reading


@pytest.mark.parametrize("text, language", [
    ("¿cómo lavo el jersey?", "es"), ("comment laver le pull ?", "fr"), ("Wie wasche ich den Pullover?", "de"),
    ("como lavo a camisola?", "pt"), ("come lavo il maglione?", "it"),
])
def test_washing_questions_are_read_in_each_language(text, language):
    assert "wash" in english_reading(text, language).split()


@pytest.mark.parametrize(("text", "language"), [
    ("Ich habe mein Passwort vergessen", "de"), ("He olvidado mi contraseña", "es"),
    ("J'ai oublié mon mot de passe", "fr"), ("Ho dimenticato la password", "it"), ("Esqueci minha senha", "pt"),
])
def test_a_forgotten_password_reads_as_one(text, language):
    reading = english_reading(text, language)
    assert "forgot" in reading and "password" in reading, reading


@pytest.mark.parametrize(("text", "language", "part"), [
    ("Tengo 100 cm de pecho", "es", "chest"), ("J'ai un tour de poitrine de 104 cm", "fr", "chest"),
    ("für 32 Bundweite", "de", "waist"), ("ho 96 cm di torace", "it", "chest"), ("tenho 100 cm de peito", "pt", "chest"),
])
def test_body_measures_read_as_the_parts_a_size_chart_names(text, language, part):
    assert part in english_reading(text, language)



@pytest.mark.parametrize(("text", "language"), [
    ("¿me pueden decir cuándo llega mi pedido?", "es"), ("Pouvez-vous me dire où est mon colis ?", "fr"),
    ("Können Sie mir sagen, wo mein Paket ist?", "de"), ("Potete dirmi dove si trova il mio pacco?", "it"),
    ("Podem me dizer onde está a minha encomenda?", "pt"),
])
def test_a_question_asked_as_tell_me_keeps_its_verb(text, language):
    """"Can you tell me when it arrives" read as "can you [unknown word] when": the unknown verb alone moved the
    Spanish one to a shipping reading at 0.37, and it went to a person."""
    assert "tell" in english_reading(text, language).split()


@pytest.mark.parametrize(("text", "language", "reading"), [
    ("Ciao, il mio ordine è in ritardo, potete controllare?", "it", "my order is late , can you check ?"),
    ("mi pedido llega tarde, pueden revisarlo?", "es", "my order arrives late , can you check it ?"),
    ("ma commande est en retard, vous pouvez vérifier ?", "fr", "my order is late , you can check ?"),
    ("meine Bestellung ist verspätet, können Sie nachsehen?", "de", "my order is delayed , can you check ?"),
    ("a minha encomenda está atrasada, podem verificar?", "pt", "my order is delayed , can you check ?"),
])
def test_a_late_order_asked_to_be_checked_reads_as_one(text, language, reading):
    """"il mio ordine è in ritardo, potete controllare?" read as "my order and late, can you controllare?": the folded
    "è" is "and", and the verb to check was unknown in five languages; it was read as a cancellation at 0.98."""
    assert english_reading(text, language).endswith(reading)


@pytest.mark.parametrize(("text", "language", "words"), [
    ("hola, tengo un problema con mi pedido", "es", "i have a problem with my order"),
    ("bonjour, j'ai un problème avec ma commande", "fr", "i have a problem with my order"),
    ("ho un problema con il mio ordine", "it", "i have a problem with my order"),
    ("¿me pueden enviar la factura de mi último pedido?", "es", "send the invoice of my last order"),
    ("¿cobran aduanas si pido desde España?", "es", "charge customs"),
    ("Muss ich Zoll zahlen?", "de", "customs"),
])
def test_a_problem_an_invoice_and_customs_are_read(text, language, words):
    """"tengo un problema con mi pedido" read as "i have a problema with my order": the problem said but not what went
    unread, and "¿cobran aduanas...?" went to a person at 0.25."""
    assert words in english_reading(text, language)
