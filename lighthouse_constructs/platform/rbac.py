"""RBAC: one ServiceAccount per workload, and Roles that grant only what is named.

Every rule is checked by one function (`rule_problems`) used both when a Role is built and by
`scan_rbac`, which tests run over every synthesized environment. Refused: wildcards anywhere;
list/watch on Secrets (they return every Secret's data); Secret access without resourceNames;
the escalation verbs (bind, escalate, impersonate); CSR approval and admission webhook control.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, Literal

import cdk8s_plus_28 as kplus
import constructs
from cdk8s import ApiObjectMetadata
from cdk8s_plus_28 import k8s
from pydantic import Field, model_validator

from ..conventions import standard_labels
from ..handles import NamespaceHandle
from ..props import Props

Verb = Literal["get", "list", "watch", "create", "update", "patch", "delete", "deletecollection"]

_ESCALATION_VERBS = {"bind", "escalate", "impersonate"}
_CONTROL_RESOURCES = {
    ("certificates.k8s.io", "certificatesigningrequests/approval"),
    ("certificates.k8s.io", "signers"),
    ("admissionregistration.k8s.io", "validatingwebhookconfigurations"),
    ("admissionregistration.k8s.io", "mutatingwebhookconfigurations"),
}


def rule_problems(rule: Mapping[str, Any]) -> list[str]:
    """What is wrong with one PolicyRule (in its Kubernetes JSON form); [] when it is minimal."""
    groups = list(rule.get("apiGroups") or [])
    resources = list(rule.get("resources") or [])
    verbs = list(rule.get("verbs") or [])
    names = list(rule.get("resourceNames") or [])
    problems = []
    for field, values in (("apiGroups", groups), ("resources", resources), ("verbs", verbs),
                          ("resourceNames", names), ("nonResourceURLs", list(rule.get("nonResourceURLs") or []))):
        if any("*" in str(v) for v in values):
            problems.append(f"wildcard in {field} {values}")
    if _ESCALATION_VERBS & set(verbs):
        problems.append(f"escalation verbs {sorted(_ESCALATION_VERBS & set(verbs))}")
    if "" in groups and "secrets" in resources:
        if {"list", "watch"} & set(verbs):
            problems.append(f"{'/'.join(sorted({'list', 'watch'} & set(verbs)))} on secrets")
        if not names:
            problems.append("secrets without resourceNames")
    for group, resource in sorted(_CONTROL_RESOURCES):
        if group in groups and resource in resources:
            problems.append(f"control over {resource}")
    return problems


def scan_rbac(objects: Iterable[Mapping[str, Any]]) -> list[str]:
    """Every problem in every Role and ClusterRole of `objects` (synthesized manifests), one line each."""
    found: list[str] = []
    for obj in objects:
        if obj.get("kind") not in ("Role", "ClusterRole") or obj.get("aggregationRule"):
            continue
        where = f"{obj['kind']} {obj['metadata'].get('namespace', '-')}/{obj['metadata']['name']}"
        for index, rule in enumerate(obj.get("rules") or []):
            found.extend(f"{where} rules[{index}]: {problem}" for problem in rule_problems(rule))
    return found


class RbacRule(Props):
    """One PolicyRule, validated by `rule_problems` when created."""


    api_groups: tuple[str, ...] = Field(min_length=1)
    """API groups ("" is the core group)."""
    resources: tuple[str, ...] = Field(min_length=1)
    """Resources (and subresources such as pods/log)."""
    verbs: tuple[Verb, ...] = Field(min_length=1)
    """Verbs, named one by one."""
    resource_names: tuple[str, ...] = ()
    """Restrict to these object names (required for Secrets). Default: all objects of the resources."""

    @model_validator(mode="after")
    def _minimal(self) -> "RbacRule":
        problems = rule_problems(self.as_json())
        if problems:
            raise ValueError(f"rule {self.as_json()} is not minimal: {'; '.join(problems)}")
        return self

    def as_json(self) -> dict[str, list[str]]:
        rule: dict[str, list[str]] = {"apiGroups": list(self.api_groups), "resources": list(self.resources), "verbs": list(self.verbs)}
        if self.resource_names:
            rule["resourceNames"] = list(self.resource_names)
        return rule

    def to_k8s(self) -> k8s.PolicyRule:
        return k8s.PolicyRule(
            api_groups=list(self.api_groups),
            resources=list(self.resources),
            verbs=list(self.verbs),
            resource_names=list(self.resource_names) or None,
        )


def workload_service_account(
    scope: constructs.Construct,
    id: str,
    name: str,
    *,
    namespace: NamespaceHandle,
    automount: bool = False,
    component: str = "workload",
) -> kplus.ServiceAccount:
    """The dedicated ServiceAccount of one workload. Its token is not mounted unless `automount`
    (only for pods that call the Kubernetes API). Pass the result to cdk8s-plus workloads
    (`service_account=`), or use `.name` in operator resources' `serviceAccountName`."""
    return kplus.ServiceAccount(
        scope,
        id,
        metadata=ApiObjectMetadata(name=name, namespace=namespace.name, labels=standard_labels(name, component, namespace.name)),
        automount_token=automount,
    )


