# Two commands set up everything on a fresh machine (Python >= 3.11, Java >= 17):
#   make demo   virtual environment, install, LanguageTool download, lint the sample article
#   make test   the whole test suite (provisions LanguageTool too)

PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
SAMPLE := fixtures/euronews-kim-zug-2023-09.txt

.PHONY: install languagetool system-packages demo test clean

$(BIN)/.installed: pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "newslint needs Python >= 3.11 (set PYTHON=python3.11 or newer)")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test,dask]'
	@touch $@

install: $(BIN)/.installed

languagetool: install
	$(BIN)/newslint languagetool install

# newslint exits 1 when it finds something; for the demo that is the expected outcome.
demo: languagetool
	@$(BIN)/newslint check $(SAMPLE); status=$$?; \
	if [ $$status -gt 1 ]; then exit $$status; fi; \
	echo; echo "(exit code $$status: 1 means findings at or above the fail level)"

# The editor and browser tests drive real programs from Debian's packages: Neovim
# (the LSP end-to-end test) and headless Chromium with chromedriver (the HTML report). Installed
# here when missing, so a clean machine passes; tests fail, never skip, without them.
SYSTEM_PACKAGES := nvim:neovim chromium:chromium chromedriver:chromium-driver

system-packages:
	@missing=""; for pair in $(SYSTEM_PACKAGES); do \
	  command -v $${pair%%:*} >/dev/null 2>&1 || missing="$$missing $${pair#*:}"; \
	done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" -eq 0 ]; then sudo=""; elif command -v sudo >/dev/null 2>&1; then sudo="sudo"; \
	  else echo "make: the tests need Debian packages:$$missing (install them as root: apt-get install$$missing)" >&2; exit 1; fi; \
	  echo "make: installing Debian packages:$$missing"; \
	  $$sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$sudo apt-get install -y -qq $$missing >/dev/null; \
	fi

# pytest exits 5 when it collected no tests: that is a failure here, never a pass.
test: languagetool system-packages
	@$(BIN)/pytest; status=$$?; \
	if [ $$status -eq 5 ]; then echo "make test: pytest collected no tests" >&2; exit 1; fi; \
	exit $$status

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache
