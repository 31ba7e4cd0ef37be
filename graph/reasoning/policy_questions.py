"""A question about what the shop does in a tier-2 situation, asked before it has happened or in general.

"What happens if my parcel arrives damaged?", "if tracking says delivered but I can't find it, what should I
do?", "do you replace faulty items?", "what's your policy on lost packages?". The intent model reads the
situation (damaged item, lost parcel...) and the policy would hand the customer to a person, who would paste the
help center's article. The labelling guide and any help desk treat these as policy questions: tier 1, answered
from the article, with a person offered if it did happen. A message that reports the problem itself ("it
arrived damaged, what happens now?") is not one: problem_reports.py finds the report and a person decides.
Text is folded first (text_norm.fold).
"""

from __future__ import annotations

from graph.intents import family_of
from graph.reasoning.policy_named import ACTION_READINGS, asks_named_policy
from graph.reasoning.problem_reports import reported_problems
from graph.reasoning.text_norm import any_of, fold, sentences
from graph.state import Question

# The tier-2 situations the help center has an article on (graph/intents.py: needs a person when it happens).
SITUATIONS = frozenset({"damaged_item", "wrong_item", "lost_package", "payment_dispute"})

_STATE = (r"(?:damaged|broken|faulty|defective|wrong|lost|missing|stolen|incorrect|double|duplicate|unauthori[sz]ed|"
          r"not\s+received|never\s+(?:arrives?|arrived|received))")
_GOODS = r"(?:items?|goods|products?|orders?|parcels?|packages?|deliveries|charges?|payments?|sizes?)"
_CONDITIONAL = any_of(
    # "what happens if...", "what do I do when...", "what is the process if..."
    r"what\s+(?:happens|would\s+happen|will\s+happen|do\s+(?:i|you|we)\s+do|should\s+(?:i|we)\s+do|can\s+(?:i|we)\s+do|"
    r"is\s+the\s+(?:process|procedure|policy))\s+(?:\w+\s+){0,3}?(?:if|when|in\s+case|should)",
    r"what\s+if",
    # a sentence that opens on the condition and asks after it: "if it says delivered but..., what do I do?"
    r"^(?:if|in\s+case|in\s+the\s+event)\s[^?]{3,160},?\s*(?:what|how|who|do\s+you|does|is|are|can|will|should|would)"
    r"[^?]*\?",
    r"^when\s+[^?,]{3,100},\s*(?:what|how|who|do\s+you|does|is|are|can|will|should)[^?]*\?",
    # "what's your policy on lost packages?", "your process for damaged items"
    rf"(?:policy|process|procedure)\s+(?:on|for|with|regarding|about)\s+(?:\w+\s+){{0,2}}?{_STATE}",
    # "do you replace faulty items?", "are damaged items refunded?", "who pays for returning a wrong item?"
    rf"(?:do|will|would)\s+(?:you|u)\s+(?:\w+\s+)?(?:replace|refund|reimburse|cover|reship|resend|exchange)\s+"
    rf"(?:\w+\s+){{0,2}}?{_STATE}\s+{_GOODS}",
    rf"(?:are|is|do|does|will)\s+{_STATE}\s+(?:\w+\s+)?{_GOODS}\s+(?:\w+\s+){{0,2}}?(?:refunded|replaced|covered|"
    r"reimbursed|exchanged|reshipped|resent|returnable|free\s+to\s+return)",
    rf"who\s+pays\s+(?:for\s+)?(?:\w+\s+){{0,4}}?{_STATE}",
    # Spanish / French / German / Portuguese / Italian: "what happens if", "and if"
    r"que\s+(?:pasa|sucede|ocurre|hago|hacen|hacemos|debo\s+hacer)\s+(?:\w+\s+){0,2}?(?:si|cuando|en\s+caso)",
    r"(?:que\s+se\s+passe(?:-t-il)?|qu'est-ce\s+qui\s+se\s+passe|que\s+faire|que\s+faites-vous|et)\s+si",
    r"was\s+(?:passiert|geschieht|mache\s+ich|machen\s+sie|tun\s+sie),?\s+(?:\w+\s+){0,2}?(?:wenn|falls)",
    r"o\s+que\s+(?:acontece|faco|fazem|devo\s+fazer)\s+(?:\w+\s+){0,2}?(?:se|quando|caso)",
    r"(?:cosa|che)\s+(?:succede|accade|faccio|fate|devo\s+fare)\s+(?:\w+\s+){0,2}?(?:se|quando|nel\s+caso)",
)
_ASKS = any_of(r"what|how|who|do|does|are|is|will|would|can|if|when|in\s+case", r"que|qu'est-ce|was|o\s+que|cosa|che")


def asks_about_policy(text: str) -> bool:
    """A question of what the shop does if (or whenever) such a situation happens, and no report of it."""
    if reported_problems(text):
        return False
    for sentence in sentences(fold(text)) or [""]:
        sentence = sentence.strip()
        if ("?" in sentence or _ASKS.match(sentence)) and _CONDITIONAL.search(sentence):
            return True
    return False


# What a question about the policy for a situation is sure of: that it asks about one of them, whichever. "what happens
# if my parcel arrives damaged?" read 0.55 lost and the rest damaged, and went to a person unsure; the articles
# retrieved by its words answer it either way (a parcel that does not come is a late one too, and "what happens if my
# order doesn't come?" read 0.22 of it as where the order is: the late parcel's answer family).
POLICY_ANSWERED = SITUATIONS | family_of("shipping_delay")


def mark_policy_questions(questions: list[Question], distribution: dict[str, float] | None = None) -> list[Question]:
    """Each question read as a tier-2 situation that asks about the policy for it, or as an order action whose
    policy it names ("what's your exchange policy?", policy_named.py), is marked `asks_policy`: the help center
    answers it (drafting), no order is looked up or acted on for it, and it is no tier-2 request (the escalation
    policy). A message of one such question about a situation is as sure as the situations' mass together
    (`distribution`: the message's reading)."""
    marked = [Question(**question, asks_policy=True) if _asks_policy(question) else question for question in questions]
    if len(marked) == 1 and marked[0].get("asks_policy") and marked[0]["intent"] in SITUATIONS and distribution:
        together = sum(distribution.get(intent, 0.0) for intent in POLICY_ANSWERED)
        marked[0] = Question(**{**marked[0], "confidence": max(float(marked[0]["confidence"]), min(1.0, together))})
    return marked


def _asks_policy(question: Question) -> bool:
    if question["intent"] in SITUATIONS:
        return asks_about_policy(question["text"])
    return question["intent"] in ACTION_READINGS and asks_named_policy(question["text"])


def request_intents(questions: list[Question], main_intent: str | None) -> list[str]:
    """The intents the message asks the shop to look up or act on, main first: every question's but a policy
    question's (the help center answers it). Without questions, the main intent."""
    if not questions:
        return [main_intent] if main_intent else []
    return [question["intent"] for question in questions if not question.get("asks_policy")]
