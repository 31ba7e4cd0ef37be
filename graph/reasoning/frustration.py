"""Is the customer frustrated, and do they report earlier contacts that got nowhere?

Written from the labelling guide's definition, not from any dataset's rows: anger, profanity, insults,
shouting, repeated contact, threats to cancel / leave / sue / charge back, "unacceptable" / "fed up",
angry sarcasm. Mild disappointment ("not great", "a bit disappointing") and being upset at oneself are
not frustration: a false alarm here can escalate a calm customer once memory says they had two replies.
"""

from __future__ import annotations

import re

from graph.reasoning.earlier_contacts import failed_contact_in
from graph.reasoning.text_norm import any_of, fold, sentences

_ANGER = any_of(
    # English: anger, insults, "unacceptable" / "fed up"
    r"ridiculous|unacceptable|disgrace(?:ful)?|disgusting|appalling|atrocious|abysmal|horrendous|shambolic|shambles",
    r"pathetic|useless|incompeten(?:t|ts|ce)|clowns|amateurs|morons|idiots|thie(?:f|ves)|liars|lying\s+to\s+(?:me|us)",
    r"scam(?:s|med|mers?)?|fraud(?:s|ulent|sters?)?|rip[\s-]?off|ripped\s+(?:me|us)\s+off|daylight\s+robbery",
    r"(?:this\s+is\s+|what\s+)a\s+joke|joke\s+of\s+a|a\s+complete\s+joke|absolute\s+(?:joke|nightmare|farce)",
    r"fed\s+up|sick\s+(?:and\s+tired\s+)?of|tired\s+of\s+(?:waiting|being|this|you|your|the)|had\s+enough",
    r"furious|livid|outraged|outrageous|fuming|seething|infuriat\w+|pissed(?:\s+off)?|angry|so\s+mad",
    r"frustrat(?:ed|ing)|annoy(?:ed|ing)|exasperat\w+|beyond\s+(?:annoyed|frustrated|angry)",
    r"shame\s+on|shameful|what\s+a\s+mess|unbelievable|a\s+nightmare",
    r"(?:worst|terrible|horrible|awful|dreadful|poor|shocking|lousy|crap|rubbish)\s+"
    r"(?:customer\s+)?(?:service|support|company|experience|communication|courier|delivery\s+service)",
    r"(?:service|support|company|experience)\s+(?:is|was|has\s+been)\s+(?:absolutely\s+|so\s+|truly\s+)?"
    r"(?:terrible|horrible|awful|dreadful|shocking|rubbish|garbage|trash|a\s+joke|appalling)",
    r"(?:this|that|it)(?:'s|\s+is|\s+was)\s+(?:absolutely\s+|just\s+|so\s+|really\s+)?"
    r"(?:terrible|awful|horrible|appalling|disgusting|shocking|atrocious)",
        r"the\s+worst|worst\s+ever|(?:is|are|absolute|total|complete)\s+(?:garbage|trash|rubbish)",
    r"are\s+you\s+(?:kidding|serious|joking)|you(?:'ve|\s+have)?\s+got\s+to\s+be\s+kidding|seriously\s*\?",
    # "you lot are a joke", "you guys are clowns"; "...now it says the 19th?? seriously"
    r"(?:you|u|you\s+lot|you\s+guys|y'?all|ya)\s+(?:are|r)\s+(?:a\s+|an\s+|such\s+a\s+)?(?:absolute\s+|complete\s+|total\s+)?"
    r"(?:joke|clowns|shambles|disgrace)|[?!]\s*seriously\W*$|^\W*seriously\W*$",
    r"how\s+hard\s+(?:can\s+it\s+be|is\s+it)|i\s+hate\s+(?:you|your|this\s+company|this\s+service|dealing)",
    # threats to leave, cancel, sue, charge back, report
    r"never\s+again|never\s+(?:ordering|buying|shopping|using|order|buy|shop)\b|last\s+time\s+i\s+(?:order|use|shop|buy)",
    r"lost\s+(?:a|another)\s+customer|take\s+my\s+(?:business|money|custom)\s+elsewhere|shop\s+elsewhere",
    # "going to start shopping elsewhere", "I'll be ordering somewhere else from now on" (not "I'll order it
    # somewhere else then": one item, no threat)
    r"(?:start|starting|be|i'?ll\s+be)\s+(?:shopping|ordering|buying)\s+(?:\w+\s+){0,2}?(?:elsewhere|somewhere\s+else)",
    r"(?:shop|shopping|order|ordering|buy|buying)\s+(?:\w+\s+){0,2}?(?:elsewhere|somewhere\s+else)\s+"
    r"(?:from\s+now\s+on|in\s+(?:the\s+)?future)",
    # exasperation: "I'm so done with this company", "beyond a joke", "taking the mick", "why is it so hard to get a
    # straight answer", "can't believe I'm still waiting", "do better"
    r"i'?m\s+(?:so\s+|completely\s+|absolutely\s+|just\s+)?done\s+with\s+(?:you|this|your|the\s+(?:company|service))",
    r"beyond\s+a\s+joke|taking\s+the\s+(?:mick|mickey|piss)|straight\s+answer|why\s+is\s+it\s+so\s+(?:hard|difficult)",
    r"(?:can'?t|cannot)\s+believe\s+(?:i'?m|i\s+am|i'?ve|i\s+have|we'?re|we\s+are)\s+still",
    r"(?:can'?t|cannot)\s+believe\s+(?:how\s+(?:bad|poor|slow|rude|useless)|this\s+is\s+(?:still\s+)?happening)",
    r"(?:you|u|you\s+guys|y'?all|need\s+to|needs\s+to|must|should|please)\s+do\s+better|^\W*do\s+better\W*$",
    r"worst\s+(?:\w+\s+){1,3}?ever",
    r"lawyer|attorney|legal\s+action|sue\s+(?:you|u|them)|suing|small\s+claims|trading\s+standards",
    r"better\s+business\s+bureau|bbb|ombudsman|consumer\s+(?:rights|protection)\s+(?:agency|office)",
    r"charge\s?back|dispute\s+(?:it|this|the\s+(?:charge|payment))\s+with\s+my\s+(?:bank|card)|report\s+you",
    r"(?:or|otherwise)\s+(?:else\s+)?i(?:'ll|\s+will|'m|\s+am)\s+(?:going\s+to\s+)?(?:cancel|close|leave|report|sue|go)",
    r"i(?:'ll|\s+will|'m\s+going\s+to|\s+am\s+going\s+to|'m\s+gonna|\s+shall)\s+(?:just\s+|definitely\s+)?"
    r"(?:cancel|close|delete|leave|quit)\w*\s+(?:\w+\s+){0,4}?(?:if|unless)",
    # angry sarcasm
    r"thanks?\s+(?:you\s+)?(?:a\s+lot\s+|so\s+much\s+)?for\s+(?:nothing|losing|breaking|ignoring|wasting|ruining)",
    r"cheers\s+for\s+(?:nothing|that)|real\s+pros?|(?:great|good|nice|fantastic|brilliant)\s+(?:job|work)\s+"
    r"(?:\w+\s+){0,2}?(?:losing|breaking|ignoring|wasting|ruining|lying)",
    r"(?:great|fantastic|stellar|amazing|excellent|top\s+notch)\s+(?:customer\s+)?service\s*(?:\.{2,}|,)?\s*(?:not|/s)\b",
    r"love\s+how\s+i\s+(?:have\s+to|had\s+to|still|keep|'ve\s+been)|so\s+helpful\s*(?:\.{2,}|not)|love\s+that\s+for\s+me",
    # "love waiting on hold for nothing", "love being cut off": a wait or a brush-off said to be loved
    r"love\s+(?:waiting\s+(?:on\s+hold|in\s+all\s+day|around|for\s+(?:hours|days|ages))|being\s+(?:ignored|cut\s+off|"
    r"hung\s+up\s+on|kept\s+waiting|left\s+on\s+hold|passed\s+around|fobbed\s+off)|getting\s+(?:cut\s+off|hung\s+up\s+on|"
    r"ignored|fobbed\s+off)|spending\s+(?:\w+\s+)?(?:hours?|minutes?|mins)\s+on\s+(?:hold|the\s+phone))",
    r"(?:waited|waiting|wait|hold)\s+(?:\w+\s+){0,4}?for\s+nothing\b",
    # Spanish
    r"inaceptable|(?:estoy|estamos)\s+(?:muy\s+)?hart[oa]s?|hart[oa]s?\s+de|que\s+verguenza|verguenza|estafa\w*|fraude|ladrones|pesimo|indignante|indignad[oa]",
    r"ridiculo|inutiles?|incompetentes?|mierda|es\s+una\s+broma|nunca\s+mas|voy\s+a\s+denunciar|ya\s+basta",
    r"furios[oa]|cabread[oa]|no\s+hay\s+derecho|gracias\s+por\s+nada|un\s+asco|que\s+asco",
    # French
    r"inadmissible|inacceptable|honteux|la\s+honte|ras\s+le\s+bol|j'en\s+ai\s+marre|marre|arnaque\w*|escroc\w*",
    r"scandal\w*|c'est\s+nul|nuls|en\s+colere|furieu(?:x|se)|c'est\s+une\s+blague|n'importe\s+quoi|lamentable",
    r"pathetique|incompetents?|plus\s+jamais|porter\s+plainte|avocat|merde|putain|foutage|merci\s+pour\s+rien",
    # German
    r"unverschamt|frechheit|betrug|betruger\w*|abzocke|katastroph\w*|stinksauer|ich\s+bin\s+(?:\w+\s+)?sauer",
    r"verarsch\w*|mir\s+reicht'?s|es\s+reicht|inakzeptabel|nie\s+wieder|lacherlich|unfahig|nutzlos|skandal\w*",
    r"anwalt|armselig|scheiss\w*|wutend|verargert|zum\s+kotzen|danke\s+fur\s+nichts|vielen\s+dank\s+auch",
    # Portuguese
    r"inaceitavel|absurdo|vergonha|(?:e|isso\s+e)\s+(?:um\s+)?golpe|golpistas?|palhacada|cansad[oa]\s+de",
    r"(?:estou|estamos)\s+(?:muito\s+)?fart[oa]s?|fart[oa]s?\s+de|lixo|nunca\s+mais|inuteis|vou\s+processar|processar\s+(?:voces|a\s+empresa)|procon|reclame\s+aqui|porcaria|descaso|revoltad[oa]",
    r"irritad[oa]|obrigad[oa]\s+por\s+nada|pessimo",
    # Italian
    r"inaccettabile|ridicolo|vergogn\w*|truff\w*|schifo|assurdo|stuf[oa]|incompetenti|mai\s+piu|avvocato",
    r"arrabbiat[oa]|ladri|cazzo|presa\s+in\s+giro|grazie\s+per\s+niente",
)

