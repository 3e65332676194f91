"""FuseMountDaemon: both modes, the safe lifecycle, consumers, exemptions, alerts, bad input,
the probe and hook scripts against real FUSE mounts, and what the environment charts hold."""

from __future__ import annotations

import ctypes
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path
from typing import Any, Iterator

import cdk8s
import cdk8s_plus_28 as kplus
import pytest
import yaml
from pydantic import ValidationError

from lighthouse_constructs.bridge_service import BridgeService, BridgeServiceProps
from lighthouse_constructs.conventions import MONITORING_LABEL, STALE_MOUNT_METRIC
from lighthouse_constructs.environments import ConfigError, parse_environment
from lighthouse_constructs.fuse_mount import (
    EXEMPTIONS,
    FUSE_FSTYPE,
    LIVENESS_SCRIPT,
    MOUNTED_CHECK_SCRIPT,
    PROBE_DIR,
    STALE_CHECK_SCRIPT,
    START_SCRIPT,
    UNMOUNT_SCRIPT,
    FuseMountDaemon,
    FuseMountDaemonProps,
    Toleration,
    consumer_liveness_command,
)
from lighthouse_constructs.graph import DependencyGraph
from lighthouse_constructs.namespace import LighthouseNamespace, NamespaceProps

from support import ROOT, Manifests

DIGEST = "sha256:" + "cd" * 32
IMAGE = f"ghcr.io/lighthouse/fuse-daemon:1.0@{DIGEST}"
BRIDGE_IMAGE = f"ghcr.io/lighthouse/event-processor:1.0@{DIGEST}"
DRIVER = "fuse.lighthouse.io"
FUSE_NS = "lighthouse-fuse"


@dataclass(frozen=True)
class Priority:
    name: str = "system-node-critical"


def fuse_namespace(chart: Any, **levels: str) -> LighthouseNamespace:
    props = {"enforce": "privileged", "audit": "restricted", "warn": "restricted", **levels}
    return LighthouseNamespace(chart, "FuseNs", NamespaceProps(name=FUSE_NS, tier="fuse", istio_injection=False, **props))


def bridge(chart: Any, enforce: str = "restricted", namespace: str = "lighthouse-bridge") -> BridgeService:
    ns = LighthouseNamespace(chart, f"Ns-{namespace}", NamespaceProps(name=namespace, enforce=enforce))
    return BridgeService(
        chart, "EventProcessor", BridgeServiceProps(name="event-processor", image=BRIDGE_IMAGE),
        namespace=ns, priority_class=Priority("bridge-high"),
    )


def daemon(chart: Any, mode: str = "csi", **overrides: Any) -> FuseMountDaemon:
    if mode == "csi":
        overrides.setdefault("driver_name", DRIVER)
    overrides.setdefault("name", "lighthouse-fuse")
    overrides.setdefault("runbook_base_url", "https://runbooks.example.org/fuse")
    return FuseMountDaemon(
        chart, "Fuse", FuseMountDaemonProps(mode=mode, image=IMAGE, **overrides),
        namespace=fuse_namespace(chart), priority_class=Priority(),
    )


def by_kind(chart: Any) -> dict[str, list[dict]]:
    objects: dict[str, list[dict]] = {}
    for obj in cdk8s.Testing.synth(chart):
        objects.setdefault(obj["kind"], []).append(obj)
    return objects


def build(mode: str = "csi", consumer_enforce: str | None = None, **overrides: Any) -> tuple[dict[str, list[dict]], FuseMountDaemon]:
    chart = cdk8s.Testing.chart()
    fuse = daemon(chart, mode, **overrides)
    if consumer_enforce:
        fuse.mount_into(bridge(chart, consumer_enforce), "/mnt/lighthouse")
    return by_kind(chart), fuse


def pod_spec(objects: dict[str, list[dict]], kind: str = "DaemonSet") -> dict:
    return objects[kind][0]["spec"]["template"]["spec"]


def container(spec: dict, name: str) -> dict:
    return next(c for c in spec["containers"] if c["name"] == name)


def props_error(**kwargs: Any) -> str:
    with pytest.raises(ValidationError) as err:
        FuseMountDaemonProps(**{"image": IMAGE, "driver_name": DRIVER, **kwargs})
    return str(err.value)


# -- the two modes ----------------------------------------------------------------------------


