"""Logs: Loki (single binary) and the per-node agent that ships container logs to it.

The agent is an OpenTelemetry Collector (contrib) DaemonSet with the filelog receiver. It must
read /var/log/pods from the node: a hostPath, which Pod Security "baseline" and "restricted"
both forbid. It therefore runs alone in its own namespace enforcing "privileged" (audit and warn
stay "restricted", so the exception stays visible), and is as tight as a hostPath pod can be:

- non-root UID 10001, all capabilities dropped, no privilege escalation, seccomp RuntimeDefault,
  read-only root filesystem; it reads the root-owned 0640 log files through the supplemental
  group 0, not as root;
- the hostPath is /var/log/pods only, mounted read-only;
- no ServiceAccount token (pod metadata comes from the log file path, not the API server);
- no host network, PID or ports; it pushes to Loki's OTLP endpoint.

Checkpoints (how far each file was read) live on the node, in the hostPath
`/var/lib/log-agent/<namespace>`, so a replaced or updated agent resumes where the last one
stopped instead of skipping the lines written in between. The kubelet creates that directory
root-owned 0755; an init container, the pod's only root process, hands it to UID 10001 with
nothing but CAP_CHOWN (`chown` from the busybox base of the pinned Prometheus image), then exits.
"""

from __future__ import annotations

from typing import Any

import constructs
import yaml
from cdk8s_plus_28 import k8s

from .. import restricted
from ..conventions import RESTRICTED_RUN_AS_USER
from ..quantity import Resources
from . import _k8s
from .props import Images, LokiSettings

LOKI = "loki"
LOKI_PORT = 3100
LOKI_GRPC_PORT = 9095
AGENT = "log-agent"
AGENT_HEALTH_PORT = 13133
AGENT_METRICS_PORT = 8888
LOG_GROUP = 0
"""The group owning the kubelet's container log files (root:root, mode 0640)."""
CHECKPOINT_DIR = "/var/lib/otelcol"
"""Where the agent's file_storage keeps its checkpoints (a hostPath per node and namespace)."""
CHECKPOINT_OWNER_EXEMPTIONS = {
    "CKV_K8S_23": "the init container chowns the root-owned checkpoint hostPath to the agent's UID, which needs UID 0",
    "CKV_K8S_25": "the init container adds CHOWN (and nothing else) to hand the checkpoint hostPath to the agent",
    "CKV_K8S_40": "the init container runs as UID 0 for one chown of the checkpoint hostPath, then exits",
}
"""checkov checks the checkpoint init container skips, with why; listed in lighthouse_constructs/validation/exemptions.yaml."""
CHECKPOINT_OWNER_SKIPS = {f"checkov.io/skip{i}": f"{check}={reason}"
                          for i, (check, reason) in enumerate(sorted(CHECKPOINT_OWNER_EXEMPTIONS.items()), start=1)}
CHECKPOINT_INIT_RESOURCES = Resources(cpu_request="10m", memory_request="16Mi", cpu_limit="100m", memory_limit="32Mi")


def checkpoint_host_path(namespace: str) -> str:
    """Per namespace, so two agents (two installations) on a node never share checkpoints."""
    return f"/var/lib/{AGENT}/{namespace}"


def loki_config(settings: LokiSettings, namespace: str) -> str:
    """One pod on its volume, or `replicas` pods in a memberlist ring sharing an S3 bucket."""
    storage = settings.object_storage
    common: dict[str, Any] = {"path_prefix": "/var/loki"}
    if settings.replicas == 1:
        common["instance_addr"] = "127.0.0.1"
    common["replication_factor"] = settings.replication_factor
    common["ring"] = {"kvstore": {"store": "memberlist" if settings.replicas > 1 else "inmemory"}}
    if storage is None:
        common["storage"] = {"filesystem": {"chunks_directory": "/var/loki/chunks", "rules_directory": "/var/loki/rules"}}
    else:
        common["storage"] = {"s3": {**_k8s.s3_config(storage), "bucketnames": storage.bucket, "s3forcepathstyle": True}}
    store = "filesystem" if storage is None else "s3"
    config = {
        "auth_enabled": False,
        "server": {"http_listen_port": LOKI_PORT, "grpc_listen_port": LOKI_GRPC_PORT, "log_level": "info"},
        "common": common,
        "schema_config": {"configs": [{"from": "2024-04-01", "store": "tsdb", "object_store": store,
                                       "schema": "v13", "index": {"prefix": "index_", "period": "24h"}}]},
        "limits_config": {"retention_period": settings.retention, "allow_structured_metadata": True,
                          "volume_enabled": True, "reject_old_samples": True, "reject_old_samples_max_age": "168h"},
        "compactor": {"working_directory": "/var/loki/compactor", "retention_enabled": True,
                      "delete_request_store": store},
        "analytics": {"reporting_enabled": False},
    }
    if settings.replicas > 1:
        config["memberlist"] = {"bind_port": _k8s.MEMBERLIST_PORT,
                                "join_members": [f"{LOKI}-headless.{namespace}.svc.cluster.local:{_k8s.MEMBERLIST_PORT}"]}
    return yaml.safe_dump(config, sort_keys=False)


