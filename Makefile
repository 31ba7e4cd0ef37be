# Two commands matter: `make run` (set up and serve the demo) and `make test` (set up and run every test).
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
export HF_HUB_OFFLINE := 1
export TRANSFORMERS_OFFLINE := 1
export LANGSMITH_TRACING ?= false
export LANGSMITH_TEST_TRACKING := false

.PHONY: install chromium run test lint eval eval-real bench bench-llm chat-load clean

install: $(VENV)/.installed

# torch goes first, pinned, so sentence-transformers takes the local CPU wheel instead of a CUDA build.
$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q torch==2.13.0
	$(PY) -m pip install -q -e ".[test]"
	touch $@

# The browser tests drive Debian's Chromium (never a browser Playwright downloads).
CHROMIUM ?= /usr/bin/chromium
chromium:
	@if [ ! -x $(CHROMIUM) ]; then \
	  if [ "$$(id -u)" = "0" ]; then \
	    echo "Installing Debian's chromium for the browser tests"; \
	    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium; \
	  else \
	    echo "The browser tests need Debian's chromium at $(CHROMIUM): run 'sudo apt-get install -y chromium'" \
	         "(or 'make test' as root, which installs it)." >&2; \
	    exit 1; \
	  fi; \
	fi

run: install
	$(VENV)/bin/support-agent run

test: install chromium
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

# 50 concurrent chats through the streaming API of a running `make run` (time to first token, to full reply).
chat-load: install
	$(VENV)/bin/support-agent chat-load

clean:
	rm -rf $(VENV) .data
