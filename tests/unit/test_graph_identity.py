"""The graph reads identity only from the server-injected caller (graph/identity.py)."""

from __future__ import annotations

from core.identity import Principal, auth_user
from graph.identity import configurable_for, identity_problem, verified_customer, verified_principal


class ProxyLike:
    """Shaped like langgraph-api's user proxy: item access and attributes, not a dict."""

    def __init__(self, data: dict):
        self._data = data

    def __getitem__(self, key):
        return self._data[key]

    def __getattr__(self, name):
        try:
            return self._data[name]
        except KeyError as exc:
            raise AttributeError(name) from exc


def _config(user) -> dict:
    return {"configurable": {"thread_id": "t", "langgraph_auth_user": user}}


def test_customer_from_the_injected_user():
    assert verified_customer(_config(auth_user(Principal("customer", "C000001")))) == "C000001"
    assert verified_customer(_config(ProxyLike(auth_user(Principal("customer", "C000001"))))) == "C000001"
    assert verified_customer({"configurable": configurable_for(Principal("customer", "C7"))}) == "C7"
    assert configurable_for(None) == {}


def test_visitors_staff_and_nobody_are_no_customer():
    assert verified_customer(_config(auth_user(Principal("anonymous", "v1")))) is None
    assert verified_customer(_config(auth_user(Principal("staff", "dana")))) is None
    assert verified_principal(_config(auth_user(Principal("staff", "dana")))) == Principal("staff", "dana")
    assert verified_customer({"configurable": {"thread_id": "t"}}) is None
    assert verified_customer(None) is None
    assert identity_problem({"configurable": {}}) is None


def test_a_foreign_or_inconsistent_user_is_an_identity_problem():
    for user in ({"identity": "langgraph-studio-user"}, {"identity": "customer:C1", "kind": "customer", "subject": "C2"},
                 "customer:C1"):
        assert verified_customer(_config(user)) is None
        assert identity_problem(_config(user)) == "invalid_identity"


def test_context_and_message_text_carry_no_identity():
    config = {"configurable": {"thread_id": "t", "customer_id": "C000001"}, "context": {"customer_id": "C1"}}
    assert verified_customer(config) is None


def test_context_ignores_identity_thresholds_and_unknown_engines():
    from graph.config import SupportContext, context_of

    context = SupportContext(customer_token="x", refund_limit=1e9, confidence_threshold=0, engine="offline")
    assert context.model_dump() == {"engine": "offline", "model": None, "temperature": None}
    # A model the deployment did not allow, or an absurd temperature, is ignored rather than used.
    assert SupportContext(model="gpt-expensive", temperature=9).model_dump(exclude={"engine"}) == {
        "model": None, "temperature": None}
    assert context_of({"engine": "no-such-engine"}).engine in ("offline", "openai")
    assert context_of(None).engine == context_of({}).engine
