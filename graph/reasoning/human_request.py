"""Does the customer explicitly ask for a person (or a way to reach one, or to complain formally)?

The labelling guide's definition: a person, supervisor, manager, phone number, callback, chat agent,
an address to write to, or how to lodge a complaint. People ask for one in a handful of ways in every
language, and the patterns are grouped by those ways rather than by phrases seen somewhere:
  - talk to a person ("speak to a manager", "hablar con alguien", "mit einem Menschen sprechen");
  - be put through to one ("connect me with support", "pásenme con un agente", "verbinden Sie mich");
  - be contacted ("call me back", "DM me", "have someone email me", "contactez-moi", "rufen Sie mich an");
  - a way to reach one (a phone number, a live chat, an address to write to);
  - waiting for one ("on hold for a supervisor");
  - refusing the bot ("stop the bot", "not a robot", "ich will keinen Bot");
  - a formal complaint or escalation.
Mentioning staff ("your agent said it shipped", "the courier tried to call me", "had a chat with
support") is not asking for one, nor is asking where to turn about someone else's service ("who do I
contact about my card?") or "check your DMs" (a message already sent), nor a negated request ("I don't
need a human", "no need to call me", "pas besoin de m'appeler", "ich brauche keinen Rückruf"): each
clause is read on its own, and a request is dropped when the words just before it take it back or
report someone else's attempt.
"""

from __future__ import annotations

import re

from graph.reasoning.bot_question import asks_who_answers
from graph.reasoning.text_norm import any_of, fold

_STAFF = (
    r"(?:human|person|someone|somebody|agent|rep|representative|manager|supervisor|operator|staff|team\s+member|"
    r"advisor|adviser|customer\s+(?:service|support|care)(?:\s+(?:rep(?:resentative)?|agent|team))?|real\s+one|"
    r"live\s+agent|boss|senior|support(?:\s+team)?|specialist|employee|member\s+of\s+(?:your|the)\s+team|"
    r"(?:someone|somebody)\s+(?:from|on|in)\s+(?:your|the)\s+team)"
)
_THE = r"(?:a|an|some|your|the|ur|one\s+of\s+your)?\s*(?:real\s+|actual\s+|live\s+|human\s+)?"
# Being contacted by a person; "email me the invoice" asks for a document, so it counts only with a person named.
_CALL_ME = r"(?:contact|call|ring|phone|dm|pm|reach\s+out\s+to|get\s+in\s+touch\s+with)\s+me"
_CONTACT_ME = (
    r"(?:contact|call|ring|phone|email|e-mail|text|message|dm|pm|reach\s+out\s+to|get\s+back\s+to|"
    r"get\s+in\s+touch\s+with)\s+me"
)

