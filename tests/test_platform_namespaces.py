"""Every tier namespace, in every environment, has its Pod Security and Istio labels, its quota,
its LimitRange and a pure default-deny NetworkPolicy; PriorityClasses exist as handles."""

from typing import get_args

import cdk8s
import pytest

from lighthouse_constructs.environments import load_environment
from lighthouse_constructs.handles import PriorityClassHandle
from lighthouse_constructs.namespace import NamespaceProps
from lighthouse_constructs.platform import Platform, PlatformProps
from lighthouse_constructs.platform.config import PlatformConfig, Tier
from lighthouse_constructs.platform.namespaces import (
    PlatformNamespace,
    PlatformNamespaceProps,
)
from lighthouse_constructs.quantity import parse_quantity

from support import Manifests

PRIVILEGED_TIERS = {"fuse", "log_agent"}
"""Tiers whose daemons need the host (FUSE mounts, /var/log/pods): privileged and never meshed."""


def _tier_namespaces(manifests: Manifests) -> dict[str, tuple[str, dict]]:
    """Every Namespace the environment synthesizes, by name: (its tier, its labels). Tests loop over
    these, not a list of their own, so a namespace added later is checked too."""
    namespaces = {o["metadata"]["name"]: (o["metadata"]["labels"]["app.kubernetes.io/component"], o["metadata"]["labels"])
                  for o in manifests.all("Namespace")}
    assert namespaces, f"{manifests.env}: no Namespace synthesized"
    return namespaces


def test_every_tier_namespace_exists(env_manifests: Manifests) -> None:
    tiers = sorted(tier for tier, _ in _tier_namespaces(env_manifests).values())
    assert tiers == sorted(get_args(Tier)), "the Lighthouse app creates one namespace per platform tier"


def test_every_namespace_has_pod_security_labels_pinned_to_the_cluster_minimum(env_manifests: Manifests) -> None:
    for name, (tier, labels) in _tier_namespaces(env_manifests).items():
        if tier in PRIVILEGED_TIERS:
            expected_enforce = "privileged"  # the daemon mounts or reads on the host
        else:
            expected_enforce = "baseline" if env_manifests.env == "dev" else "restricted"
        assert labels["pod-security.kubernetes.io/enforce"] == expected_enforce, name
        assert labels["pod-security.kubernetes.io/audit"] == "restricted", name
        assert labels["pod-security.kubernetes.io/warn"] == "restricted", name
        for mode in ("enforce", "audit", "warn"):
            # The oldest cluster every pinned operator runs on (docs/support-matrix.md), not the 1.28 API.
            assert labels[f"pod-security.kubernetes.io/{mode}-version"] == "v1.34", name


def test_only_dev_relaxes_the_application_namespaces(synthesized: dict[str, Manifests]) -> None:
    for env, manifests in synthesized.items():
        bridge = manifests.get("Namespace", "lighthouse-bridge")["metadata"]["labels"]
        assert bridge["pod-security.kubernetes.io/enforce"] == ("baseline" if env == "dev" else "restricted"), env


def test_istio_injection_everywhere_but_the_privileged_namespaces(env_manifests: Manifests) -> None:
    injection = {name: labels["istio-injection"] for name, (_, labels) in _tier_namespaces(env_manifests).items()}
    expected = {name: "disabled" if tier in PRIVILEGED_TIERS else "enabled"
                for name, (tier, _) in _tier_namespaces(env_manifests).items()}
    assert injection == expected


def test_every_namespace_has_a_quota_from_config(env_manifests: Manifests) -> None:
    tiers = load_environment(env_manifests.env).platform.tiers
    for namespace, (tier, _) in _tier_namespaces(env_manifests).items():
        quota = env_manifests.get("ResourceQuota", "compute-quota", namespace)["spec"]["hard"]
        config = tiers.of(tier)
        assert config is not None, f"{env_manifests.env}: config sets no budget for {tier}"
        assert quota == {
            "requests.cpu": config.quota.requests.cpu,
            "requests.memory": config.quota.requests.memory,
            "limits.cpu": config.quota.limits.cpu,
            "limits.memory": config.quota.limits.memory,
            "pods": config.quota.pods,
        }, namespace


