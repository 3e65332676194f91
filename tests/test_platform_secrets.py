"""Secrets from Vault: the ClusterSecretStore, ExternalSecrets as SecretHandles, and the pod
restart mechanism (pinned Vault versions -> revision annotation)."""

from __future__ import annotations

from pathlib import Path

import cdk8s
import cdk8s_plus_28 as kplus
import pytest

from lighthouse_constructs.environments import ConfigError, load_environment
from lighthouse_constructs.environments.secrets import LighthouseSecrets
from lighthouse_constructs.handles import SecretHandle, SecretRef
from lighthouse_constructs.namespace import NamespaceProps
from lighthouse_constructs.platform import (
    ExternalSecretHandle,
    ExternalSecretProps,
    Platform,
    PlatformProps,
    VaultSecretStore,
    VaultSecretStoreProps,
)
from lighthouse_constructs.platform.config import (
    PlatformConfig,
    VaultCaConfig,
    VaultConfig,
)
from lighthouse_constructs.platform.namespaces import (
    PlatformNamespace,
    PlatformNamespaceProps,
)
from lighthouse_constructs.platform.secrets import aws_credentials_file
from lighthouse_constructs.secrets import (
    SECRET_REVISION_ANNOTATION,
    SecretKeyRef,
    secret_revision_annotations,
)

from support import Manifests


def test_cluster_secret_store_reads_vault_with_kubernetes_auth_and_a_role_per_environment(
    synthesized: dict[str, Manifests],
) -> None:
    roles = {}
    for env, manifests in synthesized.items():
        store = manifests.get("ClusterSecretStore", "lighthouse-vault")
        assert store["apiVersion"] == "external-secrets.io/v1"
        vault = store["spec"]["provider"]["vault"]
        config = load_environment(env).platform.vault
        assert (vault["server"], vault["path"], vault["version"]) == (config.server, config.mount_path, "v2")
        assert vault["auth"] == {"kubernetes": {
            "mountPath": config.auth_mount_path, "role": f"lighthouse-{env}", "serviceAccountRef": {"name": "vault-reader"}}}
        assert store["spec"]["conditions"] == [
            {"namespaces": ["lighthouse-bridge", "lighthouse-data", "lighthouse-observability"]}]
        roles[env] = vault["auth"]["kubernetes"]["role"]
        for ns in ("lighthouse-bridge", "lighthouse-data", "lighthouse-observability"):
            assert manifests.get("ServiceAccount", "vault-reader", ns)["automountServiceAccountToken"] is False
    assert len(set(roles.values())) == 3


EXPECTED = {  # (namespace, secret): (vault entry, keys, type)
    ("lighthouse-data", "postgres-app-credentials"): ("database", ["username", "password"], "kubernetes.io/basic-auth"),
    ("lighthouse-bridge", "postgres-app-credentials"): ("database", ["username", "password"], "kubernetes.io/basic-auth"),
    ("lighthouse-bridge", "bridge-app-secrets"): ("application", ["api-token", "session-secret"], "Opaque"),
    ("lighthouse-data", "redis-auth"): ("redis", ["password", "alternate"], "Opaque"),
    ("lighthouse-bridge", "redis-auth"): ("redis", ["password"], "Opaque"),
    ("lighthouse-observability", "alertmanager-receivers"): (
        "alert-receivers", ["slack-webhook-url", "pagerduty-routing-key", "heartbeat-token"], "Opaque"),
    ("lighthouse-data", "backup-object-store"): ("backup-object-store", ["ACCESS_KEY_ID", "ACCESS_SECRET_KEY"], "Opaque"),
    ("lighthouse-observability", "grafana-admin"): ("grafana-admin", ["admin-user", "admin-password"], "Opaque"),
    ("lighthouse-observability", "observability-object-store"): (
        "observability-object-store", ["ACCESS_KEY_ID", "ACCESS_SECRET_KEY"], "Opaque"),
}


def test_every_external_secret_syncs_its_vault_entry(env_manifests: Manifests) -> None:
    found = {(o["metadata"]["namespace"], o["metadata"]["name"]): o for o in env_manifests.all("ExternalSecret")}
    assert set(found) == set(EXPECTED)
    pinned = env_manifests.env != "dev"
    for key, (entry, keys, secret_type) in EXPECTED.items():
        spec = found[key]["spec"]
        assert spec["secretStoreRef"] == {"kind": "ClusterSecretStore", "name": "lighthouse-vault"}
        assert spec["target"]["name"] == key[1]
        assert spec["target"]["creationPolicy"] == "Owner"
        assert spec["target"]["template"]["type"] == secret_type
        assert [d["secretKey"] for d in spec["data"]] == keys
        for item in spec["data"]:
            assert item["remoteRef"]["key"] == f"lighthouse/{env_manifests.env}/{entry}"
            assert item["remoteRef"]["property"] == item["secretKey"]
            assert ("version" in item["remoteRef"]) is pinned
    cnpg = found[("lighthouse-data", "postgres-app-credentials")]["spec"]["target"]["template"]["metadata"]["labels"]
    assert cnpg["cnpg.io/reload"] == "true"


def _lighthouse_secrets(chart: cdk8s.Chart) -> LighthouseSecrets:
    platform = Platform(chart, "Platform", PlatformProps(
        environment="dev", name="lighthouse", development=True, settings=PlatformConfig(vault=VaultConfig())))
    return LighthouseSecrets(
        chart, "Secrets", platform=platform, application_keys=("api-token",), bridge=platform.bridge_namespace,
        data=platform.data_namespace, observability=platform.observability_namespace)


def test_can_hand_consumers_typed_secret_handles() -> None:
    chart = cdk8s.Testing.chart()
    secrets = _lighthouse_secrets(chart)
    handles: list[SecretHandle] = list(secrets.all())
    assert len(handles) == 9
    assert secrets.database_credentials.key("password") == SecretKeyRef(
        secret_name="postgres-app-credentials", key="password", namespace="lighthouse-data")
    assert secrets.database_client_credentials.namespace == "lighthouse-bridge"
    assert secrets.redis_auth.keys == ("password", "alternate")
    assert secrets.alert_receivers.key("slack-webhook-url").namespace == "lighthouse-observability"
    assert secrets.backup_object_store.keys == ("ACCESS_KEY_ID", "ACCESS_SECRET_KEY")


def test_fails_if_a_consumer_asks_for_an_undeclared_key() -> None:
    chart = cdk8s.Testing.chart()
    secrets = _lighthouse_secrets(chart)
    with pytest.raises(ValueError, match=r"^secret lighthouse-data/redis-auth has no key 'passwd'; declared keys: password, alternate$"):
        secrets.redis_auth.key("passwd")


def _store_and_namespace(chart: cdk8s.Chart) -> tuple[VaultSecretStore, PlatformNamespace]:
    store = VaultSecretStore(chart, "Store", VaultSecretStoreProps(
        name="team-vault", server="https://vault.example.com:8200", mount_path="kv", role="r", namespaces=("apps",)))
    ns = PlatformNamespace(chart, "Ns", PlatformNamespaceProps(namespace=NamespaceProps(name="apps", tier="bridge")))
    return store, ns


def _secret(chart: cdk8s.Chart, version: int | None, keys: tuple[str, ...] = ("token",)) -> ExternalSecretHandle:
    store, ns = _store_and_namespace(chart)
    return ExternalSecretHandle(chart, "Secret", ExternalSecretProps(
        secret_name="api", remote_key="apps/api", keys=keys, version=version, properties={"token": "api_token"}),
        namespace=ns, store=store)


