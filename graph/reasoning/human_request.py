"""Does the customer explicitly ask for a person (or a way to reach one, or to complain formally)?

The labelling guide's definition: a person, supervisor, manager, phone number, callback, chat agent,
an address to write to, or how to lodge a complaint. Mentioning staff ("your agent said it shipped",
"I changed my phone number") is not asking for one, so every pattern is a request form.
"""

from __future__ import annotations

import re

from graph.reasoning.text_norm import any_of, fold

_STAFF = (
    r"(?:human|person|someone|somebody|agent|rep|representative|manager|supervisor|operator|staff|team\s+member|"
    r"advisor|adviser|customer\s+service(?:\s+rep(?:resentative)?)?|real\s+one|live\s+agent|boss|senior)"
)

_REQUEST = any_of(
    # English: speak / talk / chat with a person, a manager, a supervisor
    rf"(?:speak|talk|chat)\s+(?:to|with)\s+(?:a|an|some|your|the|ur)?\s*(?:real\s+|actual\s+|live\s+|human\s+)?{_STAFF}",
    r"real\s+(?:human|person|people)|actual\s+(?:human|person)",
    r"live\s+(?:agent|person|rep)\s*(?:please|pls|plz|now|asap|\W*$)",
    r"(?:is\s+there|do\s+you\s+have|where\s+is|where'?s|how\s+do\s+i\s+(?:get|start|open|reach)|can\s+i\s+(?:get|have|use))"
    r"\s+(?:a|an|the|your)?\s*(?:live\s+chat|chat\s+agent|live\s+agent|live\s+person)",
    r"human\s+(?:agent|being|please|pls|plz|support)|not\s+a\s+(?:bot|robot)|stop\s+(?:the\s+)?bot|no\s+more\s+bots?",
    rf"(?:get|give|connect|transfer|put|pass|escalate)\s+me\s+(?:to|through\s+to|with)?\s*(?:a|an|the|your)?\s*"
    rf"(?:real\s+)?{_STAFF}",
    r"(?:i\s+(?:want|need|demand|would\s+like)|can\s+i\s+(?:have|get)|let\s+me\s+(?:speak|talk))\s+(?:to\s+)?"
    r"(?:a|an|the|your)\s+(?:real\s+|actual\s+)?(?:human|person|manager|supervisor|representative)",
    r"(?:what(?:'s|\s+is)?|whats|is\s+there|give\s+me|send\s+me|need|share|provide|find|have|get)\s+"
    r"(?:a|an|the|your|any)\s+(?:customer\s+service\s+|support\s+|contact\s+|complaints?\s+)?"
    r"(?:phone|telephone|contact|helpline)\s+number",
    r"(?:number|line)\s+(?:to|i\s+can)\s+(?:call|ring|phone)|can\s+i\s+(?:call|ring|phone)\s+(?:you|someone|somebody|anyone)",
    r"how\s+(?:do|can)\s+i\s+(?:call|phone|ring|reach|contact|get\s+hold\s+of|get\s+through\s+to)\s+"
    r"(?:you|someone|somebody|a\s+person|a\s+human|customer\s+service|support|your\s+team)",
    r"call\s+me(?:\s+back)?(?!\s+(?:when|if|once|before|after|crazy|old))|ring\s+me(?:\s+back)?|phone\s+me",
    r"(?:request|want|need|get|arrange|book|schedule|have|like|please)\s+(?:a\s+)?call\s?back",
    r"(?:someone|somebody|anyone)\s+(?:to\s+)?(?:please\s+)?(?:call|contact|ring|phone|email|reach\s+out\s+to|"
    r"get\s+back\s+to|get\s+in\s+touch\s+with)\s+me",
    r"drop\s+me\s+(?:a\s+line|an?\s+(?:email|message|dm))|get\s+in\s+touch\s+with\s+me",
    r"(?:what|which)\s+(?:is\s+the\s+|'s\s+the\s+)?(?:e-?mail)(?:\s+address)?\s+(?:do|can|should)\s+i\s+"
    r"(?:write|send|email|use|contact)",
    r"e-?mail\s+address\s+(?:to|i\s+can|for)\s+(?:write|send|contact|complain|email|reach|complaints?)",
    r"(?:can|could)\s+i\s+(?:email|write\s+to)\s+(?:someone|somebody|a\s+person|a\s+manager|your\s+team)",
    r"how\s+(?:do|can|would)\s+i\s+(?:lodge|file|make|submit|raise|log|register)\s+(?:a|an)\s+(?:formal\s+|official\s+)?"
    r"complaint",
    r"(?:who|where)\s+(?:can|do|should)\s+i\s+complain|(?:want|like|need)\s+to\s+(?:lodge|file|make|submit|raise|log)\s+"
    r"(?:a|an)\s+(?:formal\s+|official\s+)?complaint|formal\s+complaint",
    r"escalate\s+(?:this|it|my\s+(?:case|complaint|issue|ticket))|(?:need|get|want)\s+corporate\s+involved|"
    r"(?:contact|speak\s+to|talk\s+to)\s+corporate",
    # Spanish
    r"hablar\s+con\s+(?:una\s+persona|un\s+humano|un\s+agente|alguien|un\s+supervisor|un\s+encargado|el\s+encargado|"
    r"un\s+responsable|el\s+gerente|un\s+asesor|una\s+asesora|un\s+operador)",
    r"(?:persona|agente|humano)\s+real|(?:me\s+pueden|pueden|podrian|puede)\s+llamar(?:me)?|llamenme|"
    r"(?:cual\s+es\s+el|dame\s+el|tienen|hay\s+un|su)\s+(?:numero\s+de\s+telefono|telefono\s+de\s+contacto)",
    r"(?:poner|presentar|hacer)\s+una\s+(?:queja|reclamacion)|hoja\s+de\s+reclamaciones|donde\s+(?:puedo\s+)?"
    r"(?:reclamar|quejarme)|pasame\s+con|paseme\s+con|ponganme\s+con",
    # French
    r"parler\s+(?:a|avec)\s+(?:quelqu'un|(?:un|une|un\s+vrai|une\s+vraie|le|au)\s*(?:humain|personne|conseill\w+|"
    r"agent|responsable|superviseur|operat\w+))",
    r"(?:vrai|vraie)\s+(?:humain|personne)|rappelez[\s-]moi|me\s+rappeler|appelez[\s-]moi|"
    r"(?:votre|un|le)\s+numero\s+de\s+(?:telephone|contact)",
    r"(?:faire|deposer|adresser)\s+une\s+reclamation|(?:ou|a\s+qui)\s+(?:puis-je|je\s+peux)\s+(?:me\s+plaindre|"
    r"reclamer|adresser\s+une\s+reclamation)",
    # German
    r"mit\s+(?:einem|einer|jemandem|ihrem|dem)\s*(?:echten\s+|richtigen\s+)?(?:menschen|mitarbeiter\w*|person|"
    r"vorgesetzten|manager|berater\w*|sachbearbeiter\w*)?\s*(?:sprechen|reden)",
    r"echte[nr]?\s+(?:menschen|mitarbeiter\w*|person)|rufen\s+sie\s+mich\s+(?:bitte\s+)?an|ruckruf|"
    r"(?:ihre|eine|die)\s+telefonnummer",
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
_ONE_WORD = re.compile(
    r"^\W*(?:human|agent|representative|operator|person|manager|supervisor|humano|humain|mensch|operatore|atendente)"
    r"(?:\s+(?:please|pls|plz|por\s+favor|s'il\s+vous\s+plait|bitte|per\s+favore))?\W*$"
)
# Talking about one's own contact details is not asking to be contacted.
_OWN_DETAILS = any_of(
    r"(?:change|update|changed|updated|new|wrong|remove|delete)\s+(?:my\s+)?(?:phone|telephone|mobile)\s+number"
)


def wants_human(text: str) -> bool:
    folded = fold(text)
    if _ONE_WORD.match(folded):
        return True
    match = _REQUEST.search(folded)
    return bool(match) and not (_OWN_DETAILS.search(folded) and "number" in match.group(0))