def test_can_synthesize_csi_mode_with_the_registrar_and_kubelet_directories() -> None:
    objects, _ = build("csi")
    driver = objects["CSIDriver"][0]
    assert driver["apiVersion"] == "storage.k8s.io/v1"
    assert driver["metadata"]["name"] == DRIVER and "namespace" not in driver["metadata"]
    assert driver["spec"]["volumeLifecycleModes"] == ["Ephemeral"]
    assert driver["spec"]["podInfoOnMount"] is True
    assert driver["spec"]["attachRequired"] is False
    assert driver["spec"]["fsGroupPolicy"] == "None"
    spec = pod_spec(objects)
    registrar = container(spec, "node-driver-registrar")
    assert registrar["args"] == [
        "--csi-address=/csi/csi.sock",
        f"--kubelet-registration-path=/var/lib/kubelet/plugins/{DRIVER}/csi.sock",
        "--http-endpoint=:9809",
    ]
    assert {m["mountPath"]: m["name"] for m in registrar["volumeMounts"]} == {"/csi": "plugin-dir", "/registration": "registration-dir"}
    assert registrar["securityContext"]["privileged"] is False and registrar["securityContext"]["capabilities"] == {"drop": ["ALL"]}
    hosts = {v["name"]: v["hostPath"] for v in spec["volumes"] if "hostPath" in v}
    assert hosts == {
        "dev-fuse": {"path": "/dev/fuse", "type": "CharDevice"},
        "plugin-dir": {"path": f"/var/lib/kubelet/plugins/{DRIVER}", "type": "DirectoryOrCreate"},
        "registration-dir": {"path": "/var/lib/kubelet/plugins_registry", "type": "Directory"},
        "kubelet-pods": {"path": "/var/lib/kubelet/pods", "type": "Directory"},
    }
    fuse = container(spec, "fuse")
    assert {"name": "kubelet-pods", "mountPath": "/var/lib/kubelet/pods", "mountPropagation": "Bidirectional"} in fuse["volumeMounts"]
    assert {"name": "CSI_ENDPOINT", "value": "unix:///csi/csi.sock"} in fuse["env"]


def test_can_synthesize_daemonset_mode_with_dev_fuse_sys_admin_and_a_bidirectional_host_directory() -> None:
    objects, _ = build("daemonset", host_path="/var/lib/lighthouse/fs")
    assert "CSIDriver" not in objects
    spec = pod_spec(objects)
    assert [c["name"] for c in spec["containers"]] == ["fuse"]
    fuse = spec["containers"][0]
    assert fuse["securityContext"]["privileged"] is True
    assert fuse["securityContext"]["capabilities"] == {"drop": ["ALL"], "add": ["SYS_ADMIN"]}
    assert {"name": "dev-fuse", "hostPath": {"path": "/dev/fuse", "type": "CharDevice"}} in spec["volumes"]
    assert {"name": "mount-root", "hostPath": {"path": "/var/lib/lighthouse/fs", "type": "DirectoryOrCreate"}} in spec["volumes"]
    assert {"name": "mount-root", "mountPath": "/var/lib/lighthouse/fs", "mountPropagation": "Bidirectional"} in fuse["volumeMounts"]


@pytest.mark.parametrize("mode", ["csi", "daemonset"])
def test_can_keep_the_privileged_pods_otherwise_locked_down(mode: str) -> None:
    objects, _ = build(mode)
    spec = pod_spec(objects)
    assert spec["automountServiceAccountToken"] is False
    assert spec["serviceAccountName"] == "lighthouse-fuse"
    assert objects["ServiceAccount"][0]["automountServiceAccountToken"] is False
    assert not {"hostNetwork", "hostPID", "hostIPC"} & set(spec)
    assert spec["securityContext"]["seccompProfile"] == {"type": "RuntimeDefault"}
    for c in spec["containers"]:
        assert c["securityContext"]["readOnlyRootFilesystem"] is True
        assert c["imagePullPolicy"] == "Always" and "@sha256:" in c["image"]
    assert {"name": "tmp", "emptyDir": {"sizeLimit": "64Mi"}} in spec["volumes"]


@pytest.mark.parametrize("mode", ["csi", "daemonset"])
def test_can_run_without_any_rbac(mode: str) -> None:
    """Neither the daemon nor node-driver-registrar calls the API server (the registrar's docs:
    no RBAC rules are needed), so the construct grants nothing."""
    objects, _ = build(mode)
    assert not {"Role", "ClusterRole", "RoleBinding", "ClusterRoleBinding"} & set(objects)


# -- safe lifecycle ---------------------------------------------------------------------------


def test_can_update_only_when_a_pod_is_deleted_by_default() -> None:
    objects, _ = build()
    assert objects["DaemonSet"][0]["spec"]["updateStrategy"] == {"type": "OnDelete"}


def test_can_opt_in_to_a_one_node_at_a_time_rolling_update() -> None:
    objects, _ = build(update_strategy="RollingUpdate")
    assert objects["DaemonSet"][0]["spec"]["updateStrategy"] == {
        "type": "RollingUpdate", "rollingUpdate": {"maxUnavailable": 1, "maxSurge": 0},
    }


@pytest.mark.parametrize(("mode", "root"), [("csi", "/var/lib/kubelet/pods"), ("daemonset", "/var/lib/lighthouse/fuse")])
def test_can_unmount_on_stop_and_restart_on_a_stale_mount(mode: str, root: str) -> None:
    fuse = container(pod_spec(build(mode)[0]), "fuse")
    assert fuse["lifecycle"]["preStop"]["exec"]["command"] == ["/bin/sh", "-c", UNMOUNT_SCRIPT, "unmount", root]
    assert "fusermount -uz" in UNMOUNT_SCRIPT
    assert fuse["livenessProbe"]["exec"]["command"] == ["/bin/sh", "-c", STALE_CHECK_SCRIPT, "stale-check", root]
    assert fuse["command"] == ["/bin/sh", "-c", START_SCRIPT, "fuse-start", root, "lighthouse-fuse"]


