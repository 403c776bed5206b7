# The two commands in the README: `make site` builds the site, `make test` runs every test.
# Each sets up what it needs on a fresh machine (a venv, the packages, the browser and Java for tests).
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python

.PHONY: site test serve check clean
site: $(VENV)/.installed
	$(VENV)/bin/jobboard build $(if $(BASE_URL),--base-url $(BASE_URL))

test: $(VENV)/.test-installed
	$(PY) -m pytest $(PYTEST_ARGS)

serve: $(VENV)/.installed
	$(VENV)/bin/jobboard serve

check: $(VENV)/.installed
	$(VENV)/bin/jobboard check

$(VENV)/.installed: pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --disable-pip-version-check -e .
	touch $@

$(VENV)/.test-installed: $(VENV)/.installed scripts/install-test-deps.sh
	scripts/install-test-deps.sh $(VENV)
	touch $@

clean:
	rm -rf site .cache $(VENV)
