"""Which detail of an account a customer asks to change, and whether a help-center answer speaks of that detail.

"how do I change my name on my account? I got married" was answered "Sign in, go to Account > Profile and enter the
new email", "I moved, how do I update my address in my account" the same, and "can I remove my saved card" got how to
delete the whole account: the nearest article was about another detail, and every word of the question (name,
address, card) was somewhere in it. A reply that tells how to change one detail does not tell how to change another,
so when the question asks to change a detail and the quoted sentences name another and not it, the help center does
not answer (the reply says so and offers a person). Text is folded first (text_norm.fold).
"""

from __future__ import annotations

import re

from graph.reasoning.readings import tier_one_moved_to
from graph.reasoning.text_norm import fold

ACCOUNT_HELP = "account_help"

# English, then the brand's other languages (folded: "número de teléfono" is "numero de telefono")
_DETAILS = {
    "email": r"e-?mail(?:\s+address)?|correo(?:\s+electronico)?|courriel|adresse\s+e-?mail",
    "password": r"password|passcode|pass\s+word|contrasena|mot\s+de\s+passe|passwort|senha",
    # a number: "I changed my phone" is a device
    "phone": r"(?:phone|mobile|cell|telephone)\s*(?:number|no\b\.?|#)|numero\s+(?:de\s+|di\s+)?(?:telefono|movil|celular|"
             r"telephone|portable|telefone|cellulare)|telefonnummer|handynummer",
    "name": r"(?:first|last|full|user|sur|maiden|display)\s*name|(?:my|the|his|her|account'?s?)\s+name|"
            r"(?:mi|el)\s+(?:nombre|apellido)|(?:mon|le)\s+nom|(?:meinen|mein|den)\s+(?:namen|nachnamen)|"
            r"(?:meu|o|il\s+mio|il)\s+(?:nome|cognome)",
    "address": r"(?:saved|default|billing|home|account|profile)\s+address(?:es)?|address\s+book|(?:my|the)\s+address"
               r"(?=.{0,30}\b(?:account|profile)\b)|(?:mi|la)\s+direccion(?=.{0,30}\b(?:cuenta|perfil)\b)|"
               r"(?:mon|l')\s*adresse(?=.{0,30}\b(?:compte|profil)\b)|(?:meine|die)\s+adresse(?=.{0,30}\b(?:konto|profil)\b)",
    "card": r"(?:saved|stored|old|expired)\s+(?:credit\s+|debit\s+)?cards?|cards?\s+(?:details|on\s+file)|"
            r"(?:saved|stored)\s+payment(?:\s+method)?s?|(?:my|a|new|the)\s+(?:credit\s+|debit\s+)?card(?=.{0,40}"
            r"\b(?:account|profile)\b)|tarjeta\s+guardada|carte\s+enregistree|gespeicherte\s+karte|cartao\s+salvo",
    "birthday": r"birthday|birth\s*date|date\s+of\s+birth|dob|fecha\s+de\s+nacimiento|cumpleanos|"
                r"date\s+de\s+naissance|anniversaire|geburtsdatum|geburtstag|data\s+de\s+nascimento|data\s+di\s+nascita",
}
_PATTERNS = {detail: re.compile(rf"(?<![a-z])(?:{words})(?![a-z])") for detail, words in _DETAILS.items()}
# a change asked for (never "I changed my email": the customer did it): the verb, then the detail within a few words
_CHANGE = (r"(?:change|changing|update|updating|edit|editing|correct|fix|remove|removing|delete|deleting|replace|add|"
           r"adding|new|cambiar|actualizar|modificar|corregir|changer|modifier|mettre\s+a\s+jour|corriger|andern|"
           r"aktualisieren|korrigieren|alterar|atualizar|mudar|cambiare|aggiornare|modificare)")
# ...or the detail said to be out of date ("my card expired, how do I add the new one?")
_OUT_OF_DATE = r"\s+(?:has\s+|is\s+)?(?:expired|wrong|incorrect|misspelled|spelled\s+wrong|out\s+of\s+date)"
_TO_CHANGE = {detail: re.compile(rf"(?<![a-z]){_CHANGE}\W+(?:[\w']+\W+){{0,4}}?(?:{words})(?![a-z])|"
                                 rf"(?<![a-z])(?:{words}){_OUT_OF_DATE}(?![a-z])")
              for detail, words in _DETAILS.items()}


def details_named(text: str) -> set[str]:
    """The account details the text names."""
    folded = fold(text or "")
    return {detail for detail, pattern in _PATTERNS.items() if pattern.search(folded)}


def detail_to_change(text: str) -> set[str]:
    """The details the message asks to change ("update my phone number": phone), empty when it asks to change none."""
    folded = fold(text or "")
    return {detail for detail, pattern in _TO_CHANGE.items() if pattern.search(folded)}


def answers_another_detail(question: str, answer: str) -> bool:
    """The answer tells of another account detail than the one the question asks to change, and not of that one."""
    asked = detail_to_change(question)
    if not asked:
        return False
    said = details_named(answer)
    return bool(said) and not asked & said


# where the detail lives: the account, not an order ("update the address on my order" is an address change)
_ON_THE_ACCOUNT = re.compile(r"(?<![a-z])(?:account|profile|my\s+details|account\s+settings|cuenta|perfil|compte|"
                             r"profil|konto|conta|profilo)(?![a-z])")
_ABOUT_AN_ORDER = re.compile(r"(?<![a-z])(?:orders?|parcels?|packages?|deliver\w*|shipp\w*|charg\w*|refund\w*|paid|"
                             r"declined|bought|purchase\w*|pedido|commande|bestellung|encomenda|ordine)(?![a-z])")


def read_detail_change(probs: dict[str, float], text: str) -> dict[str, float]:
    """The distribution with all its mass on the account reading, when the message asks to change a detail of the
    account and speaks of no order (a tier-1 reading: what a person must see stays so): "can I change my date of birth on my profile" was read as a cancellation."""
    folded = fold(text or "")
    if not detail_to_change(text) or not _ON_THE_ACCOUNT.search(folded) or _ABOUT_AN_ORDER.search(folded):
        return probs
    return tier_one_moved_to(probs, ACCOUNT_HELP)  # "someone changed the email on my account" is a takeover