def test_can_schedule_with_node_selector_tolerations_priority_and_resources() -> None:
    objects, _ = build(
        node_selector={"lighthouse.io/fuse": "true"},
        tolerations=[Toleration(key="lighthouse.io/dedicated", operator="Exists", effect="NoSchedule")],
        resources={"cpu_request": "200m", "cpu_limit": "2", "memory_request": "256Mi", "memory_limit": "1Gi"},
    )
    spec = pod_spec(objects)
    assert spec["nodeSelector"] == {"lighthouse.io/fuse": "true"}
    assert spec["tolerations"] == [{"key": "lighthouse.io/dedicated", "operator": "Exists", "effect": "NoSchedule"}]
    assert spec["priorityClassName"] == "system-node-critical"
    assert container(spec, "fuse")["resources"] == {
        "requests": {"cpu": "200m", "memory": "256Mi"}, "limits": {"cpu": "2", "memory": "1Gi"},
    }
    assert all({"requests", "limits"} <= set(c["resources"]) for c in spec["containers"])


# -- consumers --------------------------------------------------------------------------------


def test_can_mount_an_inline_csi_volume_into_a_restricted_bridge() -> None:
    chart = cdk8s.Testing.chart()
    fuse = daemon(chart, node_selector={"lighthouse.io/fuse": "true"})
    fuse.mount_into(bridge(chart, "restricted"), "/mnt/lighthouse", read_only=True, attributes={"subtree": "events"})
    spec = pod_spec(by_kind(chart), "Deployment")
    assert {"name": "lighthouse-fuse", "csi": {"driver": DRIVER, "readOnly": True, "volumeAttributes": {"subtree": "events"}}} in spec["volumes"]
    mount = {"name": "lighthouse-fuse", "mountPath": "/mnt/lighthouse", "mountPropagation": "HostToContainer", "readOnly": True}
    assert mount in container(spec, "app")["volumeMounts"]
    check = container(spec, "fuse-mount-check")
    assert check["readinessProbe"]["exec"]["command"] == ["/bin/sh", "-c", MOUNTED_CHECK_SCRIPT, "mount-check", "/mnt/lighthouse"]
    assert mount in check["volumeMounts"]
    assert check["securityContext"]["runAsNonRoot"] is True and check["securityContext"]["capabilities"] == {"drop": ["ALL"]}
    terms = spec["affinity"]["nodeAffinity"]["requiredDuringSchedulingIgnoredDuringExecution"]["nodeSelectorTerms"]
    assert terms == [{"matchExpressions": [{"key": "lighthouse.io/fuse", "operator": "In", "values": ["true"]}]}]
    assert fuse.mounts == {"lighthouse-bridge/event-processor": "/mnt/lighthouse"}


def test_can_bind_the_parent_of_the_host_directory_in_daemonset_mode_so_remounts_propagate() -> None:
    chart = cdk8s.Testing.chart()
    fuse = daemon(chart, "daemonset")
    assert fuse.mount_into(bridge(chart, "privileged"), "/mnt/lighthouse") == "/mnt/lighthouse/fuse"
    spec = pod_spec(by_kind(chart), "Deployment")
    assert {"name": "lighthouse-fuse", "hostPath": {"path": "/var/lib/lighthouse", "type": "Directory"}} in spec["volumes"]
    assert {"name": "lighthouse-fuse", "mountPath": "/mnt/lighthouse", "mountPropagation": "HostToContainer", "readOnly": False} in container(spec, "app")["volumeMounts"]
    check = container(spec, "fuse-mount-check")
    assert check["readinessProbe"]["exec"]["command"][-1] == "/mnt/lighthouse/fuse", "the filesystem, not its parent"
    assert container(spec, "app")["livenessProbe"]["exec"]["command"][5] == "/mnt/lighthouse/fuse"
    assert fuse.mounts == {"lighthouse-bridge/event-processor": "/mnt/lighthouse/fuse"}


@pytest.mark.parametrize("mode", ["csi", "daemonset"])
def test_can_restart_the_app_container_when_its_mount_is_dead_without_a_shell_in_its_image(mode: str) -> None:
    chart = cdk8s.Testing.chart()
    fs = daemon(chart, mode).mount_into(bridge(chart, "privileged" if mode == "daemonset" else "restricted"), "/mnt/lighthouse")
    spec = pod_spec(by_kind(chart), "Deployment")
    app = container(spec, "app")
    assert app["livenessProbe"] == {
        "exec": {"command": [f"{PROBE_DIR}/busybox", "sh", "-c", LIVENESS_SCRIPT, "mount-live", fs,
                             "http://127.0.0.1:8080/healthz/live"]},
        "periodSeconds": 10, "timeoutSeconds": 5, "failureThreshold": 3,
    }, "the mount check replaces the HTTP liveness and then calls it"
    assert app["startupProbe"]["httpGet"]["path"] == "/healthz/startup" and app["readinessProbe"]["httpGet"]["path"] == "/healthz/ready"
    assert {"name": "lighthouse-fuse-probe", "mountPath": PROBE_DIR, "readOnly": True} in app["volumeMounts"]
    (install,) = spec["initContainers"]
    assert install["image"] == IMAGE and install["command"] == ["/bin/busybox", "cp", "/bin/busybox", f"{PROBE_DIR}/busybox"]
    assert install["securityContext"]["runAsNonRoot"] is True and install["securityContext"]["readOnlyRootFilesystem"] is True
    assert {"name": "lighthouse-fuse-probe", "emptyDir": {"medium": "Memory", "sizeLimit": "16Mi"}} in spec["volumes"]
    sidecar = container(spec, "fuse-mount-check")
    assert sidecar["livenessProbe"]["exec"]["command"] == ["/bin/sh", "-c", LIVENESS_SCRIPT, "mount-live", fs]


