# Two commands matter: `make run` (set up and serve the demo) and `make test` (set up and run every test).
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
export HF_HUB_OFFLINE := 1
export TRANSFORMERS_OFFLINE := 1
export LANGSMITH_TRACING ?= false
export LANGSMITH_TEST_TRACKING := false

.PHONY: install run test lint eval eval-real bench bench-llm clean

install: $(VENV)/.installed

# torch goes first, pinned, so sentence-transformers takes the local CPU wheel instead of a CUDA build.
$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q torch==2.13.0
	$(PY) -m pip install -q -e ".[test]"
	touch $@

run: install
	$(VENV)/bin/support-agent run

test: install
	$(VENV)/bin/ruff check .
	$(PY) -m pytest -q -p no:cacheprovider

lint: install
	$(VENV)/bin/ruff check .

eval: install
	$(VENV)/bin/support-agent eval

# The development set of real customer messages (../shared, never copied into the repo).
eval-real: install
	$(VENV)/bin/support-agent eval-messages ../shared/real-messages/dev.jsonl

bench: install
	$(VENV)/bin/support-agent bench

bench-llm: install  # the LLM engine's overhead per turn, model answering at once (test double), beside offline
	$(VENV)/bin/support-agent bench-llm

clean:
	rm -rf $(VENV) .data