# Feelings aimed at oneself ("annoyed at myself", "my own fault") are not frustration with the company.
_SELF_DIRECTED = any_of(r"myself|my\s+(?:own\s+)?(?:fault|mistake|bad)|i(?:'m|\s+am)\s+(?:so\s+)?(?:stupid|an\s+idiot)")
_SELF_FEELING = any_of(r"annoy(?:ed|ing)|frustrat(?:ed|ing)|angry|furious|so\s+mad|fed\s+up|sick\s+of|ridiculous")
# Asking whether a message received is a scam is no accusation: "is this a scam?", "scam text?".
_SCAM_WORD = re.compile(r"scam\w*|fraud\w*")
_ASKS_IF_A_SCAM = re.compile(r"(?:is|was|could)\s+(?:this|that|it)\s+(?:be\s+)?(?:a\s+|just\s+a\s+)?(?:scam|fraud)"
                             r"\w*[^.!]*\?|scam\s+(?:text|sms|e-?mail|call|message|site|website|link)s?")
# "a bit annoyed", "slightly frustrated": mild, like "a bit disappointing".
_MILD = re.compile(r"(?:a\s+(?:bit|little|tad)|slightly|kind\s+of|kinda|somewhat|mildly)\s+(?:\w+\s+)?$")

_PROFANITY = any_of(
    r"f+u+c+k\w*|fck\w*|fk+ing|f\*+\w*|sh[i1]t+\w*|sh\*t\w*|bullsh\w*|bs\s*!|wtf|wth|ffs|omfg|stfu",
    r"crap(?:py)?|damn\s+it|dammit|goddamn\w*|the\s+hell|bloody\s+(?:hell|useless|joke|ridiculous|disgrace|awful)",
    r"arse\w*|ass\s?holes?|a\*+holes?|jerks|bastards?|wankers?|tossers?|screw\s+(?:you|this|amazon|them)",
)
_WARM_EMOJI = ("❤", "🙂", "😊", "😀", "😄", "🥰", "😍", "👍", "🙏", ":)")
_ANGRY_EMOJI = ("😡", "🤬", "😤", "😠", "👎", "💢", "🙄", "😒", "🤦", "🖕")
# A facepalm at one's own slip is no anger at us: "just placed an order and realised i used my old address 🤦" (the
# labelling guide: being upset at oneself is not frustration).
_FACEPALM = "🤦"
_OWN_SLIP = any_of(r"(?:i|i've|i\s+have|i'd)\s+(?:just\s+|accidentally\s+|totally\s+)?(?:used|put|typed|entered|forgot|"
                   r"ordered|picked|chose|clicked|selected|sent|missed|misspelled|messed\s+up)",
                   r"my\s+(?:bad|mistake|fault|own\s+fault)|realis\w+|realiz\w+|silly\s+me|oops\w*|whoops")


