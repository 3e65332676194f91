"""What the tests share: paths, tool lookup and the synthesized objects of an environment.

A plain module, not conftest.py: tests/cluster has its own conftest, and both would be the module `conftest`.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import lighthouse_constructs  # noqa: F401  (runtime setup before jsii starts)
from lighthouse_constructs.environments import build_app, load_environment
from lighthouse_constructs.validation import load_all

ROOT = Path(__file__).resolve().parent.parent
CRD_DIR = Path(os.environ.get("LIGHTHOUSE_CRD_DIR", ROOT / "../shared/crds")).resolve()


def find_tool(name: str) -> str | None:
    """A CLI the real tests run: $<NAME>, then .tools/bin (make tools), then PATH."""
    candidates = [os.environ.get(name.upper()), str(ROOT / ".tools" / "bin" / name), shutil.which(name)]
    return next((c for c in candidates if c and os.access(c, os.X_OK)), None)


class Manifests:
    """The objects of one synthesized environment, with a lookup that explains misses."""

    def __init__(self, env: str, files: dict[str, str]) -> None:
        self.env = env
        self.files = files
        # load_all, not yaml.safe_load_all: cdk8s writes the string "=" unquoted, which PyYAML rejects
        self.objects: list[dict] = [d for text in files.values() for d in load_all(text) if d]

    def charts(self) -> dict[str, list[dict]]:
        """{chart id (the Application's folder): its objects}."""
        return {name.split("/")[0]: [d for d in load_all(text) if d] for name, text in self.files.items()}

    def all(self, kind: str, namespace: str | None = None) -> list[dict]:
        return [
            o for o in self.objects
            if o["kind"] == kind and (namespace is None or o["metadata"].get("namespace") == namespace)
        ]

    def get(self, kind: str, name: str, namespace: str | None = None) -> dict:
        found = [o for o in self.all(kind, namespace) if o["metadata"]["name"] == name]
        if len(found) != 1:
            existing = sorted(f"{o['kind']}/{o['metadata'].get('namespace', '-')}/{o['metadata']['name']}" for o in self.objects)
            raise LookupError(f"{self.env}: expected one {kind} {name!r}, found {len(found)}; objects: {existing}")
        return found[0]


def synthesize(env: str, outdir: Path) -> dict[str, str]:
    """Synthesize `env` into `outdir`; returns {path under outdir (`<chart>/manifests.k8s.yaml`): text}."""
    build_app(load_environment(env), str(outdir)).synth()
    return {p.relative_to(outdir).as_posix(): p.read_text() for p in sorted(outdir.rglob("*.yaml"))}