def agent_config(namespace: str, otlp_endpoint: str) -> str:
    """filelog -> parse CRI lines and JSON bodies -> OTLP/HTTP to the gateway, which writes to Loki.

    The agent is outside the mesh, so it pushes in plaintext; the gateway's OTLP ingest port
    admits that (POST /v1/logs from the agent's pods only), Loki's API port never does."""
    config = {
        "extensions": {
            "health_check": {"endpoint": f"0.0.0.0:{AGENT_HEALTH_PORT}"},
            "file_storage": {"directory": f"{CHECKPOINT_DIR}/filelog", "create_directory": True},
        },
        "receivers": {"filelog": {
            "include": ["/var/log/pods/*/*/*.log"],
            # Never ship the agent's own output: every line shipped would log another line.
            "exclude": [f"/var/log/pods/{namespace}_*/*/*.log"],
            "start_at": "end",
            "include_file_path": True,
            "include_file_name": False,
            "storage": "file_storage",
            "operators": [
                {"type": "container", "id": "container-parser"},
                {"type": "json_parser", "id": "json-body", "if": 'body matches "^\\\\s*\\\\{"',
                 "parse_from": "body", "parse_to": "attributes", "on_error": "send_quiet"},
            ],
        }},
        "processors": {
            "memory_limiter": {"check_interval": "1s", "limit_percentage": 80, "spike_limit_percentage": 20},
            "batch": {"send_batch_size": 1024, "timeout": "5s"},
        },
        "exporters": {"otlphttp/gateway": {
            "endpoint": otlp_endpoint,
            "sending_queue": {"enabled": True, "queue_size": 5000},
            "retry_on_failure": {"enabled": True, "max_elapsed_time": "10m"},
        }},
        "service": {
            "extensions": ["health_check", "file_storage"],
            "telemetry": {"metrics": {"readers": [{"pull": {"exporter": {"prometheus": {
                "host": "0.0.0.0", "port": AGENT_METRICS_PORT}}}}]}},
            "pipelines": {"logs": {"receivers": ["filelog"], "processors": ["memory_limiter", "batch"],
                                   "exporters": ["otlphttp/gateway"]}},
        },
    }
    return yaml.safe_dump(config, sort_keys=False, width=1000)


class Loki(constructs.Construct):
    """Loki as a StatefulSet with a PersistentVolumeClaim per pod: one pod on filesystem storage,
    or `replicas` pods on an S3 bucket (PDB, spread), plus Services and a ServiceMonitor."""

    def __init__(self, scope: constructs.Construct, id: str, settings: LokiSettings, images: Images, *,
                 naming: _k8s.Naming, namespace: str) -> None:
        super().__init__(scope, id)
        component = "logs"
        self.pod_labels = naming.pod_selector(LOKI)
        self.service_account_name = LOKI
        self.url = f"http://{LOKI}.{namespace}.svc.cluster.local:{LOKI_PORT}"
        self.service_account = naming.service_account(self, "ServiceAccount", LOKI, namespace, component)
        self.config = k8s.KubeConfigMap(self, "Config", metadata=naming.meta("loki-config", namespace, component),
                                        data={"loki.yaml": loki_config(settings, namespace)})
        ports = [("http-metrics", LOKI_PORT), ("grpc", LOKI_GRPC_PORT)]
        if settings.replicas > 1:
            ports.append(("memberlist", _k8s.MEMBERLIST_PORT))
        self.headless_service = naming.service(self, "HeadlessService", "loki-headless", namespace, component,
                                             self.pod_labels, ports, headless=True)
        # Clients never use the gossip port: the ClusterIP Service leaves it out.
        self.service = naming.service(self, "Service", LOKI, namespace, component, self.pod_labels,
                                    [p for p in ports if p[0] != "memberlist"])
        self.stateful_set = naming.single_binary_stateful_set(
            self, LOKI, namespace, component, image=images.loki, ports=ports, http_port="http-metrics",
            resources_=settings.resources, storage=settings.storage, storage_class=settings.storage_class,
            replicas=settings.replicas, object_storage=settings.object_storage, termination_grace_period_seconds=60,
        )
        self.pdb = (naming.pdb(self, "PodDisruptionBudget", LOKI, namespace, component, self.pod_labels)
                    if settings.replicas > 1 else None)
        self.service_monitor = naming.service_monitor(self, "ServiceMonitor", LOKI, namespace, component,
                                                    naming.pod_selector(LOKI), "http-metrics", mesh_tls=True)


