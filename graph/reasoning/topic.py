"""Whether a message says what it is about, or only greets, points back or asks for help.

"What can I do?", "Hi, I have a question", "hola, necesito ayuda" name no subject: read as a second
question they add nothing (the offline engine drops them), and as a whole first message they are an
opener the agent answers by asking what it is about, as a person at a help desk would, instead of
guessing an intent from "help" or handing a greeting to a person.
"""

from __future__ import annotations

import re

from graph.reasoning.text_norm import fold, has_link

# Words that greet, ask, point back or ask for help without naming a subject, in the six languages the agent
# answers in (accent-folded, apostrophes dropped: "what's" -> "whats", "j'ai" -> "jai").
_POINTING_WORDS = frozenset((  # noqa: SIM905 (one readable run of words per language)
    # English
    "a about advice advise afternoon am an and any anyone anything are as assist assistance at be bit but can could day "
    "did do does doing else evening for from get go going good great happen happening happens has have having "
    "hello help here hey hi hope hoping how i idea ideas if im is issue issues it just let little me more morning "
    "my need needs next now of on or out please pls plz problem problems question questions quick should so some "
    "someone something sort suggest supposed tell thank thanks that the then there these this those to today "
    "trying u update updates us was we were what whats when where which who why will with wonder wondering would "
    "you your test testing revert kindly asap earliest "
    # Spanish
    "hola buenas buenos dias tardes noches necesito ayuda ayudar ayudarme ayudame puedes pueden podrian puede "
    "tengo una uno pregunta preguntas duda dudas consulta problema por favor alguien con algo quiero saber "
    # French
    "bonjour bonsoir salut jai ai une un besoin aide daide aider maider pouvez vous pourriez svp stp plait sil il "
    "quelquun quelque chose probleme de je "
    # German
    "hallo guten tag morgen abend ich habe eine ein frage fragen brauche hilfe konnen konnten sie mir helfen "
    "bitte jemand etwas "
    # Portuguese
    "ola oi bom boa tarde noite preciso ajuda ajudar podem pode tenho pergunta duvida alguem voces "
    # Italian
    "ciao buongiorno buonasera salve ho domanda bisogno aiuto aiutarmi aiutare potete potreste per favore "
    "qualcuno qualcosa "
).split())


def _words(text: str) -> set[str]:
    """The words of a text, folded, apostrophes dropped, links and @handles out."""
    return set(re.findall(r"[^\W\d_]+", fold(text).replace("'", "")))


# What a question asks of something named before it: "How long does it take?", "how much will it cost?", "is that
# normal?" after "Still no refund on my card." ask about the refund, not about shipping times. ("When will it
# arrive?" names the delivery: a question of its own.) A bound asks of it too: "can I pay with Klarna and is there
# a minimum?" asks Klarna's minimum (alone, the model read it as a sizing question and a size chart was quoted).
# "Is something wrong?" after "it still says processing" asks what is wrong with that order (read alone, it was a
# wrong item, and the order went to a person as a tier-2 claim).
_ASKED_OF_WHAT_CAME_BEFORE = frozenset((  # noqa: SIM905 (one readable run of words)
    "long much many often soon take takes taking took cost costs work works usually normally normal its they "
    "them minimum maximum min max limit limits longer wrong").split())


def names_a_topic(part: str) -> bool:
    """Whether a sentence of a message says what it is about, with at least one word beyond greeting, asking,
    pointing back, asking for help and asking of what came before (a @handle or a link names the channel, not
    the subject)."""
    return bool(_words(part) - _POINTING_WORDS - _ASKED_OF_WHAT_CAME_BEFORE)


# Alone, "Any updates?" asks after the customer's order (a context-free follow-up), not for help in general.
_ASKS_FOR_NEWS = frozenset({"update", "updates", "news", "novedades", "nouvelles", "neuigkeiten", "novidades", "novita"})


_ONLY_PUNCTUATION = re.compile(r"\s*[?!.¿¡…]+[\s?!.¿¡…]*")


def is_bare_opener(text: str) -> bool:
    """A message with words in it but no subject anywhere ("Hello?", "Can you help me please", "Bonjour, j'ai
    une question"), or only asks for attention ("???"). A link is content elsewhere (a photo, a post), a number is content here (a size, an amount:
    "the 32 then"): never an opener."""
    if has_link(text) or re.search(r"\d", text):
        return False
    words = _words(text)
    if not words:  # "???", "@brand ...": wanting attention, saying nothing yet
        return bool(_ONLY_PUNCTUATION.fullmatch(fold(text)))
    return not (words & _ASKS_FOR_NEWS) and words <= _POINTING_WORDS