def _pod_annotations(version: int | None) -> dict[str, str]:
    """A Deployment that reads the secret, with the restart annotation, as synthesized."""
    chart = cdk8s.Testing.chart()
    secret = _secret(chart, version)
    kplus.Deployment(chart, "App", metadata=cdk8s.ApiObjectMetadata(name="app", namespace="apps"),
                                  pod_metadata=cdk8s.ApiObjectMetadata(annotations=secret_revision_annotations(secret)),
                                  containers=[kplus.ContainerProps(image="registry.example.com/app:1", port_number=8080)])
    (obj,) = [o for o in cdk8s.Testing.synth(chart) if o["kind"] == "Deployment"]
    return obj["spec"]["template"]["metadata"]["annotations"]


def test_can_map_secret_keys_to_other_vault_properties() -> None:
    chart = cdk8s.Testing.chart()
    _secret(chart, 4)
    (obj,) = [o for o in cdk8s.Testing.synth(chart) if o["kind"] == "ExternalSecret"]
    assert obj["spec"]["data"] == [
        {"secretKey": "token", "remoteRef": {"key": "apps/api", "property": "api_token", "version": "4"}}]


def test_can_restart_pods_when_the_pinned_secret_version_changes() -> None:
    first, again, bumped = _pod_annotations(3), _pod_annotations(3), _pod_annotations(4)
    assert set(first) == {SECRET_REVISION_ANNOTATION}
    assert first == again  # deterministic: the same inputs never roll the pods
    assert bumped[SECRET_REVISION_ANNOTATION] != first[SECRET_REVISION_ANNOTATION]


def test_can_combine_revisions_in_any_order_skipping_secrets_without_one() -> None:
    chart = cdk8s.Testing.chart()
    secret = _secret(chart, 1)
    existing = SecretRef(secret_name="by-hand", namespace="apps", keys=("k",))
    assert secret_revision_annotations(existing) == {}
    assert secret_revision_annotations(secret, existing) == secret_revision_annotations(existing, secret)
    assert len(secret_revision_annotations(secret)[SECRET_REVISION_ANNOTATION]) == 64


def test_fails_if_properties_name_an_undeclared_key() -> None:
    with pytest.raises(ValueError, match=r"properties \['tokne'\] are not among keys \['token'\]"):
        ExternalSecretProps(secret_name="api", remote_key="apps/api", keys=("token",), properties={"tokne": "x"})


def test_can_render_a_credentials_file_from_vault_properties_holding_only_the_file() -> None:
    chart = cdk8s.Testing.chart()
    store, ns = _store_and_namespace(chart)
    handle = ExternalSecretHandle(chart, "S3", ExternalSecretProps(
        secret_name="s3", remote_key="apps/s3", keys=("id", "secret"),
        templates={"credentials": aws_credentials_file("id", "secret")}), namespace=ns, store=store)
    (obj,) = [o for o in cdk8s.Testing.synth(chart) if o["kind"] == "ExternalSecret"]
    template = obj["spec"]["target"]["template"]
    assert template["data"] == {"credentials": "[default]\naws_access_key_id = {{ .id }}\naws_secret_access_key = {{ .secret }}\n"}
    assert (template["engineVersion"], template["mergePolicy"]) == ("v2", "Replace")
    assert [d["remoteRef"]["property"] for d in obj["spec"]["data"]] == ["id", "secret"]
    # Consumers may only ask for what the Secret holds: the file, not the raw values.
    assert handle.keys == ("credentials",)
    with pytest.raises(ValueError, match=r"has no key 'id'; declared keys: credentials$"):
        handle.key("id")


def test_fails_if_a_template_uses_an_undeclared_key() -> None:
    with pytest.raises(ValueError, match=r"templates\['credentials'\] uses \['secert'\], which are not among keys \['id', 'secret'\]"):
        ExternalSecretProps(secret_name="s3", remote_key="apps/s3", keys=("id", "secret"),
                            templates={"credentials": aws_credentials_file("id", "secert")})
    with pytest.raises(ValueError, match=r"aws_credentials_file: key 'access-key' is no template variable"):
        aws_credentials_file("access-key", "secret")


