"""The gate as other teams get it: `pip install 'lighthouse-constructs[gate]'` into a fresh venv
outside the checkout, then `python -m lighthouse_constructs.validation DIR --crds DIR`.

One wheel and one venv per session (pip's cache makes the install quick after the first); checkov
is not installed there, so the gate must say so and still pass a clean directory.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from support import CRD_DIR, ROOT
from wheel_env import install, shared_wheel

FIXTURES = ROOT / "tests" / "fixtures" / "gate"


@pytest.fixture(scope="session")
def gate_python(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The Python of a fresh venv with the session's wheel installed with its gate extra."""
    return install(shared_wheel(tmp_path_factory), tmp_path_factory.mktemp("gate") / "venv", "[gate]").python


def run_gate(python: Path, *args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """The gate CLI with none of this checkout's settings: no CRD dir or checkov from the
    environment, and a PATH with only Node (jsii needs it) and the system tools."""
    node = shutil.which("node")
    assert node, "Node.js is a runtime requirement of the library"
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("LIGHTHOUSE_", "PYTHON", "VIRTUAL_ENV")) and k != "PATH"}
    env["PATH"] = os.pathsep.join([str(Path(node).parent), "/usr/bin", "/bin"])
    return subprocess.run([str(python), "-m", "lighthouse_constructs.validation", *args],
                          cwd=cwd, env=env, capture_output=True, text=True, timeout=300)


def yaml_dir(root: Path, name: str, files: dict[str, str]) -> Path:
    directory = root / name
    directory.mkdir()
    for file_name, text in files.items():
        (directory / file_name).write_text(text)
    return directory


def good_files() -> dict[str, str]:
    return {p.name: p.read_text() for p in sorted((FIXTURES / "good").glob("*.yaml"))}


def test_can_ship_the_gate_and_its_exemptions_in_the_wheel(gate_python: Path, tmp_path: Path) -> None:
    result = run_gate(gate_python, "--help", cwd=tmp_path)
    assert result.returncode == 0 and "--crds" in result.stdout and "--exemptions" in result.stdout, result.stderr
    where = subprocess.run([str(gate_python), "-c", "import importlib.util as u; print(u.find_spec('lighthouse_constructs.validation').origin)"],
                           cwd=tmp_path, capture_output=True, text=True, check=True).stdout.strip()
    assert Path(where).is_relative_to(gate_python.parent.parent), f"the gate must come from the fresh venv, not {where}"
    assert (Path(where).parent / "exemptions.yaml").is_file(), "the library's exemptions are package data"


def test_can_pass_a_clean_directory_without_checkov_saying_it_did_not_run(gate_python: Path, tmp_path: Path) -> None:
    clean = yaml_dir(tmp_path, "clean", good_files())
    result = run_gate(gate_python, str(clean), "--crds", str(CRD_DIR), "--exemptions", str(FIXTURES / "exemptions.yaml"), cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["environment", "objects", "kinds", "schema", "name", "duplicate", "pod-security",
                                "namespace-labels", "checkov", "exemption"]
    assert lines[1].split() == ["clean", "7", "7", "0", "0", "0", "0", "0", "-", "0"]
    assert any(line.startswith("checkov: not run: checkov is not installed") for line in lines)
    assert "gate: passed" in lines


def test_fails_if_a_directory_has_a_duplicate_or_a_schema_error(gate_python: Path, tmp_path: Path) -> None:
    web = (FIXTURES / "good" / "web.yaml").read_text()
    service = next(doc for doc in web.split("\n---\n") if "\nkind: Service\n" in doc)
    duplicated = yaml_dir(tmp_path, "duplicated", {**good_files(), "z-copy.yaml": service})
    result = run_gate(gate_python, str(duplicated), "--crds", str(CRD_DIR), "--exemptions", str(FIXTURES / "exemptions.yaml"), cwd=tmp_path)
    assert result.returncode == 1, result.stdout + result.stderr
    finding = next(line for line in result.stdout.splitlines() if "[duplicate]" in line)
    assert finding.startswith("  [duplicate] Service gate-fixture/web: 2 objects with this apiVersion group (core), kind, namespace and name: ")
    assert finding.endswith(f"{duplicated / 'web.yaml'} document 4 and {duplicated / 'z-copy.yaml'} document 1")

    broken = yaml_dir(tmp_path, "broken", {"web.yaml": (FIXTURES / "bad" / "deployment-unknown-field.yaml").read_text()})
    result = run_gate(gate_python, str(broken), "--crds", str(CRD_DIR), "--checkov", "skip", cwd=tmp_path)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "  [schema] Deployment gate-fixture/web: spec.template.spec.containers[0].imagePulPolicy: unknown field" in result.stdout.splitlines()
    assert result.stdout.splitlines()[-2] == "gate: FAILED"
