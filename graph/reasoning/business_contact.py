"""Messages about doing business with the store rather than buying from it: jobs, wholesale, press, partnerships.

"are you hiring?", "I run a boutique and want to stock your brand", "I'm a journalist writing about outdoor brands,
who do I contact?", "interested in an influencer collab". They are out of scope for customer care, and the reading
says so, but the help center says where they go ("For jobs, wholesale, press and partnerships write to ..."): the
reply was "I can't help with that one" while the address sat in the contact article. So such a message is answered
from that article, asked in its words (BUSINESS_ASKS). A message that also asks about an order, a return or goods is
a customer's, and stays one ("I work for a boutique, where is my order?"). Text is folded first (text_norm.fold).
"""

from __future__ import annotations

from graph.intents import OUT_OF_SCOPE
from graph.reasoning.readings import all_moved_to
from graph.reasoning.text_norm import any_of, fold

# What the contact article is asked for such a message: the customer's own words ("are you hiring?") are nearer the
# hours and the reply time than the line that says where jobs go.
BUSINESS_ASKS = "Where do I write about jobs, wholesale, press or partnerships?"

_JOBS = (r"hiring|are\s+you\s+recruiting|job\s+(?:openings?|offers?|opportunit\w+|application|vacanc\w+)|"
         r"apply\s+for\s+(?:a\s+)?(?:job|position|role|internship)|(?:a\s+)?job\s+(?:with|at)\s+(?:you|northbound)|"
         r"careers?\s+(?:page|opportunit\w+)|internships?|"
         r"(?:love|like|want|wanna|keen|interested\s+in)\s+(?:to\s+)?work(?:ing)?\s+(?:for|with|at)\s+(?:you|u|northbound)|"
         r"send\s+(?:you\s+)?my\s+(?:cv|resume)|empleo|trabajar\s+con\s+ustedes|offres?\s+d'?emploi|stellenangebot\w*|"
         r"\bvagas?\s+de\s+emprego|lavora(?:re)?\s+con\s+voi")
_WHOLESALE = (r"wholesale|stockists?|become\s+a\s+(?:retailer|reseller|stockist|distributor)|"
              r"(?:stock|carry|sell|resell)\s+your\s+(?:brand|products|line|clothing|collection)\s+(?:in|at)\s+(?:my|our)|"
              r"(?:stock|carry)\s+your\s+(?:brand|products|line|collection)|distribut(?:or|ion)\s+(?:deal|partner\w*)|"
              r"venta\s+al\s+por\s+mayor|mayorista|vente\s+en\s+gros|grossiste|grosshandel|atacado|ingrosso")
_PRESS = (r"journalist|reporter|press\s+(?:inquir\w+|enquir\w+|contact|office|kit|release)|media\s+(?:inquir\w+|enquir\w+|"
          r"contact|kit)|writing\s+(?:an?\s+)?(?:article|story|piece)\s+(?:about|on)|interview\s+(?:you|your|someone)|"
          r"periodista|journaliste|journalistin|jornalista|giornalista")
_PARTNERSHIP = (r"partnerships?|partner\s+with\s+(?:you|u|northbound|your\s+brand)|"
                r"collab(?:orate|orating|oration)?\s+with\s+(?:you|u|northbound|your\s+brand)|"
                r"(?:a|an|for\s+a|in\s+a)\s+(?:paid\s+|brand\s+|possible\s+)?collab(?:oration)?|influencers?|"
                r"(?:love|like|want|wanna|keen|interested|looking|happy)\s+(?:in\s+|to\s+)?collab\w*|"
                r"brand\s+ambassador|ambassador\s+program\w*|affiliate\s+program\w*|sponsor(?:ship|s|ing)?\b|"
                r"colaboracion|patrocin\w+|partenariat|sponsoring|kooperation|parceria|collaborazione")
_BUSINESS = any_of(_JOBS, _WHOLESALE, _PRESS, _PARTNERSHIP)
# Words of a customer's own request beside it: then the business words are an aside ("my order for the shop")
_CUSTOMER_REQUEST = any_of(
    r"my\s+(?:order|parcel|package|refund|return|delivery|account|password)|where\s+is|tracking|cancel\w*|"
    r"refund\w*|returns?\b|exchang\w*|size\s+chart|promo\s+code|discount\s+code|arrived|damaged|broken")


def asks_about_business(text: str) -> bool:
    """The message is about jobs, wholesale, press or a partnership, and asks nothing of an order or of goods bought."""
    folded = fold(text or "")
    return bool(_BUSINESS.search(folded)) and not _CUSTOMER_REQUEST.search(folded)


def read_business_question(probs: dict[str, float], text: str) -> dict[str, float]:
    """The distribution with all its mass on the out-of-scope reading (answered from the contact article), when the
    message is about doing business with the store: "is this where I apply for a job?" was read as a promo code."""
    if not asks_about_business(text):
        return probs
    return all_moved_to(probs, OUT_OF_SCOPE)
