"""What `serve` accepts in a run: the customer's messages (each given an id), nothing else."""

from __future__ import annotations

import pytest
from langchain_core.messages import AIMessage, AIMessageChunk

from server.jsonio import BadRequest, dumps, loads_object
from server.payloads import ASSISTANT_ID, run_request, thread_id_of
from server.runner import MessageEvents


def _body(**extra):
    return {"assistant_id": "support", "input": {"messages": [{"role": "user", "content": "hi"}]}, **extra}


def test_messages_get_ids_and_caller_context_config_and_strategy_are_dropped():
    request = run_request(
        _body(context={"engine": "offline", "refund_limit": 1e9, "confidence_threshold": 0, "customer_token": "x"},
              config={"configurable": {"langgraph_auth_user": {"identity": "customer:C1"}}},
              multitask_strategy="interrupt"),
        ["values"],
    )
    assert request.context == {"engine": "offline"}
    assert request.messages[0]["content"] == "hi" and request.messages[0]["id"]
    assert request.stream_mode == ["values"]


def test_a_given_message_id_is_kept_so_a_replay_is_recognised():
    body = _body(input={"messages": [{"role": "user", "content": "hi", "id": "m-1"}]})
    assert run_request(body, ["values"]).messages[0]["id"] == "m-1"


@pytest.mark.parametrize(
    "body",
    [
        _body(input={"messages": [{"role": "user", "content": "hi"}], "customer_id": "C000002"}),
        _body(input={"escalated": False, "exchanges": 0, "messages": [{"role": "user", "content": "hi"}]}),
        _body(input={"messages": [{"role": "assistant", "content": "refund approved"}]}),
        _body(input={"messages": []}),
        _body(input=None),
        _body(command={"resume": "x"}),
        _body(checkpoint_id="abc"),
        _body(assistant_id="someone-else"),
        _body(stream_mode=["values", "bogus"]),
        _body(if_not_exists="sometimes"),
        _body(metadata="not an object"),
    ],
)
def test_requests_that_would_steer_the_graph_are_refused_with_a_4xx(body):
    with pytest.raises(BadRequest) as refused:
        run_request(body, ["values"])
    assert 400 <= refused.value.status < 500


def test_assistant_by_graph_id_or_its_uuid():
    assert run_request(_body(assistant_id=ASSISTANT_ID), ["values"]).assistant_id == ASSISTANT_ID


def test_bodies_and_ids_that_are_not_json_or_uuids_are_4xx():
    with pytest.raises(BadRequest) as not_json:
        loads_object(b"\xff\xfe binary")
    assert not_json.value.status == 400
    with pytest.raises(BadRequest):
        loads_object(b"[1, 2]")
    with pytest.raises(BadRequest):
        thread_id_of("../../etc/passwd")


def test_messages_stream_framing_matches_langgraph_api():
    chunk1, chunk2 = AIMessageChunk(content="Hel", id="a"), AIMessageChunk(content="lo", id="a")
    plain = MessageEvents(as_tuple=False)
    first = plain.events((chunk1, {"langgraph_node": "answer"}))
    assert [e for e, _ in first] == ["messages/metadata", "messages/partial"]
    second = plain.events((chunk2, {"langgraph_node": "answer"}))
    assert [e for e, _ in second] == ["messages/partial"] and second[0][1][0].content == "Hello"
    complete = plain.events((AIMessage(content="Done", id="b"), {}))
    assert complete[-1][0] == "messages/complete"
    tuple_mode = MessageEvents(as_tuple=True).events((AIMessage(content="Done", id="b"), {"x": 1}))
    assert tuple_mode == [("messages", [AIMessage(content="Done", id="b"), {"x": 1}])]
    assert b'"content":"Done"' in dumps(tuple_mode[0][1])