def test_every_namespace_has_a_limit_range_from_config(env_manifests: Manifests) -> None:
    tiers = load_environment(env_manifests.env).platform.tiers
    for namespace, (tier, _) in _tier_namespaces(env_manifests).items():
        (item,) = env_manifests.get("LimitRange", "container-limits", namespace)["spec"]["limits"]
        config = tiers.of(tier)
        assert config is not None, f"{env_manifests.env}: config sets no budget for {tier}"
        limits = config.limit_range
        assert item == {
            "type": "Container",
            "defaultRequest": {"cpu": limits.default_request.cpu, "memory": limits.default_request.memory},
            "default": {"cpu": limits.default_limit.cpu, "memory": limits.default_limit.memory},
            "max": {"cpu": limits.max.cpu, "memory": limits.max.memory},
        }, namespace


def test_every_namespace_denies_all_ingress_and_egress_by_default(env_manifests: Manifests) -> None:
    for namespace in _tier_namespaces(env_manifests):
        policy = env_manifests.get("NetworkPolicy", "default-deny", namespace)
        # Pure deny: every pod selected, both directions, no allow rule (DNS and flows come from MeshPolicy).
        assert policy["spec"] == {"podSelector": {}, "policyTypes": ["Ingress", "Egress"]}, namespace


def test_prod_quotas_are_larger_than_dev() -> None:
    dev, prod = load_environment("dev").platform.tiers, load_environment("prod").platform.tiers
    for tier in get_args(Tier):
        small_tier, large_tier = dev.of(tier), prod.of(tier)
        assert small_tier is not None and large_tier is not None, f"dev and prod config set a budget for {tier}"
        small, large = small_tier.quota, large_tier.quota
        for side in ("requests", "limits"):
            for resource in ("cpu", "memory"):
                assert parse_quantity(getattr(getattr(large, side), resource)) > parse_quantity(
                    getattr(getattr(small, side), resource)), f"{tier} {side}.{resource}"
        assert large.pods > small.pods, tier


def test_can_pass_priority_classes_as_handles() -> None:
    chart = cdk8s.Testing.chart()
    platform = Platform(chart, "Platform", PlatformProps(environment="dev", name="lighthouse"))
    classes = platform.priority_classes
    handles: list[PriorityClassHandle] = [classes.platform_critical, classes.bridge_high, classes.batch_low]
    assert [(h.name, h.value) for h in handles] == [
        ("lighthouse-platform-critical", 1_000_000), ("lighthouse-bridge-high", 100_000), ("lighthouse-batch-low", 1_000)
    ], "the platform's name prefixes every PriorityClass (they are cluster-scoped)"
    emitted = {o["metadata"]["name"]: o for o in cdk8s.Testing.synth(chart) if o["kind"] == "PriorityClass"}
    assert emitted["lighthouse-batch-low"]["preemptionPolicy"] == "Never"
    assert emitted["lighthouse-bridge-high"]["preemptionPolicy"] == "PreemptLowerPriority"
    assert not any(o["globalDefault"] for o in emitted.values())


def test_can_place_constructs_with_the_chart_namespace_handles() -> None:
    from cdk8s import App

    from lighthouse_constructs.environments import LighthouseEnvironment

    chart = LighthouseEnvironment(App(), load_environment("dev"))
    assert [chart.bridge_namespace.name, chart.data_namespace.name, chart.fuse_namespace.name,
            chart.observability_namespace.name, chart.log_agent_namespace.name] == [
        "lighthouse-bridge", "lighthouse-data", "lighthouse-fuse", "lighthouse-observability", "lighthouse-log-agent"]
    assert chart.fuse_namespace.enforce_level == "privileged"
    assert chart.bridge_namespace.enforce_level == "baseline"
    assert chart.platform.namespaces == (chart.bridge_namespace, chart.data_namespace, chart.fuse_namespace,
                                         chart.observability_namespace, chart.log_agent_namespace)
    assert chart.log_agent_namespace.enforce_level == "privileged"


def test_fails_if_a_container_max_exceeds_the_quota() -> None:
    with pytest.raises(ValueError, match=r"limit_range\.max\.memory=64Gi exceeds quota\.limits\.memory=16Gi; allowed: at most 16Gi"):
        PlatformConfig.model_validate({"tiers": {"data": {
            "quota": {"requests": {"cpu": "4", "memory": "8Gi"}, "limits": {"cpu": "8", "memory": "16Gi"}, "pods": 10},
            "limit_range": {"default_request": {"cpu": "100m", "memory": "128Mi"},
                            "default_limit": {"cpu": "500m", "memory": "512Mi"},
                            "max": {"cpu": "2", "memory": "64Gi"}},
        }}})


