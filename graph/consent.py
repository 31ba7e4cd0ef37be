"""Is a reply to a proposed order action an explicit yes, a no, or something else?

Deliberately strict: only a short message that is plainly a yes executes an action ("yes", "go
ahead", "confirm", "ok yes go ahead", "sí, adelante", "oui, allez-y", "ja, bitte"). A yes with conditions ("yes but to my
office address"), a question, or anything longer is not consent: the message is answered as a new request, and the
pending action is dropped unless the message asks about the action's own subject (graph/dialogue/pending_question.py).
English, Spanish, French and German.
"""

from __future__ import annotations

import re
import unicodedata

MAX_WORDS = 12

_YES = [
    r"y(es|ep|eah|up|a)", r"sure", r"absolutely", r"of course", r"go ahead", r"go for it", r"do it", r"please do",
    r"(i )?confirm(ed)?", r"(i )?agree", r"proceed", r"please proceed", r"yes please", r"that'?s (right|correct)",
    r"please go ahead",  # "Yes, that's right, please go ahead." (the "please" between two yeses made it none)
    r"(please )?go ahead (and do it|with (it|that|the (return|cancellation|exchange|change|refund)))",
    # es
    r"s[ií]", r"claro", r"adelante", r"de acuerdo", r"conf[ií]rmo", r"confirmado", r"hazlo",
    # fr
    r"oui", r"ouais", r"d'accord", r"daccord", r"vas-y", r"allez-y", r"je confirme", r"confirm[ée]", r"volontiers",
    # de
    r"ja", r"jawohl", r"genau", r"einverstanden", r"best[äa]tig(t|e)?", r"ich best[äa]tige", r"mach(e|en sie)? (das|es)",
    r"in ordnung",
]
# Deliberately not consent: "ok", "thanks", "perfect", "sounds good", "👍" and friends acknowledge a message;
# in replayed history they answered a person's reply, not a proposal. An action needs an explicit yes.
_NO = [
    r"no+", r"nope", r"nah", r"don'?t", r"do not", r"never ?mind", r"nevermind", r"cancel( that| it)?", r"stop",
    r"wait", r"hold on", r"not now", r"no thanks?", r"no thank you", r"i changed my mind", r"changed my mind",
    r"forget it", r"leave it", r"keep it", r"rather not",
    # es
    r"no gracias", r"mejor no", r"olv[ií]dalo", r"espera", r"cancela",
    # fr
    r"non", r"non merci", r"pas maintenant", r"laisse tomber", r"attends", r"annule",
    # de
    r"nein", r"nein danke", r"lieber nicht", r"doch nicht", r"warte", r"vergiss es", r"abbrechen",
]
# Said after an explicit yes, never consent alone ("yes, that's what I want"; "sounds good" alone stays no answer).
_AFTER_YES = [
    r"(that )?sounds? (good|great|perfect|right|fine)", r"that'?s (what i want(ed)?|fine|great|perfect|good)",
    r"let'?s do (it|that)", r"i'?d like that", r"ok(ay)?", r"great", r"perfect", r"thanks?( you)?( so much)?",
    r"(thanks|thank you) for (your|the) help",
    r"then",  # "ok go ahead then", after a question about the proposal was answered
]
# The proposed action named again after the yes, with a verb that can only mean doing it ("yes start it", "yes, please
# process the return"; the verb of one action, "yes cancel it", only for that action: _SAID_AGAIN). Read only while an
# action waits for the answer: with nothing proposed, "Yes, please proceed with the exchange. Thank you!" asks for one.
_RESTATED = (r"(please )?(go ahead and )?(start|process|submit|open|create|set up|do|make|complete|finali[sz]e|"
             r"proceed with) (it|that|this|them|the (return|exchange|cancellation|change|refund|swap))( (now|for me))?")
# What one proposed action is called, said again after the yes ("yes cancel it" confirms a cancellation only: after
# a proposed return it is a new request). Keys are the action tools' names (tools/oms/actions).
_SAID_AGAIN = {
    "cancel_order": r"cancel", "start_return": r"return|send (it|them) back", "exchange_item": r"exchange|swap",
    "change_address": r"change|update", "refund": r"refund",
}
# Said before an explicit yes or no, never an answer alone: "ok yes go ahead", "alright, yes please", "ok no, leave it".
_BEFORE_ANSWER = [r"ok(ay)?", r"alright", r"all right", r"right", r"great", r"perfect", r"cool", r"(that )?sounds? good",
               r"hmm+", r"vale", r"bueno", r"bon", r"gut"]