def test_fails_if_prod_leaves_a_secret_unpinned(tmp_path: Path) -> None:
    text = (Path(__file__).resolve().parents[1] / "config" / "prod.yaml").read_text()
    text = text.replace("secret_versions: {database: 1, application: 1, redis: 1, alert_receivers: 1, backup_object_store: 1, grafana_admin: 1, "
                        "observability_object_store: 1}",
                        "secret_versions: {database: 1, application: 1, redis: 1}")
    (tmp_path / "prod.yaml").write_text(text)
    with pytest.raises(ConfigError) as err:
        load_environment("prod", tmp_path)
    message = str(err.value)
    assert message.startswith(f"{tmp_path}/prod.yaml: invalid configuration:\n  platform: Value error, ")
    assert ("vault.secret_versions: no pinned version for alert_receivers, backup_object_store, grafana_admin, "
            "observability_object_store in prod; every secret needs one outside dev (allowed: a KV v2 version >= 1 for "
            "each of database, application, redis, alert_receivers, backup_object_store, grafana_admin, "
            "observability_object_store)") in message


def test_fails_if_vault_is_not_https(tmp_path: Path) -> None:
    (tmp_path / "dev.yaml").write_text("name: dev\nplatform:\n  vault: {server: 'http://vault:8200'}\n")
    with pytest.raises(ConfigError, match=r"platform\.vault\.server: String should match pattern .*\(got 'http://vault:8200'\)"):
        load_environment("dev", tmp_path)


def test_can_trust_the_vault_ca_outside_dev(synthesized: dict[str, Manifests]) -> None:
    for env in ("staging", "prod"):
        vault = synthesized[env].get("ClusterSecretStore", "lighthouse-vault")["spec"]["provider"]["vault"]
        # A ClusterSecretStore's caProvider needs its namespace, or ESO refuses it.
        assert vault["caProvider"] == {"type": "ConfigMap", "name": "vault-ca", "namespace": "external-secrets",
                                       "key": "ca.crt"}, env


def test_can_trust_the_vault_ca_from_a_secret() -> None:
    chart = cdk8s.Testing.chart()
    VaultSecretStore(chart, "Store", VaultSecretStoreProps(name="team-vault",
        server="https://vault.internal:8200", mount_path="secret", role="team-a", namespaces=("team-a",),
        ca=VaultCaConfig(type="Secret", name="vault-tls", namespace="vault", key="ca.pem")))
    store = cdk8s.Testing.synth(chart)[0]
    assert store["spec"]["provider"]["vault"]["caProvider"] == {
        "type": "Secret", "name": "vault-tls", "namespace": "vault", "key": "ca.pem"}


def test_fails_if_prod_names_no_vault_ca(tmp_path: Path) -> None:
    text = (Path(__file__).resolve().parents[1] / "config" / "prod.yaml").read_text()
    lines_ = [line for line in text.splitlines(keepends=True) if not line.lstrip().startswith("ca: {type:")]
    assert len(lines_) == len(text.splitlines()) - 1
    (tmp_path / "prod.yaml").write_text("".join(lines_))
    with pytest.raises(ConfigError) as err:
        load_environment("prod", tmp_path)
    message = str(err.value)
    assert message.startswith(f"{tmp_path}/prod.yaml: invalid configuration:\n  platform: Value error, ")
    assert "vault.ca: missing in prod; outside development the ClusterSecretStore must trust Vault's CA" in message


def test_fails_if_staging_platform_props_name_no_vault_ca() -> None:
    pinned = dict.fromkeys(("database", "application", "redis", "alert_receivers", "backup_object_store", "grafana_admin",
                            "observability_object_store"), 1)
    settings = PlatformConfig.model_validate({"vault": {"secret_versions": pinned}})
    with pytest.raises(ValueError, match=r"vault\.ca: missing in staging"):
        PlatformProps(environment="staging", name="lighthouse", settings=settings)
    with_ca = PlatformConfig.model_validate({"vault": {"secret_versions": pinned, "ca": {"name": "vault-ca", "namespace": "eso"}}})
    assert PlatformProps(environment="staging", name="lighthouse", settings=with_ca).settings.vault.ca.key == "ca.crt"
