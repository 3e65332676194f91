"""The barman-cloud CNPG-I plugin: its sidecar in the instance and recovery Job pods, and where it connects.

Read from github.com/cloudnative-pg/plugin-barman-cloud at TAG; paths in SOURCES.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

REPO = "github.com/cloudnative-pg/plugin-barman-cloud"
TAG = "v0.14.0"

PLUGIN_NAME = "barman-cloud.cloudnative-pg.io"
SIDECAR_NAME = "plugin-barman-cloud"
SIDECAR_RESTART_POLICY = "Always"
"""The sidecar is injected as a native sidecar (an init container with restartPolicy Always),
which needs a cluster with the SidecarContainers feature (Kubernetes 1.29+)."""
SIDECAR_JOB_ROLES = ("full-recovery", "snapshot-recovery")
"""CNPG Jobs that get the sidecar too (they restore from the object store)."""
OBJECT_STORE_EGRESS = "instances (WAL archive, base backups) and recovery Jobs (restore) to the object store endpoint"

SOURCES = {
    "PLUGIN_NAME": "internal/cnpgi/metadata/constants.go (PluginName)",
    "SIDECAR_NAME": "internal/cnpgi/operator/lifecycle.go (reconcilePodSpec: sidecarTemplate.Name)",
    "SIDECAR_RESTART_POLICY": "internal/cnpgi/operator/lifecycle.go (reconcilePodSpec: RestartPolicy Always)",
    "SIDECAR_JOB_ROLES": "internal/cnpgi/operator/lifecycle.go (reconcileJob: full-recovery, snapshot-recovery only)",
    "OBJECT_STORE_EGRESS": "internal/cnpgi/operator/lifecycle.go (instance pods with an archive or replica source; "
    "recovery Jobs)",
}


def created_services(obj: Mapping[str, Any]) -> tuple[str, ...]:
    return ()


def created_pods(obj: Mapping[str, Any]) -> tuple[dict[str, str], ...]:
    return ()