def test_fails_if_the_host_path_parent_is_not_a_directory_of_its_own() -> None:
    for host_path, parent in (("/fuse", "/"), ("/var/lib/fuse", "/var/lib")):
        assert f"host_path {host_path!r}: its parent {parent!r} is bound into every consumer" in props_error(
            mode="daemonset", driver_name=None, host_path=host_path
        )


def test_fails_if_csi_mode_has_no_driver_name() -> None:
    assert (
        "mode 'csi' needs driver_name (the CSI driver and CSIDriver object name, e.g. fuse.lighthouse.io); got None"
        in props_error(mode="csi", driver_name=None)
    )
    assert "mode 'csi' needs driver_name" in props_error(mode="csi", driver_name="")


def test_fails_if_the_mount_path_is_relative() -> None:
    chart = cdk8s.Testing.chart()
    fuse = daemon(chart)
    with pytest.raises(ValueError) as err:
        fuse.mount_into(bridge(chart), "mnt/lighthouse")
    assert str(err.value) == (
        "bridge event-processor: mount path 'mnt/lighthouse' must be absolute (start with /), e.g. /mnt/lighthouse"
    )


@pytest.mark.parametrize("path", ["/mnt/../etc", "/mnt/lighthouse/", "/mnt//x", "/mnt/my data"])
def test_fails_if_the_mount_path_is_not_clean(path: str) -> None:
    chart = cdk8s.Testing.chart()
    with pytest.raises(ValueError, match="must be a clean absolute path"):
        daemon(chart).mount_into(bridge(chart), path)


@pytest.mark.parametrize("enforce", ["restricted", "baseline"])
def test_fails_if_the_consumer_is_in_a_namespace_the_mount_cannot_reach(enforce: str) -> None:
    chart = cdk8s.Testing.chart()
    fuse = daemon(chart, "daemonset")
    with pytest.raises(ValueError) as err:
        fuse.mount_into(bridge(chart, enforce), "/mnt/lighthouse")
    assert str(err.value) == (
        f"bridge event-processor in namespace lighthouse-bridge cannot reach the FUSE mount: daemonset mode hands "
        f"consumers a hostPath volume, and the namespace enforces Pod Security '{enforce}', which rejects hostPath "
        f"(only 'privileged' admits it); use mode 'csi' (inline CSI volumes are allowed under restricted)"
    )


def test_fails_if_the_consumer_runs_in_the_fuse_namespace() -> None:
    chart = cdk8s.Testing.chart()
    fuse = daemon(chart)
    intruder = BridgeService(
        chart, "Intruder", BridgeServiceProps(name="intruder", image=BRIDGE_IMAGE),
        namespace=fuse_namespace(cdk8s.Testing.chart()), priority_class=Priority(),
    )
    with pytest.raises(ValueError, match="bridge intruder runs in the FUSE namespace lighthouse-fuse; nothing but the FUSE daemon may run"):
        fuse.mount_into(intruder, "/mnt/lighthouse")


def test_fails_if_a_bridge_mounts_twice_or_over_its_own_mounts() -> None:
    chart = cdk8s.Testing.chart()
    fuse = daemon(chart)
    consumer = bridge(chart)
    with pytest.raises(ValueError, match="mount path '/tmp' for bridge event-processor overlaps its existing mount /tmp; mounted: /tmp"):
        fuse.mount_into(consumer, "/tmp")
    fuse.mount_into(consumer, "/mnt/lighthouse")
    with pytest.raises(ValueError, match="bridge event-processor already mounts the FUSE filesystem at /mnt/lighthouse; one mount per consumer"):
        fuse.mount_into(consumer, "/mnt/other")


def test_fails_if_volume_attributes_are_given_in_daemonset_mode() -> None:
    chart = cdk8s.Testing.chart()
    fuse = daemon(chart, "daemonset")
    with pytest.raises(ValueError, match="bridge event-processor: volume attributes are handed to the CSI driver; daemonset mode has none"):
        fuse.mount_into(bridge(chart, "privileged"), "/mnt/lighthouse", attributes={"a": "b"})


# -- the privileged namespace -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("levels", "wrong"),
    [
        ({"enforce": "restricted"}, "enforce='restricted'"),
        ({"enforce": "baseline", "audit": "restricted"}, "enforce='baseline'"),
        ({"audit": "privileged", "warn": "baseline"}, "audit='privileged', warn='baseline'"),
    ],
)
def test_fails_if_the_fuse_namespace_is_not_privileged_with_restricted_audit_and_warn(levels: dict, wrong: str) -> None:
    chart = cdk8s.Testing.chart()
    with pytest.raises(ValueError) as err:
        FuseMountDaemon(
            chart, "Fuse", FuseMountDaemonProps(image=IMAGE, driver_name=DRIVER),
            namespace=fuse_namespace(chart, **levels), priority_class=Priority(),
        )
    assert str(err.value) == (
        f"FUSE namespace lighthouse-fuse has Pod Security {wrong}; the FUSE pods are privileged, so their namespace "
        f"must enforce 'privileged' and audit and warn at 'restricted' (anything else placed there is then still reported)"
    )


