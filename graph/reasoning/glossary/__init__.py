"""An English gloss of a message written in another of the brand's languages, for the intent model to read.

Why: the sentence encoder (MiniLM) reads English, and the history holds few tickets in each other language, so
"¿cuál es su política de devoluciones?" read as it is gets a shipping reading at 0.29 and goes to a person,
while "what is your policy of returns?" reads as return_policy at 1.00. A word-for-word gloss from a glossary
of support vocabulary (orders, parcels, returns, refunds, accounts, sizes, and the little words around them)
keeps the customer's word order and loses grammar, but the encoder reads meaning from the content words.
This is dictionary-based query translation, as in cross-language retrieval; the glossaries were written from
the intents' vocabulary, one file per language. The gloss is read where English is needed (the intent model,
help-center search, the choice of an article's sentences); every other part of the turn sees the customer's
own text, and the reply goes out in their language.
"""

from __future__ import annotations

import hashlib
import re

from graph.reasoning.glossary import de, es, fr, it, pt
from graph.reasoning.language import detect_language
from graph.reasoning.text_norm import fold

GLOSSARIES: dict[str, dict[str, str]] = {"es": es.WORDS, "fr": fr.WORDS, "de": de.WORDS, "pt": pt.WORDS, "it": it.WORDS}
LONGEST_ENTRY = max(len(key.split()) for words in GLOSSARIES.values() for key in words)
# A word, with a French or Italian elision kept on the word it shortens ("n'", "l'", "dov'": an apostrophe
# with a letter right after it; a closing quotation mark, as in "it says 'en tránsito'", is a sign), a
# number, or a sign.
_TOKEN = re.compile(r"[a-z]+'(?=[a-z])|[a-z]+(?:-[a-z]+)*|\d+|[^\sa-z\d]")


# A pronoun written onto the verb before it (Spanish and Italian "devolverlo", "restituirlo", Portuguese
# "devolvê-lo"): the verb's gloss and the pronoun's.
_ENCLITIC = re.compile(r"([a-z]+?)-?(los|las|les|lo|la|le|li|gli|me|mi|te|ti|nos|ci|se|si|ne)")
_PRONOUNS = {"lo": "it", "la": "it", "le": "it", "gli": "it", "los": "them", "las": "them", "les": "them", "li": "them",
             "me": "me", "mi": "me", "nos": "us", "ci": "us"}
_INFINITIVE = ("ar", "er", "ir", "are", "ere", "ire")


def _with_enclitic(token: str, words: dict[str, str]) -> str | None:
    """The gloss of an infinitive with a pronoun attached, or None: the verb must be a glossary infinitive (Italian
    drops its final -e before the pronoun; Portuguese writes "devolvê-lo" for "devolver" + "o")."""
    found = _ENCLITIC.fullmatch(token)
    if not found:
        return None
    verb, pronoun = found.groups()
    for infinitive in (verb, verb + "e", verb + "r"):
        if infinitive in words and infinitive.endswith(_INFINITIVE):
            return f"{words[infinitive]} {_PRONOUNS.get(pronoun, '')}".strip()
    return None


def _entries(tokens: list[str], words: dict[str, str]):
    """The message's tokens read left to right, longest glossary entry first: (tokens covered, their gloss or
    None for a token the glossary does not know)."""
    at = 0
    while at < len(tokens):
        for size in range(min(LONGEST_ENTRY, len(tokens) - at), 0, -1):
            phrase = " ".join(tokens[at: at + size])
            if phrase in words:
                yield tokens[at: at + size], words[phrase]
                at += size
                break
        else:
            yield tokens[at: at + 1], _with_enclitic(tokens[at], words)
            at += 1


def english_reading(text: str, language: str | None = None) -> str:
    """The text glossed into English words when it is in Spanish, French, German, Portuguese or Italian;
    the text itself otherwise (English, or a language without a glossary)."""
    words = GLOSSARIES.get(language or detect_language(text))
    if words is None:
        return text
    glossed: list[str] = []
    for covered, gloss in _entries(_TOKEN.findall(fold(text)), words):
        if gloss is None:
            glossed.extend(covered)
        elif gloss:
            glossed.append(gloss)
    return " ".join(glossed)


def known_words(text: str) -> dict[str, int]:
    """For each glossary's language, how many of the message's words it has: words of three letters or more
    that are not English as well ("item", "stock", "email" gloss to themselves; "a", "com" are short). Words
    inside a phrase entry count too: "iniciar sesion" is two Spanish words, though neither is an entry alone."""
    tokens = _TOKEN.findall(fold(text))
    return {language: sum(sum(1 for token in covered if len(token) >= 3)
                          for covered, gloss in _entries(tokens, words)
                          if gloss is not None and gloss != " ".join(covered))
            for language, words in GLOSSARIES.items()}


def glossary_digest() -> str:
    """Changes when any glossary does: the intent model trained on glosses is retrained then."""
    digest = hashlib.sha256((_TOKEN.pattern + _ENCLITIC.pattern).encode())
    for language in sorted(GLOSSARIES):
        digest.update(repr(sorted(GLOSSARIES[language].items())).encode())
    return digest.hexdigest()[:16]
