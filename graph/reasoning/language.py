"""Which of the brand's languages (EN, ES, FR, DE, PT, IT) a message is written in.

A vote, because real messages are short, mixed and full of handles, links and order numbers: common
function words count one point each, words only one language uses ("gracias", "obrigado", "bestellung")
and its characteristic characters (ñ ¿ ¡, ã õ, ß ä ö ü, œ ê è) count more. The reply goes out in English
unless another language clearly wins, so "hola, where is my order" stays English.

A message the vote cannot place (no English function word, and no word of the other lists or one vote where two
are needed: "tamanho errado, quero trocar") goes to a character n-gram language model (py3langid, restricted to
these six languages), trusted when it is at least MODEL_SURE sure, and only for Latin-script text. On the generated
history's first messages that took the non-English ones read right from 234 to 251 of 272 and moved none of its
4,928 English ones. When the model is unsure too, the support glossaries (glossary/) vote by the words they know:
251 -> 255 of 272, again no English one moved.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from graph.reasoning.text_norm import fold, without_links

LANGUAGES = ("en", "es", "fr", "de", "pt", "it")

# Frequent function words (accent-folded). Shared words ("a", "no", "me", "de") are left out: they cannot vote.
_COMMON = {
    "en": "the my is and i where to it you for of not hi please your this that have was what with can why how when "
    "still been are do get got but on at we be there has did will from they if any would could am im dont its "
    "order package delivery refund just yet "
    # txt-speak ("do ur shoes run true 2 fit? wht's da inseam"): "da" and "do" also vote Portuguese. Not a thanks
    # ("awesome thank u" after a German conversation is still in the conversation's language)
    "ur pls plz wanna gonna gotta about",
    "es": "el los las del mi mis que por para donde esta cuando con una pero muy tengo quiero puedo como porque "
    "hace todavia aun llega llegado ya nada esto eso su sus se lo es y al estoy necesito pedido envio favor "
    "ayuda cuenta hola gracias",
    "fr": "le les mon ma mes est pour avec une je ou pas ne et du des au aux ce cette qui vous nous ai suis mais "
    "toujours recu livraison colis sur dans il elle votre vos commande bonjour merci j n c",
    "de": "der die das mein meine meinen ist und nicht ich wo mit eine ein einen noch habe hab bitte keine kein "
    "warum wann auf fur sie wir ihr paket lieferung schon aber auch wie was zu den dem bei von nach heute immer "
    "geld zuruck leider bekommen erhalten sind wurde wird bestellung hallo danke",
    "pt": "o os meu minha meus nao ainda que por para onde esta quando com uma um mas muito tenho quero posso "
    "como porque chegou entrega voces voce seu sua foi ja isso esse essa nada do da dos das na em ao pedido ola "
    "obrigado obrigada",
    "it": "il gli mio mia miei non ancora che per dove quando con una un ma molto ho voglio posso perche "
    "arrivato consegna sono della del di da nel questo questa pacco rimborso ordine ciao grazie buongiorno "
    "salve niente",
}
_STOPWORDS = {lang: frozenset(words.split()) for lang, words in _COMMON.items()}

# Words that belong to one language only: strong votes, and enough alone in a very short message.
_DISTINCTIVE_WORDS = {
    "es": "hola gracias pedido todavia donde llega llegado quiero necesito ayuda senor senora pues "
    "vale envio devolucion reembolso",
    "fr": "bonjour merci commande colis toujours recu livraison remboursement aujourd hui veux "
    "pourquoi votre vous",
    "de": "hallo danke bestellung paket lieferung bitte nicht ich noch schon leider warum bekommen "
    "erhalten ruckerstattung",
    "pt": "ola obrigado obrigada nao voce voces ainda chegou entrega meu minha encomenda pedido "
    "reembolso",
    "it": "ciao grazie ordine pacco consegna ancora perche buongiorno salve arrivato rimborso "
    "spedizione voglio",
    "en": "the my where please hi hello thanks order still what why",
}
_DISTINCTIVE = {lang: frozenset(words.split()) for lang, words in _DISTINCTIVE_WORDS.items()}
_CHARACTERS = {"es": "ñ¿¡", "pt": "ãõ", "de": "ßäöü", "fr": "œêëîûùâ", "it": "ìò"}
_SHARED_WORDS = {"pedido": ("es", "pt")}  # distinctive of neither alone


def _scores(text: str) -> dict[str, float]:
    words = re.findall(r"[a-z]+", fold(text))
    scores = dict.fromkeys(LANGUAGES, 0.0)
    for word in words:
        for lang in LANGUAGES:
            if word in _STOPWORDS[lang]:
                scores[lang] += 1.0
            if word in _DISTINCTIVE[lang] and _SHARED_WORDS.get(word, (lang,)) == (lang,):
                scores[lang] += 1.0
    lowered = unicodedata.normalize("NFC", text.lower())
    for lang, chars in _CHARACTERS.items():
        scores[lang] += 1.5 * sum(1 for ch in set(lowered) if ch in chars)
    if "ç" in lowered:
        scores["pt"] += 0.75
        scores["fr"] += 0.75
    if "è" in lowered:  # "è" (is) in Italian, "très", "problème" in French
        scores["it"] += 0.75
        scores["fr"] += 0.75
    return scores


MODEL_SURE = 0.9
GLOSSARY_WORDS = 2


@lru_cache(maxsize=1)
def _language_model():
    """py3langid's model over the brand's six languages (0.4 s to load, then ~20 µs a message)."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    model = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    model.set_languages(list(LANGUAGES))
    return model