def test_fails_if_anything_else_runs_in_the_fuse_namespace() -> None:
    chart = cdk8s.Testing.chart()
    daemon(chart)
    kplus.Deployment(
        chart, "Intruder", metadata=cdk8s.ApiObjectMetadata(name="intruder", namespace=FUSE_NS),
        containers=[kplus.ContainerProps(image="busybox:1.36")],
    )
    with pytest.raises(Exception, match="Deployment intruder runs pods in the privileged FUSE namespace lighthouse-fuse"):
        cdk8s.Testing.synth(chart)


# -- props validation -------------------------------------------------------------------------


def test_fails_if_the_image_is_not_pinned_by_digest_even_in_dev() -> None:
    assert (
        "image 'ghcr.io/lighthouse/fuse-daemon:1.0' is not pinned by digest; the FUSE pods run privileged on every node, "
        "so every environment requires <repository>:<tag>@sha256:<64 hex digits>"
    ) in props_error(image="ghcr.io/lighthouse/fuse-daemon:1.0")


def test_fails_if_the_driver_name_is_not_a_dns_name() -> None:
    assert "driver_name 'Fuse_Lighthouse' must be <= 63 lower-case letters, digits" in props_error(driver_name="Fuse_Lighthouse")


def test_fails_if_an_option_of_the_other_mode_is_given() -> None:
    assert "driver_name do(es) not apply in mode 'daemonset'; remove it or change the mode" in props_error(mode="daemonset")
    assert "host_path do(es) not apply in mode 'csi'" in props_error(host_path="/var/lib/lighthouse/fuse")


def test_fails_if_the_host_path_is_relative_or_a_system_directory() -> None:
    assert "host_path 'var/lib/fuse' must be absolute (start with /)" in props_error(mode="daemonset", driver_name=None, host_path="var/lib/fuse")
    assert "host_path '/var/lib/kubelet/fuse' is inside the host system directory /var/lib/kubelet" in props_error(
        mode="daemonset", driver_name=None, host_path="/var/lib/kubelet/fuse"
    )


def test_fails_if_a_toleration_is_inconsistent() -> None:
    with pytest.raises(ValidationError, match="toleration with operator Exists must not have a value; got value='x'"):
        Toleration(key="k", operator="Exists", value="x")
    with pytest.raises(ValidationError, match="toleration_seconds applies to effect NoExecute only; got effect='NoSchedule'"):
        Toleration(key="k", value="v", effect="NoSchedule", toleration_seconds=30)


# -- exemptions, monitoring, graph --------------------------------------------------------------


def test_can_carry_a_reason_for_every_checkov_exemption_and_list_it_in_the_policy() -> None:
    objects, _ = build()
    annotations = objects["DaemonSet"][0]["metadata"]["annotations"]
    skips = dict(value.split("=") for key, value in annotations.items() if key.startswith("checkov.io/skip"))
    assert skips == {e.check: e.reason for e in EXEMPTIONS}
    assert set(skips) == {"CKV_K8S_16", "CKV_K8S_20", "CKV_K8S_23", "CKV_K8S_25", "CKV_K8S_39", "CKV_K8S_40"}
    rows = yaml.safe_load((ROOT / "lighthouse_constructs" / "validation" / "exemptions.yaml").read_text())["exemptions"]
    listed = {r["check"]: r["reason"] for r in rows if (r["kind"], r["namespace"], r["name"]) == ("DaemonSet", FUSE_NS, "lighthouse-fuse")}
    assert listed == skips


def test_can_be_scraped_and_alert_on_a_missing_daemon_and_a_stale_mount() -> None:
    objects, _ = build()
    monitor = objects["PodMonitor"][0]
    assert MONITORING_LABEL.items() <= monitor["metadata"]["labels"].items()
    assert monitor["spec"]["podMetricsEndpoints"][0]["port"] == "metrics"
    assert monitor["spec"]["selector"]["matchLabels"] == {"app.kubernetes.io/name": "lighthouse-fuse", "app.kubernetes.io/instance": "lighthouse-fuse"}
    rule = objects["PrometheusRule"][0]
    assert MONITORING_LABEL.items() <= rule["metadata"]["labels"].items()
    alerts = {r["alert"]: r for g in rule["spec"]["groups"] for r in g["rules"]}
    assert set(alerts) == {"LighthouseFuseDaemonNotRunning", "LighthouseFuseMountStale"}
    for alert in alerts.values():
        assert alert["labels"]["severity"] in ("critical", "warning")
        assert {"summary", "description", "runbook_url"} <= set(alert["annotations"])
        assert alert["annotations"]["runbook_url"].startswith("https://runbooks.example.org/fuse#")
    missing = alerts["LighthouseFuseDaemonNotRunning"]["expr"]
    assert "kube_daemonset_status_desired_number_scheduled" in missing and "kube_daemonset_status_number_available" in missing
    assert 'daemonset="lighthouse-fuse"' in missing
    assert STALE_MOUNT_METRIC in alerts["LighthouseFuseMountStale"]["expr"]


def test_can_register_the_daemon_and_its_metrics_port_in_the_dependency_graph() -> None:
    chart = cdk8s.Testing.chart()
    fuse = daemon(chart)
    ports = DependencyGraph.of(chart).ports_of(fuse.workload)
    assert [(p.name, p.port, p.purpose) for p in ports] == [("metrics", 9090, "metrics")]
    assert fuse.workload.principal == "cluster.local/ns/lighthouse-fuse/sa/lighthouse-fuse"


