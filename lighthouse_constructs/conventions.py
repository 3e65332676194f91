"""Project-wide constants and label helpers: the one place each of these is defined."""

from __future__ import annotations

import re

KUBERNETES_API_VERSION = "1.28"
"""The Kubernetes API the constructs emit (cdk8s-plus-28): core kinds are validated strictly against it."""
KUBERNETES_CLUSTER_VERSION = "1.34"
"""The oldest cluster every pinned operator runs on (docs/support-matrix.md): Pod Security labels are
pinned to it and core kinds are validated against it too."""

MANAGED_BY = "lighthouse-constructs"
"""`app.kubernetes.io/managed-by` of every object: this library. (`part-of` is the user's: a cdk8s
Chart's `labels` put it on every object of the chart.)"""

MONITORING_LABEL_KEY = "monitoring.lighthouse.io/scrape"
MONITORING_LABEL = {MONITORING_LABEL_KEY: "true"}
"""The single label ObservabilityStack selects ServiceMonitors, PodMonitors and PrometheusRules on.
Every construct that emits one of those puts this label on it."""

DIGEST_PATTERN = re.compile(r"^[^@\s]+@sha256:[a-f0-9]{64}$")
"""An image pinned by digest: `<repository>[:<tag>]@sha256:<64 hex digits>`."""


def check_pinned(image: str, what: str = "image") -> str:
    """`image` if it is pinned by digest, else an error naming `what`, the value and the form allowed."""
    if not DIGEST_PATTERN.match(image):
        raise ValueError(f"{what} {image!r} is not pinned by digest; allowed: <repository>:<tag>@sha256:<64 hex digits>")
    return image


RESTRICTED_RUN_AS_USER = 10001
"""Non-root UID (>= 10000, outside typical host UID ranges) for every restricted pod."""


def standard_labels(name: str, component: str, instance: str | None = None) -> dict[str, str]:
    """The app.kubernetes.io labels every object carries (selection, ownership, dashboards)."""
    return {
        "app.kubernetes.io/name": name,
        "app.kubernetes.io/instance": instance or name,
        "app.kubernetes.io/component": component,
        "app.kubernetes.io/managed-by": MANAGED_BY,
    }


def selector_labels(name: str, instance: str | None = None) -> dict[str, str]:
    """The stable subset of standard_labels used in pod selectors (never changes after creation)."""
    return {"app.kubernetes.io/name": name, "app.kubernetes.io/instance": instance or name}

STALE_MOUNT_METRIC = "lighthouse_fuse_mount_stale"
"""FUSE daemon image contract, read by FuseMountDaemon's alerts and the dashboards: a gauge the daemon exposes per mountpoint: 1 while the mount answers ENOTCONN."""
