"""Did the customer reach out before, by another channel or earlier, and get nowhere?

frustration.py lists the set phrases of repeated contact ("third time I ask", "nobody answers my emails").
People more often tell it as a small story: what they did, then what came of it. "I tried phoning but can't
get through", "emailed you last week, still nothing", "the agent I spoke to said it would be sorted, it
hasn't been", "j'ai déjà envoyé un mail, rien". So the story is read in two parts, in the customer's own
words and in six languages:

- an attempt the customer made: called, emailed, wrote, chatted, was on hold, was told or promised;
- within the next few clauses, what came of it: no answer, nobody picked up, could not get through, the line
  went dead, still nothing, it was never done.

Either part alone is not a failed contact: "I emailed you my order number" and "still nothing from the
courier" are not. A few failures carry the attempt inside them ("I was hung up on", "your line is always
busy", "on hold for an hour"). The attempt must be the customer's: "the courier tried calling me" is not.
Text is folded first (text_norm.fold): patterns are lower-case, without accents, with straight quotes.
"""

from __future__ import annotations

from graph.reasoning.text_norm import any_of, fold

# The customer as subject, or a message that starts with the verb ("emailed you last week, nothing").
# (after a full stop the match starts past it: the patterns are bounded by non-letters, and "done." ends in one)
_ME = (r"(?:(?:^|(?<=[.!?;:,])\s*|\b(?:and|but|so|also)\s+)|\b(?:i|we)(?:'ve|'d|\s+have|\s+had)?"
       r"(?:\s+(?:already|also|just|even|previously|literally|actually|tried|both))*\s+)")
_CHANNEL = r"(?:e-?mails?|messages?|dms?|complaints?|forms?|requests?|tickets?|letters?|texts?|tweets?)"
_ATTEMPT_EN = (
    rf"{_ME}(?:called|rang|phoned|emailed|e-mailed|messaged|dm'?d|dmed|tweeted|texted|contacted|chased|"
    r"wrote|written|chatted|spoke|spoken|talked|"
    rf"sent\s+(?:\w+\s+){{0,4}}?{_CHANNEL}|(?:filled\s+(?:in|out)|submitted|raised|opened|logged)\s+(?:\w+\s+){{0,2}}?"
    r"(?:form|ticket|request|complaint|case)|"
    r"tried\s+(?:calling|phoning|ringing|emailing|messaging|contacting|chatting|to\s+(?:call|phone|ring|email|contact|"
    r"reach|get\s+through|get\s+hold|chat|speak|talk))|"
    r"(?:been|was|were|sat|spent\s+\w+\s+\w+)\s+on\s+(?:hold|the\s+phone|the\s+line|(?:live\s+)?chat)|"
    r"(?:was|were|been|got)\s+(?:told|promised|assured|given\s+a\s+(?:ticket|case|reference)))"
    r"|(?:agent|person|rep|representative|advisor|adviser|lady|guy|man|woman|someone|staff\s+member)\s+(?:i|we)\s+"
    r"(?:spoke|talked|chatted|dealt)\s+(?:to|with)"
    # ...or a contact promised to the customer: "you promised to call me back", "someone was supposed to email me"
    r"|(?:you|u|they|someone|somebody|an?\s+(?:agent|rep|manager)|your\s+(?:team|agent|staff|rep|colleague))\s+"
    r"(?:promised|said\s+(?:you|they|someone|he|she)?\s*(?:would|'d|will)|(?:was|were)\s+supposed)\s+(?:to\s+)?"
    r"(?:call|ring|phone|email|e-mail|contact|get\s+back|reply|respond|message|text)"
)
_FAILED_EN = (
    r"(?:no(?:body|\s+one|one)\s+(?:\w+\s+)?(?:answer|pick|picked|repl|respon|got\s+back|gets\s+back|call|rang|"
    r"came|bother|contact|has|ever|even|help)|"
    r"no\s+(?:reply|replies|response|answer|call\s*back|callback|luck|joy|news|word)\b|"
    r"nothing(?:\s+(?:yet|since|back|at\s+all|happened|has\s+happened|was\s+done|has\s+been\s+done|changed|"
    r"from\s+(?:you|them)))?\s*(?:[.!?,;:]|$)|"
    r"still\s+(?:nothing|no\b|not|haven'?t|hasn'?t|waiting|don'?t|didn'?t|hearing\s+nothing)|"
    r"(?:can'?t|cannot|couldn'?t|could\s+not|unable\s+to|never)\s+(?:\w+\s+)?(?:get\s+through|get\s+hold|"
    r"reach\s+(?:anyone|anybody|you|a\s+person)|get\s+an?\s+(?:answer|reply|response))|"
    r"(?:line|call|chat|phone)\s+(?:just\s+)?(?:went\s+dead|dropped|cut\s+off|got\s+cut|disconnected|ended)|"
    r"(?:cut|hung)\s+(?:me\s+)?(?:off|up)|disconnect\w*|"
    r"(?:never|haven'?t|have\s+not|hasn'?t|has\s+not|didn'?t|did\s+not)\s+(?:\w+\s+)?(?:heard|got\s+back|"
    r"called\s+back|rang\s+back|replied|responded|answered|happened|arrived|came|been\s+(?:done|sorted|fixed|"
    r"resolved|processed|refunded))|"
    r"(?:it|this|that|they)\s+(?:still\s+)?(?:hasn'?t|has\s+not|haven'?t|have\s+not|wasn'?t|was\s+not|didn'?t|"
    r"did\s+not)(?:\s+been)?\s*(?:[.!?,;:]|$)|"
    r"(?:still|not|never)\s+(?:been\s+)?(?:fixed|sorted|resolved|done)|ignored|(?:never|nobody|no\s+one|noone)\s+did\b|"
    r"for\s+(?:over\s+|nearly\s+|almost\s+)?(?:an?\s+|\d+\s*|two\s+|three\s+|forty\s+)(?:hours?|hrs?|minutes?|mins?)\b)"
)
# Failures that carry their attempt inside them.
_SELF_CONTAINED_EN = (
    r"(?:was|got|been|keep\s+getting|kept\s+getting)\s+hung\s+up\s+on|hung\s+up\s+on\s+(?:me|us)|"
    r"(?:phone\s+|help\s*|customer\s+service\s+)?(?:line|number|helpline)s?\s+(?:is|are|was|were)\s+"
    r"(?:always\s+|constantly\s+|permanently\s+|just\s+)?(?:busy|engaged|dead)|"
    r"(?:chat|call|line)\s+(?:keeps?|kept)\s+(?:disconnecting|dropping|cutting\s+(?:me\s+)?off|crashing)|"
    r"on\s+hold\s+for\s+(?:over\s+|nearly\s+|almost\s+)?(?:an?\s+|\d+\s*|two\s+|three\s+)(?:hours?|hrs?|minutes?|mins?)"
)

