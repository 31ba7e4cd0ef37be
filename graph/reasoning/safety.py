"""Messages a person must see at once: self-harm, violence, medical and legal emergencies, harassment.

Patterns, not a model, on purpose: the cost of missing "I can't go on" is far higher than the cost of a
person reading a false alarm, and a rule can be read, tested and audited line by line. Every pattern
names a subject or a situation ("kill myself", "hurt the driver", "had an allergic reaction") rather
than a bare word, because shopping language is full of violent idioms ("this price is killing me",
"to die for", "kill the subscription", "shoot me an email", "my phone died"). Text is lower-cased and
accent-folded before matching, so patterns are written without diacritics and with straight quotes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from graph.reasoning.text_norm import any_of, fold, sentences

SELF_HARM = "self_harm"
VIOLENCE = "violence"
MEDICAL = "medical"
LEGAL = "legal"
HARASSMENT = "harassment"
CATEGORIES = (SELF_HARM, VIOLENCE, MEDICAL, LEGAL, HARASSMENT)

# Categories whose reply points to local emergency services.
EMERGENCY_CATEGORIES = frozenset({SELF_HARM, VIOLENCE, MEDICAL})


@dataclass(frozen=True)
class SafetyFinding:
    category: str
    cue: str  # the words that matched, for the person picking up the case
    danger: bool  # someone may be in danger now: the reply points to emergency services


# A person (or group) as the object of a threat: never "the subscription", "the price", "the order".
_PERSON = (
    r"(?:you|u|ya|him|her|them|someone|somebody|anyone|everyone|everybody|people|"
    r"(?:the|your|that|this|ur)\s+(?:driver|courier|delivery\s+(?:guy|man|boy|driver|person)|postman|mailman|"
    r"staff|employees?|agents?|manager|guy|idiots?|people|workers?|rep|representative|ceo|boss))"
)

_SELF_HARM = any_of(
    # English
    r"kill(?:ing)?\s+myself",
    # internet shorthand: "kms if this is late again" (not kilometres: "5 kms away"), "unalive myself"
    r"(?<![\d.])(?<![\d.]\s)\bkms\b",
    r"unalive\s+(?:myself|me)",
    r"(?:harm|harming)\s+myself",
    r"(?:want|going|gonna|about|i'?ll|i\s+will|i\s+might)\s+(?:to\s+)?(?:hurt|cut)\s+myself",
    r"(?:end|ending|take|taking)\s+my\s+(?:own\s+)?life",
    r"(?:end|ending)\s+it\s+all",
    r"(?:i'?ll|i\s+will|i'?m\s+going\s+to|gonna)\s+end\s+it(?:\s+(?:all|tonight|today|now))?\s*(?:[.!]|$)",
    r"suicid\w*",
    r"self[\s-]?harm\w*",
    r"i(?:'?m|\s+am)?\s+(?:just\s+|really\s+)?(?:want\s+to|wanna)\s+die",
    r"(?:better\s+off\s+dead|no\s+(?:reason|point)\s+(?:to\s+|in\s+)?(?:live|living|going\s+on|being\s+alive))",
    r"(?:don'?t|do\s+not)\s+want\s+to\s+(?:live|be\s+alive|be\s+here)\s+any\s?more",
    r"can'?t\s+go\s+on(?:\s+(?:any\s?more|living))?\s*(?:[.!,;]|$)",
    r"what'?s\s+the\s+point\s+(?:any\s?more|of\s+(?:living|life|going\s+on|anything))",
    r"(?:see|find)\s+(?:the|any)\s+point\s+(?:of|in)\s+(?:living|life|going\s+on|anything)",
    r"i(?:'ve|\s+have)?\s+(?:just\s+)?(?:took|taken|take|swallowed)\s+(?:too\s+many|all\s+(?:my|the)|a\s+(?:whole\s+)?"
    r"bottle\s+of|a\s+(?:bunch|handful|load|lot|box|packet|pack)\s+of|loads\s+of|lots\s+of)\s+(?:my\s+)?(?:pills|tablets|"
    r"meds|medication|sleeping\s+pills|painkillers|paracetamol)|overdos\w*",
    r"disappear\s+forever|(?:nobody|no\s+one)\s+would\s+(?:miss\s+me|care|notice)|"
    r"(?:better|easier)\s+(?:off\s+)?(?:for\s+everyone\s+)?without\s+me|if\s+i\s+(?:was|were)\s+gone",
    r"goodbye\s+(?:forever|world|cruel\s+world)|saying\s+goodbye\s+to\s+everyone",
    r"(?:jump|jumping|throw\w*\s+myself|hurl\w*\s+myself)\s+(?:off|from)\s+(?:a|the|my)\s+"
    r"(?:bridge|building|roof|cliff|balcony)|"
    r"(?:throw|step|jump)\w*\s+(?:myself\s+)?in\s+front\s+of\s+(?:a|the)\s+(?:train|bus|car|truck)",
    r"not\s+(?:be\s+)?(?:around|alive)\s+(?:much\s+longer|tomorrow)",
    r"(?:don'?t|can'?t|do\s+not|cannot)\s+see\s+(?:a|any)\s+way\s+out|see\s+no\s+way\s+out",
    # Spanish
    r"(?:suicidarme|matarme|quitarme\s+la\s+vida|hacerme\s+dano|me\s+quiero\s+morir|quiero\s+morir(?:me)?)",
    r"(?:no\s+quiero\s+(?:seguir\s+)?vivir|acabar\s+con\s+(?:todo|mi\s+vida)|no\s+vale\s+la\s+pena\s+vivir)",
    # the pronoun before the verb: "me voy a matar", "me quiero suicidar", "me mato" (not "este precio me mata")
    r"me\s+(?:voy\s+a|quiero|pienso|vas\s+a\s+hacer)\s+(?:matar|suicidar|quitar\s+la\s+vida)|\bme\s+(?:mato|suicido)\b|"
    r"\bme\s+quito\s+la\s+vida",
    r"(?:sentido|razon(?:es)?)\s+(?:a|de|en|para)\s+(?:seguir\s+)?vivi\w*",
    # French
    r"(?:me\s+suicider|me\s+tuer|mettre\s+fin\s+a\s+mes\s+jours|en\s+finir\s+avec\s+la\s+vie|"
    r"me\s+foutre\s+en\s+l'?\s*air)",
    r"(?:je\s+veux\s+mourir|envie\s+de\s+mourir|me\s+faire\s+du\s+mal|plus\s+envie\s+de\s+vivre)",
    # "en finir" alone is ending one's life; "en finir avec cette commande" is not
    r"(?:envie\s+d'|veux\s+|vais\s+)en\s+finir(?!\s+avec\s+(?:ce|cette|cet|ces|le|les|votre|vos|mon|ma|mes|la\s+commande))",
    # German
    r"(?:mich\s+(?:umbringen|toten)|(?:bringe|bring)\s+mich\s+(?:\w+\s+)?um\b|selbstmord|"
    r"mir\s+das\s+leben\s+(?:zu\s+)?nehmen)",
    r"(?:will|mochte)\s+(?:\w+\s+)?nicht\s+mehr\s+leben|keinen\s+sinn\s+mehr\s+(?:zu\s+)?leben",
    r"(?:ich\s+will\s+sterben|mir\s+(?:etwas|was)\s+antun|mit\s+allem\s+schluss\s+machen)",
    # Portuguese
    r"(?:me\s+matar|me\s+suicidar|tirar\s+(?:a\s+)?minha\s+(?:propria\s+)?vida|quero\s+morrer|me\s+machucar)",
    r"(?:nao\s+quero\s+mais\s+viver|acabar\s+com\s+(?:tudo|a\s+minha\s+vida))",
    # Italian
    r"(?:uccidermi|suicidarmi|ammazzarmi|mi\s+ammazzo|mi\s+uccido|togliermi\s+la\s+vita|voglio\s+morire|"
    r"farla\s+finita|farmi\s+del\s+male)",
    r"mi\s+(?:voglio|vado\s+a|sto\s+per)\s+(?:ammazzare|uccidere|suicidare)",
    r"(?:non\s+voglio\s+piu\s+vivere)",
)

_VIOLENCE = any_of(
    # English: a threat against a person, or a weapon / attack on a place
    rf"(?:kill|murder|stab|shoot|strangle|punch|beat\s+up|hurt|attack)\s+{_PERSON}",
    r"(?:come|coming|go|going)\s+(?:down\s+)?(?:there|to\s+your\s+\w+)\s+and\s+(?:hurt|kill|attack|beat|smash|shoot)",
    r"(?:bring|bringing|get|grab|grabbing|got|coming\s+with|come\s+with|show\s+up\s+with)\s+(?:a|my)\s+"
    r"(?:gun|knife|weapon|shotgun|rifle|machete|baseball\s+bat)(?![a-z])",
    r"(?:burn|blow\s+up|bomb)\s+(?:down\s+)?(?:your|the|that)\s+(?:store|shop|warehouse|office|building|depot|hq)",
    r"(?:bomb\s+threat|plant\s+a\s+bomb|shoot\s+up\s+(?:the|your)\s+\w+)",
    r"(?:smash|kick|punch|bash|cave|break|rip)\w*\s+(?:his|her|their|your|ur|the\s+driver'?s|the\s+courier'?s)\s+"
    r"(?:face|head|skull|teeth|legs?|arms?|neck|jaw|nose)",
    r"i\s+know\s+where\s+(?:you|u|he|she|they|your\s+\w+|the\s+(?:driver|courier|ceo|manager|owner))\s+"
    r"(?:lives?|sleeps?|works?)",
    r"(?:someone|somebody)\s+(?:is\s+)?(?:going\s+to|gonna)\s+get\s+(?:hurt|killed)",
    rf"beat\s+{_PERSON}\s+up|(?:find|track\s+down|wait\s+for)\s+(?:the|your|that)\s+(?:driver|courier|guy)\s+and\s+"
    r"(?:beat|hurt|kill|punch|stab|smash)",
    # Spanish
    r"voy\s+a\s+(?:matar|pegar|hacer\s+dano)\s+a\s+(?:alguien|ese|esa|el\s+repartidor|tu|su|los|las|todos)",
    r"(?:los?|las?|te|os)\s+voy\s+a\s+matar",
    r"(?:voy|ire|vengo|iremos)\s+(?:\w+\s+){0,6}con\s+(?:un|una|mi)\s+(?:cuchillo|pistola|arma|navaja|escopeta)",
    # French
    r"(?:je\s+vais\s+(?:le|la|les|vous|te)\s+(?:tuer|frapper|buter))",
    r"(?:vais|veux)\s+(?:tuer|frapper|buter|poignarder)\s+(?:le|la|les|ce|cette|votre|quelqu'un)",
    r"(?:venir|viens|vais\s+venir|debarquer|debarque)\s+(?:\w+\s+){0,3}avec\s+(?:un|une|mon|ma)\s+"
    r"(?:couteau|arme|fusil|pistolet|flingue)",
    # German
    r"(?:ich\s+(?:bringe|bring)\s+(?:ihn|sie|euch|dich)\s+um|ich\s+(?:schlage|hau)\s+(?:ihn|sie|euch|dich))",
    r"(?:werde|will|wurde)\s+(?!mich\s)(?:\w+\s+){0,3}(?:umbringen|toten|erschiessen|erstechen|verprugeln|abstechen)",
    r"(?:komme|kommen|komm)\s+(?:\w+\s+){0,3}mit\s+(?:einem|einer|meinem|meiner)\s+(?:messer|waffe|pistole|gewehr)",
    # Portuguese
    r"(?:vou|vamos)\s+(?:te|vos|o|a|os|as)\s+matar",
    r"vou\s+(?:matar|bater\s+em|bater\s+no)\s+(?:voce|voces|o\s+entregador|no\s+entregador|alguem|o\s+motorista)",
    # Italian
    r"(?:(?:lo|la|li|vi|ti)\s+ammazzo|vi\s+uccido|lo\s+uccido|ti\s+uccido)",
)

# Whose body part an injury names: "burned my hand", "cut our son".
_BODY = (r"(?:my|his|her|our)\s+(?:son|daughter|child|kid|baby|toddler|hands?|fingers?|arms?|legs?|foot|feet|face|"
         r"skin|mouth|lips?|eyes?|head|scalp|neck|back|chest|tongue|throat)")

_MEDICAL = any_of(
    # English: a reaction or injury that happened, not a product question about allergens
    r"(?:had|having|got|getting|suffered|caused|causing|gave\s+\w+(?:\s+\w+)?|went\s+into|is\s+having)\s+"
    r"(?:an?\s+|a\s+(?:severe|bad|serious)\s+)?(?:allergic\s+reaction|anaphyla\w*)",
    r"(?:allergic\s+reaction|anaphylactic\s+shock)\s+(?:to|after|from)\s+(?:the|your|this|it)",
    r"(?:food\s+poisoning|poisoned|poison\s+control)",
    # a small part swallowed or choked on: "my kid swallowed one of the buttons"
    r"(?:son|daughter|child|kid|baby|toddler|dog|puppy|cat)\s+(?:has\s+|just\s+)?(?:swallowed|choked|is\s+choking|"
    r"was\s+choking)\b",
    r"(?:rushed|taken|went|had\s+to\s+go|ended\s+up|is|am|was)\s+(?:to|in)\s+"
    r"(?:the\s+)?(?:hospital|a&e|emergency\s+room)|(?:to|in)\s+the\s+er",
    r"(?:called|call)\s+(?:an\s+)?ambulance",
    rf"(?:burned|burnt|cut|injured|electrocuted|scalded)\s+(?:myself\s+(?:on|with|opening|using|when|while|badly)|me|"
    rf"{_BODY})",
    # "hurt" only with a person doing it: "these boots hurt my feet" is a fit complaint, not an injury
    rf"\b(?:i|i'?ve|i\s+have|i\s+just|he|she|(?:my|our)\s+(?:son|daughter|child|kid|baby|toddler|husband|wife|partner))"
    rf"\s+(?:badly\s+)?hurt\s+(?:myself\s+(?:on|with|opening|using|when|while|badly)|{_BODY})",
    r"chemical\s+burns?|(?:got|have|has|with)\s+blisters|(?:is|keeps|started|been)\s+vomiting|throwing\s+up\s+blood|"
    r"(?:passed\s+out|unconscious|not\s+breathing|(?:had|having)\s+a\s+seizure)",
    r"(?:ate|swallowed|swallow)\s+(?:a|an|the|one|some|one\s+of\s+the)\s+(?:\w+\s+)?(?:battery|batteries|magnets?|"
    r"button\s+cells?|pods?|detergent)",
    r"(?:rushed|had\s+to\s+go|taken|took\s+\w+|went)\s+to\s+the\s+(?:emergency\s+)?vet",
    r"(?:at|in)\s+(?:the\s+er|(?:the\s+)?(?:a&e|emergency\s+room))(?![a-z&])|"
    r"at\s+the\s+hospital\s+(?:because|after|with|from)",
    r"(?:electric\s+shock|got\s+(?:a|an)\s+shock\s+from|electrocuted)",
    r"(?:caught|catch|burst\s+into|went\s+up\s+in)\s+(?:on\s+)?(?:fire|flames)",
    r"(?:smells?|smelling|smelt|smelled)\s+(?:of\s+|like\s+)?gas|gas\s+(?:leak|smell)|carbon\s+monoxide\s+"
    r"(?:leak|poisoning|alarm\s+(?:is\s+)?(?:going\s+off|went\s+off|beeping))",
    r"(?:it|charger|battery|plug|socket|kettle|heater|device|appliance|cable|machine|oven|toaster|hair\s?dryer|"
    r"straighteners|phone|laptop|lamp)(?:\s+\w+){0,3}?\s+(?:is|was|started|keeps|kept)\s+(?:smoking|sparking)",
    r"(?:battery|batteries|charger|phone|device|bottle|vape|scooter|hoverboard|cooker|kettle|laptop|power\s?bank|it)"
    r"\s+(?:has\s+|just\s+)?(?:exploded|blew\s+up)(?!\s+with)",
    r"(?:can'?t|cannot|couldn'?t)\s+breathe|(?:trouble|difficulty|struggling|hard\s+time)\s+(?:to\s+)?breathing|"
    r"struggling\s+to\s+breathe",
    r"(?:choked|choking|started\s+choking)\s+on",
    r"swallowed\s+(?:a|the|one|some)\s+(?:battery|batteries|magnet|magnets|part|piece|button)",
    r"(?:broke\s+out\s+in|gave\s+(?:me|him|her)\s+(?:a|an))\s+(?:rash|hives|burns?)",
    r"(?:throat|face|lips|tongue)\s+(?:is\s+|are\s+|started\s+)?(?:swelling|swollen|closing)",
    # Spanish
    r"(?:reaccion\s+alergica|intoxicacion|intoxicad[oa]|envenenad[oa]|me\s+queme|urgencias)",
    r"(?:se\s+trago|trago|se\s+comio|ingirio)\s+(?:una|un|el|la|unas|unos)\s+(?:pila|bateria|iman|piez\w+|capsula|detergente)",
    r"no\s+(?:puede|puedo|podia)\s+respirar",
    r"(?:termin\w+|acab\w+|llevad[oa]|fui|fue|estoy|esta|ingresad[oa])\s+(?:en|al|a)\s+(?:el\s+)?hospital",
    # French
    r"(?:reaction\s+allergique|intoxication|empoisonne\w*|aux\s+urgences|m'a\s+brule\w*)",
    r"avale\s+(?:une|un|des|la|le)\s+(?:pile|batterie|aimant|piece|capsule)|(?:ne\s+)?(?:peut|peux|pouvait)\s+plus\s+respirer",
    r"(?:suis|est|etait|fini|emmene\w*|transporte\w*)\s+a\s+l'hopital",
    # German
    r"(?:allergische\s+reaktion|lebensmittelvergiftung|vergiftet|vergiftung|notaufnahme|(?:mich|mir)\s+\w*\s*verbrannt)",
    r"(?:liege|lag|bin|war|musste)\s+(?:\w+\s+)?(?:im|ins)\s+krankenhaus",
    r"(?:batterie|knopfzelle|magnet\w*|kapsel|teil|tablette\w*)\s+(?:\w+\s+){0,4}verschluckt|atemnot|"
    r"(?:kann|konnte)\s+(?:\w+\s+)?nicht\s+(?:mehr\s+)?atmen",
    # Portuguese
    r"(?:reacao\s+alergica|intoxicacao|envenenad[oa]|pronto[\s-]socorro|me\s+queimei)",
    r"(?:fui|foi|estou|esta|levad[oa]|internad[oa])\s+(?:para\s+o|no|ao)\s+hospital",
    # Italian
    r"(?:reazione\s+allergica|intossicazione|avvelenat[oa]|pronto\s+soccorso|mi\s+sono\s+ustionat[oa])",
    r"(?:sono|e|finit[oa]|portat[oa]|ricoverat[oa])\s+(?:in|all')\s*ospedale",
)

# Legal emergencies. The first group is about someone's physical safety (stalking, domestic violence
# tied to an address): their reply also points to emergency services.
_LEGAL_DANGER = any_of(
    r"stalk(?:er|ers|ing|ed|s)?(?!\s+(?:the|my|your|our)\s+(?:tracking|order|parcel|package|page|site|website|app|inbox|"
    r"delivery|updates?))(?!\s+(?:season|dvd|blu|game|movie|film|book|series|\d))",
    r"domestic\s+(?:violence|abuse)",
    r"(?:boyfriend|girlfriend|husband|wife|partner|ex)\s+(?:hit|hits|beat|beats|punched|attacked|hurt|hurts|abused|abuses|"
    r"threatened|is\s+threatening|strangled|choked)\s+me|(?:need|have)\s+to\s+hide(?:\s+(?:from|somewhere))?\s*(?:[,.!;]|$)|"
    r"(?:hide|hiding)\s+from\s+(?:him|her|them|my\s+(?:ex|husband|wife|partner|boyfriend|girlfriend))|"
    r"(?:fled|fleeing|escaped)\s+(?:from\s+)?(?:him|her|my\s+(?:ex|husband|wife|partner|boyfriend|girlfriend)|an?\s+abusive)",
    r"(?:abusive|violent)\s+(?:ex|partner|husband|wife|boyfriend|girlfriend)",
    r"restraining\s+order|protective\s+order|protection\s+order",
    r"(?:he|she|they|my\s+ex)\s+(?:knows?|found\s+out|must\s+not\s+(?:know|find))\s+where\s+i\s+live",
    r"(?:my\s+ex|abuser)\s+(?:can'?t|cannot|must\s+not|mustn'?t|shouldn'?t|doesn'?t)\s+(?:know|see|find|get)\s+my\s+(?:new\s+)?address",
    r"(?:acoso|acosador\w*|violencia\s+(?:domestica|de\s+genero)|orden\s+de\s+alejamiento)",
    r"(?:harcel\w*|violences?\s+conjugales?|ordonnance\s+de\s+protection)",
    r"(?:nachstell\w*|hausliche\s+gewalt|kontaktverbot|gewaltschutz\w*)",
    r"(?:perseguid[oa]\s+por|violencia\s+domestica|medida\s+protetiva)",
    r"(?:violenza\s+domestica|ordine\s+restrittivo)",
)
_LEGAL = any_of(
    r"(?:called|contacted|involved|reported\s+(?:it|this|him|her|them)\s+to)\s+the\s+police|police\s+report",
    r"police\s+(?:are|were|is)\s+(?:here|at\s+my\s+door|involved|investigating)",
    r"(?:arrest\s+warrant|search\s+warrant|subpoena|summons|arrested)",
    r"court\s+(?:date|deadline|hearing|order|case|summons)",
    r"legal\s+emergency|(?:eviction|evicted|bailiffs?)\b",
    r"(?:in|for|to)\s+court\s+(?:tomorrow|today|on\s+\w+|by\s+\w+|next\s+week)",
    r"(?:papers|documents|evidence|paperwork)\s+(?:\w+\s+){0,4}?(?:for|to)\s+(?:the\s+)?court",
    r"(?:llame\s+a\s+la\s+policia|denuncia\s+(?:a\s+la|en\s+la)\s+policia|juicio\s+(?:manana|hoy)|citacion\s+judicial)",
    r"(?:appele\s+la\s+police|plainte\s+(?:a|aupres\s+de)\s+la\s+police|audience\s+(?:demain|au\s+tribunal)|convocation\s+au\s+tribunal)",
    r"(?:die\s+polizei\s+(?:gerufen|ist\s+hier|ermittelt)|gerichtstermin|vorladung)",
    r"(?:chamei\s+a\s+policia|boletim\s+de\s+ocorrencia|audiencia\s+(?:amanha|hoje)|intimacao)",
    r"(?:chiamato\s+la\s+polizia|denuncia\s+alla\s+polizia|udienza\s+(?:domani|oggi)|citazione\s+in\s+tribunale)",
)

_HARASSMENT = any_of(
    r"exposed\s+(?:him|her|them)sel(?:f|ves)",
    r"(?:flashed|groped|grabbed|fondled|assaulted|attacked|punched|slapped|spat\s+on|kissed)\s+me",
    r"(?:tried|try|trying)\s+to\s+(?:kiss|touch|grab|hug)\s+me|masturbat\w*|touched\s+me\s+inappropriately|"
    r"inappropriately\s+touched",
    r"(?:followed|hit)\s+me(?!\s+(?:up|back|on))",
    r"sexual(?:ly)?\s+(?:harass\w*|assault\w*|comments?|remarks?|advances?|messages?)",
    r"harass(?:ed|es|ing|ment)?",
    r"(?:threatened|threatening)\s+(?:me|us|my|to\s+(?:hurt|kill|beat|hit))",
    r"(?:death\s+threats?|threats\s+(?:from|against))",
    r"(?:received|receiving|getting|got|sent\s+me)\s+(?:a\s+|an\s+)?(?:threats?|threatening\s+(?:messages?|letters?|"
    r"e-?mails?|calls?|texts?|notes?))",
    r"(?:unwanted|inappropriate|creepy|explicit)\s+(?:advances|messages|texts|photos|pictures|comments|touching|behaviou?r)",
    r"(?:he|she|driver|courier|guy|man|someone|somebody|employee)\s+(?:keeps?|kept|has\s+been|is|was)\s+"
    r"(?:calling|texting|messaging|following|showing\s+up\s+at|contacting)\s+me",
    r"(?:asked|asking)\s+me\s+out",
    r"(?:racial\s+slurs?|racist\s+(?:slurs?|abuse|names|comments?|remarks?)|(?:homophobic|sexist|transphobic)\s+"
    r"(?:slurs?|abuse|names|comments?|remarks?)|verbally\s+abused\s+me|called\s+me\s+a\s+(?:slut|whore|bitch|\w+\s+slur))",
    r"(?:acoso|me\s+acos\w+|me\s+amenaz\w+|se\s+exhibio|me\s+manoseo|acos(?:ando|ado|ada|andome))",
    r"(?:harcelement|m'a\s+menace\w*|s'est\s+exhibe|attouchements?|m'a\s+(?:touche\w*|pelote\w*|agresse\w*))",
    r"avances\s+(?:insistantes|deplacees|sexuelles|non\s+desirees)",
    r"(?:belastigt|belastigung|hat\s+mich\s+bedroht|hat\s+sich\s+entblosst|hat\s+mich\s+angefasst|hat\s+mich\s+begrapscht)",
    r"(?:assedio|me\s+assediou|me\s+ameacou|se\s+exibiu)",
    r"(?:molestie|mi\s+ha\s+molestat[oa]|mi\s+ha\s+minacciat[oa]|si\s+e\s+esibito)",
)

# "harassing me with emails" is a marketing complaint; a sentence about those is not a safety case.
_MARKETING = re.compile(r"\b(?:e-?mails?|newsletters?|marketing|promo\w*|spam|notifications?|ads|adverts?)\b")

_RULES: tuple[tuple[str, re.Pattern[str], bool], ...] = (
    (SELF_HARM, _SELF_HARM, True),
    (VIOLENCE, _VIOLENCE, True),
    (MEDICAL, _MEDICAL, True),
    (LEGAL, _LEGAL_DANGER, True),
    (HARASSMENT, _HARASSMENT, False),
    (LEGAL, _LEGAL, False),
)


# Idioms that borrow violent words; removed before matching.
_IDIOMS = re.compile(
    r"(?:die|dying|died|morir\w*|muero|mourir|meurs|sterbe\w*|morrer|morrendo|morire|muoio)\s+"
    r"(?:of|from|de|vor|di|a)\s+(?:la\s+)?(?:laugh\w*|embarrass\w*|shame|boredom|risa|verguenza|rire|honte|"
    r"lachen|scham|langeweile|rir|vergonha|ridere|vergogna|noia)"
    r"|(?:would|will|wo|wouldn'?t|won'?t)\s+(?:it\s+)?(?:kill|hurt)\s+(?:you|u|ya|them|anyone|someone)"
    r"|shoot\s+\w+\s+(?:a|an)\s+(?:email|e-mail|message|text|dm|note|line|quick)"
)


def detect(text: str) -> list[SafetyFinding]:
    """Every safety category the message touches, at most one finding per category, most severe first."""
    findings: dict[str, SafetyFinding] = {}
    for sentence in sentences(_IDIOMS.sub(" ", fold(text))):
        for category, pattern, danger in _RULES:
            match = pattern.search(sentence)
            if not match:
                continue
            if category == HARASSMENT and match.group(0).startswith("harass") and _MARKETING.search(sentence):
                continue
            if category not in findings or (danger and not findings[category].danger):
                findings[category] = SafetyFinding(category, match.group(0).strip(), danger)
    return [findings[c] for c in CATEGORIES if c in findings]


def categories(text: str) -> list[str]:
    return [finding.category for finding in detect(text)]


def is_safety_concern(text: str) -> bool:
    return bool(detect(text))
