"""Which language a reply is written in, for the reply-language figure.

graph.reasoning.signals.detect_language only separates the four languages the demo brand serves and says
'en' when unsure; scoring replies needs to tell a Portuguese or Italian reply from an English one too.
This is a stopword vote over the most frequent function words of seven European languages (generic lists,
not drawn from any evaluation row); 'und' when the text has too few words to tell.
"""

from __future__ import annotations

import re


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


STOPWORDS: dict[str, frozenset[str]] = {
    "en": _words(
        "the a an and or but is are was were be been to of in on for with at by from this that it you your "
        "we our i my me not have has can will would please here there what when where how"
    ),
    "es": _words(
        "el la los las un una y o pero es son fue ser estar está están de del en con por para que este esta "
        "su sus tu tus nosotros mi mis no tiene puede aquí dónde cuándo cómo qué gracias hola pedido"
    ),
    "fr": _words(
        "le la les un une et ou mais est sont été être de du des en dans sur pour avec par ce cette que qui "
        "vous votre vos nous notre je mon ma mes ne pas avez peut ici où quand comment merci bonjour "
        "commande"
    ),
    "de": _words(
        "der die das ein eine einen und oder aber ist sind war sein zu von im in auf für mit bei aus dieser "
        "diese dass sie ihr ihre wir unser ich mein meine nicht haben hat kann wird bitte hier wo wann wie "
        "danke hallo bestellung"
    ),
    "pt": _words(
        "o a os as um uma e ou mas é são foi ser estar está de do da dos das em no na com por para que este "
        "esta seu sua você vocês nós meu minha não tem pode aqui onde quando como obrigado obrigada olá "
        "pedido"
    ),
    "it": _words(
        "il lo la i gli le un una e o ma è sono era essere di del della in con per da che questo questa suo "
        "sua tuo noi mio mia non ha può qui dove quando come grazie ciao ordine"
    ),
    "nl": _words(
        "de het een en of maar is zijn was worden te van in op voor met bij uit deze dit dat u uw jij je wij "
        "ons ik mijn niet heeft kan wordt alstublieft hier waar wanneer hoe bedankt hallo bestelling"
    ),
}
MIN_WORDS = 3
_WORD = re.compile(r"[a-zà-öø-ÿß]+", re.IGNORECASE)
_URL = re.compile(r"https?://\S+|www\.\S+|@\w+")


def detect_language(text: str | None) -> str:
    """ISO 639-1 code of the best-scoring language; 'und' below MIN_WORDS words or with no stopword hit.
    Ties go to English (the store's default language), then to the listed order."""
    words = [w.lower() for w in _WORD.findall(_URL.sub(" ", text or ""))]
    if len(words) < MIN_WORDS:
        return "und"
    scores = {lang: sum(w in stop for w in words) for lang, stop in STOPWORDS.items()}
    best = max(scores, key=lambda lang: (scores[lang], lang == "en"))
    return best if scores[best] > 0 else "und"


def own_words(reply: str | None) -> str:
    """The reply without what it quotes in English after saying so: a help-center passage runs from the note
    ("Nuestro artículo de ayuda está en inglés; esto es lo que dice:") to the end of its line, an order
    system's details from their note to the next blank line. The reply-language figure scores what the agent
    wrote in its own words; a quote announced as English is the 'clear note' the issue asks for, not a miss."""
    from graph.reasoning.phrases import PHRASES

    text = reply or ""
    for key, to_blank_line in (("article_in_english", False), ("order_details_in_english", True)):
        for note in filter(None, PHRASES[key].values()):
            end = r"(?:\n[^\n]+)*" if to_blank_line else r"[^\n]*"
            text = re.sub(re.escape(note) + end, note, text)
    return text