def test_fails_if_quota_requests_exceed_limits() -> None:
    with pytest.raises(ValueError, match=r"requests\.cpu=10 exceeds limits\.cpu=8; allowed: at most 8"):
        PlatformNamespaceProps(
            namespace=NamespaceProps(name="x", tier="bridge"),
            budget={"quota": {"requests": {"cpu": 10, "memory": "1Gi"}, "limits": {"cpu": 8, "memory": "2Gi"}, "pods": 5},
                    "limit_range": {"default_request": {"cpu": "100m", "memory": "128Mi"},
                                    "default_limit": {"cpu": "500m", "memory": "512Mi"},
                                    "max": {"cpu": "1", "memory": "1Gi"}}},
        )


def test_fails_if_a_quantity_is_not_a_quantity(tmp_path) -> None:
    from lighthouse_constructs.environments import ConfigError

    (tmp_path / "dev.yaml").write_text(
        "name: dev\nplatform:\n  capacity:\n    istio_proxy: {requests: {cpu: 1core, memory: 64Mi}, limits: {cpu: 1, memory: 1Gi}}\n"
    )
    with pytest.raises(ConfigError) as err:
        load_environment("dev", tmp_path)
    assert f"{tmp_path}/dev.yaml: invalid configuration" in str(err.value)
    assert "platform.capacity.istio_proxy.requests.cpu: Value error, '1core' is not a Kubernetes quantity" in str(err.value)


def test_can_use_a_platform_namespace_as_a_namespace_handle() -> None:
    chart = cdk8s.Testing.chart()
    ns = PlatformNamespace(chart, "Ns", PlatformNamespaceProps(
        namespace=NamespaceProps(name="team-a", tier="bridge")))
    assert (ns.name, ns.enforce_level, ns.tier, ns.istio_injection) == ("team-a", "restricted", "bridge", True)
    kinds = sorted(o["kind"] for o in cdk8s.Testing.synth(chart))
    assert kinds == ["LimitRange", "Namespace", "NetworkPolicy", "ResourceQuota"]


@pytest.mark.parametrize("enforce", ["restricted", "baseline"])
def test_fails_if_a_meshed_namespace_needs_istio_init(enforce: str) -> None:
    with pytest.raises(ValueError) as err:
        NamespaceProps(name="team-a", enforce=enforce, istio_cni=False)
    assert (f"namespace 'team-a': istio_cni=false with Istio injection in a namespace enforcing {enforce!r}; "
            f"Pod Security {enforce} rejects the istio-init container (capabilities NET_ADMIN, NET_RAW)") in str(err.value)


def test_can_run_without_istio_cni_where_nothing_is_injected_or_privileged_is_enforced() -> None:
    assert NamespaceProps(name="team-a", istio_cni=False, istio_injection=False).istio_cni is False
    assert NamespaceProps(name="team-a", istio_cni=False, enforce="privileged", audit="restricted").enforce == "privileged"


def test_fails_if_the_platform_turns_off_istio_cni() -> None:
    settings = PlatformConfig(istio_cni=False)
    with pytest.raises(ValueError, match=r"platform\.istio_cni: istio_cni=false with Istio injection in a namespace enforcing 'restricted'"):
        PlatformProps(environment="dev", name="lighthouse", settings=settings)


def test_every_job_in_a_meshed_namespace_gets_a_native_sidecar(env_manifests: Manifests) -> None:
    # A classic istio-proxy never exits: a Job in an injected namespace would never complete.
    meshed = {o["metadata"]["name"] for o in env_manifests.all("Namespace")
              if o["metadata"]["labels"].get("istio-injection") == "enabled"}
    templates = [(o, o["spec"]["template"]) for o in env_manifests.all("Job")]
    templates += [(o, o["spec"]["jobTemplate"]["spec"]["template"]) for o in env_manifests.all("CronJob")]
    classic = [f"{o['kind']} {o['metadata']['namespace']}/{o['metadata']['name']}" for o, t in templates
               if o["metadata"]["namespace"] in meshed
               and (t.get("metadata") or {}).get("annotations", {}).get("sidecar.istio.io/inject") != "false"
               and (t.get("metadata") or {}).get("annotations", {}).get("sidecar.istio.io/nativeSidecar") != "true"]
    assert classic == []