def _at_oneself(emoji: str, folded: str) -> bool:
    """A facepalm said beside the customer's own slip."""
    return emoji == _FACEPALM and bool(_OWN_SLIP.search(folded))


_POSITIVE = any_of(
    r"thanks?|thank\s+you|thx|love|great|amazing|awesome|perfect|excellent|brilliant|appreciate\w*|happy|wonderful",
    r"gracias|merci|danke|obrigad[oa]|grazie|genial|super|parfait|perfekt|otimo|perfetto",
)
_ACRONYMS = frozenset({
    "UPS", "USPS", "DHL", "DPD", "GLS", "TNT", "USA", "UK", "EU", "PSN", "TV", "HD", "USB", "SSD", "ASAP", "FAQ",
    "OK", "ID", "PIN", "SMS", "DM", "NHS", "EE", "UPS'S", "AMAZON", "EBAY",
})

_REPEATED_CONTACT = any_of(
    # English: "third time I ask", "called 4 times", "spoke to 3 people", "nobody answers my emails"
    r"(?:second|2nd|third|3rd|fourth|4th|fifth|5th|\d+th|umpteenth|nth|hundredth|millionth)\s+time\s+(?:that\s+)?"
    r"(?:i(?:'ve|\s+have|'m|\s+am)?|we(?:'ve|\s+have)?)\s+(?:\w+\s+)?"
    r"(?:ask|call|contact|email|e-mail|messag|writ|wrote|chas|tweet|dm|reach|report|complain|rais|tr|explain|request|"
    r"told|tell|follow|ring|rang|phon|spok|speak|send|sent)\w*",
    # ...and said without the "I": "second time asking", "3rd time of chasing this"
    r"(?:second|2nd|third|3rd|fourth|4th|fifth|5th|\d+th|umpteenth|nth)\s+time\s+(?:of\s+|now\s+)?(?:asking|calling|"
    r"contacting|emailing|e-mailing|messaging|writing|chasing|tweeting|reaching\s+out|reporting|complaining|"
    r"following\s+up|requesting)",
    # an earlier contact the customer points back to: "as I said in my DM yesterday", "weeks of emails back and forth"
    r"as\s+(?:i|we)\s+(?:already\s+|have\s+already\s+)?(?:said|mentioned|explained|told\s+(?:you|your\s+\w+))\s+"
    r"(?:\w+\s+)?(?:in|on|over|during)\s+(?:my|the|our|a)\s+(?:previous\s+|last\s+|earlier\s+|first\s+|other\s+)?"
    r"(?:dm|email|e-mail|call|phone\s+call|tweet|letter|ticket|complaint)",  # not "my last message": this chat's
    r"(?:e-?mails?|messages?|calls?|dms?|tweets?)\s+(?:going\s+)?back\s+and\s+forth",
    r"(?:this\s+is\s+(?:my|the)\s+)?(?:second|2nd|third|3rd|fourth|4th|fifth|5th|\d+th|umpteenth)\s+"
    r"(?:email|e-mail|message|attempt|tweet|call|complaint|dm|chat|request|letter|ticket)",
    r"(?:called|rang|phoned|emailed|e-mailed|messaged|contacted|tweeted|dm'?d|dmed|written|wrote|chatted|asked|chased|"
    r"complained|reported|explained|told\s+you|repeated|provided|given|sent)\s+(?:\w+\s+){0,4}?"
    r"(?:\d+|two|three|four|five|six|seven|ten|several|multiple|many|"
    r"numerous|countless|so\s+many|a\s+few|a\s+dozen|a\s+million|\d+\+)\s+times",
    r"(?:spoke|spoken|talked|chatted|been\s+passed)\s+(?:to|with|between|around)\s+(?:\d+|two|three|four|five|six|several|"
    r"multiple|many|numerous|countless|so\s+many)\s+(?:different\s+)?(?:people|agents|reps|representatives|advisors|"
    r"persons|members\s+of\s+staff|departments|staff)",
    r"(?:nobody|no\s+one|noone|no-one)\s+(?:ever\s+|has\s+|is\s+|will\s+|seems\s+to\s+|at\s+all\s+|bothers\s+to\s+|"
    r"even\s+)?(?:answer|repl|respond|get(?:s|ting)?\s+back|got\s+back|call(?:s|ed)?\s+(?:me\s+)?back|pick(?:s|ed)?\s+up|"
    r"read|help|contact)\w*(?!\s+(?:the\s+)?(?:door|bell|doorbell|intercom|buzzer))",
    r"(?:still|yet)\s+(?:no|not\s+(?:a|any)|to\s+(?:get|receive|hear))\s+(?:\w+\s+)?(?:reply|replies|response|answer|"
    r"call\s*back|callback|email\s+back)",
    r"(?:never|didn'?t|did\s+not|haven'?t|have\s+not|hasn'?t|has\s+not)\s+(?:\w+\s+){0,2}?(?:got|get|gotten|received|"
    r"had|heard|been\s+given)\s+(?:a|any|an|one)?\s*(?:reply|response|answer|call\s*back|callback|email\s+back)",
    r"(?:no|zero|not\s+a\s+single)\s+(?:reply|replies|response|responses|answer|answers)\s+(?:to|from|on)\s+"
    r"(?:my|any\s+of\s+my|the|your)\s+(?:\w+\s+)?(?:emails?|messages?|dms?|calls?|tweets?|complaints?|chats?|"
    r"letters?|requests?|tickets?)",
    r"(?:ignored|ignoring)\s+(?:my|me|all\s+my|our|us)|you\s+(?:keep\s+|just\s+)?ignor\w*",
    r"yet\s+again|again\s+and\s+again|over\s+and\s+over",
    r"(?:called|rang|phoned|emailed|e-mailed|messaged|contacted|wrote|written|tweeted|chased|complained)\s+"
    r"(?:you\s+|them\s+|u\s+|back\s+)?again",
    r"how\s+many\s+(?:more\s+)?times\s+(?:do|must|should|have|will|am|are)\s+(?:i|we)",
    # "why do I keep having to repeat myself?", "sent 3 messages now", "I've left two voicemails"
    r"(?:keep|kept|keeps)\s+having\s+to\s+(?:repeat|explain|ask|chase|contact|call|email|e-mail|message|write|tell)",
    r"(?:sent|written|left|made)\s+(?:you\s+|u\s+)?(?:\d+|two|three|four|five|several|multiple|many|so\s+many|countless)\s+"
    r"(?:messages|emails|e-mails|dms|tweets|letters|voicemails|calls|complaints)",
    r"(?:keep|kept|keeps)\s+(?:asking|calling|emailing|messaging|chasing|contacting|writing|being\s+told|getting\s+told|"
    r"getting\s+the\s+same|getting\s+fobbed|repeating\s+myself|explaining|(?:giving|sending|providing)\s+(?:you\s+)?"
    r"(?:the\s+same|my\s+details|the\s+details))",
    r"(?:been|have\s+been|i'?ve\s+been)\s+(?:asking|chasing|calling|emailing|contacting|messaging|waiting\s+for\s+a\s+"
    r"(?:reply|response|call)|trying\s+to\s+(?:reach|contact|speak|get\s+through|get\s+hold|get\s+in\s+touch|"
    r"get\s+an?\s+(?:answer|response|reply)))",
    r"already\s+(?:asked|told\s+you|explained|called|emailed|contacted|messaged|reported|complained|chased)",
    r"same\s+(?:generic\s+|automated\s+|copy[\s-]?paste\s+|scripted\s+|useless\s+)?(?:answer|reply|response|message|"
    r"excuse)",
    r"(?:copy[\s-]?(?:and[\s-]?)?paste|canned|automated|scripted)\s+(?:answer|reply|response|responses|replies)",
    r"fobbed\s+off|going\s+round\s+in\s+circles|(?:passed|bounced)\s+(?:around|from\s+pillar)",
    r"follow(?:ing)?\s+up\s+(?:again|for\s+the\s+(?:\w+)\s+time)|chasing\s+(?:this|again|up\s+again)",
    # Spanish
    r"(?:segunda|tercera|cuarta|quinta|\d+a?)\s+vez\s+que\s+(?:les\s+|os\s+|lo\s+)?"
    r"(?:pregunt|escrib|llam|reclam|contact|pid|me\s+pongo|envi)\w*",
    r"(?:he\s+)?(?:llamado|escrito|reclamado|preguntado|enviado|contactado)\s+(?:\w+\s+)?"
    r"(?:\d+|dos|tres|cuatro|cinco|varias|muchas|mil)\s+veces",
    r"(?:nadie|ninguno)\s+(?:me\s+)?(?:responde|contesta|atiende|ayuda|ha\s+respondido|ha\s+contestado|llama)",
    r"sin\s+respuesta|no\s+me\s+(?:responden|contestan|han\s+respondido|han\s+contestado|hacen\s+caso)",
    r"una\s+y\s+otra\s+vez|cuantas\s+veces\s+(?:tengo|hay|debo|voy|les|se\s+lo)|ya\s+(?:lo\s+)?(?:les\s+)?(?:he\s+)?(?:dicho|preguntado|escrito|llamado)",
    # French
    r"(?:deuxieme|troisieme|quatrieme|\d+e|\d+eme|enieme|nieme)\s+fois\s+que\s+(?:je|j'[a-z]+)",  # "j'ecris"
    r"(?:appele|ecrit|envoye|relance|contacte|demande|reclame)\s+(?:\w+\s+){0,2}?"
    r"(?:\d+|deux|trois|quatre|cinq|plusieurs|maintes|dix|mille)\s+fois",
    r"personne\s+ne\s+(?:me\s+)?(?:repond|rappelle|aide|reagit)",
    r"aucune\s+reponse|toujours\s+pas\s+de\s+reponse|sans\s+reponse|combien\s+de\s+fois\s+(?:dois|faut|vais)",
    r"je\s+(?:vous\s+)?relance",
    # German
    r"(?:zum\s+)?(?:zweiten|dritten|vierten|funften|x-ten|zigsten|\d+\.)\s+mal\s+(?:\w+\s+){0,3}?"
    r"(?:schreib|frag|ruf|meld|kontaktier|nachfrag|beschwer|reklamier|angerufen|geschrieben|gefragt)\w*",
    r"(?:schon\s+|bereits\s+)?(?:\d+|zwei|drei|vier|funf|mehrmals|mehrfach|zigmal|dreimal|viermal|zweimal|oft)\s*(?:mal\s+)?"
    r"(?:angerufen|geschrieben|gemailt|nachgefragt|kontaktiert|reklamiert|gemeldet)",
    r"niemand\s+(?:antwortet|meldet\s+sich|ruft\s+(?:\w+\s+)?zuruck|hilft|reagiert)",
    r"keine\s+(?:antwort|ruckmeldung|reaktion)|immer\s+noch\s+keine\s+(?:antwort|ruckmeldung)",
    r"schon\s+wieder|wie\s+oft\s+(?:noch|denn|muss\s+ich\s+(?:noch|euch|ihnen))",
    # Portuguese
    r"(?:segunda|terceira|quarta|quinta|\d+a?)\s+vez\s+que\s+(?:eu\s+)?(?:pergunt|escrev|lig|entro|reclam|pec|mand)\w*",
    r"(?:liguei|escrevi|mandei|enviei|reclamei|perguntei|entrei\s+em\s+contato)\s+(?:\w+\s+)?"
    r"(?:\d+|duas|tres|quatro|cinco|varias|muitas|mil)\s+vezes",
    r"ninguem\s+(?:me\s+)?(?:responde|atende|ajuda|retorna|resolve)",
    r"sem\s+resposta|nenhuma\s+resposta|quantas\s+vezes\s+(?:vou\s+ter\s+que|tenho\s+que|preciso)\s+"
    r"(?:ligar|falar|pedir|reclamar|escrever)",
    # Italian
    r"(?:seconda|terza|quarta|quinta|\d+a?)\s+volta\s+che\s+(?:vi\s+)?(?:chied|scriv|chiam|contatt|segnal)\w*",
    r"(?:ho\s+)?(?:chiamato|scritto|contattato|segnalato|chiesto)\s+(?:\w+\s+)?(?:\d+|due|tre|quattro|cinque|piu|diverse|"
    r"tante|mille)\s+volte",
    r"nessuno\s+(?:mi\s+)?(?:risponde|richiama|aiuta)",
    r"nessuna\s+risposta|senza\s+risposta|quante\s+volte\s+(?:devo|dovro)\s+(?:chiamare|scrivere|chiedere)",
)

