"""Reading YAML manifests the way Kubernetes tools do (including the bare `=` scalar)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

_BaseLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class ManifestLoader(_BaseLoader):  # type: ignore[misc,valid-type]
    """yaml.SafeLoader (libyaml when available) that reads a bare `=` as the string "=".

    PyYAML follows YAML 1.1, where `=` is the `value` tag and safe_load fails on it; Go and Node
    parsers (kubectl, cdk8s) read it as a string. The AlertmanagerConfig CRD has such an enum item.
    """


ManifestLoader.add_constructor("tag:yaml.org,2002:value", lambda loader, node: loader.construct_scalar(node))


def load_all(text: str) -> list[Any]:
    """Every non-empty document of a multi-document YAML text."""
    return [doc for _, doc in load_indexed(text)]


def load_indexed(text: str) -> list[tuple[int, Any]]:
    """(document number, document) of every non-empty document, numbered from 1 as they appear
    in the text (empty documents count, so the number is the one an editor's reader counts)."""
    return [(i, doc) for i, doc in enumerate(yaml.load_all(text, Loader=ManifestLoader), start=1) if doc is not None]


@dataclass(frozen=True, order=True)
class Source:
    """Where a manifest was read: its file and document number (from 1)."""

    file: Path
    document: int

    def __str__(self) -> str:
        return f"{self.file} document {self.document}"


def load_sources(directory: Path) -> list[tuple[dict[str, Any], Source]]:
    """Every object of every `*.yaml`/`*.yml` file under `directory` (its Applications' folders
    included), files in path order, each with where it was read."""
    out: list[tuple[dict[str, Any], Source]] = []
    for path in _yaml_files(directory):
        out += [(obj, Source(path, i)) for i, obj in load_indexed(path.read_text())]
    return out


def _yaml_files(directory: Path) -> list[Path]:
    return sorted([*directory.rglob("*.yaml"), *directory.rglob("*.yml")])


def load_dir(directory: Path) -> list[dict[str, Any]]:
    """Every object of every `*.yaml`/`*.yml` file under `directory`, files in path order."""
    return [obj for obj, _ in load_sources(directory)]


def environment_dirs(root: Path) -> dict[str, Path]:
    """{environment: directory}: each subdirectory of `root` holding YAML files at any depth (one
    folder per Application; dev, staging, prod first), or `root` itself when its YAML is its own."""
    known = {name: i for i, name in enumerate(("dev", "staging", "prod"))}
    if any(root.glob("*.yaml")) or any(root.glob("*.yml")):
        return {root.name: root}
    return {
        p.name: p for p in sorted(root.iterdir(), key=lambda p: (known.get(p.name, len(known)), p.name))
        if p.is_dir() and _yaml_files(p)
    }