def warm_language_model() -> None:
    _language_model()
    _any_language_model()


def _model_reading(text: str) -> str | None:
    """The language model's reading when it is sure, else None."""
    words = re.findall(r"[^\W\d_]{2,}", without_links(text))
    letters = [ch for word in words for ch in word]
    latin = sum(unicodedata.name(ch, "").startswith("LATIN") for ch in letters)
    if len(words) < 2 or latin < len(letters) / 2:  # another script is none of the brand's languages
        return None
    try:
        language, probability = _language_model().classify(text)
    except (TypeError, ValueError):  # the model rejects some byte sequences: the vote's English stands
        return None
    return str(language) if probability >= MODEL_SURE else None


def detect_language(text: str) -> str:
    """'en', 'es', 'fr', 'de', 'pt' or 'it'; 'en' when unsure or when English holds the majority."""
    scores = _scores(text)
    voted = _vote(scores)
    if voted == "en" and scores["en"] == 0:  # no English word either: the vote could not place it
        return _model_reading(text) or _glossary_reading(text) or "en"
    return voted


def language_in_conversation(text: str, previous: str | None, found: str | None = None) -> str:
    """The message's language (`found`, when already read), or the conversation's when the message cannot tell
    ("oui", "L", "sí", an address, an order number, in a French or Spanish conversation): replying in English to a
    short answer would switch languages on a customer who never did."""
    found = found or detect_language(text)
    if found == "en" and previous in LANGUAGES and previous != "en" and _scores(text)["en"] == 0:
        return previous
    return found


def _glossary_reading(text: str) -> str | None:
    """The language whose support glossary (glossary/) knows the most of the message's words, when it knows at
    least GLOSSARY_WORDS of them and more than any other does: "Quanto custa o frete?" has no word only
    Portuguese uses and is too short for the model, but three of its four words are Portuguese support words."""
    from graph.reasoning.glossary import known_words  # here: the glossary package reads this module

    counts = known_words(text)
    best = max(counts, key=counts.get)
    runner_up = max(count for lang, count in counts.items() if lang != best)
    return best if counts[best] >= GLOSSARY_WORDS and counts[best] > runner_up else None


def _vote(scores: dict[str, float]) -> str:
    best = max((lang for lang in LANGUAGES if lang != "en"), key=lambda lang: scores[lang])
    runner_up = max(scores[lang] for lang in LANGUAGES if lang not in ("en", best))
    if scores[best] <= scores["en"] or scores[best] <= runner_up:
        return "en"
    # Two votes, or one characteristic character ("¿", "ã") in a message with no English at all.
    return best if scores[best] >= 2 or (scores[best] >= 1.5 and scores["en"] == 0) else "en"


FOREIGN_SURE = 0.85
FOREIGN_MIN_WORDS = 3
_OTHER_SCRIPTS = ("CYRILLIC", "CJK", "HIRAGANA", "KATAKANA", "HANGUL", "ARABIC", "HEBREW", "GREEK", "THAI",
                  "DEVANAGARI", "BENGALI", "TAMIL", "ARMENIAN", "GEORGIAN")


@lru_cache(maxsize=1)
def _any_language_model():
    """py3langid's model over all its languages: to name a language that is none of the brand's."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def outside_languages(text: str) -> str | None:
    """The language of a message written in none of the brand's six ("waar is mijn bestelling?" is Dutch,
    "где мой заказ" Russian): its code, "und" for a script we cannot name; None for anything the engine can
    read, or cannot tell. Latin-script text counts only when the model is FOREIGN_SURE of another language, it
    has FOREIGN_MIN_WORDS words or more, at most a third of them English function words and at most half of them
    capitalised: slang, names, addresses and product codes ("u guyssss r teh best", "Harbor Crew Tee XL",
    "Krzysztof Wiśniewski, ul. Marszałkowska 10") stay with the conversation. The model runs only when these
    cheap tests leave a doubt: most messages never reach it."""
    words = re.findall(r"[^\W\d_]{2,}", without_links(text))
    letters = [ch for word in words for ch in word]
    if not letters:
        return None
    if sum(unicodedata.name(ch, "").startswith(_OTHER_SCRIPTS) for ch in letters) > len(letters) / 2:
        named, probability = _any_language(text)
        return named if probability >= 0.5 and named not in LANGUAGES else "und"
    if len(words) < FOREIGN_MIN_WORDS or detect_language(text) != "en":
        return None
    if sum(word.istitle() for word in words) > len(words) / 2:  # names, streets, products: no language evidence
        return None
    if sum(1 for word in re.findall(r"[a-z]+", fold(text)) if word in _STOPWORDS["en"]) > len(words) / 3:
        return None
    named, probability = _any_language(text)
    return named if probability >= FOREIGN_SURE and named not in (*LANGUAGES, "zxx") else None


def _any_language(text: str) -> tuple[str, float]:
    try:
        named, probability = _any_language_model().classify(text)
    except (TypeError, ValueError):  # the model rejects some byte sequences
        return "und", 0.0
    return str(named), float(probability)