_REQUEST = any_of(
    # English: talk to a person
    rf"(?:speak|talk|chat)\s+(?:to|with)\s+{_THE}{_STAFF}",
    r"real\s+(?:human|person|people)|actual\s+(?:human|person)",
    r"live\s+(?:chat\s+)?(?:agent|person|rep)\s*(?:please|pls|plz|now|asap|\W*$)",
    r"(?:is\s+there|do\s+you\s+have|where\s+is|where'?s|how\s+do\s+i\s+(?:get|start|open|reach)|can\s+i\s+(?:get|have|use))"
    r"\s+(?:a|an|the|your)?\s*(?:live\s+chat|chat\s+agent|live\s+agent|live\s+person)",
    r"human\s+(?:agent|being|please|pls|plz|support)",
    r"(?:i\s+(?:want|need|demand|would\s+like)|can\s+i\s+(?:have|get)|let\s+me\s+(?:speak|talk))\s+(?:to\s+)?"
    r"(?:a|an|the|your)\s+(?:real\s+|actual\s+)?(?:human|person|manager|supervisor|representative|agent|operator|"
    r"advisor|adviser)(?!\s+(?:to|who|that)\s+(?:said|told|was|were|is))",
    rf"(?:want|need|like)\s+(?:someone|somebody|a\s+(?:real\s+)?(?:person|human)|{_THE}(?:manager|supervisor))\s+"
    r"(?:from\s+your\s+team\s+)?to\s+(?:look\s+(?:at|into)|check|help|handle|deal\s+with|review|sort)",
    # ...or asked whether one will: "can someone look into it then?", "could somebody check this for me?" (not "can
    # someone help me?", which any opener says)
    r"(?:can|could|would|will)\s+(?:someone|somebody|a\s+(?:real\s+)?(?:person|human)|one\s+of\s+your\s+team)\s+"
    r"(?:please\s+)?(?:look\s+(?:at|into)|check|investigate|handle|deal\s+with|review|sort|get\s+back\s+to|call|"
    r"contact|email|ring)",
    # English: be put through to one
    rf"(?:get|give|connect|transfer|put|pass|patch|forward|escalate)\s+me\s+(?:to|through\s+to|with|over\s+to)?\s*{_THE}{_STAFF}",
    rf"(?:get|have|put)\s+{_THE}{_STAFF}\s+on\s+the\s+(?:phone|line)",
    rf"(?:on\s+hold|waiting|holding|in\s+(?:the\s+)?(?:queue|line))\s+(?:for|to\s+(?:speak|talk)\s+(?:to|with))\s+{_THE}"
    rf"{_STAFF}",
    r"(?:waiting|wait)\s+(?:for|on)\s+(?:a|the|my|your)\s+call\s?back",
    # English: be contacted
    rf"(?:please|pls|plz|kindly|can\s+you|could\s+you|would\s+you|will\s+you|just|urgently|someone\s+pls)\s+{_CALL_ME}",
    rf"^\W*(?:{_CALL_ME})",
    rf"{_THE}{_STAFF}\s+(?:to\s+|please\s+|could\s+|can\s+|should\s+)?{_CONTACT_ME}",
    r"(?:dm|pm)\s+me|send\s+(?:me\s+)?(?:a\s+)?(?:dm|pm|direct\s+message|private\s+message)|"
    r"(?:can|could|may|shall|should)\s+i\s+(?:dm|pm|private\s+message)\s+(?:you|u)",
    # English: a way to reach one
    r"(?:what(?:'s|\s+is)?|whats|is\s+there|give\s+me|send\s+me|need|share|provide|find|have|get)\s+"
    r"(?:a|an|the|your|any)\s+(?:customer\s+service\s+|support\s+|contact\s+|complaints?\s+)?"
    r"(?:phone|telephone|contact|helpline)\s+number|(?:phone|telephone)\s+number\s+(?:to|i\s+can)\s+(?:call|ring|use)",
    r"(?:number|line)\s+(?:to|i\s+can)\s+(?:call|ring|phone)|can\s+i\s+(?:call|ring|phone)\s+(?:you|someone|somebody|anyone)",
    r"how\s+(?:do|can)\s+i\s+(?:call|phone|ring|reach|contact|get\s+hold\s+of|get\s+through\s+to)\s+"
    r"(?:you|someone|somebody|a\s+person|a\s+human|customer\s+service|support|your\s+team|a\s+live\s+person|an?\s+agent)",
    # not "did you call me?" (asks who called); "can you call me" is said above
    r"(?<!you\s)(?<!did\s)call\s+me(?:\s+back)?(?!\s+(?:when|if|once|before|after|crazy|old))|ring\s+me(?:\s+back)?|"
    r"phone\s+me",
    r"(?:request|want|need|get|arrange|book|schedule|have|like|please)\s+(?:a\s+)?call\s?back",
    r"(?:someone|somebody|anyone)\s+(?:to\s+)?(?:please\s+)?(?:call|contact|ring|phone|email|reach\s+out\s+to|"
    r"get\s+back\s+to|get\s+in\s+touch\s+with)\s+me",
    r"drop\s+me\s+(?:a\s+line|an?\s+(?:email|message|dm))|get\s+in\s+touch\s+with\s+me",
    r"(?:what|which)\s+(?:is\s+the\s+|'s\s+the\s+)?(?:e-?mail)(?:\s+address)?\s+(?:do|can|should)\s+i\s+"
    r"(?:write|send|email|use|contact)",
    r"e-?mail\s+address\s+(?:to|i\s+can|for)\s+(?:write|send|contact|complain|email|reach|complaints?)",
    r"(?:can|could)\s+i\s+(?:email|write\s+to)\s+(?:someone|somebody|a\s+person|a\s+manager|your\s+team)",
    # English: a formal complaint or escalation
    r"how\s+(?:do|can|would)\s+i\s+(?:lodge|file|make|submit|raise|log|register)\s+(?:a|an)\s+(?:formal\s+|official\s+)?"
    r"complaint",
    r"(?:who|where)\s+(?:can|do|should)\s+i\s+complain|(?:who|where)\s+(?:can|do|should)\s+i\s+(?:lodge|file|make|submit|"
    r"raise|send|log)\s+(?:a|an|my)\s+(?:formal\s+|official\s+)?complaint|(?:want|like|need)\s+to\s+(?:lodge|file|make|submit|raise|log)\s+"
    r"(?:a|an)\s+(?:formal\s+|official\s+)?complaint|formal\s+complaint",
    r"escalate\s+(?:this|it|my\s+(?:case|complaint|issue|ticket)|please|pls|plz|now|asap)|(?:please|pls|plz)\s+escalate|"
    r"(?:need|get|want)\s+corporate\s+involved|"
    r"(?:contact|speak\s+to|talk\s+to)\s+corporate",
    # Spanish
    r"hablar\s+con\s+(?:una\s+persona|un\s+humano|un[ao]?\s+agente|alguien|un[ao]?\s+supervisor\w*|un[ao]?\s+encargad[oa]|"
    r"el\s+encargado|un[ao]?\s+responsable|el\s+gerente|un[ao]?\s+asesor\w*|un[ao]?\s+operador\w*|atencion\s+al\s+cliente)",
    r"(?:persona|agente|humano)\s+(?:real|de\s+verdad)|(?:me\s+pueden|pueden|podrian|puede)\s+llamar(?:me)?|llamenme|"
    r"(?:cual\s+es\s+el|dame\s+el|tienen|hay\s+un|su)\s+(?:numero\s+de\s+telefono|telefono\s+de\s+contacto)",
    r"(?:hay|existe)\s+alguien\s+(?:con\s+quien|que\s+(?:me\s+)?(?:pueda|atienda|ayude|llame))",
    r"(?:pasame|paseme|pasenme|ponme|pongame|ponganme|comuniqueme|comuniquenme|transfiereme|transfierame|transfieranme)\s+con",
    r"me\s+(?:pasas|pasa|pasan|pones|pone|ponen|comunicas|comunica|comunican|(?:puedes|puede|pueden|podrias|podria)\s+"
    r"(?:pasar|poner|comunicar|transferir))\s+con",
    r"(?:alguien|un\s+agente|una\s+persona|un\s+asesor)\s+(?:que\s+)?me\s+(?:llame|contacte|escriba|llamen|contacten)|"
    r"contactenme|contacteme|escribanme|llameme|me\s+(?:pueden|puede|podrian|podria)\s+(?:contactar|escribir)",
    r"(?:poner|presentar|hacer)\s+una\s+(?:queja|reclamacion)|hoja\s+de\s+reclamaciones|donde\s+(?:puedo\s+)?"
    r"(?:reclamar|quejarme)",
    # French
    r"parler\s+(?:a|avec)\s+(?:quelqu'un|(?:un|une|un\s+vrai|une\s+vraie|le|au)\s*(?:humain|personne|conseill\w+|"
    r"agent|responsable|superviseur|operat\w+))",
    r"(?:vrai|vraie)\s+(?:humain|personne|conseill\w+|agent)|rappelez[\s-]moi|me\s+rappeler|appelez[\s-]moi|"
    r"(?:votre|un|le)\s+numero\s+de\s+(?:telephone|contact)",
    r"(?:passez|passe|mettez|mets|transferez|transfere)[\s-]moi\s+(?:en\s+relation\s+avec\s+|avec\s+|a\s+)?"
    r"(?:un|une|le|la|quelqu'un|votre|au|un\s+vrai)",
    r"m'appeler|me\s+contacter|contactez[\s-]moi|ecrivez[\s-]moi|(?:quelqu'un|un\s+conseiller)\s+(?:pour\s+)?m'appelle",
    r"(?:faire|deposer|adresser)\s+une\s+reclamation|(?:ou|a\s+qui)\s+(?:puis-je|je\s+peux)\s+(?:me\s+plaindre|"
    r"reclamer|adresser\s+une\s+reclamation)",
    # German
    r"mit\s+(?:einem|einer|jemandem|ihrem|dem)\s*(?:echten\s+|richtigen\s+)?(?:menschen|mitarbeiter\w*|person|"
    r"vorgesetzten|manager|berater\w*|sachbearbeiter\w*|kundenservice)?\s*(?:sprechen|reden)",
    r"(?:ihren|einen|den)\s+(?:vorgesetzten|chef|manager|teamleiter|mitarbeiter)\s+(?:sprechen|haben|ans\s+telefon)",
    r"echte[nr]?\s+(?:menschen|mitarbeiter\w*|person)|rufen\s+sie\s+mich\s+(?:bitte\s+)?(?:zuruck|an)|ruckruf|"
    r"(?:ihre|eine|die)\s+telefonnummer",
    r"(?:verbinden|stellen)\s+sie\s+mich\s+(?:bitte\s+)?(?:mit|zu|durch)|(?:verbinde|verbindet|stell)\s+mich\s+(?:bitte\s+)?"
    r"(?:mit|zu|durch)",
    r"mich\s+(?:\w+\s+){0,2}(?:zuruckrufen|anrufen|kontaktieren)|kontaktieren\s+sie\s+mich|melden\s+sie\s+sich\s+"
    r"(?:bitte\s+)?bei\s+mir",
    r"(?:wo|wie)\s+(?:kann\s+ich\s+mich|beschwere\s+ich\s+mich)\s+beschweren|beschwerde\s+(?:einreichen|einlegen)|"
    r"(?:offiziell|formell)\w*\s+(?:beschwer\w*|reklamation)|mich\s+(?:offiziell|formell)\s+beschweren",
    # Portuguese
    r"falar\s+com\s+(?:alguem|(?:um|uma|algum|o|a)\s+(?:atendente|humano|pessoa|supervisor\w*|gerente|"
    r"responsavel|operador\w*))",
    r"atendente\s+humano|pessoa\s+real|me\s+liguem|(?:podem|pode)\s+me\s+ligar|ligar\s+para\s+mim|"
    r"(?:o|qual\s+o|um)\s+numero\s+de\s+telefone",
    r"fazer\s+uma\s+reclamacao|(?:onde|como)\s+(?:posso\s+|eu\s+)?reclamar",
    # Italian
    r"parlare\s+con\s+(?:qualcuno|(?:un|una|il|un\s+vero)\s+(?:operatore|operatrice|persona|umano|responsabile|"
    r"supervisore|addetto))",
    r"operatore\s+umano|persona\s+reale|richiamatemi|(?:mi\s+potete|potete|puo)\s+(?:chiamare|richiamare)|"
    r"(?:il|un)\s+numero\s+di\s+telefono",
    r"(?:fare|presentare|sporgere)\s+(?:un\s+)?reclamo|(?:dove|come)\s+(?:posso\s+)?(?:fare\s+)?reclamo",
)
# Refusing the bot is a request for a person even though it is said with a negation.
_NOT_A_BOT = any_of(
    r"(?:not|no|never)\s+(?:a|an|another|the|some|this|your)?\s*(?:stupid\s+|automated\s+)?(?:bot|robot|chat\s?bot|machine)s?",
    r"(?:don'?t|dont|do\s+not)\s+want\s+(?:to\s+(?:talk|speak|chat)\s+(?:to|with)\s+)?(?:a|an|the|your|this|some)?\s*"
    r"(?:stupid\s+|automated\s+)?(?:bot|robot|chat\s?bot|machine|ai|automated\s+(?:replies|answers|system))",
    r"stop\s+(?:the|this|your)?\s*(?:bot|robot|chat\s?bot|automated\s+(?:replies|answers|messages))|no\s+more\s+bots?",
    r"no\s+quiero\s+(?:hablar\s+con\s+)?(?:un|una|el|este|la)\s+(?:robot|bot|maquina|chatbot)|no\s+(?:un|una)\s+(?:robot|bot|maquina)",
    r"pas\s+(?:un|une|le|ce|a\s+un)\s+(?:robot|bot|machine)|(?:ne|n')\s*veux\s+pas\s+(?:parler\s+a\s+)?(?:un|une|le|ce)\s+"
    r"(?:robot|bot|machine)",
    r"kein(?:en)?\s+(?:bot|roboter|chatbot|computer|maschine)|nicht\s+(?:mit\s+)?(?:einem|dem)\s+(?:bot|roboter|chatbot)",
)
_ONE_WORD = re.compile(
    r"^\W*(?:(?:please|pls|plz|por\s+favor|bitte|per\s+favore|s'il\s+vous\s+plait)\s+)?"
    r"(?:human|agent|representative|operator|person|manager|supervisor|escalate|humano|humain|mensch|operatore|atendente|"
    r"mitarbeiter(?:in)?|einen\s+mitarbeiter|ein(?:en)?\s+menschen)"
    r"(?:\s+(?:please|pls|plz|por\s+favor|s'il\s+vous\s+plait|bitte|per\s+favore))?\W*$"
)
# A request the same clause takes back: "I don't need a human", "no need to call me", "no me llamen",
# "pas besoin de m'appeler", "Sie müssen mich nicht anrufen". "why don't you..." is a request, not a negation.
_NEGATION = any_of(
    r"(?<!why\s)(?:don'?t|dont|do\s+not)|doesn'?t|does\s+not|didn'?t|no\s+need|not\s+necessary|needn'?t|never|"
    r"not\s+(?:asking|looking)|without|no\s+one\s+needs|nobody\s+needs",
    # Spanish "no" before a verb or pronoun; a bare "no" is also the English answer ("no I want a person")
    r"no\s+(?:necesito|necesitamos|quiero|queremos|hace\s+falta|es\s+necesario|me|nos|les?|los|las|lo|la|tienen|tiene|"
    r"deben|debe|hace|hagan|pueden|puede)|nunca|sin\s+necesidad|innecesario",
    r"ne|n'|pas\s+besoin|inutile|jamais|sans",
    r"nicht|kein\w*|nie|ohne|niemand\w*",
)
_NEGATION_REACH = 6  # words before a request that can take it back; run-on messages carry unrelated "never"s
# Someone else's attempt or promise, reported: "the courier tried to call me", "he said he'd call me back".
_REPORTED = re.compile(
    r"(?:tried|tries|trying|attempted|will|would|'ll|'d|supposed|promised|meant|going|gonna|forgot|failed|refused|"
    r"devait|va|allait|wollte|sollte|wird)\s+(?:to\s+|de\s+)?$"
)
# Someone else who is to call: "so the courier can call me", "the driver could ring me when he's outside".
_SOMEONE_ELSE = re.compile(
    r"(?:courier|driver|carrier|postman|postie|mailman|delivery\s+(?:guy|man|person|driver|company))\s+"
    r"(?:can|could|will|would|may|might|is\s+able\s+to|needs?\s+to)\s+$"
)
# "chat"/"talk" as a noun tells of a past conversation: "had a long chat with support", "after my talk with a rep".
_NOUN_BEFORE = re.compile(
    r"(?:a|the|my|our|your|this|that|ended|had|finished|after|during|long|previous|last|live|quick|good|nice)\s+$"
)
_TALK_AS_NOUN = re.compile(r"(?:chat|talk)\s")
_BEING_CONTACTED = re.compile(r"(?:contact|call|ring|phone|email|e-mail|text|message|dm|pm|reach|get|m'|me\s)")
# Talking about one's own contact details is not asking to be contacted.
_OWN_DETAILS = any_of(
    r"(?:change|update|changed|updated|new|wrong|remove|delete)\s+(?:my\s+)?(?:phone|telephone|mobile)\s+number"
)
_CLAUSE_BREAK = re.compile(r"[,.;:!?\n]+|\s+(?:but|pero|mais|aber|ma|just|solo|juste|nur)\s+")


def _clause_requests(clause: str) -> bool:
    if _NOT_A_BOT.search(clause):
        return True
    for match in _REQUEST.finditer(clause):
        before = clause[: match.start()]
        near = " ".join(before.split()[-_NEGATION_REACH:])
        if _NEGATION.search(f"{near} {match.group(0)}"):
            continue
        if (_REPORTED.search(before) or _SOMEONE_ELSE.search(before)) and _BEING_CONTACTED.match(match.group(0)):
            continue
        if _NOUN_BEFORE.search(before) and _TALK_AS_NOUN.match(match.group(0)):
            continue
        if _OWN_DETAILS.search(clause) and "number" in match.group(0):
            continue
        return True
    return False


def wants_human(text: str) -> bool:
    if asks_who_answers(text):  # "are you a real person?" asks who is answering (graph/reasoning/bot_question.py)
        return False
    folded = fold(text)
    if _ONE_WORD.match(folded):
        return True
    return any(_clause_requests(clause) for clause in _CLAUSE_BREAK.split(folded) if clause.strip())
