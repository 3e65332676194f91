"""ObservabilityStack in the synthesized environments: selection works, per-env values apply."""

from __future__ import annotations

import configparser
import re

import pytest
import yaml

from support import Manifests


def matches(selector: dict, labels: dict) -> bool:
    """Kubernetes label-selector semantics (matchLabels and matchExpressions)."""
    if any(labels.get(k) != v for k, v in selector.get("matchLabels", {}).items()):
        return False
    for expr in selector.get("matchExpressions", []):
        key, op, values = expr["key"], expr["operator"], expr.get("values", [])
        if op == "In" and labels.get(key) not in values or op == "NotIn" and labels.get(key) in values:
            return False
        if op == "Exists" and key not in labels or op == "DoesNotExist" and key in labels:
            return False
    return True


SELECTORS = {"ServiceMonitor": "serviceMonitor", "PodMonitor": "podMonitor", "PrometheusRule": "rule"}


def test_every_monitor_and_rule_is_selected_by_prometheus(env_manifests: Manifests) -> None:
    [prometheus] = env_manifests.all("Prometheus")
    spec = prometheus["spec"]
    # The API server labels every Namespace with its name (kubernetes.io/metadata.name).
    namespaces = {n["metadata"]["name"]: {**n["metadata"].get("labels", {}), "kubernetes.io/metadata.name": n["metadata"]["name"]}
                  for n in env_manifests.all("Namespace")}
    for field in SELECTORS.values():
        assert spec[f"{field}NamespaceSelector"] != {}, f"{field}NamespaceSelector selects every namespace, other teams' too"
        assert not matches(spec[f"{field}NamespaceSelector"], {"kubernetes.io/metadata.name": "another-team"})
    checked = 0
    for kind, field in SELECTORS.items():
        for obj in env_manifests.all(kind):
            meta = obj["metadata"]
            where = f"{env_manifests.env}: {kind} {meta.get('namespace')}/{meta['name']}"
            assert field + "Selector" in spec, f"Prometheus has no {field}Selector: {kind}s would be ignored"
            assert matches(spec[f"{field}Selector"], meta.get("labels", {})), f"{where} lacks the monitoring label"
            ns_selector = spec.get(f"{field}NamespaceSelector")
            assert ns_selector is not None, f"{field}NamespaceSelector unset: only Prometheus' own namespace is watched"
            assert matches(ns_selector, namespaces.get(meta.get("namespace"), {})), f"{where}: namespace not selected"
            checked += 1
    assert checked >= 9


@pytest.mark.parametrize("env, prometheus, alertmanager, receivers", [
    ("dev", 1, 1, set()),
    ("staging", 2, 3, {"critical", "warning", "watchdog"}),
    ("prod", 2, 3, {"critical", "warning", "watchdog"}),
])
def test_each_environment_gets_its_replicas_and_receivers(synthesized: dict[str, Manifests], env: str, prometheus: int,
                                                          alertmanager: int, receivers: set[str]) -> None:
    m = synthesized[env]
    assert m.get("Prometheus", "lighthouse")["spec"]["replicas"] == prometheus
    am = m.get("Alertmanager", "lighthouse")["spec"]
    assert am["replicas"] == alertmanager
    config = yaml.safe_load(m.get("Secret", "alertmanager-lighthouse-config")["stringData"]["alertmanager.yaml"])
    assert {r["name"] for r in config["receivers"]} - {"null"} == receivers
    assert am.get("secrets", []) == (["alertmanager-receivers"] if receivers else [])


def test_prod_pages_pagerduty_for_critical_alerts(synthesized: dict[str, Manifests]) -> None:
    config = yaml.safe_load(synthesized["prod"].get("Secret", "alertmanager-lighthouse-config")["stringData"]["alertmanager.yaml"])
    critical = next(r for r in config["receivers"] if r["name"] == "critical")
    assert critical["pagerduty_configs"][0]["routing_key_file"] == "/etc/alertmanager/secrets/alertmanager-receivers/pagerduty-routing-key"


