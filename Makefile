# Two commands on a fresh clone: `make synth` and `make test`. Both set up what they need and are
# quick when already set up (stamp files track the installed dependency manifests).
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
CDK8S := node_modules/.bin/cdk8s
export LIGHTHOUSE_CRD_DIR ?= $(abspath ../shared/crds)
# checkov pins dependencies (packaging 23) that conflict with the test tools: it gets its own venv.
CHECKOV_VERSION := 3.3.30
CHECKOV_VENV := .tools/checkov
CHECKOV_STAMP := $(CHECKOV_VENV)/.installed-$(CHECKOV_VERSION)

.PHONY: synth test lint imports bench check report clean setup tools docs cluster-bins cluster-test

setup: $(VENV)/.installed $(CDK8S)

# The generated bindings are in imports/ and install as lighthouse_constructs.imports (pyproject.toml,
# setup.py). A lighthouse_constructs/imports/ left over from the old layout (bytecode git does not
# remove) would shadow them as an empty namespace package, so it goes.
$(VENV)/.installed: pyproject.toml setup.py $(shell find imports -name __init__.py)
	rm -rf lighthouse_constructs/imports
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[test]'
	# Bytecode for the generated bindings: compiling them on every import costs seconds and
	# ~200 MiB (and PYTHONDONTWRITEBYTECODE may be set), so compile once here, for plain runs (the
	# tests) and for -O (the synth, see cdk8s.yaml), the venv's packages included.
	$(PY) -m compileall -q -o 0 -o 1 lighthouse_constructs imports $$($(PY) -c 'import sysconfig; print(sysconfig.get_path("purelib"))') >/dev/null || true
	touch $@

$(CDK8S): package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

synth: setup
	$(CDK8S) synth --no-check-upgrade

tools: $(CHECKOV_STAMP)

$(CHECKOV_STAMP):
	rm -rf $(CHECKOV_VENV)
	$(PYTHON) -m venv $(CHECKOV_VENV)
	$(CHECKOV_VENV)/bin/pip install --quiet --disable-pip-version-check 'checkov==$(CHECKOV_VERSION)'
	touch $@

# Static checks first (config in pyproject.toml): ruff over the repository, mypy over the package.
lint: setup
	$(VENV)/bin/ruff check .
	$(VENV)/bin/mypy

test: setup tools lint cluster-bins
	$(PY) -m pytest

# The control plane of the cluster tests (tests/cluster), built from the Go module proxy and cached
# outside the clone (~/.cache/lighthouse-constructs/k8s-<version>-<hash>/): 20-30 minutes cold, a
# no-op when cached. Without Go it warns and the cluster tests skip (fail under CI=true).
cluster-bins:
	scripts/build_control_plane.sh >/dev/null

# Only the cluster tests: every environment applied to a real API server, scheduled and drained.
cluster-test: setup cluster-bins
	$(PY) -m pytest tests/cluster -m cluster

# The validation gate over the committed dist/: a table per environment, non-zero exit on findings.
# checkov is required here (`tools` installs it), and the library's own allow-list is passed as this
# project's list, so its entries that dist/ no longer uses are findings too.
check: setup tools
	$(PY) -m lighthouse_constructs.validation dist --checkov require --exemptions lighthouse_constructs/validation/exemptions.yaml

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

# Capacity budget per environment: requests/limits per namespace at min and max scale vs quota.
report: setup
	$(PY) scripts/capacity_report.py

# The dependency graph of each environment as Mermaid (docs/dependency-graph.md).
docs: setup
	$(PY) scripts/render_dependency_graph.py

bench: setup
	$(PY) benchmarks/synth.py

clean:
	rm -rf $(VENV) .tools node_modules build *.egg-info
