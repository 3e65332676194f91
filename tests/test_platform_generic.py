"""Platform for a team that is not Lighthouse: its own names, no Vault or cert-manager unless asked,
and quotas sized from what its chart holds."""

from __future__ import annotations

from fractions import Fraction

import cdk8s
import pytest
from pydantic import ValidationError

from lighthouse_constructs.bridge_service import BridgeService, BridgeServiceProps
from lighthouse_constructs.platform import Platform, PlatformProps
from lighthouse_constructs.platform.config import PlatformConfig, VaultConfig
from lighthouse_constructs.quantity import parse_quantity

IMAGE = "registry.example.org/payments/api:1.0@sha256:" + "a" * 64


def _synth(chart: cdk8s.Chart) -> list[dict]:
    return cdk8s.Testing.synth(chart)


def test_can_build_a_platform_with_its_own_names_and_no_optional_parts() -> None:
    chart = cdk8s.Testing.chart()
    platform = Platform(chart, "Platform", PlatformProps(environment="payments-prod", name="payments"))
    BridgeService(chart, "Api", BridgeServiceProps(name="api", image=IMAGE, replicas=3), namespace=platform.bridge_namespace,
                  priority_class=platform.priority_classes.bridge_high)
    objects = _synth(chart)
    names = {(o["kind"], o["metadata"]["name"]) for o in objects}
    assert {("Namespace", "payments-bridge"), ("Namespace", "payments-data"), ("Namespace", "payments-observability")} <= names
    assert not {n for k, n in names if k == "Namespace"} - {"payments-bridge", "payments-data", "payments-observability"}, \
        "the privileged FUSE and log-agent namespaces only when asked for"
    assert {n for k, n in names if k == "PriorityClass"} == {
        "payments-platform-critical", "payments-bridge-high", "payments-batch-low"}
    kinds = {k for k, _ in names}
    assert not kinds & {"ClusterSecretStore", "ExternalSecret", "ClusterIssuer", "Certificate"}, "Vault and cert-manager are opt-in"
    assert platform.secret_store is None and platform.certificates is None


def test_can_size_a_quota_from_what_the_chart_places_in_the_namespace() -> None:
    chart = cdk8s.Testing.chart()
    platform = Platform(chart, "Platform", PlatformProps(environment="prod", name="payments"))
    BridgeService(chart, "Api", BridgeServiceProps(name="api", image=IMAGE, replicas=4), namespace=platform.bridge_namespace)
    quota = next(o for o in _synth(chart) if o["kind"] == "ResourceQuota" and o["metadata"]["namespace"] == "payments-bridge")
    totals = platform.capacity_report().budget("payments-bridge").totals("max")
    hard = quota["spec"]["hard"]
    for key in ("requests.cpu", "requests.memory", "limits.cpu", "limits.memory"):
        assert parse_quantity(hard[key]) >= totals[key] * Fraction(5, 4), key
        assert parse_quantity(hard[key]) < totals[key] * Fraction(5, 4) + Fraction(2**20), f"{key}: rounded up, not padded"
    assert int(hard["pods"]) == 5, "4 pods at max scale, plus 25% for the surge pod of a rolling update"
    limit_range = next(o for o in _synth(chart) if o["kind"] == "LimitRange" and o["metadata"]["namespace"] == "payments-bridge")
    assert "max" not in limit_range["spec"]["limits"][0], "no per-container cap where nothing was configured"


def test_fails_if_a_secret_is_asked_for_without_a_vault() -> None:
    chart = cdk8s.Testing.chart()
    platform = Platform(chart, "Platform", PlatformProps(environment="dev", name="payments", development=True))
    with pytest.raises(ValueError, match=r"external_secret\('db'\) needs settings.vault"):
        platform.external_secret(chart, "Db", secret_name="db", source="db", keys=("password",),
                                 namespace=platform.data_namespace)


def test_can_sync_a_secret_from_vault_under_the_platform_prefix() -> None:
    chart = cdk8s.Testing.chart()
    vault = VaultConfig(ca={"name": "vault-ca", "namespace": "external-secrets"}, secret_versions={"db": 3})
    platform = Platform(chart, "Platform", PlatformProps(environment="prod", name="payments", settings=PlatformConfig(vault=vault)))
    handle = platform.external_secret(chart, "Db", secret_name="db", source="db", keys=("password",),
                                      namespace=platform.data_namespace)
    assert handle.key("password").namespace == "payments-data"
    objects = _synth(chart)
    store = next(o for o in objects if o["kind"] == "ClusterSecretStore")
    assert store["metadata"]["name"] == "payments-vault"
    assert store["spec"]["provider"]["vault"]["auth"]["kubernetes"]["role"] == "payments-prod"
    secret = next(o for o in objects if o["kind"] == "ExternalSecret")
    assert secret["spec"]["data"][0]["remoteRef"] == {"key": "payments/prod/db", "property": "password", "version": "3"}


@pytest.mark.parametrize("environment", ["Prod", "prod_1", "", "-prod"])
def test_fails_if_the_environment_is_no_dns_label(environment: str) -> None:
    with pytest.raises(ValidationError, match="environment"):
        PlatformProps(environment=environment)


def test_can_name_the_environment_anything_a_dns_label_allows() -> None:
    props = PlatformProps(environment="payments-eu-1")
    assert (props.prefix, props.vault_role, props.namespace_names.of("data", props.prefix)) == (
        "payments-eu-1", "payments-eu-1", "payments-eu-1-data")
