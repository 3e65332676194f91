"""FuseMountDaemon: the Lighthouse FUSE filesystem on every node, and the bridges that read it.

Two modes, chosen by the `mode` prop:

`daemonset`
    A privileged DaemonSet mounts the filesystem once per node on a host directory (`host_path`,
    mountPropagation Bidirectional). A consumer mounts that host directory as a hostPath volume
    (mountPropagation HostToContainer). One FUSE process per node, shared by every consumer, and
    no CSI code in the daemon. But Pod Security baseline and restricted both forbid hostPath
    volumes, so every consumer must run in a namespace that enforces `privileged`, where any pod
    may mount any host path: the isolation of the whole consumer namespace is traded away.

`csi` (recommended, and what the Lighthouse charts use)
    A CSIDriver object (Ephemeral lifecycle, podInfoOnMount, no attach) and a privileged
    node-plugin DaemonSet with the node-driver-registrar sidecar. A consumer declares an inline
    `csi` volume; kubelet asks the plugin to mount the filesystem into that pod's own volume
    directory before the pod's containers start and to unmount it when the pod goes. Pod Security
    restricted allows inline CSI volumes, so the bridges keep their restricted namespace (staging
    and prod allow nothing else); the daemon learns which pod it mounts for and can scope access;
    a pod never starts without its mount. The costs: the daemon must implement the CSI Identity
    and Node services, it runs one FUSE session per consuming pod instead of one per node, and
    any pod allowed to create pods may name the driver in an inline volume (scope access with
    the pod info, or admission policy, if that matters).

Safe lifecycle, in both modes:
- `updateStrategy: OnDelete` by default: a DaemonSet rollout would kill every mount on a node at
  once. A new template reaches a node when an operator deletes that node's pod (after draining the
  consumers); `update_strategy="RollingUpdate"` (one node at a time) is the explicit opt-in.
- Before the daemon starts, and in its preStop hook, every Lighthouse FUSE mount under its mount
  root is lazily unmounted (`fusermount -uz`): a restarted daemon never trips over the stale
  mount its predecessor left, and a stopping one leaves consumers an absent mount (their
  readiness fails) instead of a stale one.
- The liveness probe `stat`s every Lighthouse FUSE mount under the root: a stale mount
  ("Transport endpoint is not connected", ENOTCONN) or a hung daemon fails it and the container
  restarts (and, per the contract below, mounts again).
- nodeSelector and tolerations from props; a high PriorityClass (a preempted daemon takes every
  mount on its node with it); requests and limits; a dedicated ServiceAccount without a token
  (neither the daemon nor node-driver-registrar calls the API server, so no RBAC at all).
- Nothing else may run in the daemon's privileged namespace: synthesis fails if any other
  pod-running object is placed there.

Consumers (`mount_into`): the volume is mounted with HostToContainer propagation; a small restricted
sidecar's readiness probe fails while the mount is absent or stale, which keeps the pod out of its
Service until the filesystem is back; the consumer is pinned to the nodes the daemon runs on
(`node_selector`). Recovery after a daemon restart:
- A container's bind of a FUSE mount keeps that (dead) mount for its whole life: a remount on the
  host never replaces it. So the app container's liveness probe (and the sidecar's) `stat`s the
  mount and fails on ENOTCONN (or a hang past its timeout): kubelet restarts the container, which
  binds the new mount (csi: the restarted daemon publishes the recorded targets again). The probe
  then calls the app's own HTTP liveness path on 127.0.0.1 (`liveness_url`: the app must listen
  there too, e.g. on 0.0.0.0), so it replaces that check rather than dropping it.
  App images may have no shell (distroless), so the probe does not run the app image's tools: an
  init container copies the daemon image's static BusyBox into a memory emptyDir, and the probe
  runs that (`<probe dir>/busybox sh -c ...`). An absent mount (the daemon not back yet) passes the
  liveness and fails only the readiness: a restart would not help, and the remount propagates.
- daemonset mode binds the *parent* of `host_path` into the consumer (HostToContainer), so a
  remount on the host propagates into running consumers without a restart; the filesystem is then
  at `<path>/<last segment of host_path>` (`mount_into` returns that path).

Contract of the daemon image (`image`):
- `/bin/sh`, `awk`, `stat`, `sleep` and `fusermount` on the PATH (probes, hooks, the consumer
  sidecar, which runs the same image as non-root).
- A statically linked BusyBox at `/bin/busybox` with the `cp`, `sh`, `stat` and `wget` applets: it
  is copied into consumers and runs in their app containers, whatever their image holds.
- Mounts with filesystem type `fuse.lighthouse` (`-o subtype=lighthouse`) and `allow_other`
  (consumers run as UID 10001).
- Reads LIGHTHOUSE_FUSE_MODE, LIGHTHOUSE_FUSE_MOUNT_ROOT (daemonset: the mountpoint), NODE_NAME,
  LIGHTHOUSE_FUSE_METRICS_ADDR and, in csi mode, CSI_ENDPOINT and LIGHTHOUSE_FUSE_DRIVER_NAME.
- Serves Prometheus metrics on `metrics_port` at /metrics, including the gauge
  `lighthouse_fuse_mount_stale{mountpoint}` (1 while that mount answers ENOTCONN).
- In csi mode: serves CSI Identity and Node (NodePublishVolume for Ephemeral volumes) and, on
  start, publishes again the targets it recorded under the plugin directory.
"""

