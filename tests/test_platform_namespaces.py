"""Every tier namespace, in every environment, has its Pod Security and Istio labels, its quota,
its LimitRange and a pure default-deny NetworkPolicy; PriorityClasses exist as handles."""

import cdk8s
import pytest

from lighthouse_constructs.environments import load_environment
from lighthouse_constructs.handles import PriorityClassHandle
from lighthouse_constructs.namespace import NamespaceProps
from lighthouse_constructs.platform import Platform, PlatformProps
from lighthouse_constructs.platform.config import PlatformConfig
from lighthouse_constructs.platform.namespaces import (
    PlatformNamespace,
    PlatformNamespaceProps,
)
from lighthouse_constructs.quantity import parse_quantity

from support import Manifests

TIERS = ("bridge", "data", "fuse", "observability")


def test_every_tier_namespace_exists(env_manifests: Manifests) -> None:
    names = {o["metadata"]["name"] for o in env_manifests.all("Namespace")}
    assert names >= {f"lighthouse-{t}" for t in TIERS}


@pytest.mark.parametrize("tier", TIERS)
def test_every_namespace_has_pod_security_labels_pinned_to_the_cluster_minimum(env_manifests: Manifests, tier: str) -> None:
    labels = env_manifests.get("Namespace", f"lighthouse-{tier}")["metadata"]["labels"]
    if tier == "fuse":
        expected_enforce = "privileged"  # the FUSE daemon mounts on the host
    else:
        expected_enforce = "baseline" if env_manifests.env == "dev" else "restricted"
    assert labels["pod-security.kubernetes.io/enforce"] == expected_enforce
    assert labels["pod-security.kubernetes.io/audit"] == "restricted"
    assert labels["pod-security.kubernetes.io/warn"] == "restricted"
    for mode in ("enforce", "audit", "warn"):
        # The oldest cluster every pinned operator runs on (docs/support-matrix.md), not the 1.28 API.
        assert labels[f"pod-security.kubernetes.io/{mode}-version"] == "v1.34"


def test_only_dev_relaxes_the_application_namespaces(synthesized: dict[str, Manifests]) -> None:
    for env, manifests in synthesized.items():
        bridge = manifests.get("Namespace", "lighthouse-bridge")["metadata"]["labels"]
        assert bridge["pod-security.kubernetes.io/enforce"] == ("baseline" if env == "dev" else "restricted"), env


@pytest.mark.parametrize("tier", TIERS)
def test_istio_injection_everywhere_but_fuse(env_manifests: Manifests, tier: str) -> None:
    labels = env_manifests.get("Namespace", f"lighthouse-{tier}")["metadata"]["labels"]
    assert labels["istio-injection"] == ("disabled" if tier == "fuse" else "enabled")


@pytest.mark.parametrize("tier", TIERS)
def test_every_namespace_has_a_quota_from_config(env_manifests: Manifests, tier: str) -> None:
    namespace = f"lighthouse-{tier}"
    quota = env_manifests.get("ResourceQuota", "compute-quota", namespace)["spec"]["hard"]
    config = getattr(load_environment(env_manifests.env).platform.tiers, tier).quota
    assert quota == {
        "requests.cpu": config.requests.cpu,
        "requests.memory": config.requests.memory,
        "limits.cpu": config.limits.cpu,
        "limits.memory": config.limits.memory,
        "pods": config.pods,
    }


@pytest.mark.parametrize("tier", TIERS)
def test_every_namespace_has_a_limit_range_from_config(env_manifests: Manifests, tier: str) -> None:
    namespace = f"lighthouse-{tier}"
    (item,) = env_manifests.get("LimitRange", "container-limits", namespace)["spec"]["limits"]
    config = getattr(load_environment(env_manifests.env).platform.tiers, tier).limit_range
    assert item == {
        "type": "Container",
        "defaultRequest": {"cpu": config.default_request.cpu, "memory": config.default_request.memory},
        "default": {"cpu": config.default_limit.cpu, "memory": config.default_limit.memory},
        "max": {"cpu": config.max.cpu, "memory": config.max.memory},
    }


@pytest.mark.parametrize("tier", TIERS)
def test_every_namespace_denies_all_ingress_and_egress_by_default(env_manifests: Manifests, tier: str) -> None:
    policy = env_manifests.get("NetworkPolicy", "default-deny", f"lighthouse-{tier}")
    # Pure deny: every pod selected, both directions, no allow rule (DNS and flows come from MeshPolicy).
    assert policy["spec"] == {"podSelector": {}, "policyTypes": ["Ingress", "Egress"]}


def test_prod_quotas_are_larger_than_dev() -> None:
    dev, prod = load_environment("dev").platform.tiers, load_environment("prod").platform.tiers
    for tier in TIERS:
        small, large = getattr(dev, tier).quota, getattr(prod, tier).quota
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

    from lighthouse_constructs.environments import LighthouseChart

    chart = LighthouseChart(App(), "lighthouse", load_environment("dev"))
    assert [chart.bridge_namespace.name, chart.data_namespace.name, chart.fuse_namespace.name,
            chart.observability_namespace.name] == [f"lighthouse-{t}" for t in TIERS]
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
