# Two commands set up everything on a fresh machine (Python >= 3.11, Java >= 17):
#   make demo   virtual environment, install, LanguageTool download, lint the sample article
#   make test   the whole test suite (provisions LanguageTool too)

PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
SAMPLE := fixtures/euronews-kim-zug-2023-09.txt

.PHONY: install languagetool demo test clean

$(BIN)/.installed: pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "newslint needs Python >= 3.11 (set PYTHON=python3.11 or newer)")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	@touch $@

install: $(BIN)/.installed

languagetool: install
	$(BIN)/newslint languagetool install

# newslint exits 1 when it finds something; for the demo that is the expected outcome.
demo: languagetool
	@$(BIN)/newslint check $(SAMPLE); status=$$?; \
	if [ $$status -gt 1 ]; then exit $$status; fi; \
	echo; echo "(exit code $$status: 1 means findings at or above the fail level)"

# pytest exits 5 when it collected no tests: that is a failure here, never a pass.
test: languagetool
	@$(BIN)/pytest; status=$$?; \
	if [ $$status -eq 5 ]; then echo "make test: pytest collected no tests" >&2; exit 1; fi; \
	exit $$status

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache
