"""The LLM engine: the Reasoner interface on langchain-openai's ChatOpenAI (any OpenAI-compatible endpoint)."""