@pytest.mark.parametrize("env", ["staging", "prod"])
def test_the_watchdog_feeds_a_dead_mans_switch(synthesized: dict[str, Manifests], env: str) -> None:
    """Not the null receiver: the heartbeat service hears the Watchdog every minute and pages when it stops."""
    config = yaml.safe_load(synthesized[env].get("Secret", "alertmanager-lighthouse-config")["stringData"]["alertmanager.yaml"])
    [route] = [r for r in config["route"]["routes"] if r["matchers"] == ['alertname="Watchdog"']]
    assert route["receiver"] == "watchdog" and route["repeat_interval"] == "1m"
    assert config["route"]["routes"][0] is route, "first, so no other route swallows it"
    [receiver] = [r for r in config["receivers"] if r["name"] == "watchdog"]
    [hook] = receiver["webhook_configs"]
    assert hook["url"] == f"https://heartbeat.lighthouse.example/ping/lighthouse-{env}"
    assert hook["http_config"]["authorization"]["credentials_file"] == "/etc/alertmanager/secrets/alertmanager-receivers/heartbeat-token"


def test_the_log_agent_is_alone_in_a_privileged_namespace(env_manifests: Manifests) -> None:
    ns = env_manifests.get("Namespace", "lighthouse-log-agent")["metadata"]["labels"]
    assert ns["pod-security.kubernetes.io/enforce"] == "privileged"
    assert ns["pod-security.kubernetes.io/audit"] == ns["pod-security.kubernetes.io/warn"] == "restricted"
    workloads = [o for o in env_manifests.objects if o["metadata"].get("namespace") == "lighthouse-log-agent"
                 and o["kind"] in ("Deployment", "StatefulSet", "DaemonSet", "Pod", "Job", "CronJob")]
    assert [(o["kind"], o["metadata"]["name"]) for o in workloads] == [("DaemonSet", "log-agent")]


def _egress_ports(manifests: Manifests, policy: str) -> set[tuple[str, int]]:
    spec = manifests.get("NetworkPolicy", policy, "lighthouse-observability")["spec"]
    return {
        (peer["ipBlock"]["cidr"], port["port"])
        for rule in spec.get("egress", []) for peer in rule.get("to", []) if "ipBlock" in peer
        for port in rule.get("ports", [])
    }


def test_alertmanager_may_reach_its_receivers_only_where_it_has_some(synthesized: dict[str, Manifests]) -> None:
    assert ("0.0.0.0/0", 443) in _egress_ports(synthesized["prod"], "allow-alertmanager")
    assert _egress_ports(synthesized["dev"], "allow-alertmanager") == set(), "dev has no receivers: no way out"


def test_prometheus_may_reach_the_api_server_for_service_discovery(env_manifests: Manifests) -> None:
    from lighthouse_constructs.environments import load_environment

    cidrs = load_environment(env_manifests.env).mesh.kubernetes_api_cidrs
    assert {(cidr, 443) for cidr in cidrs} <= _egress_ports(env_manifests, "allow-prometheus")


def _pdb_selects(manifests: Manifests, pod_labels: dict) -> list[str]:
    return [p["metadata"]["name"] for p in manifests.all("PodDisruptionBudget", "lighthouse-observability")
            if matches(p["spec"]["selector"], pod_labels)]


@pytest.mark.parametrize("kind, name, replicas", [
    ("Deployment", "grafana", 2), ("Deployment", "kube-state-metrics", 2), ("StatefulSet", "loki", 3), ("StatefulSet", "tempo", 3),
])
def test_prod_runs_each_observability_component_redundantly(synthesized: dict[str, Manifests], kind: str, name: str,
                                                            replicas: int) -> None:
    """Finding 15: replicas, a PDB that lets one pod go at a time, never two pods on a host, zones when possible."""
    m = synthesized["prod"]
    spec = m.get(kind, name, "lighthouse-observability")["spec"]
    assert spec["replicas"] == replicas
    pod_labels = spec["template"]["metadata"]["labels"]
    assert _pdb_selects(m, pod_labels) == [name]
    assert m.get("PodDisruptionBudget", name, "lighthouse-observability")["spec"]["maxUnavailable"] == 1
    spread = {(c["topologyKey"], c["whenUnsatisfiable"]) for c in spec["template"]["spec"]["topologySpreadConstraints"]
              if matches(c["labelSelector"], pod_labels)}
    assert spread == {("kubernetes.io/hostname", "DoNotSchedule"), ("topology.kubernetes.io/zone", "ScheduleAnyway")}


