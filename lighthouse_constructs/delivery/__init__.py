"""Argo CD delivery: the App that writes one folder per Application, the AppProjects and
Applications in waves from the dependency graph (GitOps, RootApplication), the fleet's
ApplicationSet (Fleet), the pinned operator releases, and Argo CD's health checks.

Each module is imported on first use (`lighthouse_constructs.GitOps` included): the Argo CD
bindings are large, and a chart that delivers nothing need not load them.
"""

from __future__ import annotations

import importlib
from typing import Any

_MODULES = {
    "FolderPerChartApp": "output",
    "GitOps": "gitops", "GitOpsProps": "gitops", "RootApplication": "gitops", "SyncWindow": "gitops",
    "Fleet": "fleet", "FleetProps": "fleet", "FleetEnvironment": "fleet",
    "HelmRelease": "releases", "RELEASES": "releases",
}


def __getattr__(name: str) -> Any:
    if name in _MODULES:
        return getattr(importlib.import_module(f"{__name__}.{_MODULES[name]}"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = sorted(_MODULES)
