"""The operator releases: pinned exactly, matching the CRDs the library is validated against, and
inside the cluster's Kubernetes range."""

from __future__ import annotations

import re

import pytest

from lighthouse_constructs.conventions import KUBERNETES_CLUSTER_VERSION
from lighthouse_constructs.delivery.gitops import CLIENT_SIDE_APPLY_LIMIT, floating
from lighthouse_constructs.delivery.releases import (
    RELEASES,
    release,
    sources_tags,
    unsupported,
)
from lighthouse_constructs.operators import cnpg, keda

from support import CRD_DIR


def test_can_install_the_release_whose_crds_the_library_is_validated_against() -> None:
    tags = sources_tags(CRD_DIR)
    assert len(tags) == 12, tags  # the repository table of SOURCES.md
    checked = [r for r in RELEASES if r.crd_source]
    assert {r.crd_source for r in checked} == set(tags), "every CRD folder has the release that installs it"
    for r in checked:
        assert r.app_version.removeprefix("v") == tags[str(r.crd_source)].removeprefix("v"), (r.name, r.app_version, tags[str(r.crd_source)])


@pytest.mark.parametrize("r", RELEASES, ids=lambda r: r.name)
def test_can_pin_every_release_exactly(r) -> None:  # type: ignore[no-untyped-def]
    assert not floating(r.version) and re.fullmatch(r"v?[0-9]+\.[0-9]+\.[0-9]+", r.version), r.version
    assert r.sources, r.name
    assert all(req in {x.name for x in RELEASES} for req in r.requires), r.requires


def test_can_order_the_releases_without_a_cycle() -> None:
    seen: set[str] = set()
    pending = list(RELEASES)
    while pending:
        ready = [r for r in pending if set(r.requires) <= seen]
        assert ready, f"the releases' requires form a cycle among {[r.name for r in pending]}"
        seen |= {r.name for r in ready}
        pending = [r for r in pending if r.name not in seen]


def test_can_run_every_release_on_the_cluster_minimum_and_says_why_not_elsewhere() -> None:
    assert [unsupported(r, KUBERNETES_CLUSTER_VERSION) for r in RELEASES] == [None] * len(RELEASES)
    message = unsupported(release("cloudnative-pg"), "1.20")
    assert message is not None and "cloudnative-pg" in message and "1.34-1.36" in message and "1.20" in message
    assert unsupported(release("keda"), "1.99") is not None
    with pytest.raises(KeyError, match="unknown release 'postgres'"):
        release("postgres")


def test_can_apply_server_side_exactly_the_releases_with_an_oversized_crd() -> None:
    for r in RELEASES:
        if r.crd_source is None or r.path is not None and r.name == "argo-rollouts":
            continue
        sizes = {p.name: p.stat().st_size for p in (CRD_DIR / r.crd_source).glob("*.yaml")}
        assert r.server_side_apply == any(s > CLIENT_SIDE_APPLY_LIMIT for s in sizes.values()), (r.name, sizes)


def test_can_install_operators_where_the_librarys_facts_expect_them() -> None:
    assert release("cloudnative-pg").namespace == cnpg.OPERATOR_NAMESPACE == release("plugin-barman-cloud").namespace
    assert release("keda").namespace == keda.NAMESPACE
    assert release("istio-gateway").release_name == "istio-ingressgateway"  # pods istio=ingressgateway


def test_can_let_the_operators_project_reach_every_namespace_a_chart_writes_into(synthesized) -> None:  # type: ignore[no-untyped-def]
    project = next(o for o in synthesized["prod"].all("AppProject") if o["metadata"]["name"] == "lighthouse-prod-operators")
    destinations = {d["namespace"] for d in project["spec"]["destinations"]}
    assert {r.namespace for r in RELEASES} | {"kube-system"} <= destinations  # KEDA's and cert-manager's kube-system RoleBindings
    assert release("keda").other_namespaces == ("kube-system",)