# The same failure again ("delayed AGAIN", "the 4th parcel in a row late"): not frustration by itself (a train
# "cancelled again" can be told with a smile), but a frustrated customer who has been let down like this before
# is past the two exchanges, as one who had to ask before is.
_REPEATED_FAILURE = any_of(
    r"(?:late|delayed|cancell?ed|missing|lost|damaged|broken|wrong|missed|rescheduled|postponed|not\s+(?:delivered|arrived|"
    r"here|come|turned\s+up))\s+(?:once\s+)?again",
    r"(?:\d+(?:st|nd|rd|th)?|second|third|fourth|fifth|sixth|another)\s+(?:order|delivery|parcel|package|time)s?\s+in\s+a\s+row",
    r"every\s+(?:single\s+)?time\s+(?:i|we)\s+(?:order|buy|shop)|(?:keeps?|kept)\s+happening|happened\s+(?:again|before)",
    r"(?:second|third|fourth|fifth|\d+(?:st|nd|rd|th))\s+time\s+(?:this|that|it)\s+(?:has\s+)?happen\w*",
    r"otra\s+vez\s+(?:tarde|retrasad\w*|sin\s+llegar|cancelad\w*)|encore\s+(?:en\s+retard|annule\w*|perdu)",
)


def reports_repeated_contact(text: str) -> bool:
    """The customer says earlier contacts got nowhere: "third time I ask", "nobody answers my emails"."""
    return bool(_REPEATED_CONTACT.search(fold(text)))


