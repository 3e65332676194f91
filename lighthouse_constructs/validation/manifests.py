"""Reading YAML manifests the way Kubernetes tools do (including the bare `=` scalar)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from ..conventions import ENVIRONMENT_NAMES

_BaseLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class ManifestLoader(_BaseLoader):  # type: ignore[misc,valid-type]
    """yaml.SafeLoader (libyaml when available) that reads a bare `=` as the string "=".

    PyYAML follows YAML 1.1, where `=` is the `value` tag and safe_load fails on it; Go and Node
    parsers (kubectl, cdk8s) read it as a string. The AlertmanagerConfig CRD has such an enum item.
    """


ManifestLoader.add_constructor("tag:yaml.org,2002:value", lambda loader, node: loader.construct_scalar(node))


def load_all(text: str) -> list[Any]:
    """Every non-empty document of a multi-document YAML text."""
    return [doc for doc in yaml.load_all(text, Loader=ManifestLoader) if doc is not None]


def load_dir(directory: Path) -> list[dict[str, Any]]:
    """Every object of every `*.yaml`/`*.yml` file in `directory` (not recursive), files in name order."""
    objects: list[dict[str, Any]] = []
    for path in sorted([*directory.glob("*.yaml"), *directory.glob("*.yml")]):
        objects.extend(load_all(path.read_text()))
    return objects


def environment_dirs(root: Path) -> dict[str, Path]:
    """{environment: directory}: each subdirectory of `root` holding YAML files (dev, staging, prod
    first), or `root` itself."""
    known = {name: i for i, name in enumerate(ENVIRONMENT_NAMES)}
    subdirs = {
        p.name: p for p in sorted(root.iterdir(), key=lambda p: (known.get(p.name, len(known)), p.name))
        if p.is_dir() and (any(p.glob("*.yaml")) or any(p.glob("*.yml")))
    }
    if subdirs:
        return subdirs
    if any(root.glob("*.yaml")) or any(root.glob("*.yml")):
        return {root.name: root}
    return {}
