"""Regenerate imports/ (installed as lighthouse_constructs.imports) from the CRD sources listed in cdk8s.yaml.

Why a script and not a bare `cdk8s import`: files of one API group must be imported together
(a second import of the group overwrites the first), four upstream CRDs carry `getXxx` properties
that jsii rejects (JSII5000), only the storage version of each kind is emitted (so only it is
generated), and the CRD directory is configurable (LIGHTHOUSE_CRD_DIR). The shared CRD files are
never modified: sanitized, concatenated copies go to a temp directory.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "imports"
DEFAULT_CRD_DIR = "../shared/crds"
# Property names jsii cannot compile (a getter clash in Java); removed from the temp copy only.
JSII_BREAKING_PROPERTIES = {"getConfigInterval", "getConfigTimeout", "getConcurrency", "getByTitleFallback"}


def crd_dir() -> Path:
    return Path(os.environ.get("LIGHTHOUSE_CRD_DIR", ROOT / DEFAULT_CRD_DIR)).resolve()


def sources_by_module() -> dict[str, list[Path]]:
    """Group the cdk8s.yaml `imports` entries by module NAME, resolving the CRD directory."""
    entries = yaml.safe_load((ROOT / "cdk8s.yaml").read_text())["imports"]
    grouped: dict[str, list[Path]] = defaultdict(list)
    for entry in entries:
        name, _, source = entry.partition(":=")
        relative = Path(source).relative_to(DEFAULT_CRD_DIR)
        grouped[name].append(crd_dir() / relative)
    return dict(grouped)


def strip_properties(node: object) -> object:
    """Drop JSII_BREAKING_PROPERTIES from every `properties` map (and `required` lists)."""
    if isinstance(node, dict):
        cleaned = {}
        for key, value in node.items():
            if key == "properties" and isinstance(value, dict):
                value = {k: v for k, v in value.items() if k not in JSII_BREAKING_PROPERTIES}
            if key == "required" and isinstance(value, list):
                value = [v for v in value if v not in JSII_BREAKING_PROPERTIES]
            cleaned[key] = strip_properties(value)
        return cleaned
    if isinstance(node, list):
        return [strip_properties(item) for item in node]
    return node


def storage_version_only(crd: dict) -> dict:
    """Keep only the storage version: the one the library emits. Other served versions would
    double or triple a binding's size (Istio ships three), and every generated class costs
    import time and memory. It also gives the emitted version the unsuffixed class name."""
    versions = [v for v in crd["spec"]["versions"] if v.get("storage")]
    return {**crd, "spec": {**crd["spec"], "versions": versions}}


UNUSED_GENERATORS = ("clusterDecisionResource", "git", "matrix", "merge", "plugin", "pullRequest", "scmProvider")
"""ApplicationSet generators the library never emits (Fleet uses `clusters`; `list` and `selector`
stay for users). matrix and merge nest every generator again: without them the binding is a
fraction of its 9 MB, which every synth imports. dist/ is still validated against the full CRD."""


def used_generators_only(crd: dict) -> dict:
    if crd["metadata"]["name"] != "applicationsets.argoproj.io":
        return crd
    for version in crd["spec"]["versions"]:
        generators = version["schema"]["openAPIV3Schema"]["properties"]["spec"]["properties"]["generators"]["items"]
        generators["properties"] = {k: v for k, v in generators["properties"].items() if k not in UNUSED_GENERATORS}
    return crd


def load_crd(path: Path) -> dict:
    loader = yaml.SafeLoader
    # The bare `=` scalar in AlertmanagerConfig reads as a YAML 1.1 value tag; keep it a string.
    loader.add_constructor("tag:yaml.org,2002:value", lambda loader_, node: loader_.construct_scalar(node))
    return yaml.load(path.read_text(), Loader=loader)


def main() -> int:
    cli = ROOT / "node_modules" / ".bin" / "cdk8s"
    modules = sources_by_module()
    missing = [str(p) for paths in modules.values() for p in paths if not p.is_file()]
    if missing:
        print(f"CRD files not found (set LIGHTHOUSE_CRD_DIR): {', '.join(missing)}", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory(prefix="lighthouse-crds-") as tmp:
        staging = Path(tmp) / "out"
        for name, paths in sorted(modules.items()):
            docs = [used_generators_only(storage_version_only(strip_properties(load_crd(p)))) for p in paths]
            combined = Path(tmp) / f"{name}.yaml"
            combined.write_text(yaml.safe_dump_all(docs, sort_keys=False))
            print(f"importing {name}: {', '.join(p.name for p in paths)}", flush=True)
            subprocess.run(
                [str(cli), "import", "--no-check-upgrade", "--language", "python",
                 "--output", str(staging), f"{name}:={combined}"],
                check=True, cwd=tmp, stdout=subprocess.DEVNULL,
            )
        if OUTPUT.exists():
            shutil.rmtree(OUTPUT)
        shutil.copytree(staging, OUTPUT)
    (OUTPUT / "__init__.py").write_text('"""Generated by scripts/generate_imports.py from cdk8s.yaml; do not edit."""\n')
    print(f"wrote {OUTPUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
