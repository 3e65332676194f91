# Two commands on a fresh clone: `make synth` and `make test`. Both set up what they need and are
# quick when already set up (stamp files track the installed dependency manifests).
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
CDK8S := node_modules/.bin/cdk8s
export LIGHTHOUSE_CRD_DIR ?= $(abspath ../shared/crds)

.PHONY: synth test imports bench check report clean setup docs

setup: $(VENV)/.installed $(CDK8S)

$(VENV)/.installed: pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[test]'
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

docs: setup
	$(PY) scripts/render_dependency_graph.py

bench: setup
	$(PY) benchmarks/synth.py

clean:
	rm -rf $(VENV) node_modules build *.egg-info
