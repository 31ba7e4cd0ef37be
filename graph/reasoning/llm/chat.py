"""The ChatOpenAI instance a call uses: endpoint, key, timeout, retries and token cap from settings;
model and temperature from the run's context when it sets allowed ones (graph/config.py).

One instance per event loop and option set (core.loop_local), each with its own httpx client, so
connections are kept alive across turns but never shared between loops (a client bound to a closed loop
would fail every call after it).
"""

from __future__ import annotations

from dataclasses import dataclass

import httpx
from langchain_openai import ChatOpenAI

from core.loop_local import LoopLocal
from core.settings import Settings

# Endpoints such as Ollama or vLLM accept any key; the SDK insists on one.
LOCAL_ENDPOINT_KEY = "not-needed"


@dataclass(frozen=True)
class ModelOptions:
    model: str
    temperature: float
    max_tokens: int


def options_for(settings: Settings, context: object | None) -> ModelOptions:
    model = getattr(context, "model", None) or settings.openai_model
    temperature = getattr(context, "temperature", None)
    return ModelOptions(model, settings.llm_temperature if temperature is None else temperature,
                        settings.llm_max_tokens)


async def _close(model: ChatOpenAI) -> None:
    client = getattr(model, "http_async_client", None)
    if client is not None:
        await client.aclose()


_models: LoopLocal[ChatOpenAI] = LoopLocal(_close)


def chat_model(settings: Settings, options: ModelOptions) -> ChatOpenAI:
    """This loop's ChatOpenAI for these options (must be called inside the running loop)."""
    key = (settings.openai_base_url, options, settings.llm_timeout_s, settings.llm_max_retries)

    def build() -> ChatOpenAI:
        return ChatOpenAI(
            model=options.model,
            base_url=settings.openai_base_url,
            api_key=settings.openai_api_key or LOCAL_ENDPOINT_KEY,
            timeout=settings.llm_timeout_s,
            max_retries=settings.llm_max_retries,
            max_tokens=options.max_tokens,
            temperature=options.temperature,
            stream_usage=True,
            http_async_client=httpx.AsyncClient(timeout=settings.llm_timeout_s),
        )

    return _models.get(key, build)
