"""The inventory team's chart: an autoscaled API with its database, cache and a FUSE-mounted
catalogue, in namespaces the team owns.

It uses lighthouse-constructs as a library only: its own names, refs to what the cluster already
has (PriorityClass, Secrets), and no Lighthouse platform.
"""

import cdk8s
import constructs

from lighthouse_constructs import (
    AlertProps,
    Autoscaling,
    BridgeService,
    BridgeServiceProps,
    FuseMountDaemon,
    FuseMountDaemonProps,
    LighthouseNamespace,
    MeshPolicy,
    MeshPolicyProps,
    NamespaceProps,
    PostgresHA,
    PostgresHAProps,
    PriorityClassRef,
    SecretRef,
    SentinelCache,
    SentinelCacheProps,
)

API_IMAGE = "registry.example.com/inventory/api:2.0.1@sha256:" + "b" * 64
CATALOGUE_FS_IMAGE = "registry.example.com/inventory/catalogue-fs:1.3.0@sha256:" + "c" * 64
RUNBOOKS = "https://runbooks.inventory.example.com"


class InventoryChart(cdk8s.Chart):
    def __init__(self, scope: constructs.Construct, id: str, *, api_server_cidrs: tuple[str, ...]) -> None:
        super().__init__(scope, id)
        apps = LighthouseNamespace(self, "Apps", NamespaceProps(name="inventory", tier="bridge"))
        data = LighthouseNamespace(self, "Data", NamespaceProps(name="inventory-data", tier="data"))
        # The FUSE daemon mounts on the host: a privileged namespace of its own, outside the mesh.
        fuse_ns = LighthouseNamespace(self, "Fuse", NamespaceProps(
            name="inventory-fuse", tier="fuse", enforce="privileged", audit="restricted", warn="restricted",
            istio_injection=False))
        priority = PriorityClassRef.from_name("inventory-default", value=10_000)

        db = PostgresHA(
            self, "Db",
            PostgresHAProps(name="stock", production=False, database="stock",
                            alerts=AlertProps(runbook_base_url=f"{RUNBOOKS}/postgres")),
            namespace=data,
            owner_secret=SecretRef.from_name("stock-owner", namespace="inventory-data", keys=("username", "password")),
            client_secret=SecretRef.from_name("stock-app", namespace="inventory", keys=("username", "password")),
            priority_class=priority,
        )
        cache = SentinelCache(
            self, "Cache",
            SentinelCacheProps(name="stock-cache", production=False, master_set_name="inventory",
                               runbook_base_url=f"{RUNBOOKS}/redis"),
            namespace=data,
            auth=SecretRef.from_name("stock-cache-auth", namespace="inventory-data", keys=("password",)),
            client_auth=SecretRef.from_name("stock-cache-auth", namespace="inventory", keys=("password",)),
            priority_class=priority,
        )
        self.api = BridgeService(
            self, "Api",
            BridgeServiceProps(name="inventory-api", image=API_IMAGE, autoscaling=Autoscaling(max_replicas=6)),
            namespace=apps, priority_class=priority,
        )
        catalogue = FuseMountDaemon(
            self, "Catalogue",
            FuseMountDaemonProps(name="catalogue-fs", image=CATALOGUE_FS_IMAGE, driver_name="catalogue.inventory.example.com"),
            namespace=fuse_ns, priority_class=priority,
        )
        catalogue.mount_into(self.api, "/mnt/catalogue", read_only=True)
        self.api.connect_to(db, env_prefix="STOCK_DB")
        self.api.connect_to(cache, env_prefix="STOCK_CACHE")
        MeshPolicy(self, "Mesh", MeshPolicyProps(kubernetes_api_cidrs=api_server_cidrs), namespaces=[apps, data, fuse_ns])


app = cdk8s.App()
InventoryChart(app, "inventory", api_server_cidrs=("10.96.0.1/32",))
app.synth()