class RoleProps(Props):
    """Props of NamespacedRole and ClusterRoleGrant."""


    name: str = Field(pattern=r"^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$", max_length=253)
    """Name of the Role (or ClusterRole) and of its binding."""
    rules: tuple[RbacRule, ...] = Field(min_length=1)
    """What is granted, rule by rule."""


class NamespacedRole(constructs.Construct):
    """A Role in `namespace` bound to one ServiceAccount. Children: `role`, `binding`."""

    def __init__(
        self,
        scope: constructs.Construct,
        id: str,
        props: RoleProps,
        *,
        namespace: NamespaceHandle,
        service_account: kplus.IServiceAccount,
    ) -> None:
        super().__init__(scope, id)
        labels = standard_labels(props.name, "rbac", namespace.name)
        self.role = k8s.KubeRole(
            self,
            "Role",
            metadata=k8s.ObjectMeta(name=props.name, namespace=namespace.name, labels=labels),
            rules=[r.to_k8s() for r in props.rules],
        )
        self.binding = k8s.KubeRoleBinding(
            self,
            "Binding",
            metadata=k8s.ObjectMeta(name=props.name, namespace=namespace.name, labels=labels),
            role_ref=k8s.RoleRef(api_group="rbac.authorization.k8s.io", kind="Role", name=props.name),
            subjects=[k8s.Subject(kind="ServiceAccount", name=service_account.name, namespace=namespace.name)],
        )


class ClusterRoleGrant(constructs.Construct):
    """A ClusterRole bound cluster-wide to one ServiceAccount, for what only cluster-scoped access
    allows (e.g. a CSI node plugin reading its Node). Same rule checks as NamespacedRole.
    Children: `role`, `binding`."""

    def __init__(
        self,
        scope: constructs.Construct,
        id: str,
        props: RoleProps,
        *,
        service_account: kplus.IServiceAccount,
        service_account_namespace: NamespaceHandle,
    ) -> None:
        super().__init__(scope, id)
        labels = standard_labels(props.name, "rbac")
        self.role = k8s.KubeClusterRole(
            self,
            "Role",
            metadata=k8s.ObjectMeta(name=props.name, labels=labels),
            rules=[r.to_k8s() for r in props.rules],
        )
        self.binding = k8s.KubeClusterRoleBinding(
            self,
            "Binding",
            metadata=k8s.ObjectMeta(name=props.name, labels=labels),
            role_ref=k8s.RoleRef(api_group="rbac.authorization.k8s.io", kind="ClusterRole", name=props.name),
            subjects=[
                k8s.Subject(kind="ServiceAccount", name=service_account.name, namespace=service_account_namespace.name)
            ],
        )