@pytest.mark.parametrize("name, config_key, bucket", [("loki", "loki.yaml", "lighthouse-prod-loki"),
                                                      ("tempo", "tempo.yaml", "lighthouse-prod-tempo")])
def test_prod_keeps_logs_and_traces_in_object_storage_with_platform_credentials(
        synthesized: dict[str, Manifests], name: str, config_key: str, bucket: str) -> None:
    m = synthesized["prod"]
    text = m.get("ConfigMap", f"{name}-config", "lighthouse-observability")["data"][config_key]
    config = yaml.safe_load(text)
    s3 = config["common"]["storage"]["s3"] if name == "loki" else config["storage"]["trace"]["s3"]
    assert bucket in (s3.get("bucketnames"), s3.get("bucket"))
    assert config["memberlist"]["join_members"] == [f"{name}-headless.lighthouse-observability.svc.cluster.local:7946"]
    # No keys in the config: the S3 client falls back to the credentials file (observability/_k8s.py).
    assert not {"access_key_id", "secret_access_key", "access_key", "secret_key"} & set(s3)
    assert "${" not in text
    assert ("0.0.0.0/0", 443) in _egress_ports(m, f"allow-{name}")


def _render_eso_template(text: str, values: dict[str, str]) -> str:
    """ESO's v2 engine for the `{{ .KEY }}` actions the credentials template uses (missingkey=error)."""
    return re.sub(r"\{\{\s*\.(\w+)\s*\}\}", lambda match: values[match.group(1)], text)


@pytest.mark.parametrize("name", ["loki", "tempo"])
def test_can_read_s3_credentials_as_a_file_rendered_from_the_vault_properties(
        synthesized: dict[str, Manifests], name: str) -> None:
    m = synthesized["prod"]
    external = m.get("ExternalSecret", "observability-object-store", "lighthouse-observability")
    template = external["spec"]["target"]["template"]
    assert template["engineVersion"] == "v2"
    # Replace: the Secret holds the rendered file only, not the raw keys beside it.
    assert template.get("mergePolicy", "Replace") == "Replace" and set(template["data"]) == {"credentials"}
    # Each template variable stands for the Vault property it is read from.
    values = {d["secretKey"]: f"<{d['remoteRef']['key']}#{d['remoteRef']['property']}>" for d in external["spec"]["data"]}
    ini = configparser.ConfigParser()
    ini.read_string(_render_eso_template(template["data"]["credentials"], values))
    assert dict(ini["default"]) == {
        "aws_access_key_id": "<lighthouse/prod/observability-object-store#ACCESS_KEY_ID>",
        "aws_secret_access_key": "<lighthouse/prod/observability-object-store#ACCESS_SECRET_KEY>",
    }

    pod = m.get("StatefulSet", name, "lighthouse-observability")["spec"]["template"]["spec"]
    [container] = pod["containers"]
    path = {e["name"]: e for e in container["env"]}["AWS_SHARED_CREDENTIALS_FILE"]["value"]
    [mount] = [v for v in container["volumeMounts"] if path.startswith(v["mountPath"] + "/")]
    assert mount["readOnly"] is True
    [volume] = [v for v in pod["volumes"] if v["name"] == mount["name"]]
    assert volume["secret"]["secretName"] == "observability-object-store"
    assert volume["secret"]["items"] == [{"key": "credentials", "path": path[len(mount["mountPath"]) + 1:]}]
    assert "checkov.io/skip1" not in m.get("StatefulSet", name, "lighthouse-observability")["metadata"].get("annotations", {})


