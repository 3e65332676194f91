"""SentinelCache: defaults, the objects it emits, its client endpoint and every validation message."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import cdk8s
import pytest
from pydantic import ValidationError

from lighthouse_constructs.conventions import MONITORING_LABEL
from lighthouse_constructs.environments import ConfigError, load_environment
from lighthouse_constructs.graph import DependencyGraph, Port
from lighthouse_constructs.handles import SecretRef
from lighthouse_constructs.namespace import LighthouseNamespace, NamespaceProps
from lighthouse_constructs.sentinel_cache import SentinelCache, SentinelCacheProps
from lighthouse_constructs.sentinel_cache.files import config_files

from support import Manifests

NS = "lighthouse-data"
AUTH = SecretRef("redis-auth", NS, ("password",))
ALERTS = {
    "SentinelCacheNoPrimary", "SentinelCacheMultiplePrimaries", "SentinelCacheSentinelsDisagree",
    "SentinelCacheReplicationBroken", "SentinelCacheMemoryNearMax",
}


@dataclass(frozen=True)
class Priority:
    name: str = "platform-critical"


def build(auth: SecretRef = AUTH, **props: Any) -> tuple[dict[str, list[dict]], SentinelCache]:
    chart = cdk8s.Testing.chart()
    namespace = LighthouseNamespace(chart, "Ns", NamespaceProps(name=NS, tier="data"))
    cache = SentinelCache(chart, "Cache", SentinelCacheProps(**props), namespace=namespace, auth=auth, priority_class=Priority())
    objects: dict[str, list[dict]] = {}
    for obj in cdk8s.Testing.synth(chart):
        objects.setdefault(obj["kind"], []).append(obj)
    return objects, cache


def named(objects: dict[str, list[dict]], kind: str, name: str) -> dict:
    (found,) = [o for o in objects[kind] if o["metadata"]["name"] == name]
    return found


def props_error(**kwargs: Any) -> str:
    with pytest.raises(ValidationError) as err:
        SentinelCacheProps(**kwargs)
    return str(err.value)


@pytest.fixture(scope="module")
def default() -> tuple[dict[str, list[dict]], SentinelCache]:
    return build()


# -- defaults -------------------------------------------------------------------------------


def test_can_default_to_the_production_shape() -> None:
    props = SentinelCacheProps()
    assert (props.production, props.redis_count, props.sentinel_count, props.effective_quorum) == (True, 3, 3, 2)
    assert props.min_write_replicas == 1
    assert props.effective_memory_limit == "512Mi"  # 2 x maxmemory 256Mi
    assert props.redis_image.startswith("redis:7.2.5@sha256:") and "@sha256:" in props.exporter_image


def test_can_default_to_one_redis_and_one_sentinel_outside_production() -> None:
    props = SentinelCacheProps(production=False)
    assert (props.redis_count, props.sentinel_count, props.effective_quorum, props.min_write_replicas) == (1, 1, 1, 0)


def test_can_run_an_even_number_of_sentinels_and_quorum_one_outside_production() -> None:
    props = SentinelCacheProps(production=False, redis_replicas=2, sentinels=2, quorum=1)
    assert (props.sentinel_count, props.effective_quorum) == (2, 1)


def test_can_emit_two_ordered_statefulsets_with_retained_volumes(default) -> None:
    objects, _ = default
    redis, sentinel = named(objects, "StatefulSet", "cache-redis"), named(objects, "StatefulSet", "cache-sentinel")
    for sts, replicas, headless in ((redis, 3, "cache-redis"), (sentinel, 3, "cache-sentinel")):
        spec = sts["spec"]
        assert spec["replicas"] == replicas
        assert spec["podManagementPolicy"] == "OrderedReady"
        assert spec["serviceName"] == headless
        assert spec["persistentVolumeClaimRetentionPolicy"] == {"whenDeleted": "Retain", "whenScaled": "Retain"}
    claim = redis["spec"]["volumeClaimTemplates"][0]
    assert claim["metadata"]["name"] == "data" and claim["spec"]["resources"]["requests"]["storage"] == "8Gi"
    assert "volumeClaimTemplates" not in sentinel["spec"], "Sentinel keeps no state (it relearns it from its peers)"


def test_can_give_each_pod_a_stable_dns_name_through_headless_services(default) -> None:
    objects, cache = default
    assert sorted(s["metadata"]["name"] for s in objects["Service"]) == ["cache-redis", "cache-sentinel"]
    for sts in objects["StatefulSet"]:
        spec = named(objects, "Service", sts["spec"]["serviceName"])["spec"]
        assert spec["clusterIP"] == "None"
        assert spec["publishNotReadyAddresses"] is True
        assert spec["selector"] == sts["spec"]["selector"]["matchLabels"]
    assert cache.redis_addresses[1] == "cache-redis-1.cache-redis.lighthouse-data.svc.cluster.local:6379"
    assert cache.sentinel_addresses[2] == "cache-sentinel-2.cache-sentinel.lighthouse-data.svc.cluster.local:26379"
    redis_env = {e["name"]: e.get("value") for e in named(objects, "StatefulSet", "cache-redis")["spec"]["template"]["spec"]["containers"][0]["env"]}
    assert redis_env["REDIS_NODES"].split() == list(cache.redis_addresses)
    assert redis_env["SENTINEL_NODES"].split() == list(cache.sentinel_addresses)


def test_can_run_every_pod_under_pod_security_restricted(default) -> None:
    objects, _ = default
    for sts in objects["StatefulSet"]:
        spec = sts["spec"]["template"]["spec"]
        assert spec["automountServiceAccountToken"] is False
        assert spec["serviceAccountName"] == sts["metadata"]["name"]
        assert spec["securityContext"]["runAsNonRoot"] is True and spec["securityContext"]["seccompProfile"]["type"] == "RuntimeDefault"
        assert spec["priorityClassName"] == "platform-critical"
        for container in spec["containers"] + spec["initContainers"]:
            ctx = container["securityContext"]
            assert ctx["readOnlyRootFilesystem"] is True and ctx["allowPrivilegeEscalation"] is False
            assert ctx["runAsUser"] >= 10000 and ctx["capabilities"] == {"drop": ["ALL"]}
            assert container["image"].count("@sha256:") == 1 and container["imagePullPolicy"] == "Always"
            resources = container["resources"]
            assert set(resources["requests"]) == set(resources["limits"]) == {"cpu", "memory"}
        for container in spec["containers"]:
            assert {"livenessProbe", "readinessProbe"} <= set(container), container["name"]
    for sa in objects["ServiceAccount"]:
        assert sa["automountServiceAccountToken"] is False


def test_can_keep_two_pods_of_a_set_off_one_node_and_spread_zones(default) -> None:
    objects, _ = default
    spec = named(objects, "StatefulSet", "cache-redis")["spec"]["template"]["spec"]
    required = spec["affinity"]["podAntiAffinity"]["requiredDuringSchedulingIgnoredDuringExecution"]
    assert required[0]["topologyKey"] == "kubernetes.io/hostname"
    assert spec["topologySpreadConstraints"][0]["topologyKey"] == "topology.kubernetes.io/zone"
    relaxed, _ = build(production=False)
    spec = named(relaxed, "StatefulSet", "cache-redis")["spec"]["template"]["spec"]
    assert "preferredDuringSchedulingIgnoredDuringExecution" in spec["affinity"]["podAntiAffinity"]


def test_can_budget_disruptions_so_a_drain_keeps_a_primary_candidate_and_a_sentinel_majority(default) -> None:
    objects, _ = default
    assert named(objects, "PodDisruptionBudget", "cache-redis")["spec"]["maxUnavailable"] == 1
    assert named(objects, "PodDisruptionBudget", "cache-sentinel")["spec"]["maxUnavailable"] == 1
    five, _ = build(sentinels=5)
    assert named(five, "PodDisruptionBudget", "cache-sentinel")["spec"]["maxUnavailable"] == 2


def test_can_render_redis_conf_from_the_props() -> None:
    conf = config_files(SentinelCacheProps(maxmemory="1Gi", maxmemory_policy="allkeys-lfu", min_replicas_max_lag_seconds=5))["redis.conf"]
    lines = set(conf.splitlines())
    assert {"appendonly yes", "appendfsync everysec", "min-replicas-to-write 1", "min-replicas-max-lag 5",
            "maxmemory 1024mb", "maxmemory-policy allkeys-lfu"} <= lines


def test_can_keep_the_password_out_of_the_configmap_and_the_environment(default) -> None:
    objects, _ = default
    data = objects["ConfigMap"][0]["data"]
    for key in ("redis.conf", "sentinel.conf"):
        assert not re.search(r"^\s*(requirepass|masterauth|sentinel auth-pass)", data[key], re.M), key
    for sts in objects["StatefulSet"]:
        spec = sts["spec"]["template"]["spec"]
        for container in spec["containers"] + spec["initContainers"]:
            assert all("secretKeyRef" not in json.dumps(e) for e in container.get("env", [])), container["name"]
        (auth,) = [v for v in spec["volumes"] if v["name"] == "auth"]
        assert auth["secret"] == {"secretName": "redis-auth", "items": [{"key": "password", "path": "password"}], "defaultMode": 0o440}
    env = {e["name"]: e.get("value") for e in named(objects, "StatefulSet", "cache-redis")["spec"]["template"]["spec"]["containers"][0]["env"]}
    assert env["PASSWORD_FILE"] == "/etc/sentinel-cache-auth/password"


def test_can_mount_the_second_password_of_a_rotation_window_when_the_secret_declares_it(default) -> None:
    objects, cache = build(auth=SecretRef("redis-auth", NS, ("password", "alternate")))
    assert cache.alternate_password is not None and cache.alternate_password.key == "alternate"
    for sts in objects["StatefulSet"]:
        spec = sts["spec"]["template"]["spec"]
        (auth,) = [v for v in spec["volumes"] if v["name"] == "auth"]
        assert auth["secret"]["items"] == [{"key": "password", "path": "password"}, {"key": "alternate", "path": "alternate"}]
        env = {e["name"]: e.get("value") for e in spec["containers"][0]["env"]}
        assert env["ALTERNATE_FILE"] == "/etc/sentinel-cache-auth/alternate"
    assert "rotate-password.sh" in objects["ConfigMap"][0]["data"]
    default_objects, default_cache = default
    assert default_cache.alternate_password is None
    env = {e["name"] for e in named(default_objects, "StatefulSet", "cache-redis")["spec"]["template"]["spec"]["containers"][0]["env"]}
    assert "ALTERNATE_FILE" not in env, "without an alternate key the scripts take the password alone"


def test_can_hand_the_primary_over_before_a_redis_pod_stops(default) -> None:
    objects, _ = default
    redis_pod = named(objects, "StatefulSet", "cache-redis")["spec"]["template"]["spec"]
    container = redis_pod["containers"][0]
    assert container["lifecycle"] == {"preStop": {"exec": {"command": ["sh", "/etc/sentinel-cache/redis-prestop.sh"]}}}
    env = {e["name"]: e.get("value") for e in container["env"]}
    assert env["PRESTOP_FAILOVER_SECONDS"] == "20"
    assert redis_pod["terminationGracePeriodSeconds"] == 40, "20 s for the handover, 10 s of Redis shutdown-timeout, margin"
    assert "shutdown-timeout 10" in objects["ConfigMap"][0]["data"]["redis.conf"].splitlines()
    sentinel_pod = named(objects, "StatefulSet", "cache-sentinel")["spec"]["template"]["spec"]
    assert "lifecycle" not in sentinel_pod["containers"][0]


def test_can_roll_the_pods_when_the_config_changes(default) -> None:
    objects, _ = default
    before = named(objects, "StatefulSet", "cache-redis")["spec"]["template"]["metadata"]["annotations"]["checksum/config"]
    changed, _ = build(maxmemory="512Mi")
    after = named(changed, "StatefulSet", "cache-redis")["spec"]["template"]["metadata"]["annotations"]["checksum/config"]
    assert before != after
    sentinel_before = named(objects, "StatefulSet", "cache-sentinel")["spec"]["template"]["metadata"]["annotations"]
    sentinel_after = named(changed, "StatefulSet", "cache-sentinel")["spec"]["template"]["metadata"]["annotations"]
    assert sentinel_before == sentinel_after, "a redis.conf change must not restart the Sentinels"


def test_can_pass_the_sentinel_settings_to_the_start_script() -> None:
    objects, _ = build(down_after_milliseconds=3000, failover_timeout_milliseconds=30000, sentinels=5)
    env = {e["name"]: e.get("value") for e in named(objects, "StatefulSet", "cache-sentinel")["spec"]["template"]["spec"]["containers"][0]["env"]}
    assert env["SENTINEL_QUORUM"] == "3"
    assert env["SENTINEL_DOWN_AFTER_MILLISECONDS"] == "3000"
    assert env["SENTINEL_FAILOVER_TIMEOUT_MILLISECONDS"] == "30000"


def test_can_scrape_both_sets_with_one_service_monitor(default) -> None:
    objects, _ = default
    (monitor,) = objects["ServiceMonitor"]
    assert MONITORING_LABEL.items() <= monitor["metadata"]["labels"].items()
    selector = monitor["spec"]["selector"]["matchLabels"]
    scraped = [s["metadata"]["name"] for s in objects["Service"]
               if selector.items() <= s["metadata"]["labels"].items() and any(p["name"] == "http-metrics" for p in s["spec"]["ports"])]
    assert sorted(scraped) == ["cache-redis", "cache-sentinel"]
    for sts in objects["StatefulSet"]:
        (exporter,) = [c for c in sts["spec"]["template"]["spec"]["containers"] if c["name"] == "exporter"]
        assert "--redis.password-file=/run/redis-exporter/password-map.json" in exporter["args"]
        assert f"--redis.addr=redis://exporter@localhost:{6379 if 'redis' in sts['metadata']['name'] else 26379}" in exporter["args"]


def test_can_alert_on_every_failure_mode_with_a_runbook() -> None:
    objects, _ = build(runbook_base_url="https://runbooks.example.org/cache", master_set_name="events")
    (rule,) = objects["PrometheusRule"]
    assert MONITORING_LABEL.items() <= rule["metadata"]["labels"].items()
    alerts = {r["alert"]: r for group in rule["spec"]["groups"] for r in group["rules"]}
    assert set(alerts) == ALERTS
    for name, alert in alerts.items():
        assert alert["labels"]["severity"] in ("critical", "warning")
        assert {"summary", "description", "runbook_url"} <= set(alert["annotations"])
        assert alert["annotations"]["runbook_url"] == f"https://runbooks.example.org/cache#{name.lower()}"
    assert 'service="cache-redis"' in alerts["SentinelCacheNoPrimary"]["expr"]
    assert 'master_name="events"' in alerts["SentinelCacheSentinelsDisagree"]["expr"]


# -- client endpoint and dependency graph ----------------------------------------------------


def test_can_hand_clients_the_sentinels_the_master_name_and_the_password(default) -> None:
    _, cache = default
    assert cache.sentinel_host == "cache-sentinel.lighthouse-data.svc.cluster.local"
    assert (cache.sentinel_port, cache.master_name) == (26379, "cache"), "the master set defaults to the cache's name"
    connection = cache.connection("CACHE")
    env = dict(connection.env)
    assert env["CACHE_SENTINEL_HOST"] == cache.sentinel_host
    assert env["CACHE_SENTINEL_PORT"] == "26379"
    assert env["CACHE_SENTINEL_ADDRESSES"].split(",") == list(cache.sentinel_addresses)
    assert env["CACHE_MASTER_NAME"] == "cache"
    ((name, ref),) = connection.secret_env
    assert (name, ref.secret_name, ref.key, ref.namespace) == ("CACHE_PASSWORD", "redis-auth", "password", NS)
    assert {(e.target.name, e.port) for e in connection.endpoints} == {("cache-sentinel", 26379), ("cache-redis", 6379)}


def test_can_hand_clients_their_own_copy_of_the_password() -> None:
    chart = cdk8s.Testing.chart()
    namespace = LighthouseNamespace(chart, "Ns", NamespaceProps(name=NS, tier="data"))
    client_copy = SecretRef("redis-auth", "lighthouse-bridge", ("password",))
    cache = SentinelCache(chart, "Cache", SentinelCacheProps(), namespace=namespace, auth=AUTH, client_auth=client_copy)
    ((_, ref),) = cache.connection("CACHE").secret_env
    assert ref.namespace == "lighthouse-bridge"


def test_can_register_both_workloads_and_their_flows_in_the_dependency_graph(default) -> None:
    _, cache = default
    graph = DependencyGraph.of(cache)
    assert set(graph.ports_of(cache.redis_workload)) == {
        Port("tcp-redis", 6379, "tcp"), Port("tcp-redis", 6379, "tcp", "peer"), Port("http-metrics", 9121, "http", "metrics"),
    }
    assert set(graph.ports_of(cache.sentinel_workload)) == {
        Port("tcp-sentinel", 26379, "tcp"), Port("tcp-sentinel", 26379, "tcp", "peer"), Port("http-metrics", 9121, "http", "metrics"),
    }
    flows = {(d.source.name, d.target.name, d.port) for d in graph.dependencies}
    assert flows == {("cache-sentinel", "cache-redis", 6379), ("cache-redis", "cache-sentinel", 26379)}
    assert cache.redis_workload.principal == "cluster.local/ns/lighthouse-data/sa/cache-redis"
    # MeshPolicy admits a workload's Service host into the Istio sidecars: every address the pods
    # announce (and Sentinel hands to clients) must live under it.
    for workload, addresses in ((cache.redis_workload, cache.redis_addresses), (cache.sentinel_workload, cache.sentinel_addresses)):
        assert all(a.rsplit(":", 1)[0].endswith("." + workload.service_host) for a in addresses)
    assert cache.sentinel_host == cache.sentinel_workload.service_host


def test_fails_if_the_env_prefix_is_not_an_env_var_name(default) -> None:
    _, cache = default
    with pytest.raises(ValueError, match=re.escape("env_prefix 'cache' must match ^[A-Z_][A-Z0-9_]*$")):
        cache.connection("cache")


def test_fails_if_the_auth_secret_is_in_another_namespace() -> None:
    chart = cdk8s.Testing.chart()
    namespace = LighthouseNamespace(chart, "Ns", NamespaceProps(name=NS, tier="data"))
    with pytest.raises(ValueError, match=re.escape(
        "SentinelCache cache: auth secret lighthouse-bridge/redis-auth is not in the pods' namespace lighthouse-data; "
        "pods can only mount secrets of their own namespace"
    )):
        SentinelCache(chart, "Cache", SentinelCacheProps(), namespace=namespace, auth=SecretRef("redis-auth", "lighthouse-bridge", ("password",)))


def test_fails_if_the_auth_secret_lacks_the_password_key() -> None:
    chart = cdk8s.Testing.chart()
    namespace = LighthouseNamespace(chart, "Ns", NamespaceProps(name=NS, tier="data"))
    with pytest.raises(ValueError, match=re.escape("secret lighthouse-data/redis-auth has no key 'password'; declared keys: token")):
        SentinelCache(chart, "Cache", SentinelCacheProps(), namespace=namespace, auth=SecretRef("redis-auth", NS, ("token",)))


# -- validation messages ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("props", "message"),
    [
        ({"sentinels": 2}, "sentinels=2 is not allowed in production: Sentinel needs an odd number, at least 3, so that a "
                           "majority survives the loss of one; allowed: 3, 5, 7, 9"),
        ({"sentinels": 1}, "sentinels=1 is not allowed in production: Sentinel needs an odd number, at least 3, so that a "
                           "majority survives the loss of one; allowed: 3, 5, 7, 9"),
        ({"quorum": 1}, "quorum=1 is not allowed in production: it must be the majority of the 3 sentinels; allowed: 2"),
        ({"sentinels": 5, "quorum": 4}, "quorum=4 is not allowed in production: it must be the majority of the 5 sentinels; allowed: 3"),
        ({"quorum": 4}, "quorum=4 exceeds sentinels=3; allowed: 1..3"),
        ({"redis_replicas": 1}, "redis_replicas=1 is not allowed in production: a failover needs at least one replica; allowed: 2..9"),
        ({"redis_replicas": 2, "min_replicas_to_write": 2},
         "min_replicas_to_write=2 exceeds the 1 replica(s) of redis_replicas=2, so the primary would refuse every write; allowed: 0..1"),
        ({"production": False, "min_replicas_to_write": 1},
         "min_replicas_to_write=1 exceeds the 0 replica(s) of redis_replicas=1, so the primary would refuse every write; allowed: 0..0"),
        ({"maxmemory": "1Gi", "memory_limit": "1Gi"},
         "memory_limit='1Gi' leaves too little room above maxmemory='1Gi' for replication buffers and AOF rewrites; allowed: >= 1536Mi"),
        ({"cpu_request": "2", "cpu_limit": "1"}, "cpu_request='2' exceeds cpu_limit='1'; allowed: a request <= its limit"),
        ({"prestop_failover_seconds": 30, "termination_grace_period_seconds": 30},
         ("termination_grace_period_seconds=30 does not cover the preStop failover (prestop_failover_seconds=30) and "
          "Redis's shutdown-timeout (10s): the kubelet would kill the primary mid-failover; allowed: >= 40")),
        ({"redis_image": "redis:7.2.5"}, "image 'redis:7.2.5' is not pinned by digest; allowed: <repository>:<tag>@sha256:<64 hex digits>"),
        ({"exporter_image": "oliver006/redis_exporter:latest"},
         "image 'oliver006/redis_exporter:latest' is not pinned by digest; allowed: <repository>:<tag>@sha256:<64 hex digits>"),
        ({"maxmemory": "1G"}, "'1G' is not a memory size; allowed: a whole number of Mi or Gi (e.g. 256Mi)"),
        ({"storage": "8GB"}, "storage '8GB' is not a volume size; allowed: a whole number of Mi, Gi or Ti (e.g. 8Gi)"),
        ({"cpu_limit": "lots"}, "'lots' is not a Kubernetes quantity; expected a number with an optional suffix"),
    ],
)
def test_fails_with_a_message_naming_value_and_allowed(props: dict[str, Any], message: str) -> None:
    assert message in props_error(**props)


@pytest.mark.parametrize(
    ("props", "message"),
    [
        ({"name": "Cache"}, "String should match pattern '^[a-z]([-a-z0-9]{0,38}[a-z0-9])?$'"),
        ({"name": "c" * 41}, "String should match pattern"),
        ({"sentinels": 11}, "Input should be less than or equal to 9"),
        ({"down_after_milliseconds": 50}, "Input should be greater than or equal to 100"),
        ({"maxmemory_policy": "lru"}, "Input should be 'noeviction', 'allkeys-lru'"),
        ({"replicas": 3}, "Extra inputs are not permitted"),
        ({"runbook_base_url": "http://runbooks"}, "String should match pattern '^https://\\S+$'"),
    ],
)
def test_fails_if_a_field_is_out_of_range(props: dict[str, Any], message: str) -> None:
    assert message in props_error(**props)


# -- environments ----------------------------------------------------------------------------


def test_can_run_the_cache_in_every_environment(env_manifests: Manifests) -> None:
    redis = env_manifests.get("StatefulSet", "cache-redis", NS)
    sentinel = env_manifests.get("StatefulSet", "cache-sentinel", NS)
    if env_manifests.env == "prod":
        assert (redis["spec"]["replicas"], sentinel["spec"]["replicas"]) == (3, 3)
        assert "requiredDuringSchedulingIgnoredDuringExecution" in redis["spec"]["template"]["spec"]["affinity"]["podAntiAffinity"]
    for sts in (redis, sentinel):
        annotations = sts["spec"]["template"]["metadata"]["annotations"]
        assert "lighthouse.io/secret-revision" not in annotations, "a new Redis password must not roll the pods"
        (auth,) = [v for v in sts["spec"]["template"]["spec"]["volumes"] if v["name"] == "auth"]
        assert [i["key"] for i in auth["secret"]["items"]] == ["password", "alternate"], "rotation needs both passwords"
    api = env_manifests.get("Deployment", "api-gateway", "lighthouse-bridge")
    env = {e["name"]: e.get("value") for e in api["spec"]["template"]["spec"]["containers"][0]["env"]}
    assert env["CACHE_MASTER_NAME"] == "lighthouse"
    assert env["CACHE_SENTINEL_HOST"] == "cache-sentinel.lighthouse-data.svc.cluster.local"


def write(tmp_path: Path, env: str, text: str) -> Path:
    (tmp_path / f"{env}.yaml").write_text(text)
    return tmp_path


def test_fails_if_prod_config_has_an_even_number_of_sentinels(tmp_path: Path) -> None:
    write(tmp_path, "prod", "name: prod\ncache: {sentinels: 4}\n")
    with pytest.raises(ConfigError) as err:
        load_environment("prod", tmp_path)
    message = str(err.value)
    assert f"{tmp_path}/prod.yaml" in message
    assert "cache: Value error, sentinels=4 is not allowed in production" in message


def test_fails_if_prod_turns_the_production_rules_off(tmp_path: Path) -> None:
    write(tmp_path, "prod", "name: prod\ncache: {production: false}\n")
    with pytest.raises(ConfigError, match="cache.production may only be false outside prod"):
        load_environment("prod", tmp_path)


def test_fails_if_a_connection_targets_cache_without_a_cache_section(tmp_path: Path) -> None:
    write(tmp_path, "dev", (
        "name: dev\nbridges: [{name: api, image: 'r/api:1', replicas: 1}]\n"
        "connections: [{source: api, target: cache, env_prefix: CACHE}]\n"
    ))
    with pytest.raises(ConfigError, match="a connection targets cache but there is no cache section"):
        load_environment("dev", tmp_path)


# -- scripts ---------------------------------------------------------------------------------


@pytest.mark.skipif(shutil.which("sh") is None, reason="needs a POSIX sh")
def test_can_give_the_exporter_a_login_of_its_own_that_no_rotation_touches(tmp_path: Path) -> None:
    for name, text in config_files(SentinelCacheProps()).items():
        (tmp_path / name).write_text(text)
    drawn = []
    for run in ("first", "second"):
        out, secret = tmp_path / f"{run}.json", tmp_path / f"{run}.password"
        subprocess.run(
            ["sh", str(tmp_path / "exporter-auth.sh")], check=True,
            env={"PATH": "/usr/bin:/bin", "EXPORTER_REDIS_ADDR": "redis://exporter@localhost:6379",
                 "EXPORTER_PASSWORD_MAP": str(out), "EXPORTER_PASSWORD_FILE": str(secret)},
        )
        password = secret.read_text().strip()
        assert re.fullmatch(r"[0-9a-f]{64}", password), "256 random bits"
        assert json.loads(out.read_text()) == {"redis://exporter@localhost:6379": password}
        assert out.stat().st_mode & 0o077 == 0 and secret.stat().st_mode & 0o077 == 0, "only the owner may read them"
        drawn.append(password)
    assert drawn[0] != drawn[1], "every pod draws its own"


@pytest.mark.skipif(shutil.which("sh") is None, reason="needs a POSIX sh")
def test_fails_to_start_without_its_inputs_and_says_which(tmp_path: Path) -> None:
    for name, text in config_files(SentinelCacheProps()).items():
        (tmp_path / name).write_text(text)
    result = subprocess.run(
        ["sh", str(tmp_path / "redis-start.sh")], capture_output=True, text=True,
        env={"PATH": "/usr/bin:/bin", "POD_NAME": "cache-redis-0", "MASTER_SET": "lighthouse"},
    )
    assert result.returncode == 1
    assert "environment variable REDIS_NODES is required" in result.stderr


def test_can_leave_out_runbook_links_by_default(default) -> None:
    objects, _ = default
    rules = [r for g in objects["PrometheusRule"][0]["spec"]["groups"] for r in g["rules"]]
    assert rules and not [r["alert"] for r in rules if "runbook_url" in r["annotations"]]
