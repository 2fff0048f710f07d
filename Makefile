# Vigie — one command to set up and run, one to test.
#   make run     set up .venv (first time), then run the bot (needs TELEGRAM_BOT_TOKEN)
#   make demo    set up, then try Vigie in the terminal without a token
#   make test    set up with the test tools, then lint, type-check and run the tests
PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin
STAMP   = $(VENV)/.installed

.PHONY: setup run demo test lint catalogs bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test]"
	$(BIN)/pybabel compile --domain vigie --directory bot/i18n/locales --use-fuzzy --statistics
	touch $(STAMP)

setup: $(STAMP)

run: $(STAMP)
	$(BIN)/vigie run

demo: $(STAMP)
	$(BIN)/vigie demo

catalogs: $(STAMP)
	$(BIN)/pybabel extract --mapping babel.cfg --keywords N_ --keywords ngettext:1,2 \
		--project Vigie --no-location --sort-output --output bot/i18n/vigie.pot bot
	$(BIN)/pybabel update --domain vigie --input-file bot/i18n/vigie.pot \
		--output-dir bot/i18n/locales --no-fuzzy-matching --ignore-obsolete
	$(BIN)/pybabel compile --domain vigie --directory bot/i18n/locales --statistics

lint: $(STAMP)
	$(BIN)/ruff check bot tests bench scripts
	$(BIN)/mypy

test: $(STAMP) lint
	$(BIN)/pybabel compile --domain vigie --directory bot/i18n/locales --statistics
	$(BIN)/python -m pytest -q

bench: $(STAMP)
	for b in bench/bench_*.py; do $(BIN)/python $$b || exit 1; done

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache
