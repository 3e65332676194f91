# Two commands on a fresh clone: `make synth` and `make test`. Both set up what they need and are
# quick when already set up (stamp files track the installed dependency manifests).
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
CDK8S := node_modules/.bin/cdk8s
export LIGHTHOUSE_CRD_DIR ?= $(abspath ../shared/crds)

.PHONY: synth test imports bench check report clean setup

setup: $(VENV)/.installed $(CDK8S)

$(VENV)/.installed: pyproject.toml $(shell find lighthouse_constructs/imports -name __init__.py)
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[test]'
	# Bytecode for the generated bindings: compiling them on every import costs seconds and
	# ~200 MiB (and PYTHONDONTWRITEBYTECODE may be set), so compile once here.
	$(PY) -m compileall -q lighthouse_constructs >/dev/null
	touch $@

$(CDK8S): package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

synth: setup
	$(CDK8S) synth --no-check-upgrade

test: setup
	$(PY) -m pytest

imports: setup
	$(PY) scripts/generate_imports.py

bench: setup
	$(PY) benchmarks/synth.py

clean:
	rm -rf $(VENV) node_modules build *.egg-info