class LogAgent(constructs.Construct):
    """The node log agent: a DaemonSet in its own privileged-enforcing namespace (see module doc)."""

    def __init__(self, scope: constructs.Construct, id: str, resources: Resources, images: Images, *,
                 naming: _k8s.Naming, namespace: str, otlp_endpoint: str) -> None:
        super().__init__(scope, id)
        component = "log-agent"
        self.pod_labels = naming.pod_selector(AGENT)
        self.service_account_name = AGENT
        self.service_account = naming.service_account(self, "ServiceAccount", AGENT, namespace, component)
        self.config = k8s.KubeConfigMap(self, "Config", metadata=naming.meta("log-agent-config", namespace, component),
                                        data={"agent.yaml": agent_config(namespace, otlp_endpoint)})
        self.daemon_set = k8s.KubeDaemonSet(
            self, "DaemonSet", metadata=naming.meta(AGENT, namespace, component, annotations=CHECKPOINT_OWNER_SKIPS),
            spec=k8s.DaemonSetSpec(
                selector=k8s.LabelSelector(match_labels=self.pod_labels),
                update_strategy=k8s.DaemonSetUpdateStrategy(
                    type="RollingUpdate", rolling_update=k8s.RollingUpdateDaemonSet(max_unavailable=k8s.IntOrString.from_string("10%"))),
                template=k8s.PodTemplateSpec(
                    metadata=k8s.ObjectMeta(labels=naming.labels(AGENT, component)),
                    spec=k8s.PodSpec(
                        service_account_name=AGENT, automount_service_account_token=False,
                        security_context=restricted.pod_security_context(supplemental_groups=[LOG_GROUP]),
                        # Logs are wanted from every node, tainted or not.
                        tolerations=[k8s.Toleration(operator="Exists")],
                        init_containers=[k8s.Container(
                            name="checkpoint-owner", image=images.prometheus, image_pull_policy="Always",
                            command=["chown", f"{RESTRICTED_RUN_AS_USER}:{RESTRICTED_RUN_AS_USER}", CHECKPOINT_DIR],
                            resources=CHECKPOINT_INIT_RESOURCES.requirements(),
                            security_context=k8s.SecurityContext(
                                run_as_user=0, run_as_group=0, run_as_non_root=False, privileged=False,
                                allow_privilege_escalation=False, read_only_root_filesystem=True,
                                capabilities=k8s.Capabilities(drop=["ALL"], add=["CHOWN"]),
                                seccomp_profile=k8s.SeccompProfile(type="RuntimeDefault")),
                            volume_mounts=[k8s.VolumeMount(name="checkpoints", mount_path=CHECKPOINT_DIR)],
                        )],
                        containers=[k8s.Container(
                            name="otel-collector", image=images.collector, image_pull_policy="Always",
                            args=["--config=/etc/otelcol/agent.yaml"],
                            ports=[k8s.ContainerPort(name="metrics", container_port=AGENT_METRICS_PORT, protocol="TCP"),
                                   k8s.ContainerPort(name="health", container_port=AGENT_HEALTH_PORT, protocol="TCP")],
                            resources=resources.requirements(),
                            security_context=restricted.container_security_context(),
                            readiness_probe=_k8s.http_probe("/", "health", initial_delay=5),
                            liveness_probe=_k8s.http_probe("/", "health", initial_delay=15, failures=5),
                            volume_mounts=[
                                k8s.VolumeMount(name="config", mount_path="/etc/otelcol", read_only=True),
                                k8s.VolumeMount(name="pod-logs", mount_path="/var/log/pods", read_only=True),
                                k8s.VolumeMount(name="checkpoints", mount_path=CHECKPOINT_DIR),
                            ],
                        )],
                        volumes=[
                            k8s.Volume(name="config", config_map=k8s.ConfigMapVolumeSource(name="log-agent-config")),
                            k8s.Volume(name="pod-logs", host_path=k8s.HostPathVolumeSource(path="/var/log/pods", type="Directory")),
                            k8s.Volume(name="checkpoints", host_path=k8s.HostPathVolumeSource(
                                path=checkpoint_host_path(namespace), type="DirectoryOrCreate")),
                        ],
                    ),
                ),
            ),
        )
        self.service = naming.service(self, "Service", AGENT, namespace, component, self.pod_labels,
                                    [("metrics", AGENT_METRICS_PORT)])
        self.service_monitor = naming.service_monitor(self, "ServiceMonitor", AGENT, namespace, component,
                                                    naming.pod_selector(AGENT), "metrics")
