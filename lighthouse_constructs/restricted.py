"""Pod Security "restricted" security contexts: the one definition every hardened pod uses.

Non-root UID/GID RESTRICTED_RUN_AS_USER, read-only root filesystem, no privilege escalation,
all capabilities dropped, seccomp RuntimeDefault. Three shapes of the same thing, for the three
ways constructs build pods: typed L1 (`k8s.SecurityContext`), cdk8s-plus container props, and
keyword arguments for the structs of generated CRD bindings (Prometheus, CNPG Pooler, ...).
"""

from __future__ import annotations

from typing import Any, Sequence

import cdk8s_plus_28 as kplus
from cdk8s_plus_28 import k8s

from .conventions import RESTRICTED_RUN_AS_USER


def container_security_context(run_as_user: int = RESTRICTED_RUN_AS_USER) -> k8s.SecurityContext:
    """A restricted container security context (typed L1)."""
    return k8s.SecurityContext(**_as_k8s(security_context_fields(run_as_user)))


def pod_security_context(supplemental_groups: Sequence[int] | None = None) -> k8s.PodSecurityContext:
    """A restricted pod security context (typed L1); volumes are group-owned by the pod's GID."""
    return k8s.PodSecurityContext(
        run_as_non_root=True,
        run_as_user=RESTRICTED_RUN_AS_USER,
        run_as_group=RESTRICTED_RUN_AS_USER,
        fs_group=RESTRICTED_RUN_AS_USER,
        supplemental_groups=list(supplemental_groups) if supplemental_groups else None,
        seccomp_profile=k8s.SeccompProfile(type="RuntimeDefault"),
    )


def container_security_props() -> kplus.ContainerSecurityContextProps:
    """A restricted container security context for cdk8s-plus containers."""
    return kplus.ContainerSecurityContextProps(
        user=RESTRICTED_RUN_AS_USER,
        group=RESTRICTED_RUN_AS_USER,
        ensure_non_root=True,
        read_only_root_filesystem=True,
        allow_privilege_escalation=False,
        privileged=False,
        capabilities=kplus.ContainerSecutiryContextCapabilities(drop=[kplus.Capability.ALL]),
        seccomp_profile=kplus.SeccompProfile(type=kplus.SeccompProfileType.RUNTIME_DEFAULT),
    )


def security_context_fields(run_as_user: int = RESTRICTED_RUN_AS_USER) -> dict[str, Any]:
    """The container security context as snake_case keyword arguments of a generated struct class."""
    return {
        "allow_privilege_escalation": False,
        "capabilities": {"drop": ["ALL"]},
        "privileged": False,
        "read_only_root_filesystem": True,
        "run_as_non_root": True,
        "run_as_user": run_as_user,
        "run_as_group": run_as_user,
        "seccomp_profile": {"type": "RuntimeDefault"},
    }


def _as_k8s(fields: dict[str, Any]) -> dict[str, Any]:
    return {
        **fields,
        "capabilities": k8s.Capabilities(**fields["capabilities"]),
        "seccomp_profile": k8s.SeccompProfile(**fields["seccomp_profile"]),
    }