_THANK_WORDS = r"thanks|thank you|thx|gracias|merci|danke"
_FILLER = rf"({_THANK_WORDS}|please|por favor|s'il vous pla[iî]t|bitte)"


def _phrase(words: list[str], after: list[str] | None = None, before: list[str] | None = None) -> re.Pattern[str]:
    unit = "|".join(words)
    head = rf"(?:(?:{'|'.join(before)})[\s,.!]*)*" if before else ""
    tail = rf"(?:(?:{'|'.join(after)})[\s,.!]*)*" if after else ""
    return re.compile(rf"^{head}(?:(?:{unit})[\s,.!]*)+{tail}(?:{_FILLER})?$")


_YES_RE, _NO_RE = _phrase(_YES, _AFTER_YES, _BEFORE_ANSWER), _phrase(_NO, before=_BEFORE_ANSWER)
_YES_TO = {action: _phrase(_YES, [*_AFTER_YES, _RESTATED,
                                  rf"(please )?({verb}) (it|that|this|them|the order|my order)( (now|for me))?"],
                           _BEFORE_ANSWER) for action, verb in _SAID_AGAIN.items()}


def normalise(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).lower().strip()
    text = re.sub(r"[’`]", "'", text)
    text = re.sub(r"[!.,;:¡]+", " ", text)
    return re.sub(r"\s+", " ", text).strip()


def read_consent(text: str, action: str | None = None) -> str | None:
    """'yes', 'no' or None (not a plain answer: treat it as a new message). With the proposed action's name (an action
    waits for the answer), a yes that names doing it ("yes start it", "yes cancel it") is a yes too."""
    cleaned = normalise(text or "")
    if not cleaned or "?" in cleaned or len(cleaned.split()) > MAX_WORDS:
        return None
    if " but " in f" {cleaned} " or " pero " in f" {cleaned} " or " mais " in f" {cleaned} " or " aber " in f" {cleaned} ":
        return None
    if _NO_RE.match(cleaned):
        return "no"
    if _YES_RE.match(cleaned) or (action in _YES_TO and _YES_TO[action].match(cleaned)):
        return "yes"
    return None


# "Cancel please", "cancel it": with nothing waiting for an answer, a request to cancel, not a no.
_CANCEL = re.compile(r"^(?:(?:ok(?:ay)?|please|pls)\s+)?cancel(?:\s+(?:it|that))?\b")


def asks_to_cancel(text: str) -> bool:
    """The plain answer is the word cancel: with nothing waiting for a yes or no, the customer asks for a cancellation
    ("cancel please" got "There's nothing waiting for your confirmation"). English only: "annule" alone reads as
    nothing the engine can place, where "nothing is waiting" at least says what the agent knows."""
    return bool(_CANCEL.match(normalise(text or "")))


_THANKS = re.compile(rf"\b({_THANK_WORDS}|thank|obrigad[oa]|grazie)\b")


def thanks_too(text: str) -> bool:
    """A yes that also thanks ("Yes, that sounds perfect. Thank you!"): with nothing waiting for a yes it is a
    goodbye, not a confirmation gone astray."""
    return bool(_THANKS.search(normalise(text or "")))


# "Yes, that's right", "correct": a fact confirmed, not an offer taken up ("shall I pass you to a person?" is answered
# by a yes that wants something: "yes", "yes please", "go ahead").
_FACT_CONFIRMED = re.compile(r"^(?:(?:y(?:es|ep|eah|up|a)|ok(?:ay)?)\s+)?(?:that'?s|that is|thats|it'?s|it is)\s+"
                             r"(?:right|correct)(?:\s+(?:thanks?|thank you))?$|^(?:correct|exactly|right)$")


def confirms_a_fact(text: str) -> bool:
    """A yes that only says what was said is right ("yes, that's right"), wanting nothing done."""
    return bool(_FACT_CONFIRMED.match(normalise(text or "")))


def awaits_yes(proposal: dict | None) -> bool:
    """A proposed order action the customer can confirm (not one only a person may take)."""
    return bool(proposal and proposal.get("kind") == "proposal" and not proposal.get("needs_person"))