def _containers(obj: object):
    """Every container spec in `obj`, wherever it nests (pod templates, operator resources)."""
    if isinstance(obj, dict):
        for key, value in obj.items():
            if key in ("containers", "initContainers", "ephemeralContainers") and isinstance(value, list):
                yield from (c for c in value if isinstance(c, dict))
            yield from _containers(value)
    elif isinstance(obj, list):
        for item in obj:
            yield from _containers(item)


def test_can_run_every_container_without_a_secret_in_its_environment(env_manifests: Manifests) -> None:
    """Secrets only as files: env values show in process listings and crash dumps."""
    offenders = []
    for obj in env_manifests.objects:
        for c in _containers(obj.get("spec", {})):
            secret_env = [e["name"] for e in c.get("env") or [] if "secretKeyRef" in (e.get("valueFrom") or {})]
            secret_env += [f"envFrom {e['secretRef']['name']}" for e in c.get("envFrom") or [] if "secretRef" in e]
            if secret_env:
                offenders.append(f"{obj['kind']} {obj['metadata'].get('namespace')}/{obj['metadata']['name']} "
                                 f"container {c.get('name')}: {secret_env}")
    assert offenders == []


def test_dev_keeps_one_pod_of_each_on_local_storage(synthesized: dict[str, Manifests]) -> None:
    m = synthesized["dev"]
    for kind, name in (("Deployment", "grafana"), ("Deployment", "kube-state-metrics"), ("StatefulSet", "loki"), ("StatefulSet", "tempo")):
        assert m.get(kind, name)["spec"]["replicas"] == 1
        assert _pdb_selects(m, m.get(kind, name)["spec"]["template"]["metadata"]["labels"]) == []
    assert "filesystem" in yaml.safe_load(m.get("ConfigMap", "loki-config")["data"]["loki.yaml"])["common"]["storage"]


def test_grafana_replicas_share_no_state(synthesized: dict[str, Manifests]) -> None:
    """Everything is provisioned; only logins are per replica, and the Service keeps a client on one."""
    m = synthesized["prod"]
    container = m.get("Deployment", "grafana")["spec"]["template"]["spec"]["containers"][0]
    env = {e["name"]: e.get("value") for e in container["env"]}
    assert env["GF_UNIFIED_ALERTING_ENABLED"] == "false"
    assert m.get("Service", "grafana", "lighthouse-observability")["spec"]["sessionAffinity"] == "ClientIP"
    volumes = m.get("Deployment", "grafana")["spec"]["template"]["spec"]["volumes"]
    assert not [v for v in volumes if "persistentVolumeClaim" in v]


def test_prod_measures_the_exposed_bridge_at_the_gateway_and_pages_on_total_loss(synthesized: dict[str, Manifests]) -> None:
    """Finding 12 in the environment: api-gateway (behind the Istio ingress gateway) gets the edge SLI;
    every bridge gets SLONoTraffic; internal bridges get no edge SLI."""
    m = synthesized["prod"]

    def rules(service: str) -> list[dict]:
        return m.get("PrometheusRule", f"slo-lighthouse-bridge-{service}")["spec"]["groups"][0]["rules"]

    edge = [r for r in rules("api-gateway") if r.get("labels", {}).get("slo") == "ingress"]
    assert {r["alert"] for r in edge if "alert" in r} == {"SLOIngressBudgetBurn", "SLONoTraffic"}
    record = next(r for r in edge if r.get("record") == "slo:sli_error:ratio_rate5m")
    assert 'source_workload_namespace="istio-ingress"' in record["expr"] and 'response_code=~"5..|429|403"' in record["expr"]
    for bridge in ("api-gateway", "event-processor", "speed-layer", "expert-agent-coordinator"):
        no_traffic = [r for r in rules(bridge) if r.get("alert") == "SLONoTraffic" and r["labels"]["slo"] == "availability"]
        assert len(no_traffic) == 1 and no_traffic[0]["labels"]["severity"] == "critical"
    assert not [r for r in rules("speed-layer") if r.get("labels", {}).get("slo") == "ingress"]
