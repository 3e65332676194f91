"""Istio sidecar injection facts (istio/istio at 1.30.3): what a pod needs for its proxy to behave.

- Native sidecars. The injector makes `istio-proxy` a Kubernetes native sidecar (an init container
  with `restartPolicy: Always`, which the kubelet stops once the pod's containers have exited) when
  the pod annotation `sidecar.istio.io/nativeSidecar` is "true", whatever istiod's setting
  (pkg/kube/inject/inject.go: "The sidecar.istio.io/nativeSidecar annotation takes precedence over
  the global feature flag"; injection template manifests/charts/istio-control/istio-discovery/
  files/injection-template.yaml). Without it, istiod's `ENABLE_NATIVE_SIDECARS` decides: its default
  "auto" (pilot/pkg/features/pilot.go) enables native sidecars only if the pod's node, or else every
  node, runs a kubelet of 1.33 or later (pkg/kube/inject/webhook.go, DetectNativeSidecar); "false"
  disables them. A classic sidecar never exits, so a Job whose proxy is not native never completes.
  Job pods an operator builds get the annotation from their owner: CloudNativePG copies the Cluster's
  `inheritedMetadata` onto its initdb, join and bootstrap Job pods (cloudnative-pg v1.30.0
  internal/controller/cluster_create.go, inheritJobMetadata).
- Istio CNI. Without the CNI node agent every injected pod gets the `istio-init` container, which
  adds the NET_ADMIN and NET_RAW capabilities (injection-template.yaml); Pod Security baseline and
  restricted reject it. Injection into such namespaces therefore requires Istio CNI.
"""

from __future__ import annotations

NATIVE_SIDECAR_ANNOTATION = "sidecar.istio.io/nativeSidecar"
NATIVE_SIDECAR = {NATIVE_SIDECAR_ANNOTATION: "true"}
"""Pod-template annotation that makes the injected proxy a native sidecar (put it on every Job)."""
ISTIO_INIT_CAPABILITIES = ("NET_ADMIN", "NET_RAW")
"""What the istio-init container adds when Istio runs without CNI."""
