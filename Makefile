# Every target sets itself up: a virtual environment in .venv with claimkit and its tools.
# Tests and the demo run on $CLAIMKIT_MODEL; when it is unset they use the stand-in Dutch
# pipeline in ../shared/models/nl_ud_sm if it is there, else nl_core_news_sm (which `make demo`
# installs the standard spaCy way when it is missing).

PYTHON ?= python3
LINT_PATHS := $(wildcard src tests benchmarks examples scripts)
VENV ?= .venv
PY := $(VENV)/bin/python
SHARED ?= $(abspath ../shared)
STANDIN := $(SHARED)/models/nl_ud_sm
DEFAULT_MODEL := nl_core_news_sm
MODEL := $(or $(CLAIMKIT_MODEL),$(if $(wildcard $(STANDIN)/meta.json),$(STANDIN),$(DEFAULT_MODEL)))
export CLAIMKIT_SHARED := $(SHARED)

.PHONY: demo test chromium lint format schema bench clean

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[dev]"
	touch $@

DEMO_ARTICLE := $(or $(wildcard $(SHARED)/articles/bachmoet-2022-12.txt),examples/voorbeeld-2023-02.txt)

demo: $(VENV)/.installed
	@if [ "$(MODEL)" = "$(DEFAULT_MODEL)" ] && ! $(PY) -c "import $(DEFAULT_MODEL)" 2>/dev/null; then \
		echo "installing the Dutch pipeline $(DEFAULT_MODEL) (python -m spacy download)"; \
		$(PY) -m spacy download $(DEFAULT_MODEL) || exit 1; \
	fi
	CLAIMKIT_MODEL=$(MODEL) $(PY) examples/analyze_article.py $(DEMO_ARTICLE)

# pytest's exit status 5 (no test collected) is reported and fails like any other.
test: $(VENV)/.installed chromium
	CLAIMKIT_MODEL=$(MODEL) $(PY) -m pytest $(PYTEST_ARGS); status=$$?; \
	if [ $$status -eq 5 ]; then echo "pytest collected no tests: failing" >&2; exit 1; fi; \
	exit $$status

# tests/test_browser.py drives Chromium through Playwright (a pip package of the dev extra).
# Without a Chromium on PATH: Debian's package when we are root with apt-get, else (or when
# that fails) Playwright's own download. Both may fail offline, quietly: the test then skips,
# saying why.
HAVE_CHROMIUM := for b in chromium chromium-browser google-chrome; do \
	command -v $$b >/dev/null 2>&1 && exit 0; done; exit 1
APT_CHROMIUM := apt-get install -y -qq --no-install-recommends chromium

chromium: $(VENV)/.installed
	@if ! ($(HAVE_CHROMIUM)); then \
		if command -v apt-get >/dev/null 2>&1 && [ "$$(id -u)" = 0 ]; then \
			echo "installing Chromium for the browser test: apt-get"; \
			{ $(APT_CHROMIUM) || { apt-get update -qq && $(APT_CHROMIUM); }; } >/dev/null 2>&1 || true; \
		fi; \
		if ! ($(HAVE_CHROMIUM)); then \
			echo "installing Chromium for the browser test: playwright install"; \
			$(PY) -m playwright install chromium >/dev/null 2>&1 || true; \
		fi; \
	fi

lint: $(VENV)/.installed
	$(VENV)/bin/ruff check $(LINT_PATHS)
	$(VENV)/bin/ruff format --check $(LINT_PATHS)

format: $(VENV)/.installed
	$(VENV)/bin/ruff check --fix $(LINT_PATHS)
	$(VENV)/bin/ruff format $(LINT_PATHS)

schema: $(VENV)/.installed
	$(VENV)/bin/claimkit schema --out src/claimkit/schema/analysis.schema.json

bench: $(VENV)/.installed
	CLAIMKIT_MODEL=$(MODEL) $(PY) benchmarks/throughput.py
	$(PY) benchmarks/numbers.py

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache .hypothesis
