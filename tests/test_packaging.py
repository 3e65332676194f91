"""The wheel is what other repositories install: it must carry the CRD bindings and work alone."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import zipfile
from pathlib import Path

import pytest

from support import ROOT

SCRIPT = textwrap.dedent(
    """
    import lighthouse_constructs, cdk8s
    from lighthouse_constructs.bridge_service import BridgeService, BridgeServiceProps
    from lighthouse_constructs.namespace import LighthouseNamespace, NamespaceProps

    class Priority:
        name = "bridge-high"

    app = cdk8s.App(outdir="out")
    chart = cdk8s.Chart(app, "consumer")
    ns = LighthouseNamespace(chart, "Ns", NamespaceProps(name="team-a"))
    BridgeService(chart, "Api", BridgeServiceProps(name="api", image="r/api:1@sha256:" + "0" * 64),
                  namespace=ns, priority_class=Priority())
    app.synth()
    print(lighthouse_constructs.__file__)
    """
)


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation", "-w", str(out), str(ROOT)],
        check=True,
    )
    (built,) = out.glob("lighthouse_constructs-*.whl")
    return built


def test_can_ship_the_bindings_under_the_package_name(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    assert "lighthouse_constructs/imports/monitoring/com/coreos/monitoring/__init__.py" in names
    assert any(n.endswith(".jsii.tgz") and n.startswith("lighthouse_constructs/imports/cnpg/") for n in names)
    assert not any(n.startswith(("imports/", "tests/", "config/", "dist/")) for n in names), "only the package ships"
    assert "lighthouse_constructs/sentinel_cache/scripts/redis-start.sh" in names, "SentinelCache's scripts ship"


def test_can_install_the_wheel_in_a_fresh_venv_and_synthesize(wheel: Path, tmp_path: Path) -> None:
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    python = venv / "bin" / "python"
    subprocess.run([str(python), "-m", "pip", "install", "--quiet", "--no-compile", "--disable-pip-version-check", str(wheel)], check=True)
    work = tmp_path / "consumer"
    work.mkdir()
    result = subprocess.run([str(python), "-c", SCRIPT], cwd=work, capture_output=True, text=True, check=True)
    assert str(venv) in result.stdout, "the package must come from the fresh venv, not the checkout"
    assert "Node 20 is end-of-life" not in result.stderr
    synthesized = (work / "out" / "consumer.k8s.yaml").read_text()
    assert "kind: ServiceMonitor" in synthesized and "kind: Deployment" in synthesized
