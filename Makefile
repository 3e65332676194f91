# Two commands on a fresh clone: `make synth` and `make test`. Both set up what they need and are
# quick when already set up (stamp files track the installed dependency manifests).
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
CDK8S := node_modules/.bin/cdk8s
export LIGHTHOUSE_CRD_DIR ?= $(abspath ../shared/crds)

.PHONY: synth test imports bench check report clean setup tools

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

test: setup tools
	$(PY) -m pytest

# promtool and amtool for the rule and Alertmanager-config tests: Debian's prometheus and
# prometheus-alertmanager packages, downloaded and unpacked (never installed: no service starts).
# If apt cannot fetch them, make goes on and those tests skip, saying why.
TOOLS_BIN := .tools/bin
tools: $(TOOLS_BIN)/promtool $(TOOLS_BIN)/amtool

$(TOOLS_BIN)/promtool $(TOOLS_BIN)/amtool:
	@mkdir -p $(TOOLS_BIN); dest=$$(cd $(TOOLS_BIN) && pwd); tmp=$$(mktemp -d); cd $$tmp && \
	{ apt-get download prometheus prometheus-alertmanager 2>/dev/null || \
	  { [ "$$(id -u)" = 0 ] && apt-get update -qq && apt-get download prometheus prometheus-alertmanager; }; } && \
	for deb in *.deb; do dpkg -x "$$deb" x; done && cp x/usr/bin/promtool x/usr/bin/amtool "$$dest/" \
	|| echo "warning: could not fetch promtool/amtool with apt-get download; their tests will skip"; \
	rm -rf $$tmp

imports: setup
	$(PY) scripts/generate_imports.py

bench: setup
	$(PY) benchmarks/synth.py

clean:
	rm -rf $(VENV) node_modules build *.egg-info
