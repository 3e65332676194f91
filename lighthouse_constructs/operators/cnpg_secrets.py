"""CloudNativePG: the TLS material the operator creates for a Cluster (cloudnative-pg v1.30.0).

Kept apart from `cnpg.py` (Services, pod labels, flows): this module is only about certificates.
"""

from __future__ import annotations

SERVER_CA_SECRET_SUFFIX = "-ca"
"""The operator's server CA Secret is `<cluster>-ca` unless `spec.certificates.serverCASecret` names
one (api/v1/cluster_types.go `DefaultServerCaSecretSuffix`; api/v1/cluster_funcs.go
`GetServerCASecretName`; created by internal/controller/cluster_pki.go)."""

CA_CERT_KEY = "ca.crt"
"""The key holding the PEM CA certificate in that Secret (pkg/certs/certs.go `CACertKey`)."""

SERVER_CERT_SERVICES = ("rw", "r", "ro")
"""The server certificate's DNS names: for each enabled Service `<cluster>-<rw|r|ro>` the names
`<svc>`, `<svc>.<ns>`, `<svc>.<ns>.svc` and `<svc>.<ns>.svc.<cluster domain>` (api/v1/cluster_funcs.go
`GetClusterAltDNSNames`), so `sslmode=verify-full` holds for `<cluster>-rw.<ns>.svc.cluster.local`."""


def server_ca_secret(cluster: str) -> str:
    """The name of the Secret holding the cluster's server CA (`ca.crt`)."""
    return f"{cluster}{SERVER_CA_SECRET_SUFFIX}"
