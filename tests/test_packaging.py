"""The wheel is what other repositories install: it must carry the CRD bindings and work alone.

The bindings live in the top-level `imports/` (the cdk8s convention) and are mapped onto
`lighthouse_constructs.imports` (pyproject.toml package-dir, setup.py): the wheel and the editable
install must both name them so, and the wheel must never ship a top-level `imports` package.
"""

from __future__ import annotations

import json
import subprocess
import sys
import sysconfig
import textwrap
import zipfile
from importlib import metadata
from pathlib import Path

import pytest

from support import ROOT
from wheel_env import WheelEnv, shared_env

SCRIPT = textwrap.dedent(
    """
    import lighthouse_constructs, cdk8s
    from lighthouse_constructs.bridge_service import BridgeService, BridgeServiceProps
    from lighthouse_constructs.namespace import LighthouseNamespace, NamespaceProps

    class Priority:
        name = "bridge-high"
        value = 1000

    app = cdk8s.App(outdir="out")
    chart = cdk8s.Chart(app, "consumer")
    ns = LighthouseNamespace(chart, "Ns", NamespaceProps(name="team-a"))
    BridgeService(chart, "Api", BridgeServiceProps(name="api", image="r/api:1@sha256:" + "0" * 64),
                  namespace=ns, priority_class=Priority())
    app.synth()
    print(lighthouse_constructs.__file__)
    """
)


@pytest.fixture(scope="session")
def installed(tmp_path_factory: pytest.TempPathFactory) -> WheelEnv:
    return shared_env(tmp_path_factory)


def _packaged_sources() -> set[str]:
    """Every module of the checkout, at the path the wheel must have it under."""
    package = {f"{p.relative_to(ROOT)}" for p in (ROOT / "lighthouse_constructs").rglob("*.py")}
    bindings = {f"lighthouse_constructs/{p.relative_to(ROOT)}" for p in (ROOT / "imports").rglob("*.py")}
    return package | bindings


def test_can_ship_the_bindings_under_the_package_name(installed: WheelEnv) -> None:
    names = zipfile.ZipFile(installed.wheel).namelist()
    assert "lighthouse_constructs/imports/monitoring/com/coreos/monitoring/__init__.py" in names
    assert any(n.endswith(".jsii.tgz") and n.startswith("lighthouse_constructs/imports/cnpg/") for n in names)
    assert not any(n.startswith(("imports/", "tests/", "config/", "dist/", "examples/")) for n in names), \
        "only the package ships: a top-level `imports` would collide with the consumer's own cdk8s imports/"
    assert "lighthouse_constructs/sentinel_cache/scripts/redis-start.sh" in names, "SentinelCache's scripts ship"


def test_can_ship_every_module_of_the_checkout(installed: WheelEnv) -> None:
    """setup.py finds the packages; a subpackage it missed would import in the checkout and fail downstream."""
    missing = sorted(_packaged_sources() - set(zipfile.ZipFile(installed.wheel).namelist()))
    assert not missing, f"modules missing from the wheel: {missing[:10]}"


def test_can_install_the_wheel_in_a_fresh_venv_and_synthesize(installed: WheelEnv, tmp_path: Path) -> None:
    result = installed.run("-c", SCRIPT, cwd=tmp_path)
    assert str(installed.venv) in result.stdout, "the package must come from the fresh venv, not the checkout"
    assert "Node 20 is end-of-life" not in result.stderr
    synthesized = (tmp_path / "out" / "consumer.k8s.yaml").read_text()
    assert "kind: ServiceMonitor" in synthesized and "kind: Deployment" in synthesized


def test_can_import_the_bindings_from_the_top_level_imports_dir_when_installed_editable(tmp_path: Path) -> None:
    """`make setup` installs the checkout with `pip install -e`: lighthouse_constructs.imports must
    resolve to imports/ (through setuptools' editable finder), from any working directory."""
    # the interpreter's own install, not the egg-info setuptools leaves in the checkout (also on sys.path)
    (dist,) = metadata.distributions(name="lighthouse-constructs", path=[sysconfig.get_paths()["purelib"]])
    direct_url = json.loads(dist.read_text("direct_url.json") or "{}")
    assert direct_url.get("dir_info", {}).get("editable"), f"not an editable install of the checkout: {direct_url}"
    assert not (ROOT / "lighthouse_constructs" / "imports").exists(), \
        "lighthouse_constructs/imports/ (the old layout) would shadow imports/; make setup removes it"
    probe = ("import lighthouse_constructs, lighthouse_constructs.imports.cnpg.io.cnpg.postgresql as cnpg\n"
             "print(lighthouse_constructs.__file__); print(cnpg.__file__); print(cnpg.Cluster.__name__)")
    result = subprocess.run([sys.executable, "-c", probe], cwd=tmp_path, capture_output=True, text=True, check=True)
    package, bindings, kind = result.stdout.split()
    assert Path(package) == ROOT / "lighthouse_constructs" / "__init__.py"
    assert Path(bindings) == ROOT / "imports" / "cnpg" / "io" / "cnpg" / "postgresql" / "__init__.py"
    assert kind == "Cluster"