# -- the probe and hook scripts -----------------------------------------------------------------


def run_script(script: str, *args: str, mounts_file: Path | None = None, path: str | None = None) -> subprocess.CompletedProcess:
    if mounts_file is not None:
        script = script.replace("/proc/self/mounts", str(mounts_file))
    env = {**os.environ, "PATH": path or os.environ["PATH"]}
    return subprocess.run(["/bin/sh", "-c", script, "test", *args], capture_output=True, text=True, env=env, timeout=20)


def test_can_select_only_lighthouse_fuse_mounts_under_the_root(tmp_path: Path) -> None:
    """Other drivers' FUSE mounts under /var/lib/kubelet/pods are never unmounted (no FUSE needed)."""
    mounts = tmp_path / "mounts"
    mounts.write_text(
        "lighthouse /var/lib/kubelet/pods/a/volumes/kubernetes.io~csi/x/mount fuse.lighthouse rw 0 0\n"
        "s3 /var/lib/kubelet/pods/b/volumes/kubernetes.io~csi/y/mount fuse.s3fs rw 0 0\n"
        "lighthouse /var/lib/kubelet/pods2/c fuse.lighthouse rw 0 0\n"
        "lighthouse /mnt/elsewhere fuse.lighthouse rw 0 0\n"
        "/dev/sda1 /var/lib/kubelet/pods ext4 rw 0 0\n"
    )
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    (bin_dir / "fusermount").write_text(f'#!/bin/sh\necho "$@" >> {tmp_path}/calls\n')
    (bin_dir / "fusermount").chmod(0o755)
    result = run_script(UNMOUNT_SCRIPT, "/var/lib/kubelet/pods", mounts_file=mounts, path=f"{bin_dir}:{os.environ['PATH']}")
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "calls").read_text() == "-uz /var/lib/kubelet/pods/a/volumes/kubernetes.io~csi/x/mount\n"


class FakeDaemon:
    """tests/fuse_fake_daemon.py serving a real FUSE mount; kill() leaves it stale (ENOTCONN)."""

    def __init__(self, mountpoint: Path, fstype: str = FUSE_FSTYPE) -> None:
        mountpoint.mkdir(parents=True, exist_ok=True)
        self.mountpoint = mountpoint
        self.process = subprocess.Popen(
            [sys.executable, str(Path(__file__).with_name("fuse_fake_daemon.py")), str(mountpoint), fstype],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )
        line = self.process.stdout.readline() if self.process.stdout else ""
        if line.strip() != "mounted":
            self.process.wait(timeout=10)
            raise OSError(f"fake FUSE daemon could not mount: {self.process.stderr.read() if self.process.stderr else ''}")

    def kill(self) -> None:
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(timeout=10)


def _mounted(path: Path) -> bool:
    return any(line.split()[1] == str(path) for line in Path("/proc/self/mounts").read_text().splitlines())


@pytest.fixture
def fuse_root(tmp_path: Path) -> Iterator[Path]:
    """A directory to mount real FUSE filesystems under; skips where FUSE mounts are impossible."""
    if os.geteuid() != 0 or not Path("/dev/fuse").exists() or not shutil.which("fusermount"):
        pytest.skip("needs root, /dev/fuse and fusermount (Debian package fuse3) to create real FUSE mounts")
    root = tmp_path / "root"
    daemons: list[FakeDaemon] = []
    try:
        probe = FakeDaemon(root / "probe")
    except OSError as exc:
        pytest.skip(f"cannot mount FUSE here (no CAP_SYS_ADMIN?): {exc}")
    daemons.append(probe)
    probe.kill()
    subprocess.run(["fusermount", "-uz", str(probe.mountpoint)], check=True)
    yield root
    libc = ctypes.CDLL(None, use_errno=True)
    for line in Path("/proc/self/mounts").read_text().splitlines():
        target = line.split()[1]
        if target.startswith(str(root) + "/"):
            libc.umount2(target.encode(), 2)  # MNT_DETACH


def test_can_detect_a_stale_mount_after_the_daemon_dies_and_clear_it_on_restart(fuse_root: Path) -> None:
    volume = fuse_root / "pod-uid" / "volumes" / "kubernetes.io~csi" / "lighthouse-fuse" / "mount"
    daemon_process = FakeDaemon(volume)
    healthy_liveness = run_script(STALE_CHECK_SCRIPT, str(fuse_root))
    healthy_readiness = run_script(MOUNTED_CHECK_SCRIPT, str(volume))
    assert (healthy_liveness.returncode, healthy_readiness.returncode) == (0, 0), healthy_liveness.stderr + healthy_readiness.stderr

    daemon_process.kill()  # the crash: the mount stays, its FUSE connection is gone
    stale_liveness = run_script(STALE_CHECK_SCRIPT, str(fuse_root))
    assert stale_liveness.returncode == 1
    assert "Transport endpoint is not connected" in stale_liveness.stderr
    stale_readiness = run_script(MOUNTED_CHECK_SCRIPT, str(volume))
    assert stale_readiness.returncode == 1 and "Transport endpoint is not connected" in stale_readiness.stderr

    restarted = run_script(START_SCRIPT, str(fuse_root), "echo", "daemon started")
    assert restarted.returncode == 0, restarted.stderr
    assert restarted.stdout == f"unmounted stale {volume}\ndaemon started\n"
    assert not _mounted(volume)
    assert run_script(STALE_CHECK_SCRIPT, str(fuse_root)).returncode == 0, "nothing stale is left"
    absent = run_script(MOUNTED_CHECK_SCRIPT, str(volume))
    assert absent.returncode == 1 and absent.stdout == f"no Lighthouse FUSE mount at {volume}\n"