from __future__ import annotations

import posixpath
import re
from dataclasses import dataclass
from typing import Literal, Mapping, cast

import cdk8s
import cdk8s_plus_28 as kplus
import constructs
import jsii
from cdk8s_plus_28 import k8s
from pydantic import Field, field_validator, model_validator

from .alerting import Alert, AlertRules
from .chart_objects import app_objects, once_per_synth
from .conventions import (
    DIGEST_PATTERN,
    MONITORING_LABEL,
    STALE_MOUNT_METRIC,
    selector_labels,
    standard_labels,
)
from .graph import DependencyGraph, Port, Workload
from .handles import FuseConsumer, FuseNamespaceHandle, PriorityClassHandle
from .props import Props
from .quantity import Resources
from .restricted import container_security_props
from .uniqueness import ensure_unique_objects

COMPONENT = "fuse"
FUSE_FSTYPE = "fuse.lighthouse"
"""The filesystem type of every Lighthouse FUSE mount (image contract: `-o subtype=lighthouse`)."""
REGISTRAR_IMAGE = (
    "registry.k8s.io/sig-storage/csi-node-driver-registrar:v2.10.1"
    "@sha256:f25af73ee708ff9c82595ae99493cdef9295bd96953366cddf36305f82555dac"
)
REGISTRAR_HEALTH_PORT = 9809
CSI_DIR = "/csi"
POD_KINDS = frozenset(
    {"Pod", "Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "ReplicationController", "Job", "CronJob", "Rollout"}
)
"""Kinds that run pods: none but the daemon's may be placed in its privileged namespace."""

_PATH_PATTERN = re.compile(r"^(/[A-Za-z0-9_][A-Za-z0-9._-]*)+$")
_DRIVER_NAME_PATTERN = re.compile(r"^[a-z0-9]([-a-z0-9.]{0,61}[a-z0-9])?$")
_HOST_SYSTEM_DIRS = ("/bin", "/boot", "/dev", "/etc", "/lib", "/proc", "/run", "/sbin", "/sys", "/usr",
                     "/var/lib/containerd", "/var/lib/kubelet", "/var/run")

# Shell snippets run with `sh -c <script> <name> <root|path> ...`. They select mounts by their
# filesystem type so that other drivers' FUSE mounts under the kubelet directory are never touched.
_LIST_MOUNTS = (
    """awk -v root="$1" '$3 == "FSTYPE" && ($2 == root || index($2, root "/") == 1) { print $2 }' /proc/self/mounts"""
).replace("FSTYPE", FUSE_FSTYPE)
UNMOUNT_SCRIPT = _LIST_MOUNTS + ' | while read -r m; do fusermount -uz "$m" && echo "unmounted $m"; done; exit 0'
"""Lazily unmount every Lighthouse FUSE mount under $1 (preStop)."""
START_SCRIPT = _LIST_MOUNTS + ' | while read -r m; do fusermount -uz "$m" && echo "unmounted stale $m"; done\nshift\nexec "$@"'
"""Clear stale mounts under $1 left by a crashed predecessor, then exec the daemon ($2...)."""
STALE_CHECK_SCRIPT = _LIST_MOUNTS + ' | while read -r m; do stat -t "$m" >/dev/null || exit 1; done'
"""Fail when any Lighthouse FUSE mount under $1 is stale (ENOTCONN) or hangs past the timeout."""
MOUNTED_CHECK_SCRIPT = (
    """if ! awk -v p="$1" '$2 == p && $3 == "FSTYPE" { found = 1 } END { exit !found }' /proc/self/mounts; """
    """then echo "no Lighthouse FUSE mount at $1"; exit 1; fi; stat -t "$1" >/dev/null"""
).replace("FSTYPE", FUSE_FSTYPE)
"""Fail unless $1 is a Lighthouse FUSE mount that answers (readiness: absent or stale fails)."""
SLEEP_SCRIPT = "trap 'exit 0' TERM; while :; do sleep 3600 & wait $!; done"
LIVENESS_SCRIPT = 'stat -t "$1" >/dev/null || exit 1; [ -z "${2:-}" ] || wget -q -T 3 -O /dev/null "$2"'
"""Consumer liveness: fail when the mount at $1 is dead (ENOTCONN) or hangs, else GET the app's own
liveness URL $2 if given. An absent mount (a plain directory) passes: readiness covers it."""
PROBE_DIR = "/var/run/lighthouse-fuse-probe"
"""Where the consumer's copy of the daemon image's static BusyBox lives (a memory emptyDir)."""
BUSYBOX = "/bin/busybox"
"""The static BusyBox in the daemon image (image contract)."""
SMALL_RESOURCES = Resources(cpu_request="10m", cpu_limit="100m", memory_request="16Mi", memory_limit="32Mi")
"""The probe-install init container and the mount-check sidecar added to consumer pods."""
REGISTRAR_RESOURCES = Resources(cpu_request="10m", cpu_limit="100m", memory_request="16Mi", memory_limit="64Mi")
"""The node-driver-registrar sidecar of the CSI DaemonSet."""



class Toleration(Props):
    """A toleration of the daemon's pods (lets it run on tainted nodes)."""

    key: str | None = None
    """The taint key; none with operator Exists tolerates every taint. Default: none."""
    operator: Literal["Equal", "Exists"] = "Equal"
    """Default: Equal."""
    value: str | None = None
    """The taint value (operator Equal only). Default: none."""
    effect: Literal["NoSchedule", "PreferNoSchedule", "NoExecute"] | None = None
    """Default: every effect."""
    toleration_seconds: int | None = Field(default=None, ge=0)
    """How long a NoExecute taint is tolerated. Default: forever."""

    @model_validator(mode="after")
    def _consistent(self) -> "Toleration":
        if self.operator == "Exists" and self.value is not None:
            raise ValueError(f"toleration with operator Exists must not have a value; got value={self.value!r}")
        if self.operator == "Equal" and not self.key:
            raise ValueError("toleration with operator Equal needs a key")
        if self.toleration_seconds is not None and self.effect != "NoExecute":
            raise ValueError(f"toleration_seconds applies to effect NoExecute only; got effect={self.effect!r}")
        return self

    def to_k8s(self) -> k8s.Toleration:
        return k8s.Toleration(
            key=self.key, operator=self.operator, value=self.value, effect=self.effect,
            toleration_seconds=self.toleration_seconds,
        )


def check_mount_path(path: str, what: str = "mount path") -> str:
    """`path` if it is a clean absolute path, else a ValueError that says what is allowed."""
    if not path.startswith("/"):
        raise ValueError(f"{what} {path!r} must be absolute (start with /), e.g. /mnt/lighthouse")
    if not _PATH_PATTERN.match(path) or any(part in (".", "..") for part in path.split("/")):
        raise ValueError(
            f"{what} {path!r} must be a clean absolute path of letters, digits, '.', '_' and '-' "
            f"(no '..', no trailing or double slash, no spaces), e.g. /mnt/lighthouse"
        )
    return path


def _default_resources() -> Resources:
    return Resources(cpu_request="100m", cpu_limit="1", memory_request="128Mi", memory_limit="512Mi")


class FuseMountDaemonProps(Props):
    """Props of FuseMountDaemon."""

    mode: Literal["daemonset", "csi"] = "csi"
    """How consumers get the filesystem (see the module doc). Default: csi (recommended)."""
    image: str = Field(min_length=1)
    """Required. The Lighthouse FUSE daemon, pinned by digest (`repo:tag@sha256:<64 hex>`) in every
    environment: this image runs privileged on every node."""
    command: tuple[str, ...] = Field(default=("lighthouse-fuse",), min_length=1)
    """The daemon's command in the image; it starts after stale mounts are cleared.
    Default: lighthouse-fuse."""
    name: str = Field(default="fuse", pattern=r"^[a-z]([-a-z0-9]{0,40}[a-z0-9])?$")
    """Names the DaemonSet, ServiceAccount, PodMonitor and PrometheusRule. Default: fuse."""
    driver_name: str | None = None
    """The CSI driver name (and CSIDriver object name), e.g. fuse.lighthouse.io. Required in csi
    mode, rejected in daemonset mode. Default: none."""
    host_path: str = "/var/lib/lighthouse/fuse"
    """daemonset mode: the host directory the filesystem is mounted on; its parent is bound into the
    consumers (so remounts propagate) and must hold nothing else. Default: /var/lib/lighthouse/fuse."""
    kubelet_dir: str = "/var/lib/kubelet"
    """csi mode: kubelet's root directory on the nodes. Default: /var/lib/kubelet."""
    registrar_image: str = REGISTRAR_IMAGE
    """csi mode: the node-driver-registrar image. Default: v2.10.1, pinned by digest."""
    node_selector: dict[str, str] = Field(default_factory=lambda: {"kubernetes.io/os": "linux"})
    """Nodes the daemon runs on; consumers are pinned to the same nodes. Default: Linux nodes."""
    tolerations: tuple[Toleration, ...] = ()
    """Taints the daemon tolerates (not copied to consumers). Default: none."""
    resources: Resources = Field(default_factory=_default_resources)
    """Requests and limits of the daemon container (an OOM kill leaves stale mounts: keep headroom).
    Default: 100m/1 CPU, 128Mi/512Mi memory."""
    update_strategy: Literal["OnDelete", "RollingUpdate"] = "OnDelete"
    """OnDelete: a new template reaches a node when its pod is deleted. RollingUpdate: one node at
    a time, each losing its mounts while its pod restarts. Default: OnDelete."""
    metrics_port: int = Field(default=9090, ge=1024, le=65535)
    """Prometheus metrics port (path /metrics). Default: 9090."""
    runbook_base_url: str | None = Field(default=None, pattern=r"^https://")
    """Alerts link to <base>#<alert name in lower case>. Default: none (no runbook_url annotation)."""

    @field_validator("host_path")
    @classmethod
    def _host_path_is_safe(cls, value: str) -> str:
        check_mount_path(value, "host_path")
        system = [d for d in _HOST_SYSTEM_DIRS if value == d or value.startswith(d + "/")]
        if system:
            raise ValueError(f"host_path {value!r} is inside the host system directory {system[0]}; use e.g. /var/lib/lighthouse/fuse")
        parent = posixpath.dirname(value)
        if parent == "/" or any(d == parent or d.startswith(parent + "/") for d in _HOST_SYSTEM_DIRS):
            raise ValueError(
                f"host_path {value!r}: its parent {parent!r} is bound into every consumer (so a remount propagates "
                f"to them) and must be a directory of its own, not '/' or one holding host system directories; "
                f"use e.g. /var/lib/lighthouse/fuse"
            )
        return value

    @field_validator("kubelet_dir")
    @classmethod
    def _kubelet_dir_is_absolute(cls, value: str) -> str:
        return check_mount_path(value, "kubelet_dir")

    @model_validator(mode="after")
    def _check(self) -> "FuseMountDaemonProps":
        for field in ("image", "registrar_image"):
            image = getattr(self, field)
            if not DIGEST_PATTERN.match(image):
                raise ValueError(
                    f"{field} {image!r} is not pinned by digest; the FUSE pods run privileged on every node, "
                    f"so every environment requires <repository>:<tag>@sha256:<64 hex digits>"
                )
        if self.mode == "csi":
            if not self.driver_name:
                raise ValueError(
                    f"mode 'csi' needs driver_name (the CSI driver and CSIDriver object name, e.g. fuse.lighthouse.io); "
                    f"got {self.driver_name!r}"
                )
            if not _DRIVER_NAME_PATTERN.match(self.driver_name):
                raise ValueError(
                    f"driver_name {self.driver_name!r} must be <= 63 lower-case letters, digits, '-' and '.', "
                    f"starting and ending with a letter or digit, e.g. fuse.lighthouse.io"
                )
        unused = {"daemonset": ("driver_name", "kubelet_dir", "registrar_image"), "csi": ("host_path",)}[self.mode]
        given = [f for f in unused if f in self.model_fields_set]
        if given:
            raise ValueError(f"{', '.join(given)} do(es) not apply in mode {self.mode!r}; remove it or change the mode")
        return self


@dataclass(frozen=True)
class Exemption:
    """A checkov check the FUSE pods fail by design, and why (rendered as a checkov.io/skip annotation)."""

    check: str
    reason: str

    def __post_init__(self) -> None:
        if not re.match(r"^CKV2?_K8S_[0-9]+$", self.check) or "=" in self.reason or "\n" in self.reason or not self.reason:
            raise ValueError(f"exemption {self.check}={self.reason!r}: need a CKV_K8S_<id> and a one-line reason without '='")


EXEMPTIONS: tuple[Exemption, ...] = (
    Exemption(
        "CKV_K8S_16",
        "Bidirectional mount propagation (publishing the FUSE mounts to the host) is allowed only in "
        "privileged containers, and /dev/fuse must pass the device cgroup",
    ),
    Exemption(
        "CKV_K8S_20",
        "a privileged container cannot set allowPrivilegeEscalation false (the API rejects the combination)",
    ),
    Exemption("CKV_K8S_23", "mounting FUSE and writing the root-owned kubelet plugin directories need UID 0"),
    Exemption("CKV_K8S_25", "SYS_ADMIN is added explicitly because mount and umount2 of the FUSE filesystem need it"),
    Exemption(
        "CKV_K8S_39",
        "SYS_ADMIN is what mount and umount2 of the FUSE filesystem need; only the daemon container adds it",
    ),
    Exemption(
        "CKV_K8S_40",
        "runs as UID 0 (see CKV_K8S_23); a high UID cannot mount or write the kubelet directories",
    ),
)
"""The checkov checks the FUSE DaemonSet fails by design (measured with checkov 3.3 on both modes),
each with its reason; rendered as `checkov.io/skip<N>` annotations and listed in lighthouse_constructs/validation/exemptions.yaml."""


class FuseMountDaemon(constructs.Construct):
    """The Lighthouse FUSE filesystem on every node, in daemonset or csi mode (see module doc)."""

    def __init__(
        self,
        scope: constructs.Construct,
        id: str,
        props: FuseMountDaemonProps,
        *,
        namespace: FuseNamespaceHandle,
        priority_class: PriorityClassHandle,
    ) -> None:
        super().__init__(scope, id)
        ensure_unique_objects(self)
        _check_namespace(namespace)
        self.props = props
        self.namespace = namespace.name
        self.labels = standard_labels(props.name, COMPONENT)
        self._selector = selector_labels(props.name)
        self.exemptions = EXEMPTIONS
        self.mounts: dict[str, str] = {}
        """Consumers ("namespace/name") and the path each mounts the filesystem at."""

        self.service_account = k8s.KubeServiceAccount(
            self, "ServiceAccount", metadata=self._meta(), automount_service_account_token=False
        )
        self.csi_driver = self._csi_driver() if props.mode == "csi" else None
        self.daemon_set = self._daemon_set(priority_class)
        self.pod_monitor = self._pod_monitor()
        self.prometheus_rule = self._prometheus_rule()
        self.workload = Workload(
            name=props.name,
            namespace=self.namespace,
            service_account=props.name,
            pod_labels=tuple(sorted(self._selector.items())),
        )
        DependencyGraph.of(self).add_workload(
            self.workload, (Port("metrics", props.metrics_port, "http", purpose="metrics"),)
        )
        self.node.add_validation(_NothingElseInNamespace(self))

    # -- consumers ---------------------------------------------------------------------------

    def mount_into(
        self,
        consumer: FuseConsumer,
        path: str,
        *,
        read_only: bool = False,
        attributes: Mapping[str, str] | None = None,
    ) -> str:
        """Mount the filesystem at `path` in `consumer`'s app container, keep the pods unready
        while the mount is absent or stale, restart the app container when its mount is dead
        (liveness), and pin the pods to the nodes the daemon runs on (one mount per consumer).
        `attributes` are the CSI volumeAttributes handed to the daemon (csi mode only).
        Returns where the app finds the filesystem: `path` (csi), or `path/<last segment of
        host_path>` (daemonset: `path` is the bound parent directory, see the module doc)."""
        who = f"bridge {consumer.name}"
        try:
            check_mount_path(path)
        except ValueError as exc:
            raise ValueError(f"{who}: {exc}") from None
        key = f"{consumer.namespace}/{consumer.name}"
        if consumer.namespace == self.namespace:
            raise ValueError(
                f"{who} runs in the FUSE namespace {self.namespace}; nothing but the FUSE daemon may run "
                f"in that privileged namespace"
            )
        if self.props.mode == "daemonset" and consumer.pod_security_level != "privileged":
            raise ValueError(
                f"{who} in namespace {consumer.namespace} cannot reach the FUSE mount: daemonset mode hands "
                f"consumers a hostPath volume, and the namespace enforces Pod Security "
                f"{consumer.pod_security_level!r}, which rejects hostPath (only 'privileged' admits it); "
                f"use mode 'csi' (inline CSI volumes are allowed under restricted)"
            )
        if self.props.mode == "daemonset" and attributes:
            raise ValueError(f"{who}: volume attributes are handed to the CSI driver; daemonset mode has none")
        if key in self.mounts:
            raise ValueError(f"{who} already mounts the FUSE filesystem at {self.mounts[key]}; one mount per consumer")
        taken = sorted([m.path for m in consumer.container.mounts] + [PROBE_DIR])
        clash = [t for t in taken if t == path or t.startswith(path + "/") or path.startswith(t + "/")]
        if clash:
            raise ValueError(f"mount path {path!r} for {who} overlaps its existing mount {clash[0]}; mounted: {', '.join(taken)}")

        if self.props.mode == "csi":
            assert self.props.driver_name is not None
            volume = kplus.Volume.from_csi(
                consumer.deployment, "FuseVolume", self.props.driver_name, name="lighthouse-fuse",
                read_only=read_only, attributes=dict(attributes or {}) or None,
            )
            filesystem = path
        else:  # the parent: a remount of host_path on the host propagates into the running pod
            volume = kplus.Volume.from_host_path(
                consumer.deployment, "FuseVolume", "lighthouse-fuse",
                path=posixpath.dirname(self.props.host_path), type=kplus.HostPathVolumeType.DIRECTORY,
            )
            filesystem = posixpath.join(path, posixpath.basename(self.props.host_path))
        self.mounts[key] = filesystem
        propagation = kplus.MountPropagation.HOST_TO_CONTAINER
        consumer.container.mount(path, volume, propagation=propagation, read_only=read_only)
        check = consumer.deployment.add_container(**self._mount_check_props(filesystem)._values)
        check.mount(path, volume, propagation=propagation, read_only=True)
        self._add_app_liveness(consumer, filesystem)
        if self.props.node_selector:  # a pod on a node without the daemon would never get its mount
            consumer.deployment.scheduling.attract(
                kplus.Node.labeled(*(kplus.NodeLabelQuery.is_(k, v) for k, v in sorted(self.props.node_selector.items())))
            )
        return filesystem

    def _add_app_liveness(self, consumer: FuseConsumer, filesystem: str) -> None:
        """The app container's liveness becomes: the mount answers, then the app's own HTTP
        liveness URL. It runs the daemon image's static BusyBox, copied in by an init container."""
        probe_volume = kplus.Volume.from_empty_dir(
            consumer.deployment, "FuseProbeVolume", "lighthouse-fuse-probe",
            medium=kplus.EmptyDirMedium.MEMORY, size_limit=cdk8s.Size.mebibytes(16),
        )
        copy = consumer.deployment.add_init_container(
            name="fuse-probe-install",
            image=self.props.image,
            image_pull_policy=kplus.ImagePullPolicy.ALWAYS,
            command=[BUSYBOX, "cp", BUSYBOX, f"{PROBE_DIR}/busybox"],
            resources=SMALL_RESOURCES.container_resources(),
            security_context=container_security_props(),
        )
        copy.mount(PROBE_DIR, probe_volume)
        consumer.container.mount(PROBE_DIR, probe_volume, read_only=True)
        index = [c.name for c in consumer.deployment.containers].index(consumer.container.name)
        command = consumer_liveness_command(filesystem, consumer.liveness_url)
        cdk8s.ApiObject.of(consumer.deployment).add_json_patch(
            cdk8s.JsonPatch.add(
                f"/spec/template/spec/containers/{index}/livenessProbe",
                {"exec": {"command": command}, "periodSeconds": 10, "timeoutSeconds": 5, "failureThreshold": 3},
            )
        )

    def _mount_check_props(self, path: str) -> kplus.ContainerProps:
        """A restricted sidecar whose readiness fails while `path` is not a live Lighthouse FUSE
        mount (a pod is Ready only when all its containers are), and whose liveness fails while its
        own bind of the mount is dead, so that it, too, binds the new mount."""
        return kplus.ContainerProps(
            name="fuse-mount-check",
            image=self.props.image,
            image_pull_policy=kplus.ImagePullPolicy.ALWAYS,
            command=["/bin/sh", "-c", SLEEP_SCRIPT],
            resources=SMALL_RESOURCES.container_resources(),
            security_context=container_security_props(),
            readiness=kplus.Probe.from_command(
                ["/bin/sh", "-c", MOUNTED_CHECK_SCRIPT, "mount-check", path],
                period_seconds=cdk8s.Duration.seconds(5), timeout_seconds=cdk8s.Duration.seconds(3), failure_threshold=2,
            ),
            liveness=kplus.Probe.from_command(
                ["/bin/sh", "-c", LIVENESS_SCRIPT, "mount-live", path],
                period_seconds=cdk8s.Duration.seconds(10), timeout_seconds=cdk8s.Duration.seconds(5), failure_threshold=3,
            ),
        )

    # -- building blocks ---------------------------------------------------------------------

    @property
    def mount_root(self) -> str:
        """Where the daemon's mounts live: the host directory, or kubelet's pod volumes (csi)."""
        return self.props.host_path if self.props.mode == "daemonset" else f"{self.props.kubelet_dir}/pods"

    def _meta(self, **extra_labels: str) -> k8s.ObjectMeta:
        return k8s.ObjectMeta(name=self.props.name, namespace=self.namespace, labels={**self.labels, **extra_labels})

    def _csi_driver(self) -> k8s.KubeCsiDriver:
        assert self.props.driver_name is not None
        return k8s.KubeCsiDriver(
            self,
            "CSIDriver",
            metadata=k8s.ObjectMeta(name=self.props.driver_name, labels=self.labels),
            spec=k8s.CsiDriverSpec(
                attach_required=False,  # node-local FUSE: no controller, no attach step
                pod_info_on_mount=True,  # the daemon learns which pod (namespace, SA) it mounts for
                volume_lifecycle_modes=["Ephemeral"],  # inline volumes: allowed under Pod Security restricted
                fs_group_policy="None",  # never let kubelet chown a remote filesystem recursively
                requires_republish=False,
                storage_capacity=False,
            ),
        )

    def _daemon_set(self, priority_class: PriorityClassHandle) -> k8s.KubeDaemonSet:
        """The L1 DaemonSet: cdk8s-plus's has no updateStrategy or nodeSelector, and on the only
        privileged pods of the product every security field should be written out, not inherited."""
        p = self.props
        strategy = (
            k8s.DaemonSetUpdateStrategy(type="OnDelete")
            if p.update_strategy == "OnDelete"
            else k8s.DaemonSetUpdateStrategy(
                type="RollingUpdate",
                rolling_update=k8s.RollingUpdateDaemonSet(
                    max_unavailable=k8s.IntOrString.from_number(1), max_surge=k8s.IntOrString.from_number(0)
                ),
            )
        )
        containers = [self._daemon_container()]
        if p.mode == "csi":
            containers.append(self._registrar_container())
        annotations = {f"checkov.io/skip{i}": f"{e.check}={e.reason}" for i, e in enumerate(self.exemptions, start=1)}
        meta = self._meta()
        return k8s.KubeDaemonSet(
            self,
            "DaemonSet",
            metadata=k8s.ObjectMeta(name=meta.name, namespace=meta.namespace, labels=meta.labels, annotations=annotations or None),
            spec=k8s.DaemonSetSpec(
                selector=k8s.LabelSelector(match_labels=self._selector),
                update_strategy=strategy,
                template=k8s.PodTemplateSpec(
                    metadata=k8s.ObjectMeta(labels=self.labels),
                    spec=k8s.PodSpec(
                        service_account_name=self.service_account.name,
                        automount_service_account_token=False,
                        priority_class_name=priority_class.name,
                        node_selector=dict(p.node_selector) or None,
                        tolerations=[t.to_k8s() for t in p.tolerations] or None,
                        enable_service_links=False,
                        termination_grace_period_seconds=30,
                        security_context=k8s.PodSecurityContext(
                            seccomp_profile=k8s.SeccompProfile(type="RuntimeDefault"),
                        ),
                        containers=containers,
                        volumes=self._volumes(),
                    ),
                ),
            ),
        )

    def _volumes(self) -> list[k8s.Volume]:
        p = self.props

        def host(name: str, path: str, type: str) -> k8s.Volume:
            return k8s.Volume(name=name, host_path=k8s.HostPathVolumeSource(path=path, type=type))

        volumes = [
            host("dev-fuse", "/dev/fuse", "CharDevice"),
            k8s.Volume(name="tmp", empty_dir=k8s.EmptyDirVolumeSource(size_limit=k8s.Quantity.from_string("64Mi"))),
        ]
        if p.mode == "daemonset":
            volumes.append(host("mount-root", p.host_path, "DirectoryOrCreate"))
        else:
            volumes += [
                host("plugin-dir", f"{p.kubelet_dir}/plugins/{p.driver_name}", "DirectoryOrCreate"),
                host("registration-dir", f"{p.kubelet_dir}/plugins_registry", "Directory"),
                host("kubelet-pods", f"{p.kubelet_dir}/pods", "Directory"),
            ]
        return volumes

    def _daemon_container(self) -> k8s.Container:
        p = self.props
        root = self.mount_root
        env = [
            k8s.EnvVar(name="NODE_NAME", value_from=k8s.EnvVarSource(field_ref=k8s.ObjectFieldSelector(field_path="spec.nodeName"))),
            k8s.EnvVar(name="LIGHTHOUSE_FUSE_MODE", value=p.mode),
            k8s.EnvVar(name="LIGHTHOUSE_FUSE_MOUNT_ROOT", value=root),
            k8s.EnvVar(name="LIGHTHOUSE_FUSE_METRICS_ADDR", value=f":{p.metrics_port}"),
        ]
        mounts = [
            k8s.VolumeMount(name="dev-fuse", mount_path="/dev/fuse"),
            k8s.VolumeMount(name="tmp", mount_path="/tmp"),
        ]
        if p.mode == "daemonset":
            mounts.append(k8s.VolumeMount(name="mount-root", mount_path=root, mount_propagation="Bidirectional"))
            readiness = ["/bin/sh", "-c", MOUNTED_CHECK_SCRIPT, "mount-check", root]
        else:
            assert p.driver_name is not None
            env += [
                k8s.EnvVar(name="CSI_ENDPOINT", value=f"unix://{CSI_DIR}/csi.sock"),
                k8s.EnvVar(name="LIGHTHOUSE_FUSE_DRIVER_NAME", value=p.driver_name),
            ]
            mounts += [
                k8s.VolumeMount(name="plugin-dir", mount_path=CSI_DIR),
                # At the host's path: the target paths kubelet hands NodePublishVolume are valid as is.
                k8s.VolumeMount(name="kubelet-pods", mount_path=root, mount_propagation="Bidirectional"),
            ]
            readiness = ["/bin/sh", "-c", f"test -S {CSI_DIR}/csi.sock"]
        return k8s.Container(
            name="fuse",
            image=p.image,
            image_pull_policy="Always",
            command=["/bin/sh", "-c", START_SCRIPT, "fuse-start", root, *p.command],
            env=env,
            ports=[k8s.ContainerPort(name="metrics", container_port=p.metrics_port, protocol="TCP")],
            resources=p.resources.requirements(),
            security_context=k8s.SecurityContext(
                # Bidirectional propagation is only allowed in privileged containers, and /dev/fuse
                # needs the device cgroup opened; SYS_ADMIN (mount, umount2) is written out so the
                # need stays visible. Privileged forbids allowPrivilegeEscalation false.
                privileged=True,
                allow_privilege_escalation=True,
                capabilities=k8s.Capabilities(drop=["ALL"], add=["SYS_ADMIN"]),
                run_as_user=0,
                run_as_group=0,
                run_as_non_root=False,
                read_only_root_filesystem=True,
                seccomp_profile=k8s.SeccompProfile(type="RuntimeDefault"),
            ),
            liveness_probe=_exec_probe(["/bin/sh", "-c", STALE_CHECK_SCRIPT, "stale-check", root], period=10, failures=3),
            readiness_probe=_exec_probe(readiness, period=5, failures=2),
            lifecycle=k8s.Lifecycle(
                pre_stop=k8s.LifecycleHandler(exec=k8s.ExecAction(command=["/bin/sh", "-c", UNMOUNT_SCRIPT, "unmount", root]))
            ),
            volume_mounts=mounts,
        )

    def _registrar_container(self) -> k8s.Container:
        """node-driver-registrar: registers the plugin socket with kubelet. It calls no API (no
        RBAC), but writes into root-owned kubelet directories, so it runs as root with no capabilities."""
        p = self.props
        health = k8s.Probe(
            http_get=k8s.HttpGetAction(path="/healthz", port=k8s.IntOrString.from_string("healthz")),
            period_seconds=10, timeout_seconds=5, failure_threshold=3,
        )
        return k8s.Container(
            name="node-driver-registrar",
            image=p.registrar_image,
            image_pull_policy="Always",
            args=[
                f"--csi-address={CSI_DIR}/csi.sock",
                f"--kubelet-registration-path={p.kubelet_dir}/plugins/{p.driver_name}/csi.sock",
                f"--http-endpoint=:{REGISTRAR_HEALTH_PORT}",
            ],
            ports=[k8s.ContainerPort(name="healthz", container_port=REGISTRAR_HEALTH_PORT, protocol="TCP")],
            resources=REGISTRAR_RESOURCES.requirements(),
            security_context=k8s.SecurityContext(
                privileged=False,
                allow_privilege_escalation=False,
                capabilities=k8s.Capabilities(drop=["ALL"]),
                run_as_user=0,
                run_as_group=0,
                run_as_non_root=False,
                read_only_root_filesystem=True,
                seccomp_profile=k8s.SeccompProfile(type="RuntimeDefault"),
            ),
            liveness_probe=health,
            readiness_probe=health,
            volume_mounts=[
                k8s.VolumeMount(name="plugin-dir", mount_path=CSI_DIR),
                k8s.VolumeMount(name="registration-dir", mount_path="/registration"),
            ],
        )

    def _pod_monitor(self) -> cdk8s.ApiObject:
        from .imports.monitoring.com.coreos.monitoring import (
            PodMonitor,
            PodMonitorSpec,
            PodMonitorSpecPodMetricsEndpoints,
            PodMonitorSpecPodMetricsEndpointsRelabelings,
            PodMonitorSpecPodMetricsEndpointsRelabelingsAction,
            PodMonitorSpecSelector,
        )

        meta = self._meta(**MONITORING_LABEL)
        return cast(cdk8s.ApiObject, PodMonitor(
            self,
            "PodMonitor",
            metadata=cdk8s.ApiObjectMetadata(name=meta.name, namespace=meta.namespace, labels=meta.labels),
            spec=PodMonitorSpec(
                selector=PodMonitorSpecSelector(match_labels=self._selector),
                pod_metrics_endpoints=[
                    PodMonitorSpecPodMetricsEndpoints(
                        port="metrics",
                        path="/metrics",
                        interval="30s",
                        relabelings=[
                            PodMonitorSpecPodMetricsEndpointsRelabelings(
                                action=PodMonitorSpecPodMetricsEndpointsRelabelingsAction.REPLACE,
                                source_labels=["__meta_kubernetes_pod_node_name"],
                                target_label="node",
                            )
                        ],
                    )
                ],
            ),
        ))

    def _prometheus_rule(self) -> AlertRules:
        ds = f'namespace="{self.namespace}", daemonset="{self.props.name}"'
        return AlertRules(
            self,
            "PrometheusRule",
            name=self.props.name,
            namespace=self.namespace,
            labels=self.labels,
            group="lighthouse-fuse",
            runbook_url=(lambda alert: f"{base}#{alert.lower()}") if (base := self.props.runbook_base_url) else None,
            alerts=[
                Alert(
                    "LighthouseFuseDaemonNotRunning",
                    f"kube_daemonset_status_desired_number_scheduled{{{ds}}}"
                    f" - kube_daemonset_status_number_available{{{ds}}} > 0",
                    "5m",
                    "critical",
                    "The FUSE daemon is not running on {{ $value }} node(s)",
                    "DaemonSet {{ $labels.namespace }}/{{ $labels.daemonset }} has {{ $value }} node(s) "
                    "without an available pod; bridge pods on those nodes cannot reach the Lighthouse "
                    "filesystem and stay unready.",
                ),
                Alert(
                    "LighthouseFuseMountStale",
                    f'max by (namespace, pod, node, mountpoint) ({STALE_MOUNT_METRIC}{{namespace="{self.namespace}"}}) > 0',
                    "2m",
                    "critical",
                    "Stale FUSE mount {{ $labels.mountpoint }} on node {{ $labels.node }}",
                    "The Lighthouse FUSE mount {{ $labels.mountpoint }} served by {{ $labels.pod }} answers "
                    "'Transport endpoint is not connected' (ENOTCONN) and the liveness restart has not "
                    "cleared it; consumers of that mount are unready.",
                ),
            ],
        )

def consumer_liveness_command(filesystem: str, liveness_url: str | None) -> list[str]:
    """The app container's liveness command: the copied BusyBox runs LIVENESS_SCRIPT."""
    return [f"{PROBE_DIR}/busybox", "sh", "-c", LIVENESS_SCRIPT, "mount-live", filesystem, *([liveness_url] if liveness_url else [])]


def _exec_probe(command: list[str], *, period: int, failures: int) -> k8s.Probe:
    return k8s.Probe(
        exec=k8s.ExecAction(command=command), period_seconds=period, timeout_seconds=5, failure_threshold=failures
    )


def _check_namespace(namespace: FuseNamespaceHandle) -> None:
    levels = {"enforce": namespace.enforce_level, "audit": namespace.audit_level, "warn": namespace.warn_level}
    wanted = {"enforce": "privileged", "audit": "restricted", "warn": "restricted"}
    wrong = [f"{mode}={levels[mode]!r}" for mode in wanted if levels[mode] != wanted[mode]]
    if wrong:
        raise ValueError(
            f"FUSE namespace {namespace.name} has Pod Security {', '.join(wrong)}; the FUSE pods are privileged, "
            f"so their namespace must enforce 'privileged' and audit and warn at 'restricted' (anything else "
            f"placed there is then still reported)"
        )


@jsii.implements(constructs.IValidation)
class _NothingElseInNamespace:
    """Synthesis fails if any pod-running object besides the daemon is placed in its namespace."""

    def __init__(self, daemon: FuseMountDaemon) -> None:
        self._daemon = daemon

    @once_per_synth
    def validate(self) -> list[str]:
        own = (self._daemon.daemon_set.kind, self._daemon.daemon_set.name)
        return [
            f"{o['kind']} {o['metadata']['name']} runs pods in the privileged FUSE namespace "
            f"{self._daemon.namespace}; nothing but the FUSE daemon may run there"
            for o in app_objects(self._daemon)
            if o["kind"] in POD_KINDS
            and o["metadata"].get("namespace") == self._daemon.namespace
            and (o["kind"], o["metadata"]["name"]) != own
        ]