def reports_earlier_failures(text: str) -> bool:
    """Earlier contacts that got nowhere, or the same failure again: what puts a frustrated first message
    past the two exchanges (graph/policy.py)."""
    folded = fold(text)
    return bool(_REPEATED_CONTACT.search(folded) or _REPEATED_FAILURE.search(folded) or failed_contact_in(folded))


def _angry_sentence(sentence: str) -> bool:
    for match in _ANGER.finditer(sentence):
        if _MILD.search(sentence[: match.start()]):
            continue
        if _SCAM_WORD.fullmatch(match.group(0)) and _ASKS_IF_A_SCAM.search(sentence):
            continue  # "is this text a scam?" doubts a message received, not the shop
        if _SELF_FEELING.fullmatch(match.group(0)) and _SELF_DIRECTED.search(sentence):
            continue
        return True
    return False


def _shouting(text: str) -> bool:
    """All caps or stacked '!!!' used as shouting; an excited thank-you is not shouting."""
    folded = fold(text)
    if _POSITIVE.search(folded) and not _ANGER.search(folded) and not _PROFANITY.search(folded):
        return False
    if re.search(r"!{3,}|(?:\?!|!\?)[!?]", text):
        return True
    stripped = re.sub(r"https?://\S+|@\w+|#\w+|\b[A-Z]{0,3}\d[\w-]*\b", " ", text)
    words = [w for w in re.findall(r"[A-Za-zÀ-ÿ']+", stripped) if len(w) >= 2]
    caps = [w.isupper() and w.upper() not in _ACRONYMS for w in words]
    run = best = 0
    for is_caps in caps:
        run = run + 1 if is_caps else 0
        best = max(best, run)
    letters = [ch for w in words if w.upper() not in _ACRONYMS for ch in w]
    ratio = sum(ch.isupper() for ch in letters) / len(letters) if letters else 0.0
    return best >= 3 or (len(letters) >= 12 and ratio > 0.6)


def _let_down_again(text: str, folded: str) -> bool:
    """The same failure again, told without a smile or a thank-you: exasperation."""
    if not _REPEATED_FAILURE.search(folded):
        return False
    return not (_POSITIVE.search(folded) or any(emoji in text for emoji in _WARM_EMOJI))


def is_frustrated(text: str) -> bool:
    """Anger, profanity, insults, shouting, repeated contact, the same failure again, threats to leave, angry
    sarcasm."""
    folded = fold(text)
    if any(_angry_sentence(s) for s in sentences(folded)):
        return True
    if _PROFANITY.search(folded) or any(emoji in text for emoji in _ANGRY_EMOJI if not _at_oneself(emoji, folded)):
        return True
    return reports_repeated_contact(text) or _let_down_again(text, folded) or _shouting(text)