def test_can_unmount_on_pre_stop_without_touching_other_fuse_mounts(fuse_root: Path) -> None:
    ours, other = fuse_root / "a" / "mount", fuse_root / "b" / "mount"
    ours_daemon, other_daemon = FakeDaemon(ours), FakeDaemon(other, "fuse.other")
    other_daemon.kill()  # stale, but not ours: neither the liveness probe nor preStop may act on it
    assert run_script(STALE_CHECK_SCRIPT, str(fuse_root)).returncode == 0
    stopped = run_script(UNMOUNT_SCRIPT, str(fuse_root))
    assert stopped.returncode == 0 and stopped.stdout == f"unmounted {ours}\n"
    assert not _mounted(ours) and _mounted(other)
    ours_daemon.process.wait(timeout=10)  # the daemon sees its mount go and exits
    deadline = time.monotonic() + 5
    while ours_daemon.process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    assert ours_daemon.process.returncode is not None


class _Live(BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # the app's own /healthz/live answers 200
        self.send_response(200 if self.path == "/healthz/live" else 404)
        self.end_headers()

    def log_message(self, *args: Any) -> None:
        pass


def test_can_recover_a_consumer_in_its_own_mount_namespace_after_the_daemon_restarts(fuse_root: Path) -> None:
    """The node: `parent` is a shared mount (as kubelet's root is) and the daemon mounts `parent/fuse`.
    The pod: its own mount namespace, a slave of the node's (HostToContainer), with the parent bound
    at /a (daemonset mode) and the mount itself bound at /b (what a container's csi volume is)."""
    if not (shutil.which("unshare") and shutil.which("nsenter")):
        pytest.skip("needs unshare and nsenter (util-linux)")
    parent = fuse_root / "lighthouse"
    host_path = parent / "fuse"
    pod_parent, pod_direct = fuse_root / "pod" / "a", fuse_root / "pod" / "b"
    for d in (host_path, pod_parent, pod_direct):
        d.mkdir(parents=True)
    subprocess.run(["mount", "--bind", str(parent), str(parent)], check=True)
    subprocess.run(["mount", "--make-shared", str(parent)], check=True)
    first = FakeDaemon(host_path)
    pod = subprocess.Popen(
        ["unshare", "-m", "--propagation", "slave", "--", "/bin/sh", "-c",
         f"mount --rbind {parent} {pod_parent} && mount --bind {host_path} {pod_direct} && echo ready && exec sleep 600"],
        stdout=subprocess.PIPE, text=True,
    )
    server = HTTPServer(("127.0.0.1", 0), _Live)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    app_url = f"http://127.0.0.1:{server.server_port}/healthz/live"
    try:
        assert pod.stdout is not None and pod.stdout.readline().strip() == "ready"

        def in_pod(*command: str) -> subprocess.CompletedProcess:
            return subprocess.run(["nsenter", "-t", str(pod.pid), "-m", "--", *command], check=False, capture_output=True, text=True, timeout=20)

        def liveness(path: Path) -> subprocess.CompletedProcess:  # BusyBox's sh there, the host's here
            return in_pod(*consumer_liveness_command(str(path), app_url)[1:])

        def readiness(path: Path) -> subprocess.CompletedProcess:
            return in_pod("/bin/sh", "-c", MOUNTED_CHECK_SCRIPT, "mount-check", str(path))

        fs = pod_parent / "fuse"
        assert [liveness(fs).returncode, liveness(pod_direct).returncode, readiness(fs).returncode] == [0, 0, 0]

        first.kill()  # the crash: every bind of the mount in the pod is now dead
        for path in (fs, pod_direct):
            dead = liveness(path)
            assert dead.returncode == 1 and "Transport endpoint is not connected" in dead.stderr, dead.stderr

        restarted = run_script(START_SCRIPT, str(host_path), "true")  # the daemon clears the stale mount ...
        assert restarted.returncode == 0 and restarted.stdout == f"unmounted stale {host_path}\n", restarted.stderr
        FakeDaemon(host_path)  # ... and mounts again, on the node
        assert [liveness(fs).returncode, readiness(fs).returncode] == [0, 0], "the bound parent sees the new mount"
        assert FUSE_FSTYPE in in_pod("cat", "/proc/self/mounts").stdout.split(f" {fs} ")[1].split()[0]
        still_dead = liveness(pod_direct)
        assert still_dead.returncode == 1, "a bind of the mount itself keeps the dead mount: only a restart helps"
        # What kubelet does when the liveness fails: a new container binds the volume path again.
        assert in_pod("/bin/sh", "-c", f"umount -l {pod_direct} && mount --bind {host_path} {pod_direct}").returncode == 0
        assert liveness(pod_direct).returncode == 0

        server.shutdown()  # the app's own liveness still counts
        server.server_close()
        assert liveness(fs).returncode != 0
    finally:
        server.server_close()
        pod.kill()
        pod.wait(timeout=10)


# -- config and the environment charts -------------------------------------------------------


def config(**fuse: Any) -> dict:
    return {
        "name": "staging",
        "bridges": [{"name": "event-processor", "image": BRIDGE_IMAGE}],
        "fuse": {"mode": "csi", "driver_name": DRIVER, "image": IMAGE, **fuse},
    }


def test_fails_if_a_config_consumer_is_not_a_bridge() -> None:
    with pytest.raises(ConfigError, match="fuse.consumers.0.bridge: 'speed' is not a bridge; allowed: event-processor"):
        parse_environment(config(consumers=[{"bridge": "speed", "path": "/mnt/lighthouse"}]), "staging.yaml")


def test_fails_if_a_config_consumer_path_is_relative() -> None:
    with pytest.raises(ConfigError, match=r"fuse\.consumers\.0\.path: Value error, mount path 'mnt' must be absolute \(start with /\)"):
        parse_environment(config(consumers=[{"bridge": "event-processor", "path": "mnt"}]), "staging.yaml")


def test_fails_if_the_config_has_csi_mode_without_a_driver_name() -> None:
    with pytest.raises(ConfigError, match="staging.yaml: invalid configuration:\n  fuse: Value error, mode 'csi' needs driver_name"):
        parse_environment(config(driver_name=None), "staging.yaml")


def test_fails_if_the_config_gives_daemonset_mode_consumers_in_restricted_namespaces() -> None:
    data = config(mode="daemonset", consumers=[{"bridge": "event-processor", "path": "/mnt/lighthouse"}])
    del data["fuse"]["driver_name"]
    with pytest.raises(ConfigError, match="fuse.mode: daemonset mode hands consumers a hostPath volume, which the bridge namespace \\(Pod Security 'restricted'\\) rejects; use mode csi"):
        parse_environment(data, "staging.yaml")


def test_charts_use_csi_mode_and_the_event_processor_mounts_the_filesystem(env_manifests: Manifests) -> None:
    assert env_manifests.get("CSIDriver", DRIVER)["spec"]["volumeLifecycleModes"] == ["Ephemeral"]
    daemon_set = env_manifests.get("DaemonSet", "lighthouse-fuse", FUSE_NS)
    assert daemon_set["spec"]["updateStrategy"] == {"type": "OnDelete"}
    spec = env_manifests.get("Deployment", "event-processor", "lighthouse-bridge")["spec"]["template"]["spec"]
    assert {"name": "lighthouse-fuse", "csi": {"driver": DRIVER, "readOnly": False}} in spec["volumes"]
    assert "/mnt/lighthouse" in [m["mountPath"] for m in container(spec, "app")["volumeMounts"]]
    assert "fuse-mount-check" in [c["name"] for c in spec["containers"]]
    labels = env_manifests.get("Namespace", FUSE_NS)["metadata"]["labels"]
    assert (labels["pod-security.kubernetes.io/enforce"], labels["pod-security.kubernetes.io/audit"],
            labels["pod-security.kubernetes.io/warn"], labels["istio-injection"]) == ("privileged", "restricted", "restricted", "disabled")


def _pod_templates(manifests: Manifests) -> Iterator[tuple[dict, dict]]:
    for obj in manifests.objects:
        spec = obj.get("spec", {})
        template = spec.get("jobTemplate", {}).get("spec", spec).get("template")
        if isinstance(template, dict) and "containers" in template.get("spec", {}):
            yield obj, template["spec"]


def test_every_pod_in_the_fuse_namespace_belongs_to_the_fuse_daemon(env_manifests: Manifests) -> None:
    in_namespace = [(o["kind"], o["metadata"]["name"], o["metadata"]["labels"]) for o, _ in _pod_templates(env_manifests)
                    if o["metadata"].get("namespace") == FUSE_NS]
    assert [(kind, name) for kind, name, _ in in_namespace] == [("DaemonSet", "lighthouse-fuse")]
    assert in_namespace[0][2]["app.kubernetes.io/component"] == "fuse"


def test_the_fuse_pods_are_the_only_privileged_pods(env_manifests: Manifests) -> None:
    def label(o: dict) -> str:
        return f"{o['kind']}/{o['metadata'].get('namespace')}/{o['metadata']['name']}"

    templates = list(_pod_templates(env_manifests))
    privileged = sorted(
        label(o) for o, spec in templates
        if any(c.get("securityContext", {}).get("privileged") for c in spec["containers"] + spec.get("initContainers", []))
    )
    assert privileged == [f"DaemonSet/{FUSE_NS}/lighthouse-fuse"]
    # hostPath besides FUSE: only the log agent, reading /var/log/pods read-only in its own namespace
    # and keeping its checkpoints on the node.
    host_paths = {
        label(o): sorted(v["hostPath"]["path"] for v in spec.get("volumes", []) if "hostPath" in v)
        for o, spec in templates if any("hostPath" in v for v in spec.get("volumes", []))
    }
    assert host_paths.pop("DaemonSet/lighthouse-log-agent/log-agent") == ["/var/lib/log-agent/lighthouse-log-agent", "/var/log/pods"]
    assert list(host_paths) == [f"DaemonSet/{FUSE_NS}/lighthouse-fuse"]