_ATTEMPT_OTHER = (
    # Spanish / French / German / Portuguese / Italian: a call, a mail or a message sent
    r"(?:llame|he\s+llamado|escribi|he\s+escrito|envie|he\s+enviado|mande|he\s+mandado|contacte|he\s+contactado|"
    r"hable\s+con|me\s+dijeron|me\s+prometieron)",
    r"(?:j'ai|nous\s+avons|on\s+a)\s+(?:deja\s+|plusieurs\s+fois\s+)?(?:appele|ecrit|envoye|contacte|telephone|relance|"
    r"parle|ete\s+mis\s+en\s+attente)|on\s+m'a\s+(?:dit|promis)",
    r"(?:habe|hab|haben)\s+(?:[\w-]+\s+){0,4}?(?:angerufen|geschrieben|gemailt|kontaktiert|geschickt|gesendet|telefoniert|"
    r"nachgefragt)|(?:mir\s+wurde|man\s+hat\s+mir)\s+(?:\w+\s+){0,2}?(?:gesagt|versprochen)",
    r"(?:liguei|escrevi|mandei|enviei|falei\s+com|entrei\s+em\s+contato|contatei|me\s+disseram|me\s+prometeram)",
    r"(?:ho\s+)?(?:gia\s+)?(?:chiamato|scritto|telefonato|contattato|mandato|inviato)|mi\s+(?:hanno|avevano)\s+"
    r"(?:detto|promesso)",
)
_FAILED_OTHER = (
    r"(?:nadie|nada|sin\s+respuesta|ninguna\s+respuesta|sigo\s+(?:esperando|sin)|no\s+(?:me\s+)?(?:han\s+|ha\s+|lo\s+)?"
    r"(?:contest|respond|atend|llamad|resuelt|hecho|cumplid))",
    r"(?:sans\s+(?:reponse|suite|succes)|rien\b|aucune\s+(?:reponse|nouvelle)|personne|pas\s+de\s+(?:reponse|nouvelles|"
    r"retour)|toujours\s+(?:rien|pas|en\s+attente)|jamais\s+(?:eu|rappele|repondu))",
    r"(?:niemand|keine\s+(?:antwort|ruckmeldung|reaktion)|nichts|nie\s+(?:eine\s+)?antwort|immer\s+noch\s+(?:nichts|keine|"
    r"nicht)|ohne\s+(?:antwort|erfolg))",
    r"(?:ninguem|nada|nenhuma\s+resposta|sem\s+resposta|nao\s+(?:me\s+)?(?:responderam|atenderam|retornaram|resolveram|"
    r"ligaram|cumpriram))",
    r"(?:nessuno|niente|nessuna\s+risposta|senza\s+risposta|non\s+(?:mi\s+)?(?:hanno\s+|ha\s+)?(?:risposto|richiamato|"
    r"risolto))",
)

# The failure follows the attempt within this many characters (a clause or two, not the whole message).
_WITHIN = 160
_STORY = any_of(
    rf"(?:{_ATTEMPT_EN})[^\n]{{0,{_WITHIN}}}?(?:{_FAILED_EN})\w*",
    rf"(?:{_SELF_CONTAINED_EN})\w*",
    *(rf"(?:{attempt})[^\n]{{0,{_WITHIN}}}?(?:{failed})\w*" for attempt in _ATTEMPT_OTHER for failed in _FAILED_OTHER),
)
# Someone else's attempt: "the courier tried calling me", "the driver called and nobody was in" (the
# customer missed them; nothing of ours failed).
_SOMEONE_ELSE = any_of(
    r"(?:courier|driver|delivery\s+(?:guy|man|person|driver)|postman|postie|mailman|they|he|she|carrier|bank)\s+"
    r"(?:\w+\s+)?(?:tried\s+(?:to\s+)?|has\s+|had\s+)?(?:called|rang|phoned|emailed|texted|calling|ringing|phoning)"
)


def reports_failed_contact(text: str) -> bool:
    """An earlier attempt of the customer's to reach us, told with what came of it: nothing."""
    return failed_contact_in(fold(text))


def failed_contact_in(folded: str) -> bool:
    """reports_failed_contact on text already folded (text_norm.fold)."""
    match = _STORY.search(folded)
    if not match:
        return False
    return not _SOMEONE_ELSE.search(folded[max(0, match.start() - 40): match.end()])
