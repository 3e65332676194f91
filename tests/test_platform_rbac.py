"""RBAC: one ServiceAccount per workload, token not mounted by default; Roles without wildcards or
secret list/watch, checked at construction and scanned in every synthesized environment."""

from __future__ import annotations

import cdk8s
import pytest

from lighthouse_constructs.platform import (
    ClusterRoleGrant,
    NamespacedRole,
    Platform,
    PlatformProps,
    RbacRule,
    RoleProps,
    scan_rbac,
    workload_service_account,
)

from support import Manifests


def test_no_role_in_any_environment_has_wildcards_or_secret_list_watch(env_manifests: Manifests) -> None:
    assert scan_rbac(env_manifests.objects) == []


def test_can_scan_roles_and_report_each_problem_with_its_rule() -> None:
    objects = [
        {"kind": "Role", "metadata": {"name": "too-much", "namespace": "apps"}, "rules": [
            {"apiGroups": [""], "resources": ["secrets"], "verbs": ["get", "list", "watch"]},
            {"apiGroups": ["apps"], "resources": ["*"], "verbs": ["get"]},
        ]},
        {"kind": "ClusterRole", "metadata": {"name": "admin-ish"}, "rules": [
            {"apiGroups": ["rbac.authorization.k8s.io"], "resources": ["clusterroles"], "verbs": ["bind", "escalate"]},
        ]},
        {"kind": "ClusterRole", "metadata": {"name": "aggregated"}, "aggregationRule": {"clusterRoleSelectors": []}},
        {"kind": "Role", "metadata": {"name": "fine", "namespace": "apps"}, "rules": [
            {"apiGroups": [""], "resources": ["secrets"], "verbs": ["get"], "resourceNames": ["tls"]},
        ]},
    ]
    assert scan_rbac(objects) == [
        "Role apps/too-much rules[0]: list/watch on secrets",
        "Role apps/too-much rules[0]: secrets without resourceNames",
        "Role apps/too-much rules[1]: wildcard in resources ['*']",
        "ClusterRole -/admin-ish rules[0]: escalation verbs ['bind', 'escalate']",
    ]


def test_can_grant_a_minimal_role_to_a_workload_service_account() -> None:
    chart = cdk8s.Testing.chart()
    platform = Platform(chart, "Platform", PlatformProps(environment="dev", name="lighthouse"))
    account = workload_service_account(chart, "Sa", "leader-elector", namespace=platform.bridge_namespace, automount=True)
    NamespacedRole(chart, "Role", RoleProps(name="leader-election", rules=(
        RbacRule(api_groups=("coordination.k8s.io",), resources=("leases",), verbs=("get", "update"),
                 resource_names=("bridge-leader",)),
    )), namespace=platform.bridge_namespace, service_account=account)
    objects = cdk8s.Testing.synth(chart)
    role = next(o for o in objects if o["kind"] == "Role")
    binding = next(o for o in objects if o["kind"] == "RoleBinding")
    sa = next(o for o in objects if o["kind"] == "ServiceAccount" and o["metadata"]["name"] == "leader-elector")
    assert sa["automountServiceAccountToken"] is True
    assert role["rules"] == [{"apiGroups": ["coordination.k8s.io"], "resources": ["leases"], "verbs": ["get", "update"],
                              "resourceNames": ["bridge-leader"]}]
    assert binding["subjects"] == [{"kind": "ServiceAccount", "name": "leader-elector", "namespace": "lighthouse-bridge"}]
    assert binding["roleRef"] == {"apiGroup": "rbac.authorization.k8s.io", "kind": "Role", "name": "leader-election"}
    assert scan_rbac(objects) == []


def test_can_grant_a_csi_node_plugin_read_access_to_nodes_only() -> None:
    chart = cdk8s.Testing.chart()
    platform = Platform(chart, "Platform", PlatformProps(environment="dev", name="lighthouse", fuse_namespace=True))
    assert platform.fuse_namespace is not None
    account = workload_service_account(chart, "Sa", "fuse-csi-node", namespace=platform.fuse_namespace, automount=True)
    ClusterRoleGrant(chart, "Grant", RoleProps(name="lighthouse-fuse-csi-node", rules=(
        RbacRule(api_groups=("",), resources=("nodes",), verbs=("get",)),
        RbacRule(api_groups=("storage.k8s.io",), resources=("csinodes",), verbs=("get",)),
    )), service_account=account, service_account_namespace=platform.fuse_namespace)
    objects = cdk8s.Testing.synth(chart)
    role = next(o for o in objects if o["kind"] == "ClusterRole")
    binding = next(o for o in objects if o["kind"] == "ClusterRoleBinding")
    assert [r["verbs"] for r in role["rules"]] == [["get"], ["get"]]
    assert binding["subjects"] == [{"kind": "ServiceAccount", "name": "fuse-csi-node", "namespace": "lighthouse-fuse"}]
    assert scan_rbac(objects) == []


def test_can_create_a_workload_service_account_without_a_mounted_token() -> None:
    chart = cdk8s.Testing.chart()
    platform = Platform(chart, "Platform", PlatformProps(environment="dev", name="lighthouse"))
    account = workload_service_account(chart, "Sa", "bridge-api", namespace=platform.bridge_namespace)
    (sa,) = [o for o in cdk8s.Testing.synth(chart) if o["kind"] == "ServiceAccount" and o["metadata"]["name"] == "bridge-api"]
    assert account.name == "bridge-api"
    assert sa["automountServiceAccountToken"] is False
    assert sa["metadata"]["namespace"] == "lighthouse-bridge"
    assert sa["metadata"]["labels"]["app.kubernetes.io/name"] == "bridge-api"


@pytest.mark.parametrize(("rule", "problem"), [
    ({"api_groups": ("",), "resources": ("secrets",), "verbs": ("list",), "resource_names": ("a",)}, "list on secrets"),
    ({"api_groups": ("",), "resources": ("secrets",), "verbs": ("get",)}, "secrets without resourceNames"),
    ({"api_groups": ("*",), "resources": ("pods",), "verbs": ("get",)}, r"wildcard in apiGroups \['\*'\]"),
    ({"api_groups": ("",), "resources": ("pods",), "verbs": ("impersonate",)}, "Input should be 'get', 'list'"),
])
def test_fails_if_a_rule_is_not_minimal(rule: dict, problem: str) -> None:
    with pytest.raises(ValueError, match=problem):
        RbacRule(**rule)
