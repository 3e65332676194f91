from __future__ import annotations

from pkgutil import extend_path
__path__ = extend_path(__path__, __name__)

import abc
import builtins
import datetime
import enum
import typing

import jsii
import publication
import typing_extensions

from jsii._type_checking import cached_type_hints, check_type


from ._jsii import *

class _LazyImport:
    def __init__(self, module_name: str) -> None:
        self._module_name = module_name
        self._module: typing.Any = None
    def __getattr__(self, name: str) -> typing.Any:
        if self._module is None:
            import importlib
            self._module = importlib.import_module(self._module_name)
        return getattr(self._module, name)

if typing.TYPE_CHECKING:

    import cdk8s as _cdk8s_d3d9af27
    import constructs as _constructs_77d1e7e8
else:

    _cdk8s_d3d9af27 = _LazyImport("cdk8s")
    _constructs_77d1e7e8 = _LazyImport("constructs")


class DestinationRule(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="istio_ioistionetworking.DestinationRule",
):
    '''
    :schema: DestinationRule
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["DestinationRuleSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "DestinationRule" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param metadata: 
        :param spec: Configuration affecting load balancing, outlier detection, etc. See more details at: https://istio.io/docs/reference/config/networking/destination-rule.html
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d01884615ed679c0156cec1dde9f0b5ed0bca69f5427d3993e448dc293ceed9a)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = DestinationRuleProps(metadata=metadata, spec=spec)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["DestinationRuleSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "DestinationRule".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param metadata: 
        :param spec: Configuration affecting load balancing, outlier detection, etc. See more details at: https://istio.io/docs/reference/config/networking/destination-rule.html
        '''
        props = DestinationRuleProps(metadata=metadata, spec=spec)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "DestinationRule".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="istio_ioistionetworking.DestinationRuleProps",
    jsii_struct_bases=[],
    name_mapping={"metadata": "metadata", "spec": "spec"},
)
class DestinationRuleProps:
    def __init__(
        self,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["DestinationRuleSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param metadata: 
        :param spec: Configuration affecting load balancing, outlier detection, etc. See more details at: https://istio.io/docs/reference/config/networking/destination-rule.html

        :schema: DestinationRule
        '''
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if isinstance(spec, dict):
            spec = DestinationRuleSpec(**spec)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d09a833e152be9f1941978a9afffa0bd264eedf2706ad226f474d0f94fa11f96)
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
            check_type(argname="argument spec", value=spec, expected_type=type_hints["spec"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if metadata is not None:
            self._values["metadata"] = metadata
        if spec is not None:
            self._values["spec"] = spec

    @builtins.property
    def metadata(self) -> typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"]:
        '''
        :schema: DestinationRule#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    @builtins.property
    def spec(self) -> typing.Optional["DestinationRuleSpec"]:
        '''Configuration affecting load balancing, outlier detection, etc.

        See more details at: https://istio.io/docs/reference/config/networking/destination-rule.html

        :schema: DestinationRule#spec
        '''
        result = self._values.get("spec")
        return typing.cast(typing.Optional["DestinationRuleSpec"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_ioistionetworking.DestinationRuleSpec",
    jsii_struct_bases=[],
    name_mapping={
        "host": "host",
        "export_to": "exportTo",
        "subsets": "subsets",
        "traffic_policy": "trafficPolicy",
        "workload_selector": "workloadSelector",
    },
)
class DestinationRuleSpec:
    def __init__(
        self,
        *,
        host: builtins.str,
        export_to: typing.Optional[typing.Sequence[builtins.str]] = None,
        subsets: typing.Optional[typing.Sequence[typing.Union["DestinationRuleSpecSubsets", typing.Dict[builtins.str, typing.Any]]]] = None,
        traffic_policy: typing.Optional[typing.Union["DestinationRuleSpecTrafficPolicy", typing.Dict[builtins.str, typing.Any]]] = None,
        workload_selector: typing.Optional[typing.Union["DestinationRuleSpecWorkloadSelector", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Configuration affecting load balancing, outlier detection, etc.

        See more details at: https://istio.io/docs/reference/config/networking/destination-rule.html

        :param host: The name of a service from the service registry.
        :param export_to: A list of namespaces to which this destination rule is exported.
        :param subsets: One or more named sets that represent individual versions of a service.
        :param traffic_policy: Traffic policies to apply (load balancing policy, connection pool sizes, outlier detection).
        :param workload_selector: Criteria used to select the specific set of pods/VMs on which this ``DestinationRule`` configuration should be applied.

        :schema: DestinationRuleSpec
        '''
        if isinstance(traffic_policy, dict):
            traffic_policy = DestinationRuleSpecTrafficPolicy(**traffic_policy)
        if isinstance(workload_selector, dict):
            workload_selector = DestinationRuleSpecWorkloadSelector(**workload_selector)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e7410ca0b5d49f02f06ca6e8d16bb554515b7308805cd1fac818dfe92c38ae41)
            check_type(argname="argument host", value=host, expected_type=type_hints["host"])
            check_type(argname="argument export_to", value=export_to, expected_type=type_hints["export_to"])
            check_type(argname="argument subsets", value=subsets, expected_type=type_hints["subsets"])
            check_type(argname="argument traffic_policy", value=traffic_policy, expected_type=type_hints["traffic_policy"])
            check_type(argname="argument workload_selector", value=workload_selector, expected_type=type_hints["workload_selector"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "host": host,
        }
        if export_to is not None:
            self._values["export_to"] = export_to
        if subsets is not None:
            self._values["subsets"] = subsets
        if traffic_policy is not None:
            self._values["traffic_policy"] = traffic_policy
        if workload_selector is not None:
            self._values["workload_selector"] = workload_selector

    @builtins.property
    def host(self) -> builtins.str:
        '''The name of a service from the service registry.

        :schema: DestinationRuleSpec#host
        '''
        result = self._values.get("host")
        assert result is not None, "Required property 'host' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def export_to(self) -> typing.Optional[typing.List[builtins.str]]:
        '''A list of namespaces to which this destination rule is exported.

        :schema: DestinationRuleSpec#exportTo
        '''
        result = self._values.get("export_to")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def subsets(self) -> typing.Optional[typing.List["DestinationRuleSpecSubsets"]]:
        '''One or more named sets that represent individual versions of a service.

        :schema: DestinationRuleSpec#subsets
        '''
        result = self._values.get("subsets")
        return typing.cast(typing.Optional[typing.List["DestinationRuleSpecSubsets"]], result)

    @builtins.property
    def traffic_policy(self) -> typing.Optional["DestinationRuleSpecTrafficPolicy"]:
        '''Traffic policies to apply (load balancing policy, connection pool sizes, outlier detection).

        :schema: DestinationRuleSpec#trafficPolicy
        '''
        result = self._values.get("traffic_policy")
        return typing.cast(typing.Optional["DestinationRuleSpecTrafficPolicy"], result)

    @builtins.property
    def workload_selector(
        self,
    ) -> typing.Optional["DestinationRuleSpecWorkloadSelector"]:
        '''Criteria used to select the specific set of pods/VMs on which this ``DestinationRule`` configuration should be applied.

        :schema: DestinationRuleSpec#workloadSelector
        '''
        result = self._values.get("workload_selector")
        return typing.cast(typing.Optional["DestinationRuleSpecWorkloadSelector"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_ioistionetworking.DestinationRuleSpecSubsets",
    jsii_struct_bases=[],
    name_mapping={
        "name": "name",
        "labels": "labels",
        "traffic_policy": "trafficPolicy",
    },
)
class DestinationRuleSpecSubsets:
    def __init__(
        self,
        *,
        name: builtins.str,
        labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        traffic_policy: typing.Optional[typing.Union["DestinationRuleSpecSubsetsTrafficPolicy", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param name: Name of the subset.
        :param labels: Labels apply a filter over the endpoints of a service in the service registry.
        :param traffic_policy: Traffic policies that apply to this subset.

        :schema: DestinationRuleSpecSubsets
        '''
        if isinstance(traffic_policy, dict):
            traffic_policy = DestinationRuleSpecSubsetsTrafficPolicy(**traffic_policy)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__3a859baa46c6d1a727064b8eb51c3e62c5526f3e4d0ec1cb41e6c990e775647a)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument labels", value=labels, expected_type=type_hints["labels"])
            check_type(argname="argument traffic_policy", value=traffic_policy, expected_type=type_hints["traffic_policy"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if labels is not None:
            self._values["labels"] = labels
        if traffic_policy is not None:
            self._values["traffic_policy"] = traffic_policy

    @builtins.property
    def name(self) -> builtins.str:
        '''Name of the subset.

        :schema: DestinationRuleSpecSubsets#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def labels(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''Labels apply a filter over the endpoints of a service in the service registry.

        :schema: DestinationRuleSpecSubsets#labels
        '''
        result = self._values.get("labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def traffic_policy(
        self,
    ) -> typing.Optional["DestinationRuleSpecSubsetsTrafficPolicy"]:
        '''Traffic policies that apply to this subset.

        :schema: DestinationRuleSpecSubsets#trafficPolicy
        '''
        result = self._values.get("traffic_policy")
        return typing.cast(typing.Optional["DestinationRuleSpecSubsetsTrafficPolicy"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecSubsets(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_ioistionetworking.DestinationRuleSpecSubsetsTrafficPolicy",
    jsii_struct_bases=[],
    name_mapping={
        "connection_pool": "connectionPool",
        "load_balancer": "loadBalancer",
        "outlier_detection": "outlierDetection",
        "port_level_settings": "portLevelSettings",
        "proxy_protocol": "proxyProtocol",
        "retry_budget": "retryBudget",
        "tls": "tls",
        "tunnel": "tunnel",
    },
)
class DestinationRuleSpecSubsetsTrafficPolicy:
    def __init__(
        self,
        *,
        connection_pool: typing.Optional[typing.Union["DestinationRuleSpecSubsetsTrafficPolicyConnectionPool", typing.Dict[builtins.str, typing.Any]]] = None,
        load_balancer: typing.Optional[typing.Union["DestinationRuleSpecSubsetsTrafficPolicyLoadBalancer", typing.Dict[builtins.str, typing.Any]]] = None,
        outlier_detection: typing.Optional[typing.Union["DestinationRuleSpecSubsetsTrafficPolicyOutlierDetection", typing.Dict[builtins.str, typing.Any]]] = None,
        port_level_settings: typing.Optional[typing.Sequence[typing.Union["DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettings", typing.Dict[builtins.str, typing.Any]]]] = None,
        proxy_protocol: typing.Optional[typing.Union["DestinationRuleSpecSubsetsTrafficPolicyProxyProtocol", typing.Dict[builtins.str, typing.Any]]] = None,
        retry_budget: typing.Optional[typing.Union["DestinationRuleSpecSubsetsTrafficPolicyRetryBudget", typing.Dict[builtins.str, typing.Any]]] = None,
        tls: typing.Optional[typing.Union["DestinationRuleSpecSubsetsTrafficPolicyTls", typing.Dict[builtins.str, typing.Any]]] = None,
        tunnel: typing.Optional[typing.Union["DestinationRuleSpecSubsetsTrafficPolicyTunnel", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Traffic policies that apply to this subset.

        :param connection_pool: 
        :param load_balancer: Settings controlling the load balancer algorithms.
        :param outlier_detection: 
        :param port_level_settings: Traffic policies specific to individual ports.
        :param proxy_protocol: The upstream PROXY protocol settings.
        :param retry_budget: Specifies a limit on concurrent retries in relation to the number of active requests.
        :param tls: TLS related settings for connections to the upstream service.
        :param tunnel: Configuration of tunneling TCP over other transport or application layers for the host configured in the DestinationRule.

        :schema: DestinationRuleSpecSubsetsTrafficPolicy
        '''
        if isinstance(connection_pool, dict):
            connection_pool = DestinationRuleSpecSubsetsTrafficPolicyConnectionPool(**connection_pool)
        if isinstance(load_balancer, dict):
            load_balancer = DestinationRuleSpecSubsetsTrafficPolicyLoadBalancer(**load_balancer)
        if isinstance(outlier_detection, dict):
            outlier_detection = DestinationRuleSpecSubsetsTrafficPolicyOutlierDetection(**outlier_detection)
        if isinstance(proxy_protocol, dict):
            proxy_protocol = DestinationRuleSpecSubsetsTrafficPolicyProxyProtocol(**proxy_protocol)
        if isinstance(retry_budget, dict):
            retry_budget = DestinationRuleSpecSubsetsTrafficPolicyRetryBudget(**retry_budget)
        if isinstance(tls, dict):
            tls = DestinationRuleSpecSubsetsTrafficPolicyTls(**tls)
        if isinstance(tunnel, dict):
            tunnel = DestinationRuleSpecSubsetsTrafficPolicyTunnel(**tunnel)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c397d979d018499a968d27b75a15b1429625b8adbf11bd37208d6e340b4177ec)
            check_type(argname="argument connection_pool", value=connection_pool, expected_type=type_hints["connection_pool"])
            check_type(argname="argument load_balancer", value=load_balancer, expected_type=type_hints["load_balancer"])
            check_type(argname="argument outlier_detection", value=outlier_detection, expected_type=type_hints["outlier_detection"])
            check_type(argname="argument port_level_settings", value=port_level_settings, expected_type=type_hints["port_level_settings"])
            check_type(argname="argument proxy_protocol", value=proxy_protocol, expected_type=type_hints["proxy_protocol"])
            check_type(argname="argument retry_budget", value=retry_budget, expected_type=type_hints["retry_budget"])
            check_type(argname="argument tls", value=tls, expected_type=type_hints["tls"])
            check_type(argname="argument tunnel", value=tunnel, expected_type=type_hints["tunnel"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if connection_pool is not None:
            self._values["connection_pool"] = connection_pool
        if load_balancer is not None:
            self._values["load_balancer"] = load_balancer
        if outlier_detection is not None:
            self._values["outlier_detection"] = outlier_detection
        if port_level_settings is not None:
            self._values["port_level_settings"] = port_level_settings
        if proxy_protocol is not None:
            self._values["proxy_protocol"] = proxy_protocol
        if retry_budget is not None:
            self._values["retry_budget"] = retry_budget
        if tls is not None:
            self._values["tls"] = tls
        if tunnel is not None:
            self._values["tunnel"] = tunnel

    @builtins.property
    def connection_pool(
        self,
    ) -> typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyConnectionPool"]:
        '''
        :schema: DestinationRuleSpecSubsetsTrafficPolicy#connectionPool
        '''
        result = self._values.get("connection_pool")
        return typing.cast(typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyConnectionPool"], result)

    @builtins.property
    def load_balancer(
        self,
    ) -> typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyLoadBalancer"]:
        '''Settings controlling the load balancer algorithms.

        :schema: DestinationRuleSpecSubsetsTrafficPolicy#loadBalancer
        '''
        result = self._values.get("load_balancer")
        return typing.cast(typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyLoadBalancer"], result)

    @builtins.property
    def outlier_detection(
        self,
    ) -> typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyOutlierDetection"]:
        '''
        :schema: DestinationRuleSpecSubsetsTrafficPolicy#outlierDetection
        '''
        result = self._values.get("outlier_detection")
        return typing.cast(typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyOutlierDetection"], result)

    @builtins.property
    def port_level_settings(
        self,
    ) -> typing.Optional[typing.List["DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettings"]]:
        '''Traffic policies specific to individual ports.

        :schema: DestinationRuleSpecSubsetsTrafficPolicy#portLevelSettings
        '''
        result = self._values.get("port_level_settings")
        return typing.cast(typing.Optional[typing.List["DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettings"]], result)

    @builtins.property
    def proxy_protocol(
        self,
    ) -> typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyProxyProtocol"]:
        '''The upstream PROXY protocol settings.

        :schema: DestinationRuleSpecSubsetsTrafficPolicy#proxyProtocol
        '''
        result = self._values.get("proxy_protocol")
        return typing.cast(typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyProxyProtocol"], result)

    @builtins.property
    def retry_budget(
        self,
    ) -> typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyRetryBudget"]:
        '''Specifies a limit on concurrent retries in relation to the number of active requests.

        :schema: DestinationRuleSpecSubsetsTrafficPolicy#retryBudget
        '''
        result = self._values.get("retry_budget")
        return typing.cast(typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyRetryBudget"], result)

    @builtins.property
    def tls(self) -> typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyTls"]:
        '''TLS related settings for connections to the upstream service.

        :schema: DestinationRuleSpecSubsetsTrafficPolicy#tls
        '''
        result = self._values.get("tls")
        return typing.cast(typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyTls"], result)

    @builtins.property
    def tunnel(
        self,
    ) -> typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyTunnel"]:
        '''Configuration of tunneling TCP over other transport or application layers for the host configured in the DestinationRule.

        :schema: DestinationRuleSpecSubsetsTrafficPolicy#tunnel
        '''
        result = self._values.get("tunnel")
        return typing.cast(typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyTunnel"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecSubsetsTrafficPolicy(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_ioistionetworking.DestinationRuleSpecSubsetsTrafficPolicyConnectionPool",
    jsii_struct_bases=[],
    name_mapping={"http": "http", "tcp": "tcp"},
)
class DestinationRuleSpecSubsetsTrafficPolicyConnectionPool:
    def __init__(
        self,
        *,
        http: typing.Optional[typing.Union["DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolHttp", typing.Dict[builtins.str, typing.Any]]] = None,
        tcp: typing.Optional[typing.Union["DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolTcp", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param http: HTTP connection pool settings.
        :param tcp: Settings common to both HTTP and TCP upstream connections.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyConnectionPool
        '''
        if isinstance(http, dict):
            http = DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolHttp(**http)
        if isinstance(tcp, dict):
            tcp = DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolTcp(**tcp)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__26c285ffd6b517ae392220213700e11139ff1b2a60fc7e3def0ec9523466cda5)
            check_type(argname="argument http", value=http, expected_type=type_hints["http"])
            check_type(argname="argument tcp", value=tcp, expected_type=type_hints["tcp"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if http is not None:
            self._values["http"] = http
        if tcp is not None:
            self._values["tcp"] = tcp

    @builtins.property
    def http(
        self,
    ) -> typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolHttp"]:
        '''HTTP connection pool settings.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyConnectionPool#http
        '''
        result = self._values.get("http")
        return typing.cast(typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolHttp"], result)

    @builtins.property
    def tcp(
        self,
    ) -> typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolTcp"]:
        '''Settings common to both HTTP and TCP upstream connections.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyConnectionPool#tcp
        '''
        result = self._values.get("tcp")
        return typing.cast(typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolTcp"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecSubsetsTrafficPolicyConnectionPool(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_ioistionetworking.DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolHttp",
    jsii_struct_bases=[],
    name_mapping={
        "h2_upgrade_policy": "h2UpgradePolicy",
        "http1_max_pending_requests": "http1MaxPendingRequests",
        "http2_max_requests": "http2MaxRequests",
        "idle_timeout": "idleTimeout",
        "max_concurrent_streams": "maxConcurrentStreams",
        "max_requests_per_connection": "maxRequestsPerConnection",
        "max_retries": "maxRetries",
        "use_client_protocol": "useClientProtocol",
    },
)
class DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolHttp:
    def __init__(
        self,
        *,
        h2_upgrade_policy: typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolHttpH2UpgradePolicy"] = None,
        http1_max_pending_requests: typing.Optional[jsii.Number] = None,
        http2_max_requests: typing.Optional[jsii.Number] = None,
        idle_timeout: typing.Optional[builtins.str] = None,
        max_concurrent_streams: typing.Optional[jsii.Number] = None,
        max_requests_per_connection: typing.Optional[jsii.Number] = None,
        max_retries: typing.Optional[jsii.Number] = None,
        use_client_protocol: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''HTTP connection pool settings.

        :param h2_upgrade_policy: Specify if http1.1 connection should be upgraded to http2 for the associated destination. Valid Options: DEFAULT, DO_NOT_UPGRADE, UPGRADE
        :param http1_max_pending_requests: Maximum number of requests that will be queued while waiting for a ready connection pool connection.
        :param http2_max_requests: Maximum number of active requests to a destination.
        :param idle_timeout: The idle timeout for upstream connection pool connections.
        :param max_concurrent_streams: The maximum number of concurrent streams allowed for a peer on one HTTP/2 connection.
        :param max_requests_per_connection: Maximum number of requests per connection to a backend.
        :param max_retries: Maximum number of retries that can be outstanding to all hosts in a cluster at a given time.
        :param use_client_protocol: If set to true, client protocol will be preserved while initiating connection to backend.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolHttp
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__7dfe5588485cbe0ea2008710f49a5422bc276bc85d4162bb7ae875df565b270a)
            check_type(argname="argument h2_upgrade_policy", value=h2_upgrade_policy, expected_type=type_hints["h2_upgrade_policy"])
            check_type(argname="argument http1_max_pending_requests", value=http1_max_pending_requests, expected_type=type_hints["http1_max_pending_requests"])
            check_type(argname="argument http2_max_requests", value=http2_max_requests, expected_type=type_hints["http2_max_requests"])
            check_type(argname="argument idle_timeout", value=idle_timeout, expected_type=type_hints["idle_timeout"])
            check_type(argname="argument max_concurrent_streams", value=max_concurrent_streams, expected_type=type_hints["max_concurrent_streams"])
            check_type(argname="argument max_requests_per_connection", value=max_requests_per_connection, expected_type=type_hints["max_requests_per_connection"])
            check_type(argname="argument max_retries", value=max_retries, expected_type=type_hints["max_retries"])
            check_type(argname="argument use_client_protocol", value=use_client_protocol, expected_type=type_hints["use_client_protocol"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if h2_upgrade_policy is not None:
            self._values["h2_upgrade_policy"] = h2_upgrade_policy
        if http1_max_pending_requests is not None:
            self._values["http1_max_pending_requests"] = http1_max_pending_requests
        if http2_max_requests is not None:
            self._values["http2_max_requests"] = http2_max_requests
        if idle_timeout is not None:
            self._values["idle_timeout"] = idle_timeout
        if max_concurrent_streams is not None:
            self._values["max_concurrent_streams"] = max_concurrent_streams
        if max_requests_per_connection is not None:
            self._values["max_requests_per_connection"] = max_requests_per_connection
        if max_retries is not None:
            self._values["max_retries"] = max_retries
        if use_client_protocol is not None:
            self._values["use_client_protocol"] = use_client_protocol

    @builtins.property
    def h2_upgrade_policy(
        self,
    ) -> typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolHttpH2UpgradePolicy"]:
        '''Specify if http1.1 connection should be upgraded to http2 for the associated destination.

        Valid Options: DEFAULT, DO_NOT_UPGRADE, UPGRADE

        :schema: DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolHttp#h2UpgradePolicy
        '''
        result = self._values.get("h2_upgrade_policy")
        return typing.cast(typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolHttpH2UpgradePolicy"], result)

    @builtins.property
    def http1_max_pending_requests(self) -> typing.Optional[jsii.Number]:
        '''Maximum number of requests that will be queued while waiting for a ready connection pool connection.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolHttp#http1MaxPendingRequests
        '''
        result = self._values.get("http1_max_pending_requests")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def http2_max_requests(self) -> typing.Optional[jsii.Number]:
        '''Maximum number of active requests to a destination.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolHttp#http2MaxRequests
        '''
        result = self._values.get("http2_max_requests")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def idle_timeout(self) -> typing.Optional[builtins.str]:
        '''The idle timeout for upstream connection pool connections.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolHttp#idleTimeout
        '''
        result = self._values.get("idle_timeout")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def max_concurrent_streams(self) -> typing.Optional[jsii.Number]:
        '''The maximum number of concurrent streams allowed for a peer on one HTTP/2 connection.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolHttp#maxConcurrentStreams
        '''
        result = self._values.get("max_concurrent_streams")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def max_requests_per_connection(self) -> typing.Optional[jsii.Number]:
        '''Maximum number of requests per connection to a backend.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolHttp#maxRequestsPerConnection
        '''
        result = self._values.get("max_requests_per_connection")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def max_retries(self) -> typing.Optional[jsii.Number]:
        '''Maximum number of retries that can be outstanding to all hosts in a cluster at a given time.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolHttp#maxRetries
        '''
        result = self._values.get("max_retries")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def use_client_protocol(self) -> typing.Optional[builtins.bool]:
        '''If set to true, client protocol will be preserved while initiating connection to backend.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolHttp#useClientProtocol
        '''
        result = self._values.get("use_client_protocol")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolHttp(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="istio_ioistionetworking.DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolHttpH2UpgradePolicy"
)
class DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolHttpH2UpgradePolicy(
    enum.Enum,
):
    '''Specify if http1.1 connection should be upgraded to http2 for the associated destination.

    Valid Options: DEFAULT, DO_NOT_UPGRADE, UPGRADE

    :schema: DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolHttpH2UpgradePolicy
    '''

    DEFAULT = "DEFAULT"
    '''DEFAULT.'''
    DO_UNDERSCORE_NOT_UNDERSCORE_UPGRADE = "DO_UNDERSCORE_NOT_UNDERSCORE_UPGRADE"
    '''DO_NOT_UPGRADE.'''
    UPGRADE = "UPGRADE"
    '''UPGRADE.'''


@jsii.data_type(
    jsii_type="istio_ioistionetworking.DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolTcp",
    jsii_struct_bases=[],
    name_mapping={
        "connect_timeout": "connectTimeout",
        "idle_timeout": "idleTimeout",
        "max_connection_duration": "maxConnectionDuration",
        "max_connections": "maxConnections",
        "tcp_keepalive": "tcpKeepalive",
    },
)
class DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolTcp:
    def __init__(
        self,
        *,
        connect_timeout: typing.Optional[builtins.str] = None,
        idle_timeout: typing.Optional[builtins.str] = None,
        max_connection_duration: typing.Optional[builtins.str] = None,
        max_connections: typing.Optional[jsii.Number] = None,
        tcp_keepalive: typing.Optional[typing.Union["DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolTcpTcpKeepalive", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Settings common to both HTTP and TCP upstream connections.

        :param connect_timeout: TCP connection timeout.
        :param idle_timeout: The idle timeout for TCP connections.
        :param max_connection_duration: The maximum duration of a connection.
        :param max_connections: Maximum number of HTTP1 /TCP connections to a destination host.
        :param tcp_keepalive: If set then set SO_KEEPALIVE on the socket to enable TCP Keepalives.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolTcp
        '''
        if isinstance(tcp_keepalive, dict):
            tcp_keepalive = DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolTcpTcpKeepalive(**tcp_keepalive)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__f5ac65349474656526314bb8860ef0fc5a40a13dfe96ad90b21d3a9cfcf4fa67)
            check_type(argname="argument connect_timeout", value=connect_timeout, expected_type=type_hints["connect_timeout"])
            check_type(argname="argument idle_timeout", value=idle_timeout, expected_type=type_hints["idle_timeout"])
            check_type(argname="argument max_connection_duration", value=max_connection_duration, expected_type=type_hints["max_connection_duration"])
            check_type(argname="argument max_connections", value=max_connections, expected_type=type_hints["max_connections"])
            check_type(argname="argument tcp_keepalive", value=tcp_keepalive, expected_type=type_hints["tcp_keepalive"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if connect_timeout is not None:
            self._values["connect_timeout"] = connect_timeout
        if idle_timeout is not None:
            self._values["idle_timeout"] = idle_timeout
        if max_connection_duration is not None:
            self._values["max_connection_duration"] = max_connection_duration
        if max_connections is not None:
            self._values["max_connections"] = max_connections
        if tcp_keepalive is not None:
            self._values["tcp_keepalive"] = tcp_keepalive

    @builtins.property
    def connect_timeout(self) -> typing.Optional[builtins.str]:
        '''TCP connection timeout.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolTcp#connectTimeout
        '''
        result = self._values.get("connect_timeout")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def idle_timeout(self) -> typing.Optional[builtins.str]:
        '''The idle timeout for TCP connections.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolTcp#idleTimeout
        '''
        result = self._values.get("idle_timeout")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def max_connection_duration(self) -> typing.Optional[builtins.str]:
        '''The maximum duration of a connection.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolTcp#maxConnectionDuration
        '''
        result = self._values.get("max_connection_duration")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def max_connections(self) -> typing.Optional[jsii.Number]:
        '''Maximum number of HTTP1 /TCP connections to a destination host.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolTcp#maxConnections
        '''
        result = self._values.get("max_connections")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def tcp_keepalive(
        self,
    ) -> typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolTcpTcpKeepalive"]:
        '''If set then set SO_KEEPALIVE on the socket to enable TCP Keepalives.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolTcp#tcpKeepalive
        '''
        result = self._values.get("tcp_keepalive")
        return typing.cast(typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolTcpTcpKeepalive"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolTcp(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_ioistionetworking.DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolTcpTcpKeepalive",
    jsii_struct_bases=[],
    name_mapping={"interval": "interval", "probes": "probes", "time": "time"},
)
class DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolTcpTcpKeepalive:
    def __init__(
        self,
        *,
        interval: typing.Optional[builtins.str] = None,
        probes: typing.Optional[jsii.Number] = None,
        time: typing.Optional[builtins.str] = None,
    ) -> None:
        '''If set then set SO_KEEPALIVE on the socket to enable TCP Keepalives.

        :param interval: The time duration between keep-alive probes.
        :param probes: Maximum number of keepalive probes to send without response before deciding the connection is dead.
        :param time: The time duration a connection needs to be idle before keep-alive probes start being sent.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolTcpTcpKeepalive
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__3b011191dd9290cc648800405b3871726bc463365eb7848c637baea6c5a28565)
            check_type(argname="argument interval", value=interval, expected_type=type_hints["interval"])
            check_type(argname="argument probes", value=probes, expected_type=type_hints["probes"])
            check_type(argname="argument time", value=time, expected_type=type_hints["time"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if interval is not None:
            self._values["interval"] = interval
        if probes is not None:
            self._values["probes"] = probes
        if time is not None:
            self._values["time"] = time

    @builtins.property
    def interval(self) -> typing.Optional[builtins.str]:
        '''The time duration between keep-alive probes.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolTcpTcpKeepalive#interval
        '''
        result = self._values.get("interval")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def probes(self) -> typing.Optional[jsii.Number]:
        '''Maximum number of keepalive probes to send without response before deciding the connection is dead.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolTcpTcpKeepalive#probes
        '''
        result = self._values.get("probes")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def time(self) -> typing.Optional[builtins.str]:
        '''The time duration a connection needs to be idle before keep-alive probes start being sent.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolTcpTcpKeepalive#time
        '''
        result = self._values.get("time")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolTcpTcpKeepalive(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_ioistionetworking.DestinationRuleSpecSubsetsTrafficPolicyLoadBalancer",
    jsii_struct_bases=[],
    name_mapping={
        "consistent_hash": "consistentHash",
        "locality_lb_setting": "localityLbSetting",
        "simple": "simple",
        "warmup": "warmup",
        "warmup_duration_secs": "warmupDurationSecs",
    },
)
class DestinationRuleSpecSubsetsTrafficPolicyLoadBalancer:
    def __init__(
        self,
        *,
        consistent_hash: typing.Optional[typing.Union["DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHash", typing.Dict[builtins.str, typing.Any]]] = None,
        locality_lb_setting: typing.Optional[typing.Union["DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerLocalityLbSetting", typing.Dict[builtins.str, typing.Any]]] = None,
        simple: typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerSimple"] = None,
        warmup: typing.Optional[typing.Union["DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerWarmup", typing.Dict[builtins.str, typing.Any]]] = None,
        warmup_duration_secs: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Settings controlling the load balancer algorithms.

        :param consistent_hash: 
        :param locality_lb_setting: 
        :param simple: Valid Options: LEAST_CONN, RANDOM, PASSTHROUGH, ROUND_ROBIN, LEAST_REQUEST.
        :param warmup: Represents the warmup configuration of Service.
        :param warmup_duration_secs: Deprecated: use ``warmup`` instead.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyLoadBalancer
        '''
        if isinstance(consistent_hash, dict):
            consistent_hash = DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHash(**consistent_hash)
        if isinstance(locality_lb_setting, dict):
            locality_lb_setting = DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerLocalityLbSetting(**locality_lb_setting)
        if isinstance(warmup, dict):
            warmup = DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerWarmup(**warmup)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__70b6afdf8daa1d547105507033bb6eb09d50aca97975801b20ccfcfb13978f91)
            check_type(argname="argument consistent_hash", value=consistent_hash, expected_type=type_hints["consistent_hash"])
            check_type(argname="argument locality_lb_setting", value=locality_lb_setting, expected_type=type_hints["locality_lb_setting"])
            check_type(argname="argument simple", value=simple, expected_type=type_hints["simple"])
            check_type(argname="argument warmup", value=warmup, expected_type=type_hints["warmup"])
            check_type(argname="argument warmup_duration_secs", value=warmup_duration_secs, expected_type=type_hints["warmup_duration_secs"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if consistent_hash is not None:
            self._values["consistent_hash"] = consistent_hash
        if locality_lb_setting is not None:
            self._values["locality_lb_setting"] = locality_lb_setting
        if simple is not None:
            self._values["simple"] = simple
        if warmup is not None:
            self._values["warmup"] = warmup
        if warmup_duration_secs is not None:
            self._values["warmup_duration_secs"] = warmup_duration_secs

    @builtins.property
    def consistent_hash(
        self,
    ) -> typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHash"]:
        '''
        :schema: DestinationRuleSpecSubsetsTrafficPolicyLoadBalancer#consistentHash
        '''
        result = self._values.get("consistent_hash")
        return typing.cast(typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHash"], result)

    @builtins.property
    def locality_lb_setting(
        self,
    ) -> typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerLocalityLbSetting"]:
        '''
        :schema: DestinationRuleSpecSubsetsTrafficPolicyLoadBalancer#localityLbSetting
        '''
        result = self._values.get("locality_lb_setting")
        return typing.cast(typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerLocalityLbSetting"], result)

    @builtins.property
    def simple(
        self,
    ) -> typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerSimple"]:
        '''Valid Options: LEAST_CONN, RANDOM, PASSTHROUGH, ROUND_ROBIN, LEAST_REQUEST.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyLoadBalancer#simple
        '''
        result = self._values.get("simple")
        return typing.cast(typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerSimple"], result)

    @builtins.property
    def warmup(
        self,
    ) -> typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerWarmup"]:
        '''Represents the warmup configuration of Service.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyLoadBalancer#warmup
        '''
        result = self._values.get("warmup")
        return typing.cast(typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerWarmup"], result)

    @builtins.property
    def warmup_duration_secs(self) -> typing.Optional[builtins.str]:
        '''Deprecated: use ``warmup`` instead.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyLoadBalancer#warmupDurationSecs
        '''
        result = self._values.get("warmup_duration_secs")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecSubsetsTrafficPolicyLoadBalancer(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_ioistionetworking.DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHash",
    jsii_struct_bases=[],
    name_mapping={
        "http_cookie": "httpCookie",
        "http_header_name": "httpHeaderName",
        "http_query_parameter_name": "httpQueryParameterName",
        "maglev": "maglev",
        "minimum_ring_size": "minimumRingSize",
        "ring_hash": "ringHash",
        "use_source_ip": "useSourceIp",
    },
)
class DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHash:
    def __init__(
        self,
        *,
        http_cookie: typing.Optional[typing.Union["DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHashHttpCookie", typing.Dict[builtins.str, typing.Any]]] = None,
        http_header_name: typing.Optional[builtins.str] = None,
        http_query_parameter_name: typing.Optional[builtins.str] = None,
        maglev: typing.Optional[typing.Union["DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHashMaglev", typing.Dict[builtins.str, typing.Any]]] = None,
        minimum_ring_size: typing.Optional[jsii.Number] = None,
        ring_hash: typing.Optional[typing.Union["DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHashRingHash", typing.Dict[builtins.str, typing.Any]]] = None,
        use_source_ip: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''
        :param http_cookie: Hash based on HTTP cookie.
        :param http_header_name: Hash based on a specific HTTP header.
        :param http_query_parameter_name: Hash based on a specific HTTP query parameter.
        :param maglev: The Maglev load balancer implements consistent hashing to backend hosts.
        :param minimum_ring_size: Deprecated.
        :param ring_hash: The ring/modulo hash load balancer implements consistent hashing to backend hosts.
        :param use_source_ip: Hash based on the source IP address.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHash
        '''
        if isinstance(http_cookie, dict):
            http_cookie = DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHashHttpCookie(**http_cookie)
        if isinstance(maglev, dict):
            maglev = DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHashMaglev(**maglev)
        if isinstance(ring_hash, dict):
            ring_hash = DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHashRingHash(**ring_hash)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__f818de8f6babb3de6aad85e0f3ba80e8c401ec88456f5a1f0a3708cdb8f3e8f4)
            check_type(argname="argument http_cookie", value=http_cookie, expected_type=type_hints["http_cookie"])
            check_type(argname="argument http_header_name", value=http_header_name, expected_type=type_hints["http_header_name"])
            check_type(argname="argument http_query_parameter_name", value=http_query_parameter_name, expected_type=type_hints["http_query_parameter_name"])
            check_type(argname="argument maglev", value=maglev, expected_type=type_hints["maglev"])
            check_type(argname="argument minimum_ring_size", value=minimum_ring_size, expected_type=type_hints["minimum_ring_size"])
            check_type(argname="argument ring_hash", value=ring_hash, expected_type=type_hints["ring_hash"])
            check_type(argname="argument use_source_ip", value=use_source_ip, expected_type=type_hints["use_source_ip"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if http_cookie is not None:
            self._values["http_cookie"] = http_cookie
        if http_header_name is not None:
            self._values["http_header_name"] = http_header_name
        if http_query_parameter_name is not None:
            self._values["http_query_parameter_name"] = http_query_parameter_name
        if maglev is not None:
            self._values["maglev"] = maglev
        if minimum_ring_size is not None:
            self._values["minimum_ring_size"] = minimum_ring_size
        if ring_hash is not None:
            self._values["ring_hash"] = ring_hash
        if use_source_ip is not None:
            self._values["use_source_ip"] = use_source_ip

    @builtins.property
    def http_cookie(
        self,
    ) -> typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHashHttpCookie"]:
        '''Hash based on HTTP cookie.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHash#httpCookie
        '''
        result = self._values.get("http_cookie")
        return typing.cast(typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHashHttpCookie"], result)

    @builtins.property
    def http_header_name(self) -> typing.Optional[builtins.str]:
        '''Hash based on a specific HTTP header.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHash#httpHeaderName
        '''
        result = self._values.get("http_header_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def http_query_parameter_name(self) -> typing.Optional[builtins.str]:
        '''Hash based on a specific HTTP query parameter.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHash#httpQueryParameterName
        '''
        result = self._values.get("http_query_parameter_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def maglev(
        self,
    ) -> typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHashMaglev"]:
        '''The Maglev load balancer implements consistent hashing to backend hosts.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHash#maglev
        '''
        result = self._values.get("maglev")
        return typing.cast(typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHashMaglev"], result)

    @builtins.property
    def minimum_ring_size(self) -> typing.Optional[jsii.Number]:
        '''Deprecated.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHash#minimumRingSize
        '''
        result = self._values.get("minimum_ring_size")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def ring_hash(
        self,
    ) -> typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHashRingHash"]:
        '''The ring/modulo hash load balancer implements consistent hashing to backend hosts.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHash#ringHash
        '''
        result = self._values.get("ring_hash")
        return typing.cast(typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHashRingHash"], result)

    @builtins.property
    def use_source_ip(self) -> typing.Optional[builtins.bool]:
        '''Hash based on the source IP address.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHash#useSourceIp
        '''
        result = self._values.get("use_source_ip")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHash(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_ioistionetworking.DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHashHttpCookie",
    jsii_struct_bases=[],
    name_mapping={
        "name": "name",
        "attributes": "attributes",
        "path": "path",
        "ttl": "ttl",
    },
)
class DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHashHttpCookie:
    def __init__(
        self,
        *,
        name: builtins.str,
        attributes: typing.Optional[typing.Sequence[typing.Union["DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHashHttpCookieAttributes", typing.Dict[builtins.str, typing.Any]]]] = None,
        path: typing.Optional[builtins.str] = None,
        ttl: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Hash based on HTTP cookie.

        :param name: Name of the cookie.
        :param attributes: Additional attributes for the cookie.
        :param path: Path to set for the cookie.
        :param ttl: Lifetime of the cookie.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHashHttpCookie
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__78b8c187e8d9b80f1d97e499d85204d6289c304ee1cd3dd9c0c67446056c2e0e)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument attributes", value=attributes, expected_type=type_hints["attributes"])
            check_type(argname="argument path", value=path, expected_type=type_hints["path"])
            check_type(argname="argument ttl", value=ttl, expected_type=type_hints["ttl"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if attributes is not None:
            self._values["attributes"] = attributes
        if path is not None:
            self._values["path"] = path
        if ttl is not None:
            self._values["ttl"] = ttl

    @builtins.property
    def name(self) -> builtins.str:
        '''Name of the cookie.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHashHttpCookie#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def attributes(
        self,
    ) -> typing.Optional[typing.List["DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHashHttpCookieAttributes"]]:
        '''Additional attributes for the cookie.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHashHttpCookie#attributes
        '''
        result = self._values.get("attributes")
        return typing.cast(typing.Optional[typing.List["DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHashHttpCookieAttributes"]], result)

    @builtins.property
    def path(self) -> typing.Optional[builtins.str]:
        '''Path to set for the cookie.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHashHttpCookie#path
        '''
        result = self._values.get("path")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def ttl(self) -> typing.Optional[builtins.str]:
        '''Lifetime of the cookie.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHashHttpCookie#ttl
        '''
        result = self._values.get("ttl")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHashHttpCookie(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_ioistionetworking.DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHashHttpCookieAttributes",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "value": "value"},
)
class DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHashHttpCookieAttributes:
    def __init__(
        self,
        *,
        name: builtins.str,
        value: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param name: The name of the cookie attribute.
        :param value: The optional value of the cookie attribute.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHashHttpCookieAttributes
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b5ff83ccd6d0f4efa1f0181ba37ad09cb63b0bb19856b0c90ab1d67cfce447c2)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if value is not None:
            self._values["value"] = value

    @builtins.property
    def name(self) -> builtins.str:
        '''The name of the cookie attribute.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHashHttpCookieAttributes#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def value(self) -> typing.Optional[builtins.str]:
        '''The optional value of the cookie attribute.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHashHttpCookieAttributes#value
        '''
        result = self._values.get("value")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHashHttpCookieAttributes(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_ioistionetworking.DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHashMaglev",
    jsii_struct_bases=[],
    name_mapping={"table_size": "tableSize"},
)
class DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHashMaglev:
    def __init__(self, *, table_size: typing.Optional[jsii.Number] = None) -> None:
        '''The Maglev load balancer implements consistent hashing to backend hosts.

        :param table_size: The table size for Maglev hashing.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHashMaglev
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c07c7156ab0434df05afc87061ee948c9e1ba445ae59d4b897ae6c52aeb46e2a)
            check_type(argname="argument table_size", value=table_size, expected_type=type_hints["table_size"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if table_size is not None:
            self._values["table_size"] = table_size

    @builtins.property
    def table_size(self) -> typing.Optional[jsii.Number]:
        '''The table size for Maglev hashing.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHashMaglev#tableSize
        '''
        result = self._values.get("table_size")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHashMaglev(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_ioistionetworking.DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHashRingHash",
    jsii_struct_bases=[],
    name_mapping={"minimum_ring_size": "minimumRingSize"},
)
class DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHashRingHash:
    def __init__(
        self,
        *,
        minimum_ring_size: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''The ring/modulo hash load balancer implements consistent hashing to backend hosts.

        :param minimum_ring_size: The minimum number of virtual nodes to use for the hash ring.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHashRingHash
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e6011e273e9c19b3a4050af89b39518d878b83e575ff337579f7f4b5cf24380e)
            check_type(argname="argument minimum_ring_size", value=minimum_ring_size, expected_type=type_hints["minimum_ring_size"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if minimum_ring_size is not None:
            self._values["minimum_ring_size"] = minimum_ring_size

    @builtins.property
    def minimum_ring_size(self) -> typing.Optional[jsii.Number]:
        '''The minimum number of virtual nodes to use for the hash ring.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHashRingHash#minimumRingSize
        '''
        result = self._values.get("minimum_ring_size")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHashRingHash(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_ioistionetworking.DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerLocalityLbSetting",
    jsii_struct_bases=[],
    name_mapping={
        "distribute": "distribute",
        "enabled": "enabled",
        "failover": "failover",
        "failover_priority": "failoverPriority",
    },
)
class DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerLocalityLbSetting:
    def __init__(
        self,
        *,
        distribute: typing.Optional[typing.Sequence[typing.Union["DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerLocalityLbSettingDistribute", typing.Dict[builtins.str, typing.Any]]]] = None,
        enabled: typing.Optional[builtins.bool] = None,
        failover: typing.Optional[typing.Sequence[typing.Union["DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerLocalityLbSettingFailover", typing.Dict[builtins.str, typing.Any]]]] = None,
        failover_priority: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''
        :param distribute: Optional: only one of distribute, failover or failoverPriority can be set.
        :param enabled: Enable locality load balancing.
        :param failover: Optional: only one of distribute, failover or failoverPriority can be set.
        :param failover_priority: failoverPriority is an ordered list of labels used to sort endpoints to do priority based load balancing.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerLocalityLbSetting
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__5c22f94e3443a302674c5b0ffd3ffe97e28787c40596f2598d7c538cb5601c77)
            check_type(argname="argument distribute", value=distribute, expected_type=type_hints["distribute"])
            check_type(argname="argument enabled", value=enabled, expected_type=type_hints["enabled"])
            check_type(argname="argument failover", value=failover, expected_type=type_hints["failover"])
            check_type(argname="argument failover_priority", value=failover_priority, expected_type=type_hints["failover_priority"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if distribute is not None:
            self._values["distribute"] = distribute
        if enabled is not None:
            self._values["enabled"] = enabled
        if failover is not None:
            self._values["failover"] = failover
        if failover_priority is not None:
            self._values["failover_priority"] = failover_priority

    @builtins.property
    def distribute(
        self,
    ) -> typing.Optional[typing.List["DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerLocalityLbSettingDistribute"]]:
        '''Optional: only one of distribute, failover or failoverPriority can be set.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerLocalityLbSetting#distribute
        '''
        result = self._values.get("distribute")
        return typing.cast(typing.Optional[typing.List["DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerLocalityLbSettingDistribute"]], result)

    @builtins.property
    def enabled(self) -> typing.Optional[builtins.bool]:
        '''Enable locality load balancing.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerLocalityLbSetting#enabled
        '''
        result = self._values.get("enabled")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def failover(
        self,
    ) -> typing.Optional[typing.List["DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerLocalityLbSettingFailover"]]:
        '''Optional: only one of distribute, failover or failoverPriority can be set.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerLocalityLbSetting#failover
        '''
        result = self._values.get("failover")
        return typing.cast(typing.Optional[typing.List["DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerLocalityLbSettingFailover"]], result)

    @builtins.property
    def failover_priority(self) -> typing.Optional[typing.List[builtins.str]]:
        '''failoverPriority is an ordered list of labels used to sort endpoints to do priority based load balancing.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerLocalityLbSetting#failoverPriority
        '''
        result = self._values.get("failover_priority")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerLocalityLbSetting(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_ioistionetworking.DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerLocalityLbSettingDistribute",
    jsii_struct_bases=[],
    name_mapping={"from_": "from", "to": "to"},
)
class DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerLocalityLbSettingDistribute:
    def __init__(
        self,
        *,
        from_: typing.Optional[builtins.str] = None,
        to: typing.Optional[typing.Mapping[builtins.str, jsii.Number]] = None,
    ) -> None:
        '''
        :param from_: Originating locality, '/' separated, e.g.
        :param to: Map of upstream localities to traffic distribution weights.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerLocalityLbSettingDistribute
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a8a0d0df55ff24f8c369c92574f6d2838fe04e4ba7c4b27c9358cc6a1562efd9)
            check_type(argname="argument from_", value=from_, expected_type=type_hints["from_"])
            check_type(argname="argument to", value=to, expected_type=type_hints["to"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if from_ is not None:
            self._values["from_"] = from_
        if to is not None:
            self._values["to"] = to

    @builtins.property
    def from_(self) -> typing.Optional[builtins.str]:
        '''Originating locality, '/' separated, e.g.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerLocalityLbSettingDistribute#from
        '''
        result = self._values.get("from_")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def to(self) -> typing.Optional[typing.Mapping[builtins.str, jsii.Number]]:
        '''Map of upstream localities to traffic distribution weights.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerLocalityLbSettingDistribute#to
        '''
        result = self._values.get("to")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, jsii.Number]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerLocalityLbSettingDistribute(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_ioistionetworking.DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerLocalityLbSettingFailover",
    jsii_struct_bases=[],
    name_mapping={"from_": "from", "to": "to"},
)
class DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerLocalityLbSettingFailover:
    def __init__(
        self,
        *,
        from_: typing.Optional[builtins.str] = None,
        to: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param from_: Originating region.
        :param to: Destination region the traffic will fail over to when endpoints in the 'from' region becomes unhealthy.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerLocalityLbSettingFailover
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__f244895caf4a2f829dc194f3c171b8df1b90479b0204110680ab392c17b498c5)
            check_type(argname="argument from_", value=from_, expected_type=type_hints["from_"])
            check_type(argname="argument to", value=to, expected_type=type_hints["to"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if from_ is not None:
            self._values["from_"] = from_
        if to is not None:
            self._values["to"] = to

    @builtins.property
    def from_(self) -> typing.Optional[builtins.str]:
        '''Originating region.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerLocalityLbSettingFailover#from
        '''
        result = self._values.get("from_")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def to(self) -> typing.Optional[builtins.str]:
        '''Destination region the traffic will fail over to when endpoints in the 'from' region becomes unhealthy.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerLocalityLbSettingFailover#to
        '''
        result = self._values.get("to")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerLocalityLbSettingFailover(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="istio_ioistionetworking.DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerSimple"
)
class DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerSimple(enum.Enum):
    '''Valid Options: LEAST_CONN, RANDOM, PASSTHROUGH, ROUND_ROBIN, LEAST_REQUEST.

    :schema: DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerSimple
    '''

    UNSPECIFIED = "UNSPECIFIED"
    '''UNSPECIFIED.'''
    LEAST_UNDERSCORE_CONN = "LEAST_UNDERSCORE_CONN"
    '''LEAST_CONN.'''
    RANDOM = "RANDOM"
    '''RANDOM.'''
    PASSTHROUGH = "PASSTHROUGH"
    '''PASSTHROUGH.'''
    ROUND_UNDERSCORE_ROBIN = "ROUND_UNDERSCORE_ROBIN"
    '''ROUND_ROBIN.'''
    LEAST_UNDERSCORE_REQUEST = "LEAST_UNDERSCORE_REQUEST"
    '''LEAST_REQUEST.'''


@jsii.data_type(
    jsii_type="istio_ioistionetworking.DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerWarmup",
    jsii_struct_bases=[],
    name_mapping={
        "duration": "duration",
        "aggression": "aggression",
        "minimum_percent": "minimumPercent",
    },
)
class DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerWarmup:
    def __init__(
        self,
        *,
        duration: builtins.str,
        aggression: typing.Optional[jsii.Number] = None,
        minimum_percent: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''Represents the warmup configuration of Service.

        :param duration: 
        :param aggression: This parameter controls the speed of traffic increase over the warmup duration.
        :param minimum_percent: 

        :schema: DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerWarmup
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__71e03b7b616afc3caf0170331ce7e128b5f8ce81e1716cc9a713444573dfd149)
            check_type(argname="argument duration", value=duration, expected_type=type_hints["duration"])
            check_type(argname="argument aggression", value=aggression, expected_type=type_hints["aggression"])
            check_type(argname="argument minimum_percent", value=minimum_percent, expected_type=type_hints["minimum_percent"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "duration": duration,
        }
        if aggression is not None:
            self._values["aggression"] = aggression
        if minimum_percent is not None:
            self._values["minimum_percent"] = minimum_percent

    @builtins.property
    def duration(self) -> builtins.str:
        '''
        :schema: DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerWarmup#duration
        '''
        result = self._values.get("duration")
        assert result is not None, "Required property 'duration' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def aggression(self) -> typing.Optional[jsii.Number]:
        '''This parameter controls the speed of traffic increase over the warmup duration.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerWarmup#aggression
        '''
        result = self._values.get("aggression")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def minimum_percent(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerWarmup#minimumPercent
        '''
        result = self._values.get("minimum_percent")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerWarmup(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_ioistionetworking.DestinationRuleSpecSubsetsTrafficPolicyOutlierDetection",
    jsii_struct_bases=[],
    name_mapping={
        "base_ejection_time": "baseEjectionTime",
        "consecutive5_xx_errors": "consecutive5XxErrors",
        "consecutive_errors": "consecutiveErrors",
        "consecutive_gateway_errors": "consecutiveGatewayErrors",
        "consecutive_local_origin_failures": "consecutiveLocalOriginFailures",
        "interval": "interval",
        "max_ejection_percent": "maxEjectionPercent",
        "min_health_percent": "minHealthPercent",
        "split_external_local_origin_errors": "splitExternalLocalOriginErrors",
    },
)
class DestinationRuleSpecSubsetsTrafficPolicyOutlierDetection:
    def __init__(
        self,
        *,
        base_ejection_time: typing.Optional[builtins.str] = None,
        consecutive5_xx_errors: typing.Optional[jsii.Number] = None,
        consecutive_errors: typing.Optional[jsii.Number] = None,
        consecutive_gateway_errors: typing.Optional[jsii.Number] = None,
        consecutive_local_origin_failures: typing.Optional[jsii.Number] = None,
        interval: typing.Optional[builtins.str] = None,
        max_ejection_percent: typing.Optional[jsii.Number] = None,
        min_health_percent: typing.Optional[jsii.Number] = None,
        split_external_local_origin_errors: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''
        :param base_ejection_time: Minimum ejection duration.
        :param consecutive5_xx_errors: Number of 5xx errors before a host is ejected from the connection pool.
        :param consecutive_errors: 
        :param consecutive_gateway_errors: Number of gateway errors before a host is ejected from the connection pool.
        :param consecutive_local_origin_failures: The number of consecutive locally originated failures before ejection occurs.
        :param interval: Time interval between ejection sweep analysis.
        :param max_ejection_percent: Maximum % of hosts in the load balancing pool for the upstream service that can be ejected.
        :param min_health_percent: Outlier detection will be enabled as long as the associated load balancing pool has at least ``minHealthPercent`` hosts in healthy mode.
        :param split_external_local_origin_errors: Determines whether to distinguish local origin failures from external errors.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyOutlierDetection
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c252659cbf544c4a04c7ea781065cdf5cced99d67d1cfdf62d0c3c4dac64c9c6)
            check_type(argname="argument base_ejection_time", value=base_ejection_time, expected_type=type_hints["base_ejection_time"])
            check_type(argname="argument consecutive5_xx_errors", value=consecutive5_xx_errors, expected_type=type_hints["consecutive5_xx_errors"])
            check_type(argname="argument consecutive_errors", value=consecutive_errors, expected_type=type_hints["consecutive_errors"])
            check_type(argname="argument consecutive_gateway_errors", value=consecutive_gateway_errors, expected_type=type_hints["consecutive_gateway_errors"])
            check_type(argname="argument consecutive_local_origin_failures", value=consecutive_local_origin_failures, expected_type=type_hints["consecutive_local_origin_failures"])
            check_type(argname="argument interval", value=interval, expected_type=type_hints["interval"])
            check_type(argname="argument max_ejection_percent", value=max_ejection_percent, expected_type=type_hints["max_ejection_percent"])
            check_type(argname="argument min_health_percent", value=min_health_percent, expected_type=type_hints["min_health_percent"])
            check_type(argname="argument split_external_local_origin_errors", value=split_external_local_origin_errors, expected_type=type_hints["split_external_local_origin_errors"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if base_ejection_time is not None:
            self._values["base_ejection_time"] = base_ejection_time
        if consecutive5_xx_errors is not None:
            self._values["consecutive5_xx_errors"] = consecutive5_xx_errors
        if consecutive_errors is not None:
            self._values["consecutive_errors"] = consecutive_errors
        if consecutive_gateway_errors is not None:
            self._values["consecutive_gateway_errors"] = consecutive_gateway_errors
        if consecutive_local_origin_failures is not None:
            self._values["consecutive_local_origin_failures"] = consecutive_local_origin_failures
        if interval is not None:
            self._values["interval"] = interval
        if max_ejection_percent is not None:
            self._values["max_ejection_percent"] = max_ejection_percent
        if min_health_percent is not None:
            self._values["min_health_percent"] = min_health_percent
        if split_external_local_origin_errors is not None:
            self._values["split_external_local_origin_errors"] = split_external_local_origin_errors

    @builtins.property
    def base_ejection_time(self) -> typing.Optional[builtins.str]:
        '''Minimum ejection duration.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyOutlierDetection#baseEjectionTime
        '''
        result = self._values.get("base_ejection_time")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def consecutive5_xx_errors(self) -> typing.Optional[jsii.Number]:
        '''Number of 5xx errors before a host is ejected from the connection pool.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyOutlierDetection#consecutive5xxErrors
        '''
        result = self._values.get("consecutive5_xx_errors")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def consecutive_errors(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: DestinationRuleSpecSubsetsTrafficPolicyOutlierDetection#consecutiveErrors
        '''
        result = self._values.get("consecutive_errors")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def consecutive_gateway_errors(self) -> typing.Optional[jsii.Number]:
        '''Number of gateway errors before a host is ejected from the connection pool.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyOutlierDetection#consecutiveGatewayErrors
        '''
        result = self._values.get("consecutive_gateway_errors")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def consecutive_local_origin_failures(self) -> typing.Optional[jsii.Number]:
        '''The number of consecutive locally originated failures before ejection occurs.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyOutlierDetection#consecutiveLocalOriginFailures
        '''
        result = self._values.get("consecutive_local_origin_failures")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def interval(self) -> typing.Optional[builtins.str]:
        '''Time interval between ejection sweep analysis.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyOutlierDetection#interval
        '''
        result = self._values.get("interval")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def max_ejection_percent(self) -> typing.Optional[jsii.Number]:
        '''Maximum % of hosts in the load balancing pool for the upstream service that can be ejected.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyOutlierDetection#maxEjectionPercent
        '''
        result = self._values.get("max_ejection_percent")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def min_health_percent(self) -> typing.Optional[jsii.Number]:
        '''Outlier detection will be enabled as long as the associated load balancing pool has at least ``minHealthPercent`` hosts in healthy mode.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyOutlierDetection#minHealthPercent
        '''
        result = self._values.get("min_health_percent")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def split_external_local_origin_errors(self) -> typing.Optional[builtins.bool]:
        '''Determines whether to distinguish local origin failures from external errors.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyOutlierDetection#splitExternalLocalOriginErrors
        '''
        result = self._values.get("split_external_local_origin_errors")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecSubsetsTrafficPolicyOutlierDetection(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_ioistionetworking.DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettings",
    jsii_struct_bases=[],
    name_mapping={
        "connection_pool": "connectionPool",
        "load_balancer": "loadBalancer",
        "outlier_detection": "outlierDetection",
        "port": "port",
        "tls": "tls",
    },
)
class DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettings:
    def __init__(
        self,
        *,
        connection_pool: typing.Optional[typing.Union["DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPool", typing.Dict[builtins.str, typing.Any]]] = None,
        load_balancer: typing.Optional[typing.Union["DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancer", typing.Dict[builtins.str, typing.Any]]] = None,
        outlier_detection: typing.Optional[typing.Union["DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsOutlierDetection", typing.Dict[builtins.str, typing.Any]]] = None,
        port: typing.Optional[typing.Union["DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsPort", typing.Dict[builtins.str, typing.Any]]] = None,
        tls: typing.Optional[typing.Union["DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsTls", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param connection_pool: 
        :param load_balancer: Settings controlling the load balancer algorithms.
        :param outlier_detection: 
        :param port: Specifies the number of a port on the destination service on which this policy is being applied.
        :param tls: TLS related settings for connections to the upstream service.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettings
        '''
        if isinstance(connection_pool, dict):
            connection_pool = DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPool(**connection_pool)
        if isinstance(load_balancer, dict):
            load_balancer = DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancer(**load_balancer)
        if isinstance(outlier_detection, dict):
            outlier_detection = DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsOutlierDetection(**outlier_detection)
        if isinstance(port, dict):
            port = DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsPort(**port)
        if isinstance(tls, dict):
            tls = DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsTls(**tls)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e1288d2da0d3b18a6b769026e0761af6f1302483fb6dbfd429abd3f434946613)
            check_type(argname="argument connection_pool", value=connection_pool, expected_type=type_hints["connection_pool"])
            check_type(argname="argument load_balancer", value=load_balancer, expected_type=type_hints["load_balancer"])
            check_type(argname="argument outlier_detection", value=outlier_detection, expected_type=type_hints["outlier_detection"])
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
            check_type(argname="argument tls", value=tls, expected_type=type_hints["tls"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if connection_pool is not None:
            self._values["connection_pool"] = connection_pool
        if load_balancer is not None:
            self._values["load_balancer"] = load_balancer
        if outlier_detection is not None:
            self._values["outlier_detection"] = outlier_detection
        if port is not None:
            self._values["port"] = port
        if tls is not None:
            self._values["tls"] = tls

    @builtins.property
    def connection_pool(
        self,
    ) -> typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPool"]:
        '''
        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettings#connectionPool
        '''
        result = self._values.get("connection_pool")
        return typing.cast(typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPool"], result)

    @builtins.property
    def load_balancer(
        self,
    ) -> typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancer"]:
        '''Settings controlling the load balancer algorithms.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettings#loadBalancer
        '''
        result = self._values.get("load_balancer")
        return typing.cast(typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancer"], result)

    @builtins.property
    def outlier_detection(
        self,
    ) -> typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsOutlierDetection"]:
        '''
        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettings#outlierDetection
        '''
        result = self._values.get("outlier_detection")
        return typing.cast(typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsOutlierDetection"], result)

    @builtins.property
    def port(
        self,
    ) -> typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsPort"]:
        '''Specifies the number of a port on the destination service on which this policy is being applied.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettings#port
        '''
        result = self._values.get("port")
        return typing.cast(typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsPort"], result)

    @builtins.property
    def tls(
        self,
    ) -> typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsTls"]:
        '''TLS related settings for connections to the upstream service.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettings#tls
        '''
        result = self._values.get("tls")
        return typing.cast(typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsTls"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettings(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_ioistionetworking.DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPool",
    jsii_struct_bases=[],
    name_mapping={"http": "http", "tcp": "tcp"},
)
class DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPool:
    def __init__(
        self,
        *,
        http: typing.Optional[typing.Union["DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolHttp", typing.Dict[builtins.str, typing.Any]]] = None,
        tcp: typing.Optional[typing.Union["DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolTcp", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param http: HTTP connection pool settings.
        :param tcp: Settings common to both HTTP and TCP upstream connections.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPool
        '''
        if isinstance(http, dict):
            http = DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolHttp(**http)
        if isinstance(tcp, dict):
            tcp = DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolTcp(**tcp)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__7508c0b2033554a29d498afb6f13e73447632a05bc4860ffcca5985523c60104)
            check_type(argname="argument http", value=http, expected_type=type_hints["http"])
            check_type(argname="argument tcp", value=tcp, expected_type=type_hints["tcp"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if http is not None:
            self._values["http"] = http
        if tcp is not None:
            self._values["tcp"] = tcp

    @builtins.property
    def http(
        self,
    ) -> typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolHttp"]:
        '''HTTP connection pool settings.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPool#http
        '''
        result = self._values.get("http")
        return typing.cast(typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolHttp"], result)

    @builtins.property
    def tcp(
        self,
    ) -> typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolTcp"]:
        '''Settings common to both HTTP and TCP upstream connections.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPool#tcp
        '''
        result = self._values.get("tcp")
        return typing.cast(typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolTcp"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPool(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_ioistionetworking.DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolHttp",
    jsii_struct_bases=[],
    name_mapping={
        "h2_upgrade_policy": "h2UpgradePolicy",
        "http1_max_pending_requests": "http1MaxPendingRequests",
        "http2_max_requests": "http2MaxRequests",
        "idle_timeout": "idleTimeout",
        "max_concurrent_streams": "maxConcurrentStreams",
        "max_requests_per_connection": "maxRequestsPerConnection",
        "max_retries": "maxRetries",
        "use_client_protocol": "useClientProtocol",
    },
)
class DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolHttp:
    def __init__(
        self,
        *,
        h2_upgrade_policy: typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolHttpH2UpgradePolicy"] = None,
        http1_max_pending_requests: typing.Optional[jsii.Number] = None,
        http2_max_requests: typing.Optional[jsii.Number] = None,
        idle_timeout: typing.Optional[builtins.str] = None,
        max_concurrent_streams: typing.Optional[jsii.Number] = None,
        max_requests_per_connection: typing.Optional[jsii.Number] = None,
        max_retries: typing.Optional[jsii.Number] = None,
        use_client_protocol: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''HTTP connection pool settings.

        :param h2_upgrade_policy: Specify if http1.1 connection should be upgraded to http2 for the associated destination. Valid Options: DEFAULT, DO_NOT_UPGRADE, UPGRADE
        :param http1_max_pending_requests: Maximum number of requests that will be queued while waiting for a ready connection pool connection.
        :param http2_max_requests: Maximum number of active requests to a destination.
        :param idle_timeout: The idle timeout for upstream connection pool connections.
        :param max_concurrent_streams: The maximum number of concurrent streams allowed for a peer on one HTTP/2 connection.
        :param max_requests_per_connection: Maximum number of requests per connection to a backend.
        :param max_retries: Maximum number of retries that can be outstanding to all hosts in a cluster at a given time.
        :param use_client_protocol: If set to true, client protocol will be preserved while initiating connection to backend.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolHttp
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d6954a644cbe188394ddb874592420c08a3405a109eba19843e1d2387bfe2746)
            check_type(argname="argument h2_upgrade_policy", value=h2_upgrade_policy, expected_type=type_hints["h2_upgrade_policy"])
            check_type(argname="argument http1_max_pending_requests", value=http1_max_pending_requests, expected_type=type_hints["http1_max_pending_requests"])
            check_type(argname="argument http2_max_requests", value=http2_max_requests, expected_type=type_hints["http2_max_requests"])
            check_type(argname="argument idle_timeout", value=idle_timeout, expected_type=type_hints["idle_timeout"])
            check_type(argname="argument max_concurrent_streams", value=max_concurrent_streams, expected_type=type_hints["max_concurrent_streams"])
            check_type(argname="argument max_requests_per_connection", value=max_requests_per_connection, expected_type=type_hints["max_requests_per_connection"])
            check_type(argname="argument max_retries", value=max_retries, expected_type=type_hints["max_retries"])
            check_type(argname="argument use_client_protocol", value=use_client_protocol, expected_type=type_hints["use_client_protocol"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if h2_upgrade_policy is not None:
            self._values["h2_upgrade_policy"] = h2_upgrade_policy
        if http1_max_pending_requests is not None:
            self._values["http1_max_pending_requests"] = http1_max_pending_requests
        if http2_max_requests is not None:
            self._values["http2_max_requests"] = http2_max_requests
        if idle_timeout is not None:
            self._values["idle_timeout"] = idle_timeout
        if max_concurrent_streams is not None:
            self._values["max_concurrent_streams"] = max_concurrent_streams
        if max_requests_per_connection is not None:
            self._values["max_requests_per_connection"] = max_requests_per_connection
        if max_retries is not None:
            self._values["max_retries"] = max_retries
        if use_client_protocol is not None:
            self._values["use_client_protocol"] = use_client_protocol

    @builtins.property
    def h2_upgrade_policy(
        self,
    ) -> typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolHttpH2UpgradePolicy"]:
        '''Specify if http1.1 connection should be upgraded to http2 for the associated destination.

        Valid Options: DEFAULT, DO_NOT_UPGRADE, UPGRADE

        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolHttp#h2UpgradePolicy
        '''
        result = self._values.get("h2_upgrade_policy")
        return typing.cast(typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolHttpH2UpgradePolicy"], result)

    @builtins.property
    def http1_max_pending_requests(self) -> typing.Optional[jsii.Number]:
        '''Maximum number of requests that will be queued while waiting for a ready connection pool connection.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolHttp#http1MaxPendingRequests
        '''
        result = self._values.get("http1_max_pending_requests")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def http2_max_requests(self) -> typing.Optional[jsii.Number]:
        '''Maximum number of active requests to a destination.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolHttp#http2MaxRequests
        '''
        result = self._values.get("http2_max_requests")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def idle_timeout(self) -> typing.Optional[builtins.str]:
        '''The idle timeout for upstream connection pool connections.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolHttp#idleTimeout
        '''
        result = self._values.get("idle_timeout")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def max_concurrent_streams(self) -> typing.Optional[jsii.Number]:
        '''The maximum number of concurrent streams allowed for a peer on one HTTP/2 connection.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolHttp#maxConcurrentStreams
        '''
        result = self._values.get("max_concurrent_streams")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def max_requests_per_connection(self) -> typing.Optional[jsii.Number]:
        '''Maximum number of requests per connection to a backend.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolHttp#maxRequestsPerConnection
        '''
        result = self._values.get("max_requests_per_connection")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def max_retries(self) -> typing.Optional[jsii.Number]:
        '''Maximum number of retries that can be outstanding to all hosts in a cluster at a given time.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolHttp#maxRetries
        '''
        result = self._values.get("max_retries")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def use_client_protocol(self) -> typing.Optional[builtins.bool]:
        '''If set to true, client protocol will be preserved while initiating connection to backend.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolHttp#useClientProtocol
        '''
        result = self._values.get("use_client_protocol")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolHttp(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="istio_ioistionetworking.DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolHttpH2UpgradePolicy"
)
class DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolHttpH2UpgradePolicy(
    enum.Enum,
):
    '''Specify if http1.1 connection should be upgraded to http2 for the associated destination.

    Valid Options: DEFAULT, DO_NOT_UPGRADE, UPGRADE

    :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolHttpH2UpgradePolicy
    '''

    DEFAULT = "DEFAULT"
    '''DEFAULT.'''
    DO_UNDERSCORE_NOT_UNDERSCORE_UPGRADE = "DO_UNDERSCORE_NOT_UNDERSCORE_UPGRADE"
    '''DO_NOT_UPGRADE.'''
    UPGRADE = "UPGRADE"
    '''UPGRADE.'''


@jsii.data_type(
    jsii_type="istio_ioistionetworking.DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolTcp",
    jsii_struct_bases=[],
    name_mapping={
        "connect_timeout": "connectTimeout",
        "idle_timeout": "idleTimeout",
        "max_connection_duration": "maxConnectionDuration",
        "max_connections": "maxConnections",
        "tcp_keepalive": "tcpKeepalive",
    },
)
class DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolTcp:
    def __init__(
        self,
        *,
        connect_timeout: typing.Optional[builtins.str] = None,
        idle_timeout: typing.Optional[builtins.str] = None,
        max_connection_duration: typing.Optional[builtins.str] = None,
        max_connections: typing.Optional[jsii.Number] = None,
        tcp_keepalive: typing.Optional[typing.Union["DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolTcpTcpKeepalive", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Settings common to both HTTP and TCP upstream connections.

        :param connect_timeout: TCP connection timeout.
        :param idle_timeout: The idle timeout for TCP connections.
        :param max_connection_duration: The maximum duration of a connection.
        :param max_connections: Maximum number of HTTP1 /TCP connections to a destination host.
        :param tcp_keepalive: If set then set SO_KEEPALIVE on the socket to enable TCP Keepalives.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolTcp
        '''
        if isinstance(tcp_keepalive, dict):
            tcp_keepalive = DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolTcpTcpKeepalive(**tcp_keepalive)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a9a60ffb92912c58516bfa7cd8bde8af490946318d869bb067d12695217874a1)
            check_type(argname="argument connect_timeout", value=connect_timeout, expected_type=type_hints["connect_timeout"])
            check_type(argname="argument idle_timeout", value=idle_timeout, expected_type=type_hints["idle_timeout"])
            check_type(argname="argument max_connection_duration", value=max_connection_duration, expected_type=type_hints["max_connection_duration"])
            check_type(argname="argument max_connections", value=max_connections, expected_type=type_hints["max_connections"])
            check_type(argname="argument tcp_keepalive", value=tcp_keepalive, expected_type=type_hints["tcp_keepalive"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if connect_timeout is not None:
            self._values["connect_timeout"] = connect_timeout
        if idle_timeout is not None:
            self._values["idle_timeout"] = idle_timeout
        if max_connection_duration is not None:
            self._values["max_connection_duration"] = max_connection_duration
        if max_connections is not None:
            self._values["max_connections"] = max_connections
        if tcp_keepalive is not None:
            self._values["tcp_keepalive"] = tcp_keepalive

    @builtins.property
    def connect_timeout(self) -> typing.Optional[builtins.str]:
        '''TCP connection timeout.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolTcp#connectTimeout
        '''
        result = self._values.get("connect_timeout")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def idle_timeout(self) -> typing.Optional[builtins.str]:
        '''The idle timeout for TCP connections.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolTcp#idleTimeout
        '''
        result = self._values.get("idle_timeout")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def max_connection_duration(self) -> typing.Optional[builtins.str]:
        '''The maximum duration of a connection.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolTcp#maxConnectionDuration
        '''
        result = self._values.get("max_connection_duration")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def max_connections(self) -> typing.Optional[jsii.Number]:
        '''Maximum number of HTTP1 /TCP connections to a destination host.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolTcp#maxConnections
        '''
        result = self._values.get("max_connections")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def tcp_keepalive(
        self,
    ) -> typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolTcpTcpKeepalive"]:
        '''If set then set SO_KEEPALIVE on the socket to enable TCP Keepalives.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolTcp#tcpKeepalive
        '''
        result = self._values.get("tcp_keepalive")
        return typing.cast(typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolTcpTcpKeepalive"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolTcp(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_ioistionetworking.DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolTcpTcpKeepalive",
    jsii_struct_bases=[],
    name_mapping={"interval": "interval", "probes": "probes", "time": "time"},
)
class DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolTcpTcpKeepalive:
    def __init__(
        self,
        *,
        interval: typing.Optional[builtins.str] = None,
        probes: typing.Optional[jsii.Number] = None,
        time: typing.Optional[builtins.str] = None,
    ) -> None:
        '''If set then set SO_KEEPALIVE on the socket to enable TCP Keepalives.

        :param interval: The time duration between keep-alive probes.
        :param probes: Maximum number of keepalive probes to send without response before deciding the connection is dead.
        :param time: The time duration a connection needs to be idle before keep-alive probes start being sent.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolTcpTcpKeepalive
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__fad07ad599a27049d8a491d101fd79602e45cb31e14da82073384bd6909c07a0)
            check_type(argname="argument interval", value=interval, expected_type=type_hints["interval"])
            check_type(argname="argument probes", value=probes, expected_type=type_hints["probes"])
            check_type(argname="argument time", value=time, expected_type=type_hints["time"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if interval is not None:
            self._values["interval"] = interval
        if probes is not None:
            self._values["probes"] = probes
        if time is not None:
            self._values["time"] = time

    @builtins.property
    def interval(self) -> typing.Optional[builtins.str]:
        '''The time duration between keep-alive probes.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolTcpTcpKeepalive#interval
        '''
        result = self._values.get("interval")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def probes(self) -> typing.Optional[jsii.Number]:
        '''Maximum number of keepalive probes to send without response before deciding the connection is dead.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolTcpTcpKeepalive#probes
        '''
        result = self._values.get("probes")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def time(self) -> typing.Optional[builtins.str]:
        '''The time duration a connection needs to be idle before keep-alive probes start being sent.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolTcpTcpKeepalive#time
        '''
        result = self._values.get("time")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolTcpTcpKeepalive(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_ioistionetworking.DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancer",
    jsii_struct_bases=[],
    name_mapping={
        "consistent_hash": "consistentHash",
        "locality_lb_setting": "localityLbSetting",
        "simple": "simple",
        "warmup": "warmup",
        "warmup_duration_secs": "warmupDurationSecs",
    },
)
class DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancer:
    def __init__(
        self,
        *,
        consistent_hash: typing.Optional[typing.Union["DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHash", typing.Dict[builtins.str, typing.Any]]] = None,
        locality_lb_setting: typing.Optional[typing.Union["DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSetting", typing.Dict[builtins.str, typing.Any]]] = None,
        simple: typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerSimple"] = None,
        warmup: typing.Optional[typing.Union["DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerWarmup", typing.Dict[builtins.str, typing.Any]]] = None,
        warmup_duration_secs: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Settings controlling the load balancer algorithms.

        :param consistent_hash: 
        :param locality_lb_setting: 
        :param simple: Valid Options: LEAST_CONN, RANDOM, PASSTHROUGH, ROUND_ROBIN, LEAST_REQUEST.
        :param warmup: Represents the warmup configuration of Service.
        :param warmup_duration_secs: Deprecated: use ``warmup`` instead.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancer
        '''
        if isinstance(consistent_hash, dict):
            consistent_hash = DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHash(**consistent_hash)
        if isinstance(locality_lb_setting, dict):
            locality_lb_setting = DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSetting(**locality_lb_setting)
        if isinstance(warmup, dict):
            warmup = DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerWarmup(**warmup)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a5ecb92f41886729a52fb4e6c4a3408e9182786ea4c60cc8ade9839c2ad884ca)
            check_type(argname="argument consistent_hash", value=consistent_hash, expected_type=type_hints["consistent_hash"])
            check_type(argname="argument locality_lb_setting", value=locality_lb_setting, expected_type=type_hints["locality_lb_setting"])
            check_type(argname="argument simple", value=simple, expected_type=type_hints["simple"])
            check_type(argname="argument warmup", value=warmup, expected_type=type_hints["warmup"])
            check_type(argname="argument warmup_duration_secs", value=warmup_duration_secs, expected_type=type_hints["warmup_duration_secs"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if consistent_hash is not None:
            self._values["consistent_hash"] = consistent_hash
        if locality_lb_setting is not None:
            self._values["locality_lb_setting"] = locality_lb_setting
        if simple is not None:
            self._values["simple"] = simple
        if warmup is not None:
            self._values["warmup"] = warmup
        if warmup_duration_secs is not None:
            self._values["warmup_duration_secs"] = warmup_duration_secs

    @builtins.property
    def consistent_hash(
        self,
    ) -> typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHash"]:
        '''
        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancer#consistentHash
        '''
        result = self._values.get("consistent_hash")
        return typing.cast(typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHash"], result)

    @builtins.property
    def locality_lb_setting(
        self,
    ) -> typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSetting"]:
        '''
        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancer#localityLbSetting
        '''
        result = self._values.get("locality_lb_setting")
        return typing.cast(typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSetting"], result)

    @builtins.property
    def simple(
        self,
    ) -> typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerSimple"]:
        '''Valid Options: LEAST_CONN, RANDOM, PASSTHROUGH, ROUND_ROBIN, LEAST_REQUEST.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancer#simple
        '''
        result = self._values.get("simple")
        return typing.cast(typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerSimple"], result)

    @builtins.property
    def warmup(
        self,
    ) -> typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerWarmup"]:
        '''Represents the warmup configuration of Service.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancer#warmup
        '''
        result = self._values.get("warmup")
        return typing.cast(typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerWarmup"], result)

    @builtins.property
    def warmup_duration_secs(self) -> typing.Optional[builtins.str]:
        '''Deprecated: use ``warmup`` instead.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancer#warmupDurationSecs
        '''
        result = self._values.get("warmup_duration_secs")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancer(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_ioistionetworking.DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHash",
    jsii_struct_bases=[],
    name_mapping={
        "http_cookie": "httpCookie",
        "http_header_name": "httpHeaderName",
        "http_query_parameter_name": "httpQueryParameterName",
        "maglev": "maglev",
        "minimum_ring_size": "minimumRingSize",
        "ring_hash": "ringHash",
        "use_source_ip": "useSourceIp",
    },
)
class DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHash:
    def __init__(
        self,
        *,
        http_cookie: typing.Optional[typing.Union["DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookie", typing.Dict[builtins.str, typing.Any]]] = None,
        http_header_name: typing.Optional[builtins.str] = None,
        http_query_parameter_name: typing.Optional[builtins.str] = None,
        maglev: typing.Optional[typing.Union["DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashMaglev", typing.Dict[builtins.str, typing.Any]]] = None,
        minimum_ring_size: typing.Optional[jsii.Number] = None,
        ring_hash: typing.Optional[typing.Union["DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashRingHash", typing.Dict[builtins.str, typing.Any]]] = None,
        use_source_ip: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''
        :param http_cookie: Hash based on HTTP cookie.
        :param http_header_name: Hash based on a specific HTTP header.
        :param http_query_parameter_name: Hash based on a specific HTTP query parameter.
        :param maglev: The Maglev load balancer implements consistent hashing to backend hosts.
        :param minimum_ring_size: Deprecated.
        :param ring_hash: The ring/modulo hash load balancer implements consistent hashing to backend hosts.
        :param use_source_ip: Hash based on the source IP address.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHash
        '''
        if isinstance(http_cookie, dict):
            http_cookie = DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookie(**http_cookie)
        if isinstance(maglev, dict):
            maglev = DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashMaglev(**maglev)
        if isinstance(ring_hash, dict):
            ring_hash = DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashRingHash(**ring_hash)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__96687df2bc5ccfa85b19a3daacd3d0570f08a0a0d7ed2d60fa6300f13db33101)
            check_type(argname="argument http_cookie", value=http_cookie, expected_type=type_hints["http_cookie"])
            check_type(argname="argument http_header_name", value=http_header_name, expected_type=type_hints["http_header_name"])
            check_type(argname="argument http_query_parameter_name", value=http_query_parameter_name, expected_type=type_hints["http_query_parameter_name"])
            check_type(argname="argument maglev", value=maglev, expected_type=type_hints["maglev"])
            check_type(argname="argument minimum_ring_size", value=minimum_ring_size, expected_type=type_hints["minimum_ring_size"])
            check_type(argname="argument ring_hash", value=ring_hash, expected_type=type_hints["ring_hash"])
            check_type(argname="argument use_source_ip", value=use_source_ip, expected_type=type_hints["use_source_ip"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if http_cookie is not None:
            self._values["http_cookie"] = http_cookie
        if http_header_name is not None:
            self._values["http_header_name"] = http_header_name
        if http_query_parameter_name is not None:
            self._values["http_query_parameter_name"] = http_query_parameter_name
        if maglev is not None:
            self._values["maglev"] = maglev
        if minimum_ring_size is not None:
            self._values["minimum_ring_size"] = minimum_ring_size
        if ring_hash is not None:
            self._values["ring_hash"] = ring_hash
        if use_source_ip is not None:
            self._values["use_source_ip"] = use_source_ip

    @builtins.property
    def http_cookie(
        self,
    ) -> typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookie"]:
        '''Hash based on HTTP cookie.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHash#httpCookie
        '''
        result = self._values.get("http_cookie")
        return typing.cast(typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookie"], result)

    @builtins.property
    def http_header_name(self) -> typing.Optional[builtins.str]:
        '''Hash based on a specific HTTP header.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHash#httpHeaderName
        '''
        result = self._values.get("http_header_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def http_query_parameter_name(self) -> typing.Optional[builtins.str]:
        '''Hash based on a specific HTTP query parameter.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHash#httpQueryParameterName
        '''
        result = self._values.get("http_query_parameter_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def maglev(
        self,
    ) -> typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashMaglev"]:
        '''The Maglev load balancer implements consistent hashing to backend hosts.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHash#maglev
        '''
        result = self._values.get("maglev")
        return typing.cast(typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashMaglev"], result)

    @builtins.property
    def minimum_ring_size(self) -> typing.Optional[jsii.Number]:
        '''Deprecated.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHash#minimumRingSize
        '''
        result = self._values.get("minimum_ring_size")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def ring_hash(
        self,
    ) -> typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashRingHash"]:
        '''The ring/modulo hash load balancer implements consistent hashing to backend hosts.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHash#ringHash
        '''
        result = self._values.get("ring_hash")
        return typing.cast(typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashRingHash"], result)

    @builtins.property
    def use_source_ip(self) -> typing.Optional[builtins.bool]:
        '''Hash based on the source IP address.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHash#useSourceIp
        '''
        result = self._values.get("use_source_ip")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHash(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_ioistionetworking.DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookie",
    jsii_struct_bases=[],
    name_mapping={
        "name": "name",
        "attributes": "attributes",
        "path": "path",
        "ttl": "ttl",
    },
)
class DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookie:
    def __init__(
        self,
        *,
        name: builtins.str,
        attributes: typing.Optional[typing.Sequence[typing.Union["DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookieAttributes", typing.Dict[builtins.str, typing.Any]]]] = None,
        path: typing.Optional[builtins.str] = None,
        ttl: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Hash based on HTTP cookie.

        :param name: Name of the cookie.
        :param attributes: Additional attributes for the cookie.
        :param path: Path to set for the cookie.
        :param ttl: Lifetime of the cookie.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookie
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__654106c00ac1685b5dd6027b241d669888699510d87899712acb4aebd35b3743)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument attributes", value=attributes, expected_type=type_hints["attributes"])
            check_type(argname="argument path", value=path, expected_type=type_hints["path"])
            check_type(argname="argument ttl", value=ttl, expected_type=type_hints["ttl"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if attributes is not None:
            self._values["attributes"] = attributes
        if path is not None:
            self._values["path"] = path
        if ttl is not None:
            self._values["ttl"] = ttl

    @builtins.property
    def name(self) -> builtins.str:
        '''Name of the cookie.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookie#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def attributes(
        self,
    ) -> typing.Optional[typing.List["DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookieAttributes"]]:
        '''Additional attributes for the cookie.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookie#attributes
        '''
        result = self._values.get("attributes")
        return typing.cast(typing.Optional[typing.List["DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookieAttributes"]], result)

    @builtins.property
    def path(self) -> typing.Optional[builtins.str]:
        '''Path to set for the cookie.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookie#path
        '''
        result = self._values.get("path")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def ttl(self) -> typing.Optional[builtins.str]:
        '''Lifetime of the cookie.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookie#ttl
        '''
        result = self._values.get("ttl")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookie(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_ioistionetworking.DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookieAttributes",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "value": "value"},
)
class DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookieAttributes:
    def __init__(
        self,
        *,
        name: builtins.str,
        value: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param name: The name of the cookie attribute.
        :param value: The optional value of the cookie attribute.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookieAttributes
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__45be8d331309f2439ab221239c0e1250b3c50b7043f28def73a941ece6c4aa46)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if value is not None:
            self._values["value"] = value

    @builtins.property
    def name(self) -> builtins.str:
        '''The name of the cookie attribute.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookieAttributes#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def value(self) -> typing.Optional[builtins.str]:
        '''The optional value of the cookie attribute.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookieAttributes#value
        '''
        result = self._values.get("value")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookieAttributes(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_ioistionetworking.DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashMaglev",
    jsii_struct_bases=[],
    name_mapping={"table_size": "tableSize"},
)
class DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashMaglev:
    def __init__(self, *, table_size: typing.Optional[jsii.Number] = None) -> None:
        '''The Maglev load balancer implements consistent hashing to backend hosts.

        :param table_size: The table size for Maglev hashing.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashMaglev
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__92b6e3b71be3ca9977bc9baa3cd4509dd4f4e7f7841fce4d897893c3e684e545)
            check_type(argname="argument table_size", value=table_size, expected_type=type_hints["table_size"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if table_size is not None:
            self._values["table_size"] = table_size

    @builtins.property
    def table_size(self) -> typing.Optional[jsii.Number]:
        '''The table size for Maglev hashing.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashMaglev#tableSize
        '''
        result = self._values.get("table_size")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashMaglev(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_ioistionetworking.DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashRingHash",
    jsii_struct_bases=[],
    name_mapping={"minimum_ring_size": "minimumRingSize"},
)
class DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashRingHash:
    def __init__(
        self,
        *,
        minimum_ring_size: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''The ring/modulo hash load balancer implements consistent hashing to backend hosts.

        :param minimum_ring_size: The minimum number of virtual nodes to use for the hash ring.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashRingHash
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ead2ec351aef3e72727cdacb34fbb32ac8d13f3544a684fca0384867ad088aae)
            check_type(argname="argument minimum_ring_size", value=minimum_ring_size, expected_type=type_hints["minimum_ring_size"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if minimum_ring_size is not None:
            self._values["minimum_ring_size"] = minimum_ring_size

    @builtins.property
    def minimum_ring_size(self) -> typing.Optional[jsii.Number]:
        '''The minimum number of virtual nodes to use for the hash ring.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashRingHash#minimumRingSize
        '''
        result = self._values.get("minimum_ring_size")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashRingHash(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_ioistionetworking.DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSetting",
    jsii_struct_bases=[],
    name_mapping={
        "distribute": "distribute",
        "enabled": "enabled",
        "failover": "failover",
        "failover_priority": "failoverPriority",
    },
)
class DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSetting:
    def __init__(
        self,
        *,
        distribute: typing.Optional[typing.Sequence[typing.Union["DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingDistribute", typing.Dict[builtins.str, typing.Any]]]] = None,
        enabled: typing.Optional[builtins.bool] = None,
        failover: typing.Optional[typing.Sequence[typing.Union["DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingFailover", typing.Dict[builtins.str, typing.Any]]]] = None,
        failover_priority: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''
        :param distribute: Optional: only one of distribute, failover or failoverPriority can be set.
        :param enabled: Enable locality load balancing.
        :param failover: Optional: only one of distribute, failover or failoverPriority can be set.
        :param failover_priority: failoverPriority is an ordered list of labels used to sort endpoints to do priority based load balancing.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSetting
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__1fd263216a3339e1fc6c85c365341463ad059365f4e7054587c90775b9da6e1e)
            check_type(argname="argument distribute", value=distribute, expected_type=type_hints["distribute"])
            check_type(argname="argument enabled", value=enabled, expected_type=type_hints["enabled"])
            check_type(argname="argument failover", value=failover, expected_type=type_hints["failover"])
            check_type(argname="argument failover_priority", value=failover_priority, expected_type=type_hints["failover_priority"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if distribute is not None:
            self._values["distribute"] = distribute
        if enabled is not None:
            self._values["enabled"] = enabled
        if failover is not None:
            self._values["failover"] = failover
        if failover_priority is not None:
            self._values["failover_priority"] = failover_priority

    @builtins.property
    def distribute(
        self,
    ) -> typing.Optional[typing.List["DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingDistribute"]]:
        '''Optional: only one of distribute, failover or failoverPriority can be set.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSetting#distribute
        '''
        result = self._values.get("distribute")
        return typing.cast(typing.Optional[typing.List["DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingDistribute"]], result)

    @builtins.property
    def enabled(self) -> typing.Optional[builtins.bool]:
        '''Enable locality load balancing.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSetting#enabled
        '''
        result = self._values.get("enabled")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def failover(
        self,
    ) -> typing.Optional[typing.List["DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingFailover"]]:
        '''Optional: only one of distribute, failover or failoverPriority can be set.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSetting#failover
        '''
        result = self._values.get("failover")
        return typing.cast(typing.Optional[typing.List["DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingFailover"]], result)

    @builtins.property
    def failover_priority(self) -> typing.Optional[typing.List[builtins.str]]:
        '''failoverPriority is an ordered list of labels used to sort endpoints to do priority based load balancing.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSetting#failoverPriority
        '''
        result = self._values.get("failover_priority")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSetting(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_ioistionetworking.DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingDistribute",
    jsii_struct_bases=[],
    name_mapping={"from_": "from", "to": "to"},
)
class DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingDistribute:
    def __init__(
        self,
        *,
        from_: typing.Optional[builtins.str] = None,
        to: typing.Optional[typing.Mapping[builtins.str, jsii.Number]] = None,
    ) -> None:
        '''
        :param from_: Originating locality, '/' separated, e.g.
        :param to: Map of upstream localities to traffic distribution weights.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingDistribute
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__6b4bfa673276bd341e26442ca26adb4a031797443bedfe885b2e965d9b81af35)
            check_type(argname="argument from_", value=from_, expected_type=type_hints["from_"])
            check_type(argname="argument to", value=to, expected_type=type_hints["to"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if from_ is not None:
            self._values["from_"] = from_
        if to is not None:
            self._values["to"] = to

    @builtins.property
    def from_(self) -> typing.Optional[builtins.str]:
        '''Originating locality, '/' separated, e.g.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingDistribute#from
        '''
        result = self._values.get("from_")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def to(self) -> typing.Optional[typing.Mapping[builtins.str, jsii.Number]]:
        '''Map of upstream localities to traffic distribution weights.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingDistribute#to
        '''
        result = self._values.get("to")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, jsii.Number]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingDistribute(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_ioistionetworking.DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingFailover",
    jsii_struct_bases=[],
    name_mapping={"from_": "from", "to": "to"},
)
class DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingFailover:
    def __init__(
        self,
        *,
        from_: typing.Optional[builtins.str] = None,
        to: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param from_: Originating region.
        :param to: Destination region the traffic will fail over to when endpoints in the 'from' region becomes unhealthy.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingFailover
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__492c2d7b25d6fbcb7dda99362c2dfc22baecd74141fb53044566421181782235)
            check_type(argname="argument from_", value=from_, expected_type=type_hints["from_"])
            check_type(argname="argument to", value=to, expected_type=type_hints["to"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if from_ is not None:
            self._values["from_"] = from_
        if to is not None:
            self._values["to"] = to

    @builtins.property
    def from_(self) -> typing.Optional[builtins.str]:
        '''Originating region.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingFailover#from
        '''
        result = self._values.get("from_")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def to(self) -> typing.Optional[builtins.str]:
        '''Destination region the traffic will fail over to when endpoints in the 'from' region becomes unhealthy.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingFailover#to
        '''
        result = self._values.get("to")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingFailover(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="istio_ioistionetworking.DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerSimple"
)
class DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerSimple(
    enum.Enum,
):
    '''Valid Options: LEAST_CONN, RANDOM, PASSTHROUGH, ROUND_ROBIN, LEAST_REQUEST.

    :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerSimple
    '''

    UNSPECIFIED = "UNSPECIFIED"
    '''UNSPECIFIED.'''
    LEAST_UNDERSCORE_CONN = "LEAST_UNDERSCORE_CONN"
    '''LEAST_CONN.'''
    RANDOM = "RANDOM"
    '''RANDOM.'''
    PASSTHROUGH = "PASSTHROUGH"
    '''PASSTHROUGH.'''
    ROUND_UNDERSCORE_ROBIN = "ROUND_UNDERSCORE_ROBIN"
    '''ROUND_ROBIN.'''
    LEAST_UNDERSCORE_REQUEST = "LEAST_UNDERSCORE_REQUEST"
    '''LEAST_REQUEST.'''


@jsii.data_type(
    jsii_type="istio_ioistionetworking.DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerWarmup",
    jsii_struct_bases=[],
    name_mapping={
        "duration": "duration",
        "aggression": "aggression",
        "minimum_percent": "minimumPercent",
    },
)
class DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerWarmup:
    def __init__(
        self,
        *,
        duration: builtins.str,
        aggression: typing.Optional[jsii.Number] = None,
        minimum_percent: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''Represents the warmup configuration of Service.

        :param duration: 
        :param aggression: This parameter controls the speed of traffic increase over the warmup duration.
        :param minimum_percent: 

        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerWarmup
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__859ded1e61b1e19f00be87d095dd26870bf94e3afc1c98e42cfa27252b9cf880)
            check_type(argname="argument duration", value=duration, expected_type=type_hints["duration"])
            check_type(argname="argument aggression", value=aggression, expected_type=type_hints["aggression"])
            check_type(argname="argument minimum_percent", value=minimum_percent, expected_type=type_hints["minimum_percent"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "duration": duration,
        }
        if aggression is not None:
            self._values["aggression"] = aggression
        if minimum_percent is not None:
            self._values["minimum_percent"] = minimum_percent

    @builtins.property
    def duration(self) -> builtins.str:
        '''
        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerWarmup#duration
        '''
        result = self._values.get("duration")
        assert result is not None, "Required property 'duration' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def aggression(self) -> typing.Optional[jsii.Number]:
        '''This parameter controls the speed of traffic increase over the warmup duration.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerWarmup#aggression
        '''
        result = self._values.get("aggression")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def minimum_percent(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerWarmup#minimumPercent
        '''
        result = self._values.get("minimum_percent")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerWarmup(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_ioistionetworking.DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsOutlierDetection",
    jsii_struct_bases=[],
    name_mapping={
        "base_ejection_time": "baseEjectionTime",
        "consecutive5_xx_errors": "consecutive5XxErrors",
        "consecutive_errors": "consecutiveErrors",
        "consecutive_gateway_errors": "consecutiveGatewayErrors",
        "consecutive_local_origin_failures": "consecutiveLocalOriginFailures",
        "interval": "interval",
        "max_ejection_percent": "maxEjectionPercent",
        "min_health_percent": "minHealthPercent",
        "split_external_local_origin_errors": "splitExternalLocalOriginErrors",
    },
)
class DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsOutlierDetection:
    def __init__(
        self,
        *,
        base_ejection_time: typing.Optional[builtins.str] = None,
        consecutive5_xx_errors: typing.Optional[jsii.Number] = None,
        consecutive_errors: typing.Optional[jsii.Number] = None,
        consecutive_gateway_errors: typing.Optional[jsii.Number] = None,
        consecutive_local_origin_failures: typing.Optional[jsii.Number] = None,
        interval: typing.Optional[builtins.str] = None,
        max_ejection_percent: typing.Optional[jsii.Number] = None,
        min_health_percent: typing.Optional[jsii.Number] = None,
        split_external_local_origin_errors: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''
        :param base_ejection_time: Minimum ejection duration.
        :param consecutive5_xx_errors: Number of 5xx errors before a host is ejected from the connection pool.
        :param consecutive_errors: 
        :param consecutive_gateway_errors: Number of gateway errors before a host is ejected from the connection pool.
        :param consecutive_local_origin_failures: The number of consecutive locally originated failures before ejection occurs.
        :param interval: Time interval between ejection sweep analysis.
        :param max_ejection_percent: Maximum % of hosts in the load balancing pool for the upstream service that can be ejected.
        :param min_health_percent: Outlier detection will be enabled as long as the associated load balancing pool has at least ``minHealthPercent`` hosts in healthy mode.
        :param split_external_local_origin_errors: Determines whether to distinguish local origin failures from external errors.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsOutlierDetection
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__956c4246aaef5d966f9d92c5d54db0a138639f968fbc3eb5979218aae11d96d9)
            check_type(argname="argument base_ejection_time", value=base_ejection_time, expected_type=type_hints["base_ejection_time"])
            check_type(argname="argument consecutive5_xx_errors", value=consecutive5_xx_errors, expected_type=type_hints["consecutive5_xx_errors"])
            check_type(argname="argument consecutive_errors", value=consecutive_errors, expected_type=type_hints["consecutive_errors"])
            check_type(argname="argument consecutive_gateway_errors", value=consecutive_gateway_errors, expected_type=type_hints["consecutive_gateway_errors"])
            check_type(argname="argument consecutive_local_origin_failures", value=consecutive_local_origin_failures, expected_type=type_hints["consecutive_local_origin_failures"])
            check_type(argname="argument interval", value=interval, expected_type=type_hints["interval"])
            check_type(argname="argument max_ejection_percent", value=max_ejection_percent, expected_type=type_hints["max_ejection_percent"])
            check_type(argname="argument min_health_percent", value=min_health_percent, expected_type=type_hints["min_health_percent"])
            check_type(argname="argument split_external_local_origin_errors", value=split_external_local_origin_errors, expected_type=type_hints["split_external_local_origin_errors"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if base_ejection_time is not None:
            self._values["base_ejection_time"] = base_ejection_time
        if consecutive5_xx_errors is not None:
            self._values["consecutive5_xx_errors"] = consecutive5_xx_errors
        if consecutive_errors is not None:
            self._values["consecutive_errors"] = consecutive_errors
        if consecutive_gateway_errors is not None:
            self._values["consecutive_gateway_errors"] = consecutive_gateway_errors
        if consecutive_local_origin_failures is not None:
            self._values["consecutive_local_origin_failures"] = consecutive_local_origin_failures
        if interval is not None:
            self._values["interval"] = interval
        if max_ejection_percent is not None:
            self._values["max_ejection_percent"] = max_ejection_percent
        if min_health_percent is not None:
            self._values["min_health_percent"] = min_health_percent
        if split_external_local_origin_errors is not None:
            self._values["split_external_local_origin_errors"] = split_external_local_origin_errors

    @builtins.property
    def base_ejection_time(self) -> typing.Optional[builtins.str]:
        '''Minimum ejection duration.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsOutlierDetection#baseEjectionTime
        '''
        result = self._values.get("base_ejection_time")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def consecutive5_xx_errors(self) -> typing.Optional[jsii.Number]:
        '''Number of 5xx errors before a host is ejected from the connection pool.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsOutlierDetection#consecutive5xxErrors
        '''
        result = self._values.get("consecutive5_xx_errors")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def consecutive_errors(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsOutlierDetection#consecutiveErrors
        '''
        result = self._values.get("consecutive_errors")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def consecutive_gateway_errors(self) -> typing.Optional[jsii.Number]:
        '''Number of gateway errors before a host is ejected from the connection pool.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsOutlierDetection#consecutiveGatewayErrors
        '''
        result = self._values.get("consecutive_gateway_errors")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def consecutive_local_origin_failures(self) -> typing.Optional[jsii.Number]:
        '''The number of consecutive locally originated failures before ejection occurs.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsOutlierDetection#consecutiveLocalOriginFailures
        '''
        result = self._values.get("consecutive_local_origin_failures")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def interval(self) -> typing.Optional[builtins.str]:
        '''Time interval between ejection sweep analysis.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsOutlierDetection#interval
        '''
        result = self._values.get("interval")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def max_ejection_percent(self) -> typing.Optional[jsii.Number]:
        '''Maximum % of hosts in the load balancing pool for the upstream service that can be ejected.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsOutlierDetection#maxEjectionPercent
        '''
        result = self._values.get("max_ejection_percent")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def min_health_percent(self) -> typing.Optional[jsii.Number]:
        '''Outlier detection will be enabled as long as the associated load balancing pool has at least ``minHealthPercent`` hosts in healthy mode.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsOutlierDetection#minHealthPercent
        '''
        result = self._values.get("min_health_percent")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def split_external_local_origin_errors(self) -> typing.Optional[builtins.bool]:
        '''Determines whether to distinguish local origin failures from external errors.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsOutlierDetection#splitExternalLocalOriginErrors
        '''
        result = self._values.get("split_external_local_origin_errors")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsOutlierDetection(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_ioistionetworking.DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsPort",
    jsii_struct_bases=[],
    name_mapping={"number": "number"},
)
class DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsPort:
    def __init__(self, *, number: typing.Optional[jsii.Number] = None) -> None:
        '''Specifies the number of a port on the destination service on which this policy is being applied.

        :param number: 

        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsPort
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a29cc6602f054bb139ebf873adcd2e800fce3d13d4ac7839eb5c807835fc39a1)
            check_type(argname="argument number", value=number, expected_type=type_hints["number"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if number is not None:
            self._values["number"] = number

    @builtins.property
    def number(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsPort#number
        '''
        result = self._values.get("number")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsPort(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_ioistionetworking.DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsTls",
    jsii_struct_bases=[],
    name_mapping={
        "ca_certificates": "caCertificates",
        "ca_crl": "caCrl",
        "client_certificate": "clientCertificate",
        "credential_name": "credentialName",
        "insecure_skip_verify": "insecureSkipVerify",
        "mode": "mode",
        "private_key": "privateKey",
        "sni": "sni",
        "subject_alt_names": "subjectAltNames",
    },
)
class DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsTls:
    def __init__(
        self,
        *,
        ca_certificates: typing.Optional[builtins.str] = None,
        ca_crl: typing.Optional[builtins.str] = None,
        client_certificate: typing.Optional[builtins.str] = None,
        credential_name: typing.Optional[builtins.str] = None,
        insecure_skip_verify: typing.Optional[builtins.bool] = None,
        mode: typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsTlsMode"] = None,
        private_key: typing.Optional[builtins.str] = None,
        sni: typing.Optional[builtins.str] = None,
        subject_alt_names: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''TLS related settings for connections to the upstream service.

        :param ca_certificates: OPTIONAL: The path to the file containing certificate authority certificates to use in verifying a presented server certificate.
        :param ca_crl: OPTIONAL: The path to the file containing the certificate revocation list (CRL) to use in verifying a presented server certificate.
        :param client_certificate: REQUIRED if mode is ``MUTUAL``.
        :param credential_name: The name of the secret that holds the TLS certs for the client including the CA certificates.
        :param insecure_skip_verify: ``insecureSkipVerify`` specifies whether the proxy should skip verifying the CA signature and SAN for the server certificate corresponding to the host.
        :param mode: Indicates whether connections to this port should be secured using TLS. Valid Options: DISABLE, SIMPLE, MUTUAL, ISTIO_MUTUAL
        :param private_key: REQUIRED if mode is ``MUTUAL``.
        :param sni: SNI string to present to the server during TLS handshake.
        :param subject_alt_names: A list of alternate names to verify the subject identity in the certificate.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsTls
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__6a0211c4409ee238e7ed9016df70377f6af25586f5feaa54769d2e100aa1695f)
            check_type(argname="argument ca_certificates", value=ca_certificates, expected_type=type_hints["ca_certificates"])
            check_type(argname="argument ca_crl", value=ca_crl, expected_type=type_hints["ca_crl"])
            check_type(argname="argument client_certificate", value=client_certificate, expected_type=type_hints["client_certificate"])
            check_type(argname="argument credential_name", value=credential_name, expected_type=type_hints["credential_name"])
            check_type(argname="argument insecure_skip_verify", value=insecure_skip_verify, expected_type=type_hints["insecure_skip_verify"])
            check_type(argname="argument mode", value=mode, expected_type=type_hints["mode"])
            check_type(argname="argument private_key", value=private_key, expected_type=type_hints["private_key"])
            check_type(argname="argument sni", value=sni, expected_type=type_hints["sni"])
            check_type(argname="argument subject_alt_names", value=subject_alt_names, expected_type=type_hints["subject_alt_names"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if ca_certificates is not None:
            self._values["ca_certificates"] = ca_certificates
        if ca_crl is not None:
            self._values["ca_crl"] = ca_crl
        if client_certificate is not None:
            self._values["client_certificate"] = client_certificate
        if credential_name is not None:
            self._values["credential_name"] = credential_name
        if insecure_skip_verify is not None:
            self._values["insecure_skip_verify"] = insecure_skip_verify
        if mode is not None:
            self._values["mode"] = mode
        if private_key is not None:
            self._values["private_key"] = private_key
        if sni is not None:
            self._values["sni"] = sni
        if subject_alt_names is not None:
            self._values["subject_alt_names"] = subject_alt_names

    @builtins.property
    def ca_certificates(self) -> typing.Optional[builtins.str]:
        '''OPTIONAL: The path to the file containing certificate authority certificates to use in verifying a presented server certificate.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsTls#caCertificates
        '''
        result = self._values.get("ca_certificates")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def ca_crl(self) -> typing.Optional[builtins.str]:
        '''OPTIONAL: The path to the file containing the certificate revocation list (CRL) to use in verifying a presented server certificate.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsTls#caCrl
        '''
        result = self._values.get("ca_crl")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def client_certificate(self) -> typing.Optional[builtins.str]:
        '''REQUIRED if mode is ``MUTUAL``.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsTls#clientCertificate
        '''
        result = self._values.get("client_certificate")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def credential_name(self) -> typing.Optional[builtins.str]:
        '''The name of the secret that holds the TLS certs for the client including the CA certificates.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsTls#credentialName
        '''
        result = self._values.get("credential_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def insecure_skip_verify(self) -> typing.Optional[builtins.bool]:
        '''``insecureSkipVerify`` specifies whether the proxy should skip verifying the CA signature and SAN for the server certificate corresponding to the host.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsTls#insecureSkipVerify
        '''
        result = self._values.get("insecure_skip_verify")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def mode(
        self,
    ) -> typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsTlsMode"]:
        '''Indicates whether connections to this port should be secured using TLS.

        Valid Options: DISABLE, SIMPLE, MUTUAL, ISTIO_MUTUAL

        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsTls#mode
        '''
        result = self._values.get("mode")
        return typing.cast(typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsTlsMode"], result)

    @builtins.property
    def private_key(self) -> typing.Optional[builtins.str]:
        '''REQUIRED if mode is ``MUTUAL``.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsTls#privateKey
        '''
        result = self._values.get("private_key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def sni(self) -> typing.Optional[builtins.str]:
        '''SNI string to present to the server during TLS handshake.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsTls#sni
        '''
        result = self._values.get("sni")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def subject_alt_names(self) -> typing.Optional[typing.List[builtins.str]]:
        '''A list of alternate names to verify the subject identity in the certificate.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsTls#subjectAltNames
        '''
        result = self._values.get("subject_alt_names")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsTls(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="istio_ioistionetworking.DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsTlsMode"
)
class DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsTlsMode(enum.Enum):
    '''Indicates whether connections to this port should be secured using TLS.

    Valid Options: DISABLE, SIMPLE, MUTUAL, ISTIO_MUTUAL

    :schema: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsTlsMode
    '''

    DISABLE = "DISABLE"
    '''DISABLE.'''
    SIMPLE = "SIMPLE"
    '''SIMPLE.'''
    MUTUAL = "MUTUAL"
    '''MUTUAL.'''
    ISTIO_UNDERSCORE_MUTUAL = "ISTIO_UNDERSCORE_MUTUAL"
    '''ISTIO_MUTUAL.'''


@jsii.data_type(
    jsii_type="istio_ioistionetworking.DestinationRuleSpecSubsetsTrafficPolicyProxyProtocol",
    jsii_struct_bases=[],
    name_mapping={"version": "version"},
)
class DestinationRuleSpecSubsetsTrafficPolicyProxyProtocol:
    def __init__(
        self,
        *,
        version: typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyProxyProtocolVersion"] = None,
    ) -> None:
        '''The upstream PROXY protocol settings.

        :param version: The PROXY protocol version to use. Valid Options: V1, V2

        :schema: DestinationRuleSpecSubsetsTrafficPolicyProxyProtocol
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__640503f4eecf70dacec0c60f38f2d1753a4824d1defb45a60b9577aeca8bb65e)
            check_type(argname="argument version", value=version, expected_type=type_hints["version"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if version is not None:
            self._values["version"] = version

    @builtins.property
    def version(
        self,
    ) -> typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyProxyProtocolVersion"]:
        '''The PROXY protocol version to use.

        Valid Options: V1, V2

        :schema: DestinationRuleSpecSubsetsTrafficPolicyProxyProtocol#version
        '''
        result = self._values.get("version")
        return typing.cast(typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyProxyProtocolVersion"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecSubsetsTrafficPolicyProxyProtocol(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="istio_ioistionetworking.DestinationRuleSpecSubsetsTrafficPolicyProxyProtocolVersion"
)
class DestinationRuleSpecSubsetsTrafficPolicyProxyProtocolVersion(enum.Enum):
    '''The PROXY protocol version to use.

    Valid Options: V1, V2

    :schema: DestinationRuleSpecSubsetsTrafficPolicyProxyProtocolVersion
    '''

    V1 = "V1"
    '''V1.'''
    V2 = "V2"
    '''V2.'''


@jsii.data_type(
    jsii_type="istio_ioistionetworking.DestinationRuleSpecSubsetsTrafficPolicyRetryBudget",
    jsii_struct_bases=[],
    name_mapping={
        "min_retry_concurrency": "minRetryConcurrency",
        "percent": "percent",
    },
)
class DestinationRuleSpecSubsetsTrafficPolicyRetryBudget:
    def __init__(
        self,
        *,
        min_retry_concurrency: typing.Optional[jsii.Number] = None,
        percent: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''Specifies a limit on concurrent retries in relation to the number of active requests.

        :param min_retry_concurrency: Specifies the minimum retry concurrency allowed for the retry budget.
        :param percent: Specifies the limit on concurrent retries as a percentage of the sum of active requests and active pending requests.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyRetryBudget
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c8c53d931243848592dd0cd2e59684cc4a05500ce99afb75f95191df69e3ebd8)
            check_type(argname="argument min_retry_concurrency", value=min_retry_concurrency, expected_type=type_hints["min_retry_concurrency"])
            check_type(argname="argument percent", value=percent, expected_type=type_hints["percent"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if min_retry_concurrency is not None:
            self._values["min_retry_concurrency"] = min_retry_concurrency
        if percent is not None:
            self._values["percent"] = percent

    @builtins.property
    def min_retry_concurrency(self) -> typing.Optional[jsii.Number]:
        '''Specifies the minimum retry concurrency allowed for the retry budget.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyRetryBudget#minRetryConcurrency
        '''
        result = self._values.get("min_retry_concurrency")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def percent(self) -> typing.Optional[jsii.Number]:
        '''Specifies the limit on concurrent retries as a percentage of the sum of active requests and active pending requests.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyRetryBudget#percent
        '''
        result = self._values.get("percent")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecSubsetsTrafficPolicyRetryBudget(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_ioistionetworking.DestinationRuleSpecSubsetsTrafficPolicyTls",
    jsii_struct_bases=[],
    name_mapping={
        "ca_certificates": "caCertificates",
        "ca_crl": "caCrl",
        "client_certificate": "clientCertificate",
        "credential_name": "credentialName",
        "insecure_skip_verify": "insecureSkipVerify",
        "mode": "mode",
        "private_key": "privateKey",
        "sni": "sni",
        "subject_alt_names": "subjectAltNames",
    },
)
class DestinationRuleSpecSubsetsTrafficPolicyTls:
    def __init__(
        self,
        *,
        ca_certificates: typing.Optional[builtins.str] = None,
        ca_crl: typing.Optional[builtins.str] = None,
        client_certificate: typing.Optional[builtins.str] = None,
        credential_name: typing.Optional[builtins.str] = None,
        insecure_skip_verify: typing.Optional[builtins.bool] = None,
        mode: typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyTlsMode"] = None,
        private_key: typing.Optional[builtins.str] = None,
        sni: typing.Optional[builtins.str] = None,
        subject_alt_names: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''TLS related settings for connections to the upstream service.

        :param ca_certificates: OPTIONAL: The path to the file containing certificate authority certificates to use in verifying a presented server certificate.
        :param ca_crl: OPTIONAL: The path to the file containing the certificate revocation list (CRL) to use in verifying a presented server certificate.
        :param client_certificate: REQUIRED if mode is ``MUTUAL``.
        :param credential_name: The name of the secret that holds the TLS certs for the client including the CA certificates.
        :param insecure_skip_verify: ``insecureSkipVerify`` specifies whether the proxy should skip verifying the CA signature and SAN for the server certificate corresponding to the host.
        :param mode: Indicates whether connections to this port should be secured using TLS. Valid Options: DISABLE, SIMPLE, MUTUAL, ISTIO_MUTUAL
        :param private_key: REQUIRED if mode is ``MUTUAL``.
        :param sni: SNI string to present to the server during TLS handshake.
        :param subject_alt_names: A list of alternate names to verify the subject identity in the certificate.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyTls
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__5f5727b08ee04ba617e907a95ab853953bc84b6539651b2f5fcf851d0f534221)
            check_type(argname="argument ca_certificates", value=ca_certificates, expected_type=type_hints["ca_certificates"])
            check_type(argname="argument ca_crl", value=ca_crl, expected_type=type_hints["ca_crl"])
            check_type(argname="argument client_certificate", value=client_certificate, expected_type=type_hints["client_certificate"])
            check_type(argname="argument credential_name", value=credential_name, expected_type=type_hints["credential_name"])
            check_type(argname="argument insecure_skip_verify", value=insecure_skip_verify, expected_type=type_hints["insecure_skip_verify"])
            check_type(argname="argument mode", value=mode, expected_type=type_hints["mode"])
            check_type(argname="argument private_key", value=private_key, expected_type=type_hints["private_key"])
            check_type(argname="argument sni", value=sni, expected_type=type_hints["sni"])
            check_type(argname="argument subject_alt_names", value=subject_alt_names, expected_type=type_hints["subject_alt_names"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if ca_certificates is not None:
            self._values["ca_certificates"] = ca_certificates
        if ca_crl is not None:
            self._values["ca_crl"] = ca_crl
        if client_certificate is not None:
            self._values["client_certificate"] = client_certificate
        if credential_name is not None:
            self._values["credential_name"] = credential_name
        if insecure_skip_verify is not None:
            self._values["insecure_skip_verify"] = insecure_skip_verify
        if mode is not None:
            self._values["mode"] = mode
        if private_key is not None:
            self._values["private_key"] = private_key
        if sni is not None:
            self._values["sni"] = sni
        if subject_alt_names is not None:
            self._values["subject_alt_names"] = subject_alt_names

    @builtins.property
    def ca_certificates(self) -> typing.Optional[builtins.str]:
        '''OPTIONAL: The path to the file containing certificate authority certificates to use in verifying a presented server certificate.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyTls#caCertificates
        '''
        result = self._values.get("ca_certificates")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def ca_crl(self) -> typing.Optional[builtins.str]:
        '''OPTIONAL: The path to the file containing the certificate revocation list (CRL) to use in verifying a presented server certificate.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyTls#caCrl
        '''
        result = self._values.get("ca_crl")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def client_certificate(self) -> typing.Optional[builtins.str]:
        '''REQUIRED if mode is ``MUTUAL``.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyTls#clientCertificate
        '''
        result = self._values.get("client_certificate")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def credential_name(self) -> typing.Optional[builtins.str]:
        '''The name of the secret that holds the TLS certs for the client including the CA certificates.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyTls#credentialName
        '''
        result = self._values.get("credential_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def insecure_skip_verify(self) -> typing.Optional[builtins.bool]:
        '''``insecureSkipVerify`` specifies whether the proxy should skip verifying the CA signature and SAN for the server certificate corresponding to the host.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyTls#insecureSkipVerify
        '''
        result = self._values.get("insecure_skip_verify")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def mode(self) -> typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyTlsMode"]:
        '''Indicates whether connections to this port should be secured using TLS.

        Valid Options: DISABLE, SIMPLE, MUTUAL, ISTIO_MUTUAL

        :schema: DestinationRuleSpecSubsetsTrafficPolicyTls#mode
        '''
        result = self._values.get("mode")
        return typing.cast(typing.Optional["DestinationRuleSpecSubsetsTrafficPolicyTlsMode"], result)

    @builtins.property
    def private_key(self) -> typing.Optional[builtins.str]:
        '''REQUIRED if mode is ``MUTUAL``.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyTls#privateKey
        '''
        result = self._values.get("private_key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def sni(self) -> typing.Optional[builtins.str]:
        '''SNI string to present to the server during TLS handshake.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyTls#sni
        '''
        result = self._values.get("sni")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def subject_alt_names(self) -> typing.Optional[typing.List[builtins.str]]:
        '''A list of alternate names to verify the subject identity in the certificate.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyTls#subjectAltNames
        '''
        result = self._values.get("subject_alt_names")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecSubsetsTrafficPolicyTls(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="istio_ioistionetworking.DestinationRuleSpecSubsetsTrafficPolicyTlsMode"
)
class DestinationRuleSpecSubsetsTrafficPolicyTlsMode(enum.Enum):
    '''Indicates whether connections to this port should be secured using TLS.

    Valid Options: DISABLE, SIMPLE, MUTUAL, ISTIO_MUTUAL

    :schema: DestinationRuleSpecSubsetsTrafficPolicyTlsMode
    '''

    DISABLE = "DISABLE"
    '''DISABLE.'''
    SIMPLE = "SIMPLE"
    '''SIMPLE.'''
    MUTUAL = "MUTUAL"
    '''MUTUAL.'''
    ISTIO_UNDERSCORE_MUTUAL = "ISTIO_UNDERSCORE_MUTUAL"
    '''ISTIO_MUTUAL.'''


@jsii.data_type(
    jsii_type="istio_ioistionetworking.DestinationRuleSpecSubsetsTrafficPolicyTunnel",
    jsii_struct_bases=[],
    name_mapping={
        "target_host": "targetHost",
        "target_port": "targetPort",
        "protocol": "protocol",
    },
)
class DestinationRuleSpecSubsetsTrafficPolicyTunnel:
    def __init__(
        self,
        *,
        target_host: builtins.str,
        target_port: jsii.Number,
        protocol: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Configuration of tunneling TCP over other transport or application layers for the host configured in the DestinationRule.

        :param target_host: Specifies a host to which the downstream connection is tunneled.
        :param target_port: Specifies a port to which the downstream connection is tunneled.
        :param protocol: Specifies which protocol to use for tunneling the downstream connection.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyTunnel
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__7ee8f525a1997f615a75269e36fea040aafac2f9c88ecf1d38ebde11eb2f2daf)
            check_type(argname="argument target_host", value=target_host, expected_type=type_hints["target_host"])
            check_type(argname="argument target_port", value=target_port, expected_type=type_hints["target_port"])
            check_type(argname="argument protocol", value=protocol, expected_type=type_hints["protocol"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "target_host": target_host,
            "target_port": target_port,
        }
        if protocol is not None:
            self._values["protocol"] = protocol

    @builtins.property
    def target_host(self) -> builtins.str:
        '''Specifies a host to which the downstream connection is tunneled.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyTunnel#targetHost
        '''
        result = self._values.get("target_host")
        assert result is not None, "Required property 'target_host' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def target_port(self) -> jsii.Number:
        '''Specifies a port to which the downstream connection is tunneled.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyTunnel#targetPort
        '''
        result = self._values.get("target_port")
        assert result is not None, "Required property 'target_port' is missing"
        return typing.cast(jsii.Number, result)

    @builtins.property
    def protocol(self) -> typing.Optional[builtins.str]:
        '''Specifies which protocol to use for tunneling the downstream connection.

        :schema: DestinationRuleSpecSubsetsTrafficPolicyTunnel#protocol
        '''
        result = self._values.get("protocol")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecSubsetsTrafficPolicyTunnel(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_ioistionetworking.DestinationRuleSpecTrafficPolicy",
    jsii_struct_bases=[],
    name_mapping={
        "connection_pool": "connectionPool",
        "load_balancer": "loadBalancer",
        "outlier_detection": "outlierDetection",
        "port_level_settings": "portLevelSettings",
        "proxy_protocol": "proxyProtocol",
        "retry_budget": "retryBudget",
        "tls": "tls",
        "tunnel": "tunnel",
    },
)
class DestinationRuleSpecTrafficPolicy:
    def __init__(
        self,
        *,
        connection_pool: typing.Optional[typing.Union["DestinationRuleSpecTrafficPolicyConnectionPool", typing.Dict[builtins.str, typing.Any]]] = None,
        load_balancer: typing.Optional[typing.Union["DestinationRuleSpecTrafficPolicyLoadBalancer", typing.Dict[builtins.str, typing.Any]]] = None,
        outlier_detection: typing.Optional[typing.Union["DestinationRuleSpecTrafficPolicyOutlierDetection", typing.Dict[builtins.str, typing.Any]]] = None,
        port_level_settings: typing.Optional[typing.Sequence[typing.Union["DestinationRuleSpecTrafficPolicyPortLevelSettings", typing.Dict[builtins.str, typing.Any]]]] = None,
        proxy_protocol: typing.Optional[typing.Union["DestinationRuleSpecTrafficPolicyProxyProtocol", typing.Dict[builtins.str, typing.Any]]] = None,
        retry_budget: typing.Optional[typing.Union["DestinationRuleSpecTrafficPolicyRetryBudget", typing.Dict[builtins.str, typing.Any]]] = None,
        tls: typing.Optional[typing.Union["DestinationRuleSpecTrafficPolicyTls", typing.Dict[builtins.str, typing.Any]]] = None,
        tunnel: typing.Optional[typing.Union["DestinationRuleSpecTrafficPolicyTunnel", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Traffic policies to apply (load balancing policy, connection pool sizes, outlier detection).

        :param connection_pool: 
        :param load_balancer: Settings controlling the load balancer algorithms.
        :param outlier_detection: 
        :param port_level_settings: Traffic policies specific to individual ports.
        :param proxy_protocol: The upstream PROXY protocol settings.
        :param retry_budget: Specifies a limit on concurrent retries in relation to the number of active requests.
        :param tls: TLS related settings for connections to the upstream service.
        :param tunnel: Configuration of tunneling TCP over other transport or application layers for the host configured in the DestinationRule.

        :schema: DestinationRuleSpecTrafficPolicy
        '''
        if isinstance(connection_pool, dict):
            connection_pool = DestinationRuleSpecTrafficPolicyConnectionPool(**connection_pool)
        if isinstance(load_balancer, dict):
            load_balancer = DestinationRuleSpecTrafficPolicyLoadBalancer(**load_balancer)
        if isinstance(outlier_detection, dict):
            outlier_detection = DestinationRuleSpecTrafficPolicyOutlierDetection(**outlier_detection)
        if isinstance(proxy_protocol, dict):
            proxy_protocol = DestinationRuleSpecTrafficPolicyProxyProtocol(**proxy_protocol)
        if isinstance(retry_budget, dict):
            retry_budget = DestinationRuleSpecTrafficPolicyRetryBudget(**retry_budget)
        if isinstance(tls, dict):
            tls = DestinationRuleSpecTrafficPolicyTls(**tls)
        if isinstance(tunnel, dict):
            tunnel = DestinationRuleSpecTrafficPolicyTunnel(**tunnel)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__da0eb6860dc3d656ff13dab15538a5a47c9ef8f5bedf6db1b181935ad35ff46d)
            check_type(argname="argument connection_pool", value=connection_pool, expected_type=type_hints["connection_pool"])
            check_type(argname="argument load_balancer", value=load_balancer, expected_type=type_hints["load_balancer"])
            check_type(argname="argument outlier_detection", value=outlier_detection, expected_type=type_hints["outlier_detection"])
            check_type(argname="argument port_level_settings", value=port_level_settings, expected_type=type_hints["port_level_settings"])
            check_type(argname="argument proxy_protocol", value=proxy_protocol, expected_type=type_hints["proxy_protocol"])
            check_type(argname="argument retry_budget", value=retry_budget, expected_type=type_hints["retry_budget"])
            check_type(argname="argument tls", value=tls, expected_type=type_hints["tls"])
            check_type(argname="argument tunnel", value=tunnel, expected_type=type_hints["tunnel"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if connection_pool is not None:
            self._values["connection_pool"] = connection_pool
        if load_balancer is not None:
            self._values["load_balancer"] = load_balancer
        if outlier_detection is not None:
            self._values["outlier_detection"] = outlier_detection
        if port_level_settings is not None:
            self._values["port_level_settings"] = port_level_settings
        if proxy_protocol is not None:
            self._values["proxy_protocol"] = proxy_protocol
        if retry_budget is not None:
            self._values["retry_budget"] = retry_budget
        if tls is not None:
            self._values["tls"] = tls
        if tunnel is not None:
            self._values["tunnel"] = tunnel

    @builtins.property
    def connection_pool(
        self,
    ) -> typing.Optional["DestinationRuleSpecTrafficPolicyConnectionPool"]:
        '''
        :schema: DestinationRuleSpecTrafficPolicy#connectionPool
        '''
        result = self._values.get("connection_pool")
        return typing.cast(typing.Optional["DestinationRuleSpecTrafficPolicyConnectionPool"], result)

    @builtins.property
    def load_balancer(
        self,
    ) -> typing.Optional["DestinationRuleSpecTrafficPolicyLoadBalancer"]:
        '''Settings controlling the load balancer algorithms.

        :schema: DestinationRuleSpecTrafficPolicy#loadBalancer
        '''
        result = self._values.get("load_balancer")
        return typing.cast(typing.Optional["DestinationRuleSpecTrafficPolicyLoadBalancer"], result)

    @builtins.property
    def outlier_detection(
        self,
    ) -> typing.Optional["DestinationRuleSpecTrafficPolicyOutlierDetection"]:
        '''
        :schema: DestinationRuleSpecTrafficPolicy#outlierDetection
        '''
        result = self._values.get("outlier_detection")
        return typing.cast(typing.Optional["DestinationRuleSpecTrafficPolicyOutlierDetection"], result)

    @builtins.property
    def port_level_settings(
        self,
    ) -> typing.Optional[typing.List["DestinationRuleSpecTrafficPolicyPortLevelSettings"]]:
        '''Traffic policies specific to individual ports.

        :schema: DestinationRuleSpecTrafficPolicy#portLevelSettings
        '''
        result = self._values.get("port_level_settings")
        return typing.cast(typing.Optional[typing.List["DestinationRuleSpecTrafficPolicyPortLevelSettings"]], result)

    @builtins.property
    def proxy_protocol(
        self,
    ) -> typing.Optional["DestinationRuleSpecTrafficPolicyProxyProtocol"]:
        '''The upstream PROXY protocol settings.

        :schema: DestinationRuleSpecTrafficPolicy#proxyProtocol
        '''
        result = self._values.get("proxy_protocol")
        return typing.cast(typing.Optional["DestinationRuleSpecTrafficPolicyProxyProtocol"], result)

    @builtins.property
    def retry_budget(
        self,
    ) -> typing.Optional["DestinationRuleSpecTrafficPolicyRetryBudget"]:
        '''Specifies a limit on concurrent retries in relation to the number of active requests.

        :schema: DestinationRuleSpecTrafficPolicy#retryBudget
        '''
        result = self._values.get("retry_budget")
        return typing.cast(typing.Optional["DestinationRuleSpecTrafficPolicyRetryBudget"], result)

    @builtins.property
    def tls(self) -> typing.Optional["DestinationRuleSpecTrafficPolicyTls"]:
        '''TLS related settings for connections to the upstream service.

        :schema: DestinationRuleSpecTrafficPolicy#tls
        '''
        result = self._values.get("tls")
        return typing.cast(typing.Optional["DestinationRuleSpecTrafficPolicyTls"], result)

    @builtins.property
    def tunnel(self) -> typing.Optional["DestinationRuleSpecTrafficPolicyTunnel"]:
        '''Configuration of tunneling TCP over other transport or application layers for the host configured in the DestinationRule.

        :schema: DestinationRuleSpecTrafficPolicy#tunnel
        '''
        result = self._values.get("tunnel")
        return typing.cast(typing.Optional["DestinationRuleSpecTrafficPolicyTunnel"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecTrafficPolicy(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_ioistionetworking.DestinationRuleSpecTrafficPolicyConnectionPool",
    jsii_struct_bases=[],
    name_mapping={"http": "http", "tcp": "tcp"},
)
class DestinationRuleSpecTrafficPolicyConnectionPool:
    def __init__(
        self,
        *,
        http: typing.Optional[typing.Union["DestinationRuleSpecTrafficPolicyConnectionPoolHttp", typing.Dict[builtins.str, typing.Any]]] = None,
        tcp: typing.Optional[typing.Union["DestinationRuleSpecTrafficPolicyConnectionPoolTcp", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param http: HTTP connection pool settings.
        :param tcp: Settings common to both HTTP and TCP upstream connections.

        :schema: DestinationRuleSpecTrafficPolicyConnectionPool
        '''
        if isinstance(http, dict):
            http = DestinationRuleSpecTrafficPolicyConnectionPoolHttp(**http)
        if isinstance(tcp, dict):
            tcp = DestinationRuleSpecTrafficPolicyConnectionPoolTcp(**tcp)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__5d2c2ed1c944bb0a2ff96b3feb859697ee6f769f066c04b3c4bb9449023ed198)
            check_type(argname="argument http", value=http, expected_type=type_hints["http"])
            check_type(argname="argument tcp", value=tcp, expected_type=type_hints["tcp"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if http is not None:
            self._values["http"] = http
        if tcp is not None:
            self._values["tcp"] = tcp

    @builtins.property
    def http(
        self,
    ) -> typing.Optional["DestinationRuleSpecTrafficPolicyConnectionPoolHttp"]:
        '''HTTP connection pool settings.

        :schema: DestinationRuleSpecTrafficPolicyConnectionPool#http
        '''
        result = self._values.get("http")
        return typing.cast(typing.Optional["DestinationRuleSpecTrafficPolicyConnectionPoolHttp"], result)

    @builtins.property
    def tcp(
        self,
    ) -> typing.Optional["DestinationRuleSpecTrafficPolicyConnectionPoolTcp"]:
        '''Settings common to both HTTP and TCP upstream connections.

        :schema: DestinationRuleSpecTrafficPolicyConnectionPool#tcp
        '''
        result = self._values.get("tcp")
        return typing.cast(typing.Optional["DestinationRuleSpecTrafficPolicyConnectionPoolTcp"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecTrafficPolicyConnectionPool(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_ioistionetworking.DestinationRuleSpecTrafficPolicyConnectionPoolHttp",
    jsii_struct_bases=[],
    name_mapping={
        "h2_upgrade_policy": "h2UpgradePolicy",
        "http1_max_pending_requests": "http1MaxPendingRequests",
        "http2_max_requests": "http2MaxRequests",
        "idle_timeout": "idleTimeout",
        "max_concurrent_streams": "maxConcurrentStreams",
        "max_requests_per_connection": "maxRequestsPerConnection",
        "max_retries": "maxRetries",
        "use_client_protocol": "useClientProtocol",
    },
)
class DestinationRuleSpecTrafficPolicyConnectionPoolHttp:
    def __init__(
        self,
        *,
        h2_upgrade_policy: typing.Optional["DestinationRuleSpecTrafficPolicyConnectionPoolHttpH2UpgradePolicy"] = None,
        http1_max_pending_requests: typing.Optional[jsii.Number] = None,
        http2_max_requests: typing.Optional[jsii.Number] = None,
        idle_timeout: typing.Optional[builtins.str] = None,
        max_concurrent_streams: typing.Optional[jsii.Number] = None,
        max_requests_per_connection: typing.Optional[jsii.Number] = None,
        max_retries: typing.Optional[jsii.Number] = None,
        use_client_protocol: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''HTTP connection pool settings.

        :param h2_upgrade_policy: Specify if http1.1 connection should be upgraded to http2 for the associated destination. Valid Options: DEFAULT, DO_NOT_UPGRADE, UPGRADE
        :param http1_max_pending_requests: Maximum number of requests that will be queued while waiting for a ready connection pool connection.
        :param http2_max_requests: Maximum number of active requests to a destination.
        :param idle_timeout: The idle timeout for upstream connection pool connections.
        :param max_concurrent_streams: The maximum number of concurrent streams allowed for a peer on one HTTP/2 connection.
        :param max_requests_per_connection: Maximum number of requests per connection to a backend.
        :param max_retries: Maximum number of retries that can be outstanding to all hosts in a cluster at a given time.
        :param use_client_protocol: If set to true, client protocol will be preserved while initiating connection to backend.

        :schema: DestinationRuleSpecTrafficPolicyConnectionPoolHttp
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__37441addb927bdd3b42bc6b3211d71554997aa169af08741456089fc7d428ad6)
            check_type(argname="argument h2_upgrade_policy", value=h2_upgrade_policy, expected_type=type_hints["h2_upgrade_policy"])
            check_type(argname="argument http1_max_pending_requests", value=http1_max_pending_requests, expected_type=type_hints["http1_max_pending_requests"])
            check_type(argname="argument http2_max_requests", value=http2_max_requests, expected_type=type_hints["http2_max_requests"])
            check_type(argname="argument idle_timeout", value=idle_timeout, expected_type=type_hints["idle_timeout"])
            check_type(argname="argument max_concurrent_streams", value=max_concurrent_streams, expected_type=type_hints["max_concurrent_streams"])
            check_type(argname="argument max_requests_per_connection", value=max_requests_per_connection, expected_type=type_hints["max_requests_per_connection"])
            check_type(argname="argument max_retries", value=max_retries, expected_type=type_hints["max_retries"])
            check_type(argname="argument use_client_protocol", value=use_client_protocol, expected_type=type_hints["use_client_protocol"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if h2_upgrade_policy is not None:
            self._values["h2_upgrade_policy"] = h2_upgrade_policy
        if http1_max_pending_requests is not None:
            self._values["http1_max_pending_requests"] = http1_max_pending_requests
        if http2_max_requests is not None:
            self._values["http2_max_requests"] = http2_max_requests
        if idle_timeout is not None:
            self._values["idle_timeout"] = idle_timeout
        if max_concurrent_streams is not None:
            self._values["max_concurrent_streams"] = max_concurrent_streams
        if max_requests_per_connection is not None:
            self._values["max_requests_per_connection"] = max_requests_per_connection
        if max_retries is not None:
            self._values["max_retries"] = max_retries
        if use_client_protocol is not None:
            self._values["use_client_protocol"] = use_client_protocol

    @builtins.property
    def h2_upgrade_policy(
        self,
    ) -> typing.Optional["DestinationRuleSpecTrafficPolicyConnectionPoolHttpH2UpgradePolicy"]:
        '''Specify if http1.1 connection should be upgraded to http2 for the associated destination.

        Valid Options: DEFAULT, DO_NOT_UPGRADE, UPGRADE

        :schema: DestinationRuleSpecTrafficPolicyConnectionPoolHttp#h2UpgradePolicy
        '''
        result = self._values.get("h2_upgrade_policy")
        return typing.cast(typing.Optional["DestinationRuleSpecTrafficPolicyConnectionPoolHttpH2UpgradePolicy"], result)

    @builtins.property
    def http1_max_pending_requests(self) -> typing.Optional[jsii.Number]:
        '''Maximum number of requests that will be queued while waiting for a ready connection pool connection.

        :schema: DestinationRuleSpecTrafficPolicyConnectionPoolHttp#http1MaxPendingRequests
        '''
        result = self._values.get("http1_max_pending_requests")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def http2_max_requests(self) -> typing.Optional[jsii.Number]:
        '''Maximum number of active requests to a destination.

        :schema: DestinationRuleSpecTrafficPolicyConnectionPoolHttp#http2MaxRequests
        '''
        result = self._values.get("http2_max_requests")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def idle_timeout(self) -> typing.Optional[builtins.str]:
        '''The idle timeout for upstream connection pool connections.

        :schema: DestinationRuleSpecTrafficPolicyConnectionPoolHttp#idleTimeout
        '''
        result = self._values.get("idle_timeout")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def max_concurrent_streams(self) -> typing.Optional[jsii.Number]:
        '''The maximum number of concurrent streams allowed for a peer on one HTTP/2 connection.

        :schema: DestinationRuleSpecTrafficPolicyConnectionPoolHttp#maxConcurrentStreams
        '''
        result = self._values.get("max_concurrent_streams")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def max_requests_per_connection(self) -> typing.Optional[jsii.Number]:
        '''Maximum number of requests per connection to a backend.

        :schema: DestinationRuleSpecTrafficPolicyConnectionPoolHttp#maxRequestsPerConnection
        '''
        result = self._values.get("max_requests_per_connection")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def max_retries(self) -> typing.Optional[jsii.Number]:
        '''Maximum number of retries that can be outstanding to all hosts in a cluster at a given time.

        :schema: DestinationRuleSpecTrafficPolicyConnectionPoolHttp#maxRetries
        '''
        result = self._values.get("max_retries")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def use_client_protocol(self) -> typing.Optional[builtins.bool]:
        '''If set to true, client protocol will be preserved while initiating connection to backend.

        :schema: DestinationRuleSpecTrafficPolicyConnectionPoolHttp#useClientProtocol
        '''
        result = self._values.get("use_client_protocol")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecTrafficPolicyConnectionPoolHttp(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="istio_ioistionetworking.DestinationRuleSpecTrafficPolicyConnectionPoolHttpH2UpgradePolicy"
)
class DestinationRuleSpecTrafficPolicyConnectionPoolHttpH2UpgradePolicy(enum.Enum):
    '''Specify if http1.1 connection should be upgraded to http2 for the associated destination.

    Valid Options: DEFAULT, DO_NOT_UPGRADE, UPGRADE

    :schema: DestinationRuleSpecTrafficPolicyConnectionPoolHttpH2UpgradePolicy
    '''

    DEFAULT = "DEFAULT"
    '''DEFAULT.'''
    DO_UNDERSCORE_NOT_UNDERSCORE_UPGRADE = "DO_UNDERSCORE_NOT_UNDERSCORE_UPGRADE"
    '''DO_NOT_UPGRADE.'''
    UPGRADE = "UPGRADE"
    '''UPGRADE.'''


@jsii.data_type(
    jsii_type="istio_ioistionetworking.DestinationRuleSpecTrafficPolicyConnectionPoolTcp",
    jsii_struct_bases=[],
    name_mapping={
        "connect_timeout": "connectTimeout",
        "idle_timeout": "idleTimeout",
        "max_connection_duration": "maxConnectionDuration",
        "max_connections": "maxConnections",
        "tcp_keepalive": "tcpKeepalive",
    },
)
class DestinationRuleSpecTrafficPolicyConnectionPoolTcp:
    def __init__(
        self,
        *,
        connect_timeout: typing.Optional[builtins.str] = None,
        idle_timeout: typing.Optional[builtins.str] = None,
        max_connection_duration: typing.Optional[builtins.str] = None,
        max_connections: typing.Optional[jsii.Number] = None,
        tcp_keepalive: typing.Optional[typing.Union["DestinationRuleSpecTrafficPolicyConnectionPoolTcpTcpKeepalive", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Settings common to both HTTP and TCP upstream connections.

        :param connect_timeout: TCP connection timeout.
        :param idle_timeout: The idle timeout for TCP connections.
        :param max_connection_duration: The maximum duration of a connection.
        :param max_connections: Maximum number of HTTP1 /TCP connections to a destination host.
        :param tcp_keepalive: If set then set SO_KEEPALIVE on the socket to enable TCP Keepalives.

        :schema: DestinationRuleSpecTrafficPolicyConnectionPoolTcp
        '''
        if isinstance(tcp_keepalive, dict):
            tcp_keepalive = DestinationRuleSpecTrafficPolicyConnectionPoolTcpTcpKeepalive(**tcp_keepalive)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__1126561aac27e7c48e9a695ce0839c3f81523ea454c8f5b1b910b6b00fd1f48b)
            check_type(argname="argument connect_timeout", value=connect_timeout, expected_type=type_hints["connect_timeout"])
            check_type(argname="argument idle_timeout", value=idle_timeout, expected_type=type_hints["idle_timeout"])
            check_type(argname="argument max_connection_duration", value=max_connection_duration, expected_type=type_hints["max_connection_duration"])
            check_type(argname="argument max_connections", value=max_connections, expected_type=type_hints["max_connections"])
            check_type(argname="argument tcp_keepalive", value=tcp_keepalive, expected_type=type_hints["tcp_keepalive"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if connect_timeout is not None:
            self._values["connect_timeout"] = connect_timeout
        if idle_timeout is not None:
            self._values["idle_timeout"] = idle_timeout
        if max_connection_duration is not None:
            self._values["max_connection_duration"] = max_connection_duration
        if max_connections is not None:
            self._values["max_connections"] = max_connections
        if tcp_keepalive is not None:
            self._values["tcp_keepalive"] = tcp_keepalive

    @builtins.property
    def connect_timeout(self) -> typing.Optional[builtins.str]:
        '''TCP connection timeout.

        :schema: DestinationRuleSpecTrafficPolicyConnectionPoolTcp#connectTimeout
        '''
        result = self._values.get("connect_timeout")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def idle_timeout(self) -> typing.Optional[builtins.str]:
        '''The idle timeout for TCP connections.

        :schema: DestinationRuleSpecTrafficPolicyConnectionPoolTcp#idleTimeout
        '''
        result = self._values.get("idle_timeout")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def max_connection_duration(self) -> typing.Optional[builtins.str]:
        '''The maximum duration of a connection.

        :schema: DestinationRuleSpecTrafficPolicyConnectionPoolTcp#maxConnectionDuration
        '''
        result = self._values.get("max_connection_duration")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def max_connections(self) -> typing.Optional[jsii.Number]:
        '''Maximum number of HTTP1 /TCP connections to a destination host.

        :schema: DestinationRuleSpecTrafficPolicyConnectionPoolTcp#maxConnections
        '''
        result = self._values.get("max_connections")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def tcp_keepalive(
        self,
    ) -> typing.Optional["DestinationRuleSpecTrafficPolicyConnectionPoolTcpTcpKeepalive"]:
        '''If set then set SO_KEEPALIVE on the socket to enable TCP Keepalives.

        :schema: DestinationRuleSpecTrafficPolicyConnectionPoolTcp#tcpKeepalive
        '''
        result = self._values.get("tcp_keepalive")
        return typing.cast(typing.Optional["DestinationRuleSpecTrafficPolicyConnectionPoolTcpTcpKeepalive"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecTrafficPolicyConnectionPoolTcp(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_ioistionetworking.DestinationRuleSpecTrafficPolicyConnectionPoolTcpTcpKeepalive",
    jsii_struct_bases=[],
    name_mapping={"interval": "interval", "probes": "probes", "time": "time"},
)
class DestinationRuleSpecTrafficPolicyConnectionPoolTcpTcpKeepalive:
    def __init__(
        self,
        *,
        interval: typing.Optional[builtins.str] = None,
        probes: typing.Optional[jsii.Number] = None,
        time: typing.Optional[builtins.str] = None,
    ) -> None:
        '''If set then set SO_KEEPALIVE on the socket to enable TCP Keepalives.

        :param interval: The time duration between keep-alive probes.
        :param probes: Maximum number of keepalive probes to send without response before deciding the connection is dead.
        :param time: The time duration a connection needs to be idle before keep-alive probes start being sent.

        :schema: DestinationRuleSpecTrafficPolicyConnectionPoolTcpTcpKeepalive
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__83c7db0ca655ba0eecd238e28874d61ea4904718be9004ded26d83e8e4e2a7f2)
            check_type(argname="argument interval", value=interval, expected_type=type_hints["interval"])
            check_type(argname="argument probes", value=probes, expected_type=type_hints["probes"])
            check_type(argname="argument time", value=time, expected_type=type_hints["time"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if interval is not None:
            self._values["interval"] = interval
        if probes is not None:
            self._values["probes"] = probes
        if time is not None:
            self._values["time"] = time

    @builtins.property
    def interval(self) -> typing.Optional[builtins.str]:
        '''The time duration between keep-alive probes.

        :schema: DestinationRuleSpecTrafficPolicyConnectionPoolTcpTcpKeepalive#interval
        '''
        result = self._values.get("interval")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def probes(self) -> typing.Optional[jsii.Number]:
        '''Maximum number of keepalive probes to send without response before deciding the connection is dead.

        :schema: DestinationRuleSpecTrafficPolicyConnectionPoolTcpTcpKeepalive#probes
        '''
        result = self._values.get("probes")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def time(self) -> typing.Optional[builtins.str]:
        '''The time duration a connection needs to be idle before keep-alive probes start being sent.

        :schema: DestinationRuleSpecTrafficPolicyConnectionPoolTcpTcpKeepalive#time
        '''
        result = self._values.get("time")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecTrafficPolicyConnectionPoolTcpTcpKeepalive(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_ioistionetworking.DestinationRuleSpecTrafficPolicyLoadBalancer",
    jsii_struct_bases=[],
    name_mapping={
        "consistent_hash": "consistentHash",
        "locality_lb_setting": "localityLbSetting",
        "simple": "simple",
        "warmup": "warmup",
        "warmup_duration_secs": "warmupDurationSecs",
    },
)
class DestinationRuleSpecTrafficPolicyLoadBalancer:
    def __init__(
        self,
        *,
        consistent_hash: typing.Optional[typing.Union["DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHash", typing.Dict[builtins.str, typing.Any]]] = None,
        locality_lb_setting: typing.Optional[typing.Union["DestinationRuleSpecTrafficPolicyLoadBalancerLocalityLbSetting", typing.Dict[builtins.str, typing.Any]]] = None,
        simple: typing.Optional["DestinationRuleSpecTrafficPolicyLoadBalancerSimple"] = None,
        warmup: typing.Optional[typing.Union["DestinationRuleSpecTrafficPolicyLoadBalancerWarmup", typing.Dict[builtins.str, typing.Any]]] = None,
        warmup_duration_secs: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Settings controlling the load balancer algorithms.

        :param consistent_hash: 
        :param locality_lb_setting: 
        :param simple: Valid Options: LEAST_CONN, RANDOM, PASSTHROUGH, ROUND_ROBIN, LEAST_REQUEST.
        :param warmup: Represents the warmup configuration of Service.
        :param warmup_duration_secs: Deprecated: use ``warmup`` instead.

        :schema: DestinationRuleSpecTrafficPolicyLoadBalancer
        '''
        if isinstance(consistent_hash, dict):
            consistent_hash = DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHash(**consistent_hash)
        if isinstance(locality_lb_setting, dict):
            locality_lb_setting = DestinationRuleSpecTrafficPolicyLoadBalancerLocalityLbSetting(**locality_lb_setting)
        if isinstance(warmup, dict):
            warmup = DestinationRuleSpecTrafficPolicyLoadBalancerWarmup(**warmup)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__db1e2d33d7afda2df777d2afcf6b8674bc23977d7d625d100744c38ef6c8e34d)
            check_type(argname="argument consistent_hash", value=consistent_hash, expected_type=type_hints["consistent_hash"])
            check_type(argname="argument locality_lb_setting", value=locality_lb_setting, expected_type=type_hints["locality_lb_setting"])
            check_type(argname="argument simple", value=simple, expected_type=type_hints["simple"])
            check_type(argname="argument warmup", value=warmup, expected_type=type_hints["warmup"])
            check_type(argname="argument warmup_duration_secs", value=warmup_duration_secs, expected_type=type_hints["warmup_duration_secs"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if consistent_hash is not None:
            self._values["consistent_hash"] = consistent_hash
        if locality_lb_setting is not None:
            self._values["locality_lb_setting"] = locality_lb_setting
        if simple is not None:
            self._values["simple"] = simple
        if warmup is not None:
            self._values["warmup"] = warmup
        if warmup_duration_secs is not None:
            self._values["warmup_duration_secs"] = warmup_duration_secs

    @builtins.property
    def consistent_hash(
        self,
    ) -> typing.Optional["DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHash"]:
        '''
        :schema: DestinationRuleSpecTrafficPolicyLoadBalancer#consistentHash
        '''
        result = self._values.get("consistent_hash")
        return typing.cast(typing.Optional["DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHash"], result)

    @builtins.property
    def locality_lb_setting(
        self,
    ) -> typing.Optional["DestinationRuleSpecTrafficPolicyLoadBalancerLocalityLbSetting"]:
        '''
        :schema: DestinationRuleSpecTrafficPolicyLoadBalancer#localityLbSetting
        '''
        result = self._values.get("locality_lb_setting")
        return typing.cast(typing.Optional["DestinationRuleSpecTrafficPolicyLoadBalancerLocalityLbSetting"], result)

    @builtins.property
    def simple(
        self,
    ) -> typing.Optional["DestinationRuleSpecTrafficPolicyLoadBalancerSimple"]:
        '''Valid Options: LEAST_CONN, RANDOM, PASSTHROUGH, ROUND_ROBIN, LEAST_REQUEST.

        :schema: DestinationRuleSpecTrafficPolicyLoadBalancer#simple
        '''
        result = self._values.get("simple")
        return typing.cast(typing.Optional["DestinationRuleSpecTrafficPolicyLoadBalancerSimple"], result)

    @builtins.property
    def warmup(
        self,
    ) -> typing.Optional["DestinationRuleSpecTrafficPolicyLoadBalancerWarmup"]:
        '''Represents the warmup configuration of Service.

        :schema: DestinationRuleSpecTrafficPolicyLoadBalancer#warmup
        '''
        result = self._values.get("warmup")
        return typing.cast(typing.Optional["DestinationRuleSpecTrafficPolicyLoadBalancerWarmup"], result)

    @builtins.property
    def warmup_duration_secs(self) -> typing.Optional[builtins.str]:
        '''Deprecated: use ``warmup`` instead.

        :schema: DestinationRuleSpecTrafficPolicyLoadBalancer#warmupDurationSecs
        '''
        result = self._values.get("warmup_duration_secs")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecTrafficPolicyLoadBalancer(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_ioistionetworking.DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHash",
    jsii_struct_bases=[],
    name_mapping={
        "http_cookie": "httpCookie",
        "http_header_name": "httpHeaderName",
        "http_query_parameter_name": "httpQueryParameterName",
        "maglev": "maglev",
        "minimum_ring_size": "minimumRingSize",
        "ring_hash": "ringHash",
        "use_source_ip": "useSourceIp",
    },
)
class DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHash:
    def __init__(
        self,
        *,
        http_cookie: typing.Optional[typing.Union["DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHashHttpCookie", typing.Dict[builtins.str, typing.Any]]] = None,
        http_header_name: typing.Optional[builtins.str] = None,
        http_query_parameter_name: typing.Optional[builtins.str] = None,
        maglev: typing.Optional[typing.Union["DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHashMaglev", typing.Dict[builtins.str, typing.Any]]] = None,
        minimum_ring_size: typing.Optional[jsii.Number] = None,
        ring_hash: typing.Optional[typing.Union["DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHashRingHash", typing.Dict[builtins.str, typing.Any]]] = None,
        use_source_ip: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''
        :param http_cookie: Hash based on HTTP cookie.
        :param http_header_name: Hash based on a specific HTTP header.
        :param http_query_parameter_name: Hash based on a specific HTTP query parameter.
        :param maglev: The Maglev load balancer implements consistent hashing to backend hosts.
        :param minimum_ring_size: Deprecated.
        :param ring_hash: The ring/modulo hash load balancer implements consistent hashing to backend hosts.
        :param use_source_ip: Hash based on the source IP address.

        :schema: DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHash
        '''
        if isinstance(http_cookie, dict):
            http_cookie = DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHashHttpCookie(**http_cookie)
        if isinstance(maglev, dict):
            maglev = DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHashMaglev(**maglev)
        if isinstance(ring_hash, dict):
            ring_hash = DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHashRingHash(**ring_hash)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c63fa65990334a02b42e9312348b89041923be3207ff53b7dece1c0bb3fb0ae3)
            check_type(argname="argument http_cookie", value=http_cookie, expected_type=type_hints["http_cookie"])
            check_type(argname="argument http_header_name", value=http_header_name, expected_type=type_hints["http_header_name"])
            check_type(argname="argument http_query_parameter_name", value=http_query_parameter_name, expected_type=type_hints["http_query_parameter_name"])
            check_type(argname="argument maglev", value=maglev, expected_type=type_hints["maglev"])
            check_type(argname="argument minimum_ring_size", value=minimum_ring_size, expected_type=type_hints["minimum_ring_size"])
            check_type(argname="argument ring_hash", value=ring_hash, expected_type=type_hints["ring_hash"])
            check_type(argname="argument use_source_ip", value=use_source_ip, expected_type=type_hints["use_source_ip"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if http_cookie is not None:
            self._values["http_cookie"] = http_cookie
        if http_header_name is not None:
            self._values["http_header_name"] = http_header_name
        if http_query_parameter_name is not None:
            self._values["http_query_parameter_name"] = http_query_parameter_name
        if maglev is not None:
            self._values["maglev"] = maglev
        if minimum_ring_size is not None:
            self._values["minimum_ring_size"] = minimum_ring_size
        if ring_hash is not None:
            self._values["ring_hash"] = ring_hash
        if use_source_ip is not None:
            self._values["use_source_ip"] = use_source_ip

    @builtins.property
    def http_cookie(
        self,
    ) -> typing.Optional["DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHashHttpCookie"]:
        '''Hash based on HTTP cookie.

        :schema: DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHash#httpCookie
        '''
        result = self._values.get("http_cookie")
        return typing.cast(typing.Optional["DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHashHttpCookie"], result)

    @builtins.property
    def http_header_name(self) -> typing.Optional[builtins.str]:
        '''Hash based on a specific HTTP header.

        :schema: DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHash#httpHeaderName
        '''
        result = self._values.get("http_header_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def http_query_parameter_name(self) -> typing.Optional[builtins.str]:
        '''Hash based on a specific HTTP query parameter.

        :schema: DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHash#httpQueryParameterName
        '''
        result = self._values.get("http_query_parameter_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def maglev(
        self,
    ) -> typing.Optional["DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHashMaglev"]:
        '''The Maglev load balancer implements consistent hashing to backend hosts.

        :schema: DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHash#maglev
        '''
        result = self._values.get("maglev")
        return typing.cast(typing.Optional["DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHashMaglev"], result)

    @builtins.property
    def minimum_ring_size(self) -> typing.Optional[jsii.Number]:
        '''Deprecated.

        :schema: DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHash#minimumRingSize
        '''
        result = self._values.get("minimum_ring_size")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def ring_hash(
        self,
    ) -> typing.Optional["DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHashRingHash"]:
        '''The ring/modulo hash load balancer implements consistent hashing to backend hosts.

        :schema: DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHash#ringHash
        '''
        result = self._values.get("ring_hash")
        return typing.cast(typing.Optional["DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHashRingHash"], result)

    @builtins.property
    def use_source_ip(self) -> typing.Optional[builtins.bool]:
        '''Hash based on the source IP address.

        :schema: DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHash#useSourceIp
        '''
        result = self._values.get("use_source_ip")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHash(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_ioistionetworking.DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHashHttpCookie",
    jsii_struct_bases=[],
    name_mapping={
        "name": "name",
        "attributes": "attributes",
        "path": "path",
        "ttl": "ttl",
    },
)
class DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHashHttpCookie:
    def __init__(
        self,
        *,
        name: builtins.str,
        attributes: typing.Optional[typing.Sequence[typing.Union["DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHashHttpCookieAttributes", typing.Dict[builtins.str, typing.Any]]]] = None,
        path: typing.Optional[builtins.str] = None,
        ttl: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Hash based on HTTP cookie.

        :param name: Name of the cookie.
        :param attributes: Additional attributes for the cookie.
        :param path: Path to set for the cookie.
        :param ttl: Lifetime of the cookie.

        :schema: DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHashHttpCookie
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__866c629c557e1e735ae8b2f23d368a0d8859e7b60fcee724fc6df389c25fe0dd)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument attributes", value=attributes, expected_type=type_hints["attributes"])
            check_type(argname="argument path", value=path, expected_type=type_hints["path"])
            check_type(argname="argument ttl", value=ttl, expected_type=type_hints["ttl"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if attributes is not None:
            self._values["attributes"] = attributes
        if path is not None:
            self._values["path"] = path
        if ttl is not None:
            self._values["ttl"] = ttl

    @builtins.property
    def name(self) -> builtins.str:
        '''Name of the cookie.

        :schema: DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHashHttpCookie#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def attributes(
        self,
    ) -> typing.Optional[typing.List["DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHashHttpCookieAttributes"]]:
        '''Additional attributes for the cookie.

        :schema: DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHashHttpCookie#attributes
        '''
        result = self._values.get("attributes")
        return typing.cast(typing.Optional[typing.List["DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHashHttpCookieAttributes"]], result)

    @builtins.property
    def path(self) -> typing.Optional[builtins.str]:
        '''Path to set for the cookie.

        :schema: DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHashHttpCookie#path
        '''
        result = self._values.get("path")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def ttl(self) -> typing.Optional[builtins.str]:
        '''Lifetime of the cookie.

        :schema: DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHashHttpCookie#ttl
        '''
        result = self._values.get("ttl")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHashHttpCookie(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_ioistionetworking.DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHashHttpCookieAttributes",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "value": "value"},
)
class DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHashHttpCookieAttributes:
    def __init__(
        self,
        *,
        name: builtins.str,
        value: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param name: The name of the cookie attribute.
        :param value: The optional value of the cookie attribute.

        :schema: DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHashHttpCookieAttributes
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c37f6dab99e30e10179838ef27469f92cbd62fc4a82621a9f3514a0968547ca9)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if value is not None:
            self._values["value"] = value

    @builtins.property
    def name(self) -> builtins.str:
        '''The name of the cookie attribute.

        :schema: DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHashHttpCookieAttributes#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def value(self) -> typing.Optional[builtins.str]:
        '''The optional value of the cookie attribute.

        :schema: DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHashHttpCookieAttributes#value
        '''
        result = self._values.get("value")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHashHttpCookieAttributes(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_ioistionetworking.DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHashMaglev",
    jsii_struct_bases=[],
    name_mapping={"table_size": "tableSize"},
)
class DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHashMaglev:
    def __init__(self, *, table_size: typing.Optional[jsii.Number] = None) -> None:
        '''The Maglev load balancer implements consistent hashing to backend hosts.

        :param table_size: The table size for Maglev hashing.

        :schema: DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHashMaglev
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__75591506332ab250d76a431b19677824c86278a8b5cfa1513944cfc23d61c11e)
            check_type(argname="argument table_size", value=table_size, expected_type=type_hints["table_size"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if table_size is not None:
            self._values["table_size"] = table_size

    @builtins.property
    def table_size(self) -> typing.Optional[jsii.Number]:
        '''The table size for Maglev hashing.

        :schema: DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHashMaglev#tableSize
        '''
        result = self._values.get("table_size")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHashMaglev(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_ioistionetworking.DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHashRingHash",
    jsii_struct_bases=[],
    name_mapping={"minimum_ring_size": "minimumRingSize"},
)
class DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHashRingHash:
    def __init__(
        self,
        *,
        minimum_ring_size: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''The ring/modulo hash load balancer implements consistent hashing to backend hosts.

        :param minimum_ring_size: The minimum number of virtual nodes to use for the hash ring.

        :schema: DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHashRingHash
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__de9966e592f98083602c2b4a22567418f61edfe5f3ce33cacd69d112c6b45694)
            check_type(argname="argument minimum_ring_size", value=minimum_ring_size, expected_type=type_hints["minimum_ring_size"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if minimum_ring_size is not None:
            self._values["minimum_ring_size"] = minimum_ring_size

    @builtins.property
    def minimum_ring_size(self) -> typing.Optional[jsii.Number]:
        '''The minimum number of virtual nodes to use for the hash ring.

        :schema: DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHashRingHash#minimumRingSize
        '''
        result = self._values.get("minimum_ring_size")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHashRingHash(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_ioistionetworking.DestinationRuleSpecTrafficPolicyLoadBalancerLocalityLbSetting",
    jsii_struct_bases=[],
    name_mapping={
        "distribute": "distribute",
        "enabled": "enabled",
        "failover": "failover",
        "failover_priority": "failoverPriority",
    },
)
class DestinationRuleSpecTrafficPolicyLoadBalancerLocalityLbSetting:
    def __init__(
        self,
        *,
        distribute: typing.Optional[typing.Sequence[typing.Union["DestinationRuleSpecTrafficPolicyLoadBalancerLocalityLbSettingDistribute", typing.Dict[builtins.str, typing.Any]]]] = None,
        enabled: typing.Optional[builtins.bool] = None,
        failover: typing.Optional[typing.Sequence[typing.Union["DestinationRuleSpecTrafficPolicyLoadBalancerLocalityLbSettingFailover", typing.Dict[builtins.str, typing.Any]]]] = None,
        failover_priority: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''
        :param distribute: Optional: only one of distribute, failover or failoverPriority can be set.
        :param enabled: Enable locality load balancing.
        :param failover: Optional: only one of distribute, failover or failoverPriority can be set.
        :param failover_priority: failoverPriority is an ordered list of labels used to sort endpoints to do priority based load balancing.

        :schema: DestinationRuleSpecTrafficPolicyLoadBalancerLocalityLbSetting
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__22f802bdafa23af571fa61f9c2aa62dfa297cb189bc42232b50c490837404305)
            check_type(argname="argument distribute", value=distribute, expected_type=type_hints["distribute"])
            check_type(argname="argument enabled", value=enabled, expected_type=type_hints["enabled"])
            check_type(argname="argument failover", value=failover, expected_type=type_hints["failover"])
            check_type(argname="argument failover_priority", value=failover_priority, expected_type=type_hints["failover_priority"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if distribute is not None:
            self._values["distribute"] = distribute
        if enabled is not None:
            self._values["enabled"] = enabled
        if failover is not None:
            self._values["failover"] = failover
        if failover_priority is not None:
            self._values["failover_priority"] = failover_priority

    @builtins.property
    def distribute(
        self,
    ) -> typing.Optional[typing.List["DestinationRuleSpecTrafficPolicyLoadBalancerLocalityLbSettingDistribute"]]:
        '''Optional: only one of distribute, failover or failoverPriority can be set.

        :schema: DestinationRuleSpecTrafficPolicyLoadBalancerLocalityLbSetting#distribute
        '''
        result = self._values.get("distribute")
        return typing.cast(typing.Optional[typing.List["DestinationRuleSpecTrafficPolicyLoadBalancerLocalityLbSettingDistribute"]], result)

    @builtins.property
    def enabled(self) -> typing.Optional[builtins.bool]:
        '''Enable locality load balancing.

        :schema: DestinationRuleSpecTrafficPolicyLoadBalancerLocalityLbSetting#enabled
        '''
        result = self._values.get("enabled")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def failover(
        self,
    ) -> typing.Optional[typing.List["DestinationRuleSpecTrafficPolicyLoadBalancerLocalityLbSettingFailover"]]:
        '''Optional: only one of distribute, failover or failoverPriority can be set.

        :schema: DestinationRuleSpecTrafficPolicyLoadBalancerLocalityLbSetting#failover
        '''
        result = self._values.get("failover")
        return typing.cast(typing.Optional[typing.List["DestinationRuleSpecTrafficPolicyLoadBalancerLocalityLbSettingFailover"]], result)

    @builtins.property
    def failover_priority(self) -> typing.Optional[typing.List[builtins.str]]:
        '''failoverPriority is an ordered list of labels used to sort endpoints to do priority based load balancing.

        :schema: DestinationRuleSpecTrafficPolicyLoadBalancerLocalityLbSetting#failoverPriority
        '''
        result = self._values.get("failover_priority")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecTrafficPolicyLoadBalancerLocalityLbSetting(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_ioistionetworking.DestinationRuleSpecTrafficPolicyLoadBalancerLocalityLbSettingDistribute",
    jsii_struct_bases=[],
    name_mapping={"from_": "from", "to": "to"},
)
class DestinationRuleSpecTrafficPolicyLoadBalancerLocalityLbSettingDistribute:
    def __init__(
        self,
        *,
        from_: typing.Optional[builtins.str] = None,
        to: typing.Optional[typing.Mapping[builtins.str, jsii.Number]] = None,
    ) -> None:
        '''
        :param from_: Originating locality, '/' separated, e.g.
        :param to: Map of upstream localities to traffic distribution weights.

        :schema: DestinationRuleSpecTrafficPolicyLoadBalancerLocalityLbSettingDistribute
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__3158e8e1d088d68b323c413b23773466a3e1c10d8e1f83a934b29822cb1fae67)
            check_type(argname="argument from_", value=from_, expected_type=type_hints["from_"])
            check_type(argname="argument to", value=to, expected_type=type_hints["to"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if from_ is not None:
            self._values["from_"] = from_
        if to is not None:
            self._values["to"] = to

    @builtins.property
    def from_(self) -> typing.Optional[builtins.str]:
        '''Originating locality, '/' separated, e.g.

        :schema: DestinationRuleSpecTrafficPolicyLoadBalancerLocalityLbSettingDistribute#from
        '''
        result = self._values.get("from_")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def to(self) -> typing.Optional[typing.Mapping[builtins.str, jsii.Number]]:
        '''Map of upstream localities to traffic distribution weights.

        :schema: DestinationRuleSpecTrafficPolicyLoadBalancerLocalityLbSettingDistribute#to
        '''
        result = self._values.get("to")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, jsii.Number]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecTrafficPolicyLoadBalancerLocalityLbSettingDistribute(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_ioistionetworking.DestinationRuleSpecTrafficPolicyLoadBalancerLocalityLbSettingFailover",
    jsii_struct_bases=[],
    name_mapping={"from_": "from", "to": "to"},
)
class DestinationRuleSpecTrafficPolicyLoadBalancerLocalityLbSettingFailover:
    def __init__(
        self,
        *,
        from_: typing.Optional[builtins.str] = None,
        to: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param from_: Originating region.
        :param to: Destination region the traffic will fail over to when endpoints in the 'from' region becomes unhealthy.

        :schema: DestinationRuleSpecTrafficPolicyLoadBalancerLocalityLbSettingFailover
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__3fb0ccf312cee73603ef2bbb2e527ee646d5a008b8ffab16846ed1eb0ff0db90)
            check_type(argname="argument from_", value=from_, expected_type=type_hints["from_"])
            check_type(argname="argument to", value=to, expected_type=type_hints["to"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if from_ is not None:
            self._values["from_"] = from_
        if to is not None:
            self._values["to"] = to

    @builtins.property
    def from_(self) -> typing.Optional[builtins.str]:
        '''Originating region.

        :schema: DestinationRuleSpecTrafficPolicyLoadBalancerLocalityLbSettingFailover#from
        '''
        result = self._values.get("from_")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def to(self) -> typing.Optional[builtins.str]:
        '''Destination region the traffic will fail over to when endpoints in the 'from' region becomes unhealthy.

        :schema: DestinationRuleSpecTrafficPolicyLoadBalancerLocalityLbSettingFailover#to
        '''
        result = self._values.get("to")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecTrafficPolicyLoadBalancerLocalityLbSettingFailover(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="istio_ioistionetworking.DestinationRuleSpecTrafficPolicyLoadBalancerSimple"
)
class DestinationRuleSpecTrafficPolicyLoadBalancerSimple(enum.Enum):
    '''Valid Options: LEAST_CONN, RANDOM, PASSTHROUGH, ROUND_ROBIN, LEAST_REQUEST.

    :schema: DestinationRuleSpecTrafficPolicyLoadBalancerSimple
    '''

    UNSPECIFIED = "UNSPECIFIED"
    '''UNSPECIFIED.'''
    LEAST_UNDERSCORE_CONN = "LEAST_UNDERSCORE_CONN"
    '''LEAST_CONN.'''
    RANDOM = "RANDOM"
    '''RANDOM.'''
    PASSTHROUGH = "PASSTHROUGH"
    '''PASSTHROUGH.'''
    ROUND_UNDERSCORE_ROBIN = "ROUND_UNDERSCORE_ROBIN"
    '''ROUND_ROBIN.'''
    LEAST_UNDERSCORE_REQUEST = "LEAST_UNDERSCORE_REQUEST"
    '''LEAST_REQUEST.'''


@jsii.data_type(
    jsii_type="istio_ioistionetworking.DestinationRuleSpecTrafficPolicyLoadBalancerWarmup",
    jsii_struct_bases=[],
    name_mapping={
        "duration": "duration",
        "aggression": "aggression",
        "minimum_percent": "minimumPercent",
    },
)
class DestinationRuleSpecTrafficPolicyLoadBalancerWarmup:
    def __init__(
        self,
        *,
        duration: builtins.str,
        aggression: typing.Optional[jsii.Number] = None,
        minimum_percent: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''Represents the warmup configuration of Service.

        :param duration: 
        :param aggression: This parameter controls the speed of traffic increase over the warmup duration.
        :param minimum_percent: 

        :schema: DestinationRuleSpecTrafficPolicyLoadBalancerWarmup
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__fa8ae587d5fb0819b8922d930c1df4fffe33b74813e42e9077fc5bc310b62479)
            check_type(argname="argument duration", value=duration, expected_type=type_hints["duration"])
            check_type(argname="argument aggression", value=aggression, expected_type=type_hints["aggression"])
            check_type(argname="argument minimum_percent", value=minimum_percent, expected_type=type_hints["minimum_percent"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "duration": duration,
        }
        if aggression is not None:
            self._values["aggression"] = aggression
        if minimum_percent is not None:
            self._values["minimum_percent"] = minimum_percent

    @builtins.property
    def duration(self) -> builtins.str:
        '''
        :schema: DestinationRuleSpecTrafficPolicyLoadBalancerWarmup#duration
        '''
        result = self._values.get("duration")
        assert result is not None, "Required property 'duration' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def aggression(self) -> typing.Optional[jsii.Number]:
        '''This parameter controls the speed of traffic increase over the warmup duration.

        :schema: DestinationRuleSpecTrafficPolicyLoadBalancerWarmup#aggression
        '''
        result = self._values.get("aggression")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def minimum_percent(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: DestinationRuleSpecTrafficPolicyLoadBalancerWarmup#minimumPercent
        '''
        result = self._values.get("minimum_percent")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecTrafficPolicyLoadBalancerWarmup(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_ioistionetworking.DestinationRuleSpecTrafficPolicyOutlierDetection",
    jsii_struct_bases=[],
    name_mapping={
        "base_ejection_time": "baseEjectionTime",
        "consecutive5_xx_errors": "consecutive5XxErrors",
        "consecutive_errors": "consecutiveErrors",
        "consecutive_gateway_errors": "consecutiveGatewayErrors",
        "consecutive_local_origin_failures": "consecutiveLocalOriginFailures",
        "interval": "interval",
        "max_ejection_percent": "maxEjectionPercent",
        "min_health_percent": "minHealthPercent",
        "split_external_local_origin_errors": "splitExternalLocalOriginErrors",
    },
)
class DestinationRuleSpecTrafficPolicyOutlierDetection:
    def __init__(
        self,
        *,
        base_ejection_time: typing.Optional[builtins.str] = None,
        consecutive5_xx_errors: typing.Optional[jsii.Number] = None,
        consecutive_errors: typing.Optional[jsii.Number] = None,
        consecutive_gateway_errors: typing.Optional[jsii.Number] = None,
        consecutive_local_origin_failures: typing.Optional[jsii.Number] = None,
        interval: typing.Optional[builtins.str] = None,
        max_ejection_percent: typing.Optional[jsii.Number] = None,
        min_health_percent: typing.Optional[jsii.Number] = None,
        split_external_local_origin_errors: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''
        :param base_ejection_time: Minimum ejection duration.
        :param consecutive5_xx_errors: Number of 5xx errors before a host is ejected from the connection pool.
        :param consecutive_errors: 
        :param consecutive_gateway_errors: Number of gateway errors before a host is ejected from the connection pool.
        :param consecutive_local_origin_failures: The number of consecutive locally originated failures before ejection occurs.
        :param interval: Time interval between ejection sweep analysis.
        :param max_ejection_percent: Maximum % of hosts in the load balancing pool for the upstream service that can be ejected.
        :param min_health_percent: Outlier detection will be enabled as long as the associated load balancing pool has at least ``minHealthPercent`` hosts in healthy mode.
        :param split_external_local_origin_errors: Determines whether to distinguish local origin failures from external errors.

        :schema: DestinationRuleSpecTrafficPolicyOutlierDetection
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c416c3f753f924e9da4aa63fec55776d2a215d0627a46a30a012d4c7eb9f0a64)
            check_type(argname="argument base_ejection_time", value=base_ejection_time, expected_type=type_hints["base_ejection_time"])
            check_type(argname="argument consecutive5_xx_errors", value=consecutive5_xx_errors, expected_type=type_hints["consecutive5_xx_errors"])
            check_type(argname="argument consecutive_errors", value=consecutive_errors, expected_type=type_hints["consecutive_errors"])
            check_type(argname="argument consecutive_gateway_errors", value=consecutive_gateway_errors, expected_type=type_hints["consecutive_gateway_errors"])
            check_type(argname="argument consecutive_local_origin_failures", value=consecutive_local_origin_failures, expected_type=type_hints["consecutive_local_origin_failures"])
            check_type(argname="argument interval", value=interval, expected_type=type_hints["interval"])
            check_type(argname="argument max_ejection_percent", value=max_ejection_percent, expected_type=type_hints["max_ejection_percent"])
            check_type(argname="argument min_health_percent", value=min_health_percent, expected_type=type_hints["min_health_percent"])
            check_type(argname="argument split_external_local_origin_errors", value=split_external_local_origin_errors, expected_type=type_hints["split_external_local_origin_errors"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if base_ejection_time is not None:
            self._values["base_ejection_time"] = base_ejection_time
        if consecutive5_xx_errors is not None:
            self._values["consecutive5_xx_errors"] = consecutive5_xx_errors
        if consecutive_errors is not None:
            self._values["consecutive_errors"] = consecutive_errors
        if consecutive_gateway_errors is not None:
            self._values["consecutive_gateway_errors"] = consecutive_gateway_errors
        if consecutive_local_origin_failures is not None:
            self._values["consecutive_local_origin_failures"] = consecutive_local_origin_failures
        if interval is not None:
            self._values["interval"] = interval
        if max_ejection_percent is not None:
            self._values["max_ejection_percent"] = max_ejection_percent
        if min_health_percent is not None:
            self._values["min_health_percent"] = min_health_percent
        if split_external_local_origin_errors is not None:
            self._values["split_external_local_origin_errors"] = split_external_local_origin_errors

    @builtins.property
    def base_ejection_time(self) -> typing.Optional[builtins.str]:
        '''Minimum ejection duration.

        :schema: DestinationRuleSpecTrafficPolicyOutlierDetection#baseEjectionTime
        '''
        result = self._values.get("base_ejection_time")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def consecutive5_xx_errors(self) -> typing.Optional[jsii.Number]:
        '''Number of 5xx errors before a host is ejected from the connection pool.

        :schema: DestinationRuleSpecTrafficPolicyOutlierDetection#consecutive5xxErrors
        '''
        result = self._values.get("consecutive5_xx_errors")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def consecutive_errors(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: DestinationRuleSpecTrafficPolicyOutlierDetection#consecutiveErrors
        '''
        result = self._values.get("consecutive_errors")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def consecutive_gateway_errors(self) -> typing.Optional[jsii.Number]:
        '''Number of gateway errors before a host is ejected from the connection pool.

        :schema: DestinationRuleSpecTrafficPolicyOutlierDetection#consecutiveGatewayErrors
        '''
        result = self._values.get("consecutive_gateway_errors")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def consecutive_local_origin_failures(self) -> typing.Optional[jsii.Number]:
        '''The number of consecutive locally originated failures before ejection occurs.

        :schema: DestinationRuleSpecTrafficPolicyOutlierDetection#consecutiveLocalOriginFailures
        '''
        result = self._values.get("consecutive_local_origin_failures")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def interval(self) -> typing.Optional[builtins.str]:
        '''Time interval between ejection sweep analysis.

        :schema: DestinationRuleSpecTrafficPolicyOutlierDetection#interval
        '''
        result = self._values.get("interval")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def max_ejection_percent(self) -> typing.Optional[jsii.Number]:
        '''Maximum % of hosts in the load balancing pool for the upstream service that can be ejected.

        :schema: DestinationRuleSpecTrafficPolicyOutlierDetection#maxEjectionPercent
        '''
        result = self._values.get("max_ejection_percent")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def min_health_percent(self) -> typing.Optional[jsii.Number]:
        '''Outlier detection will be enabled as long as the associated load balancing pool has at least ``minHealthPercent`` hosts in healthy mode.

        :schema: DestinationRuleSpecTrafficPolicyOutlierDetection#minHealthPercent
        '''
        result = self._values.get("min_health_percent")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def split_external_local_origin_errors(self) -> typing.Optional[builtins.bool]:
        '''Determines whether to distinguish local origin failures from external errors.

        :schema: DestinationRuleSpecTrafficPolicyOutlierDetection#splitExternalLocalOriginErrors
        '''
        result = self._values.get("split_external_local_origin_errors")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecTrafficPolicyOutlierDetection(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_ioistionetworking.DestinationRuleSpecTrafficPolicyPortLevelSettings",
    jsii_struct_bases=[],
    name_mapping={
        "connection_pool": "connectionPool",
        "load_balancer": "loadBalancer",
        "outlier_detection": "outlierDetection",
        "port": "port",
        "tls": "tls",
    },
)
class DestinationRuleSpecTrafficPolicyPortLevelSettings:
    def __init__(
        self,
        *,
        connection_pool: typing.Optional[typing.Union["DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPool", typing.Dict[builtins.str, typing.Any]]] = None,
        load_balancer: typing.Optional[typing.Union["DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancer", typing.Dict[builtins.str, typing.Any]]] = None,
        outlier_detection: typing.Optional[typing.Union["DestinationRuleSpecTrafficPolicyPortLevelSettingsOutlierDetection", typing.Dict[builtins.str, typing.Any]]] = None,
        port: typing.Optional[typing.Union["DestinationRuleSpecTrafficPolicyPortLevelSettingsPort", typing.Dict[builtins.str, typing.Any]]] = None,
        tls: typing.Optional[typing.Union["DestinationRuleSpecTrafficPolicyPortLevelSettingsTls", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param connection_pool: 
        :param load_balancer: Settings controlling the load balancer algorithms.
        :param outlier_detection: 
        :param port: Specifies the number of a port on the destination service on which this policy is being applied.
        :param tls: TLS related settings for connections to the upstream service.

        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettings
        '''
        if isinstance(connection_pool, dict):
            connection_pool = DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPool(**connection_pool)
        if isinstance(load_balancer, dict):
            load_balancer = DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancer(**load_balancer)
        if isinstance(outlier_detection, dict):
            outlier_detection = DestinationRuleSpecTrafficPolicyPortLevelSettingsOutlierDetection(**outlier_detection)
        if isinstance(port, dict):
            port = DestinationRuleSpecTrafficPolicyPortLevelSettingsPort(**port)
        if isinstance(tls, dict):
            tls = DestinationRuleSpecTrafficPolicyPortLevelSettingsTls(**tls)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e8136d221d59c85efe98eecdbe26770217161a185450560eedd8224f73ace2b5)
            check_type(argname="argument connection_pool", value=connection_pool, expected_type=type_hints["connection_pool"])
            check_type(argname="argument load_balancer", value=load_balancer, expected_type=type_hints["load_balancer"])
            check_type(argname="argument outlier_detection", value=outlier_detection, expected_type=type_hints["outlier_detection"])
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
            check_type(argname="argument tls", value=tls, expected_type=type_hints["tls"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if connection_pool is not None:
            self._values["connection_pool"] = connection_pool
        if load_balancer is not None:
            self._values["load_balancer"] = load_balancer
        if outlier_detection is not None:
            self._values["outlier_detection"] = outlier_detection
        if port is not None:
            self._values["port"] = port
        if tls is not None:
            self._values["tls"] = tls

    @builtins.property
    def connection_pool(
        self,
    ) -> typing.Optional["DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPool"]:
        '''
        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettings#connectionPool
        '''
        result = self._values.get("connection_pool")
        return typing.cast(typing.Optional["DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPool"], result)

    @builtins.property
    def load_balancer(
        self,
    ) -> typing.Optional["DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancer"]:
        '''Settings controlling the load balancer algorithms.

        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettings#loadBalancer
        '''
        result = self._values.get("load_balancer")
        return typing.cast(typing.Optional["DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancer"], result)

    @builtins.property
    def outlier_detection(
        self,
    ) -> typing.Optional["DestinationRuleSpecTrafficPolicyPortLevelSettingsOutlierDetection"]:
        '''
        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettings#outlierDetection
        '''
        result = self._values.get("outlier_detection")
        return typing.cast(typing.Optional["DestinationRuleSpecTrafficPolicyPortLevelSettingsOutlierDetection"], result)

    @builtins.property
    def port(
        self,
    ) -> typing.Optional["DestinationRuleSpecTrafficPolicyPortLevelSettingsPort"]:
        '''Specifies the number of a port on the destination service on which this policy is being applied.

        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettings#port
        '''
        result = self._values.get("port")
        return typing.cast(typing.Optional["DestinationRuleSpecTrafficPolicyPortLevelSettingsPort"], result)

    @builtins.property
    def tls(
        self,
    ) -> typing.Optional["DestinationRuleSpecTrafficPolicyPortLevelSettingsTls"]:
        '''TLS related settings for connections to the upstream service.

        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettings#tls
        '''
        result = self._values.get("tls")
        return typing.cast(typing.Optional["DestinationRuleSpecTrafficPolicyPortLevelSettingsTls"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecTrafficPolicyPortLevelSettings(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_ioistionetworking.DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPool",
    jsii_struct_bases=[],
    name_mapping={"http": "http", "tcp": "tcp"},
)
class DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPool:
    def __init__(
        self,
        *,
        http: typing.Optional[typing.Union["DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolHttp", typing.Dict[builtins.str, typing.Any]]] = None,
        tcp: typing.Optional[typing.Union["DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolTcp", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param http: HTTP connection pool settings.
        :param tcp: Settings common to both HTTP and TCP upstream connections.

        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPool
        '''
        if isinstance(http, dict):
            http = DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolHttp(**http)
        if isinstance(tcp, dict):
            tcp = DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolTcp(**tcp)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__321bebb5e7953dd279210c285330bf8691136e7f673b4029088b73d74464706a)
            check_type(argname="argument http", value=http, expected_type=type_hints["http"])
            check_type(argname="argument tcp", value=tcp, expected_type=type_hints["tcp"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if http is not None:
            self._values["http"] = http
        if tcp is not None:
            self._values["tcp"] = tcp

    @builtins.property
    def http(
        self,
    ) -> typing.Optional["DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolHttp"]:
        '''HTTP connection pool settings.

        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPool#http
        '''
        result = self._values.get("http")
        return typing.cast(typing.Optional["DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolHttp"], result)

    @builtins.property
    def tcp(
        self,
    ) -> typing.Optional["DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolTcp"]:
        '''Settings common to both HTTP and TCP upstream connections.

        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPool#tcp
        '''
        result = self._values.get("tcp")
        return typing.cast(typing.Optional["DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolTcp"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPool(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_ioistionetworking.DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolHttp",
    jsii_struct_bases=[],
    name_mapping={
        "h2_upgrade_policy": "h2UpgradePolicy",
        "http1_max_pending_requests": "http1MaxPendingRequests",
        "http2_max_requests": "http2MaxRequests",
        "idle_timeout": "idleTimeout",
        "max_concurrent_streams": "maxConcurrentStreams",
        "max_requests_per_connection": "maxRequestsPerConnection",
        "max_retries": "maxRetries",
        "use_client_protocol": "useClientProtocol",
    },
)
class DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolHttp:
    def __init__(
        self,
        *,
        h2_upgrade_policy: typing.Optional["DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolHttpH2UpgradePolicy"] = None,
        http1_max_pending_requests: typing.Optional[jsii.Number] = None,
        http2_max_requests: typing.Optional[jsii.Number] = None,
        idle_timeout: typing.Optional[builtins.str] = None,
        max_concurrent_streams: typing.Optional[jsii.Number] = None,
        max_requests_per_connection: typing.Optional[jsii.Number] = None,
        max_retries: typing.Optional[jsii.Number] = None,
        use_client_protocol: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''HTTP connection pool settings.

        :param h2_upgrade_policy: Specify if http1.1 connection should be upgraded to http2 for the associated destination. Valid Options: DEFAULT, DO_NOT_UPGRADE, UPGRADE
        :param http1_max_pending_requests: Maximum number of requests that will be queued while waiting for a ready connection pool connection.
        :param http2_max_requests: Maximum number of active requests to a destination.
        :param idle_timeout: The idle timeout for upstream connection pool connections.
        :param max_concurrent_streams: The maximum number of concurrent streams allowed for a peer on one HTTP/2 connection.
        :param max_requests_per_connection: Maximum number of requests per connection to a backend.
        :param max_retries: Maximum number of retries that can be outstanding to all hosts in a cluster at a given time.
        :param use_client_protocol: If set to true, client protocol will be preserved while initiating connection to backend.

        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolHttp
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__3317d3f8d9510e4ab1f57e38f8b92bfc56a3c5f5bd8239056aa262919e8110e7)
            check_type(argname="argument h2_upgrade_policy", value=h2_upgrade_policy, expected_type=type_hints["h2_upgrade_policy"])
            check_type(argname="argument http1_max_pending_requests", value=http1_max_pending_requests, expected_type=type_hints["http1_max_pending_requests"])
            check_type(argname="argument http2_max_requests", value=http2_max_requests, expected_type=type_hints["http2_max_requests"])
            check_type(argname="argument idle_timeout", value=idle_timeout, expected_type=type_hints["idle_timeout"])
            check_type(argname="argument max_concurrent_streams", value=max_concurrent_streams, expected_type=type_hints["max_concurrent_streams"])
            check_type(argname="argument max_requests_per_connection", value=max_requests_per_connection, expected_type=type_hints["max_requests_per_connection"])
            check_type(argname="argument max_retries", value=max_retries, expected_type=type_hints["max_retries"])
            check_type(argname="argument use_client_protocol", value=use_client_protocol, expected_type=type_hints["use_client_protocol"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if h2_upgrade_policy is not None:
            self._values["h2_upgrade_policy"] = h2_upgrade_policy
        if http1_max_pending_requests is not None:
            self._values["http1_max_pending_requests"] = http1_max_pending_requests
        if http2_max_requests is not None:
            self._values["http2_max_requests"] = http2_max_requests
        if idle_timeout is not None:
            self._values["idle_timeout"] = idle_timeout
        if max_concurrent_streams is not None:
            self._values["max_concurrent_streams"] = max_concurrent_streams
        if max_requests_per_connection is not None:
            self._values["max_requests_per_connection"] = max_requests_per_connection
        if max_retries is not None:
            self._values["max_retries"] = max_retries
        if use_client_protocol is not None:
            self._values["use_client_protocol"] = use_client_protocol

    @builtins.property
    def h2_upgrade_policy(
        self,
    ) -> typing.Optional["DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolHttpH2UpgradePolicy"]:
        '''Specify if http1.1 connection should be upgraded to http2 for the associated destination.

        Valid Options: DEFAULT, DO_NOT_UPGRADE, UPGRADE

        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolHttp#h2UpgradePolicy
        '''
        result = self._values.get("h2_upgrade_policy")
        return typing.cast(typing.Optional["DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolHttpH2UpgradePolicy"], result)

    @builtins.property
    def http1_max_pending_requests(self) -> typing.Optional[jsii.Number]:
        '''Maximum number of requests that will be queued while waiting for a ready connection pool connection.

        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolHttp#http1MaxPendingRequests
        '''
        result = self._values.get("http1_max_pending_requests")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def http2_max_requests(self) -> typing.Optional[jsii.Number]:
        '''Maximum number of active requests to a destination.

        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolHttp#http2MaxRequests
        '''
        result = self._values.get("http2_max_requests")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def idle_timeout(self) -> typing.Optional[builtins.str]:
        '''The idle timeout for upstream connection pool connections.

        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolHttp#idleTimeout
        '''
        result = self._values.get("idle_timeout")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def max_concurrent_streams(self) -> typing.Optional[jsii.Number]:
        '''The maximum number of concurrent streams allowed for a peer on one HTTP/2 connection.

        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolHttp#maxConcurrentStreams
        '''
        result = self._values.get("max_concurrent_streams")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def max_requests_per_connection(self) -> typing.Optional[jsii.Number]:
        '''Maximum number of requests per connection to a backend.

        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolHttp#maxRequestsPerConnection
        '''
        result = self._values.get("max_requests_per_connection")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def max_retries(self) -> typing.Optional[jsii.Number]:
        '''Maximum number of retries that can be outstanding to all hosts in a cluster at a given time.

        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolHttp#maxRetries
        '''
        result = self._values.get("max_retries")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def use_client_protocol(self) -> typing.Optional[builtins.bool]:
        '''If set to true, client protocol will be preserved while initiating connection to backend.

        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolHttp#useClientProtocol
        '''
        result = self._values.get("use_client_protocol")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolHttp(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="istio_ioistionetworking.DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolHttpH2UpgradePolicy"
)
class DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolHttpH2UpgradePolicy(
    enum.Enum,
):
    '''Specify if http1.1 connection should be upgraded to http2 for the associated destination.

    Valid Options: DEFAULT, DO_NOT_UPGRADE, UPGRADE

    :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolHttpH2UpgradePolicy
    '''

    DEFAULT = "DEFAULT"
    '''DEFAULT.'''
    DO_UNDERSCORE_NOT_UNDERSCORE_UPGRADE = "DO_UNDERSCORE_NOT_UNDERSCORE_UPGRADE"
    '''DO_NOT_UPGRADE.'''
    UPGRADE = "UPGRADE"
    '''UPGRADE.'''


@jsii.data_type(
    jsii_type="istio_ioistionetworking.DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolTcp",
    jsii_struct_bases=[],
    name_mapping={
        "connect_timeout": "connectTimeout",
        "idle_timeout": "idleTimeout",
        "max_connection_duration": "maxConnectionDuration",
        "max_connections": "maxConnections",
        "tcp_keepalive": "tcpKeepalive",
    },
)
class DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolTcp:
    def __init__(
        self,
        *,
        connect_timeout: typing.Optional[builtins.str] = None,
        idle_timeout: typing.Optional[builtins.str] = None,
        max_connection_duration: typing.Optional[builtins.str] = None,
        max_connections: typing.Optional[jsii.Number] = None,
        tcp_keepalive: typing.Optional[typing.Union["DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolTcpTcpKeepalive", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Settings common to both HTTP and TCP upstream connections.

        :param connect_timeout: TCP connection timeout.
        :param idle_timeout: The idle timeout for TCP connections.
        :param max_connection_duration: The maximum duration of a connection.
        :param max_connections: Maximum number of HTTP1 /TCP connections to a destination host.
        :param tcp_keepalive: If set then set SO_KEEPALIVE on the socket to enable TCP Keepalives.

        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolTcp
        '''
        if isinstance(tcp_keepalive, dict):
            tcp_keepalive = DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolTcpTcpKeepalive(**tcp_keepalive)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0f5d7cc6ee3bc1c1b3299ce85869d20c26c524103d6c2f154ee3afd66fec2df3)
            check_type(argname="argument connect_timeout", value=connect_timeout, expected_type=type_hints["connect_timeout"])
            check_type(argname="argument idle_timeout", value=idle_timeout, expected_type=type_hints["idle_timeout"])
            check_type(argname="argument max_connection_duration", value=max_connection_duration, expected_type=type_hints["max_connection_duration"])
            check_type(argname="argument max_connections", value=max_connections, expected_type=type_hints["max_connections"])
            check_type(argname="argument tcp_keepalive", value=tcp_keepalive, expected_type=type_hints["tcp_keepalive"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if connect_timeout is not None:
            self._values["connect_timeout"] = connect_timeout
        if idle_timeout is not None:
            self._values["idle_timeout"] = idle_timeout
        if max_connection_duration is not None:
            self._values["max_connection_duration"] = max_connection_duration
        if max_connections is not None:
            self._values["max_connections"] = max_connections
        if tcp_keepalive is not None:
            self._values["tcp_keepalive"] = tcp_keepalive

    @builtins.property
    def connect_timeout(self) -> typing.Optional[builtins.str]:
        '''TCP connection timeout.

        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolTcp#connectTimeout
        '''
        result = self._values.get("connect_timeout")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def idle_timeout(self) -> typing.Optional[builtins.str]:
        '''The idle timeout for TCP connections.

        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolTcp#idleTimeout
        '''
        result = self._values.get("idle_timeout")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def max_connection_duration(self) -> typing.Optional[builtins.str]:
        '''The maximum duration of a connection.

        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolTcp#maxConnectionDuration
        '''
        result = self._values.get("max_connection_duration")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def max_connections(self) -> typing.Optional[jsii.Number]:
        '''Maximum number of HTTP1 /TCP connections to a destination host.

        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolTcp#maxConnections
        '''
        result = self._values.get("max_connections")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def tcp_keepalive(
        self,
    ) -> typing.Optional["DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolTcpTcpKeepalive"]:
        '''If set then set SO_KEEPALIVE on the socket to enable TCP Keepalives.

        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolTcp#tcpKeepalive
        '''
        result = self._values.get("tcp_keepalive")
        return typing.cast(typing.Optional["DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolTcpTcpKeepalive"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolTcp(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_ioistionetworking.DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolTcpTcpKeepalive",
    jsii_struct_bases=[],
    name_mapping={"interval": "interval", "probes": "probes", "time": "time"},
)
class DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolTcpTcpKeepalive:
    def __init__(
        self,
        *,
        interval: typing.Optional[builtins.str] = None,
        probes: typing.Optional[jsii.Number] = None,
        time: typing.Optional[builtins.str] = None,
    ) -> None:
        '''If set then set SO_KEEPALIVE on the socket to enable TCP Keepalives.

        :param interval: The time duration between keep-alive probes.
        :param probes: Maximum number of keepalive probes to send without response before deciding the connection is dead.
        :param time: The time duration a connection needs to be idle before keep-alive probes start being sent.

        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolTcpTcpKeepalive
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__9b1379d0caaf4fd47c58e51956ce7184bb574aa2d3bc0e51a0528e9acb06ad65)
            check_type(argname="argument interval", value=interval, expected_type=type_hints["interval"])
            check_type(argname="argument probes", value=probes, expected_type=type_hints["probes"])
            check_type(argname="argument time", value=time, expected_type=type_hints["time"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if interval is not None:
            self._values["interval"] = interval
        if probes is not None:
            self._values["probes"] = probes
        if time is not None:
            self._values["time"] = time

    @builtins.property
    def interval(self) -> typing.Optional[builtins.str]:
        '''The time duration between keep-alive probes.

        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolTcpTcpKeepalive#interval
        '''
        result = self._values.get("interval")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def probes(self) -> typing.Optional[jsii.Number]:
        '''Maximum number of keepalive probes to send without response before deciding the connection is dead.

        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolTcpTcpKeepalive#probes
        '''
        result = self._values.get("probes")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def time(self) -> typing.Optional[builtins.str]:
        '''The time duration a connection needs to be idle before keep-alive probes start being sent.

        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolTcpTcpKeepalive#time
        '''
        result = self._values.get("time")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolTcpTcpKeepalive(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_ioistionetworking.DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancer",
    jsii_struct_bases=[],
    name_mapping={
        "consistent_hash": "consistentHash",
        "locality_lb_setting": "localityLbSetting",
        "simple": "simple",
        "warmup": "warmup",
        "warmup_duration_secs": "warmupDurationSecs",
    },
)
class DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancer:
    def __init__(
        self,
        *,
        consistent_hash: typing.Optional[typing.Union["DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHash", typing.Dict[builtins.str, typing.Any]]] = None,
        locality_lb_setting: typing.Optional[typing.Union["DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSetting", typing.Dict[builtins.str, typing.Any]]] = None,
        simple: typing.Optional["DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerSimple"] = None,
        warmup: typing.Optional[typing.Union["DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerWarmup", typing.Dict[builtins.str, typing.Any]]] = None,
        warmup_duration_secs: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Settings controlling the load balancer algorithms.

        :param consistent_hash: 
        :param locality_lb_setting: 
        :param simple: Valid Options: LEAST_CONN, RANDOM, PASSTHROUGH, ROUND_ROBIN, LEAST_REQUEST.
        :param warmup: Represents the warmup configuration of Service.
        :param warmup_duration_secs: Deprecated: use ``warmup`` instead.

        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancer
        '''
        if isinstance(consistent_hash, dict):
            consistent_hash = DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHash(**consistent_hash)
        if isinstance(locality_lb_setting, dict):
            locality_lb_setting = DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSetting(**locality_lb_setting)
        if isinstance(warmup, dict):
            warmup = DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerWarmup(**warmup)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__f8de3989f84530c9f797c7a72ef2a098356da4b6c3f1db41117f5e1fbd8a04e6)
            check_type(argname="argument consistent_hash", value=consistent_hash, expected_type=type_hints["consistent_hash"])
            check_type(argname="argument locality_lb_setting", value=locality_lb_setting, expected_type=type_hints["locality_lb_setting"])
            check_type(argname="argument simple", value=simple, expected_type=type_hints["simple"])
            check_type(argname="argument warmup", value=warmup, expected_type=type_hints["warmup"])
            check_type(argname="argument warmup_duration_secs", value=warmup_duration_secs, expected_type=type_hints["warmup_duration_secs"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if consistent_hash is not None:
            self._values["consistent_hash"] = consistent_hash
        if locality_lb_setting is not None:
            self._values["locality_lb_setting"] = locality_lb_setting
        if simple is not None:
            self._values["simple"] = simple
        if warmup is not None:
            self._values["warmup"] = warmup
        if warmup_duration_secs is not None:
            self._values["warmup_duration_secs"] = warmup_duration_secs

    @builtins.property
    def consistent_hash(
        self,
    ) -> typing.Optional["DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHash"]:
        '''
        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancer#consistentHash
        '''
        result = self._values.get("consistent_hash")
        return typing.cast(typing.Optional["DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHash"], result)

    @builtins.property
    def locality_lb_setting(
        self,
    ) -> typing.Optional["DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSetting"]:
        '''
        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancer#localityLbSetting
        '''
        result = self._values.get("locality_lb_setting")
        return typing.cast(typing.Optional["DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSetting"], result)

    @builtins.property
    def simple(
        self,
    ) -> typing.Optional["DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerSimple"]:
        '''Valid Options: LEAST_CONN, RANDOM, PASSTHROUGH, ROUND_ROBIN, LEAST_REQUEST.

        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancer#simple
        '''
        result = self._values.get("simple")
        return typing.cast(typing.Optional["DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerSimple"], result)

    @builtins.property
    def warmup(
        self,
    ) -> typing.Optional["DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerWarmup"]:
        '''Represents the warmup configuration of Service.

        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancer#warmup
        '''
        result = self._values.get("warmup")
        return typing.cast(typing.Optional["DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerWarmup"], result)

    @builtins.property
    def warmup_duration_secs(self) -> typing.Optional[builtins.str]:
        '''Deprecated: use ``warmup`` instead.

        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancer#warmupDurationSecs
        '''
        result = self._values.get("warmup_duration_secs")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancer(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_ioistionetworking.DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHash",
    jsii_struct_bases=[],
    name_mapping={
        "http_cookie": "httpCookie",
        "http_header_name": "httpHeaderName",
        "http_query_parameter_name": "httpQueryParameterName",
        "maglev": "maglev",
        "minimum_ring_size": "minimumRingSize",
        "ring_hash": "ringHash",
        "use_source_ip": "useSourceIp",
    },
)
class DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHash:
    def __init__(
        self,
        *,
        http_cookie: typing.Optional[typing.Union["DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookie", typing.Dict[builtins.str, typing.Any]]] = None,
        http_header_name: typing.Optional[builtins.str] = None,
        http_query_parameter_name: typing.Optional[builtins.str] = None,
        maglev: typing.Optional[typing.Union["DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashMaglev", typing.Dict[builtins.str, typing.Any]]] = None,
        minimum_ring_size: typing.Optional[jsii.Number] = None,
        ring_hash: typing.Optional[typing.Union["DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashRingHash", typing.Dict[builtins.str, typing.Any]]] = None,
        use_source_ip: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''
        :param http_cookie: Hash based on HTTP cookie.
        :param http_header_name: Hash based on a specific HTTP header.
        :param http_query_parameter_name: Hash based on a specific HTTP query parameter.
        :param maglev: The Maglev load balancer implements consistent hashing to backend hosts.
        :param minimum_ring_size: Deprecated.
        :param ring_hash: The ring/modulo hash load balancer implements consistent hashing to backend hosts.
        :param use_source_ip: Hash based on the source IP address.

        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHash
        '''
        if isinstance(http_cookie, dict):
            http_cookie = DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookie(**http_cookie)
        if isinstance(maglev, dict):
            maglev = DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashMaglev(**maglev)
        if isinstance(ring_hash, dict):
            ring_hash = DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashRingHash(**ring_hash)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c14733ad5c7eb9d6a2c1cf67a14b1db9315d350bdecdbe08717e688db0fea7fd)
            check_type(argname="argument http_cookie", value=http_cookie, expected_type=type_hints["http_cookie"])
            check_type(argname="argument http_header_name", value=http_header_name, expected_type=type_hints["http_header_name"])
            check_type(argname="argument http_query_parameter_name", value=http_query_parameter_name, expected_type=type_hints["http_query_parameter_name"])
            check_type(argname="argument maglev", value=maglev, expected_type=type_hints["maglev"])
            check_type(argname="argument minimum_ring_size", value=minimum_ring_size, expected_type=type_hints["minimum_ring_size"])
            check_type(argname="argument ring_hash", value=ring_hash, expected_type=type_hints["ring_hash"])
            check_type(argname="argument use_source_ip", value=use_source_ip, expected_type=type_hints["use_source_ip"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if http_cookie is not None:
            self._values["http_cookie"] = http_cookie
        if http_header_name is not None:
            self._values["http_header_name"] = http_header_name
        if http_query_parameter_name is not None:
            self._values["http_query_parameter_name"] = http_query_parameter_name
        if maglev is not None:
            self._values["maglev"] = maglev
        if minimum_ring_size is not None:
            self._values["minimum_ring_size"] = minimum_ring_size
        if ring_hash is not None:
            self._values["ring_hash"] = ring_hash
        if use_source_ip is not None:
            self._values["use_source_ip"] = use_source_ip

    @builtins.property
    def http_cookie(
        self,
    ) -> typing.Optional["DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookie"]:
        '''Hash based on HTTP cookie.

        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHash#httpCookie
        '''
        result = self._values.get("http_cookie")
        return typing.cast(typing.Optional["DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookie"], result)

    @builtins.property
    def http_header_name(self) -> typing.Optional[builtins.str]:
        '''Hash based on a specific HTTP header.

        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHash#httpHeaderName
        '''
        result = self._values.get("http_header_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def http_query_parameter_name(self) -> typing.Optional[builtins.str]:
        '''Hash based on a specific HTTP query parameter.

        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHash#httpQueryParameterName
        '''
        result = self._values.get("http_query_parameter_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def maglev(
        self,
    ) -> typing.Optional["DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashMaglev"]:
        '''The Maglev load balancer implements consistent hashing to backend hosts.

        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHash#maglev
        '''
        result = self._values.get("maglev")
        return typing.cast(typing.Optional["DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashMaglev"], result)

    @builtins.property
    def minimum_ring_size(self) -> typing.Optional[jsii.Number]:
        '''Deprecated.

        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHash#minimumRingSize
        '''
        result = self._values.get("minimum_ring_size")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def ring_hash(
        self,
    ) -> typing.Optional["DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashRingHash"]:
        '''The ring/modulo hash load balancer implements consistent hashing to backend hosts.

        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHash#ringHash
        '''
        result = self._values.get("ring_hash")
        return typing.cast(typing.Optional["DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashRingHash"], result)

    @builtins.property
    def use_source_ip(self) -> typing.Optional[builtins.bool]:
        '''Hash based on the source IP address.

        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHash#useSourceIp
        '''
        result = self._values.get("use_source_ip")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHash(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_ioistionetworking.DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookie",
    jsii_struct_bases=[],
    name_mapping={
        "name": "name",
        "attributes": "attributes",
        "path": "path",
        "ttl": "ttl",
    },
)
class DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookie:
    def __init__(
        self,
        *,
        name: builtins.str,
        attributes: typing.Optional[typing.Sequence[typing.Union["DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookieAttributes", typing.Dict[builtins.str, typing.Any]]]] = None,
        path: typing.Optional[builtins.str] = None,
        ttl: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Hash based on HTTP cookie.

        :param name: Name of the cookie.
        :param attributes: Additional attributes for the cookie.
        :param path: Path to set for the cookie.
        :param ttl: Lifetime of the cookie.

        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookie
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__385d9b31cf9a63e2718b3bbacb15841acd6d4f6cc8c3b565facf22ffb7c5450b)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument attributes", value=attributes, expected_type=type_hints["attributes"])
            check_type(argname="argument path", value=path, expected_type=type_hints["path"])
            check_type(argname="argument ttl", value=ttl, expected_type=type_hints["ttl"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if attributes is not None:
            self._values["attributes"] = attributes
        if path is not None:
            self._values["path"] = path
        if ttl is not None:
            self._values["ttl"] = ttl

    @builtins.property
    def name(self) -> builtins.str:
        '''Name of the cookie.

        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookie#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def attributes(
        self,
    ) -> typing.Optional[typing.List["DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookieAttributes"]]:
        '''Additional attributes for the cookie.

        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookie#attributes
        '''
        result = self._values.get("attributes")
        return typing.cast(typing.Optional[typing.List["DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookieAttributes"]], result)

    @builtins.property
    def path(self) -> typing.Optional[builtins.str]:
        '''Path to set for the cookie.

        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookie#path
        '''
        result = self._values.get("path")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def ttl(self) -> typing.Optional[builtins.str]:
        '''Lifetime of the cookie.

        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookie#ttl
        '''
        result = self._values.get("ttl")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookie(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_ioistionetworking.DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookieAttributes",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "value": "value"},
)
class DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookieAttributes:
    def __init__(
        self,
        *,
        name: builtins.str,
        value: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param name: The name of the cookie attribute.
        :param value: The optional value of the cookie attribute.

        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookieAttributes
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__01ca2d6ce0c663b60be004aec30b064543770fc7d03c48527e9b28aeebed374c)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if value is not None:
            self._values["value"] = value

    @builtins.property
    def name(self) -> builtins.str:
        '''The name of the cookie attribute.

        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookieAttributes#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def value(self) -> typing.Optional[builtins.str]:
        '''The optional value of the cookie attribute.

        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookieAttributes#value
        '''
        result = self._values.get("value")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookieAttributes(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_ioistionetworking.DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashMaglev",
    jsii_struct_bases=[],
    name_mapping={"table_size": "tableSize"},
)
class DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashMaglev:
    def __init__(self, *, table_size: typing.Optional[jsii.Number] = None) -> None:
        '''The Maglev load balancer implements consistent hashing to backend hosts.

        :param table_size: The table size for Maglev hashing.

        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashMaglev
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a8d1525fed48a879ffdb6018a34d9fe2812553dfb422900145f44107b3b20f74)
            check_type(argname="argument table_size", value=table_size, expected_type=type_hints["table_size"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if table_size is not None:
            self._values["table_size"] = table_size

    @builtins.property
    def table_size(self) -> typing.Optional[jsii.Number]:
        '''The table size for Maglev hashing.

        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashMaglev#tableSize
        '''
        result = self._values.get("table_size")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashMaglev(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_ioistionetworking.DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashRingHash",
    jsii_struct_bases=[],
    name_mapping={"minimum_ring_size": "minimumRingSize"},
)
class DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashRingHash:
    def __init__(
        self,
        *,
        minimum_ring_size: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''The ring/modulo hash load balancer implements consistent hashing to backend hosts.

        :param minimum_ring_size: The minimum number of virtual nodes to use for the hash ring.

        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashRingHash
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__39fd05d0cb8e4030f812a49cecbda556a8494919bed7beae48ce75a2ea32a60e)
            check_type(argname="argument minimum_ring_size", value=minimum_ring_size, expected_type=type_hints["minimum_ring_size"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if minimum_ring_size is not None:
            self._values["minimum_ring_size"] = minimum_ring_size

    @builtins.property
    def minimum_ring_size(self) -> typing.Optional[jsii.Number]:
        '''The minimum number of virtual nodes to use for the hash ring.

        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashRingHash#minimumRingSize
        '''
        result = self._values.get("minimum_ring_size")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashRingHash(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_ioistionetworking.DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSetting",
    jsii_struct_bases=[],
    name_mapping={
        "distribute": "distribute",
        "enabled": "enabled",
        "failover": "failover",
        "failover_priority": "failoverPriority",
    },
)
class DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSetting:
    def __init__(
        self,
        *,
        distribute: typing.Optional[typing.Sequence[typing.Union["DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingDistribute", typing.Dict[builtins.str, typing.Any]]]] = None,
        enabled: typing.Optional[builtins.bool] = None,
        failover: typing.Optional[typing.Sequence[typing.Union["DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingFailover", typing.Dict[builtins.str, typing.Any]]]] = None,
        failover_priority: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''
        :param distribute: Optional: only one of distribute, failover or failoverPriority can be set.
        :param enabled: Enable locality load balancing.
        :param failover: Optional: only one of distribute, failover or failoverPriority can be set.
        :param failover_priority: failoverPriority is an ordered list of labels used to sort endpoints to do priority based load balancing.

        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSetting
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__9de9c91600d907ef09b33fceb133848ee813f854628bfd0473f0b38cb1bae3b6)
            check_type(argname="argument distribute", value=distribute, expected_type=type_hints["distribute"])
            check_type(argname="argument enabled", value=enabled, expected_type=type_hints["enabled"])
            check_type(argname="argument failover", value=failover, expected_type=type_hints["failover"])
            check_type(argname="argument failover_priority", value=failover_priority, expected_type=type_hints["failover_priority"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if distribute is not None:
            self._values["distribute"] = distribute
        if enabled is not None:
            self._values["enabled"] = enabled
        if failover is not None:
            self._values["failover"] = failover
        if failover_priority is not None:
            self._values["failover_priority"] = failover_priority

    @builtins.property
    def distribute(
        self,
    ) -> typing.Optional[typing.List["DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingDistribute"]]:
        '''Optional: only one of distribute, failover or failoverPriority can be set.

        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSetting#distribute
        '''
        result = self._values.get("distribute")
        return typing.cast(typing.Optional[typing.List["DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingDistribute"]], result)

    @builtins.property
    def enabled(self) -> typing.Optional[builtins.bool]:
        '''Enable locality load balancing.

        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSetting#enabled
        '''
        result = self._values.get("enabled")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def failover(
        self,
    ) -> typing.Optional[typing.List["DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingFailover"]]:
        '''Optional: only one of distribute, failover or failoverPriority can be set.

        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSetting#failover
        '''
        result = self._values.get("failover")
        return typing.cast(typing.Optional[typing.List["DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingFailover"]], result)

    @builtins.property
    def failover_priority(self) -> typing.Optional[typing.List[builtins.str]]:
        '''failoverPriority is an ordered list of labels used to sort endpoints to do priority based load balancing.

        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSetting#failoverPriority
        '''
        result = self._values.get("failover_priority")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSetting(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_ioistionetworking.DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingDistribute",
    jsii_struct_bases=[],
    name_mapping={"from_": "from", "to": "to"},
)
class DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingDistribute:
    def __init__(
        self,
        *,
        from_: typing.Optional[builtins.str] = None,
        to: typing.Optional[typing.Mapping[builtins.str, jsii.Number]] = None,
    ) -> None:
        '''
        :param from_: Originating locality, '/' separated, e.g.
        :param to: Map of upstream localities to traffic distribution weights.

        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingDistribute
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__12583470febffb1e4e900cc9e938094f27abe72fc47e77793d23f9084f7baddb)
            check_type(argname="argument from_", value=from_, expected_type=type_hints["from_"])
            check_type(argname="argument to", value=to, expected_type=type_hints["to"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if from_ is not None:
            self._values["from_"] = from_
        if to is not None:
            self._values["to"] = to

    @builtins.property
    def from_(self) -> typing.Optional[builtins.str]:
        '''Originating locality, '/' separated, e.g.

        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingDistribute#from
        '''
        result = self._values.get("from_")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def to(self) -> typing.Optional[typing.Mapping[builtins.str, jsii.Number]]:
        '''Map of upstream localities to traffic distribution weights.

        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingDistribute#to
        '''
        result = self._values.get("to")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, jsii.Number]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingDistribute(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_ioistionetworking.DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingFailover",
    jsii_struct_bases=[],
    name_mapping={"from_": "from", "to": "to"},
)
class DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingFailover:
    def __init__(
        self,
        *,
        from_: typing.Optional[builtins.str] = None,
        to: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param from_: Originating region.
        :param to: Destination region the traffic will fail over to when endpoints in the 'from' region becomes unhealthy.

        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingFailover
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__832c22df064db70cd274a78707cd3853e777a6e7cdb9621349ae4efd91f7605f)
            check_type(argname="argument from_", value=from_, expected_type=type_hints["from_"])
            check_type(argname="argument to", value=to, expected_type=type_hints["to"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if from_ is not None:
            self._values["from_"] = from_
        if to is not None:
            self._values["to"] = to

    @builtins.property
    def from_(self) -> typing.Optional[builtins.str]:
        '''Originating region.

        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingFailover#from
        '''
        result = self._values.get("from_")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def to(self) -> typing.Optional[builtins.str]:
        '''Destination region the traffic will fail over to when endpoints in the 'from' region becomes unhealthy.

        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingFailover#to
        '''
        result = self._values.get("to")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingFailover(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="istio_ioistionetworking.DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerSimple"
)
class DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerSimple(enum.Enum):
    '''Valid Options: LEAST_CONN, RANDOM, PASSTHROUGH, ROUND_ROBIN, LEAST_REQUEST.

    :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerSimple
    '''

    UNSPECIFIED = "UNSPECIFIED"
    '''UNSPECIFIED.'''
    LEAST_UNDERSCORE_CONN = "LEAST_UNDERSCORE_CONN"
    '''LEAST_CONN.'''
    RANDOM = "RANDOM"
    '''RANDOM.'''
    PASSTHROUGH = "PASSTHROUGH"
    '''PASSTHROUGH.'''
    ROUND_UNDERSCORE_ROBIN = "ROUND_UNDERSCORE_ROBIN"
    '''ROUND_ROBIN.'''
    LEAST_UNDERSCORE_REQUEST = "LEAST_UNDERSCORE_REQUEST"
    '''LEAST_REQUEST.'''


@jsii.data_type(
    jsii_type="istio_ioistionetworking.DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerWarmup",
    jsii_struct_bases=[],
    name_mapping={
        "duration": "duration",
        "aggression": "aggression",
        "minimum_percent": "minimumPercent",
    },
)
class DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerWarmup:
    def __init__(
        self,
        *,
        duration: builtins.str,
        aggression: typing.Optional[jsii.Number] = None,
        minimum_percent: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''Represents the warmup configuration of Service.

        :param duration: 
        :param aggression: This parameter controls the speed of traffic increase over the warmup duration.
        :param minimum_percent: 

        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerWarmup
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__1aa8830a7d586606ac4ff3011a67ea47a687a1630f7260a4cc969bee46bb7f9a)
            check_type(argname="argument duration", value=duration, expected_type=type_hints["duration"])
            check_type(argname="argument aggression", value=aggression, expected_type=type_hints["aggression"])
            check_type(argname="argument minimum_percent", value=minimum_percent, expected_type=type_hints["minimum_percent"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "duration": duration,
        }
        if aggression is not None:
            self._values["aggression"] = aggression
        if minimum_percent is not None:
            self._values["minimum_percent"] = minimum_percent

    @builtins.property
    def duration(self) -> builtins.str:
        '''
        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerWarmup#duration
        '''
        result = self._values.get("duration")
        assert result is not None, "Required property 'duration' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def aggression(self) -> typing.Optional[jsii.Number]:
        '''This parameter controls the speed of traffic increase over the warmup duration.

        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerWarmup#aggression
        '''
        result = self._values.get("aggression")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def minimum_percent(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerWarmup#minimumPercent
        '''
        result = self._values.get("minimum_percent")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerWarmup(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_ioistionetworking.DestinationRuleSpecTrafficPolicyPortLevelSettingsOutlierDetection",
    jsii_struct_bases=[],
    name_mapping={
        "base_ejection_time": "baseEjectionTime",
        "consecutive5_xx_errors": "consecutive5XxErrors",
        "consecutive_errors": "consecutiveErrors",
        "consecutive_gateway_errors": "consecutiveGatewayErrors",
        "consecutive_local_origin_failures": "consecutiveLocalOriginFailures",
        "interval": "interval",
        "max_ejection_percent": "maxEjectionPercent",
        "min_health_percent": "minHealthPercent",
        "split_external_local_origin_errors": "splitExternalLocalOriginErrors",
    },
)
class DestinationRuleSpecTrafficPolicyPortLevelSettingsOutlierDetection:
    def __init__(
        self,
        *,
        base_ejection_time: typing.Optional[builtins.str] = None,
        consecutive5_xx_errors: typing.Optional[jsii.Number] = None,
        consecutive_errors: typing.Optional[jsii.Number] = None,
        consecutive_gateway_errors: typing.Optional[jsii.Number] = None,
        consecutive_local_origin_failures: typing.Optional[jsii.Number] = None,
        interval: typing.Optional[builtins.str] = None,
        max_ejection_percent: typing.Optional[jsii.Number] = None,
        min_health_percent: typing.Optional[jsii.Number] = None,
        split_external_local_origin_errors: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''
        :param base_ejection_time: Minimum ejection duration.
        :param consecutive5_xx_errors: Number of 5xx errors before a host is ejected from the connection pool.
        :param consecutive_errors: 
        :param consecutive_gateway_errors: Number of gateway errors before a host is ejected from the connection pool.
        :param consecutive_local_origin_failures: The number of consecutive locally originated failures before ejection occurs.
        :param interval: Time interval between ejection sweep analysis.
        :param max_ejection_percent: Maximum % of hosts in the load balancing pool for the upstream service that can be ejected.
        :param min_health_percent: Outlier detection will be enabled as long as the associated load balancing pool has at least ``minHealthPercent`` hosts in healthy mode.
        :param split_external_local_origin_errors: Determines whether to distinguish local origin failures from external errors.

        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsOutlierDetection
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__76ac10608b9c4f14a71d4cddee78355e524058c2ea702fb8f46cdf887e0b31f1)
            check_type(argname="argument base_ejection_time", value=base_ejection_time, expected_type=type_hints["base_ejection_time"])
            check_type(argname="argument consecutive5_xx_errors", value=consecutive5_xx_errors, expected_type=type_hints["consecutive5_xx_errors"])
            check_type(argname="argument consecutive_errors", value=consecutive_errors, expected_type=type_hints["consecutive_errors"])
            check_type(argname="argument consecutive_gateway_errors", value=consecutive_gateway_errors, expected_type=type_hints["consecutive_gateway_errors"])
            check_type(argname="argument consecutive_local_origin_failures", value=consecutive_local_origin_failures, expected_type=type_hints["consecutive_local_origin_failures"])
            check_type(argname="argument interval", value=interval, expected_type=type_hints["interval"])
            check_type(argname="argument max_ejection_percent", value=max_ejection_percent, expected_type=type_hints["max_ejection_percent"])
            check_type(argname="argument min_health_percent", value=min_health_percent, expected_type=type_hints["min_health_percent"])
            check_type(argname="argument split_external_local_origin_errors", value=split_external_local_origin_errors, expected_type=type_hints["split_external_local_origin_errors"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if base_ejection_time is not None:
            self._values["base_ejection_time"] = base_ejection_time
        if consecutive5_xx_errors is not None:
            self._values["consecutive5_xx_errors"] = consecutive5_xx_errors
        if consecutive_errors is not None:
            self._values["consecutive_errors"] = consecutive_errors
        if consecutive_gateway_errors is not None:
            self._values["consecutive_gateway_errors"] = consecutive_gateway_errors
        if consecutive_local_origin_failures is not None:
            self._values["consecutive_local_origin_failures"] = consecutive_local_origin_failures
        if interval is not None:
            self._values["interval"] = interval
        if max_ejection_percent is not None:
            self._values["max_ejection_percent"] = max_ejection_percent
        if min_health_percent is not None:
            self._values["min_health_percent"] = min_health_percent
        if split_external_local_origin_errors is not None:
            self._values["split_external_local_origin_errors"] = split_external_local_origin_errors

    @builtins.property
    def base_ejection_time(self) -> typing.Optional[builtins.str]:
        '''Minimum ejection duration.

        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsOutlierDetection#baseEjectionTime
        '''
        result = self._values.get("base_ejection_time")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def consecutive5_xx_errors(self) -> typing.Optional[jsii.Number]:
        '''Number of 5xx errors before a host is ejected from the connection pool.

        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsOutlierDetection#consecutive5xxErrors
        '''
        result = self._values.get("consecutive5_xx_errors")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def consecutive_errors(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsOutlierDetection#consecutiveErrors
        '''
        result = self._values.get("consecutive_errors")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def consecutive_gateway_errors(self) -> typing.Optional[jsii.Number]:
        '''Number of gateway errors before a host is ejected from the connection pool.

        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsOutlierDetection#consecutiveGatewayErrors
        '''
        result = self._values.get("consecutive_gateway_errors")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def consecutive_local_origin_failures(self) -> typing.Optional[jsii.Number]:
        '''The number of consecutive locally originated failures before ejection occurs.

        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsOutlierDetection#consecutiveLocalOriginFailures
        '''
        result = self._values.get("consecutive_local_origin_failures")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def interval(self) -> typing.Optional[builtins.str]:
        '''Time interval between ejection sweep analysis.

        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsOutlierDetection#interval
        '''
        result = self._values.get("interval")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def max_ejection_percent(self) -> typing.Optional[jsii.Number]:
        '''Maximum % of hosts in the load balancing pool for the upstream service that can be ejected.

        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsOutlierDetection#maxEjectionPercent
        '''
        result = self._values.get("max_ejection_percent")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def min_health_percent(self) -> typing.Optional[jsii.Number]:
        '''Outlier detection will be enabled as long as the associated load balancing pool has at least ``minHealthPercent`` hosts in healthy mode.

        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsOutlierDetection#minHealthPercent
        '''
        result = self._values.get("min_health_percent")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def split_external_local_origin_errors(self) -> typing.Optional[builtins.bool]:
        '''Determines whether to distinguish local origin failures from external errors.

        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsOutlierDetection#splitExternalLocalOriginErrors
        '''
        result = self._values.get("split_external_local_origin_errors")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecTrafficPolicyPortLevelSettingsOutlierDetection(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_ioistionetworking.DestinationRuleSpecTrafficPolicyPortLevelSettingsPort",
    jsii_struct_bases=[],
    name_mapping={"number": "number"},
)
class DestinationRuleSpecTrafficPolicyPortLevelSettingsPort:
    def __init__(self, *, number: typing.Optional[jsii.Number] = None) -> None:
        '''Specifies the number of a port on the destination service on which this policy is being applied.

        :param number: 

        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsPort
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__580ae63a079cc3b68f968d3c63085bc60bd395540b94a3b1df8f3334d780fa29)
            check_type(argname="argument number", value=number, expected_type=type_hints["number"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if number is not None:
            self._values["number"] = number

    @builtins.property
    def number(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsPort#number
        '''
        result = self._values.get("number")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecTrafficPolicyPortLevelSettingsPort(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_ioistionetworking.DestinationRuleSpecTrafficPolicyPortLevelSettingsTls",
    jsii_struct_bases=[],
    name_mapping={
        "ca_certificates": "caCertificates",
        "ca_crl": "caCrl",
        "client_certificate": "clientCertificate",
        "credential_name": "credentialName",
        "insecure_skip_verify": "insecureSkipVerify",
        "mode": "mode",
        "private_key": "privateKey",
        "sni": "sni",
        "subject_alt_names": "subjectAltNames",
    },
)
class DestinationRuleSpecTrafficPolicyPortLevelSettingsTls:
    def __init__(
        self,
        *,
        ca_certificates: typing.Optional[builtins.str] = None,
        ca_crl: typing.Optional[builtins.str] = None,
        client_certificate: typing.Optional[builtins.str] = None,
        credential_name: typing.Optional[builtins.str] = None,
        insecure_skip_verify: typing.Optional[builtins.bool] = None,
        mode: typing.Optional["DestinationRuleSpecTrafficPolicyPortLevelSettingsTlsMode"] = None,
        private_key: typing.Optional[builtins.str] = None,
        sni: typing.Optional[builtins.str] = None,
        subject_alt_names: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''TLS related settings for connections to the upstream service.

        :param ca_certificates: OPTIONAL: The path to the file containing certificate authority certificates to use in verifying a presented server certificate.
        :param ca_crl: OPTIONAL: The path to the file containing the certificate revocation list (CRL) to use in verifying a presented server certificate.
        :param client_certificate: REQUIRED if mode is ``MUTUAL``.
        :param credential_name: The name of the secret that holds the TLS certs for the client including the CA certificates.
        :param insecure_skip_verify: ``insecureSkipVerify`` specifies whether the proxy should skip verifying the CA signature and SAN for the server certificate corresponding to the host.
        :param mode: Indicates whether connections to this port should be secured using TLS. Valid Options: DISABLE, SIMPLE, MUTUAL, ISTIO_MUTUAL
        :param private_key: REQUIRED if mode is ``MUTUAL``.
        :param sni: SNI string to present to the server during TLS handshake.
        :param subject_alt_names: A list of alternate names to verify the subject identity in the certificate.

        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsTls
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__3950bf33871860dc657a651081790e660a949dd52307dc017d472d7ae5b07aa1)
            check_type(argname="argument ca_certificates", value=ca_certificates, expected_type=type_hints["ca_certificates"])
            check_type(argname="argument ca_crl", value=ca_crl, expected_type=type_hints["ca_crl"])
            check_type(argname="argument client_certificate", value=client_certificate, expected_type=type_hints["client_certificate"])
            check_type(argname="argument credential_name", value=credential_name, expected_type=type_hints["credential_name"])
            check_type(argname="argument insecure_skip_verify", value=insecure_skip_verify, expected_type=type_hints["insecure_skip_verify"])
            check_type(argname="argument mode", value=mode, expected_type=type_hints["mode"])
            check_type(argname="argument private_key", value=private_key, expected_type=type_hints["private_key"])
            check_type(argname="argument sni", value=sni, expected_type=type_hints["sni"])
            check_type(argname="argument subject_alt_names", value=subject_alt_names, expected_type=type_hints["subject_alt_names"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if ca_certificates is not None:
            self._values["ca_certificates"] = ca_certificates
        if ca_crl is not None:
            self._values["ca_crl"] = ca_crl
        if client_certificate is not None:
            self._values["client_certificate"] = client_certificate
        if credential_name is not None:
            self._values["credential_name"] = credential_name
        if insecure_skip_verify is not None:
            self._values["insecure_skip_verify"] = insecure_skip_verify
        if mode is not None:
            self._values["mode"] = mode
        if private_key is not None:
            self._values["private_key"] = private_key
        if sni is not None:
            self._values["sni"] = sni
        if subject_alt_names is not None:
            self._values["subject_alt_names"] = subject_alt_names

    @builtins.property
    def ca_certificates(self) -> typing.Optional[builtins.str]:
        '''OPTIONAL: The path to the file containing certificate authority certificates to use in verifying a presented server certificate.

        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsTls#caCertificates
        '''
        result = self._values.get("ca_certificates")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def ca_crl(self) -> typing.Optional[builtins.str]:
        '''OPTIONAL: The path to the file containing the certificate revocation list (CRL) to use in verifying a presented server certificate.

        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsTls#caCrl
        '''
        result = self._values.get("ca_crl")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def client_certificate(self) -> typing.Optional[builtins.str]:
        '''REQUIRED if mode is ``MUTUAL``.

        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsTls#clientCertificate
        '''
        result = self._values.get("client_certificate")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def credential_name(self) -> typing.Optional[builtins.str]:
        '''The name of the secret that holds the TLS certs for the client including the CA certificates.

        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsTls#credentialName
        '''
        result = self._values.get("credential_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def insecure_skip_verify(self) -> typing.Optional[builtins.bool]:
        '''``insecureSkipVerify`` specifies whether the proxy should skip verifying the CA signature and SAN for the server certificate corresponding to the host.

        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsTls#insecureSkipVerify
        '''
        result = self._values.get("insecure_skip_verify")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def mode(
        self,
    ) -> typing.Optional["DestinationRuleSpecTrafficPolicyPortLevelSettingsTlsMode"]:
        '''Indicates whether connections to this port should be secured using TLS.

        Valid Options: DISABLE, SIMPLE, MUTUAL, ISTIO_MUTUAL

        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsTls#mode
        '''
        result = self._values.get("mode")
        return typing.cast(typing.Optional["DestinationRuleSpecTrafficPolicyPortLevelSettingsTlsMode"], result)

    @builtins.property
    def private_key(self) -> typing.Optional[builtins.str]:
        '''REQUIRED if mode is ``MUTUAL``.

        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsTls#privateKey
        '''
        result = self._values.get("private_key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def sni(self) -> typing.Optional[builtins.str]:
        '''SNI string to present to the server during TLS handshake.

        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsTls#sni
        '''
        result = self._values.get("sni")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def subject_alt_names(self) -> typing.Optional[typing.List[builtins.str]]:
        '''A list of alternate names to verify the subject identity in the certificate.

        :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsTls#subjectAltNames
        '''
        result = self._values.get("subject_alt_names")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecTrafficPolicyPortLevelSettingsTls(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="istio_ioistionetworking.DestinationRuleSpecTrafficPolicyPortLevelSettingsTlsMode"
)
class DestinationRuleSpecTrafficPolicyPortLevelSettingsTlsMode(enum.Enum):
    '''Indicates whether connections to this port should be secured using TLS.

    Valid Options: DISABLE, SIMPLE, MUTUAL, ISTIO_MUTUAL

    :schema: DestinationRuleSpecTrafficPolicyPortLevelSettingsTlsMode
    '''

    DISABLE = "DISABLE"
    '''DISABLE.'''
    SIMPLE = "SIMPLE"
    '''SIMPLE.'''
    MUTUAL = "MUTUAL"
    '''MUTUAL.'''
    ISTIO_UNDERSCORE_MUTUAL = "ISTIO_UNDERSCORE_MUTUAL"
    '''ISTIO_MUTUAL.'''


@jsii.data_type(
    jsii_type="istio_ioistionetworking.DestinationRuleSpecTrafficPolicyProxyProtocol",
    jsii_struct_bases=[],
    name_mapping={"version": "version"},
)
class DestinationRuleSpecTrafficPolicyProxyProtocol:
    def __init__(
        self,
        *,
        version: typing.Optional["DestinationRuleSpecTrafficPolicyProxyProtocolVersion"] = None,
    ) -> None:
        '''The upstream PROXY protocol settings.

        :param version: The PROXY protocol version to use. Valid Options: V1, V2

        :schema: DestinationRuleSpecTrafficPolicyProxyProtocol
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__2defd63bf5c998b5dc8030c066c72570fc4e0e19100954857da1c2a94de3126f)
            check_type(argname="argument version", value=version, expected_type=type_hints["version"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if version is not None:
            self._values["version"] = version

    @builtins.property
    def version(
        self,
    ) -> typing.Optional["DestinationRuleSpecTrafficPolicyProxyProtocolVersion"]:
        '''The PROXY protocol version to use.

        Valid Options: V1, V2

        :schema: DestinationRuleSpecTrafficPolicyProxyProtocol#version
        '''
        result = self._values.get("version")
        return typing.cast(typing.Optional["DestinationRuleSpecTrafficPolicyProxyProtocolVersion"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecTrafficPolicyProxyProtocol(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="istio_ioistionetworking.DestinationRuleSpecTrafficPolicyProxyProtocolVersion"
)
class DestinationRuleSpecTrafficPolicyProxyProtocolVersion(enum.Enum):
    '''The PROXY protocol version to use.

    Valid Options: V1, V2

    :schema: DestinationRuleSpecTrafficPolicyProxyProtocolVersion
    '''

    V1 = "V1"
    '''V1.'''
    V2 = "V2"
    '''V2.'''


@jsii.data_type(
    jsii_type="istio_ioistionetworking.DestinationRuleSpecTrafficPolicyRetryBudget",
    jsii_struct_bases=[],
    name_mapping={
        "min_retry_concurrency": "minRetryConcurrency",
        "percent": "percent",
    },
)
class DestinationRuleSpecTrafficPolicyRetryBudget:
    def __init__(
        self,
        *,
        min_retry_concurrency: typing.Optional[jsii.Number] = None,
        percent: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''Specifies a limit on concurrent retries in relation to the number of active requests.

        :param min_retry_concurrency: Specifies the minimum retry concurrency allowed for the retry budget.
        :param percent: Specifies the limit on concurrent retries as a percentage of the sum of active requests and active pending requests.

        :schema: DestinationRuleSpecTrafficPolicyRetryBudget
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__13b2bbaa77f7da0935a25c5a42bb6b71f2636b9bd5f5ff22d382842ca0927a6b)
            check_type(argname="argument min_retry_concurrency", value=min_retry_concurrency, expected_type=type_hints["min_retry_concurrency"])
            check_type(argname="argument percent", value=percent, expected_type=type_hints["percent"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if min_retry_concurrency is not None:
            self._values["min_retry_concurrency"] = min_retry_concurrency
        if percent is not None:
            self._values["percent"] = percent

    @builtins.property
    def min_retry_concurrency(self) -> typing.Optional[jsii.Number]:
        '''Specifies the minimum retry concurrency allowed for the retry budget.

        :schema: DestinationRuleSpecTrafficPolicyRetryBudget#minRetryConcurrency
        '''
        result = self._values.get("min_retry_concurrency")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def percent(self) -> typing.Optional[jsii.Number]:
        '''Specifies the limit on concurrent retries as a percentage of the sum of active requests and active pending requests.

        :schema: DestinationRuleSpecTrafficPolicyRetryBudget#percent
        '''
        result = self._values.get("percent")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecTrafficPolicyRetryBudget(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_ioistionetworking.DestinationRuleSpecTrafficPolicyTls",
    jsii_struct_bases=[],
    name_mapping={
        "ca_certificates": "caCertificates",
        "ca_crl": "caCrl",
        "client_certificate": "clientCertificate",
        "credential_name": "credentialName",
        "insecure_skip_verify": "insecureSkipVerify",
        "mode": "mode",
        "private_key": "privateKey",
        "sni": "sni",
        "subject_alt_names": "subjectAltNames",
    },
)
class DestinationRuleSpecTrafficPolicyTls:
    def __init__(
        self,
        *,
        ca_certificates: typing.Optional[builtins.str] = None,
        ca_crl: typing.Optional[builtins.str] = None,
        client_certificate: typing.Optional[builtins.str] = None,
        credential_name: typing.Optional[builtins.str] = None,
        insecure_skip_verify: typing.Optional[builtins.bool] = None,
        mode: typing.Optional["DestinationRuleSpecTrafficPolicyTlsMode"] = None,
        private_key: typing.Optional[builtins.str] = None,
        sni: typing.Optional[builtins.str] = None,
        subject_alt_names: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''TLS related settings for connections to the upstream service.

        :param ca_certificates: OPTIONAL: The path to the file containing certificate authority certificates to use in verifying a presented server certificate.
        :param ca_crl: OPTIONAL: The path to the file containing the certificate revocation list (CRL) to use in verifying a presented server certificate.
        :param client_certificate: REQUIRED if mode is ``MUTUAL``.
        :param credential_name: The name of the secret that holds the TLS certs for the client including the CA certificates.
        :param insecure_skip_verify: ``insecureSkipVerify`` specifies whether the proxy should skip verifying the CA signature and SAN for the server certificate corresponding to the host.
        :param mode: Indicates whether connections to this port should be secured using TLS. Valid Options: DISABLE, SIMPLE, MUTUAL, ISTIO_MUTUAL
        :param private_key: REQUIRED if mode is ``MUTUAL``.
        :param sni: SNI string to present to the server during TLS handshake.
        :param subject_alt_names: A list of alternate names to verify the subject identity in the certificate.

        :schema: DestinationRuleSpecTrafficPolicyTls
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__04325d2596400c312f98c2164c8e000e172e8c51ea8da268f726437dec23d374)
            check_type(argname="argument ca_certificates", value=ca_certificates, expected_type=type_hints["ca_certificates"])
            check_type(argname="argument ca_crl", value=ca_crl, expected_type=type_hints["ca_crl"])
            check_type(argname="argument client_certificate", value=client_certificate, expected_type=type_hints["client_certificate"])
            check_type(argname="argument credential_name", value=credential_name, expected_type=type_hints["credential_name"])
            check_type(argname="argument insecure_skip_verify", value=insecure_skip_verify, expected_type=type_hints["insecure_skip_verify"])
            check_type(argname="argument mode", value=mode, expected_type=type_hints["mode"])
            check_type(argname="argument private_key", value=private_key, expected_type=type_hints["private_key"])
            check_type(argname="argument sni", value=sni, expected_type=type_hints["sni"])
            check_type(argname="argument subject_alt_names", value=subject_alt_names, expected_type=type_hints["subject_alt_names"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if ca_certificates is not None:
            self._values["ca_certificates"] = ca_certificates
        if ca_crl is not None:
            self._values["ca_crl"] = ca_crl
        if client_certificate is not None:
            self._values["client_certificate"] = client_certificate
        if credential_name is not None:
            self._values["credential_name"] = credential_name
        if insecure_skip_verify is not None:
            self._values["insecure_skip_verify"] = insecure_skip_verify
        if mode is not None:
            self._values["mode"] = mode
        if private_key is not None:
            self._values["private_key"] = private_key
        if sni is not None:
            self._values["sni"] = sni
        if subject_alt_names is not None:
            self._values["subject_alt_names"] = subject_alt_names

    @builtins.property
    def ca_certificates(self) -> typing.Optional[builtins.str]:
        '''OPTIONAL: The path to the file containing certificate authority certificates to use in verifying a presented server certificate.

        :schema: DestinationRuleSpecTrafficPolicyTls#caCertificates
        '''
        result = self._values.get("ca_certificates")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def ca_crl(self) -> typing.Optional[builtins.str]:
        '''OPTIONAL: The path to the file containing the certificate revocation list (CRL) to use in verifying a presented server certificate.

        :schema: DestinationRuleSpecTrafficPolicyTls#caCrl
        '''
        result = self._values.get("ca_crl")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def client_certificate(self) -> typing.Optional[builtins.str]:
        '''REQUIRED if mode is ``MUTUAL``.

        :schema: DestinationRuleSpecTrafficPolicyTls#clientCertificate
        '''
        result = self._values.get("client_certificate")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def credential_name(self) -> typing.Optional[builtins.str]:
        '''The name of the secret that holds the TLS certs for the client including the CA certificates.

        :schema: DestinationRuleSpecTrafficPolicyTls#credentialName
        '''
        result = self._values.get("credential_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def insecure_skip_verify(self) -> typing.Optional[builtins.bool]:
        '''``insecureSkipVerify`` specifies whether the proxy should skip verifying the CA signature and SAN for the server certificate corresponding to the host.

        :schema: DestinationRuleSpecTrafficPolicyTls#insecureSkipVerify
        '''
        result = self._values.get("insecure_skip_verify")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def mode(self) -> typing.Optional["DestinationRuleSpecTrafficPolicyTlsMode"]:
        '''Indicates whether connections to this port should be secured using TLS.

        Valid Options: DISABLE, SIMPLE, MUTUAL, ISTIO_MUTUAL

        :schema: DestinationRuleSpecTrafficPolicyTls#mode
        '''
        result = self._values.get("mode")
        return typing.cast(typing.Optional["DestinationRuleSpecTrafficPolicyTlsMode"], result)

    @builtins.property
    def private_key(self) -> typing.Optional[builtins.str]:
        '''REQUIRED if mode is ``MUTUAL``.

        :schema: DestinationRuleSpecTrafficPolicyTls#privateKey
        '''
        result = self._values.get("private_key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def sni(self) -> typing.Optional[builtins.str]:
        '''SNI string to present to the server during TLS handshake.

        :schema: DestinationRuleSpecTrafficPolicyTls#sni
        '''
        result = self._values.get("sni")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def subject_alt_names(self) -> typing.Optional[typing.List[builtins.str]]:
        '''A list of alternate names to verify the subject identity in the certificate.

        :schema: DestinationRuleSpecTrafficPolicyTls#subjectAltNames
        '''
        result = self._values.get("subject_alt_names")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecTrafficPolicyTls(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(jsii_type="istio_ioistionetworking.DestinationRuleSpecTrafficPolicyTlsMode")
class DestinationRuleSpecTrafficPolicyTlsMode(enum.Enum):
    '''Indicates whether connections to this port should be secured using TLS.

    Valid Options: DISABLE, SIMPLE, MUTUAL, ISTIO_MUTUAL

    :schema: DestinationRuleSpecTrafficPolicyTlsMode
    '''

    DISABLE = "DISABLE"
    '''DISABLE.'''
    SIMPLE = "SIMPLE"
    '''SIMPLE.'''
    MUTUAL = "MUTUAL"
    '''MUTUAL.'''
    ISTIO_UNDERSCORE_MUTUAL = "ISTIO_UNDERSCORE_MUTUAL"
    '''ISTIO_MUTUAL.'''


@jsii.data_type(
    jsii_type="istio_ioistionetworking.DestinationRuleSpecTrafficPolicyTunnel",
    jsii_struct_bases=[],
    name_mapping={
        "target_host": "targetHost",
        "target_port": "targetPort",
        "protocol": "protocol",
    },
)
class DestinationRuleSpecTrafficPolicyTunnel:
    def __init__(
        self,
        *,
        target_host: builtins.str,
        target_port: jsii.Number,
        protocol: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Configuration of tunneling TCP over other transport or application layers for the host configured in the DestinationRule.

        :param target_host: Specifies a host to which the downstream connection is tunneled.
        :param target_port: Specifies a port to which the downstream connection is tunneled.
        :param protocol: Specifies which protocol to use for tunneling the downstream connection.

        :schema: DestinationRuleSpecTrafficPolicyTunnel
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__be92608095dfccf43754b806ce854b7f25d2f4ac79d35941daaea20f087b2b3a)
            check_type(argname="argument target_host", value=target_host, expected_type=type_hints["target_host"])
            check_type(argname="argument target_port", value=target_port, expected_type=type_hints["target_port"])
            check_type(argname="argument protocol", value=protocol, expected_type=type_hints["protocol"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "target_host": target_host,
            "target_port": target_port,
        }
        if protocol is not None:
            self._values["protocol"] = protocol

    @builtins.property
    def target_host(self) -> builtins.str:
        '''Specifies a host to which the downstream connection is tunneled.

        :schema: DestinationRuleSpecTrafficPolicyTunnel#targetHost
        '''
        result = self._values.get("target_host")
        assert result is not None, "Required property 'target_host' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def target_port(self) -> jsii.Number:
        '''Specifies a port to which the downstream connection is tunneled.

        :schema: DestinationRuleSpecTrafficPolicyTunnel#targetPort
        '''
        result = self._values.get("target_port")
        assert result is not None, "Required property 'target_port' is missing"
        return typing.cast(jsii.Number, result)

    @builtins.property
    def protocol(self) -> typing.Optional[builtins.str]:
        '''Specifies which protocol to use for tunneling the downstream connection.

        :schema: DestinationRuleSpecTrafficPolicyTunnel#protocol
        '''
        result = self._values.get("protocol")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecTrafficPolicyTunnel(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_ioistionetworking.DestinationRuleSpecWorkloadSelector",
    jsii_struct_bases=[],
    name_mapping={"match_labels": "matchLabels"},
)
class DestinationRuleSpecWorkloadSelector:
    def __init__(
        self,
        *,
        match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''Criteria used to select the specific set of pods/VMs on which this ``DestinationRule`` configuration should be applied.

        :param match_labels: One or more labels that indicate a specific set of pods/VMs on which a policy should be applied.

        :schema: DestinationRuleSpecWorkloadSelector
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__50420be025a9cab6ff4f2078f1c26bfdd309892411da393b6ebb0931c2380e2c)
            check_type(argname="argument match_labels", value=match_labels, expected_type=type_hints["match_labels"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if match_labels is not None:
            self._values["match_labels"] = match_labels

    @builtins.property
    def match_labels(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''One or more labels that indicate a specific set of pods/VMs on which a policy should be applied.

        :schema: DestinationRuleSpecWorkloadSelector#matchLabels
        '''
        result = self._values.get("match_labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DestinationRuleSpecWorkloadSelector(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class EnvoyFilter(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="istio_ioistionetworking.EnvoyFilter",
):
    '''
    :schema: EnvoyFilter
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["EnvoyFilterSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "EnvoyFilter" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param metadata: 
        :param spec: Customizing Envoy configuration generated by Istio. See more details at: https://istio.io/docs/reference/config/networking/envoy-filter.html
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__85b7176be6d0f0cf541070f31a0173d7eec0bc9c4f8472931c493380422c6048)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = EnvoyFilterProps(metadata=metadata, spec=spec)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["EnvoyFilterSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "EnvoyFilter".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param metadata: 
        :param spec: Customizing Envoy configuration generated by Istio. See more details at: https://istio.io/docs/reference/config/networking/envoy-filter.html
        '''
        props = EnvoyFilterProps(metadata=metadata, spec=spec)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "EnvoyFilter".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="istio_ioistionetworking.EnvoyFilterProps",
    jsii_struct_bases=[],
    name_mapping={"metadata": "metadata", "spec": "spec"},
)
class EnvoyFilterProps:
    def __init__(
        self,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["EnvoyFilterSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param metadata: 
        :param spec: Customizing Envoy configuration generated by Istio. See more details at: https://istio.io/docs/reference/config/networking/envoy-filter.html

        :schema: EnvoyFilter
        '''
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if isinstance(spec, dict):
            spec = EnvoyFilterSpec(**spec)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__bcae8b1df16d82c099b07dee27baa8748913d7f9fada9c4599bb95773ca6a24c)
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
            check_type(argname="argument spec", value=spec, expected_type=type_hints["spec"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if metadata is not None:
            self._values["metadata"] = metadata
        if spec is not None:
            self._values["spec"] = spec

    @builtins.property
    def metadata(self) -> typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"]:
        '''
        :schema: EnvoyFilter#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    @builtins.property
    def spec(self) -> typing.Optional["EnvoyFilterSpec"]:
        '''Customizing Envoy configuration generated by Istio.

        See more details at: https://istio.io/docs/reference/config/networking/envoy-filter.html

        :schema: EnvoyFilter#spec
        '''
        result = self._values.get("spec")
        return typing.cast(typing.Optional["EnvoyFilterSpec"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "EnvoyFilterProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_ioistionetworking.EnvoyFilterSpec",
    jsii_struct_bases=[],
    name_mapping={
        "config_patches": "configPatches",
        "priority": "priority",
        "target_refs": "targetRefs",
        "workload_selector": "workloadSelector",
    },
)
class EnvoyFilterSpec:
    def __init__(
        self,
        *,
        config_patches: typing.Optional[typing.Sequence[typing.Union["EnvoyFilterSpecConfigPatches", typing.Dict[builtins.str, typing.Any]]]] = None,
        priority: typing.Optional[jsii.Number] = None,
        target_refs: typing.Optional[typing.Sequence[typing.Union["EnvoyFilterSpecTargetRefs", typing.Dict[builtins.str, typing.Any]]]] = None,
        workload_selector: typing.Optional[typing.Union["EnvoyFilterSpecWorkloadSelector", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Customizing Envoy configuration generated by Istio.

        See more details at: https://istio.io/docs/reference/config/networking/envoy-filter.html

        :param config_patches: One or more patches with match conditions.
        :param priority: Priority defines the order in which patch sets are applied within a context.
        :param target_refs: Optional.
        :param workload_selector: Criteria used to select the specific set of pods/VMs on which this patch configuration should be applied.

        :schema: EnvoyFilterSpec
        '''
        if isinstance(workload_selector, dict):
            workload_selector = EnvoyFilterSpecWorkloadSelector(**workload_selector)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b783991c38e242293c8db673993b1d04cfa180b865ae904f2737960d2965dcac)
            check_type(argname="argument config_patches", value=config_patches, expected_type=type_hints["config_patches"])
            check_type(argname="argument priority", value=priority, expected_type=type_hints["priority"])
            check_type(argname="argument target_refs", value=target_refs, expected_type=type_hints["target_refs"])
            check_type(argname="argument workload_selector", value=workload_selector, expected_type=type_hints["workload_selector"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if config_patches is not None:
            self._values["config_patches"] = config_patches
        if priority is not None:
            self._values["priority"] = priority
        if target_refs is not None:
            self._values["target_refs"] = target_refs
        if workload_selector is not None:
            self._values["workload_selector"] = workload_selector

    @builtins.property
    def config_patches(
        self,
    ) -> typing.Optional[typing.List["EnvoyFilterSpecConfigPatches"]]:
        '''One or more patches with match conditions.

        :schema: EnvoyFilterSpec#configPatches
        '''
        result = self._values.get("config_patches")
        return typing.cast(typing.Optional[typing.List["EnvoyFilterSpecConfigPatches"]], result)

    @builtins.property
    def priority(self) -> typing.Optional[jsii.Number]:
        '''Priority defines the order in which patch sets are applied within a context.

        :schema: EnvoyFilterSpec#priority
        '''
        result = self._values.get("priority")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def target_refs(self) -> typing.Optional[typing.List["EnvoyFilterSpecTargetRefs"]]:
        '''Optional.

        :schema: EnvoyFilterSpec#targetRefs
        '''
        result = self._values.get("target_refs")
        return typing.cast(typing.Optional[typing.List["EnvoyFilterSpecTargetRefs"]], result)

    @builtins.property
    def workload_selector(self) -> typing.Optional["EnvoyFilterSpecWorkloadSelector"]:
        '''Criteria used to select the specific set of pods/VMs on which this patch configuration should be applied.

        :schema: EnvoyFilterSpec#workloadSelector
        '''
        result = self._values.get("workload_selector")
        return typing.cast(typing.Optional["EnvoyFilterSpecWorkloadSelector"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "EnvoyFilterSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_ioistionetworking.EnvoyFilterSpecConfigPatches",
    jsii_struct_bases=[],
    name_mapping={"apply_to": "applyTo", "match": "match", "patch": "patch"},
)
class EnvoyFilterSpecConfigPatches:
    def __init__(
        self,
        *,
        apply_to: typing.Optional["EnvoyFilterSpecConfigPatchesApplyTo"] = None,
        match: typing.Optional[typing.Union["EnvoyFilterSpecConfigPatchesMatch", typing.Dict[builtins.str, typing.Any]]] = None,
        patch: typing.Optional[typing.Union["EnvoyFilterSpecConfigPatchesPatch", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param apply_to: Specifies where in the Envoy configuration, the patch should be applied. Valid Options: LISTENER, FILTER_CHAIN, NETWORK_FILTER, HTTP_FILTER, ROUTE_CONFIGURATION, VIRTUAL_HOST, HTTP_ROUTE, CLUSTER, EXTENSION_CONFIG, BOOTSTRAP, LISTENER_FILTER
        :param match: Match on listener/route configuration/cluster.
        :param patch: The patch to apply along with the operation.

        :schema: EnvoyFilterSpecConfigPatches
        '''
        if isinstance(match, dict):
            match = EnvoyFilterSpecConfigPatchesMatch(**match)
        if isinstance(patch, dict):
            patch = EnvoyFilterSpecConfigPatchesPatch(**patch)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a5088adf985c983a67eff245ffc37d1dc110f0bff77da7e36d4e47ab24240648)
            check_type(argname="argument apply_to", value=apply_to, expected_type=type_hints["apply_to"])
            check_type(argname="argument match", value=match, expected_type=type_hints["match"])
            check_type(argname="argument patch", value=patch, expected_type=type_hints["patch"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if apply_to is not None:
            self._values["apply_to"] = apply_to
        if match is not None:
            self._values["match"] = match
        if patch is not None:
            self._values["patch"] = patch

    @builtins.property
    def apply_to(self) -> typing.Optional["EnvoyFilterSpecConfigPatchesApplyTo"]:
        '''Specifies where in the Envoy configuration, the patch should be applied.

        Valid Options: LISTENER, FILTER_CHAIN, NETWORK_FILTER, HTTP_FILTER, ROUTE_CONFIGURATION, VIRTUAL_HOST, HTTP_ROUTE, CLUSTER, EXTENSION_CONFIG, BOOTSTRAP, LISTENER_FILTER

        :schema: EnvoyFilterSpecConfigPatches#applyTo
        '''
        result = self._values.get("apply_to")
        return typing.cast(typing.Optional["EnvoyFilterSpecConfigPatchesApplyTo"], result)

    @builtins.property
    def match(self) -> typing.Optional["EnvoyFilterSpecConfigPatchesMatch"]:
        '''Match on listener/route configuration/cluster.

        :schema: EnvoyFilterSpecConfigPatches#match
        '''
        result = self._values.get("match")
        return typing.cast(typing.Optional["EnvoyFilterSpecConfigPatchesMatch"], result)

    @builtins.property
    def patch(self) -> typing.Optional["EnvoyFilterSpecConfigPatchesPatch"]:
        '''The patch to apply along with the operation.

        :schema: EnvoyFilterSpecConfigPatches#patch
        '''
        result = self._values.get("patch")
        return typing.cast(typing.Optional["EnvoyFilterSpecConfigPatchesPatch"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "EnvoyFilterSpecConfigPatches(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(jsii_type="istio_ioistionetworking.EnvoyFilterSpecConfigPatchesApplyTo")
class EnvoyFilterSpecConfigPatchesApplyTo(enum.Enum):
    '''Specifies where in the Envoy configuration, the patch should be applied.

    Valid Options: LISTENER, FILTER_CHAIN, NETWORK_FILTER, HTTP_FILTER, ROUTE_CONFIGURATION, VIRTUAL_HOST, HTTP_ROUTE, CLUSTER, EXTENSION_CONFIG, BOOTSTRAP, LISTENER_FILTER

    :schema: EnvoyFilterSpecConfigPatchesApplyTo
    '''

    INVALID = "INVALID"
    '''INVALID.'''
    LISTENER = "LISTENER"
    '''LISTENER.'''
    FILTER_UNDERSCORE_CHAIN = "FILTER_UNDERSCORE_CHAIN"
    '''FILTER_CHAIN.'''
    NETWORK_UNDERSCORE_FILTER = "NETWORK_UNDERSCORE_FILTER"
    '''NETWORK_FILTER.'''
    HTTP_UNDERSCORE_FILTER = "HTTP_UNDERSCORE_FILTER"
    '''HTTP_FILTER.'''
    ROUTE_UNDERSCORE_CONFIGURATION = "ROUTE_UNDERSCORE_CONFIGURATION"
    '''ROUTE_CONFIGURATION.'''
    VIRTUAL_UNDERSCORE_HOST = "VIRTUAL_UNDERSCORE_HOST"
    '''VIRTUAL_HOST.'''
    HTTP_UNDERSCORE_ROUTE = "HTTP_UNDERSCORE_ROUTE"
    '''HTTP_ROUTE.'''
    CLUSTER = "CLUSTER"
    '''CLUSTER.'''
    EXTENSION_UNDERSCORE_CONFIG = "EXTENSION_UNDERSCORE_CONFIG"
    '''EXTENSION_CONFIG.'''
    BOOTSTRAP = "BOOTSTRAP"
    '''BOOTSTRAP.'''
    LISTENER_UNDERSCORE_FILTER = "LISTENER_UNDERSCORE_FILTER"
    '''LISTENER_FILTER.'''


@jsii.data_type(
    jsii_type="istio_ioistionetworking.EnvoyFilterSpecConfigPatchesMatch",
    jsii_struct_bases=[],
    name_mapping={
        "cluster": "cluster",
        "context": "context",
        "listener": "listener",
        "proxy": "proxy",
        "route_configuration": "routeConfiguration",
        "waypoint": "waypoint",
    },
)
class EnvoyFilterSpecConfigPatchesMatch:
    def __init__(
        self,
        *,
        cluster: typing.Optional[typing.Union["EnvoyFilterSpecConfigPatchesMatchCluster", typing.Dict[builtins.str, typing.Any]]] = None,
        context: typing.Optional["EnvoyFilterSpecConfigPatchesMatchContext"] = None,
        listener: typing.Optional[typing.Union["EnvoyFilterSpecConfigPatchesMatchListener", typing.Dict[builtins.str, typing.Any]]] = None,
        proxy: typing.Optional[typing.Union["EnvoyFilterSpecConfigPatchesMatchProxy", typing.Dict[builtins.str, typing.Any]]] = None,
        route_configuration: typing.Optional[typing.Union["EnvoyFilterSpecConfigPatchesMatchRouteConfiguration", typing.Dict[builtins.str, typing.Any]]] = None,
        waypoint: typing.Optional[typing.Union["EnvoyFilterSpecConfigPatchesMatchWaypoint", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Match on listener/route configuration/cluster.

        :param cluster: Match on envoy cluster attributes.
        :param context: The specific config generation context to match on. Valid Options: ANY, SIDECAR_INBOUND, SIDECAR_OUTBOUND, GATEWAY, WAYPOINT
        :param listener: Match on envoy listener attributes.
        :param proxy: Match on properties associated with a proxy.
        :param route_configuration: Match on envoy HTTP route configuration attributes.
        :param waypoint: 

        :schema: EnvoyFilterSpecConfigPatchesMatch
        '''
        if isinstance(cluster, dict):
            cluster = EnvoyFilterSpecConfigPatchesMatchCluster(**cluster)
        if isinstance(listener, dict):
            listener = EnvoyFilterSpecConfigPatchesMatchListener(**listener)
        if isinstance(proxy, dict):
            proxy = EnvoyFilterSpecConfigPatchesMatchProxy(**proxy)
        if isinstance(route_configuration, dict):
            route_configuration = EnvoyFilterSpecConfigPatchesMatchRouteConfiguration(**route_configuration)
        if isinstance(waypoint, dict):
            waypoint = EnvoyFilterSpecConfigPatchesMatchWaypoint(**waypoint)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__1afa260dee197b99c38610d2c8f30324feb71d9f5aaf1106467db415d11e0187)
            check_type(argname="argument cluster", value=cluster, expected_type=type_hints["cluster"])
            check_type(argname="argument context", value=context, expected_type=type_hints["context"])
            check_type(argname="argument listener", value=listener, expected_type=type_hints["listener"])
            check_type(argname="argument proxy", value=proxy, expected_type=type_hints["proxy"])
            check_type(argname="argument route_configuration", value=route_configuration, expected_type=type_hints["route_configuration"])
            check_type(argname="argument waypoint", value=waypoint, expected_type=type_hints["waypoint"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if cluster is not None:
            self._values["cluster"] = cluster
        if context is not None:
            self._values["context"] = context
        if listener is not None:
            self._values["listener"] = listener
        if proxy is not None:
            self._values["proxy"] = proxy
        if route_configuration is not None:
            self._values["route_configuration"] = route_configuration
        if waypoint is not None:
            self._values["waypoint"] = waypoint

    @builtins.property
    def cluster(self) -> typing.Optional["EnvoyFilterSpecConfigPatchesMatchCluster"]:
        '''Match on envoy cluster attributes.

        :schema: EnvoyFilterSpecConfigPatchesMatch#cluster
        '''
        result = self._values.get("cluster")
        return typing.cast(typing.Optional["EnvoyFilterSpecConfigPatchesMatchCluster"], result)

    @builtins.property
    def context(self) -> typing.Optional["EnvoyFilterSpecConfigPatchesMatchContext"]:
        '''The specific config generation context to match on.

        Valid Options: ANY, SIDECAR_INBOUND, SIDECAR_OUTBOUND, GATEWAY, WAYPOINT

        :schema: EnvoyFilterSpecConfigPatchesMatch#context
        '''
        result = self._values.get("context")
        return typing.cast(typing.Optional["EnvoyFilterSpecConfigPatchesMatchContext"], result)

    @builtins.property
    def listener(self) -> typing.Optional["EnvoyFilterSpecConfigPatchesMatchListener"]:
        '''Match on envoy listener attributes.

        :schema: EnvoyFilterSpecConfigPatchesMatch#listener
        '''
        result = self._values.get("listener")
        return typing.cast(typing.Optional["EnvoyFilterSpecConfigPatchesMatchListener"], result)

    @builtins.property
    def proxy(self) -> typing.Optional["EnvoyFilterSpecConfigPatchesMatchProxy"]:
        '''Match on properties associated with a proxy.

        :schema: EnvoyFilterSpecConfigPatchesMatch#proxy
        '''
        result = self._values.get("proxy")
        return typing.cast(typing.Optional["EnvoyFilterSpecConfigPatchesMatchProxy"], result)

    @builtins.property
    def route_configuration(
        self,
    ) -> typing.Optional["EnvoyFilterSpecConfigPatchesMatchRouteConfiguration"]:
        '''Match on envoy HTTP route configuration attributes.

        :schema: EnvoyFilterSpecConfigPatchesMatch#routeConfiguration
        '''
        result = self._values.get("route_configuration")
        return typing.cast(typing.Optional["EnvoyFilterSpecConfigPatchesMatchRouteConfiguration"], result)

    @builtins.property
    def waypoint(self) -> typing.Optional["EnvoyFilterSpecConfigPatchesMatchWaypoint"]:
        '''
        :schema: EnvoyFilterSpecConfigPatchesMatch#waypoint
        '''
        result = self._values.get("waypoint")
        return typing.cast(typing.Optional["EnvoyFilterSpecConfigPatchesMatchWaypoint"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "EnvoyFilterSpecConfigPatchesMatch(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_ioistionetworking.EnvoyFilterSpecConfigPatchesMatchCluster",
    jsii_struct_bases=[],
    name_mapping={
        "name": "name",
        "port_number": "portNumber",
        "service": "service",
        "subset": "subset",
    },
)
class EnvoyFilterSpecConfigPatchesMatchCluster:
    def __init__(
        self,
        *,
        name: typing.Optional[builtins.str] = None,
        port_number: typing.Optional[jsii.Number] = None,
        service: typing.Optional[builtins.str] = None,
        subset: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Match on envoy cluster attributes.

        :param name: The exact name of the cluster to match.
        :param port_number: The service port for which this cluster was generated.
        :param service: The fully qualified service name for this cluster.
        :param subset: The subset associated with the service.

        :schema: EnvoyFilterSpecConfigPatchesMatchCluster
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__df118de12bfbb179656cfd9255645442478452e1c0fed9ff68b2e23ea8e388f2)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument port_number", value=port_number, expected_type=type_hints["port_number"])
            check_type(argname="argument service", value=service, expected_type=type_hints["service"])
            check_type(argname="argument subset", value=subset, expected_type=type_hints["subset"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if name is not None:
            self._values["name"] = name
        if port_number is not None:
            self._values["port_number"] = port_number
        if service is not None:
            self._values["service"] = service
        if subset is not None:
            self._values["subset"] = subset

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''The exact name of the cluster to match.

        :schema: EnvoyFilterSpecConfigPatchesMatchCluster#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def port_number(self) -> typing.Optional[jsii.Number]:
        '''The service port for which this cluster was generated.

        :schema: EnvoyFilterSpecConfigPatchesMatchCluster#portNumber
        '''
        result = self._values.get("port_number")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def service(self) -> typing.Optional[builtins.str]:
        '''The fully qualified service name for this cluster.

        :schema: EnvoyFilterSpecConfigPatchesMatchCluster#service
        '''
        result = self._values.get("service")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def subset(self) -> typing.Optional[builtins.str]:
        '''The subset associated with the service.

        :schema: EnvoyFilterSpecConfigPatchesMatchCluster#subset
        '''
        result = self._values.get("subset")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "EnvoyFilterSpecConfigPatchesMatchCluster(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="istio_ioistionetworking.EnvoyFilterSpecConfigPatchesMatchContext"
)
class EnvoyFilterSpecConfigPatchesMatchContext(enum.Enum):
    '''The specific config generation context to match on.

    Valid Options: ANY, SIDECAR_INBOUND, SIDECAR_OUTBOUND, GATEWAY, WAYPOINT

    :schema: EnvoyFilterSpecConfigPatchesMatchContext
    '''

    ANY = "ANY"
    '''ANY.'''
    SIDECAR_UNDERSCORE_INBOUND = "SIDECAR_UNDERSCORE_INBOUND"
    '''SIDECAR_INBOUND.'''
    SIDECAR_UNDERSCORE_OUTBOUND = "SIDECAR_UNDERSCORE_OUTBOUND"
    '''SIDECAR_OUTBOUND.'''
    GATEWAY = "GATEWAY"
    '''GATEWAY.'''
    WAYPOINT = "WAYPOINT"
    '''WAYPOINT.'''


@jsii.data_type(
    jsii_type="istio_ioistionetworking.EnvoyFilterSpecConfigPatchesMatchListener",
    jsii_struct_bases=[],
    name_mapping={
        "filter_chain": "filterChain",
        "listener_filter": "listenerFilter",
        "name": "name",
        "port_name": "portName",
        "port_number": "portNumber",
    },
)
class EnvoyFilterSpecConfigPatchesMatchListener:
    def __init__(
        self,
        *,
        filter_chain: typing.Optional[typing.Union["EnvoyFilterSpecConfigPatchesMatchListenerFilterChain", typing.Dict[builtins.str, typing.Any]]] = None,
        listener_filter: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        port_name: typing.Optional[builtins.str] = None,
        port_number: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''Match on envoy listener attributes.

        :param filter_chain: Match a specific filter chain in a listener.
        :param listener_filter: Match a specific listener filter.
        :param name: Match a specific listener by its name.
        :param port_name: 
        :param port_number: The service port/gateway port to which traffic is being sent/received.

        :schema: EnvoyFilterSpecConfigPatchesMatchListener
        '''
        if isinstance(filter_chain, dict):
            filter_chain = EnvoyFilterSpecConfigPatchesMatchListenerFilterChain(**filter_chain)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0ec6275006192b804a240907bb66b871b035f87e2e0bec28d5ce526715a5ce37)
            check_type(argname="argument filter_chain", value=filter_chain, expected_type=type_hints["filter_chain"])
            check_type(argname="argument listener_filter", value=listener_filter, expected_type=type_hints["listener_filter"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument port_name", value=port_name, expected_type=type_hints["port_name"])
            check_type(argname="argument port_number", value=port_number, expected_type=type_hints["port_number"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if filter_chain is not None:
            self._values["filter_chain"] = filter_chain
        if listener_filter is not None:
            self._values["listener_filter"] = listener_filter
        if name is not None:
            self._values["name"] = name
        if port_name is not None:
            self._values["port_name"] = port_name
        if port_number is not None:
            self._values["port_number"] = port_number

    @builtins.property
    def filter_chain(
        self,
    ) -> typing.Optional["EnvoyFilterSpecConfigPatchesMatchListenerFilterChain"]:
        '''Match a specific filter chain in a listener.

        :schema: EnvoyFilterSpecConfigPatchesMatchListener#filterChain
        '''
        result = self._values.get("filter_chain")
        return typing.cast(typing.Optional["EnvoyFilterSpecConfigPatchesMatchListenerFilterChain"], result)

    @builtins.property
    def listener_filter(self) -> typing.Optional[builtins.str]:
        '''Match a specific listener filter.

        :schema: EnvoyFilterSpecConfigPatchesMatchListener#listenerFilter
        '''
        result = self._values.get("listener_filter")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''Match a specific listener by its name.

        :schema: EnvoyFilterSpecConfigPatchesMatchListener#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def port_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: EnvoyFilterSpecConfigPatchesMatchListener#portName
        '''
        result = self._values.get("port_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def port_number(self) -> typing.Optional[jsii.Number]:
        '''The service port/gateway port to which traffic is being sent/received.

        :schema: EnvoyFilterSpecConfigPatchesMatchListener#portNumber
        '''
        result = self._values.get("port_number")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "EnvoyFilterSpecConfigPatchesMatchListener(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_ioistionetworking.EnvoyFilterSpecConfigPatchesMatchListenerFilterChain",
    jsii_struct_bases=[],
    name_mapping={
        "application_protocols": "applicationProtocols",
        "destination_port": "destinationPort",
        "filter": "filter",
        "name": "name",
        "sni": "sni",
        "transport_protocol": "transportProtocol",
    },
)
class EnvoyFilterSpecConfigPatchesMatchListenerFilterChain:
    def __init__(
        self,
        *,
        application_protocols: typing.Optional[builtins.str] = None,
        destination_port: typing.Optional[jsii.Number] = None,
        filter: typing.Optional[typing.Union["EnvoyFilterSpecConfigPatchesMatchListenerFilterChainFilter", typing.Dict[builtins.str, typing.Any]]] = None,
        name: typing.Optional[builtins.str] = None,
        sni: typing.Optional[builtins.str] = None,
        transport_protocol: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Match a specific filter chain in a listener.

        :param application_protocols: Applies only to sidecars.
        :param destination_port: The destination_port value used by a filter chain's match condition.
        :param filter: The name of a specific filter to apply the patch to.
        :param name: The name assigned to the filter chain.
        :param sni: The SNI value used by a filter chain's match condition.
        :param transport_protocol: Applies only to ``SIDECAR_INBOUND`` context.

        :schema: EnvoyFilterSpecConfigPatchesMatchListenerFilterChain
        '''
        if isinstance(filter, dict):
            filter = EnvoyFilterSpecConfigPatchesMatchListenerFilterChainFilter(**filter)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a8bf76297bb062fceebd48717212599a31c0a8b3c32da1f5ea45b4d0e13d166d)
            check_type(argname="argument application_protocols", value=application_protocols, expected_type=type_hints["application_protocols"])
            check_type(argname="argument destination_port", value=destination_port, expected_type=type_hints["destination_port"])
            check_type(argname="argument filter", value=filter, expected_type=type_hints["filter"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument sni", value=sni, expected_type=type_hints["sni"])
            check_type(argname="argument transport_protocol", value=transport_protocol, expected_type=type_hints["transport_protocol"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if application_protocols is not None:
            self._values["application_protocols"] = application_protocols
        if destination_port is not None:
            self._values["destination_port"] = destination_port
        if filter is not None:
            self._values["filter"] = filter
        if name is not None:
            self._values["name"] = name
        if sni is not None:
            self._values["sni"] = sni
        if transport_protocol is not None:
            self._values["transport_protocol"] = transport_protocol

    @builtins.property
    def application_protocols(self) -> typing.Optional[builtins.str]:
        '''Applies only to sidecars.

        :schema: EnvoyFilterSpecConfigPatchesMatchListenerFilterChain#applicationProtocols
        '''
        result = self._values.get("application_protocols")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def destination_port(self) -> typing.Optional[jsii.Number]:
        '''The destination_port value used by a filter chain's match condition.

        :schema: EnvoyFilterSpecConfigPatchesMatchListenerFilterChain#destinationPort
        '''
        result = self._values.get("destination_port")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def filter(
        self,
    ) -> typing.Optional["EnvoyFilterSpecConfigPatchesMatchListenerFilterChainFilter"]:
        '''The name of a specific filter to apply the patch to.

        :schema: EnvoyFilterSpecConfigPatchesMatchListenerFilterChain#filter
        '''
        result = self._values.get("filter")
        return typing.cast(typing.Optional["EnvoyFilterSpecConfigPatchesMatchListenerFilterChainFilter"], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''The name assigned to the filter chain.

        :schema: EnvoyFilterSpecConfigPatchesMatchListenerFilterChain#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def sni(self) -> typing.Optional[builtins.str]:
        '''The SNI value used by a filter chain's match condition.

        :schema: EnvoyFilterSpecConfigPatchesMatchListenerFilterChain#sni
        '''
        result = self._values.get("sni")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def transport_protocol(self) -> typing.Optional[builtins.str]:
        '''Applies only to ``SIDECAR_INBOUND`` context.

        :schema: EnvoyFilterSpecConfigPatchesMatchListenerFilterChain#transportProtocol
        '''
        result = self._values.get("transport_protocol")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "EnvoyFilterSpecConfigPatchesMatchListenerFilterChain(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_ioistionetworking.EnvoyFilterSpecConfigPatchesMatchListenerFilterChainFilter",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "sub_filter": "subFilter"},
)
class EnvoyFilterSpecConfigPatchesMatchListenerFilterChainFilter:
    def __init__(
        self,
        *,
        name: typing.Optional[builtins.str] = None,
        sub_filter: typing.Optional[typing.Union["EnvoyFilterSpecConfigPatchesMatchListenerFilterChainFilterSubFilter", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''The name of a specific filter to apply the patch to.

        :param name: The filter name to match on.
        :param sub_filter: The next level filter within this filter to match upon.

        :schema: EnvoyFilterSpecConfigPatchesMatchListenerFilterChainFilter
        '''
        if isinstance(sub_filter, dict):
            sub_filter = EnvoyFilterSpecConfigPatchesMatchListenerFilterChainFilterSubFilter(**sub_filter)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__1ef9a11799bb30a961ea05f94812b9a0d4ff2c17287d8718496a9624f8af78f9)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument sub_filter", value=sub_filter, expected_type=type_hints["sub_filter"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if name is not None:
            self._values["name"] = name
        if sub_filter is not None:
            self._values["sub_filter"] = sub_filter

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''The filter name to match on.

        :schema: EnvoyFilterSpecConfigPatchesMatchListenerFilterChainFilter#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def sub_filter(
        self,
    ) -> typing.Optional["EnvoyFilterSpecConfigPatchesMatchListenerFilterChainFilterSubFilter"]:
        '''The next level filter within this filter to match upon.

        :schema: EnvoyFilterSpecConfigPatchesMatchListenerFilterChainFilter#subFilter
        '''
        result = self._values.get("sub_filter")
        return typing.cast(typing.Optional["EnvoyFilterSpecConfigPatchesMatchListenerFilterChainFilterSubFilter"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "EnvoyFilterSpecConfigPatchesMatchListenerFilterChainFilter(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_ioistionetworking.EnvoyFilterSpecConfigPatchesMatchListenerFilterChainFilterSubFilter",
    jsii_struct_bases=[],
    name_mapping={"name": "name"},
)
class EnvoyFilterSpecConfigPatchesMatchListenerFilterChainFilterSubFilter:
    def __init__(self, *, name: typing.Optional[builtins.str] = None) -> None:
        '''The next level filter within this filter to match upon.

        :param name: The filter name to match on.

        :schema: EnvoyFilterSpecConfigPatchesMatchListenerFilterChainFilterSubFilter
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c91afb0beeda4024154bc70f4760842d15536f3534764ec647bb8bbe29ff0070)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if name is not None:
            self._values["name"] = name

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''The filter name to match on.

        :schema: EnvoyFilterSpecConfigPatchesMatchListenerFilterChainFilterSubFilter#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "EnvoyFilterSpecConfigPatchesMatchListenerFilterChainFilterSubFilter(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_ioistionetworking.EnvoyFilterSpecConfigPatchesMatchProxy",
    jsii_struct_bases=[],
    name_mapping={"metadata": "metadata", "proxy_version": "proxyVersion"},
)
class EnvoyFilterSpecConfigPatchesMatchProxy:
    def __init__(
        self,
        *,
        metadata: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        proxy_version: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Match on properties associated with a proxy.

        :param metadata: Match on the node metadata supplied by a proxy when connecting to istiod.
        :param proxy_version: A regular expression in golang regex format (RE2) that can be used to select proxies using a specific version of istio proxy.

        :schema: EnvoyFilterSpecConfigPatchesMatchProxy
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__98e4524cba4d1c4c03915baffc0ed17457b1d487b69a9cb6a8c385ffee779ddb)
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
            check_type(argname="argument proxy_version", value=proxy_version, expected_type=type_hints["proxy_version"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if metadata is not None:
            self._values["metadata"] = metadata
        if proxy_version is not None:
            self._values["proxy_version"] = proxy_version

    @builtins.property
    def metadata(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''Match on the node metadata supplied by a proxy when connecting to istiod.

        :schema: EnvoyFilterSpecConfigPatchesMatchProxy#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def proxy_version(self) -> typing.Optional[builtins.str]:
        '''A regular expression in golang regex format (RE2) that can be used to select proxies using a specific version of istio proxy.

        :schema: EnvoyFilterSpecConfigPatchesMatchProxy#proxyVersion
        '''
        result = self._values.get("proxy_version")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "EnvoyFilterSpecConfigPatchesMatchProxy(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_ioistionetworking.EnvoyFilterSpecConfigPatchesMatchRouteConfiguration",
    jsii_struct_bases=[],
    name_mapping={
        "gateway": "gateway",
        "name": "name",
        "port_name": "portName",
        "port_number": "portNumber",
        "vhost": "vhost",
    },
)
class EnvoyFilterSpecConfigPatchesMatchRouteConfiguration:
    def __init__(
        self,
        *,
        gateway: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        port_name: typing.Optional[builtins.str] = None,
        port_number: typing.Optional[jsii.Number] = None,
        vhost: typing.Optional[typing.Union["EnvoyFilterSpecConfigPatchesMatchRouteConfigurationVhost", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Match on envoy HTTP route configuration attributes.

        :param gateway: The Istio gateway config's namespace/name for which this route configuration was generated.
        :param name: Route configuration name to match on.
        :param port_name: Applicable only for GATEWAY context.
        :param port_number: The service port number or gateway server port number for which this route configuration was generated.
        :param vhost: Match a specific virtual host in a route configuration and apply the patch to the virtual host.

        :schema: EnvoyFilterSpecConfigPatchesMatchRouteConfiguration
        '''
        if isinstance(vhost, dict):
            vhost = EnvoyFilterSpecConfigPatchesMatchRouteConfigurationVhost(**vhost)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c9762815a7a94ef3532a88c0dd9d2e2b63b18f41985a9547e756bbf83de2cbc9)
            check_type(argname="argument gateway", value=gateway, expected_type=type_hints["gateway"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument port_name", value=port_name, expected_type=type_hints["port_name"])
            check_type(argname="argument port_number", value=port_number, expected_type=type_hints["port_number"])
            check_type(argname="argument vhost", value=vhost, expected_type=type_hints["vhost"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if gateway is not None:
            self._values["gateway"] = gateway
        if name is not None:
            self._values["name"] = name
        if port_name is not None:
            self._values["port_name"] = port_name
        if port_number is not None:
            self._values["port_number"] = port_number
        if vhost is not None:
            self._values["vhost"] = vhost

    @builtins.property
    def gateway(self) -> typing.Optional[builtins.str]:
        '''The Istio gateway config's namespace/name for which this route configuration was generated.

        :schema: EnvoyFilterSpecConfigPatchesMatchRouteConfiguration#gateway
        '''
        result = self._values.get("gateway")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''Route configuration name to match on.

        :schema: EnvoyFilterSpecConfigPatchesMatchRouteConfiguration#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def port_name(self) -> typing.Optional[builtins.str]:
        '''Applicable only for GATEWAY context.

        :schema: EnvoyFilterSpecConfigPatchesMatchRouteConfiguration#portName
        '''
        result = self._values.get("port_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def port_number(self) -> typing.Optional[jsii.Number]:
        '''The service port number or gateway server port number for which this route configuration was generated.

        :schema: EnvoyFilterSpecConfigPatchesMatchRouteConfiguration#portNumber
        '''
        result = self._values.get("port_number")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def vhost(
        self,
    ) -> typing.Optional["EnvoyFilterSpecConfigPatchesMatchRouteConfigurationVhost"]:
        '''Match a specific virtual host in a route configuration and apply the patch to the virtual host.

        :schema: EnvoyFilterSpecConfigPatchesMatchRouteConfiguration#vhost
        '''
        result = self._values.get("vhost")
        return typing.cast(typing.Optional["EnvoyFilterSpecConfigPatchesMatchRouteConfigurationVhost"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "EnvoyFilterSpecConfigPatchesMatchRouteConfiguration(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_ioistionetworking.EnvoyFilterSpecConfigPatchesMatchRouteConfigurationVhost",
    jsii_struct_bases=[],
    name_mapping={"domain_name": "domainName", "name": "name", "route": "route"},
)
class EnvoyFilterSpecConfigPatchesMatchRouteConfigurationVhost:
    def __init__(
        self,
        *,
        domain_name: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        route: typing.Optional[typing.Union["EnvoyFilterSpecConfigPatchesMatchRouteConfigurationVhostRoute", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Match a specific virtual host in a route configuration and apply the patch to the virtual host.

        :param domain_name: Match a domain name in a virtual host.
        :param name: The VirtualHosts objects generated by Istio are named as host:port, where the host typically corresponds to the VirtualService's host field or the hostname of a service in the registry.
        :param route: Match a specific route within the virtual host.

        :schema: EnvoyFilterSpecConfigPatchesMatchRouteConfigurationVhost
        '''
        if isinstance(route, dict):
            route = EnvoyFilterSpecConfigPatchesMatchRouteConfigurationVhostRoute(**route)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__3f88c40db64adb13d9bca7348c17c97f79a4b9f2757bd915d9d9a2e8ea64db14)
            check_type(argname="argument domain_name", value=domain_name, expected_type=type_hints["domain_name"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument route", value=route, expected_type=type_hints["route"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if domain_name is not None:
            self._values["domain_name"] = domain_name
        if name is not None:
            self._values["name"] = name
        if route is not None:
            self._values["route"] = route

    @builtins.property
    def domain_name(self) -> typing.Optional[builtins.str]:
        '''Match a domain name in a virtual host.

        :schema: EnvoyFilterSpecConfigPatchesMatchRouteConfigurationVhost#domainName
        '''
        result = self._values.get("domain_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''The VirtualHosts objects generated by Istio are named as host:port, where the host typically corresponds to the VirtualService's host field or the hostname of a service in the registry.

        :schema: EnvoyFilterSpecConfigPatchesMatchRouteConfigurationVhost#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def route(
        self,
    ) -> typing.Optional["EnvoyFilterSpecConfigPatchesMatchRouteConfigurationVhostRoute"]:
        '''Match a specific route within the virtual host.

        :schema: EnvoyFilterSpecConfigPatchesMatchRouteConfigurationVhost#route
        '''
        result = self._values.get("route")
        return typing.cast(typing.Optional["EnvoyFilterSpecConfigPatchesMatchRouteConfigurationVhostRoute"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "EnvoyFilterSpecConfigPatchesMatchRouteConfigurationVhost(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_ioistionetworking.EnvoyFilterSpecConfigPatchesMatchRouteConfigurationVhostRoute",
    jsii_struct_bases=[],
    name_mapping={"action": "action", "name": "name"},
)
class EnvoyFilterSpecConfigPatchesMatchRouteConfigurationVhostRoute:
    def __init__(
        self,
        *,
        action: typing.Optional["EnvoyFilterSpecConfigPatchesMatchRouteConfigurationVhostRouteAction"] = None,
        name: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Match a specific route within the virtual host.

        :param action: Match a route with specific action type. Valid Options: ANY, ROUTE, REDIRECT, DIRECT_RESPONSE
        :param name: The Route objects generated by default are named as default.

        :schema: EnvoyFilterSpecConfigPatchesMatchRouteConfigurationVhostRoute
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__94576683209fd2e1c03faf1c69562ee224ca1bd608a3e9cadea4e8c23eefea4c)
            check_type(argname="argument action", value=action, expected_type=type_hints["action"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if action is not None:
            self._values["action"] = action
        if name is not None:
            self._values["name"] = name

    @builtins.property
    def action(
        self,
    ) -> typing.Optional["EnvoyFilterSpecConfigPatchesMatchRouteConfigurationVhostRouteAction"]:
        '''Match a route with specific action type.

        Valid Options: ANY, ROUTE, REDIRECT, DIRECT_RESPONSE

        :schema: EnvoyFilterSpecConfigPatchesMatchRouteConfigurationVhostRoute#action
        '''
        result = self._values.get("action")
        return typing.cast(typing.Optional["EnvoyFilterSpecConfigPatchesMatchRouteConfigurationVhostRouteAction"], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''The Route objects generated by default are named as default.

        :schema: EnvoyFilterSpecConfigPatchesMatchRouteConfigurationVhostRoute#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "EnvoyFilterSpecConfigPatchesMatchRouteConfigurationVhostRoute(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="istio_ioistionetworking.EnvoyFilterSpecConfigPatchesMatchRouteConfigurationVhostRouteAction"
)
class EnvoyFilterSpecConfigPatchesMatchRouteConfigurationVhostRouteAction(enum.Enum):
    '''Match a route with specific action type.

    Valid Options: ANY, ROUTE, REDIRECT, DIRECT_RESPONSE

    :schema: EnvoyFilterSpecConfigPatchesMatchRouteConfigurationVhostRouteAction
    '''

    ANY = "ANY"
    '''ANY.'''
    ROUTE = "ROUTE"
    '''ROUTE.'''
    REDIRECT = "REDIRECT"
    '''REDIRECT.'''
    DIRECT_UNDERSCORE_RESPONSE = "DIRECT_UNDERSCORE_RESPONSE"
    '''DIRECT_RESPONSE.'''


@jsii.data_type(
    jsii_type="istio_ioistionetworking.EnvoyFilterSpecConfigPatchesMatchWaypoint",
    jsii_struct_bases=[],
    name_mapping={"filter": "filter", "port_number": "portNumber", "route": "route"},
)
class EnvoyFilterSpecConfigPatchesMatchWaypoint:
    def __init__(
        self,
        *,
        filter: typing.Optional[typing.Union["EnvoyFilterSpecConfigPatchesMatchWaypointFilter", typing.Dict[builtins.str, typing.Any]]] = None,
        port_number: typing.Optional[jsii.Number] = None,
        route: typing.Optional[typing.Union["EnvoyFilterSpecConfigPatchesMatchWaypointRoute", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param filter: The name of a specific filter to apply the patch to.
        :param port_number: The service port to match on.
        :param route: Match a specific route.

        :schema: EnvoyFilterSpecConfigPatchesMatchWaypoint
        '''
        if isinstance(filter, dict):
            filter = EnvoyFilterSpecConfigPatchesMatchWaypointFilter(**filter)
        if isinstance(route, dict):
            route = EnvoyFilterSpecConfigPatchesMatchWaypointRoute(**route)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e58a49fbc0a55dcc8e2762aa794e41ab9d478b70d45314ea1fd3d0571310be8f)
            check_type(argname="argument filter", value=filter, expected_type=type_hints["filter"])
            check_type(argname="argument port_number", value=port_number, expected_type=type_hints["port_number"])
            check_type(argname="argument route", value=route, expected_type=type_hints["route"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if filter is not None:
            self._values["filter"] = filter
        if port_number is not None:
            self._values["port_number"] = port_number
        if route is not None:
            self._values["route"] = route

    @builtins.property
    def filter(
        self,
    ) -> typing.Optional["EnvoyFilterSpecConfigPatchesMatchWaypointFilter"]:
        '''The name of a specific filter to apply the patch to.

        :schema: EnvoyFilterSpecConfigPatchesMatchWaypoint#filter
        '''
        result = self._values.get("filter")
        return typing.cast(typing.Optional["EnvoyFilterSpecConfigPatchesMatchWaypointFilter"], result)

    @builtins.property
    def port_number(self) -> typing.Optional[jsii.Number]:
        '''The service port to match on.

        :schema: EnvoyFilterSpecConfigPatchesMatchWaypoint#portNumber
        '''
        result = self._values.get("port_number")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def route(
        self,
    ) -> typing.Optional["EnvoyFilterSpecConfigPatchesMatchWaypointRoute"]:
        '''Match a specific route.

        :schema: EnvoyFilterSpecConfigPatchesMatchWaypoint#route
        '''
        result = self._values.get("route")
        return typing.cast(typing.Optional["EnvoyFilterSpecConfigPatchesMatchWaypointRoute"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "EnvoyFilterSpecConfigPatchesMatchWaypoint(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_ioistionetworking.EnvoyFilterSpecConfigPatchesMatchWaypointFilter",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "sub_filter": "subFilter"},
)
class EnvoyFilterSpecConfigPatchesMatchWaypointFilter:
    def __init__(
        self,
        *,
        name: typing.Optional[builtins.str] = None,
        sub_filter: typing.Optional[typing.Union["EnvoyFilterSpecConfigPatchesMatchWaypointFilterSubFilter", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''The name of a specific filter to apply the patch to.

        :param name: The filter name to match on.
        :param sub_filter: The next level filter within this filter to match on.

        :schema: EnvoyFilterSpecConfigPatchesMatchWaypointFilter
        '''
        if isinstance(sub_filter, dict):
            sub_filter = EnvoyFilterSpecConfigPatchesMatchWaypointFilterSubFilter(**sub_filter)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__eff1c09268bc565926b08b765b01c27a54de84b17831cfd7054c0ed45690caab)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument sub_filter", value=sub_filter, expected_type=type_hints["sub_filter"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if name is not None:
            self._values["name"] = name
        if sub_filter is not None:
            self._values["sub_filter"] = sub_filter

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''The filter name to match on.

        :schema: EnvoyFilterSpecConfigPatchesMatchWaypointFilter#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def sub_filter(
        self,
    ) -> typing.Optional["EnvoyFilterSpecConfigPatchesMatchWaypointFilterSubFilter"]:
        '''The next level filter within this filter to match on.

        :schema: EnvoyFilterSpecConfigPatchesMatchWaypointFilter#subFilter
        '''
        result = self._values.get("sub_filter")
        return typing.cast(typing.Optional["EnvoyFilterSpecConfigPatchesMatchWaypointFilterSubFilter"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "EnvoyFilterSpecConfigPatchesMatchWaypointFilter(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_ioistionetworking.EnvoyFilterSpecConfigPatchesMatchWaypointFilterSubFilter",
    jsii_struct_bases=[],
    name_mapping={"name": "name"},
)
class EnvoyFilterSpecConfigPatchesMatchWaypointFilterSubFilter:
    def __init__(self, *, name: typing.Optional[builtins.str] = None) -> None:
        '''The next level filter within this filter to match on.

        :param name: The filter name to match on.

        :schema: EnvoyFilterSpecConfigPatchesMatchWaypointFilterSubFilter
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__14739e0f5ef4e73e045940e9737e300e3489dee0f139d3eb208d684f6eb1c38a)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if name is not None:
            self._values["name"] = name

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''The filter name to match on.

        :schema: EnvoyFilterSpecConfigPatchesMatchWaypointFilterSubFilter#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "EnvoyFilterSpecConfigPatchesMatchWaypointFilterSubFilter(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_ioistionetworking.EnvoyFilterSpecConfigPatchesMatchWaypointRoute",
    jsii_struct_bases=[],
    name_mapping={"name": "name"},
)
class EnvoyFilterSpecConfigPatchesMatchWaypointRoute:
    def __init__(self, *, name: typing.Optional[builtins.str] = None) -> None:
        '''Match a specific route.

        :param name: The Route objects generated by default are named as default.

        :schema: EnvoyFilterSpecConfigPatchesMatchWaypointRoute
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__28cfb05d60913df7a2fef9577da5bb5a1ed79dad1a3373589ccb3a43b64892cb)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if name is not None:
            self._values["name"] = name

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''The Route objects generated by default are named as default.

        :schema: EnvoyFilterSpecConfigPatchesMatchWaypointRoute#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "EnvoyFilterSpecConfigPatchesMatchWaypointRoute(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_ioistionetworking.EnvoyFilterSpecConfigPatchesPatch",
    jsii_struct_bases=[],
    name_mapping={
        "filter_class": "filterClass",
        "operation": "operation",
        "value": "value",
    },
)
class EnvoyFilterSpecConfigPatchesPatch:
    def __init__(
        self,
        *,
        filter_class: typing.Optional["EnvoyFilterSpecConfigPatchesPatchFilterClass"] = None,
        operation: typing.Optional["EnvoyFilterSpecConfigPatchesPatchOperation"] = None,
        value: typing.Any = None,
    ) -> None:
        '''The patch to apply along with the operation.

        :param filter_class: Determines the filter insertion order. Valid Options: AUTHN, AUTHZ, STATS
        :param operation: Determines how the patch should be applied. Valid Options: MERGE, ADD, REMOVE, INSERT_BEFORE, INSERT_AFTER, INSERT_FIRST, REPLACE
        :param value: The JSON config of the object being patched.

        :schema: EnvoyFilterSpecConfigPatchesPatch
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__1cb89ab03204555fd717b465b791eeb11e08978b39258585e419b785a3deecfc)
            check_type(argname="argument filter_class", value=filter_class, expected_type=type_hints["filter_class"])
            check_type(argname="argument operation", value=operation, expected_type=type_hints["operation"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if filter_class is not None:
            self._values["filter_class"] = filter_class
        if operation is not None:
            self._values["operation"] = operation
        if value is not None:
            self._values["value"] = value

    @builtins.property
    def filter_class(
        self,
    ) -> typing.Optional["EnvoyFilterSpecConfigPatchesPatchFilterClass"]:
        '''Determines the filter insertion order.

        Valid Options: AUTHN, AUTHZ, STATS

        :schema: EnvoyFilterSpecConfigPatchesPatch#filterClass
        '''
        result = self._values.get("filter_class")
        return typing.cast(typing.Optional["EnvoyFilterSpecConfigPatchesPatchFilterClass"], result)

    @builtins.property
    def operation(
        self,
    ) -> typing.Optional["EnvoyFilterSpecConfigPatchesPatchOperation"]:
        '''Determines how the patch should be applied.

        Valid Options: MERGE, ADD, REMOVE, INSERT_BEFORE, INSERT_AFTER, INSERT_FIRST, REPLACE

        :schema: EnvoyFilterSpecConfigPatchesPatch#operation
        '''
        result = self._values.get("operation")
        return typing.cast(typing.Optional["EnvoyFilterSpecConfigPatchesPatchOperation"], result)

    @builtins.property
    def value(self) -> typing.Any:
        '''The JSON config of the object being patched.

        :schema: EnvoyFilterSpecConfigPatchesPatch#value
        '''
        result = self._values.get("value")
        return typing.cast(typing.Any, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "EnvoyFilterSpecConfigPatchesPatch(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="istio_ioistionetworking.EnvoyFilterSpecConfigPatchesPatchFilterClass"
)
class EnvoyFilterSpecConfigPatchesPatchFilterClass(enum.Enum):
    '''Determines the filter insertion order.

    Valid Options: AUTHN, AUTHZ, STATS

    :schema: EnvoyFilterSpecConfigPatchesPatchFilterClass
    '''

    UNSPECIFIED = "UNSPECIFIED"
    '''UNSPECIFIED.'''
    AUTHN = "AUTHN"
    '''AUTHN.'''
    AUTHZ = "AUTHZ"
    '''AUTHZ.'''
    STATS = "STATS"
    '''STATS.'''


@jsii.enum(
    jsii_type="istio_ioistionetworking.EnvoyFilterSpecConfigPatchesPatchOperation"
)
class EnvoyFilterSpecConfigPatchesPatchOperation(enum.Enum):
    '''Determines how the patch should be applied.

    Valid Options: MERGE, ADD, REMOVE, INSERT_BEFORE, INSERT_AFTER, INSERT_FIRST, REPLACE

    :schema: EnvoyFilterSpecConfigPatchesPatchOperation
    '''

    INVALID = "INVALID"
    '''INVALID.'''
    MERGE = "MERGE"
    '''MERGE.'''
    ADD = "ADD"
    '''ADD.'''
    REMOVE = "REMOVE"
    '''REMOVE.'''
    INSERT_UNDERSCORE_BEFORE = "INSERT_UNDERSCORE_BEFORE"
    '''INSERT_BEFORE.'''
    INSERT_UNDERSCORE_AFTER = "INSERT_UNDERSCORE_AFTER"
    '''INSERT_AFTER.'''
    INSERT_UNDERSCORE_FIRST = "INSERT_UNDERSCORE_FIRST"
    '''INSERT_FIRST.'''
    REPLACE = "REPLACE"
    '''REPLACE.'''


@jsii.data_type(
    jsii_type="istio_ioistionetworking.EnvoyFilterSpecTargetRefs",
    jsii_struct_bases=[],
    name_mapping={
        "kind": "kind",
        "name": "name",
        "group": "group",
        "namespace": "namespace",
    },
)
class EnvoyFilterSpecTargetRefs:
    def __init__(
        self,
        *,
        kind: builtins.str,
        name: builtins.str,
        group: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param kind: kind is kind of the target resource.
        :param name: name is the name of the target resource.
        :param group: group is the group of the target resource.
        :param namespace: namespace is the namespace of the referent.

        :schema: EnvoyFilterSpecTargetRefs
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__08279e46b0c799c182be363153ab9573da3516e8f1d55dbcc861d4880322f2f5)
            check_type(argname="argument kind", value=kind, expected_type=type_hints["kind"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument group", value=group, expected_type=type_hints["group"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "kind": kind,
            "name": name,
        }
        if group is not None:
            self._values["group"] = group
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def kind(self) -> builtins.str:
        '''kind is kind of the target resource.

        :schema: EnvoyFilterSpecTargetRefs#kind
        '''
        result = self._values.get("kind")
        assert result is not None, "Required property 'kind' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''name is the name of the target resource.

        :schema: EnvoyFilterSpecTargetRefs#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def group(self) -> typing.Optional[builtins.str]:
        '''group is the group of the target resource.

        :schema: EnvoyFilterSpecTargetRefs#group
        '''
        result = self._values.get("group")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''namespace is the namespace of the referent.

        :schema: EnvoyFilterSpecTargetRefs#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "EnvoyFilterSpecTargetRefs(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_ioistionetworking.EnvoyFilterSpecWorkloadSelector",
    jsii_struct_bases=[],
    name_mapping={"labels": "labels"},
)
class EnvoyFilterSpecWorkloadSelector:
    def __init__(
        self,
        *,
        labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''Criteria used to select the specific set of pods/VMs on which this patch configuration should be applied.

        :param labels: One or more labels that indicate a specific set of pods/VMs on which the configuration should be applied.

        :schema: EnvoyFilterSpecWorkloadSelector
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__22e5cab600c66602e53c3032a787084043a2ffb17583107a270cc7f498ba76d5)
            check_type(argname="argument labels", value=labels, expected_type=type_hints["labels"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if labels is not None:
            self._values["labels"] = labels

    @builtins.property
    def labels(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''One or more labels that indicate a specific set of pods/VMs on which the configuration should be applied.

        :schema: EnvoyFilterSpecWorkloadSelector#labels
        '''
        result = self._values.get("labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "EnvoyFilterSpecWorkloadSelector(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class Gateway(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="istio_ioistionetworking.Gateway",
):
    '''
    :schema: Gateway
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["GatewaySpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "Gateway" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param metadata: 
        :param spec: Configuration affecting edge load balancer. See more details at: https://istio.io/docs/reference/config/networking/gateway.html
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__5e890790c2f5bb6100d09204e3ea1c21f8b670e38c42991e5f29b23f1c339a6b)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = GatewayProps(metadata=metadata, spec=spec)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["GatewaySpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "Gateway".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param metadata: 
        :param spec: Configuration affecting edge load balancer. See more details at: https://istio.io/docs/reference/config/networking/gateway.html
        '''
        props = GatewayProps(metadata=metadata, spec=spec)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "Gateway".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="istio_ioistionetworking.GatewayProps",
    jsii_struct_bases=[],
    name_mapping={"metadata": "metadata", "spec": "spec"},
)
class GatewayProps:
    def __init__(
        self,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["GatewaySpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param metadata: 
        :param spec: Configuration affecting edge load balancer. See more details at: https://istio.io/docs/reference/config/networking/gateway.html

        :schema: Gateway
        '''
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if isinstance(spec, dict):
            spec = GatewaySpec(**spec)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__873283d71053aaf20f444d631293a6b1780bb56b98328bd202c1fa184c8aa9b8)
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
            check_type(argname="argument spec", value=spec, expected_type=type_hints["spec"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if metadata is not None:
            self._values["metadata"] = metadata
        if spec is not None:
            self._values["spec"] = spec

    @builtins.property
    def metadata(self) -> typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"]:
        '''
        :schema: Gateway#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    @builtins.property
    def spec(self) -> typing.Optional["GatewaySpec"]:
        '''Configuration affecting edge load balancer.

        See more details at: https://istio.io/docs/reference/config/networking/gateway.html

        :schema: Gateway#spec
        '''
        result = self._values.get("spec")
        return typing.cast(typing.Optional["GatewaySpec"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "GatewayProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_ioistionetworking.GatewaySpec",
    jsii_struct_bases=[],
    name_mapping={"selector": "selector", "servers": "servers"},
)
class GatewaySpec:
    def __init__(
        self,
        *,
        selector: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        servers: typing.Optional[typing.Sequence[typing.Union["GatewaySpecServers", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''Configuration affecting edge load balancer.

        See more details at: https://istio.io/docs/reference/config/networking/gateway.html

        :param selector: One or more labels that indicate a specific set of pods/VMs on which this gateway configuration should be applied.
        :param servers: A list of server specifications.

        :schema: GatewaySpec
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__21b465adc712bef3c7d138ca4361c1207f9c55594689e910976a4cc0cef4e5f6)
            check_type(argname="argument selector", value=selector, expected_type=type_hints["selector"])
            check_type(argname="argument servers", value=servers, expected_type=type_hints["servers"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if selector is not None:
            self._values["selector"] = selector
        if servers is not None:
            self._values["servers"] = servers

    @builtins.property
    def selector(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''One or more labels that indicate a specific set of pods/VMs on which this gateway configuration should be applied.

        :schema: GatewaySpec#selector
        '''
        result = self._values.get("selector")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def servers(self) -> typing.Optional[typing.List["GatewaySpecServers"]]:
        '''A list of server specifications.

        :schema: GatewaySpec#servers
        '''
        result = self._values.get("servers")
        return typing.cast(typing.Optional[typing.List["GatewaySpecServers"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "GatewaySpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_ioistionetworking.GatewaySpecServers",
    jsii_struct_bases=[],
    name_mapping={
        "hosts": "hosts",
        "port": "port",
        "bind": "bind",
        "default_endpoint": "defaultEndpoint",
        "name": "name",
        "tls": "tls",
    },
)
class GatewaySpecServers:
    def __init__(
        self,
        *,
        hosts: typing.Sequence[builtins.str],
        port: typing.Union["GatewaySpecServersPort", typing.Dict[builtins.str, typing.Any]],
        bind: typing.Optional[builtins.str] = None,
        default_endpoint: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        tls: typing.Optional[typing.Union["GatewaySpecServersTls", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param hosts: One or more hosts exposed by this gateway.
        :param port: The Port on which the proxy should listen for incoming connections.
        :param bind: The ip or the Unix domain socket to which the listener should be bound to.
        :param default_endpoint: 
        :param name: An optional name of the server, when set must be unique across all servers.
        :param tls: Set of TLS related options that govern the server's behavior.

        :schema: GatewaySpecServers
        '''
        if isinstance(port, dict):
            port = GatewaySpecServersPort(**port)
        if isinstance(tls, dict):
            tls = GatewaySpecServersTls(**tls)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d0ba1247d4d0d887497e137bad57a37d22af1b0e8ffa0b8a47ecefb4e25e22bf)
            check_type(argname="argument hosts", value=hosts, expected_type=type_hints["hosts"])
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
            check_type(argname="argument bind", value=bind, expected_type=type_hints["bind"])
            check_type(argname="argument default_endpoint", value=default_endpoint, expected_type=type_hints["default_endpoint"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument tls", value=tls, expected_type=type_hints["tls"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "hosts": hosts,
            "port": port,
        }
        if bind is not None:
            self._values["bind"] = bind
        if default_endpoint is not None:
            self._values["default_endpoint"] = default_endpoint
        if name is not None:
            self._values["name"] = name
        if tls is not None:
            self._values["tls"] = tls

    @builtins.property
    def hosts(self) -> typing.List[builtins.str]:
        '''One or more hosts exposed by this gateway.

        :schema: GatewaySpecServers#hosts
        '''
        result = self._values.get("hosts")
        assert result is not None, "Required property 'hosts' is missing"
        return typing.cast(typing.List[builtins.str], result)

    @builtins.property
    def port(self) -> "GatewaySpecServersPort":
        '''The Port on which the proxy should listen for incoming connections.

        :schema: GatewaySpecServers#port
        '''
        result = self._values.get("port")
        assert result is not None, "Required property 'port' is missing"
        return typing.cast("GatewaySpecServersPort", result)

    @builtins.property
    def bind(self) -> typing.Optional[builtins.str]:
        '''The ip or the Unix domain socket to which the listener should be bound to.

        :schema: GatewaySpecServers#bind
        '''
        result = self._values.get("bind")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def default_endpoint(self) -> typing.Optional[builtins.str]:
        '''
        :schema: GatewaySpecServers#defaultEndpoint
        '''
        result = self._values.get("default_endpoint")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''An optional name of the server, when set must be unique across all servers.

        :schema: GatewaySpecServers#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def tls(self) -> typing.Optional["GatewaySpecServersTls"]:
        '''Set of TLS related options that govern the server's behavior.

        :schema: GatewaySpecServers#tls
        '''
        result = self._values.get("tls")
        return typing.cast(typing.Optional["GatewaySpecServersTls"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "GatewaySpecServers(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_ioistionetworking.GatewaySpecServersPort",
    jsii_struct_bases=[],
    name_mapping={
        "name": "name",
        "number": "number",
        "protocol": "protocol",
        "target_port": "targetPort",
    },
)
class GatewaySpecServersPort:
    def __init__(
        self,
        *,
        name: builtins.str,
        number: jsii.Number,
        protocol: builtins.str,
        target_port: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''The Port on which the proxy should listen for incoming connections.

        :param name: Label assigned to the port.
        :param number: A valid non-negative integer port number.
        :param protocol: The protocol exposed on the port.
        :param target_port: 

        :schema: GatewaySpecServersPort
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__29bf5c19ededf28851b9eb8f4be80d896f48617db22186f77674468694a5d0ad)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument number", value=number, expected_type=type_hints["number"])
            check_type(argname="argument protocol", value=protocol, expected_type=type_hints["protocol"])
            check_type(argname="argument target_port", value=target_port, expected_type=type_hints["target_port"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
            "number": number,
            "protocol": protocol,
        }
        if target_port is not None:
            self._values["target_port"] = target_port

    @builtins.property
    def name(self) -> builtins.str:
        '''Label assigned to the port.

        :schema: GatewaySpecServersPort#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def number(self) -> jsii.Number:
        '''A valid non-negative integer port number.

        :schema: GatewaySpecServersPort#number
        '''
        result = self._values.get("number")
        assert result is not None, "Required property 'number' is missing"
        return typing.cast(jsii.Number, result)

    @builtins.property
    def protocol(self) -> builtins.str:
        '''The protocol exposed on the port.

        :schema: GatewaySpecServersPort#protocol
        '''
        result = self._values.get("protocol")
        assert result is not None, "Required property 'protocol' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def target_port(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: GatewaySpecServersPort#targetPort
        '''
        result = self._values.get("target_port")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "GatewaySpecServersPort(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_ioistionetworking.GatewaySpecServersTls",
    jsii_struct_bases=[],
    name_mapping={
        "ca_cert_credential_name": "caCertCredentialName",
        "ca_certificates": "caCertificates",
        "ca_crl": "caCrl",
        "cipher_suites": "cipherSuites",
        "credential_name": "credentialName",
        "credential_names": "credentialNames",
        "https_redirect": "httpsRedirect",
        "max_protocol_version": "maxProtocolVersion",
        "min_protocol_version": "minProtocolVersion",
        "mode": "mode",
        "private_key": "privateKey",
        "server_certificate": "serverCertificate",
        "subject_alt_names": "subjectAltNames",
        "tls_certificates": "tlsCertificates",
        "verify_certificate_hash": "verifyCertificateHash",
        "verify_certificate_spki": "verifyCertificateSpki",
    },
)
class GatewaySpecServersTls:
    def __init__(
        self,
        *,
        ca_cert_credential_name: typing.Optional[builtins.str] = None,
        ca_certificates: typing.Optional[builtins.str] = None,
        ca_crl: typing.Optional[builtins.str] = None,
        cipher_suites: typing.Optional[typing.Sequence[builtins.str]] = None,
        credential_name: typing.Optional[builtins.str] = None,
        credential_names: typing.Optional[typing.Sequence[builtins.str]] = None,
        https_redirect: typing.Optional[builtins.bool] = None,
        max_protocol_version: typing.Optional["GatewaySpecServersTlsMaxProtocolVersion"] = None,
        min_protocol_version: typing.Optional["GatewaySpecServersTlsMinProtocolVersion"] = None,
        mode: typing.Optional["GatewaySpecServersTlsMode"] = None,
        private_key: typing.Optional[builtins.str] = None,
        server_certificate: typing.Optional[builtins.str] = None,
        subject_alt_names: typing.Optional[typing.Sequence[builtins.str]] = None,
        tls_certificates: typing.Optional[typing.Sequence[typing.Union["GatewaySpecServersTlsTlsCertificates", typing.Dict[builtins.str, typing.Any]]]] = None,
        verify_certificate_hash: typing.Optional[typing.Sequence[builtins.str]] = None,
        verify_certificate_spki: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''Set of TLS related options that govern the server's behavior.

        :param ca_cert_credential_name: For mutual TLS, the name of the secret or the configmap that holds CA certificates.
        :param ca_certificates: REQUIRED if mode is ``MUTUAL`` or ``OPTIONAL_MUTUAL``.
        :param ca_crl: OPTIONAL: The path to the file containing the certificate revocation list (CRL) to use in verifying a presented client side certificate.
        :param cipher_suites: Optional: If specified, only support the specified cipher list.
        :param credential_name: For gateways running on Kubernetes, the name of the secret that holds the TLS certs including the CA certificates.
        :param credential_names: Same as CredentialName but for multiple certificates.
        :param https_redirect: If set to true, the load balancer will send a 301 redirect for all http connections, asking the clients to use HTTPS.
        :param max_protocol_version: Optional: Maximum TLS protocol version. Valid Options: TLS_AUTO, TLSV1_0, TLSV1_1, TLSV1_2, TLSV1_3
        :param min_protocol_version: Optional: Minimum TLS protocol version. Valid Options: TLS_AUTO, TLSV1_0, TLSV1_1, TLSV1_2, TLSV1_3
        :param mode: Optional: Indicates whether connections to this port should be secured using TLS. Valid Options: PASSTHROUGH, SIMPLE, MUTUAL, AUTO_PASSTHROUGH, ISTIO_MUTUAL, OPTIONAL_MUTUAL
        :param private_key: REQUIRED if mode is ``SIMPLE`` or ``MUTUAL``.
        :param server_certificate: REQUIRED if mode is ``SIMPLE`` or ``MUTUAL``.
        :param subject_alt_names: A list of alternate names to verify the subject identity in the certificate presented by the client.
        :param tls_certificates: Only one of ``server_certificate``, ``private_key`` or ``credential_name`` or ``credential_names`` or ``tls_certificates`` should be specified.
        :param verify_certificate_hash: An optional list of hex-encoded SHA-256 hashes of the authorized client certificates.
        :param verify_certificate_spki: An optional list of base64-encoded SHA-256 hashes of the SPKIs of authorized client certificates.

        :schema: GatewaySpecServersTls
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c8b3a65cd0dc8c57bc8f3f0d3f7dcaf6f69803fd9b19d47cd979e9a4805f48de)
            check_type(argname="argument ca_cert_credential_name", value=ca_cert_credential_name, expected_type=type_hints["ca_cert_credential_name"])
            check_type(argname="argument ca_certificates", value=ca_certificates, expected_type=type_hints["ca_certificates"])
            check_type(argname="argument ca_crl", value=ca_crl, expected_type=type_hints["ca_crl"])
            check_type(argname="argument cipher_suites", value=cipher_suites, expected_type=type_hints["cipher_suites"])
            check_type(argname="argument credential_name", value=credential_name, expected_type=type_hints["credential_name"])
            check_type(argname="argument credential_names", value=credential_names, expected_type=type_hints["credential_names"])
            check_type(argname="argument https_redirect", value=https_redirect, expected_type=type_hints["https_redirect"])
            check_type(argname="argument max_protocol_version", value=max_protocol_version, expected_type=type_hints["max_protocol_version"])
            check_type(argname="argument min_protocol_version", value=min_protocol_version, expected_type=type_hints["min_protocol_version"])
            check_type(argname="argument mode", value=mode, expected_type=type_hints["mode"])
            check_type(argname="argument private_key", value=private_key, expected_type=type_hints["private_key"])
            check_type(argname="argument server_certificate", value=server_certificate, expected_type=type_hints["server_certificate"])
            check_type(argname="argument subject_alt_names", value=subject_alt_names, expected_type=type_hints["subject_alt_names"])
            check_type(argname="argument tls_certificates", value=tls_certificates, expected_type=type_hints["tls_certificates"])
            check_type(argname="argument verify_certificate_hash", value=verify_certificate_hash, expected_type=type_hints["verify_certificate_hash"])
            check_type(argname="argument verify_certificate_spki", value=verify_certificate_spki, expected_type=type_hints["verify_certificate_spki"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if ca_cert_credential_name is not None:
            self._values["ca_cert_credential_name"] = ca_cert_credential_name
        if ca_certificates is not None:
            self._values["ca_certificates"] = ca_certificates
        if ca_crl is not None:
            self._values["ca_crl"] = ca_crl
        if cipher_suites is not None:
            self._values["cipher_suites"] = cipher_suites
        if credential_name is not None:
            self._values["credential_name"] = credential_name
        if credential_names is not None:
            self._values["credential_names"] = credential_names
        if https_redirect is not None:
            self._values["https_redirect"] = https_redirect
        if max_protocol_version is not None:
            self._values["max_protocol_version"] = max_protocol_version
        if min_protocol_version is not None:
            self._values["min_protocol_version"] = min_protocol_version
        if mode is not None:
            self._values["mode"] = mode
        if private_key is not None:
            self._values["private_key"] = private_key
        if server_certificate is not None:
            self._values["server_certificate"] = server_certificate
        if subject_alt_names is not None:
            self._values["subject_alt_names"] = subject_alt_names
        if tls_certificates is not None:
            self._values["tls_certificates"] = tls_certificates
        if verify_certificate_hash is not None:
            self._values["verify_certificate_hash"] = verify_certificate_hash
        if verify_certificate_spki is not None:
            self._values["verify_certificate_spki"] = verify_certificate_spki

    @builtins.property
    def ca_cert_credential_name(self) -> typing.Optional[builtins.str]:
        '''For mutual TLS, the name of the secret or the configmap that holds CA certificates.

        :schema: GatewaySpecServersTls#caCertCredentialName
        '''
        result = self._values.get("ca_cert_credential_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def ca_certificates(self) -> typing.Optional[builtins.str]:
        '''REQUIRED if mode is ``MUTUAL`` or ``OPTIONAL_MUTUAL``.

        :schema: GatewaySpecServersTls#caCertificates
        '''
        result = self._values.get("ca_certificates")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def ca_crl(self) -> typing.Optional[builtins.str]:
        '''OPTIONAL: The path to the file containing the certificate revocation list (CRL) to use in verifying a presented client side certificate.

        :schema: GatewaySpecServersTls#caCrl
        '''
        result = self._values.get("ca_crl")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def cipher_suites(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Optional: If specified, only support the specified cipher list.

        :schema: GatewaySpecServersTls#cipherSuites
        '''
        result = self._values.get("cipher_suites")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def credential_name(self) -> typing.Optional[builtins.str]:
        '''For gateways running on Kubernetes, the name of the secret that holds the TLS certs including the CA certificates.

        :schema: GatewaySpecServersTls#credentialName
        '''
        result = self._values.get("credential_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def credential_names(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Same as CredentialName but for multiple certificates.

        :schema: GatewaySpecServersTls#credentialNames
        '''
        result = self._values.get("credential_names")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def https_redirect(self) -> typing.Optional[builtins.bool]:
        '''If set to true, the load balancer will send a 301 redirect for all http connections, asking the clients to use HTTPS.

        :schema: GatewaySpecServersTls#httpsRedirect
        '''
        result = self._values.get("https_redirect")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def max_protocol_version(
        self,
    ) -> typing.Optional["GatewaySpecServersTlsMaxProtocolVersion"]:
        '''Optional: Maximum TLS protocol version.

        Valid Options: TLS_AUTO, TLSV1_0, TLSV1_1, TLSV1_2, TLSV1_3

        :schema: GatewaySpecServersTls#maxProtocolVersion
        '''
        result = self._values.get("max_protocol_version")
        return typing.cast(typing.Optional["GatewaySpecServersTlsMaxProtocolVersion"], result)

    @builtins.property
    def min_protocol_version(
        self,
    ) -> typing.Optional["GatewaySpecServersTlsMinProtocolVersion"]:
        '''Optional: Minimum TLS protocol version.

        Valid Options: TLS_AUTO, TLSV1_0, TLSV1_1, TLSV1_2, TLSV1_3

        :schema: GatewaySpecServersTls#minProtocolVersion
        '''
        result = self._values.get("min_protocol_version")
        return typing.cast(typing.Optional["GatewaySpecServersTlsMinProtocolVersion"], result)

    @builtins.property
    def mode(self) -> typing.Optional["GatewaySpecServersTlsMode"]:
        '''Optional: Indicates whether connections to this port should be secured using TLS.

        Valid Options: PASSTHROUGH, SIMPLE, MUTUAL, AUTO_PASSTHROUGH, ISTIO_MUTUAL, OPTIONAL_MUTUAL

        :schema: GatewaySpecServersTls#mode
        '''
        result = self._values.get("mode")
        return typing.cast(typing.Optional["GatewaySpecServersTlsMode"], result)

    @builtins.property
    def private_key(self) -> typing.Optional[builtins.str]:
        '''REQUIRED if mode is ``SIMPLE`` or ``MUTUAL``.

        :schema: GatewaySpecServersTls#privateKey
        '''
        result = self._values.get("private_key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def server_certificate(self) -> typing.Optional[builtins.str]:
        '''REQUIRED if mode is ``SIMPLE`` or ``MUTUAL``.

        :schema: GatewaySpecServersTls#serverCertificate
        '''
        result = self._values.get("server_certificate")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def subject_alt_names(self) -> typing.Optional[typing.List[builtins.str]]:
        '''A list of alternate names to verify the subject identity in the certificate presented by the client.

        :schema: GatewaySpecServersTls#subjectAltNames
        '''
        result = self._values.get("subject_alt_names")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def tls_certificates(
        self,
    ) -> typing.Optional[typing.List["GatewaySpecServersTlsTlsCertificates"]]:
        '''Only one of ``server_certificate``, ``private_key`` or ``credential_name`` or ``credential_names`` or ``tls_certificates`` should be specified.

        :schema: GatewaySpecServersTls#tlsCertificates
        '''
        result = self._values.get("tls_certificates")
        return typing.cast(typing.Optional[typing.List["GatewaySpecServersTlsTlsCertificates"]], result)

    @builtins.property
    def verify_certificate_hash(self) -> typing.Optional[typing.List[builtins.str]]:
        '''An optional list of hex-encoded SHA-256 hashes of the authorized client certificates.

        :schema: GatewaySpecServersTls#verifyCertificateHash
        '''
        result = self._values.get("verify_certificate_hash")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def verify_certificate_spki(self) -> typing.Optional[typing.List[builtins.str]]:
        '''An optional list of base64-encoded SHA-256 hashes of the SPKIs of authorized client certificates.

        :schema: GatewaySpecServersTls#verifyCertificateSpki
        '''
        result = self._values.get("verify_certificate_spki")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "GatewaySpecServersTls(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(jsii_type="istio_ioistionetworking.GatewaySpecServersTlsMaxProtocolVersion")
class GatewaySpecServersTlsMaxProtocolVersion(enum.Enum):
    '''Optional: Maximum TLS protocol version.

    Valid Options: TLS_AUTO, TLSV1_0, TLSV1_1, TLSV1_2, TLSV1_3

    :schema: GatewaySpecServersTlsMaxProtocolVersion
    '''

    TLS_UNDERSCORE_AUTO = "TLS_UNDERSCORE_AUTO"
    '''TLS_AUTO.'''
    TLSV1_UNDERSCORE_0 = "TLSV1_UNDERSCORE_0"
    '''TLSV1_0.'''
    TLSV1_UNDERSCORE_1 = "TLSV1_UNDERSCORE_1"
    '''TLSV1_1.'''
    TLSV1_UNDERSCORE_2 = "TLSV1_UNDERSCORE_2"
    '''TLSV1_2.'''
    TLSV1_UNDERSCORE_3 = "TLSV1_UNDERSCORE_3"
    '''TLSV1_3.'''


@jsii.enum(jsii_type="istio_ioistionetworking.GatewaySpecServersTlsMinProtocolVersion")
class GatewaySpecServersTlsMinProtocolVersion(enum.Enum):
    '''Optional: Minimum TLS protocol version.

    Valid Options: TLS_AUTO, TLSV1_0, TLSV1_1, TLSV1_2, TLSV1_3

    :schema: GatewaySpecServersTlsMinProtocolVersion
    '''

    TLS_UNDERSCORE_AUTO = "TLS_UNDERSCORE_AUTO"
    '''TLS_AUTO.'''
    TLSV1_UNDERSCORE_0 = "TLSV1_UNDERSCORE_0"
    '''TLSV1_0.'''
    TLSV1_UNDERSCORE_1 = "TLSV1_UNDERSCORE_1"
    '''TLSV1_1.'''
    TLSV1_UNDERSCORE_2 = "TLSV1_UNDERSCORE_2"
    '''TLSV1_2.'''
    TLSV1_UNDERSCORE_3 = "TLSV1_UNDERSCORE_3"
    '''TLSV1_3.'''


@jsii.enum(jsii_type="istio_ioistionetworking.GatewaySpecServersTlsMode")
class GatewaySpecServersTlsMode(enum.Enum):
    '''Optional: Indicates whether connections to this port should be secured using TLS.

    Valid Options: PASSTHROUGH, SIMPLE, MUTUAL, AUTO_PASSTHROUGH, ISTIO_MUTUAL, OPTIONAL_MUTUAL

    :schema: GatewaySpecServersTlsMode
    '''

    PASSTHROUGH = "PASSTHROUGH"
    '''PASSTHROUGH.'''
    SIMPLE = "SIMPLE"
    '''SIMPLE.'''
    MUTUAL = "MUTUAL"
    '''MUTUAL.'''
    AUTO_UNDERSCORE_PASSTHROUGH = "AUTO_UNDERSCORE_PASSTHROUGH"
    '''AUTO_PASSTHROUGH.'''
    ISTIO_UNDERSCORE_MUTUAL = "ISTIO_UNDERSCORE_MUTUAL"
    '''ISTIO_MUTUAL.'''
    OPTIONAL_UNDERSCORE_MUTUAL = "OPTIONAL_UNDERSCORE_MUTUAL"
    '''OPTIONAL_MUTUAL.'''


@jsii.data_type(
    jsii_type="istio_ioistionetworking.GatewaySpecServersTlsTlsCertificates",
    jsii_struct_bases=[],
    name_mapping={
        "ca_certificates": "caCertificates",
        "private_key": "privateKey",
        "server_certificate": "serverCertificate",
    },
)
class GatewaySpecServersTlsTlsCertificates:
    def __init__(
        self,
        *,
        ca_certificates: typing.Optional[builtins.str] = None,
        private_key: typing.Optional[builtins.str] = None,
        server_certificate: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param ca_certificates: 
        :param private_key: REQUIRED if mode is ``SIMPLE`` or ``MUTUAL``.
        :param server_certificate: REQUIRED if mode is ``SIMPLE`` or ``MUTUAL``.

        :schema: GatewaySpecServersTlsTlsCertificates
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__faebd89547e5e453250faa44516fc9554f56a61f25ae4111ca0e883b82536a6b)
            check_type(argname="argument ca_certificates", value=ca_certificates, expected_type=type_hints["ca_certificates"])
            check_type(argname="argument private_key", value=private_key, expected_type=type_hints["private_key"])
            check_type(argname="argument server_certificate", value=server_certificate, expected_type=type_hints["server_certificate"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if ca_certificates is not None:
            self._values["ca_certificates"] = ca_certificates
        if private_key is not None:
            self._values["private_key"] = private_key
        if server_certificate is not None:
            self._values["server_certificate"] = server_certificate

    @builtins.property
    def ca_certificates(self) -> typing.Optional[builtins.str]:
        '''
        :schema: GatewaySpecServersTlsTlsCertificates#caCertificates
        '''
        result = self._values.get("ca_certificates")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def private_key(self) -> typing.Optional[builtins.str]:
        '''REQUIRED if mode is ``SIMPLE`` or ``MUTUAL``.

        :schema: GatewaySpecServersTlsTlsCertificates#privateKey
        '''
        result = self._values.get("private_key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def server_certificate(self) -> typing.Optional[builtins.str]:
        '''REQUIRED if mode is ``SIMPLE`` or ``MUTUAL``.

        :schema: GatewaySpecServersTlsTlsCertificates#serverCertificate
        '''
        result = self._values.get("server_certificate")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "GatewaySpecServersTlsTlsCertificates(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class Sidecar(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="istio_ioistionetworking.Sidecar",
):
    '''
    :schema: Sidecar
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["SidecarSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "Sidecar" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param metadata: 
        :param spec: Configuration affecting network reachability of a sidecar. See more details at: https://istio.io/docs/reference/config/networking/sidecar.html
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e6a3de8457d47de3d27a7236dc96831454407bd2e4b0471c8c3a02c2a6765583)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = SidecarProps(metadata=metadata, spec=spec)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["SidecarSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "Sidecar".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param metadata: 
        :param spec: Configuration affecting network reachability of a sidecar. See more details at: https://istio.io/docs/reference/config/networking/sidecar.html
        '''
        props = SidecarProps(metadata=metadata, spec=spec)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "Sidecar".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="istio_ioistionetworking.SidecarProps",
    jsii_struct_bases=[],
    name_mapping={"metadata": "metadata", "spec": "spec"},
)
class SidecarProps:
    def __init__(
        self,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["SidecarSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param metadata: 
        :param spec: Configuration affecting network reachability of a sidecar. See more details at: https://istio.io/docs/reference/config/networking/sidecar.html

        :schema: Sidecar
        '''
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if isinstance(spec, dict):
            spec = SidecarSpec(**spec)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ef17b046c64d89eac8292507530e59b6a4679dff8de72c9b1b6bb5356cac65b9)
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
            check_type(argname="argument spec", value=spec, expected_type=type_hints["spec"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if metadata is not None:
            self._values["metadata"] = metadata
        if spec is not None:
            self._values["spec"] = spec

    @builtins.property
    def metadata(self) -> typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"]:
        '''
        :schema: Sidecar#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    @builtins.property
    def spec(self) -> typing.Optional["SidecarSpec"]:
        '''Configuration affecting network reachability of a sidecar.

        See more details at: https://istio.io/docs/reference/config/networking/sidecar.html

        :schema: Sidecar#spec
        '''
        result = self._values.get("spec")
        return typing.cast(typing.Optional["SidecarSpec"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SidecarProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_ioistionetworking.SidecarSpec",
    jsii_struct_bases=[],
    name_mapping={
        "egress": "egress",
        "inbound_connection_pool": "inboundConnectionPool",
        "ingress": "ingress",
        "outbound_traffic_policy": "outboundTrafficPolicy",
        "workload_selector": "workloadSelector",
    },
)
class SidecarSpec:
    def __init__(
        self,
        *,
        egress: typing.Optional[typing.Sequence[typing.Union["SidecarSpecEgress", typing.Dict[builtins.str, typing.Any]]]] = None,
        inbound_connection_pool: typing.Optional[typing.Union["SidecarSpecInboundConnectionPool", typing.Dict[builtins.str, typing.Any]]] = None,
        ingress: typing.Optional[typing.Sequence[typing.Union["SidecarSpecIngress", typing.Dict[builtins.str, typing.Any]]]] = None,
        outbound_traffic_policy: typing.Optional[typing.Union["SidecarSpecOutboundTrafficPolicy", typing.Dict[builtins.str, typing.Any]]] = None,
        workload_selector: typing.Optional[typing.Union["SidecarSpecWorkloadSelector", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Configuration affecting network reachability of a sidecar.

        See more details at: https://istio.io/docs/reference/config/networking/sidecar.html

        :param egress: Egress specifies the configuration of the sidecar for processing outbound traffic from the attached workload instance to other services in the mesh.
        :param inbound_connection_pool: Settings controlling the volume of connections Envoy will accept from the network.
        :param ingress: Ingress specifies the configuration of the sidecar for processing inbound traffic to the attached workload instance.
        :param outbound_traffic_policy: Set the default behavior of the sidecar for handling outbound traffic from the application.
        :param workload_selector: Criteria used to select the specific set of pods/VMs on which this ``Sidecar`` configuration should be applied.

        :schema: SidecarSpec
        '''
        if isinstance(inbound_connection_pool, dict):
            inbound_connection_pool = SidecarSpecInboundConnectionPool(**inbound_connection_pool)
        if isinstance(outbound_traffic_policy, dict):
            outbound_traffic_policy = SidecarSpecOutboundTrafficPolicy(**outbound_traffic_policy)
        if isinstance(workload_selector, dict):
            workload_selector = SidecarSpecWorkloadSelector(**workload_selector)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__3400e5c6fd02533b45e7411c60d5a91f79abb50882b6d9f4083b73fce9715e3f)
            check_type(argname="argument egress", value=egress, expected_type=type_hints["egress"])
            check_type(argname="argument inbound_connection_pool", value=inbound_connection_pool, expected_type=type_hints["inbound_connection_pool"])
            check_type(argname="argument ingress", value=ingress, expected_type=type_hints["ingress"])
            check_type(argname="argument outbound_traffic_policy", value=outbound_traffic_policy, expected_type=type_hints["outbound_traffic_policy"])
            check_type(argname="argument workload_selector", value=workload_selector, expected_type=type_hints["workload_selector"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if egress is not None:
            self._values["egress"] = egress
        if inbound_connection_pool is not None:
            self._values["inbound_connection_pool"] = inbound_connection_pool
        if ingress is not None:
            self._values["ingress"] = ingress
        if outbound_traffic_policy is not None:
            self._values["outbound_traffic_policy"] = outbound_traffic_policy
        if workload_selector is not None:
            self._values["workload_selector"] = workload_selector

    @builtins.property
    def egress(self) -> typing.Optional[typing.List["SidecarSpecEgress"]]:
        '''Egress specifies the configuration of the sidecar for processing outbound traffic from the attached workload instance to other services in the mesh.

        :schema: SidecarSpec#egress
        '''
        result = self._values.get("egress")
        return typing.cast(typing.Optional[typing.List["SidecarSpecEgress"]], result)

    @builtins.property
    def inbound_connection_pool(
        self,
    ) -> typing.Optional["SidecarSpecInboundConnectionPool"]:
        '''Settings controlling the volume of connections Envoy will accept from the network.

        :schema: SidecarSpec#inboundConnectionPool
        '''
        result = self._values.get("inbound_connection_pool")
        return typing.cast(typing.Optional["SidecarSpecInboundConnectionPool"], result)

    @builtins.property
    def ingress(self) -> typing.Optional[typing.List["SidecarSpecIngress"]]:
        '''Ingress specifies the configuration of the sidecar for processing inbound traffic to the attached workload instance.

        :schema: SidecarSpec#ingress
        '''
        result = self._values.get("ingress")
        return typing.cast(typing.Optional[typing.List["SidecarSpecIngress"]], result)

    @builtins.property
    def outbound_traffic_policy(
        self,
    ) -> typing.Optional["SidecarSpecOutboundTrafficPolicy"]:
        '''Set the default behavior of the sidecar for handling outbound traffic from the application.

        :schema: SidecarSpec#outboundTrafficPolicy
        '''
        result = self._values.get("outbound_traffic_policy")
        return typing.cast(typing.Optional["SidecarSpecOutboundTrafficPolicy"], result)

    @builtins.property
    def workload_selector(self) -> typing.Optional["SidecarSpecWorkloadSelector"]:
        '''Criteria used to select the specific set of pods/VMs on which this ``Sidecar`` configuration should be applied.

        :schema: SidecarSpec#workloadSelector
        '''
        result = self._values.get("workload_selector")
        return typing.cast(typing.Optional["SidecarSpecWorkloadSelector"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SidecarSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_ioistionetworking.SidecarSpecEgress",
    jsii_struct_bases=[],
    name_mapping={
        "hosts": "hosts",
        "bind": "bind",
        "capture_mode": "captureMode",
        "port": "port",
    },
)
class SidecarSpecEgress:
    def __init__(
        self,
        *,
        hosts: typing.Sequence[builtins.str],
        bind: typing.Optional[builtins.str] = None,
        capture_mode: typing.Optional["SidecarSpecEgressCaptureMode"] = None,
        port: typing.Optional[typing.Union["SidecarSpecEgressPort", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param hosts: One or more service hosts exposed by the listener in ``namespace/dnsName`` format.
        :param bind: The IP(IPv4 or IPv6) or the Unix domain socket to which the listener should be bound to.
        :param capture_mode: When the bind address is an IP, the captureMode option dictates how traffic to the listener is expected to be captured (or not). Valid Options: DEFAULT, IPTABLES, NONE
        :param port: The port associated with the listener.

        :schema: SidecarSpecEgress
        '''
        if isinstance(port, dict):
            port = SidecarSpecEgressPort(**port)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__07c1a41b73ff3fb68574576375400b797026928174c9c3ab2f16dc207364144e)
            check_type(argname="argument hosts", value=hosts, expected_type=type_hints["hosts"])
            check_type(argname="argument bind", value=bind, expected_type=type_hints["bind"])
            check_type(argname="argument capture_mode", value=capture_mode, expected_type=type_hints["capture_mode"])
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "hosts": hosts,
        }
        if bind is not None:
            self._values["bind"] = bind
        if capture_mode is not None:
            self._values["capture_mode"] = capture_mode
        if port is not None:
            self._values["port"] = port

    @builtins.property
    def hosts(self) -> typing.List[builtins.str]:
        '''One or more service hosts exposed by the listener in ``namespace/dnsName`` format.

        :schema: SidecarSpecEgress#hosts
        '''
        result = self._values.get("hosts")
        assert result is not None, "Required property 'hosts' is missing"
        return typing.cast(typing.List[builtins.str], result)

    @builtins.property
    def bind(self) -> typing.Optional[builtins.str]:
        '''The IP(IPv4 or IPv6) or the Unix domain socket to which the listener should be bound to.

        :schema: SidecarSpecEgress#bind
        '''
        result = self._values.get("bind")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def capture_mode(self) -> typing.Optional["SidecarSpecEgressCaptureMode"]:
        '''When the bind address is an IP, the captureMode option dictates how traffic to the listener is expected to be captured (or not).

        Valid Options: DEFAULT, IPTABLES, NONE

        :schema: SidecarSpecEgress#captureMode
        '''
        result = self._values.get("capture_mode")
        return typing.cast(typing.Optional["SidecarSpecEgressCaptureMode"], result)

    @builtins.property
    def port(self) -> typing.Optional["SidecarSpecEgressPort"]:
        '''The port associated with the listener.

        :schema: SidecarSpecEgress#port
        '''
        result = self._values.get("port")
        return typing.cast(typing.Optional["SidecarSpecEgressPort"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SidecarSpecEgress(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(jsii_type="istio_ioistionetworking.SidecarSpecEgressCaptureMode")
class SidecarSpecEgressCaptureMode(enum.Enum):
    '''When the bind address is an IP, the captureMode option dictates how traffic to the listener is expected to be captured (or not).

    Valid Options: DEFAULT, IPTABLES, NONE

    :schema: SidecarSpecEgressCaptureMode
    '''

    DEFAULT = "DEFAULT"
    '''DEFAULT.'''
    IPTABLES = "IPTABLES"
    '''IPTABLES.'''
    NONE = "NONE"
    '''NONE.'''


@jsii.data_type(
    jsii_type="istio_ioistionetworking.SidecarSpecEgressPort",
    jsii_struct_bases=[],
    name_mapping={
        "name": "name",
        "number": "number",
        "protocol": "protocol",
        "target_port": "targetPort",
    },
)
class SidecarSpecEgressPort:
    def __init__(
        self,
        *,
        name: typing.Optional[builtins.str] = None,
        number: typing.Optional[jsii.Number] = None,
        protocol: typing.Optional[builtins.str] = None,
        target_port: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''The port associated with the listener.

        :param name: Label assigned to the port.
        :param number: A valid non-negative integer port number.
        :param protocol: The protocol exposed on the port.
        :param target_port: 

        :schema: SidecarSpecEgressPort
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e78a6bf2a6134ba8c0b2655af27ed95c7784e4212cd5f662fabe1165a613dbd7)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument number", value=number, expected_type=type_hints["number"])
            check_type(argname="argument protocol", value=protocol, expected_type=type_hints["protocol"])
            check_type(argname="argument target_port", value=target_port, expected_type=type_hints["target_port"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if name is not None:
            self._values["name"] = name
        if number is not None:
            self._values["number"] = number
        if protocol is not None:
            self._values["protocol"] = protocol
        if target_port is not None:
            self._values["target_port"] = target_port

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''Label assigned to the port.

        :schema: SidecarSpecEgressPort#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def number(self) -> typing.Optional[jsii.Number]:
        '''A valid non-negative integer port number.

        :schema: SidecarSpecEgressPort#number
        '''
        result = self._values.get("number")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def protocol(self) -> typing.Optional[builtins.str]:
        '''The protocol exposed on the port.

        :schema: SidecarSpecEgressPort#protocol
        '''
        result = self._values.get("protocol")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def target_port(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: SidecarSpecEgressPort#targetPort
        '''
        result = self._values.get("target_port")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SidecarSpecEgressPort(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_ioistionetworking.SidecarSpecInboundConnectionPool",
    jsii_struct_bases=[],
    name_mapping={"http": "http", "tcp": "tcp"},
)
class SidecarSpecInboundConnectionPool:
    def __init__(
        self,
        *,
        http: typing.Optional[typing.Union["SidecarSpecInboundConnectionPoolHttp", typing.Dict[builtins.str, typing.Any]]] = None,
        tcp: typing.Optional[typing.Union["SidecarSpecInboundConnectionPoolTcp", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Settings controlling the volume of connections Envoy will accept from the network.

        :param http: HTTP connection pool settings.
        :param tcp: Settings common to both HTTP and TCP upstream connections.

        :schema: SidecarSpecInboundConnectionPool
        '''
        if isinstance(http, dict):
            http = SidecarSpecInboundConnectionPoolHttp(**http)
        if isinstance(tcp, dict):
            tcp = SidecarSpecInboundConnectionPoolTcp(**tcp)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__7996f137fc69c4cb43a127bf69f25b2e314b6a630f0bde056f48b99b5057d76b)
            check_type(argname="argument http", value=http, expected_type=type_hints["http"])
            check_type(argname="argument tcp", value=tcp, expected_type=type_hints["tcp"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if http is not None:
            self._values["http"] = http
        if tcp is not None:
            self._values["tcp"] = tcp

    @builtins.property
    def http(self) -> typing.Optional["SidecarSpecInboundConnectionPoolHttp"]:
        '''HTTP connection pool settings.

        :schema: SidecarSpecInboundConnectionPool#http
        '''
        result = self._values.get("http")
        return typing.cast(typing.Optional["SidecarSpecInboundConnectionPoolHttp"], result)

    @builtins.property
    def tcp(self) -> typing.Optional["SidecarSpecInboundConnectionPoolTcp"]:
        '''Settings common to both HTTP and TCP upstream connections.

        :schema: SidecarSpecInboundConnectionPool#tcp
        '''
        result = self._values.get("tcp")
        return typing.cast(typing.Optional["SidecarSpecInboundConnectionPoolTcp"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SidecarSpecInboundConnectionPool(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_ioistionetworking.SidecarSpecInboundConnectionPoolHttp",
    jsii_struct_bases=[],
    name_mapping={
        "h2_upgrade_policy": "h2UpgradePolicy",
        "http1_max_pending_requests": "http1MaxPendingRequests",
        "http2_max_requests": "http2MaxRequests",
        "idle_timeout": "idleTimeout",
        "max_concurrent_streams": "maxConcurrentStreams",
        "max_requests_per_connection": "maxRequestsPerConnection",
        "max_retries": "maxRetries",
        "use_client_protocol": "useClientProtocol",
    },
)
class SidecarSpecInboundConnectionPoolHttp:
    def __init__(
        self,
        *,
        h2_upgrade_policy: typing.Optional["SidecarSpecInboundConnectionPoolHttpH2UpgradePolicy"] = None,
        http1_max_pending_requests: typing.Optional[jsii.Number] = None,
        http2_max_requests: typing.Optional[jsii.Number] = None,
        idle_timeout: typing.Optional[builtins.str] = None,
        max_concurrent_streams: typing.Optional[jsii.Number] = None,
        max_requests_per_connection: typing.Optional[jsii.Number] = None,
        max_retries: typing.Optional[jsii.Number] = None,
        use_client_protocol: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''HTTP connection pool settings.

        :param h2_upgrade_policy: Specify if http1.1 connection should be upgraded to http2 for the associated destination. Valid Options: DEFAULT, DO_NOT_UPGRADE, UPGRADE
        :param http1_max_pending_requests: Maximum number of requests that will be queued while waiting for a ready connection pool connection.
        :param http2_max_requests: Maximum number of active requests to a destination.
        :param idle_timeout: The idle timeout for upstream connection pool connections.
        :param max_concurrent_streams: The maximum number of concurrent streams allowed for a peer on one HTTP/2 connection.
        :param max_requests_per_connection: Maximum number of requests per connection to a backend.
        :param max_retries: Maximum number of retries that can be outstanding to all hosts in a cluster at a given time.
        :param use_client_protocol: If set to true, client protocol will be preserved while initiating connection to backend.

        :schema: SidecarSpecInboundConnectionPoolHttp
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__87f05964bc0bed191d20739a4c684c7f74c607722b52fc06e95246913ca19898)
            check_type(argname="argument h2_upgrade_policy", value=h2_upgrade_policy, expected_type=type_hints["h2_upgrade_policy"])
            check_type(argname="argument http1_max_pending_requests", value=http1_max_pending_requests, expected_type=type_hints["http1_max_pending_requests"])
            check_type(argname="argument http2_max_requests", value=http2_max_requests, expected_type=type_hints["http2_max_requests"])
            check_type(argname="argument idle_timeout", value=idle_timeout, expected_type=type_hints["idle_timeout"])
            check_type(argname="argument max_concurrent_streams", value=max_concurrent_streams, expected_type=type_hints["max_concurrent_streams"])
            check_type(argname="argument max_requests_per_connection", value=max_requests_per_connection, expected_type=type_hints["max_requests_per_connection"])
            check_type(argname="argument max_retries", value=max_retries, expected_type=type_hints["max_retries"])
            check_type(argname="argument use_client_protocol", value=use_client_protocol, expected_type=type_hints["use_client_protocol"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if h2_upgrade_policy is not None:
            self._values["h2_upgrade_policy"] = h2_upgrade_policy
        if http1_max_pending_requests is not None:
            self._values["http1_max_pending_requests"] = http1_max_pending_requests
        if http2_max_requests is not None:
            self._values["http2_max_requests"] = http2_max_requests
        if idle_timeout is not None:
            self._values["idle_timeout"] = idle_timeout
        if max_concurrent_streams is not None:
            self._values["max_concurrent_streams"] = max_concurrent_streams
        if max_requests_per_connection is not None:
            self._values["max_requests_per_connection"] = max_requests_per_connection
        if max_retries is not None:
            self._values["max_retries"] = max_retries
        if use_client_protocol is not None:
            self._values["use_client_protocol"] = use_client_protocol

    @builtins.property
    def h2_upgrade_policy(
        self,
    ) -> typing.Optional["SidecarSpecInboundConnectionPoolHttpH2UpgradePolicy"]:
        '''Specify if http1.1 connection should be upgraded to http2 for the associated destination.

        Valid Options: DEFAULT, DO_NOT_UPGRADE, UPGRADE

        :schema: SidecarSpecInboundConnectionPoolHttp#h2UpgradePolicy
        '''
        result = self._values.get("h2_upgrade_policy")
        return typing.cast(typing.Optional["SidecarSpecInboundConnectionPoolHttpH2UpgradePolicy"], result)

    @builtins.property
    def http1_max_pending_requests(self) -> typing.Optional[jsii.Number]:
        '''Maximum number of requests that will be queued while waiting for a ready connection pool connection.

        :schema: SidecarSpecInboundConnectionPoolHttp#http1MaxPendingRequests
        '''
        result = self._values.get("http1_max_pending_requests")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def http2_max_requests(self) -> typing.Optional[jsii.Number]:
        '''Maximum number of active requests to a destination.

        :schema: SidecarSpecInboundConnectionPoolHttp#http2MaxRequests
        '''
        result = self._values.get("http2_max_requests")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def idle_timeout(self) -> typing.Optional[builtins.str]:
        '''The idle timeout for upstream connection pool connections.

        :schema: SidecarSpecInboundConnectionPoolHttp#idleTimeout
        '''
        result = self._values.get("idle_timeout")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def max_concurrent_streams(self) -> typing.Optional[jsii.Number]:
        '''The maximum number of concurrent streams allowed for a peer on one HTTP/2 connection.

        :schema: SidecarSpecInboundConnectionPoolHttp#maxConcurrentStreams
        '''
        result = self._values.get("max_concurrent_streams")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def max_requests_per_connection(self) -> typing.Optional[jsii.Number]:
        '''Maximum number of requests per connection to a backend.

        :schema: SidecarSpecInboundConnectionPoolHttp#maxRequestsPerConnection
        '''
        result = self._values.get("max_requests_per_connection")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def max_retries(self) -> typing.Optional[jsii.Number]:
        '''Maximum number of retries that can be outstanding to all hosts in a cluster at a given time.

        :schema: SidecarSpecInboundConnectionPoolHttp#maxRetries
        '''
        result = self._values.get("max_retries")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def use_client_protocol(self) -> typing.Optional[builtins.bool]:
        '''If set to true, client protocol will be preserved while initiating connection to backend.

        :schema: SidecarSpecInboundConnectionPoolHttp#useClientProtocol
        '''
        result = self._values.get("use_client_protocol")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SidecarSpecInboundConnectionPoolHttp(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="istio_ioistionetworking.SidecarSpecInboundConnectionPoolHttpH2UpgradePolicy"
)
class SidecarSpecInboundConnectionPoolHttpH2UpgradePolicy(enum.Enum):
    '''Specify if http1.1 connection should be upgraded to http2 for the associated destination.

    Valid Options: DEFAULT, DO_NOT_UPGRADE, UPGRADE

    :schema: SidecarSpecInboundConnectionPoolHttpH2UpgradePolicy
    '''

    DEFAULT = "DEFAULT"
    '''DEFAULT.'''
    DO_UNDERSCORE_NOT_UNDERSCORE_UPGRADE = "DO_UNDERSCORE_NOT_UNDERSCORE_UPGRADE"
    '''DO_NOT_UPGRADE.'''
    UPGRADE = "UPGRADE"
    '''UPGRADE.'''


@jsii.data_type(
    jsii_type="istio_ioistionetworking.SidecarSpecInboundConnectionPoolTcp",
    jsii_struct_bases=[],
    name_mapping={
        "connect_timeout": "connectTimeout",
        "idle_timeout": "idleTimeout",
        "max_connection_duration": "maxConnectionDuration",
        "max_connections": "maxConnections",
        "tcp_keepalive": "tcpKeepalive",
    },
)
class SidecarSpecInboundConnectionPoolTcp:
    def __init__(
        self,
        *,
        connect_timeout: typing.Optional[builtins.str] = None,
        idle_timeout: typing.Optional[builtins.str] = None,
        max_connection_duration: typing.Optional[builtins.str] = None,
        max_connections: typing.Optional[jsii.Number] = None,
        tcp_keepalive: typing.Optional[typing.Union["SidecarSpecInboundConnectionPoolTcpTcpKeepalive", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Settings common to both HTTP and TCP upstream connections.

        :param connect_timeout: TCP connection timeout.
        :param idle_timeout: The idle timeout for TCP connections.
        :param max_connection_duration: The maximum duration of a connection.
        :param max_connections: Maximum number of HTTP1 /TCP connections to a destination host.
        :param tcp_keepalive: If set then set SO_KEEPALIVE on the socket to enable TCP Keepalives.

        :schema: SidecarSpecInboundConnectionPoolTcp
        '''
        if isinstance(tcp_keepalive, dict):
            tcp_keepalive = SidecarSpecInboundConnectionPoolTcpTcpKeepalive(**tcp_keepalive)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__739a54bfdfe2726407224ba2dd5f56913117e12327c99f86d4939218845fbf6f)
            check_type(argname="argument connect_timeout", value=connect_timeout, expected_type=type_hints["connect_timeout"])
            check_type(argname="argument idle_timeout", value=idle_timeout, expected_type=type_hints["idle_timeout"])
            check_type(argname="argument max_connection_duration", value=max_connection_duration, expected_type=type_hints["max_connection_duration"])
            check_type(argname="argument max_connections", value=max_connections, expected_type=type_hints["max_connections"])
            check_type(argname="argument tcp_keepalive", value=tcp_keepalive, expected_type=type_hints["tcp_keepalive"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if connect_timeout is not None:
            self._values["connect_timeout"] = connect_timeout
        if idle_timeout is not None:
            self._values["idle_timeout"] = idle_timeout
        if max_connection_duration is not None:
            self._values["max_connection_duration"] = max_connection_duration
        if max_connections is not None:
            self._values["max_connections"] = max_connections
        if tcp_keepalive is not None:
            self._values["tcp_keepalive"] = tcp_keepalive

    @builtins.property
    def connect_timeout(self) -> typing.Optional[builtins.str]:
        '''TCP connection timeout.

        :schema: SidecarSpecInboundConnectionPoolTcp#connectTimeout
        '''
        result = self._values.get("connect_timeout")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def idle_timeout(self) -> typing.Optional[builtins.str]:
        '''The idle timeout for TCP connections.

        :schema: SidecarSpecInboundConnectionPoolTcp#idleTimeout
        '''
        result = self._values.get("idle_timeout")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def max_connection_duration(self) -> typing.Optional[builtins.str]:
        '''The maximum duration of a connection.

        :schema: SidecarSpecInboundConnectionPoolTcp#maxConnectionDuration
        '''
        result = self._values.get("max_connection_duration")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def max_connections(self) -> typing.Optional[jsii.Number]:
        '''Maximum number of HTTP1 /TCP connections to a destination host.

        :schema: SidecarSpecInboundConnectionPoolTcp#maxConnections
        '''
        result = self._values.get("max_connections")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def tcp_keepalive(
        self,
    ) -> typing.Optional["SidecarSpecInboundConnectionPoolTcpTcpKeepalive"]:
        '''If set then set SO_KEEPALIVE on the socket to enable TCP Keepalives.

        :schema: SidecarSpecInboundConnectionPoolTcp#tcpKeepalive
        '''
        result = self._values.get("tcp_keepalive")
        return typing.cast(typing.Optional["SidecarSpecInboundConnectionPoolTcpTcpKeepalive"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SidecarSpecInboundConnectionPoolTcp(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_ioistionetworking.SidecarSpecInboundConnectionPoolTcpTcpKeepalive",
    jsii_struct_bases=[],
    name_mapping={"interval": "interval", "probes": "probes", "time": "time"},
)
class SidecarSpecInboundConnectionPoolTcpTcpKeepalive:
    def __init__(
        self,
        *,
        interval: typing.Optional[builtins.str] = None,
        probes: typing.Optional[jsii.Number] = None,
        time: typing.Optional[builtins.str] = None,
    ) -> None:
        '''If set then set SO_KEEPALIVE on the socket to enable TCP Keepalives.

        :param interval: The time duration between keep-alive probes.
        :param probes: Maximum number of keepalive probes to send without response before deciding the connection is dead.
        :param time: The time duration a connection needs to be idle before keep-alive probes start being sent.

        :schema: SidecarSpecInboundConnectionPoolTcpTcpKeepalive
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__267c965a3977619fb95a243bf13563935d6ecc4856fe15fc9cd5507aae23e044)
            check_type(argname="argument interval", value=interval, expected_type=type_hints["interval"])
            check_type(argname="argument probes", value=probes, expected_type=type_hints["probes"])
            check_type(argname="argument time", value=time, expected_type=type_hints["time"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if interval is not None:
            self._values["interval"] = interval
        if probes is not None:
            self._values["probes"] = probes
        if time is not None:
            self._values["time"] = time

    @builtins.property
    def interval(self) -> typing.Optional[builtins.str]:
        '''The time duration between keep-alive probes.

        :schema: SidecarSpecInboundConnectionPoolTcpTcpKeepalive#interval
        '''
        result = self._values.get("interval")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def probes(self) -> typing.Optional[jsii.Number]:
        '''Maximum number of keepalive probes to send without response before deciding the connection is dead.

        :schema: SidecarSpecInboundConnectionPoolTcpTcpKeepalive#probes
        '''
        result = self._values.get("probes")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def time(self) -> typing.Optional[builtins.str]:
        '''The time duration a connection needs to be idle before keep-alive probes start being sent.

        :schema: SidecarSpecInboundConnectionPoolTcpTcpKeepalive#time
        '''
        result = self._values.get("time")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SidecarSpecInboundConnectionPoolTcpTcpKeepalive(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_ioistionetworking.SidecarSpecIngress",
    jsii_struct_bases=[],
    name_mapping={
        "port": "port",
        "bind": "bind",
        "capture_mode": "captureMode",
        "connection_pool": "connectionPool",
        "default_endpoint": "defaultEndpoint",
        "tls": "tls",
    },
)
class SidecarSpecIngress:
    def __init__(
        self,
        *,
        port: typing.Union["SidecarSpecIngressPort", typing.Dict[builtins.str, typing.Any]],
        bind: typing.Optional[builtins.str] = None,
        capture_mode: typing.Optional["SidecarSpecIngressCaptureMode"] = None,
        connection_pool: typing.Optional[typing.Union["SidecarSpecIngressConnectionPool", typing.Dict[builtins.str, typing.Any]]] = None,
        default_endpoint: typing.Optional[builtins.str] = None,
        tls: typing.Optional[typing.Union["SidecarSpecIngressTls", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param port: The port associated with the listener.
        :param bind: The IP(IPv4 or IPv6) to which the listener should be bound.
        :param capture_mode: The captureMode option dictates how traffic to the listener is expected to be captured (or not). Valid Options: DEFAULT, IPTABLES, NONE
        :param connection_pool: Settings controlling the volume of connections Envoy will accept from the network.
        :param default_endpoint: The IP endpoint or Unix domain socket to which traffic should be forwarded to.
        :param tls: Set of TLS related options that will enable TLS termination on the sidecar for requests originating from outside the mesh.

        :schema: SidecarSpecIngress
        '''
        if isinstance(port, dict):
            port = SidecarSpecIngressPort(**port)
        if isinstance(connection_pool, dict):
            connection_pool = SidecarSpecIngressConnectionPool(**connection_pool)
        if isinstance(tls, dict):
            tls = SidecarSpecIngressTls(**tls)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__062697b479293b580d788066976c04d7165b15d5c5e8f34865f32c85b6c5dabe)
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
            check_type(argname="argument bind", value=bind, expected_type=type_hints["bind"])
            check_type(argname="argument capture_mode", value=capture_mode, expected_type=type_hints["capture_mode"])
            check_type(argname="argument connection_pool", value=connection_pool, expected_type=type_hints["connection_pool"])
            check_type(argname="argument default_endpoint", value=default_endpoint, expected_type=type_hints["default_endpoint"])
            check_type(argname="argument tls", value=tls, expected_type=type_hints["tls"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "port": port,
        }
        if bind is not None:
            self._values["bind"] = bind
        if capture_mode is not None:
            self._values["capture_mode"] = capture_mode
        if connection_pool is not None:
            self._values["connection_pool"] = connection_pool
        if default_endpoint is not None:
            self._values["default_endpoint"] = default_endpoint
        if tls is not None:
            self._values["tls"] = tls

    @builtins.property
    def port(self) -> "SidecarSpecIngressPort":
        '''The port associated with the listener.

        :schema: SidecarSpecIngress#port
        '''
        result = self._values.get("port")
        assert result is not None, "Required property 'port' is missing"
        return typing.cast("SidecarSpecIngressPort", result)

    @builtins.property
    def bind(self) -> typing.Optional[builtins.str]:
        '''The IP(IPv4 or IPv6) to which the listener should be bound.

        :schema: SidecarSpecIngress#bind
        '''
        result = self._values.get("bind")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def capture_mode(self) -> typing.Optional["SidecarSpecIngressCaptureMode"]:
        '''The captureMode option dictates how traffic to the listener is expected to be captured (or not).

        Valid Options: DEFAULT, IPTABLES, NONE

        :schema: SidecarSpecIngress#captureMode
        '''
        result = self._values.get("capture_mode")
        return typing.cast(typing.Optional["SidecarSpecIngressCaptureMode"], result)

    @builtins.property
    def connection_pool(self) -> typing.Optional["SidecarSpecIngressConnectionPool"]:
        '''Settings controlling the volume of connections Envoy will accept from the network.

        :schema: SidecarSpecIngress#connectionPool
        '''
        result = self._values.get("connection_pool")
        return typing.cast(typing.Optional["SidecarSpecIngressConnectionPool"], result)

    @builtins.property
    def default_endpoint(self) -> typing.Optional[builtins.str]:
        '''The IP endpoint or Unix domain socket to which traffic should be forwarded to.

        :schema: SidecarSpecIngress#defaultEndpoint
        '''
        result = self._values.get("default_endpoint")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def tls(self) -> typing.Optional["SidecarSpecIngressTls"]:
        '''Set of TLS related options that will enable TLS termination on the sidecar for requests originating from outside the mesh.

        :schema: SidecarSpecIngress#tls
        '''
        result = self._values.get("tls")
        return typing.cast(typing.Optional["SidecarSpecIngressTls"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SidecarSpecIngress(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(jsii_type="istio_ioistionetworking.SidecarSpecIngressCaptureMode")
class SidecarSpecIngressCaptureMode(enum.Enum):
    '''The captureMode option dictates how traffic to the listener is expected to be captured (or not).

    Valid Options: DEFAULT, IPTABLES, NONE

    :schema: SidecarSpecIngressCaptureMode
    '''

    DEFAULT = "DEFAULT"
    '''DEFAULT.'''
    IPTABLES = "IPTABLES"
    '''IPTABLES.'''
    NONE = "NONE"
    '''NONE.'''


@jsii.data_type(
    jsii_type="istio_ioistionetworking.SidecarSpecIngressConnectionPool",
    jsii_struct_bases=[],
    name_mapping={"http": "http", "tcp": "tcp"},
)
class SidecarSpecIngressConnectionPool:
    def __init__(
        self,
        *,
        http: typing.Optional[typing.Union["SidecarSpecIngressConnectionPoolHttp", typing.Dict[builtins.str, typing.Any]]] = None,
        tcp: typing.Optional[typing.Union["SidecarSpecIngressConnectionPoolTcp", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Settings controlling the volume of connections Envoy will accept from the network.

        :param http: HTTP connection pool settings.
        :param tcp: Settings common to both HTTP and TCP upstream connections.

        :schema: SidecarSpecIngressConnectionPool
        '''
        if isinstance(http, dict):
            http = SidecarSpecIngressConnectionPoolHttp(**http)
        if isinstance(tcp, dict):
            tcp = SidecarSpecIngressConnectionPoolTcp(**tcp)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__05dfe99a7d9919df93fbdb6080ab44b0120937f0bbf743f85a5bc6977fa921f0)
            check_type(argname="argument http", value=http, expected_type=type_hints["http"])
            check_type(argname="argument tcp", value=tcp, expected_type=type_hints["tcp"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if http is not None:
            self._values["http"] = http
        if tcp is not None:
            self._values["tcp"] = tcp

    @builtins.property
    def http(self) -> typing.Optional["SidecarSpecIngressConnectionPoolHttp"]:
        '''HTTP connection pool settings.

        :schema: SidecarSpecIngressConnectionPool#http
        '''
        result = self._values.get("http")
        return typing.cast(typing.Optional["SidecarSpecIngressConnectionPoolHttp"], result)

    @builtins.property
    def tcp(self) -> typing.Optional["SidecarSpecIngressConnectionPoolTcp"]:
        '''Settings common to both HTTP and TCP upstream connections.

        :schema: SidecarSpecIngressConnectionPool#tcp
        '''
        result = self._values.get("tcp")
        return typing.cast(typing.Optional["SidecarSpecIngressConnectionPoolTcp"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SidecarSpecIngressConnectionPool(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_ioistionetworking.SidecarSpecIngressConnectionPoolHttp",
    jsii_struct_bases=[],
    name_mapping={
        "h2_upgrade_policy": "h2UpgradePolicy",
        "http1_max_pending_requests": "http1MaxPendingRequests",
        "http2_max_requests": "http2MaxRequests",
        "idle_timeout": "idleTimeout",
        "max_concurrent_streams": "maxConcurrentStreams",
        "max_requests_per_connection": "maxRequestsPerConnection",
        "max_retries": "maxRetries",
        "use_client_protocol": "useClientProtocol",
    },
)
class SidecarSpecIngressConnectionPoolHttp:
    def __init__(
        self,
        *,
        h2_upgrade_policy: typing.Optional["SidecarSpecIngressConnectionPoolHttpH2UpgradePolicy"] = None,
        http1_max_pending_requests: typing.Optional[jsii.Number] = None,
        http2_max_requests: typing.Optional[jsii.Number] = None,
        idle_timeout: typing.Optional[builtins.str] = None,
        max_concurrent_streams: typing.Optional[jsii.Number] = None,
        max_requests_per_connection: typing.Optional[jsii.Number] = None,
        max_retries: typing.Optional[jsii.Number] = None,
        use_client_protocol: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''HTTP connection pool settings.

        :param h2_upgrade_policy: Specify if http1.1 connection should be upgraded to http2 for the associated destination. Valid Options: DEFAULT, DO_NOT_UPGRADE, UPGRADE
        :param http1_max_pending_requests: Maximum number of requests that will be queued while waiting for a ready connection pool connection.
        :param http2_max_requests: Maximum number of active requests to a destination.
        :param idle_timeout: The idle timeout for upstream connection pool connections.
        :param max_concurrent_streams: The maximum number of concurrent streams allowed for a peer on one HTTP/2 connection.
        :param max_requests_per_connection: Maximum number of requests per connection to a backend.
        :param max_retries: Maximum number of retries that can be outstanding to all hosts in a cluster at a given time.
        :param use_client_protocol: If set to true, client protocol will be preserved while initiating connection to backend.

        :schema: SidecarSpecIngressConnectionPoolHttp
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__566ad5c17921715994e70b59b99ab5cd9c32c23384a4ee26fbe290ab683550d6)
            check_type(argname="argument h2_upgrade_policy", value=h2_upgrade_policy, expected_type=type_hints["h2_upgrade_policy"])
            check_type(argname="argument http1_max_pending_requests", value=http1_max_pending_requests, expected_type=type_hints["http1_max_pending_requests"])
            check_type(argname="argument http2_max_requests", value=http2_max_requests, expected_type=type_hints["http2_max_requests"])
            check_type(argname="argument idle_timeout", value=idle_timeout, expected_type=type_hints["idle_timeout"])
            check_type(argname="argument max_concurrent_streams", value=max_concurrent_streams, expected_type=type_hints["max_concurrent_streams"])
            check_type(argname="argument max_requests_per_connection", value=max_requests_per_connection, expected_type=type_hints["max_requests_per_connection"])
            check_type(argname="argument max_retries", value=max_retries, expected_type=type_hints["max_retries"])
            check_type(argname="argument use_client_protocol", value=use_client_protocol, expected_type=type_hints["use_client_protocol"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if h2_upgrade_policy is not None:
            self._values["h2_upgrade_policy"] = h2_upgrade_policy
        if http1_max_pending_requests is not None:
            self._values["http1_max_pending_requests"] = http1_max_pending_requests
        if http2_max_requests is not None:
            self._values["http2_max_requests"] = http2_max_requests
        if idle_timeout is not None:
            self._values["idle_timeout"] = idle_timeout
        if max_concurrent_streams is not None:
            self._values["max_concurrent_streams"] = max_concurrent_streams
        if max_requests_per_connection is not None:
            self._values["max_requests_per_connection"] = max_requests_per_connection
        if max_retries is not None:
            self._values["max_retries"] = max_retries
        if use_client_protocol is not None:
            self._values["use_client_protocol"] = use_client_protocol

    @builtins.property
    def h2_upgrade_policy(
        self,
    ) -> typing.Optional["SidecarSpecIngressConnectionPoolHttpH2UpgradePolicy"]:
        '''Specify if http1.1 connection should be upgraded to http2 for the associated destination.

        Valid Options: DEFAULT, DO_NOT_UPGRADE, UPGRADE

        :schema: SidecarSpecIngressConnectionPoolHttp#h2UpgradePolicy
        '''
        result = self._values.get("h2_upgrade_policy")
        return typing.cast(typing.Optional["SidecarSpecIngressConnectionPoolHttpH2UpgradePolicy"], result)

    @builtins.property
    def http1_max_pending_requests(self) -> typing.Optional[jsii.Number]:
        '''Maximum number of requests that will be queued while waiting for a ready connection pool connection.

        :schema: SidecarSpecIngressConnectionPoolHttp#http1MaxPendingRequests
        '''
        result = self._values.get("http1_max_pending_requests")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def http2_max_requests(self) -> typing.Optional[jsii.Number]:
        '''Maximum number of active requests to a destination.

        :schema: SidecarSpecIngressConnectionPoolHttp#http2MaxRequests
        '''
        result = self._values.get("http2_max_requests")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def idle_timeout(self) -> typing.Optional[builtins.str]:
        '''The idle timeout for upstream connection pool connections.

        :schema: SidecarSpecIngressConnectionPoolHttp#idleTimeout
        '''
        result = self._values.get("idle_timeout")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def max_concurrent_streams(self) -> typing.Optional[jsii.Number]:
        '''The maximum number of concurrent streams allowed for a peer on one HTTP/2 connection.

        :schema: SidecarSpecIngressConnectionPoolHttp#maxConcurrentStreams
        '''
        result = self._values.get("max_concurrent_streams")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def max_requests_per_connection(self) -> typing.Optional[jsii.Number]:
        '''Maximum number of requests per connection to a backend.

        :schema: SidecarSpecIngressConnectionPoolHttp#maxRequestsPerConnection
        '''
        result = self._values.get("max_requests_per_connection")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def max_retries(self) -> typing.Optional[jsii.Number]:
        '''Maximum number of retries that can be outstanding to all hosts in a cluster at a given time.

        :schema: SidecarSpecIngressConnectionPoolHttp#maxRetries
        '''
        result = self._values.get("max_retries")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def use_client_protocol(self) -> typing.Optional[builtins.bool]:
        '''If set to true, client protocol will be preserved while initiating connection to backend.

        :schema: SidecarSpecIngressConnectionPoolHttp#useClientProtocol
        '''
        result = self._values.get("use_client_protocol")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SidecarSpecIngressConnectionPoolHttp(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="istio_ioistionetworking.SidecarSpecIngressConnectionPoolHttpH2UpgradePolicy"
)
class SidecarSpecIngressConnectionPoolHttpH2UpgradePolicy(enum.Enum):
    '''Specify if http1.1 connection should be upgraded to http2 for the associated destination.

    Valid Options: DEFAULT, DO_NOT_UPGRADE, UPGRADE

    :schema: SidecarSpecIngressConnectionPoolHttpH2UpgradePolicy
    '''

    DEFAULT = "DEFAULT"
    '''DEFAULT.'''
    DO_UNDERSCORE_NOT_UNDERSCORE_UPGRADE = "DO_UNDERSCORE_NOT_UNDERSCORE_UPGRADE"
    '''DO_NOT_UPGRADE.'''
    UPGRADE = "UPGRADE"
    '''UPGRADE.'''


@jsii.data_type(
    jsii_type="istio_ioistionetworking.SidecarSpecIngressConnectionPoolTcp",
    jsii_struct_bases=[],
    name_mapping={
        "connect_timeout": "connectTimeout",
        "idle_timeout": "idleTimeout",
        "max_connection_duration": "maxConnectionDuration",
        "max_connections": "maxConnections",
        "tcp_keepalive": "tcpKeepalive",
    },
)
class SidecarSpecIngressConnectionPoolTcp:
    def __init__(
        self,
        *,
        connect_timeout: typing.Optional[builtins.str] = None,
        idle_timeout: typing.Optional[builtins.str] = None,
        max_connection_duration: typing.Optional[builtins.str] = None,
        max_connections: typing.Optional[jsii.Number] = None,
        tcp_keepalive: typing.Optional[typing.Union["SidecarSpecIngressConnectionPoolTcpTcpKeepalive", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Settings common to both HTTP and TCP upstream connections.

        :param connect_timeout: TCP connection timeout.
        :param idle_timeout: The idle timeout for TCP connections.
        :param max_connection_duration: The maximum duration of a connection.
        :param max_connections: Maximum number of HTTP1 /TCP connections to a destination host.
        :param tcp_keepalive: If set then set SO_KEEPALIVE on the socket to enable TCP Keepalives.

        :schema: SidecarSpecIngressConnectionPoolTcp
        '''
        if isinstance(tcp_keepalive, dict):
            tcp_keepalive = SidecarSpecIngressConnectionPoolTcpTcpKeepalive(**tcp_keepalive)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__9995ce84c744ade20ec65fb3b013161bd2218f4262cea0d8fad1ea98a128a19f)
            check_type(argname="argument connect_timeout", value=connect_timeout, expected_type=type_hints["connect_timeout"])
            check_type(argname="argument idle_timeout", value=idle_timeout, expected_type=type_hints["idle_timeout"])
            check_type(argname="argument max_connection_duration", value=max_connection_duration, expected_type=type_hints["max_connection_duration"])
            check_type(argname="argument max_connections", value=max_connections, expected_type=type_hints["max_connections"])
            check_type(argname="argument tcp_keepalive", value=tcp_keepalive, expected_type=type_hints["tcp_keepalive"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if connect_timeout is not None:
            self._values["connect_timeout"] = connect_timeout
        if idle_timeout is not None:
            self._values["idle_timeout"] = idle_timeout
        if max_connection_duration is not None:
            self._values["max_connection_duration"] = max_connection_duration
        if max_connections is not None:
            self._values["max_connections"] = max_connections
        if tcp_keepalive is not None:
            self._values["tcp_keepalive"] = tcp_keepalive

    @builtins.property
    def connect_timeout(self) -> typing.Optional[builtins.str]:
        '''TCP connection timeout.

        :schema: SidecarSpecIngressConnectionPoolTcp#connectTimeout
        '''
        result = self._values.get("connect_timeout")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def idle_timeout(self) -> typing.Optional[builtins.str]:
        '''The idle timeout for TCP connections.

        :schema: SidecarSpecIngressConnectionPoolTcp#idleTimeout
        '''
        result = self._values.get("idle_timeout")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def max_connection_duration(self) -> typing.Optional[builtins.str]:
        '''The maximum duration of a connection.

        :schema: SidecarSpecIngressConnectionPoolTcp#maxConnectionDuration
        '''
        result = self._values.get("max_connection_duration")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def max_connections(self) -> typing.Optional[jsii.Number]:
        '''Maximum number of HTTP1 /TCP connections to a destination host.

        :schema: SidecarSpecIngressConnectionPoolTcp#maxConnections
        '''
        result = self._values.get("max_connections")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def tcp_keepalive(
        self,
    ) -> typing.Optional["SidecarSpecIngressConnectionPoolTcpTcpKeepalive"]:
        '''If set then set SO_KEEPALIVE on the socket to enable TCP Keepalives.

        :schema: SidecarSpecIngressConnectionPoolTcp#tcpKeepalive
        '''
        result = self._values.get("tcp_keepalive")
        return typing.cast(typing.Optional["SidecarSpecIngressConnectionPoolTcpTcpKeepalive"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SidecarSpecIngressConnectionPoolTcp(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_ioistionetworking.SidecarSpecIngressConnectionPoolTcpTcpKeepalive",
    jsii_struct_bases=[],
    name_mapping={"interval": "interval", "probes": "probes", "time": "time"},
)
class SidecarSpecIngressConnectionPoolTcpTcpKeepalive:
    def __init__(
        self,
        *,
        interval: typing.Optional[builtins.str] = None,
        probes: typing.Optional[jsii.Number] = None,
        time: typing.Optional[builtins.str] = None,
    ) -> None:
        '''If set then set SO_KEEPALIVE on the socket to enable TCP Keepalives.

        :param interval: The time duration between keep-alive probes.
        :param probes: Maximum number of keepalive probes to send without response before deciding the connection is dead.
        :param time: The time duration a connection needs to be idle before keep-alive probes start being sent.

        :schema: SidecarSpecIngressConnectionPoolTcpTcpKeepalive
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__8293db17196016722d55f4a2093979f741227c2dd914b157802c370aa3001fd0)
            check_type(argname="argument interval", value=interval, expected_type=type_hints["interval"])
            check_type(argname="argument probes", value=probes, expected_type=type_hints["probes"])
            check_type(argname="argument time", value=time, expected_type=type_hints["time"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if interval is not None:
            self._values["interval"] = interval
        if probes is not None:
            self._values["probes"] = probes
        if time is not None:
            self._values["time"] = time

    @builtins.property
    def interval(self) -> typing.Optional[builtins.str]:
        '''The time duration between keep-alive probes.

        :schema: SidecarSpecIngressConnectionPoolTcpTcpKeepalive#interval
        '''
        result = self._values.get("interval")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def probes(self) -> typing.Optional[jsii.Number]:
        '''Maximum number of keepalive probes to send without response before deciding the connection is dead.

        :schema: SidecarSpecIngressConnectionPoolTcpTcpKeepalive#probes
        '''
        result = self._values.get("probes")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def time(self) -> typing.Optional[builtins.str]:
        '''The time duration a connection needs to be idle before keep-alive probes start being sent.

        :schema: SidecarSpecIngressConnectionPoolTcpTcpKeepalive#time
        '''
        result = self._values.get("time")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SidecarSpecIngressConnectionPoolTcpTcpKeepalive(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_ioistionetworking.SidecarSpecIngressPort",
    jsii_struct_bases=[],
    name_mapping={
        "name": "name",
        "number": "number",
        "protocol": "protocol",
        "target_port": "targetPort",
    },
)
class SidecarSpecIngressPort:
    def __init__(
        self,
        *,
        name: typing.Optional[builtins.str] = None,
        number: typing.Optional[jsii.Number] = None,
        protocol: typing.Optional[builtins.str] = None,
        target_port: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''The port associated with the listener.

        :param name: Label assigned to the port.
        :param number: A valid non-negative integer port number.
        :param protocol: The protocol exposed on the port.
        :param target_port: 

        :schema: SidecarSpecIngressPort
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__71ebec567c7459bee5609ab6be1b025789301712ed6b8bf6fc0df4c060625066)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument number", value=number, expected_type=type_hints["number"])
            check_type(argname="argument protocol", value=protocol, expected_type=type_hints["protocol"])
            check_type(argname="argument target_port", value=target_port, expected_type=type_hints["target_port"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if name is not None:
            self._values["name"] = name
        if number is not None:
            self._values["number"] = number
        if protocol is not None:
            self._values["protocol"] = protocol
        if target_port is not None:
            self._values["target_port"] = target_port

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''Label assigned to the port.

        :schema: SidecarSpecIngressPort#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def number(self) -> typing.Optional[jsii.Number]:
        '''A valid non-negative integer port number.

        :schema: SidecarSpecIngressPort#number
        '''
        result = self._values.get("number")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def protocol(self) -> typing.Optional[builtins.str]:
        '''The protocol exposed on the port.

        :schema: SidecarSpecIngressPort#protocol
        '''
        result = self._values.get("protocol")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def target_port(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: SidecarSpecIngressPort#targetPort
        '''
        result = self._values.get("target_port")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SidecarSpecIngressPort(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_ioistionetworking.SidecarSpecIngressTls",
    jsii_struct_bases=[],
    name_mapping={
        "ca_cert_credential_name": "caCertCredentialName",
        "ca_certificates": "caCertificates",
        "ca_crl": "caCrl",
        "cipher_suites": "cipherSuites",
        "credential_name": "credentialName",
        "credential_names": "credentialNames",
        "https_redirect": "httpsRedirect",
        "max_protocol_version": "maxProtocolVersion",
        "min_protocol_version": "minProtocolVersion",
        "mode": "mode",
        "private_key": "privateKey",
        "server_certificate": "serverCertificate",
        "subject_alt_names": "subjectAltNames",
        "tls_certificates": "tlsCertificates",
        "verify_certificate_hash": "verifyCertificateHash",
        "verify_certificate_spki": "verifyCertificateSpki",
    },
)
class SidecarSpecIngressTls:
    def __init__(
        self,
        *,
        ca_cert_credential_name: typing.Optional[builtins.str] = None,
        ca_certificates: typing.Optional[builtins.str] = None,
        ca_crl: typing.Optional[builtins.str] = None,
        cipher_suites: typing.Optional[typing.Sequence[builtins.str]] = None,
        credential_name: typing.Optional[builtins.str] = None,
        credential_names: typing.Optional[typing.Sequence[builtins.str]] = None,
        https_redirect: typing.Optional[builtins.bool] = None,
        max_protocol_version: typing.Optional["SidecarSpecIngressTlsMaxProtocolVersion"] = None,
        min_protocol_version: typing.Optional["SidecarSpecIngressTlsMinProtocolVersion"] = None,
        mode: typing.Optional["SidecarSpecIngressTlsMode"] = None,
        private_key: typing.Optional[builtins.str] = None,
        server_certificate: typing.Optional[builtins.str] = None,
        subject_alt_names: typing.Optional[typing.Sequence[builtins.str]] = None,
        tls_certificates: typing.Optional[typing.Sequence[typing.Union["SidecarSpecIngressTlsTlsCertificates", typing.Dict[builtins.str, typing.Any]]]] = None,
        verify_certificate_hash: typing.Optional[typing.Sequence[builtins.str]] = None,
        verify_certificate_spki: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''Set of TLS related options that will enable TLS termination on the sidecar for requests originating from outside the mesh.

        :param ca_cert_credential_name: For mutual TLS, the name of the secret or the configmap that holds CA certificates.
        :param ca_certificates: REQUIRED if mode is ``MUTUAL`` or ``OPTIONAL_MUTUAL``.
        :param ca_crl: OPTIONAL: The path to the file containing the certificate revocation list (CRL) to use in verifying a presented client side certificate.
        :param cipher_suites: Optional: If specified, only support the specified cipher list.
        :param credential_name: For gateways running on Kubernetes, the name of the secret that holds the TLS certs including the CA certificates.
        :param credential_names: Same as CredentialName but for multiple certificates.
        :param https_redirect: If set to true, the load balancer will send a 301 redirect for all http connections, asking the clients to use HTTPS.
        :param max_protocol_version: Optional: Maximum TLS protocol version. Valid Options: TLS_AUTO, TLSV1_0, TLSV1_1, TLSV1_2, TLSV1_3
        :param min_protocol_version: Optional: Minimum TLS protocol version. Valid Options: TLS_AUTO, TLSV1_0, TLSV1_1, TLSV1_2, TLSV1_3
        :param mode: Optional: Indicates whether connections to this port should be secured using TLS. Valid Options: PASSTHROUGH, SIMPLE, MUTUAL, AUTO_PASSTHROUGH, ISTIO_MUTUAL, OPTIONAL_MUTUAL
        :param private_key: REQUIRED if mode is ``SIMPLE`` or ``MUTUAL``.
        :param server_certificate: REQUIRED if mode is ``SIMPLE`` or ``MUTUAL``.
        :param subject_alt_names: A list of alternate names to verify the subject identity in the certificate presented by the client.
        :param tls_certificates: Only one of ``server_certificate``, ``private_key`` or ``credential_name`` or ``credential_names`` or ``tls_certificates`` should be specified.
        :param verify_certificate_hash: An optional list of hex-encoded SHA-256 hashes of the authorized client certificates.
        :param verify_certificate_spki: An optional list of base64-encoded SHA-256 hashes of the SPKIs of authorized client certificates.

        :schema: SidecarSpecIngressTls
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__63b62ed14435c7f8978f12bb879460ba4a97dc5235afa46fb38ba504d1502a7b)
            check_type(argname="argument ca_cert_credential_name", value=ca_cert_credential_name, expected_type=type_hints["ca_cert_credential_name"])
            check_type(argname="argument ca_certificates", value=ca_certificates, expected_type=type_hints["ca_certificates"])
            check_type(argname="argument ca_crl", value=ca_crl, expected_type=type_hints["ca_crl"])
            check_type(argname="argument cipher_suites", value=cipher_suites, expected_type=type_hints["cipher_suites"])
            check_type(argname="argument credential_name", value=credential_name, expected_type=type_hints["credential_name"])
            check_type(argname="argument credential_names", value=credential_names, expected_type=type_hints["credential_names"])
            check_type(argname="argument https_redirect", value=https_redirect, expected_type=type_hints["https_redirect"])
            check_type(argname="argument max_protocol_version", value=max_protocol_version, expected_type=type_hints["max_protocol_version"])
            check_type(argname="argument min_protocol_version", value=min_protocol_version, expected_type=type_hints["min_protocol_version"])
            check_type(argname="argument mode", value=mode, expected_type=type_hints["mode"])
            check_type(argname="argument private_key", value=private_key, expected_type=type_hints["private_key"])
            check_type(argname="argument server_certificate", value=server_certificate, expected_type=type_hints["server_certificate"])
            check_type(argname="argument subject_alt_names", value=subject_alt_names, expected_type=type_hints["subject_alt_names"])
            check_type(argname="argument tls_certificates", value=tls_certificates, expected_type=type_hints["tls_certificates"])
            check_type(argname="argument verify_certificate_hash", value=verify_certificate_hash, expected_type=type_hints["verify_certificate_hash"])
            check_type(argname="argument verify_certificate_spki", value=verify_certificate_spki, expected_type=type_hints["verify_certificate_spki"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if ca_cert_credential_name is not None:
            self._values["ca_cert_credential_name"] = ca_cert_credential_name
        if ca_certificates is not None:
            self._values["ca_certificates"] = ca_certificates
        if ca_crl is not None:
            self._values["ca_crl"] = ca_crl
        if cipher_suites is not None:
            self._values["cipher_suites"] = cipher_suites
        if credential_name is not None:
            self._values["credential_name"] = credential_name
        if credential_names is not None:
            self._values["credential_names"] = credential_names
        if https_redirect is not None:
            self._values["https_redirect"] = https_redirect
        if max_protocol_version is not None:
            self._values["max_protocol_version"] = max_protocol_version
        if min_protocol_version is not None:
            self._values["min_protocol_version"] = min_protocol_version
        if mode is not None:
            self._values["mode"] = mode
        if private_key is not None:
            self._values["private_key"] = private_key
        if server_certificate is not None:
            self._values["server_certificate"] = server_certificate
        if subject_alt_names is not None:
            self._values["subject_alt_names"] = subject_alt_names
        if tls_certificates is not None:
            self._values["tls_certificates"] = tls_certificates
        if verify_certificate_hash is not None:
            self._values["verify_certificate_hash"] = verify_certificate_hash
        if verify_certificate_spki is not None:
            self._values["verify_certificate_spki"] = verify_certificate_spki

    @builtins.property
    def ca_cert_credential_name(self) -> typing.Optional[builtins.str]:
        '''For mutual TLS, the name of the secret or the configmap that holds CA certificates.

        :schema: SidecarSpecIngressTls#caCertCredentialName
        '''
        result = self._values.get("ca_cert_credential_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def ca_certificates(self) -> typing.Optional[builtins.str]:
        '''REQUIRED if mode is ``MUTUAL`` or ``OPTIONAL_MUTUAL``.

        :schema: SidecarSpecIngressTls#caCertificates
        '''
        result = self._values.get("ca_certificates")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def ca_crl(self) -> typing.Optional[builtins.str]:
        '''OPTIONAL: The path to the file containing the certificate revocation list (CRL) to use in verifying a presented client side certificate.

        :schema: SidecarSpecIngressTls#caCrl
        '''
        result = self._values.get("ca_crl")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def cipher_suites(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Optional: If specified, only support the specified cipher list.

        :schema: SidecarSpecIngressTls#cipherSuites
        '''
        result = self._values.get("cipher_suites")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def credential_name(self) -> typing.Optional[builtins.str]:
        '''For gateways running on Kubernetes, the name of the secret that holds the TLS certs including the CA certificates.

        :schema: SidecarSpecIngressTls#credentialName
        '''
        result = self._values.get("credential_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def credential_names(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Same as CredentialName but for multiple certificates.

        :schema: SidecarSpecIngressTls#credentialNames
        '''
        result = self._values.get("credential_names")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def https_redirect(self) -> typing.Optional[builtins.bool]:
        '''If set to true, the load balancer will send a 301 redirect for all http connections, asking the clients to use HTTPS.

        :schema: SidecarSpecIngressTls#httpsRedirect
        '''
        result = self._values.get("https_redirect")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def max_protocol_version(
        self,
    ) -> typing.Optional["SidecarSpecIngressTlsMaxProtocolVersion"]:
        '''Optional: Maximum TLS protocol version.

        Valid Options: TLS_AUTO, TLSV1_0, TLSV1_1, TLSV1_2, TLSV1_3

        :schema: SidecarSpecIngressTls#maxProtocolVersion
        '''
        result = self._values.get("max_protocol_version")
        return typing.cast(typing.Optional["SidecarSpecIngressTlsMaxProtocolVersion"], result)

    @builtins.property
    def min_protocol_version(
        self,
    ) -> typing.Optional["SidecarSpecIngressTlsMinProtocolVersion"]:
        '''Optional: Minimum TLS protocol version.

        Valid Options: TLS_AUTO, TLSV1_0, TLSV1_1, TLSV1_2, TLSV1_3

        :schema: SidecarSpecIngressTls#minProtocolVersion
        '''
        result = self._values.get("min_protocol_version")
        return typing.cast(typing.Optional["SidecarSpecIngressTlsMinProtocolVersion"], result)

    @builtins.property
    def mode(self) -> typing.Optional["SidecarSpecIngressTlsMode"]:
        '''Optional: Indicates whether connections to this port should be secured using TLS.

        Valid Options: PASSTHROUGH, SIMPLE, MUTUAL, AUTO_PASSTHROUGH, ISTIO_MUTUAL, OPTIONAL_MUTUAL

        :schema: SidecarSpecIngressTls#mode
        '''
        result = self._values.get("mode")
        return typing.cast(typing.Optional["SidecarSpecIngressTlsMode"], result)

    @builtins.property
    def private_key(self) -> typing.Optional[builtins.str]:
        '''REQUIRED if mode is ``SIMPLE`` or ``MUTUAL``.

        :schema: SidecarSpecIngressTls#privateKey
        '''
        result = self._values.get("private_key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def server_certificate(self) -> typing.Optional[builtins.str]:
        '''REQUIRED if mode is ``SIMPLE`` or ``MUTUAL``.

        :schema: SidecarSpecIngressTls#serverCertificate
        '''
        result = self._values.get("server_certificate")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def subject_alt_names(self) -> typing.Optional[typing.List[builtins.str]]:
        '''A list of alternate names to verify the subject identity in the certificate presented by the client.

        :schema: SidecarSpecIngressTls#subjectAltNames
        '''
        result = self._values.get("subject_alt_names")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def tls_certificates(
        self,
    ) -> typing.Optional[typing.List["SidecarSpecIngressTlsTlsCertificates"]]:
        '''Only one of ``server_certificate``, ``private_key`` or ``credential_name`` or ``credential_names`` or ``tls_certificates`` should be specified.

        :schema: SidecarSpecIngressTls#tlsCertificates
        '''
        result = self._values.get("tls_certificates")
        return typing.cast(typing.Optional[typing.List["SidecarSpecIngressTlsTlsCertificates"]], result)

    @builtins.property
    def verify_certificate_hash(self) -> typing.Optional[typing.List[builtins.str]]:
        '''An optional list of hex-encoded SHA-256 hashes of the authorized client certificates.

        :schema: SidecarSpecIngressTls#verifyCertificateHash
        '''
        result = self._values.get("verify_certificate_hash")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def verify_certificate_spki(self) -> typing.Optional[typing.List[builtins.str]]:
        '''An optional list of base64-encoded SHA-256 hashes of the SPKIs of authorized client certificates.

        :schema: SidecarSpecIngressTls#verifyCertificateSpki
        '''
        result = self._values.get("verify_certificate_spki")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SidecarSpecIngressTls(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(jsii_type="istio_ioistionetworking.SidecarSpecIngressTlsMaxProtocolVersion")
class SidecarSpecIngressTlsMaxProtocolVersion(enum.Enum):
    '''Optional: Maximum TLS protocol version.

    Valid Options: TLS_AUTO, TLSV1_0, TLSV1_1, TLSV1_2, TLSV1_3

    :schema: SidecarSpecIngressTlsMaxProtocolVersion
    '''

    TLS_UNDERSCORE_AUTO = "TLS_UNDERSCORE_AUTO"
    '''TLS_AUTO.'''
    TLSV1_UNDERSCORE_0 = "TLSV1_UNDERSCORE_0"
    '''TLSV1_0.'''
    TLSV1_UNDERSCORE_1 = "TLSV1_UNDERSCORE_1"
    '''TLSV1_1.'''
    TLSV1_UNDERSCORE_2 = "TLSV1_UNDERSCORE_2"
    '''TLSV1_2.'''
    TLSV1_UNDERSCORE_3 = "TLSV1_UNDERSCORE_3"
    '''TLSV1_3.'''


@jsii.enum(jsii_type="istio_ioistionetworking.SidecarSpecIngressTlsMinProtocolVersion")
class SidecarSpecIngressTlsMinProtocolVersion(enum.Enum):
    '''Optional: Minimum TLS protocol version.

    Valid Options: TLS_AUTO, TLSV1_0, TLSV1_1, TLSV1_2, TLSV1_3

    :schema: SidecarSpecIngressTlsMinProtocolVersion
    '''

    TLS_UNDERSCORE_AUTO = "TLS_UNDERSCORE_AUTO"
    '''TLS_AUTO.'''
    TLSV1_UNDERSCORE_0 = "TLSV1_UNDERSCORE_0"
    '''TLSV1_0.'''
    TLSV1_UNDERSCORE_1 = "TLSV1_UNDERSCORE_1"
    '''TLSV1_1.'''
    TLSV1_UNDERSCORE_2 = "TLSV1_UNDERSCORE_2"
    '''TLSV1_2.'''
    TLSV1_UNDERSCORE_3 = "TLSV1_UNDERSCORE_3"
    '''TLSV1_3.'''


@jsii.enum(jsii_type="istio_ioistionetworking.SidecarSpecIngressTlsMode")
class SidecarSpecIngressTlsMode(enum.Enum):
    '''Optional: Indicates whether connections to this port should be secured using TLS.

    Valid Options: PASSTHROUGH, SIMPLE, MUTUAL, AUTO_PASSTHROUGH, ISTIO_MUTUAL, OPTIONAL_MUTUAL

    :schema: SidecarSpecIngressTlsMode
    '''

    PASSTHROUGH = "PASSTHROUGH"
    '''PASSTHROUGH.'''
    SIMPLE = "SIMPLE"
    '''SIMPLE.'''
    MUTUAL = "MUTUAL"
    '''MUTUAL.'''
    AUTO_UNDERSCORE_PASSTHROUGH = "AUTO_UNDERSCORE_PASSTHROUGH"
    '''AUTO_PASSTHROUGH.'''
    ISTIO_UNDERSCORE_MUTUAL = "ISTIO_UNDERSCORE_MUTUAL"
    '''ISTIO_MUTUAL.'''
    OPTIONAL_UNDERSCORE_MUTUAL = "OPTIONAL_UNDERSCORE_MUTUAL"
    '''OPTIONAL_MUTUAL.'''


@jsii.data_type(
    jsii_type="istio_ioistionetworking.SidecarSpecIngressTlsTlsCertificates",
    jsii_struct_bases=[],
    name_mapping={
        "ca_certificates": "caCertificates",
        "private_key": "privateKey",
        "server_certificate": "serverCertificate",
    },
)
class SidecarSpecIngressTlsTlsCertificates:
    def __init__(
        self,
        *,
        ca_certificates: typing.Optional[builtins.str] = None,
        private_key: typing.Optional[builtins.str] = None,
        server_certificate: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param ca_certificates: 
        :param private_key: REQUIRED if mode is ``SIMPLE`` or ``MUTUAL``.
        :param server_certificate: REQUIRED if mode is ``SIMPLE`` or ``MUTUAL``.

        :schema: SidecarSpecIngressTlsTlsCertificates
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__4b08b10db2b3b4e520b92a3a06a443326bb0a9ea75c4ea737b3ca9e87d77610d)
            check_type(argname="argument ca_certificates", value=ca_certificates, expected_type=type_hints["ca_certificates"])
            check_type(argname="argument private_key", value=private_key, expected_type=type_hints["private_key"])
            check_type(argname="argument server_certificate", value=server_certificate, expected_type=type_hints["server_certificate"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if ca_certificates is not None:
            self._values["ca_certificates"] = ca_certificates
        if private_key is not None:
            self._values["private_key"] = private_key
        if server_certificate is not None:
            self._values["server_certificate"] = server_certificate

    @builtins.property
    def ca_certificates(self) -> typing.Optional[builtins.str]:
        '''
        :schema: SidecarSpecIngressTlsTlsCertificates#caCertificates
        '''
        result = self._values.get("ca_certificates")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def private_key(self) -> typing.Optional[builtins.str]:
        '''REQUIRED if mode is ``SIMPLE`` or ``MUTUAL``.

        :schema: SidecarSpecIngressTlsTlsCertificates#privateKey
        '''
        result = self._values.get("private_key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def server_certificate(self) -> typing.Optional[builtins.str]:
        '''REQUIRED if mode is ``SIMPLE`` or ``MUTUAL``.

        :schema: SidecarSpecIngressTlsTlsCertificates#serverCertificate
        '''
        result = self._values.get("server_certificate")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SidecarSpecIngressTlsTlsCertificates(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_ioistionetworking.SidecarSpecOutboundTrafficPolicy",
    jsii_struct_bases=[],
    name_mapping={"egress_proxy": "egressProxy", "mode": "mode"},
)
class SidecarSpecOutboundTrafficPolicy:
    def __init__(
        self,
        *,
        egress_proxy: typing.Optional[typing.Union["SidecarSpecOutboundTrafficPolicyEgressProxy", typing.Dict[builtins.str, typing.Any]]] = None,
        mode: typing.Optional["SidecarSpecOutboundTrafficPolicyMode"] = None,
    ) -> None:
        '''Set the default behavior of the sidecar for handling outbound traffic from the application.

        :param egress_proxy: 
        :param mode: Valid Options: REGISTRY_ONLY, ALLOW_ANY.

        :schema: SidecarSpecOutboundTrafficPolicy
        '''
        if isinstance(egress_proxy, dict):
            egress_proxy = SidecarSpecOutboundTrafficPolicyEgressProxy(**egress_proxy)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__346e6602f9b8183079606b6801215a6a8b56d259fdedb9ab2ddc23e3e6fccca0)
            check_type(argname="argument egress_proxy", value=egress_proxy, expected_type=type_hints["egress_proxy"])
            check_type(argname="argument mode", value=mode, expected_type=type_hints["mode"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if egress_proxy is not None:
            self._values["egress_proxy"] = egress_proxy
        if mode is not None:
            self._values["mode"] = mode

    @builtins.property
    def egress_proxy(
        self,
    ) -> typing.Optional["SidecarSpecOutboundTrafficPolicyEgressProxy"]:
        '''
        :schema: SidecarSpecOutboundTrafficPolicy#egressProxy
        '''
        result = self._values.get("egress_proxy")
        return typing.cast(typing.Optional["SidecarSpecOutboundTrafficPolicyEgressProxy"], result)

    @builtins.property
    def mode(self) -> typing.Optional["SidecarSpecOutboundTrafficPolicyMode"]:
        '''Valid Options: REGISTRY_ONLY, ALLOW_ANY.

        :schema: SidecarSpecOutboundTrafficPolicy#mode
        '''
        result = self._values.get("mode")
        return typing.cast(typing.Optional["SidecarSpecOutboundTrafficPolicyMode"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SidecarSpecOutboundTrafficPolicy(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_ioistionetworking.SidecarSpecOutboundTrafficPolicyEgressProxy",
    jsii_struct_bases=[],
    name_mapping={"host": "host", "port": "port", "subset": "subset"},
)
class SidecarSpecOutboundTrafficPolicyEgressProxy:
    def __init__(
        self,
        *,
        host: builtins.str,
        port: typing.Optional[typing.Union["SidecarSpecOutboundTrafficPolicyEgressProxyPort", typing.Dict[builtins.str, typing.Any]]] = None,
        subset: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param host: The name of a service from the service registry.
        :param port: Specifies the port on the host that is being addressed.
        :param subset: The name of a subset within the service.

        :schema: SidecarSpecOutboundTrafficPolicyEgressProxy
        '''
        if isinstance(port, dict):
            port = SidecarSpecOutboundTrafficPolicyEgressProxyPort(**port)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a206ba4b5e510c3306f7fba704c7f8f41ca57bb07b722762826400044aee2459)
            check_type(argname="argument host", value=host, expected_type=type_hints["host"])
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
            check_type(argname="argument subset", value=subset, expected_type=type_hints["subset"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "host": host,
        }
        if port is not None:
            self._values["port"] = port
        if subset is not None:
            self._values["subset"] = subset

    @builtins.property
    def host(self) -> builtins.str:
        '''The name of a service from the service registry.

        :schema: SidecarSpecOutboundTrafficPolicyEgressProxy#host
        '''
        result = self._values.get("host")
        assert result is not None, "Required property 'host' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def port(
        self,
    ) -> typing.Optional["SidecarSpecOutboundTrafficPolicyEgressProxyPort"]:
        '''Specifies the port on the host that is being addressed.

        :schema: SidecarSpecOutboundTrafficPolicyEgressProxy#port
        '''
        result = self._values.get("port")
        return typing.cast(typing.Optional["SidecarSpecOutboundTrafficPolicyEgressProxyPort"], result)

    @builtins.property
    def subset(self) -> typing.Optional[builtins.str]:
        '''The name of a subset within the service.

        :schema: SidecarSpecOutboundTrafficPolicyEgressProxy#subset
        '''
        result = self._values.get("subset")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SidecarSpecOutboundTrafficPolicyEgressProxy(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_ioistionetworking.SidecarSpecOutboundTrafficPolicyEgressProxyPort",
    jsii_struct_bases=[],
    name_mapping={"number": "number"},
)
class SidecarSpecOutboundTrafficPolicyEgressProxyPort:
    def __init__(self, *, number: typing.Optional[jsii.Number] = None) -> None:
        '''Specifies the port on the host that is being addressed.

        :param number: 

        :schema: SidecarSpecOutboundTrafficPolicyEgressProxyPort
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d38e80b3e378e1dbfb829f6008626dbc5bde9d2780a3dc91d876e471123c3cdc)
            check_type(argname="argument number", value=number, expected_type=type_hints["number"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if number is not None:
            self._values["number"] = number

    @builtins.property
    def number(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: SidecarSpecOutboundTrafficPolicyEgressProxyPort#number
        '''
        result = self._values.get("number")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SidecarSpecOutboundTrafficPolicyEgressProxyPort(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(jsii_type="istio_ioistionetworking.SidecarSpecOutboundTrafficPolicyMode")
class SidecarSpecOutboundTrafficPolicyMode(enum.Enum):
    '''Valid Options: REGISTRY_ONLY, ALLOW_ANY.

    :schema: SidecarSpecOutboundTrafficPolicyMode
    '''

    REGISTRY_UNDERSCORE_ONLY = "REGISTRY_UNDERSCORE_ONLY"
    '''REGISTRY_ONLY.'''
    ALLOW_UNDERSCORE_ANY = "ALLOW_UNDERSCORE_ANY"
    '''ALLOW_ANY.'''


@jsii.data_type(
    jsii_type="istio_ioistionetworking.SidecarSpecWorkloadSelector",
    jsii_struct_bases=[],
    name_mapping={"labels": "labels"},
)
class SidecarSpecWorkloadSelector:
    def __init__(
        self,
        *,
        labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''Criteria used to select the specific set of pods/VMs on which this ``Sidecar`` configuration should be applied.

        :param labels: One or more labels that indicate a specific set of pods/VMs on which the configuration should be applied.

        :schema: SidecarSpecWorkloadSelector
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__44f2c4d506efdc82bd559ba3fa5e232c67d9a52d8775161c22274a3d4f8515f1)
            check_type(argname="argument labels", value=labels, expected_type=type_hints["labels"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if labels is not None:
            self._values["labels"] = labels

    @builtins.property
    def labels(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''One or more labels that indicate a specific set of pods/VMs on which the configuration should be applied.

        :schema: SidecarSpecWorkloadSelector#labels
        '''
        result = self._values.get("labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SidecarSpecWorkloadSelector(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class VirtualService(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="istio_ioistionetworking.VirtualService",
):
    '''
    :schema: VirtualService
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["VirtualServiceSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "VirtualService" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param metadata: 
        :param spec: Configuration affecting label/content routing, sni routing, etc. See more details at: https://istio.io/docs/reference/config/networking/virtual-service.html
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d52162105b15f643a25d2a9949352e4bd676b62243d085fac958697b9078a0f7)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = VirtualServiceProps(metadata=metadata, spec=spec)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["VirtualServiceSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "VirtualService".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param metadata: 
        :param spec: Configuration affecting label/content routing, sni routing, etc. See more details at: https://istio.io/docs/reference/config/networking/virtual-service.html
        '''
        props = VirtualServiceProps(metadata=metadata, spec=spec)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "VirtualService".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="istio_ioistionetworking.VirtualServiceProps",
    jsii_struct_bases=[],
    name_mapping={"metadata": "metadata", "spec": "spec"},
)
class VirtualServiceProps:
    def __init__(
        self,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["VirtualServiceSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param metadata: 
        :param spec: Configuration affecting label/content routing, sni routing, etc. See more details at: https://istio.io/docs/reference/config/networking/virtual-service.html

        :schema: VirtualService
        '''
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if isinstance(spec, dict):
            spec = VirtualServiceSpec(**spec)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b45b4cc9f8d93679e9acb439d602fc7edf7064b0bb55c6da5b816f1c1ed7e47f)
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
            check_type(argname="argument spec", value=spec, expected_type=type_hints["spec"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if metadata is not None:
            self._values["metadata"] = metadata
        if spec is not None:
            self._values["spec"] = spec

    @builtins.property
    def metadata(self) -> typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"]:
        '''
        :schema: VirtualService#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    @builtins.property
    def spec(self) -> typing.Optional["VirtualServiceSpec"]:
        '''Configuration affecting label/content routing, sni routing, etc.

        See more details at: https://istio.io/docs/reference/config/networking/virtual-service.html

        :schema: VirtualService#spec
        '''
        result = self._values.get("spec")
        return typing.cast(typing.Optional["VirtualServiceSpec"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_ioistionetworking.VirtualServiceSpec",
    jsii_struct_bases=[],
    name_mapping={
        "export_to": "exportTo",
        "gateways": "gateways",
        "hosts": "hosts",
        "http": "http",
        "tcp": "tcp",
        "tls": "tls",
    },
)
class VirtualServiceSpec:
    def __init__(
        self,
        *,
        export_to: typing.Optional[typing.Sequence[builtins.str]] = None,
        gateways: typing.Optional[typing.Sequence[builtins.str]] = None,
        hosts: typing.Optional[typing.Sequence[builtins.str]] = None,
        http: typing.Optional[typing.Sequence[typing.Union["VirtualServiceSpecHttp", typing.Dict[builtins.str, typing.Any]]]] = None,
        tcp: typing.Optional[typing.Sequence[typing.Union["VirtualServiceSpecTcp", typing.Dict[builtins.str, typing.Any]]]] = None,
        tls: typing.Optional[typing.Sequence[typing.Union["VirtualServiceSpecTls", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''Configuration affecting label/content routing, sni routing, etc.

        See more details at: https://istio.io/docs/reference/config/networking/virtual-service.html

        :param export_to: A list of namespaces to which this virtual service is exported.
        :param gateways: The names of gateways and sidecars that should apply these routes.
        :param hosts: The destination hosts to which traffic is being sent.
        :param http: An ordered list of route rules for HTTP traffic.
        :param tcp: An ordered list of route rules for opaque TCP traffic.
        :param tls: An ordered list of route rule for non-terminated TLS & HTTPS traffic.

        :schema: VirtualServiceSpec
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__8a39fe73202b6690147f1e0788667c6944d45aab4b0e059448e2b09d4ca0d335)
            check_type(argname="argument export_to", value=export_to, expected_type=type_hints["export_to"])
            check_type(argname="argument gateways", value=gateways, expected_type=type_hints["gateways"])
            check_type(argname="argument hosts", value=hosts, expected_type=type_hints["hosts"])
            check_type(argname="argument http", value=http, expected_type=type_hints["http"])
            check_type(argname="argument tcp", value=tcp, expected_type=type_hints["tcp"])
            check_type(argname="argument tls", value=tls, expected_type=type_hints["tls"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if export_to is not None:
            self._values["export_to"] = export_to
        if gateways is not None:
            self._values["gateways"] = gateways
        if hosts is not None:
            self._values["hosts"] = hosts
        if http is not None:
            self._values["http"] = http
        if tcp is not None:
            self._values["tcp"] = tcp
        if tls is not None:
            self._values["tls"] = tls

    @builtins.property
    def export_to(self) -> typing.Optional[typing.List[builtins.str]]:
        '''A list of namespaces to which this virtual service is exported.

        :schema: VirtualServiceSpec#exportTo
        '''
        result = self._values.get("export_to")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def gateways(self) -> typing.Optional[typing.List[builtins.str]]:
        '''The names of gateways and sidecars that should apply these routes.

        :schema: VirtualServiceSpec#gateways
        '''
        result = self._values.get("gateways")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def hosts(self) -> typing.Optional[typing.List[builtins.str]]:
        '''The destination hosts to which traffic is being sent.

        :schema: VirtualServiceSpec#hosts
        '''
        result = self._values.get("hosts")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def http(self) -> typing.Optional[typing.List["VirtualServiceSpecHttp"]]:
        '''An ordered list of route rules for HTTP traffic.

        :schema: VirtualServiceSpec#http
        '''
        result = self._values.get("http")
        return typing.cast(typing.Optional[typing.List["VirtualServiceSpecHttp"]], result)

    @builtins.property
    def tcp(self) -> typing.Optional[typing.List["VirtualServiceSpecTcp"]]:
        '''An ordered list of route rules for opaque TCP traffic.

        :schema: VirtualServiceSpec#tcp
        '''
        result = self._values.get("tcp")
        return typing.cast(typing.Optional[typing.List["VirtualServiceSpecTcp"]], result)

    @builtins.property
    def tls(self) -> typing.Optional[typing.List["VirtualServiceSpecTls"]]:
        '''An ordered list of route rule for non-terminated TLS & HTTPS traffic.

        :schema: VirtualServiceSpec#tls
        '''
        result = self._values.get("tls")
        return typing.cast(typing.Optional[typing.List["VirtualServiceSpecTls"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_ioistionetworking.VirtualServiceSpecHttp",
    jsii_struct_bases=[],
    name_mapping={
        "cors_policy": "corsPolicy",
        "delegate": "delegate",
        "direct_response": "directResponse",
        "fault": "fault",
        "headers": "headers",
        "match": "match",
        "mirror": "mirror",
        "mirror_percent": "mirrorPercent",
        "mirror_percentage": "mirrorPercentage",
        "mirrors": "mirrors",
        "name": "name",
        "redirect": "redirect",
        "retries": "retries",
        "rewrite": "rewrite",
        "route": "route",
        "timeout": "timeout",
    },
)
class VirtualServiceSpecHttp:
    def __init__(
        self,
        *,
        cors_policy: typing.Optional[typing.Union["VirtualServiceSpecHttpCorsPolicy", typing.Dict[builtins.str, typing.Any]]] = None,
        delegate: typing.Optional[typing.Union["VirtualServiceSpecHttpDelegate", typing.Dict[builtins.str, typing.Any]]] = None,
        direct_response: typing.Optional[typing.Union["VirtualServiceSpecHttpDirectResponse", typing.Dict[builtins.str, typing.Any]]] = None,
        fault: typing.Optional[typing.Union["VirtualServiceSpecHttpFault", typing.Dict[builtins.str, typing.Any]]] = None,
        headers: typing.Optional[typing.Union["VirtualServiceSpecHttpHeaders", typing.Dict[builtins.str, typing.Any]]] = None,
        match: typing.Optional[typing.Sequence[typing.Union["VirtualServiceSpecHttpMatch", typing.Dict[builtins.str, typing.Any]]]] = None,
        mirror: typing.Optional[typing.Union["VirtualServiceSpecHttpMirror", typing.Dict[builtins.str, typing.Any]]] = None,
        mirror_percent: typing.Optional[jsii.Number] = None,
        mirror_percentage: typing.Optional[typing.Union["VirtualServiceSpecHttpMirrorPercentage", typing.Dict[builtins.str, typing.Any]]] = None,
        mirrors: typing.Optional[typing.Sequence[typing.Union["VirtualServiceSpecHttpMirrors", typing.Dict[builtins.str, typing.Any]]]] = None,
        name: typing.Optional[builtins.str] = None,
        redirect: typing.Optional[typing.Union["VirtualServiceSpecHttpRedirect", typing.Dict[builtins.str, typing.Any]]] = None,
        retries: typing.Optional[typing.Union["VirtualServiceSpecHttpRetries", typing.Dict[builtins.str, typing.Any]]] = None,
        rewrite: typing.Optional[typing.Union["VirtualServiceSpecHttpRewrite", typing.Dict[builtins.str, typing.Any]]] = None,
        route: typing.Optional[typing.Sequence[typing.Union["VirtualServiceSpecHttpRoute", typing.Dict[builtins.str, typing.Any]]]] = None,
        timeout: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param cors_policy: Cross-Origin Resource Sharing policy (CORS).
        :param delegate: Delegate is used to specify the particular VirtualService which can be used to define delegate HTTPRoute.
        :param direct_response: A HTTP rule can either return a direct_response, redirect or forward (default) traffic.
        :param fault: Fault injection policy to apply on HTTP traffic at the client side.
        :param headers: 
        :param match: Match conditions to be satisfied for the rule to be activated.
        :param mirror: Mirror HTTP traffic to a another destination in addition to forwarding the requests to the intended destination.
        :param mirror_percent: 
        :param mirror_percentage: Percentage of the traffic to be mirrored by the ``mirror`` field.
        :param mirrors: Specifies the destinations to mirror HTTP traffic in addition to the original destination.
        :param name: The name assigned to the route for debugging purposes.
        :param redirect: A HTTP rule can either return a direct_response, redirect or forward (default) traffic.
        :param retries: Retry policy for HTTP requests.
        :param rewrite: Rewrite HTTP URIs and Authority headers.
        :param route: A HTTP rule can either return a direct_response, redirect or forward (default) traffic.
        :param timeout: Timeout for HTTP requests, default is disabled.

        :schema: VirtualServiceSpecHttp
        '''
        if isinstance(cors_policy, dict):
            cors_policy = VirtualServiceSpecHttpCorsPolicy(**cors_policy)
        if isinstance(delegate, dict):
            delegate = VirtualServiceSpecHttpDelegate(**delegate)
        if isinstance(direct_response, dict):
            direct_response = VirtualServiceSpecHttpDirectResponse(**direct_response)
        if isinstance(fault, dict):
            fault = VirtualServiceSpecHttpFault(**fault)
        if isinstance(headers, dict):
            headers = VirtualServiceSpecHttpHeaders(**headers)
        if isinstance(mirror, dict):
            mirror = VirtualServiceSpecHttpMirror(**mirror)
        if isinstance(mirror_percentage, dict):
            mirror_percentage = VirtualServiceSpecHttpMirrorPercentage(**mirror_percentage)
        if isinstance(redirect, dict):
            redirect = VirtualServiceSpecHttpRedirect(**redirect)
        if isinstance(retries, dict):
            retries = VirtualServiceSpecHttpRetries(**retries)
        if isinstance(rewrite, dict):
            rewrite = VirtualServiceSpecHttpRewrite(**rewrite)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__97d8ee50c8e93befe61328e97725aefed127d2afed509a077730a86054d0e4e3)
            check_type(argname="argument cors_policy", value=cors_policy, expected_type=type_hints["cors_policy"])
            check_type(argname="argument delegate", value=delegate, expected_type=type_hints["delegate"])
            check_type(argname="argument direct_response", value=direct_response, expected_type=type_hints["direct_response"])
            check_type(argname="argument fault", value=fault, expected_type=type_hints["fault"])
            check_type(argname="argument headers", value=headers, expected_type=type_hints["headers"])
            check_type(argname="argument match", value=match, expected_type=type_hints["match"])
            check_type(argname="argument mirror", value=mirror, expected_type=type_hints["mirror"])
            check_type(argname="argument mirror_percent", value=mirror_percent, expected_type=type_hints["mirror_percent"])
            check_type(argname="argument mirror_percentage", value=mirror_percentage, expected_type=type_hints["mirror_percentage"])
            check_type(argname="argument mirrors", value=mirrors, expected_type=type_hints["mirrors"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument redirect", value=redirect, expected_type=type_hints["redirect"])
            check_type(argname="argument retries", value=retries, expected_type=type_hints["retries"])
            check_type(argname="argument rewrite", value=rewrite, expected_type=type_hints["rewrite"])
            check_type(argname="argument route", value=route, expected_type=type_hints["route"])
            check_type(argname="argument timeout", value=timeout, expected_type=type_hints["timeout"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if cors_policy is not None:
            self._values["cors_policy"] = cors_policy
        if delegate is not None:
            self._values["delegate"] = delegate
        if direct_response is not None:
            self._values["direct_response"] = direct_response
        if fault is not None:
            self._values["fault"] = fault
        if headers is not None:
            self._values["headers"] = headers
        if match is not None:
            self._values["match"] = match
        if mirror is not None:
            self._values["mirror"] = mirror
        if mirror_percent is not None:
            self._values["mirror_percent"] = mirror_percent
        if mirror_percentage is not None:
            self._values["mirror_percentage"] = mirror_percentage
        if mirrors is not None:
            self._values["mirrors"] = mirrors
        if name is not None:
            self._values["name"] = name
        if redirect is not None:
            self._values["redirect"] = redirect
        if retries is not None:
            self._values["retries"] = retries
        if rewrite is not None:
            self._values["rewrite"] = rewrite
        if route is not None:
            self._values["route"] = route
        if timeout is not None:
            self._values["timeout"] = timeout

    @builtins.property
    def cors_policy(self) -> typing.Optional["VirtualServiceSpecHttpCorsPolicy"]:
        '''Cross-Origin Resource Sharing policy (CORS).

        :schema: VirtualServiceSpecHttp#corsPolicy
        '''
        result = self._values.get("cors_policy")
        return typing.cast(typing.Optional["VirtualServiceSpecHttpCorsPolicy"], result)

    @builtins.property
    def delegate(self) -> typing.Optional["VirtualServiceSpecHttpDelegate"]:
        '''Delegate is used to specify the particular VirtualService which can be used to define delegate HTTPRoute.

        :schema: VirtualServiceSpecHttp#delegate
        '''
        result = self._values.get("delegate")
        return typing.cast(typing.Optional["VirtualServiceSpecHttpDelegate"], result)

    @builtins.property
    def direct_response(
        self,
    ) -> typing.Optional["VirtualServiceSpecHttpDirectResponse"]:
        '''A HTTP rule can either return a direct_response, redirect or forward (default) traffic.

        :schema: VirtualServiceSpecHttp#directResponse
        '''
        result = self._values.get("direct_response")
        return typing.cast(typing.Optional["VirtualServiceSpecHttpDirectResponse"], result)

    @builtins.property
    def fault(self) -> typing.Optional["VirtualServiceSpecHttpFault"]:
        '''Fault injection policy to apply on HTTP traffic at the client side.

        :schema: VirtualServiceSpecHttp#fault
        '''
        result = self._values.get("fault")
        return typing.cast(typing.Optional["VirtualServiceSpecHttpFault"], result)

    @builtins.property
    def headers(self) -> typing.Optional["VirtualServiceSpecHttpHeaders"]:
        '''
        :schema: VirtualServiceSpecHttp#headers
        '''
        result = self._values.get("headers")
        return typing.cast(typing.Optional["VirtualServiceSpecHttpHeaders"], result)

    @builtins.property
    def match(self) -> typing.Optional[typing.List["VirtualServiceSpecHttpMatch"]]:
        '''Match conditions to be satisfied for the rule to be activated.

        :schema: VirtualServiceSpecHttp#match
        '''
        result = self._values.get("match")
        return typing.cast(typing.Optional[typing.List["VirtualServiceSpecHttpMatch"]], result)

    @builtins.property
    def mirror(self) -> typing.Optional["VirtualServiceSpecHttpMirror"]:
        '''Mirror HTTP traffic to a another destination in addition to forwarding the requests to the intended destination.

        :schema: VirtualServiceSpecHttp#mirror
        '''
        result = self._values.get("mirror")
        return typing.cast(typing.Optional["VirtualServiceSpecHttpMirror"], result)

    @builtins.property
    def mirror_percent(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: VirtualServiceSpecHttp#mirror_percent
        '''
        result = self._values.get("mirror_percent")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def mirror_percentage(
        self,
    ) -> typing.Optional["VirtualServiceSpecHttpMirrorPercentage"]:
        '''Percentage of the traffic to be mirrored by the ``mirror`` field.

        :schema: VirtualServiceSpecHttp#mirrorPercentage
        '''
        result = self._values.get("mirror_percentage")
        return typing.cast(typing.Optional["VirtualServiceSpecHttpMirrorPercentage"], result)

    @builtins.property
    def mirrors(self) -> typing.Optional[typing.List["VirtualServiceSpecHttpMirrors"]]:
        '''Specifies the destinations to mirror HTTP traffic in addition to the original destination.

        :schema: VirtualServiceSpecHttp#mirrors
        '''
        result = self._values.get("mirrors")
        return typing.cast(typing.Optional[typing.List["VirtualServiceSpecHttpMirrors"]], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''The name assigned to the route for debugging purposes.

        :schema: VirtualServiceSpecHttp#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def redirect(self) -> typing.Optional["VirtualServiceSpecHttpRedirect"]:
        '''A HTTP rule can either return a direct_response, redirect or forward (default) traffic.

        :schema: VirtualServiceSpecHttp#redirect
        '''
        result = self._values.get("redirect")
        return typing.cast(typing.Optional["VirtualServiceSpecHttpRedirect"], result)

    @builtins.property
    def retries(self) -> typing.Optional["VirtualServiceSpecHttpRetries"]:
        '''Retry policy for HTTP requests.

        :schema: VirtualServiceSpecHttp#retries
        '''
        result = self._values.get("retries")
        return typing.cast(typing.Optional["VirtualServiceSpecHttpRetries"], result)

    @builtins.property
    def rewrite(self) -> typing.Optional["VirtualServiceSpecHttpRewrite"]:
        '''Rewrite HTTP URIs and Authority headers.

        :schema: VirtualServiceSpecHttp#rewrite
        '''
        result = self._values.get("rewrite")
        return typing.cast(typing.Optional["VirtualServiceSpecHttpRewrite"], result)

    @builtins.property
    def route(self) -> typing.Optional[typing.List["VirtualServiceSpecHttpRoute"]]:
        '''A HTTP rule can either return a direct_response, redirect or forward (default) traffic.

        :schema: VirtualServiceSpecHttp#route
        '''
        result = self._values.get("route")
        return typing.cast(typing.Optional[typing.List["VirtualServiceSpecHttpRoute"]], result)

    @builtins.property
    def timeout(self) -> typing.Optional[builtins.str]:
        '''Timeout for HTTP requests, default is disabled.

        :schema: VirtualServiceSpecHttp#timeout
        '''
        result = self._values.get("timeout")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpecHttp(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_ioistionetworking.VirtualServiceSpecHttpCorsPolicy",
    jsii_struct_bases=[],
    name_mapping={
        "allow_credentials": "allowCredentials",
        "allow_headers": "allowHeaders",
        "allow_methods": "allowMethods",
        "allow_origin": "allowOrigin",
        "allow_origins": "allowOrigins",
        "expose_headers": "exposeHeaders",
        "max_age": "maxAge",
        "unmatched_preflights": "unmatchedPreflights",
    },
)
class VirtualServiceSpecHttpCorsPolicy:
    def __init__(
        self,
        *,
        allow_credentials: typing.Optional[builtins.bool] = None,
        allow_headers: typing.Optional[typing.Sequence[builtins.str]] = None,
        allow_methods: typing.Optional[typing.Sequence[builtins.str]] = None,
        allow_origin: typing.Optional[typing.Sequence[builtins.str]] = None,
        allow_origins: typing.Optional[typing.Sequence[typing.Union["VirtualServiceSpecHttpCorsPolicyAllowOrigins", typing.Dict[builtins.str, typing.Any]]]] = None,
        expose_headers: typing.Optional[typing.Sequence[builtins.str]] = None,
        max_age: typing.Optional[builtins.str] = None,
        unmatched_preflights: typing.Optional["VirtualServiceSpecHttpCorsPolicyUnmatchedPreflights"] = None,
    ) -> None:
        '''Cross-Origin Resource Sharing policy (CORS).

        :param allow_credentials: Indicates whether the caller is allowed to send the actual request (not the preflight) using credentials.
        :param allow_headers: List of HTTP headers that can be used when requesting the resource.
        :param allow_methods: List of HTTP methods allowed to access the resource.
        :param allow_origin: 
        :param allow_origins: String patterns that match allowed origins.
        :param expose_headers: A list of HTTP headers that the browsers are allowed to access.
        :param max_age: Specifies how long the results of a preflight request can be cached.
        :param unmatched_preflights: Indicates whether preflight requests not matching the configured allowed origin shouldn't be forwarded to the upstream. Valid Options: FORWARD, IGNORE

        :schema: VirtualServiceSpecHttpCorsPolicy
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__317c716ad34cd1aa639c9db91f55fe3a1e132f7544f3adcbecce440e84001512)
            check_type(argname="argument allow_credentials", value=allow_credentials, expected_type=type_hints["allow_credentials"])
            check_type(argname="argument allow_headers", value=allow_headers, expected_type=type_hints["allow_headers"])
            check_type(argname="argument allow_methods", value=allow_methods, expected_type=type_hints["allow_methods"])
            check_type(argname="argument allow_origin", value=allow_origin, expected_type=type_hints["allow_origin"])
            check_type(argname="argument allow_origins", value=allow_origins, expected_type=type_hints["allow_origins"])
            check_type(argname="argument expose_headers", value=expose_headers, expected_type=type_hints["expose_headers"])
            check_type(argname="argument max_age", value=max_age, expected_type=type_hints["max_age"])
            check_type(argname="argument unmatched_preflights", value=unmatched_preflights, expected_type=type_hints["unmatched_preflights"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if allow_credentials is not None:
            self._values["allow_credentials"] = allow_credentials
        if allow_headers is not None:
            self._values["allow_headers"] = allow_headers
        if allow_methods is not None:
            self._values["allow_methods"] = allow_methods
        if allow_origin is not None:
            self._values["allow_origin"] = allow_origin
        if allow_origins is not None:
            self._values["allow_origins"] = allow_origins
        if expose_headers is not None:
            self._values["expose_headers"] = expose_headers
        if max_age is not None:
            self._values["max_age"] = max_age
        if unmatched_preflights is not None:
            self._values["unmatched_preflights"] = unmatched_preflights

    @builtins.property
    def allow_credentials(self) -> typing.Optional[builtins.bool]:
        '''Indicates whether the caller is allowed to send the actual request (not the preflight) using credentials.

        :schema: VirtualServiceSpecHttpCorsPolicy#allowCredentials
        '''
        result = self._values.get("allow_credentials")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def allow_headers(self) -> typing.Optional[typing.List[builtins.str]]:
        '''List of HTTP headers that can be used when requesting the resource.

        :schema: VirtualServiceSpecHttpCorsPolicy#allowHeaders
        '''
        result = self._values.get("allow_headers")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def allow_methods(self) -> typing.Optional[typing.List[builtins.str]]:
        '''List of HTTP methods allowed to access the resource.

        :schema: VirtualServiceSpecHttpCorsPolicy#allowMethods
        '''
        result = self._values.get("allow_methods")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def allow_origin(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: VirtualServiceSpecHttpCorsPolicy#allowOrigin
        '''
        result = self._values.get("allow_origin")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def allow_origins(
        self,
    ) -> typing.Optional[typing.List["VirtualServiceSpecHttpCorsPolicyAllowOrigins"]]:
        '''String patterns that match allowed origins.

        :schema: VirtualServiceSpecHttpCorsPolicy#allowOrigins
        '''
        result = self._values.get("allow_origins")
        return typing.cast(typing.Optional[typing.List["VirtualServiceSpecHttpCorsPolicyAllowOrigins"]], result)

    @builtins.property
    def expose_headers(self) -> typing.Optional[typing.List[builtins.str]]:
        '''A list of HTTP headers that the browsers are allowed to access.

        :schema: VirtualServiceSpecHttpCorsPolicy#exposeHeaders
        '''
        result = self._values.get("expose_headers")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def max_age(self) -> typing.Optional[builtins.str]:
        '''Specifies how long the results of a preflight request can be cached.

        :schema: VirtualServiceSpecHttpCorsPolicy#maxAge
        '''
        result = self._values.get("max_age")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def unmatched_preflights(
        self,
    ) -> typing.Optional["VirtualServiceSpecHttpCorsPolicyUnmatchedPreflights"]:
        '''Indicates whether preflight requests not matching the configured allowed origin shouldn't be forwarded to the upstream.

        Valid Options: FORWARD, IGNORE

        :schema: VirtualServiceSpecHttpCorsPolicy#unmatchedPreflights
        '''
        result = self._values.get("unmatched_preflights")
        return typing.cast(typing.Optional["VirtualServiceSpecHttpCorsPolicyUnmatchedPreflights"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpecHttpCorsPolicy(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_ioistionetworking.VirtualServiceSpecHttpCorsPolicyAllowOrigins",
    jsii_struct_bases=[],
    name_mapping={"exact": "exact", "prefix": "prefix", "regex": "regex"},
)
class VirtualServiceSpecHttpCorsPolicyAllowOrigins:
    def __init__(
        self,
        *,
        exact: typing.Optional[builtins.str] = None,
        prefix: typing.Optional[builtins.str] = None,
        regex: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param exact: 
        :param prefix: 
        :param regex: `RE2 style regex-based match <https://github.com/google/re2/wiki/Syntax>`_.

        :schema: VirtualServiceSpecHttpCorsPolicyAllowOrigins
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__86d3607f5a1ff34f7547620581001b0843aed060757543c7e6a64294c8380fb5)
            check_type(argname="argument exact", value=exact, expected_type=type_hints["exact"])
            check_type(argname="argument prefix", value=prefix, expected_type=type_hints["prefix"])
            check_type(argname="argument regex", value=regex, expected_type=type_hints["regex"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if exact is not None:
            self._values["exact"] = exact
        if prefix is not None:
            self._values["prefix"] = prefix
        if regex is not None:
            self._values["regex"] = regex

    @builtins.property
    def exact(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VirtualServiceSpecHttpCorsPolicyAllowOrigins#exact
        '''
        result = self._values.get("exact")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def prefix(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VirtualServiceSpecHttpCorsPolicyAllowOrigins#prefix
        '''
        result = self._values.get("prefix")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def regex(self) -> typing.Optional[builtins.str]:
        '''`RE2 style regex-based match <https://github.com/google/re2/wiki/Syntax>`_.

        :schema: VirtualServiceSpecHttpCorsPolicyAllowOrigins#regex
        '''
        result = self._values.get("regex")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpecHttpCorsPolicyAllowOrigins(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="istio_ioistionetworking.VirtualServiceSpecHttpCorsPolicyUnmatchedPreflights"
)
class VirtualServiceSpecHttpCorsPolicyUnmatchedPreflights(enum.Enum):
    '''Indicates whether preflight requests not matching the configured allowed origin shouldn't be forwarded to the upstream.

    Valid Options: FORWARD, IGNORE

    :schema: VirtualServiceSpecHttpCorsPolicyUnmatchedPreflights
    '''

    UNSPECIFIED = "UNSPECIFIED"
    '''UNSPECIFIED.'''
    FORWARD = "FORWARD"
    '''FORWARD.'''
    IGNORE = "IGNORE"
    '''IGNORE.'''


@jsii.data_type(
    jsii_type="istio_ioistionetworking.VirtualServiceSpecHttpDelegate",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "namespace": "namespace"},
)
class VirtualServiceSpecHttpDelegate:
    def __init__(
        self,
        *,
        name: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Delegate is used to specify the particular VirtualService which can be used to define delegate HTTPRoute.

        :param name: Name specifies the name of the delegate VirtualService.
        :param namespace: Namespace specifies the namespace where the delegate VirtualService resides.

        :schema: VirtualServiceSpecHttpDelegate
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__8f1744d636122e5890ee0cc73bbe1f999088f00dc290ef9f7baa2e29bbf7fe36)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if name is not None:
            self._values["name"] = name
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''Name specifies the name of the delegate VirtualService.

        :schema: VirtualServiceSpecHttpDelegate#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''Namespace specifies the namespace where the delegate VirtualService resides.

        :schema: VirtualServiceSpecHttpDelegate#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpecHttpDelegate(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_ioistionetworking.VirtualServiceSpecHttpDirectResponse",
    jsii_struct_bases=[],
    name_mapping={"status": "status", "body": "body"},
)
class VirtualServiceSpecHttpDirectResponse:
    def __init__(
        self,
        *,
        status: jsii.Number,
        body: typing.Optional[typing.Union["VirtualServiceSpecHttpDirectResponseBody", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''A HTTP rule can either return a direct_response, redirect or forward (default) traffic.

        :param status: Specifies the HTTP response status to be returned.
        :param body: Specifies the content of the response body.

        :schema: VirtualServiceSpecHttpDirectResponse
        '''
        if isinstance(body, dict):
            body = VirtualServiceSpecHttpDirectResponseBody(**body)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c74ea15b853f04a2fc0fc8a1df7ce82cfc3ea58e25cd1b7ca036b1ca21fd3c9b)
            check_type(argname="argument status", value=status, expected_type=type_hints["status"])
            check_type(argname="argument body", value=body, expected_type=type_hints["body"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "status": status,
        }
        if body is not None:
            self._values["body"] = body

    @builtins.property
    def status(self) -> jsii.Number:
        '''Specifies the HTTP response status to be returned.

        :schema: VirtualServiceSpecHttpDirectResponse#status
        '''
        result = self._values.get("status")
        assert result is not None, "Required property 'status' is missing"
        return typing.cast(jsii.Number, result)

    @builtins.property
    def body(self) -> typing.Optional["VirtualServiceSpecHttpDirectResponseBody"]:
        '''Specifies the content of the response body.

        :schema: VirtualServiceSpecHttpDirectResponse#body
        '''
        result = self._values.get("body")
        return typing.cast(typing.Optional["VirtualServiceSpecHttpDirectResponseBody"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpecHttpDirectResponse(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_ioistionetworking.VirtualServiceSpecHttpDirectResponseBody",
    jsii_struct_bases=[],
    name_mapping={"bytes": "bytes", "string": "string"},
)
class VirtualServiceSpecHttpDirectResponseBody:
    def __init__(
        self,
        *,
        bytes: typing.Optional[builtins.str] = None,
        string: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Specifies the content of the response body.

        :param bytes: response body as base64 encoded bytes.
        :param string: 

        :schema: VirtualServiceSpecHttpDirectResponseBody
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a68aa1c6c5cb1bd95cbb18d6cf86d546ca9a475d8a9538b620e43b7eb68fed54)
            check_type(argname="argument bytes", value=bytes, expected_type=type_hints["bytes"])
            check_type(argname="argument string", value=string, expected_type=type_hints["string"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if bytes is not None:
            self._values["bytes"] = bytes
        if string is not None:
            self._values["string"] = string

    @builtins.property
    def bytes(self) -> typing.Optional[builtins.str]:
        '''response body as base64 encoded bytes.

        :schema: VirtualServiceSpecHttpDirectResponseBody#bytes
        '''
        result = self._values.get("bytes")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def string(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VirtualServiceSpecHttpDirectResponseBody#string
        '''
        result = self._values.get("string")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpecHttpDirectResponseBody(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_ioistionetworking.VirtualServiceSpecHttpFault",
    jsii_struct_bases=[],
    name_mapping={"abort": "abort", "delay": "delay"},
)
class VirtualServiceSpecHttpFault:
    def __init__(
        self,
        *,
        abort: typing.Optional[typing.Union["VirtualServiceSpecHttpFaultAbort", typing.Dict[builtins.str, typing.Any]]] = None,
        delay: typing.Optional[typing.Union["VirtualServiceSpecHttpFaultDelay", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Fault injection policy to apply on HTTP traffic at the client side.

        :param abort: Abort Http request attempts and return error codes back to downstream service, giving the impression that the upstream service is faulty.
        :param delay: Delay requests before forwarding, emulating various failures such as network issues, overloaded upstream service, etc.

        :schema: VirtualServiceSpecHttpFault
        '''
        if isinstance(abort, dict):
            abort = VirtualServiceSpecHttpFaultAbort(**abort)
        if isinstance(delay, dict):
            delay = VirtualServiceSpecHttpFaultDelay(**delay)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__4a5abee00722eeab74e9dc8ad30a4f197cf7bafa187dec04a6fa53f548954941)
            check_type(argname="argument abort", value=abort, expected_type=type_hints["abort"])
            check_type(argname="argument delay", value=delay, expected_type=type_hints["delay"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if abort is not None:
            self._values["abort"] = abort
        if delay is not None:
            self._values["delay"] = delay

    @builtins.property
    def abort(self) -> typing.Optional["VirtualServiceSpecHttpFaultAbort"]:
        '''Abort Http request attempts and return error codes back to downstream service, giving the impression that the upstream service is faulty.

        :schema: VirtualServiceSpecHttpFault#abort
        '''
        result = self._values.get("abort")
        return typing.cast(typing.Optional["VirtualServiceSpecHttpFaultAbort"], result)

    @builtins.property
    def delay(self) -> typing.Optional["VirtualServiceSpecHttpFaultDelay"]:
        '''Delay requests before forwarding, emulating various failures such as network issues, overloaded upstream service, etc.

        :schema: VirtualServiceSpecHttpFault#delay
        '''
        result = self._values.get("delay")
        return typing.cast(typing.Optional["VirtualServiceSpecHttpFaultDelay"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpecHttpFault(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_ioistionetworking.VirtualServiceSpecHttpFaultAbort",
    jsii_struct_bases=[],
    name_mapping={
        "grpc_status": "grpcStatus",
        "http2_error": "http2Error",
        "http_status": "httpStatus",
        "percentage": "percentage",
    },
)
class VirtualServiceSpecHttpFaultAbort:
    def __init__(
        self,
        *,
        grpc_status: typing.Optional[builtins.str] = None,
        http2_error: typing.Optional[builtins.str] = None,
        http_status: typing.Optional[jsii.Number] = None,
        percentage: typing.Optional[typing.Union["VirtualServiceSpecHttpFaultAbortPercentage", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Abort Http request attempts and return error codes back to downstream service, giving the impression that the upstream service is faulty.

        :param grpc_status: GRPC status code to use to abort the request.
        :param http2_error: 
        :param http_status: HTTP status code to use to abort the Http request.
        :param percentage: Percentage of requests to be aborted with the error code provided.

        :schema: VirtualServiceSpecHttpFaultAbort
        '''
        if isinstance(percentage, dict):
            percentage = VirtualServiceSpecHttpFaultAbortPercentage(**percentage)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__eadffeb9f74b33fb5ca0466ccd1d92f6747132604cd40b458cdc3944c5cacf79)
            check_type(argname="argument grpc_status", value=grpc_status, expected_type=type_hints["grpc_status"])
            check_type(argname="argument http2_error", value=http2_error, expected_type=type_hints["http2_error"])
            check_type(argname="argument http_status", value=http_status, expected_type=type_hints["http_status"])
            check_type(argname="argument percentage", value=percentage, expected_type=type_hints["percentage"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if grpc_status is not None:
            self._values["grpc_status"] = grpc_status
        if http2_error is not None:
            self._values["http2_error"] = http2_error
        if http_status is not None:
            self._values["http_status"] = http_status
        if percentage is not None:
            self._values["percentage"] = percentage

    @builtins.property
    def grpc_status(self) -> typing.Optional[builtins.str]:
        '''GRPC status code to use to abort the request.

        :schema: VirtualServiceSpecHttpFaultAbort#grpcStatus
        '''
        result = self._values.get("grpc_status")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def http2_error(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VirtualServiceSpecHttpFaultAbort#http2Error
        '''
        result = self._values.get("http2_error")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def http_status(self) -> typing.Optional[jsii.Number]:
        '''HTTP status code to use to abort the Http request.

        :schema: VirtualServiceSpecHttpFaultAbort#httpStatus
        '''
        result = self._values.get("http_status")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def percentage(
        self,
    ) -> typing.Optional["VirtualServiceSpecHttpFaultAbortPercentage"]:
        '''Percentage of requests to be aborted with the error code provided.

        :schema: VirtualServiceSpecHttpFaultAbort#percentage
        '''
        result = self._values.get("percentage")
        return typing.cast(typing.Optional["VirtualServiceSpecHttpFaultAbortPercentage"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpecHttpFaultAbort(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_ioistionetworking.VirtualServiceSpecHttpFaultAbortPercentage",
    jsii_struct_bases=[],
    name_mapping={"value": "value"},
)
class VirtualServiceSpecHttpFaultAbortPercentage:
    def __init__(self, *, value: typing.Optional[jsii.Number] = None) -> None:
        '''Percentage of requests to be aborted with the error code provided.

        :param value: 

        :schema: VirtualServiceSpecHttpFaultAbortPercentage
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__80f3534e9b75563e3f16af3c12423cae6e7e085fd7a2400ac8ded43a8020d791)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if value is not None:
            self._values["value"] = value

    @builtins.property
    def value(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: VirtualServiceSpecHttpFaultAbortPercentage#value
        '''
        result = self._values.get("value")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpecHttpFaultAbortPercentage(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_ioistionetworking.VirtualServiceSpecHttpFaultDelay",
    jsii_struct_bases=[],
    name_mapping={
        "exponential_delay": "exponentialDelay",
        "fixed_delay": "fixedDelay",
        "percent": "percent",
        "percentage": "percentage",
    },
)
class VirtualServiceSpecHttpFaultDelay:
    def __init__(
        self,
        *,
        exponential_delay: typing.Optional[builtins.str] = None,
        fixed_delay: typing.Optional[builtins.str] = None,
        percent: typing.Optional[jsii.Number] = None,
        percentage: typing.Optional[typing.Union["VirtualServiceSpecHttpFaultDelayPercentage", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Delay requests before forwarding, emulating various failures such as network issues, overloaded upstream service, etc.

        :param exponential_delay: 
        :param fixed_delay: Add a fixed delay before forwarding the request.
        :param percent: Percentage of requests on which the delay will be injected (0-100).
        :param percentage: Percentage of requests on which the delay will be injected.

        :schema: VirtualServiceSpecHttpFaultDelay
        '''
        if isinstance(percentage, dict):
            percentage = VirtualServiceSpecHttpFaultDelayPercentage(**percentage)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a5c1197347ac22a070f536d252d033365c6b1b176c9d9e5bb5ed87fad327aae0)
            check_type(argname="argument exponential_delay", value=exponential_delay, expected_type=type_hints["exponential_delay"])
            check_type(argname="argument fixed_delay", value=fixed_delay, expected_type=type_hints["fixed_delay"])
            check_type(argname="argument percent", value=percent, expected_type=type_hints["percent"])
            check_type(argname="argument percentage", value=percentage, expected_type=type_hints["percentage"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if exponential_delay is not None:
            self._values["exponential_delay"] = exponential_delay
        if fixed_delay is not None:
            self._values["fixed_delay"] = fixed_delay
        if percent is not None:
            self._values["percent"] = percent
        if percentage is not None:
            self._values["percentage"] = percentage

    @builtins.property
    def exponential_delay(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VirtualServiceSpecHttpFaultDelay#exponentialDelay
        '''
        result = self._values.get("exponential_delay")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def fixed_delay(self) -> typing.Optional[builtins.str]:
        '''Add a fixed delay before forwarding the request.

        :schema: VirtualServiceSpecHttpFaultDelay#fixedDelay
        '''
        result = self._values.get("fixed_delay")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def percent(self) -> typing.Optional[jsii.Number]:
        '''Percentage of requests on which the delay will be injected (0-100).

        :schema: VirtualServiceSpecHttpFaultDelay#percent
        '''
        result = self._values.get("percent")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def percentage(
        self,
    ) -> typing.Optional["VirtualServiceSpecHttpFaultDelayPercentage"]:
        '''Percentage of requests on which the delay will be injected.

        :schema: VirtualServiceSpecHttpFaultDelay#percentage
        '''
        result = self._values.get("percentage")
        return typing.cast(typing.Optional["VirtualServiceSpecHttpFaultDelayPercentage"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpecHttpFaultDelay(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_ioistionetworking.VirtualServiceSpecHttpFaultDelayPercentage",
    jsii_struct_bases=[],
    name_mapping={"value": "value"},
)
class VirtualServiceSpecHttpFaultDelayPercentage:
    def __init__(self, *, value: typing.Optional[jsii.Number] = None) -> None:
        '''Percentage of requests on which the delay will be injected.

        :param value: 

        :schema: VirtualServiceSpecHttpFaultDelayPercentage
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d7ea95de757d219f1c0ed46566bb443e4a1d21851039df1126b7359614629fe8)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if value is not None:
            self._values["value"] = value

    @builtins.property
    def value(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: VirtualServiceSpecHttpFaultDelayPercentage#value
        '''
        result = self._values.get("value")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpecHttpFaultDelayPercentage(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_ioistionetworking.VirtualServiceSpecHttpHeaders",
    jsii_struct_bases=[],
    name_mapping={"request": "request", "response": "response"},
)
class VirtualServiceSpecHttpHeaders:
    def __init__(
        self,
        *,
        request: typing.Optional[typing.Union["VirtualServiceSpecHttpHeadersRequest", typing.Dict[builtins.str, typing.Any]]] = None,
        response: typing.Optional[typing.Union["VirtualServiceSpecHttpHeadersResponse", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param request: 
        :param response: 

        :schema: VirtualServiceSpecHttpHeaders
        '''
        if isinstance(request, dict):
            request = VirtualServiceSpecHttpHeadersRequest(**request)
        if isinstance(response, dict):
            response = VirtualServiceSpecHttpHeadersResponse(**response)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__baf83109473d00d7cdd1542545fbf326566dde05e42d248a879670e01e9d4f31)
            check_type(argname="argument request", value=request, expected_type=type_hints["request"])
            check_type(argname="argument response", value=response, expected_type=type_hints["response"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if request is not None:
            self._values["request"] = request
        if response is not None:
            self._values["response"] = response

    @builtins.property
    def request(self) -> typing.Optional["VirtualServiceSpecHttpHeadersRequest"]:
        '''
        :schema: VirtualServiceSpecHttpHeaders#request
        '''
        result = self._values.get("request")
        return typing.cast(typing.Optional["VirtualServiceSpecHttpHeadersRequest"], result)

    @builtins.property
    def response(self) -> typing.Optional["VirtualServiceSpecHttpHeadersResponse"]:
        '''
        :schema: VirtualServiceSpecHttpHeaders#response
        '''
        result = self._values.get("response")
        return typing.cast(typing.Optional["VirtualServiceSpecHttpHeadersResponse"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpecHttpHeaders(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_ioistionetworking.VirtualServiceSpecHttpHeadersRequest",
    jsii_struct_bases=[],
    name_mapping={"add": "add", "remove": "remove", "set": "set"},
)
class VirtualServiceSpecHttpHeadersRequest:
    def __init__(
        self,
        *,
        add: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        remove: typing.Optional[typing.Sequence[builtins.str]] = None,
        set: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''
        :param add: 
        :param remove: 
        :param set: 

        :schema: VirtualServiceSpecHttpHeadersRequest
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__79e94596e463363db643f02efd78f003c0d500eb4cb22ac15f6607f76d0fe11e)
            check_type(argname="argument add", value=add, expected_type=type_hints["add"])
            check_type(argname="argument remove", value=remove, expected_type=type_hints["remove"])
            check_type(argname="argument set", value=set, expected_type=type_hints["set"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if add is not None:
            self._values["add"] = add
        if remove is not None:
            self._values["remove"] = remove
        if set is not None:
            self._values["set"] = set

    @builtins.property
    def add(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: VirtualServiceSpecHttpHeadersRequest#add
        '''
        result = self._values.get("add")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def remove(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: VirtualServiceSpecHttpHeadersRequest#remove
        '''
        result = self._values.get("remove")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def set(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: VirtualServiceSpecHttpHeadersRequest#set
        '''
        result = self._values.get("set")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpecHttpHeadersRequest(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_ioistionetworking.VirtualServiceSpecHttpHeadersResponse",
    jsii_struct_bases=[],
    name_mapping={"add": "add", "remove": "remove", "set": "set"},
)
class VirtualServiceSpecHttpHeadersResponse:
    def __init__(
        self,
        *,
        add: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        remove: typing.Optional[typing.Sequence[builtins.str]] = None,
        set: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''
        :param add: 
        :param remove: 
        :param set: 

        :schema: VirtualServiceSpecHttpHeadersResponse
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__8bbbfa91649a5f88ce5989daa435bc397828be22e640b6ef3abad195dbc24c5e)
            check_type(argname="argument add", value=add, expected_type=type_hints["add"])
            check_type(argname="argument remove", value=remove, expected_type=type_hints["remove"])
            check_type(argname="argument set", value=set, expected_type=type_hints["set"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if add is not None:
            self._values["add"] = add
        if remove is not None:
            self._values["remove"] = remove
        if set is not None:
            self._values["set"] = set

    @builtins.property
    def add(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: VirtualServiceSpecHttpHeadersResponse#add
        '''
        result = self._values.get("add")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def remove(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: VirtualServiceSpecHttpHeadersResponse#remove
        '''
        result = self._values.get("remove")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def set(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: VirtualServiceSpecHttpHeadersResponse#set
        '''
        result = self._values.get("set")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpecHttpHeadersResponse(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_ioistionetworking.VirtualServiceSpecHttpMatch",
    jsii_struct_bases=[],
    name_mapping={
        "authority": "authority",
        "gateways": "gateways",
        "headers": "headers",
        "ignore_uri_case": "ignoreUriCase",
        "method": "method",
        "name": "name",
        "port": "port",
        "query_params": "queryParams",
        "scheme": "scheme",
        "source_labels": "sourceLabels",
        "source_namespace": "sourceNamespace",
        "stat_prefix": "statPrefix",
        "uri": "uri",
        "without_headers": "withoutHeaders",
    },
)
class VirtualServiceSpecHttpMatch:
    def __init__(
        self,
        *,
        authority: typing.Optional[typing.Union["VirtualServiceSpecHttpMatchAuthority", typing.Dict[builtins.str, typing.Any]]] = None,
        gateways: typing.Optional[typing.Sequence[builtins.str]] = None,
        headers: typing.Optional[typing.Mapping[builtins.str, typing.Union["VirtualServiceSpecHttpMatchHeaders", typing.Dict[builtins.str, typing.Any]]]] = None,
        ignore_uri_case: typing.Optional[builtins.bool] = None,
        method: typing.Optional[typing.Union["VirtualServiceSpecHttpMatchMethod", typing.Dict[builtins.str, typing.Any]]] = None,
        name: typing.Optional[builtins.str] = None,
        port: typing.Optional[jsii.Number] = None,
        query_params: typing.Optional[typing.Mapping[builtins.str, typing.Union["VirtualServiceSpecHttpMatchQueryParams", typing.Dict[builtins.str, typing.Any]]]] = None,
        scheme: typing.Optional[typing.Union["VirtualServiceSpecHttpMatchScheme", typing.Dict[builtins.str, typing.Any]]] = None,
        source_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        source_namespace: typing.Optional[builtins.str] = None,
        stat_prefix: typing.Optional[builtins.str] = None,
        uri: typing.Optional[typing.Union["VirtualServiceSpecHttpMatchUri", typing.Dict[builtins.str, typing.Any]]] = None,
        without_headers: typing.Optional[typing.Mapping[builtins.str, typing.Union["VirtualServiceSpecHttpMatchWithoutHeaders", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''
        :param authority: HTTP Authority values are case-sensitive and formatted as follows: - ``exact: "value"`` for exact string match - ``prefix: "value"`` for prefix-based match - ``regex: "value"`` for `RE2 style regex-based match <https://github.com/google/re2/wiki/Syntax>`_.
        :param gateways: Names of gateways where the rule should be applied.
        :param headers: The header keys must be lowercase and use hyphen as the separator, e.g.
        :param ignore_uri_case: Flag to specify whether the URI matching should be case-insensitive.
        :param method: HTTP Method values are case-sensitive and formatted as follows: - ``exact: "value"`` for exact string match - ``prefix: "value"`` for prefix-based match - ``regex: "value"`` for `RE2 style regex-based match <https://github.com/google/re2/wiki/Syntax>`_.
        :param name: The name assigned to a match.
        :param port: Specifies the ports on the host that is being addressed.
        :param query_params: Query parameters for matching.
        :param scheme: URI Scheme values are case-sensitive and formatted as follows: - ``exact: "value"`` for exact string match - ``prefix: "value"`` for prefix-based match - ``regex: "value"`` for `RE2 style regex-based match <https://github.com/google/re2/wiki/Syntax>`_.
        :param source_labels: One or more labels that constrain the applicability of a rule to source (client) workloads with the given labels.
        :param source_namespace: Source namespace constraining the applicability of a rule to workloads in that namespace.
        :param stat_prefix: The human readable prefix to use when emitting statistics for this route.
        :param uri: URI to match values are case-sensitive and formatted as follows: - ``exact: "value"`` for exact string match - ``prefix: "value"`` for prefix-based match - ``regex: "value"`` for `RE2 style regex-based match <https://github.com/google/re2/wiki/Syntax>`_.
        :param without_headers: withoutHeader has the same syntax with the header, but has opposite meaning.

        :schema: VirtualServiceSpecHttpMatch
        '''
        if isinstance(authority, dict):
            authority = VirtualServiceSpecHttpMatchAuthority(**authority)
        if isinstance(method, dict):
            method = VirtualServiceSpecHttpMatchMethod(**method)
        if isinstance(scheme, dict):
            scheme = VirtualServiceSpecHttpMatchScheme(**scheme)
        if isinstance(uri, dict):
            uri = VirtualServiceSpecHttpMatchUri(**uri)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c41f0a6e0234357c02389a51348327124ec781bcf81485a27c4a0bc38dec9872)
            check_type(argname="argument authority", value=authority, expected_type=type_hints["authority"])
            check_type(argname="argument gateways", value=gateways, expected_type=type_hints["gateways"])
            check_type(argname="argument headers", value=headers, expected_type=type_hints["headers"])
            check_type(argname="argument ignore_uri_case", value=ignore_uri_case, expected_type=type_hints["ignore_uri_case"])
            check_type(argname="argument method", value=method, expected_type=type_hints["method"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
            check_type(argname="argument query_params", value=query_params, expected_type=type_hints["query_params"])
            check_type(argname="argument scheme", value=scheme, expected_type=type_hints["scheme"])
            check_type(argname="argument source_labels", value=source_labels, expected_type=type_hints["source_labels"])
            check_type(argname="argument source_namespace", value=source_namespace, expected_type=type_hints["source_namespace"])
            check_type(argname="argument stat_prefix", value=stat_prefix, expected_type=type_hints["stat_prefix"])
            check_type(argname="argument uri", value=uri, expected_type=type_hints["uri"])
            check_type(argname="argument without_headers", value=without_headers, expected_type=type_hints["without_headers"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if authority is not None:
            self._values["authority"] = authority
        if gateways is not None:
            self._values["gateways"] = gateways
        if headers is not None:
            self._values["headers"] = headers
        if ignore_uri_case is not None:
            self._values["ignore_uri_case"] = ignore_uri_case
        if method is not None:
            self._values["method"] = method
        if name is not None:
            self._values["name"] = name
        if port is not None:
            self._values["port"] = port
        if query_params is not None:
            self._values["query_params"] = query_params
        if scheme is not None:
            self._values["scheme"] = scheme
        if source_labels is not None:
            self._values["source_labels"] = source_labels
        if source_namespace is not None:
            self._values["source_namespace"] = source_namespace
        if stat_prefix is not None:
            self._values["stat_prefix"] = stat_prefix
        if uri is not None:
            self._values["uri"] = uri
        if without_headers is not None:
            self._values["without_headers"] = without_headers

    @builtins.property
    def authority(self) -> typing.Optional["VirtualServiceSpecHttpMatchAuthority"]:
        '''HTTP Authority values are case-sensitive and formatted as follows: - ``exact: "value"`` for exact string match - ``prefix: "value"`` for prefix-based match - ``regex: "value"`` for `RE2 style regex-based match <https://github.com/google/re2/wiki/Syntax>`_.

        :schema: VirtualServiceSpecHttpMatch#authority
        '''
        result = self._values.get("authority")
        return typing.cast(typing.Optional["VirtualServiceSpecHttpMatchAuthority"], result)

    @builtins.property
    def gateways(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Names of gateways where the rule should be applied.

        :schema: VirtualServiceSpecHttpMatch#gateways
        '''
        result = self._values.get("gateways")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def headers(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, "VirtualServiceSpecHttpMatchHeaders"]]:
        '''The header keys must be lowercase and use hyphen as the separator, e.g.

        :schema: VirtualServiceSpecHttpMatch#headers
        '''
        result = self._values.get("headers")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, "VirtualServiceSpecHttpMatchHeaders"]], result)

    @builtins.property
    def ignore_uri_case(self) -> typing.Optional[builtins.bool]:
        '''Flag to specify whether the URI matching should be case-insensitive.

        :schema: VirtualServiceSpecHttpMatch#ignoreUriCase
        '''
        result = self._values.get("ignore_uri_case")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def method(self) -> typing.Optional["VirtualServiceSpecHttpMatchMethod"]:
        '''HTTP Method values are case-sensitive and formatted as follows: - ``exact: "value"`` for exact string match - ``prefix: "value"`` for prefix-based match - ``regex: "value"`` for `RE2 style regex-based match <https://github.com/google/re2/wiki/Syntax>`_.

        :schema: VirtualServiceSpecHttpMatch#method
        '''
        result = self._values.get("method")
        return typing.cast(typing.Optional["VirtualServiceSpecHttpMatchMethod"], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''The name assigned to a match.

        :schema: VirtualServiceSpecHttpMatch#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def port(self) -> typing.Optional[jsii.Number]:
        '''Specifies the ports on the host that is being addressed.

        :schema: VirtualServiceSpecHttpMatch#port
        '''
        result = self._values.get("port")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def query_params(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, "VirtualServiceSpecHttpMatchQueryParams"]]:
        '''Query parameters for matching.

        :schema: VirtualServiceSpecHttpMatch#queryParams
        '''
        result = self._values.get("query_params")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, "VirtualServiceSpecHttpMatchQueryParams"]], result)

    @builtins.property
    def scheme(self) -> typing.Optional["VirtualServiceSpecHttpMatchScheme"]:
        '''URI Scheme values are case-sensitive and formatted as follows: - ``exact: "value"`` for exact string match - ``prefix: "value"`` for prefix-based match - ``regex: "value"`` for `RE2 style regex-based match <https://github.com/google/re2/wiki/Syntax>`_.

        :schema: VirtualServiceSpecHttpMatch#scheme
        '''
        result = self._values.get("scheme")
        return typing.cast(typing.Optional["VirtualServiceSpecHttpMatchScheme"], result)

    @builtins.property
    def source_labels(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''One or more labels that constrain the applicability of a rule to source (client) workloads with the given labels.

        :schema: VirtualServiceSpecHttpMatch#sourceLabels
        '''
        result = self._values.get("source_labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def source_namespace(self) -> typing.Optional[builtins.str]:
        '''Source namespace constraining the applicability of a rule to workloads in that namespace.

        :schema: VirtualServiceSpecHttpMatch#sourceNamespace
        '''
        result = self._values.get("source_namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def stat_prefix(self) -> typing.Optional[builtins.str]:
        '''The human readable prefix to use when emitting statistics for this route.

        :schema: VirtualServiceSpecHttpMatch#statPrefix
        '''
        result = self._values.get("stat_prefix")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def uri(self) -> typing.Optional["VirtualServiceSpecHttpMatchUri"]:
        '''URI to match values are case-sensitive and formatted as follows: - ``exact: "value"`` for exact string match - ``prefix: "value"`` for prefix-based match - ``regex: "value"`` for `RE2 style regex-based match <https://github.com/google/re2/wiki/Syntax>`_.

        :schema: VirtualServiceSpecHttpMatch#uri
        '''
        result = self._values.get("uri")
        return typing.cast(typing.Optional["VirtualServiceSpecHttpMatchUri"], result)

    @builtins.property
    def without_headers(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, "VirtualServiceSpecHttpMatchWithoutHeaders"]]:
        '''withoutHeader has the same syntax with the header, but has opposite meaning.

        :schema: VirtualServiceSpecHttpMatch#withoutHeaders
        '''
        result = self._values.get("without_headers")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, "VirtualServiceSpecHttpMatchWithoutHeaders"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpecHttpMatch(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_ioistionetworking.VirtualServiceSpecHttpMatchAuthority",
    jsii_struct_bases=[],
    name_mapping={"exact": "exact", "prefix": "prefix", "regex": "regex"},
)
class VirtualServiceSpecHttpMatchAuthority:
    def __init__(
        self,
        *,
        exact: typing.Optional[builtins.str] = None,
        prefix: typing.Optional[builtins.str] = None,
        regex: typing.Optional[builtins.str] = None,
    ) -> None:
        '''HTTP Authority values are case-sensitive and formatted as follows: - ``exact: "value"`` for exact string match - ``prefix: "value"`` for prefix-based match - ``regex: "value"`` for `RE2 style regex-based match <https://github.com/google/re2/wiki/Syntax>`_.

        :param exact: 
        :param prefix: 
        :param regex: `RE2 style regex-based match <https://github.com/google/re2/wiki/Syntax>`_.

        :schema: VirtualServiceSpecHttpMatchAuthority
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__4232223a425d68f53f8ce23dcdb248d73d5e0027d88beea7b75572e21b81387f)
            check_type(argname="argument exact", value=exact, expected_type=type_hints["exact"])
            check_type(argname="argument prefix", value=prefix, expected_type=type_hints["prefix"])
            check_type(argname="argument regex", value=regex, expected_type=type_hints["regex"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if exact is not None:
            self._values["exact"] = exact
        if prefix is not None:
            self._values["prefix"] = prefix
        if regex is not None:
            self._values["regex"] = regex

    @builtins.property
    def exact(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VirtualServiceSpecHttpMatchAuthority#exact
        '''
        result = self._values.get("exact")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def prefix(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VirtualServiceSpecHttpMatchAuthority#prefix
        '''
        result = self._values.get("prefix")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def regex(self) -> typing.Optional[builtins.str]:
        '''`RE2 style regex-based match <https://github.com/google/re2/wiki/Syntax>`_.

        :schema: VirtualServiceSpecHttpMatchAuthority#regex
        '''
        result = self._values.get("regex")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpecHttpMatchAuthority(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_ioistionetworking.VirtualServiceSpecHttpMatchHeaders",
    jsii_struct_bases=[],
    name_mapping={"exact": "exact", "prefix": "prefix", "regex": "regex"},
)
class VirtualServiceSpecHttpMatchHeaders:
    def __init__(
        self,
        *,
        exact: typing.Optional[builtins.str] = None,
        prefix: typing.Optional[builtins.str] = None,
        regex: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param exact: 
        :param prefix: 
        :param regex: `RE2 style regex-based match <https://github.com/google/re2/wiki/Syntax>`_.

        :schema: VirtualServiceSpecHttpMatchHeaders
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__6d8802a49dac22dea892203412c1da5e1390c5a8607684d2d659d5741bc9981e)
            check_type(argname="argument exact", value=exact, expected_type=type_hints["exact"])
            check_type(argname="argument prefix", value=prefix, expected_type=type_hints["prefix"])
            check_type(argname="argument regex", value=regex, expected_type=type_hints["regex"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if exact is not None:
            self._values["exact"] = exact
        if prefix is not None:
            self._values["prefix"] = prefix
        if regex is not None:
            self._values["regex"] = regex

    @builtins.property
    def exact(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VirtualServiceSpecHttpMatchHeaders#exact
        '''
        result = self._values.get("exact")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def prefix(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VirtualServiceSpecHttpMatchHeaders#prefix
        '''
        result = self._values.get("prefix")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def regex(self) -> typing.Optional[builtins.str]:
        '''`RE2 style regex-based match <https://github.com/google/re2/wiki/Syntax>`_.

        :schema: VirtualServiceSpecHttpMatchHeaders#regex
        '''
        result = self._values.get("regex")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpecHttpMatchHeaders(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_ioistionetworking.VirtualServiceSpecHttpMatchMethod",
    jsii_struct_bases=[],
    name_mapping={"exact": "exact", "prefix": "prefix", "regex": "regex"},
)
class VirtualServiceSpecHttpMatchMethod:
    def __init__(
        self,
        *,
        exact: typing.Optional[builtins.str] = None,
        prefix: typing.Optional[builtins.str] = None,
        regex: typing.Optional[builtins.str] = None,
    ) -> None:
        '''HTTP Method values are case-sensitive and formatted as follows: - ``exact: "value"`` for exact string match - ``prefix: "value"`` for prefix-based match - ``regex: "value"`` for `RE2 style regex-based match <https://github.com/google/re2/wiki/Syntax>`_.

        :param exact: 
        :param prefix: 
        :param regex: `RE2 style regex-based match <https://github.com/google/re2/wiki/Syntax>`_.

        :schema: VirtualServiceSpecHttpMatchMethod
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__7962ccdb80df01652f4b982459d367b078d8c1c28aaa69c5250cfda35c289cf0)
            check_type(argname="argument exact", value=exact, expected_type=type_hints["exact"])
            check_type(argname="argument prefix", value=prefix, expected_type=type_hints["prefix"])
            check_type(argname="argument regex", value=regex, expected_type=type_hints["regex"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if exact is not None:
            self._values["exact"] = exact
        if prefix is not None:
            self._values["prefix"] = prefix
        if regex is not None:
            self._values["regex"] = regex

    @builtins.property
    def exact(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VirtualServiceSpecHttpMatchMethod#exact
        '''
        result = self._values.get("exact")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def prefix(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VirtualServiceSpecHttpMatchMethod#prefix
        '''
        result = self._values.get("prefix")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def regex(self) -> typing.Optional[builtins.str]:
        '''`RE2 style regex-based match <https://github.com/google/re2/wiki/Syntax>`_.

        :schema: VirtualServiceSpecHttpMatchMethod#regex
        '''
        result = self._values.get("regex")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpecHttpMatchMethod(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_ioistionetworking.VirtualServiceSpecHttpMatchQueryParams",
    jsii_struct_bases=[],
    name_mapping={"exact": "exact", "prefix": "prefix", "regex": "regex"},
)
class VirtualServiceSpecHttpMatchQueryParams:
    def __init__(
        self,
        *,
        exact: typing.Optional[builtins.str] = None,
        prefix: typing.Optional[builtins.str] = None,
        regex: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param exact: 
        :param prefix: 
        :param regex: `RE2 style regex-based match <https://github.com/google/re2/wiki/Syntax>`_.

        :schema: VirtualServiceSpecHttpMatchQueryParams
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__f3ca4c3d132aba8d48f6da9fbe0c644fa860d87ae4f4d1d1442879b762914a3e)
            check_type(argname="argument exact", value=exact, expected_type=type_hints["exact"])
            check_type(argname="argument prefix", value=prefix, expected_type=type_hints["prefix"])
            check_type(argname="argument regex", value=regex, expected_type=type_hints["regex"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if exact is not None:
            self._values["exact"] = exact
        if prefix is not None:
            self._values["prefix"] = prefix
        if regex is not None:
            self._values["regex"] = regex

    @builtins.property
    def exact(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VirtualServiceSpecHttpMatchQueryParams#exact
        '''
        result = self._values.get("exact")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def prefix(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VirtualServiceSpecHttpMatchQueryParams#prefix
        '''
        result = self._values.get("prefix")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def regex(self) -> typing.Optional[builtins.str]:
        '''`RE2 style regex-based match <https://github.com/google/re2/wiki/Syntax>`_.

        :schema: VirtualServiceSpecHttpMatchQueryParams#regex
        '''
        result = self._values.get("regex")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpecHttpMatchQueryParams(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_ioistionetworking.VirtualServiceSpecHttpMatchScheme",
    jsii_struct_bases=[],
    name_mapping={"exact": "exact", "prefix": "prefix", "regex": "regex"},
)
class VirtualServiceSpecHttpMatchScheme:
    def __init__(
        self,
        *,
        exact: typing.Optional[builtins.str] = None,
        prefix: typing.Optional[builtins.str] = None,
        regex: typing.Optional[builtins.str] = None,
    ) -> None:
        '''URI Scheme values are case-sensitive and formatted as follows: - ``exact: "value"`` for exact string match - ``prefix: "value"`` for prefix-based match - ``regex: "value"`` for `RE2 style regex-based match <https://github.com/google/re2/wiki/Syntax>`_.

        :param exact: 
        :param prefix: 
        :param regex: `RE2 style regex-based match <https://github.com/google/re2/wiki/Syntax>`_.

        :schema: VirtualServiceSpecHttpMatchScheme
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__aed606d47975d5fd117c2ad4f9663b2e338d92b4c90f29f142e7aad9bf758981)
            check_type(argname="argument exact", value=exact, expected_type=type_hints["exact"])
            check_type(argname="argument prefix", value=prefix, expected_type=type_hints["prefix"])
            check_type(argname="argument regex", value=regex, expected_type=type_hints["regex"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if exact is not None:
            self._values["exact"] = exact
        if prefix is not None:
            self._values["prefix"] = prefix
        if regex is not None:
            self._values["regex"] = regex

    @builtins.property
    def exact(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VirtualServiceSpecHttpMatchScheme#exact
        '''
        result = self._values.get("exact")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def prefix(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VirtualServiceSpecHttpMatchScheme#prefix
        '''
        result = self._values.get("prefix")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def regex(self) -> typing.Optional[builtins.str]:
        '''`RE2 style regex-based match <https://github.com/google/re2/wiki/Syntax>`_.

        :schema: VirtualServiceSpecHttpMatchScheme#regex
        '''
        result = self._values.get("regex")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpecHttpMatchScheme(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_ioistionetworking.VirtualServiceSpecHttpMatchUri",
    jsii_struct_bases=[],
    name_mapping={"exact": "exact", "prefix": "prefix", "regex": "regex"},
)
class VirtualServiceSpecHttpMatchUri:
    def __init__(
        self,
        *,
        exact: typing.Optional[builtins.str] = None,
        prefix: typing.Optional[builtins.str] = None,
        regex: typing.Optional[builtins.str] = None,
    ) -> None:
        '''URI to match values are case-sensitive and formatted as follows: - ``exact: "value"`` for exact string match - ``prefix: "value"`` for prefix-based match - ``regex: "value"`` for `RE2 style regex-based match <https://github.com/google/re2/wiki/Syntax>`_.

        :param exact: 
        :param prefix: 
        :param regex: `RE2 style regex-based match <https://github.com/google/re2/wiki/Syntax>`_.

        :schema: VirtualServiceSpecHttpMatchUri
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__da07916296cdea84ae053f2ebd6e21cff5242dc46faf432c2c3e06f8f0754e95)
            check_type(argname="argument exact", value=exact, expected_type=type_hints["exact"])
            check_type(argname="argument prefix", value=prefix, expected_type=type_hints["prefix"])
            check_type(argname="argument regex", value=regex, expected_type=type_hints["regex"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if exact is not None:
            self._values["exact"] = exact
        if prefix is not None:
            self._values["prefix"] = prefix
        if regex is not None:
            self._values["regex"] = regex

    @builtins.property
    def exact(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VirtualServiceSpecHttpMatchUri#exact
        '''
        result = self._values.get("exact")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def prefix(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VirtualServiceSpecHttpMatchUri#prefix
        '''
        result = self._values.get("prefix")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def regex(self) -> typing.Optional[builtins.str]:
        '''`RE2 style regex-based match <https://github.com/google/re2/wiki/Syntax>`_.

        :schema: VirtualServiceSpecHttpMatchUri#regex
        '''
        result = self._values.get("regex")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpecHttpMatchUri(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_ioistionetworking.VirtualServiceSpecHttpMatchWithoutHeaders",
    jsii_struct_bases=[],
    name_mapping={"exact": "exact", "prefix": "prefix", "regex": "regex"},
)
class VirtualServiceSpecHttpMatchWithoutHeaders:
    def __init__(
        self,
        *,
        exact: typing.Optional[builtins.str] = None,
        prefix: typing.Optional[builtins.str] = None,
        regex: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param exact: 
        :param prefix: 
        :param regex: `RE2 style regex-based match <https://github.com/google/re2/wiki/Syntax>`_.

        :schema: VirtualServiceSpecHttpMatchWithoutHeaders
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ee8883e39d095f32869cefc87af038f7c496815110c444ba490c3daa568db046)
            check_type(argname="argument exact", value=exact, expected_type=type_hints["exact"])
            check_type(argname="argument prefix", value=prefix, expected_type=type_hints["prefix"])
            check_type(argname="argument regex", value=regex, expected_type=type_hints["regex"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if exact is not None:
            self._values["exact"] = exact
        if prefix is not None:
            self._values["prefix"] = prefix
        if regex is not None:
            self._values["regex"] = regex

    @builtins.property
    def exact(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VirtualServiceSpecHttpMatchWithoutHeaders#exact
        '''
        result = self._values.get("exact")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def prefix(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VirtualServiceSpecHttpMatchWithoutHeaders#prefix
        '''
        result = self._values.get("prefix")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def regex(self) -> typing.Optional[builtins.str]:
        '''`RE2 style regex-based match <https://github.com/google/re2/wiki/Syntax>`_.

        :schema: VirtualServiceSpecHttpMatchWithoutHeaders#regex
        '''
        result = self._values.get("regex")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpecHttpMatchWithoutHeaders(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_ioistionetworking.VirtualServiceSpecHttpMirror",
    jsii_struct_bases=[],
    name_mapping={"host": "host", "port": "port", "subset": "subset"},
)
class VirtualServiceSpecHttpMirror:
    def __init__(
        self,
        *,
        host: builtins.str,
        port: typing.Optional[typing.Union["VirtualServiceSpecHttpMirrorPort", typing.Dict[builtins.str, typing.Any]]] = None,
        subset: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Mirror HTTP traffic to a another destination in addition to forwarding the requests to the intended destination.

        :param host: The name of a service from the service registry.
        :param port: Specifies the port on the host that is being addressed.
        :param subset: The name of a subset within the service.

        :schema: VirtualServiceSpecHttpMirror
        '''
        if isinstance(port, dict):
            port = VirtualServiceSpecHttpMirrorPort(**port)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__3d5f87daf07ce35143a912a6baf68ea6f30568b607eddf7d662c70c56ce516e6)
            check_type(argname="argument host", value=host, expected_type=type_hints["host"])
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
            check_type(argname="argument subset", value=subset, expected_type=type_hints["subset"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "host": host,
        }
        if port is not None:
            self._values["port"] = port
        if subset is not None:
            self._values["subset"] = subset

    @builtins.property
    def host(self) -> builtins.str:
        '''The name of a service from the service registry.

        :schema: VirtualServiceSpecHttpMirror#host
        '''
        result = self._values.get("host")
        assert result is not None, "Required property 'host' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def port(self) -> typing.Optional["VirtualServiceSpecHttpMirrorPort"]:
        '''Specifies the port on the host that is being addressed.

        :schema: VirtualServiceSpecHttpMirror#port
        '''
        result = self._values.get("port")
        return typing.cast(typing.Optional["VirtualServiceSpecHttpMirrorPort"], result)

    @builtins.property
    def subset(self) -> typing.Optional[builtins.str]:
        '''The name of a subset within the service.

        :schema: VirtualServiceSpecHttpMirror#subset
        '''
        result = self._values.get("subset")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpecHttpMirror(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_ioistionetworking.VirtualServiceSpecHttpMirrorPercentage",
    jsii_struct_bases=[],
    name_mapping={"value": "value"},
)
class VirtualServiceSpecHttpMirrorPercentage:
    def __init__(self, *, value: typing.Optional[jsii.Number] = None) -> None:
        '''Percentage of the traffic to be mirrored by the ``mirror`` field.

        :param value: 

        :schema: VirtualServiceSpecHttpMirrorPercentage
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__f002e777a43cc7d9571b0afa8cadb5a1d0f5215fe308d503b823ba4ce9ef2b91)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if value is not None:
            self._values["value"] = value

    @builtins.property
    def value(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: VirtualServiceSpecHttpMirrorPercentage#value
        '''
        result = self._values.get("value")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpecHttpMirrorPercentage(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_ioistionetworking.VirtualServiceSpecHttpMirrorPort",
    jsii_struct_bases=[],
    name_mapping={"number": "number"},
)
class VirtualServiceSpecHttpMirrorPort:
    def __init__(self, *, number: typing.Optional[jsii.Number] = None) -> None:
        '''Specifies the port on the host that is being addressed.

        :param number: 

        :schema: VirtualServiceSpecHttpMirrorPort
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__4c44e6d095bbd1bb7b4b7f13fd1da754e893587206766ff0c0087d13f12a6a5e)
            check_type(argname="argument number", value=number, expected_type=type_hints["number"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if number is not None:
            self._values["number"] = number

    @builtins.property
    def number(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: VirtualServiceSpecHttpMirrorPort#number
        '''
        result = self._values.get("number")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpecHttpMirrorPort(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_ioistionetworking.VirtualServiceSpecHttpMirrors",
    jsii_struct_bases=[],
    name_mapping={"destination": "destination", "percentage": "percentage"},
)
class VirtualServiceSpecHttpMirrors:
    def __init__(
        self,
        *,
        destination: typing.Union["VirtualServiceSpecHttpMirrorsDestination", typing.Dict[builtins.str, typing.Any]],
        percentage: typing.Optional[typing.Union["VirtualServiceSpecHttpMirrorsPercentage", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param destination: Destination specifies the target of the mirror operation.
        :param percentage: Percentage of the traffic to be mirrored by the ``destination`` field.

        :schema: VirtualServiceSpecHttpMirrors
        '''
        if isinstance(destination, dict):
            destination = VirtualServiceSpecHttpMirrorsDestination(**destination)
        if isinstance(percentage, dict):
            percentage = VirtualServiceSpecHttpMirrorsPercentage(**percentage)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__86eb2a3df43a6657ae46a905508cc207a0d152cbce53b031c766c0a4adbb4370)
            check_type(argname="argument destination", value=destination, expected_type=type_hints["destination"])
            check_type(argname="argument percentage", value=percentage, expected_type=type_hints["percentage"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "destination": destination,
        }
        if percentage is not None:
            self._values["percentage"] = percentage

    @builtins.property
    def destination(self) -> "VirtualServiceSpecHttpMirrorsDestination":
        '''Destination specifies the target of the mirror operation.

        :schema: VirtualServiceSpecHttpMirrors#destination
        '''
        result = self._values.get("destination")
        assert result is not None, "Required property 'destination' is missing"
        return typing.cast("VirtualServiceSpecHttpMirrorsDestination", result)

    @builtins.property
    def percentage(self) -> typing.Optional["VirtualServiceSpecHttpMirrorsPercentage"]:
        '''Percentage of the traffic to be mirrored by the ``destination`` field.

        :schema: VirtualServiceSpecHttpMirrors#percentage
        '''
        result = self._values.get("percentage")
        return typing.cast(typing.Optional["VirtualServiceSpecHttpMirrorsPercentage"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpecHttpMirrors(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_ioistionetworking.VirtualServiceSpecHttpMirrorsDestination",
    jsii_struct_bases=[],
    name_mapping={"host": "host", "port": "port", "subset": "subset"},
)
class VirtualServiceSpecHttpMirrorsDestination:
    def __init__(
        self,
        *,
        host: builtins.str,
        port: typing.Optional[typing.Union["VirtualServiceSpecHttpMirrorsDestinationPort", typing.Dict[builtins.str, typing.Any]]] = None,
        subset: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Destination specifies the target of the mirror operation.

        :param host: The name of a service from the service registry.
        :param port: Specifies the port on the host that is being addressed.
        :param subset: The name of a subset within the service.

        :schema: VirtualServiceSpecHttpMirrorsDestination
        '''
        if isinstance(port, dict):
            port = VirtualServiceSpecHttpMirrorsDestinationPort(**port)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__da8337f7c0c52ee945b0a22792b64dc63aedcce4c10fd2620d5b47329b9d0aeb)
            check_type(argname="argument host", value=host, expected_type=type_hints["host"])
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
            check_type(argname="argument subset", value=subset, expected_type=type_hints["subset"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "host": host,
        }
        if port is not None:
            self._values["port"] = port
        if subset is not None:
            self._values["subset"] = subset

    @builtins.property
    def host(self) -> builtins.str:
        '''The name of a service from the service registry.

        :schema: VirtualServiceSpecHttpMirrorsDestination#host
        '''
        result = self._values.get("host")
        assert result is not None, "Required property 'host' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def port(self) -> typing.Optional["VirtualServiceSpecHttpMirrorsDestinationPort"]:
        '''Specifies the port on the host that is being addressed.

        :schema: VirtualServiceSpecHttpMirrorsDestination#port
        '''
        result = self._values.get("port")
        return typing.cast(typing.Optional["VirtualServiceSpecHttpMirrorsDestinationPort"], result)

    @builtins.property
    def subset(self) -> typing.Optional[builtins.str]:
        '''The name of a subset within the service.

        :schema: VirtualServiceSpecHttpMirrorsDestination#subset
        '''
        result = self._values.get("subset")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpecHttpMirrorsDestination(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_ioistionetworking.VirtualServiceSpecHttpMirrorsDestinationPort",
    jsii_struct_bases=[],
    name_mapping={"number": "number"},
)
class VirtualServiceSpecHttpMirrorsDestinationPort:
    def __init__(self, *, number: typing.Optional[jsii.Number] = None) -> None:
        '''Specifies the port on the host that is being addressed.

        :param number: 

        :schema: VirtualServiceSpecHttpMirrorsDestinationPort
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__6b9ba3a6bb4cee1fa40b5710a08cecccc2641c484db9d0b5faa0375ba0fd55d1)
            check_type(argname="argument number", value=number, expected_type=type_hints["number"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if number is not None:
            self._values["number"] = number

    @builtins.property
    def number(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: VirtualServiceSpecHttpMirrorsDestinationPort#number
        '''
        result = self._values.get("number")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpecHttpMirrorsDestinationPort(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_ioistionetworking.VirtualServiceSpecHttpMirrorsPercentage",
    jsii_struct_bases=[],
    name_mapping={"value": "value"},
)
class VirtualServiceSpecHttpMirrorsPercentage:
    def __init__(self, *, value: typing.Optional[jsii.Number] = None) -> None:
        '''Percentage of the traffic to be mirrored by the ``destination`` field.

        :param value: 

        :schema: VirtualServiceSpecHttpMirrorsPercentage
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__aa7eb44750b26da20b0084b4244636d9fdfbc8e43252c74ef98fab59f371d376)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if value is not None:
            self._values["value"] = value

    @builtins.property
    def value(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: VirtualServiceSpecHttpMirrorsPercentage#value
        '''
        result = self._values.get("value")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpecHttpMirrorsPercentage(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_ioistionetworking.VirtualServiceSpecHttpRedirect",
    jsii_struct_bases=[],
    name_mapping={
        "authority": "authority",
        "derive_port": "derivePort",
        "port": "port",
        "redirect_code": "redirectCode",
        "scheme": "scheme",
        "uri": "uri",
    },
)
class VirtualServiceSpecHttpRedirect:
    def __init__(
        self,
        *,
        authority: typing.Optional[builtins.str] = None,
        derive_port: typing.Optional["VirtualServiceSpecHttpRedirectDerivePort"] = None,
        port: typing.Optional[jsii.Number] = None,
        redirect_code: typing.Optional[jsii.Number] = None,
        scheme: typing.Optional[builtins.str] = None,
        uri: typing.Optional[builtins.str] = None,
    ) -> None:
        '''A HTTP rule can either return a direct_response, redirect or forward (default) traffic.

        :param authority: On a redirect, overwrite the Authority/Host portion of the URL with this value.
        :param derive_port: On a redirect, dynamically set the port: * FROM_PROTOCOL_DEFAULT: automatically set to 80 for HTTP and 443 for HTTPS. Valid Options: FROM_PROTOCOL_DEFAULT, FROM_REQUEST_PORT
        :param port: On a redirect, overwrite the port portion of the URL with this value.
        :param redirect_code: On a redirect, Specifies the HTTP status code to use in the redirect response.
        :param scheme: On a redirect, overwrite the scheme portion of the URL with this value.
        :param uri: On a redirect, overwrite the Path portion of the URL with this value.

        :schema: VirtualServiceSpecHttpRedirect
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a526776ef4640e107bc2141a3a87d29fefc9543893bcb4d44f7b143b6a6851a7)
            check_type(argname="argument authority", value=authority, expected_type=type_hints["authority"])
            check_type(argname="argument derive_port", value=derive_port, expected_type=type_hints["derive_port"])
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
            check_type(argname="argument redirect_code", value=redirect_code, expected_type=type_hints["redirect_code"])
            check_type(argname="argument scheme", value=scheme, expected_type=type_hints["scheme"])
            check_type(argname="argument uri", value=uri, expected_type=type_hints["uri"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if authority is not None:
            self._values["authority"] = authority
        if derive_port is not None:
            self._values["derive_port"] = derive_port
        if port is not None:
            self._values["port"] = port
        if redirect_code is not None:
            self._values["redirect_code"] = redirect_code
        if scheme is not None:
            self._values["scheme"] = scheme
        if uri is not None:
            self._values["uri"] = uri

    @builtins.property
    def authority(self) -> typing.Optional[builtins.str]:
        '''On a redirect, overwrite the Authority/Host portion of the URL with this value.

        :schema: VirtualServiceSpecHttpRedirect#authority
        '''
        result = self._values.get("authority")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def derive_port(
        self,
    ) -> typing.Optional["VirtualServiceSpecHttpRedirectDerivePort"]:
        '''On a redirect, dynamically set the port: * FROM_PROTOCOL_DEFAULT: automatically set to 80 for HTTP and 443 for HTTPS.

        Valid Options: FROM_PROTOCOL_DEFAULT, FROM_REQUEST_PORT

        :schema: VirtualServiceSpecHttpRedirect#derivePort
        '''
        result = self._values.get("derive_port")
        return typing.cast(typing.Optional["VirtualServiceSpecHttpRedirectDerivePort"], result)

    @builtins.property
    def port(self) -> typing.Optional[jsii.Number]:
        '''On a redirect, overwrite the port portion of the URL with this value.

        :schema: VirtualServiceSpecHttpRedirect#port
        '''
        result = self._values.get("port")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def redirect_code(self) -> typing.Optional[jsii.Number]:
        '''On a redirect, Specifies the HTTP status code to use in the redirect response.

        :schema: VirtualServiceSpecHttpRedirect#redirectCode
        '''
        result = self._values.get("redirect_code")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def scheme(self) -> typing.Optional[builtins.str]:
        '''On a redirect, overwrite the scheme portion of the URL with this value.

        :schema: VirtualServiceSpecHttpRedirect#scheme
        '''
        result = self._values.get("scheme")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def uri(self) -> typing.Optional[builtins.str]:
        '''On a redirect, overwrite the Path portion of the URL with this value.

        :schema: VirtualServiceSpecHttpRedirect#uri
        '''
        result = self._values.get("uri")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpecHttpRedirect(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="istio_ioistionetworking.VirtualServiceSpecHttpRedirectDerivePort"
)
class VirtualServiceSpecHttpRedirectDerivePort(enum.Enum):
    '''On a redirect, dynamically set the port: * FROM_PROTOCOL_DEFAULT: automatically set to 80 for HTTP and 443 for HTTPS.

    Valid Options: FROM_PROTOCOL_DEFAULT, FROM_REQUEST_PORT

    :schema: VirtualServiceSpecHttpRedirectDerivePort
    '''

    FROM_UNDERSCORE_PROTOCOL_UNDERSCORE_DEFAULT = "FROM_UNDERSCORE_PROTOCOL_UNDERSCORE_DEFAULT"
    '''FROM_PROTOCOL_DEFAULT.'''
    FROM_UNDERSCORE_REQUEST_UNDERSCORE_PORT = "FROM_UNDERSCORE_REQUEST_UNDERSCORE_PORT"
    '''FROM_REQUEST_PORT.'''


@jsii.data_type(
    jsii_type="istio_ioistionetworking.VirtualServiceSpecHttpRetries",
    jsii_struct_bases=[],
    name_mapping={
        "attempts": "attempts",
        "backoff": "backoff",
        "per_try_timeout": "perTryTimeout",
        "retry_ignore_previous_hosts": "retryIgnorePreviousHosts",
        "retry_on": "retryOn",
        "retry_remote_localities": "retryRemoteLocalities",
    },
)
class VirtualServiceSpecHttpRetries:
    def __init__(
        self,
        *,
        attempts: typing.Optional[jsii.Number] = None,
        backoff: typing.Optional[builtins.str] = None,
        per_try_timeout: typing.Optional[builtins.str] = None,
        retry_ignore_previous_hosts: typing.Optional[builtins.bool] = None,
        retry_on: typing.Optional[builtins.str] = None,
        retry_remote_localities: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''Retry policy for HTTP requests.

        :param attempts: Number of retries to be allowed for a given request.
        :param backoff: Specifies the minimum duration between retry attempts.
        :param per_try_timeout: Timeout per attempt for a given request, including the initial call and any retries.
        :param retry_ignore_previous_hosts: Flag to specify whether the retries should ignore previously tried hosts during retry.
        :param retry_on: Specifies the conditions under which retry takes place.
        :param retry_remote_localities: Flag to specify whether the retries should retry to other localities.

        :schema: VirtualServiceSpecHttpRetries
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__3703d76e674937a1a06734d1f1ca55ca67dab8ee22f9206a75a58662ff053c9b)
            check_type(argname="argument attempts", value=attempts, expected_type=type_hints["attempts"])
            check_type(argname="argument backoff", value=backoff, expected_type=type_hints["backoff"])
            check_type(argname="argument per_try_timeout", value=per_try_timeout, expected_type=type_hints["per_try_timeout"])
            check_type(argname="argument retry_ignore_previous_hosts", value=retry_ignore_previous_hosts, expected_type=type_hints["retry_ignore_previous_hosts"])
            check_type(argname="argument retry_on", value=retry_on, expected_type=type_hints["retry_on"])
            check_type(argname="argument retry_remote_localities", value=retry_remote_localities, expected_type=type_hints["retry_remote_localities"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if attempts is not None:
            self._values["attempts"] = attempts
        if backoff is not None:
            self._values["backoff"] = backoff
        if per_try_timeout is not None:
            self._values["per_try_timeout"] = per_try_timeout
        if retry_ignore_previous_hosts is not None:
            self._values["retry_ignore_previous_hosts"] = retry_ignore_previous_hosts
        if retry_on is not None:
            self._values["retry_on"] = retry_on
        if retry_remote_localities is not None:
            self._values["retry_remote_localities"] = retry_remote_localities

    @builtins.property
    def attempts(self) -> typing.Optional[jsii.Number]:
        '''Number of retries to be allowed for a given request.

        :schema: VirtualServiceSpecHttpRetries#attempts
        '''
        result = self._values.get("attempts")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def backoff(self) -> typing.Optional[builtins.str]:
        '''Specifies the minimum duration between retry attempts.

        :schema: VirtualServiceSpecHttpRetries#backoff
        '''
        result = self._values.get("backoff")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def per_try_timeout(self) -> typing.Optional[builtins.str]:
        '''Timeout per attempt for a given request, including the initial call and any retries.

        :schema: VirtualServiceSpecHttpRetries#perTryTimeout
        '''
        result = self._values.get("per_try_timeout")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def retry_ignore_previous_hosts(self) -> typing.Optional[builtins.bool]:
        '''Flag to specify whether the retries should ignore previously tried hosts during retry.

        :schema: VirtualServiceSpecHttpRetries#retryIgnorePreviousHosts
        '''
        result = self._values.get("retry_ignore_previous_hosts")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def retry_on(self) -> typing.Optional[builtins.str]:
        '''Specifies the conditions under which retry takes place.

        :schema: VirtualServiceSpecHttpRetries#retryOn
        '''
        result = self._values.get("retry_on")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def retry_remote_localities(self) -> typing.Optional[builtins.bool]:
        '''Flag to specify whether the retries should retry to other localities.

        :schema: VirtualServiceSpecHttpRetries#retryRemoteLocalities
        '''
        result = self._values.get("retry_remote_localities")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpecHttpRetries(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_ioistionetworking.VirtualServiceSpecHttpRewrite",
    jsii_struct_bases=[],
    name_mapping={
        "authority": "authority",
        "uri": "uri",
        "uri_regex_rewrite": "uriRegexRewrite",
    },
)
class VirtualServiceSpecHttpRewrite:
    def __init__(
        self,
        *,
        authority: typing.Optional[builtins.str] = None,
        uri: typing.Optional[builtins.str] = None,
        uri_regex_rewrite: typing.Optional[typing.Union["VirtualServiceSpecHttpRewriteUriRegexRewrite", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Rewrite HTTP URIs and Authority headers.

        :param authority: rewrite the Authority/Host header with this value.
        :param uri: rewrite the path (or the prefix) portion of the URI with this value.
        :param uri_regex_rewrite: rewrite the path portion of the URI with the specified regex.

        :schema: VirtualServiceSpecHttpRewrite
        '''
        if isinstance(uri_regex_rewrite, dict):
            uri_regex_rewrite = VirtualServiceSpecHttpRewriteUriRegexRewrite(**uri_regex_rewrite)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__caea879d09234feb9e7c423317d6561c364b65497d79dbcd723b4ea7091773bf)
            check_type(argname="argument authority", value=authority, expected_type=type_hints["authority"])
            check_type(argname="argument uri", value=uri, expected_type=type_hints["uri"])
            check_type(argname="argument uri_regex_rewrite", value=uri_regex_rewrite, expected_type=type_hints["uri_regex_rewrite"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if authority is not None:
            self._values["authority"] = authority
        if uri is not None:
            self._values["uri"] = uri
        if uri_regex_rewrite is not None:
            self._values["uri_regex_rewrite"] = uri_regex_rewrite

    @builtins.property
    def authority(self) -> typing.Optional[builtins.str]:
        '''rewrite the Authority/Host header with this value.

        :schema: VirtualServiceSpecHttpRewrite#authority
        '''
        result = self._values.get("authority")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def uri(self) -> typing.Optional[builtins.str]:
        '''rewrite the path (or the prefix) portion of the URI with this value.

        :schema: VirtualServiceSpecHttpRewrite#uri
        '''
        result = self._values.get("uri")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def uri_regex_rewrite(
        self,
    ) -> typing.Optional["VirtualServiceSpecHttpRewriteUriRegexRewrite"]:
        '''rewrite the path portion of the URI with the specified regex.

        :schema: VirtualServiceSpecHttpRewrite#uriRegexRewrite
        '''
        result = self._values.get("uri_regex_rewrite")
        return typing.cast(typing.Optional["VirtualServiceSpecHttpRewriteUriRegexRewrite"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpecHttpRewrite(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_ioistionetworking.VirtualServiceSpecHttpRewriteUriRegexRewrite",
    jsii_struct_bases=[],
    name_mapping={"match": "match", "rewrite": "rewrite"},
)
class VirtualServiceSpecHttpRewriteUriRegexRewrite:
    def __init__(
        self,
        *,
        match: typing.Optional[builtins.str] = None,
        rewrite: typing.Optional[builtins.str] = None,
    ) -> None:
        '''rewrite the path portion of the URI with the specified regex.

        :param match: `RE2 style regex-based match <https://github.com/google/re2/wiki/Syntax>`_.
        :param rewrite: The string that should replace into matching portions of original URI.

        :schema: VirtualServiceSpecHttpRewriteUriRegexRewrite
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c24dbc287e0f56bd6f08f2e3525ed1db71ddec69f50d54bc670213ea0313fd62)
            check_type(argname="argument match", value=match, expected_type=type_hints["match"])
            check_type(argname="argument rewrite", value=rewrite, expected_type=type_hints["rewrite"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if match is not None:
            self._values["match"] = match
        if rewrite is not None:
            self._values["rewrite"] = rewrite

    @builtins.property
    def match(self) -> typing.Optional[builtins.str]:
        '''`RE2 style regex-based match <https://github.com/google/re2/wiki/Syntax>`_.

        :schema: VirtualServiceSpecHttpRewriteUriRegexRewrite#match
        '''
        result = self._values.get("match")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def rewrite(self) -> typing.Optional[builtins.str]:
        '''The string that should replace into matching portions of original URI.

        :schema: VirtualServiceSpecHttpRewriteUriRegexRewrite#rewrite
        '''
        result = self._values.get("rewrite")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpecHttpRewriteUriRegexRewrite(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_ioistionetworking.VirtualServiceSpecHttpRoute",
    jsii_struct_bases=[],
    name_mapping={
        "destination": "destination",
        "headers": "headers",
        "weight": "weight",
    },
)
class VirtualServiceSpecHttpRoute:
    def __init__(
        self,
        *,
        destination: typing.Union["VirtualServiceSpecHttpRouteDestination", typing.Dict[builtins.str, typing.Any]],
        headers: typing.Optional[typing.Union["VirtualServiceSpecHttpRouteHeaders", typing.Dict[builtins.str, typing.Any]]] = None,
        weight: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param destination: Destination uniquely identifies the instances of a service to which the request/connection should be forwarded to.
        :param headers: 
        :param weight: Weight specifies the relative proportion of traffic to be forwarded to the destination.

        :schema: VirtualServiceSpecHttpRoute
        '''
        if isinstance(destination, dict):
            destination = VirtualServiceSpecHttpRouteDestination(**destination)
        if isinstance(headers, dict):
            headers = VirtualServiceSpecHttpRouteHeaders(**headers)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__5abb9805a2e7d47a1bb37948d1535ef4d076ac316065c16c88246a026a1c27b2)
            check_type(argname="argument destination", value=destination, expected_type=type_hints["destination"])
            check_type(argname="argument headers", value=headers, expected_type=type_hints["headers"])
            check_type(argname="argument weight", value=weight, expected_type=type_hints["weight"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "destination": destination,
        }
        if headers is not None:
            self._values["headers"] = headers
        if weight is not None:
            self._values["weight"] = weight

    @builtins.property
    def destination(self) -> "VirtualServiceSpecHttpRouteDestination":
        '''Destination uniquely identifies the instances of a service to which the request/connection should be forwarded to.

        :schema: VirtualServiceSpecHttpRoute#destination
        '''
        result = self._values.get("destination")
        assert result is not None, "Required property 'destination' is missing"
        return typing.cast("VirtualServiceSpecHttpRouteDestination", result)

    @builtins.property
    def headers(self) -> typing.Optional["VirtualServiceSpecHttpRouteHeaders"]:
        '''
        :schema: VirtualServiceSpecHttpRoute#headers
        '''
        result = self._values.get("headers")
        return typing.cast(typing.Optional["VirtualServiceSpecHttpRouteHeaders"], result)

    @builtins.property
    def weight(self) -> typing.Optional[jsii.Number]:
        '''Weight specifies the relative proportion of traffic to be forwarded to the destination.

        :schema: VirtualServiceSpecHttpRoute#weight
        '''
        result = self._values.get("weight")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpecHttpRoute(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_ioistionetworking.VirtualServiceSpecHttpRouteDestination",
    jsii_struct_bases=[],
    name_mapping={"host": "host", "port": "port", "subset": "subset"},
)
class VirtualServiceSpecHttpRouteDestination:
    def __init__(
        self,
        *,
        host: builtins.str,
        port: typing.Optional[typing.Union["VirtualServiceSpecHttpRouteDestinationPort", typing.Dict[builtins.str, typing.Any]]] = None,
        subset: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Destination uniquely identifies the instances of a service to which the request/connection should be forwarded to.

        :param host: The name of a service from the service registry.
        :param port: Specifies the port on the host that is being addressed.
        :param subset: The name of a subset within the service.

        :schema: VirtualServiceSpecHttpRouteDestination
        '''
        if isinstance(port, dict):
            port = VirtualServiceSpecHttpRouteDestinationPort(**port)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a1bfba203d485478bd540000297736c6cdbf6cff7bbfb8fddc5d5c8d85d39b69)
            check_type(argname="argument host", value=host, expected_type=type_hints["host"])
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
            check_type(argname="argument subset", value=subset, expected_type=type_hints["subset"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "host": host,
        }
        if port is not None:
            self._values["port"] = port
        if subset is not None:
            self._values["subset"] = subset

    @builtins.property
    def host(self) -> builtins.str:
        '''The name of a service from the service registry.

        :schema: VirtualServiceSpecHttpRouteDestination#host
        '''
        result = self._values.get("host")
        assert result is not None, "Required property 'host' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def port(self) -> typing.Optional["VirtualServiceSpecHttpRouteDestinationPort"]:
        '''Specifies the port on the host that is being addressed.

        :schema: VirtualServiceSpecHttpRouteDestination#port
        '''
        result = self._values.get("port")
        return typing.cast(typing.Optional["VirtualServiceSpecHttpRouteDestinationPort"], result)

    @builtins.property
    def subset(self) -> typing.Optional[builtins.str]:
        '''The name of a subset within the service.

        :schema: VirtualServiceSpecHttpRouteDestination#subset
        '''
        result = self._values.get("subset")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpecHttpRouteDestination(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_ioistionetworking.VirtualServiceSpecHttpRouteDestinationPort",
    jsii_struct_bases=[],
    name_mapping={"number": "number"},
)
class VirtualServiceSpecHttpRouteDestinationPort:
    def __init__(self, *, number: typing.Optional[jsii.Number] = None) -> None:
        '''Specifies the port on the host that is being addressed.

        :param number: 

        :schema: VirtualServiceSpecHttpRouteDestinationPort
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__cabfaded2b0bb10452c3bf4d6ecc99007a9c3648a66d13c4af3d9938e05c0670)
            check_type(argname="argument number", value=number, expected_type=type_hints["number"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if number is not None:
            self._values["number"] = number

    @builtins.property
    def number(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: VirtualServiceSpecHttpRouteDestinationPort#number
        '''
        result = self._values.get("number")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpecHttpRouteDestinationPort(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_ioistionetworking.VirtualServiceSpecHttpRouteHeaders",
    jsii_struct_bases=[],
    name_mapping={"request": "request", "response": "response"},
)
class VirtualServiceSpecHttpRouteHeaders:
    def __init__(
        self,
        *,
        request: typing.Optional[typing.Union["VirtualServiceSpecHttpRouteHeadersRequest", typing.Dict[builtins.str, typing.Any]]] = None,
        response: typing.Optional[typing.Union["VirtualServiceSpecHttpRouteHeadersResponse", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param request: 
        :param response: 

        :schema: VirtualServiceSpecHttpRouteHeaders
        '''
        if isinstance(request, dict):
            request = VirtualServiceSpecHttpRouteHeadersRequest(**request)
        if isinstance(response, dict):
            response = VirtualServiceSpecHttpRouteHeadersResponse(**response)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__f50ed4238bb32b42634fee43f117906b96283ec1901332c776e524e803fef2bd)
            check_type(argname="argument request", value=request, expected_type=type_hints["request"])
            check_type(argname="argument response", value=response, expected_type=type_hints["response"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if request is not None:
            self._values["request"] = request
        if response is not None:
            self._values["response"] = response

    @builtins.property
    def request(self) -> typing.Optional["VirtualServiceSpecHttpRouteHeadersRequest"]:
        '''
        :schema: VirtualServiceSpecHttpRouteHeaders#request
        '''
        result = self._values.get("request")
        return typing.cast(typing.Optional["VirtualServiceSpecHttpRouteHeadersRequest"], result)

    @builtins.property
    def response(self) -> typing.Optional["VirtualServiceSpecHttpRouteHeadersResponse"]:
        '''
        :schema: VirtualServiceSpecHttpRouteHeaders#response
        '''
        result = self._values.get("response")
        return typing.cast(typing.Optional["VirtualServiceSpecHttpRouteHeadersResponse"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpecHttpRouteHeaders(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_ioistionetworking.VirtualServiceSpecHttpRouteHeadersRequest",
    jsii_struct_bases=[],
    name_mapping={"add": "add", "remove": "remove", "set": "set"},
)
class VirtualServiceSpecHttpRouteHeadersRequest:
    def __init__(
        self,
        *,
        add: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        remove: typing.Optional[typing.Sequence[builtins.str]] = None,
        set: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''
        :param add: 
        :param remove: 
        :param set: 

        :schema: VirtualServiceSpecHttpRouteHeadersRequest
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c49029ea10b476cebc9e80cd3f1de74b1813a787a6c3d87c67ce8d7ea68c7b71)
            check_type(argname="argument add", value=add, expected_type=type_hints["add"])
            check_type(argname="argument remove", value=remove, expected_type=type_hints["remove"])
            check_type(argname="argument set", value=set, expected_type=type_hints["set"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if add is not None:
            self._values["add"] = add
        if remove is not None:
            self._values["remove"] = remove
        if set is not None:
            self._values["set"] = set

    @builtins.property
    def add(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: VirtualServiceSpecHttpRouteHeadersRequest#add
        '''
        result = self._values.get("add")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def remove(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: VirtualServiceSpecHttpRouteHeadersRequest#remove
        '''
        result = self._values.get("remove")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def set(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: VirtualServiceSpecHttpRouteHeadersRequest#set
        '''
        result = self._values.get("set")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpecHttpRouteHeadersRequest(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_ioistionetworking.VirtualServiceSpecHttpRouteHeadersResponse",
    jsii_struct_bases=[],
    name_mapping={"add": "add", "remove": "remove", "set": "set"},
)
class VirtualServiceSpecHttpRouteHeadersResponse:
    def __init__(
        self,
        *,
        add: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        remove: typing.Optional[typing.Sequence[builtins.str]] = None,
        set: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''
        :param add: 
        :param remove: 
        :param set: 

        :schema: VirtualServiceSpecHttpRouteHeadersResponse
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e9edb436db3cde7ca8172e544c6d1018fed5a47c10b4f776c6cf7abb106f9c5e)
            check_type(argname="argument add", value=add, expected_type=type_hints["add"])
            check_type(argname="argument remove", value=remove, expected_type=type_hints["remove"])
            check_type(argname="argument set", value=set, expected_type=type_hints["set"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if add is not None:
            self._values["add"] = add
        if remove is not None:
            self._values["remove"] = remove
        if set is not None:
            self._values["set"] = set

    @builtins.property
    def add(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: VirtualServiceSpecHttpRouteHeadersResponse#add
        '''
        result = self._values.get("add")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def remove(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: VirtualServiceSpecHttpRouteHeadersResponse#remove
        '''
        result = self._values.get("remove")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def set(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: VirtualServiceSpecHttpRouteHeadersResponse#set
        '''
        result = self._values.get("set")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpecHttpRouteHeadersResponse(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_ioistionetworking.VirtualServiceSpecTcp",
    jsii_struct_bases=[],
    name_mapping={"match": "match", "route": "route"},
)
class VirtualServiceSpecTcp:
    def __init__(
        self,
        *,
        match: typing.Optional[typing.Sequence[typing.Union["VirtualServiceSpecTcpMatch", typing.Dict[builtins.str, typing.Any]]]] = None,
        route: typing.Optional[typing.Sequence[typing.Union["VirtualServiceSpecTcpRoute", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''
        :param match: Match conditions to be satisfied for the rule to be activated.
        :param route: The destination to which the connection should be forwarded to.

        :schema: VirtualServiceSpecTcp
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__f8f2c9e1fd0852d397db1404400ecae337c54730fafe8b8d44c9e4a57ef1dbb6)
            check_type(argname="argument match", value=match, expected_type=type_hints["match"])
            check_type(argname="argument route", value=route, expected_type=type_hints["route"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if match is not None:
            self._values["match"] = match
        if route is not None:
            self._values["route"] = route

    @builtins.property
    def match(self) -> typing.Optional[typing.List["VirtualServiceSpecTcpMatch"]]:
        '''Match conditions to be satisfied for the rule to be activated.

        :schema: VirtualServiceSpecTcp#match
        '''
        result = self._values.get("match")
        return typing.cast(typing.Optional[typing.List["VirtualServiceSpecTcpMatch"]], result)

    @builtins.property
    def route(self) -> typing.Optional[typing.List["VirtualServiceSpecTcpRoute"]]:
        '''The destination to which the connection should be forwarded to.

        :schema: VirtualServiceSpecTcp#route
        '''
        result = self._values.get("route")
        return typing.cast(typing.Optional[typing.List["VirtualServiceSpecTcpRoute"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpecTcp(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_ioistionetworking.VirtualServiceSpecTcpMatch",
    jsii_struct_bases=[],
    name_mapping={
        "destination_subnets": "destinationSubnets",
        "gateways": "gateways",
        "port": "port",
        "source_labels": "sourceLabels",
        "source_namespace": "sourceNamespace",
        "source_subnet": "sourceSubnet",
    },
)
class VirtualServiceSpecTcpMatch:
    def __init__(
        self,
        *,
        destination_subnets: typing.Optional[typing.Sequence[builtins.str]] = None,
        gateways: typing.Optional[typing.Sequence[builtins.str]] = None,
        port: typing.Optional[jsii.Number] = None,
        source_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        source_namespace: typing.Optional[builtins.str] = None,
        source_subnet: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param destination_subnets: IPv4 or IPv6 ip addresses of destination with optional subnet.
        :param gateways: Names of gateways where the rule should be applied.
        :param port: Specifies the port on the host that is being addressed.
        :param source_labels: One or more labels that constrain the applicability of a rule to workloads with the given labels.
        :param source_namespace: Source namespace constraining the applicability of a rule to workloads in that namespace.
        :param source_subnet: 

        :schema: VirtualServiceSpecTcpMatch
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__4c2249a1092c776c5f34c462e8157ab309414b0f3deefe590cc6f59c77b2976b)
            check_type(argname="argument destination_subnets", value=destination_subnets, expected_type=type_hints["destination_subnets"])
            check_type(argname="argument gateways", value=gateways, expected_type=type_hints["gateways"])
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
            check_type(argname="argument source_labels", value=source_labels, expected_type=type_hints["source_labels"])
            check_type(argname="argument source_namespace", value=source_namespace, expected_type=type_hints["source_namespace"])
            check_type(argname="argument source_subnet", value=source_subnet, expected_type=type_hints["source_subnet"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if destination_subnets is not None:
            self._values["destination_subnets"] = destination_subnets
        if gateways is not None:
            self._values["gateways"] = gateways
        if port is not None:
            self._values["port"] = port
        if source_labels is not None:
            self._values["source_labels"] = source_labels
        if source_namespace is not None:
            self._values["source_namespace"] = source_namespace
        if source_subnet is not None:
            self._values["source_subnet"] = source_subnet

    @builtins.property
    def destination_subnets(self) -> typing.Optional[typing.List[builtins.str]]:
        '''IPv4 or IPv6 ip addresses of destination with optional subnet.

        :schema: VirtualServiceSpecTcpMatch#destinationSubnets
        '''
        result = self._values.get("destination_subnets")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def gateways(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Names of gateways where the rule should be applied.

        :schema: VirtualServiceSpecTcpMatch#gateways
        '''
        result = self._values.get("gateways")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def port(self) -> typing.Optional[jsii.Number]:
        '''Specifies the port on the host that is being addressed.

        :schema: VirtualServiceSpecTcpMatch#port
        '''
        result = self._values.get("port")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def source_labels(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''One or more labels that constrain the applicability of a rule to workloads with the given labels.

        :schema: VirtualServiceSpecTcpMatch#sourceLabels
        '''
        result = self._values.get("source_labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def source_namespace(self) -> typing.Optional[builtins.str]:
        '''Source namespace constraining the applicability of a rule to workloads in that namespace.

        :schema: VirtualServiceSpecTcpMatch#sourceNamespace
        '''
        result = self._values.get("source_namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def source_subnet(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VirtualServiceSpecTcpMatch#sourceSubnet
        '''
        result = self._values.get("source_subnet")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpecTcpMatch(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_ioistionetworking.VirtualServiceSpecTcpRoute",
    jsii_struct_bases=[],
    name_mapping={"destination": "destination", "weight": "weight"},
)
class VirtualServiceSpecTcpRoute:
    def __init__(
        self,
        *,
        destination: typing.Union["VirtualServiceSpecTcpRouteDestination", typing.Dict[builtins.str, typing.Any]],
        weight: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param destination: Destination uniquely identifies the instances of a service to which the request/connection should be forwarded to.
        :param weight: Weight specifies the relative proportion of traffic to be forwarded to the destination.

        :schema: VirtualServiceSpecTcpRoute
        '''
        if isinstance(destination, dict):
            destination = VirtualServiceSpecTcpRouteDestination(**destination)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__3e27cdbb5df8df73b14b179266213dcaaad3b98bcafe36e11bfeaec15f31b097)
            check_type(argname="argument destination", value=destination, expected_type=type_hints["destination"])
            check_type(argname="argument weight", value=weight, expected_type=type_hints["weight"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "destination": destination,
        }
        if weight is not None:
            self._values["weight"] = weight

    @builtins.property
    def destination(self) -> "VirtualServiceSpecTcpRouteDestination":
        '''Destination uniquely identifies the instances of a service to which the request/connection should be forwarded to.

        :schema: VirtualServiceSpecTcpRoute#destination
        '''
        result = self._values.get("destination")
        assert result is not None, "Required property 'destination' is missing"
        return typing.cast("VirtualServiceSpecTcpRouteDestination", result)

    @builtins.property
    def weight(self) -> typing.Optional[jsii.Number]:
        '''Weight specifies the relative proportion of traffic to be forwarded to the destination.

        :schema: VirtualServiceSpecTcpRoute#weight
        '''
        result = self._values.get("weight")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpecTcpRoute(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_ioistionetworking.VirtualServiceSpecTcpRouteDestination",
    jsii_struct_bases=[],
    name_mapping={"host": "host", "port": "port", "subset": "subset"},
)
class VirtualServiceSpecTcpRouteDestination:
    def __init__(
        self,
        *,
        host: builtins.str,
        port: typing.Optional[typing.Union["VirtualServiceSpecTcpRouteDestinationPort", typing.Dict[builtins.str, typing.Any]]] = None,
        subset: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Destination uniquely identifies the instances of a service to which the request/connection should be forwarded to.

        :param host: The name of a service from the service registry.
        :param port: Specifies the port on the host that is being addressed.
        :param subset: The name of a subset within the service.

        :schema: VirtualServiceSpecTcpRouteDestination
        '''
        if isinstance(port, dict):
            port = VirtualServiceSpecTcpRouteDestinationPort(**port)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__58bd4c93cf7aeb9ebf423f825ec842f08d484401a36b6769377150da0720fb3a)
            check_type(argname="argument host", value=host, expected_type=type_hints["host"])
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
            check_type(argname="argument subset", value=subset, expected_type=type_hints["subset"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "host": host,
        }
        if port is not None:
            self._values["port"] = port
        if subset is not None:
            self._values["subset"] = subset

    @builtins.property
    def host(self) -> builtins.str:
        '''The name of a service from the service registry.

        :schema: VirtualServiceSpecTcpRouteDestination#host
        '''
        result = self._values.get("host")
        assert result is not None, "Required property 'host' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def port(self) -> typing.Optional["VirtualServiceSpecTcpRouteDestinationPort"]:
        '''Specifies the port on the host that is being addressed.

        :schema: VirtualServiceSpecTcpRouteDestination#port
        '''
        result = self._values.get("port")
        return typing.cast(typing.Optional["VirtualServiceSpecTcpRouteDestinationPort"], result)

    @builtins.property
    def subset(self) -> typing.Optional[builtins.str]:
        '''The name of a subset within the service.

        :schema: VirtualServiceSpecTcpRouteDestination#subset
        '''
        result = self._values.get("subset")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpecTcpRouteDestination(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_ioistionetworking.VirtualServiceSpecTcpRouteDestinationPort",
    jsii_struct_bases=[],
    name_mapping={"number": "number"},
)
class VirtualServiceSpecTcpRouteDestinationPort:
    def __init__(self, *, number: typing.Optional[jsii.Number] = None) -> None:
        '''Specifies the port on the host that is being addressed.

        :param number: 

        :schema: VirtualServiceSpecTcpRouteDestinationPort
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__4fbb3e7650b95535426266e3b23a0d0ec0a5d87ee2caa20d4b09c3506bbb8a76)
            check_type(argname="argument number", value=number, expected_type=type_hints["number"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if number is not None:
            self._values["number"] = number

    @builtins.property
    def number(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: VirtualServiceSpecTcpRouteDestinationPort#number
        '''
        result = self._values.get("number")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpecTcpRouteDestinationPort(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_ioistionetworking.VirtualServiceSpecTls",
    jsii_struct_bases=[],
    name_mapping={"match": "match", "route": "route"},
)
class VirtualServiceSpecTls:
    def __init__(
        self,
        *,
        match: typing.Sequence[typing.Union["VirtualServiceSpecTlsMatch", typing.Dict[builtins.str, typing.Any]]],
        route: typing.Optional[typing.Sequence[typing.Union["VirtualServiceSpecTlsRoute", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''
        :param match: Match conditions to be satisfied for the rule to be activated.
        :param route: The destination to which the connection should be forwarded to.

        :schema: VirtualServiceSpecTls
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0b5fd967d37c01a96fa6b28b934d60872597b032990ccd7af3930cc41bd194f7)
            check_type(argname="argument match", value=match, expected_type=type_hints["match"])
            check_type(argname="argument route", value=route, expected_type=type_hints["route"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "match": match,
        }
        if route is not None:
            self._values["route"] = route

    @builtins.property
    def match(self) -> typing.List["VirtualServiceSpecTlsMatch"]:
        '''Match conditions to be satisfied for the rule to be activated.

        :schema: VirtualServiceSpecTls#match
        '''
        result = self._values.get("match")
        assert result is not None, "Required property 'match' is missing"
        return typing.cast(typing.List["VirtualServiceSpecTlsMatch"], result)

    @builtins.property
    def route(self) -> typing.Optional[typing.List["VirtualServiceSpecTlsRoute"]]:
        '''The destination to which the connection should be forwarded to.

        :schema: VirtualServiceSpecTls#route
        '''
        result = self._values.get("route")
        return typing.cast(typing.Optional[typing.List["VirtualServiceSpecTlsRoute"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpecTls(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_ioistionetworking.VirtualServiceSpecTlsMatch",
    jsii_struct_bases=[],
    name_mapping={
        "sni_hosts": "sniHosts",
        "destination_subnets": "destinationSubnets",
        "gateways": "gateways",
        "port": "port",
        "source_labels": "sourceLabels",
        "source_namespace": "sourceNamespace",
    },
)
class VirtualServiceSpecTlsMatch:
    def __init__(
        self,
        *,
        sni_hosts: typing.Sequence[builtins.str],
        destination_subnets: typing.Optional[typing.Sequence[builtins.str]] = None,
        gateways: typing.Optional[typing.Sequence[builtins.str]] = None,
        port: typing.Optional[jsii.Number] = None,
        source_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        source_namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param sni_hosts: SNI (server name indicator) to match on.
        :param destination_subnets: IPv4 or IPv6 ip addresses of destination with optional subnet.
        :param gateways: Names of gateways where the rule should be applied.
        :param port: Specifies the port on the host that is being addressed.
        :param source_labels: One or more labels that constrain the applicability of a rule to workloads with the given labels.
        :param source_namespace: Source namespace constraining the applicability of a rule to workloads in that namespace.

        :schema: VirtualServiceSpecTlsMatch
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__bfb7cd01f188f76e7dcb0381958906f428955cd98b0343138c156bffd952e5c1)
            check_type(argname="argument sni_hosts", value=sni_hosts, expected_type=type_hints["sni_hosts"])
            check_type(argname="argument destination_subnets", value=destination_subnets, expected_type=type_hints["destination_subnets"])
            check_type(argname="argument gateways", value=gateways, expected_type=type_hints["gateways"])
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
            check_type(argname="argument source_labels", value=source_labels, expected_type=type_hints["source_labels"])
            check_type(argname="argument source_namespace", value=source_namespace, expected_type=type_hints["source_namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "sni_hosts": sni_hosts,
        }
        if destination_subnets is not None:
            self._values["destination_subnets"] = destination_subnets
        if gateways is not None:
            self._values["gateways"] = gateways
        if port is not None:
            self._values["port"] = port
        if source_labels is not None:
            self._values["source_labels"] = source_labels
        if source_namespace is not None:
            self._values["source_namespace"] = source_namespace

    @builtins.property
    def sni_hosts(self) -> typing.List[builtins.str]:
        '''SNI (server name indicator) to match on.

        :schema: VirtualServiceSpecTlsMatch#sniHosts
        '''
        result = self._values.get("sni_hosts")
        assert result is not None, "Required property 'sni_hosts' is missing"
        return typing.cast(typing.List[builtins.str], result)

    @builtins.property
    def destination_subnets(self) -> typing.Optional[typing.List[builtins.str]]:
        '''IPv4 or IPv6 ip addresses of destination with optional subnet.

        :schema: VirtualServiceSpecTlsMatch#destinationSubnets
        '''
        result = self._values.get("destination_subnets")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def gateways(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Names of gateways where the rule should be applied.

        :schema: VirtualServiceSpecTlsMatch#gateways
        '''
        result = self._values.get("gateways")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def port(self) -> typing.Optional[jsii.Number]:
        '''Specifies the port on the host that is being addressed.

        :schema: VirtualServiceSpecTlsMatch#port
        '''
        result = self._values.get("port")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def source_labels(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''One or more labels that constrain the applicability of a rule to workloads with the given labels.

        :schema: VirtualServiceSpecTlsMatch#sourceLabels
        '''
        result = self._values.get("source_labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def source_namespace(self) -> typing.Optional[builtins.str]:
        '''Source namespace constraining the applicability of a rule to workloads in that namespace.

        :schema: VirtualServiceSpecTlsMatch#sourceNamespace
        '''
        result = self._values.get("source_namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpecTlsMatch(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_ioistionetworking.VirtualServiceSpecTlsRoute",
    jsii_struct_bases=[],
    name_mapping={"destination": "destination", "weight": "weight"},
)
class VirtualServiceSpecTlsRoute:
    def __init__(
        self,
        *,
        destination: typing.Union["VirtualServiceSpecTlsRouteDestination", typing.Dict[builtins.str, typing.Any]],
        weight: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param destination: Destination uniquely identifies the instances of a service to which the request/connection should be forwarded to.
        :param weight: Weight specifies the relative proportion of traffic to be forwarded to the destination.

        :schema: VirtualServiceSpecTlsRoute
        '''
        if isinstance(destination, dict):
            destination = VirtualServiceSpecTlsRouteDestination(**destination)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__269bb84e180b4070d4f76c5959cdc1f34178c58f8c2aa6f22358febeb180232e)
            check_type(argname="argument destination", value=destination, expected_type=type_hints["destination"])
            check_type(argname="argument weight", value=weight, expected_type=type_hints["weight"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "destination": destination,
        }
        if weight is not None:
            self._values["weight"] = weight

    @builtins.property
    def destination(self) -> "VirtualServiceSpecTlsRouteDestination":
        '''Destination uniquely identifies the instances of a service to which the request/connection should be forwarded to.

        :schema: VirtualServiceSpecTlsRoute#destination
        '''
        result = self._values.get("destination")
        assert result is not None, "Required property 'destination' is missing"
        return typing.cast("VirtualServiceSpecTlsRouteDestination", result)

    @builtins.property
    def weight(self) -> typing.Optional[jsii.Number]:
        '''Weight specifies the relative proportion of traffic to be forwarded to the destination.

        :schema: VirtualServiceSpecTlsRoute#weight
        '''
        result = self._values.get("weight")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpecTlsRoute(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_ioistionetworking.VirtualServiceSpecTlsRouteDestination",
    jsii_struct_bases=[],
    name_mapping={"host": "host", "port": "port", "subset": "subset"},
)
class VirtualServiceSpecTlsRouteDestination:
    def __init__(
        self,
        *,
        host: builtins.str,
        port: typing.Optional[typing.Union["VirtualServiceSpecTlsRouteDestinationPort", typing.Dict[builtins.str, typing.Any]]] = None,
        subset: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Destination uniquely identifies the instances of a service to which the request/connection should be forwarded to.

        :param host: The name of a service from the service registry.
        :param port: Specifies the port on the host that is being addressed.
        :param subset: The name of a subset within the service.

        :schema: VirtualServiceSpecTlsRouteDestination
        '''
        if isinstance(port, dict):
            port = VirtualServiceSpecTlsRouteDestinationPort(**port)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__915e010db6861f72aabfe32ac4f80fdcaa7e850e9949278272104d7b7a45c590)
            check_type(argname="argument host", value=host, expected_type=type_hints["host"])
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
            check_type(argname="argument subset", value=subset, expected_type=type_hints["subset"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "host": host,
        }
        if port is not None:
            self._values["port"] = port
        if subset is not None:
            self._values["subset"] = subset

    @builtins.property
    def host(self) -> builtins.str:
        '''The name of a service from the service registry.

        :schema: VirtualServiceSpecTlsRouteDestination#host
        '''
        result = self._values.get("host")
        assert result is not None, "Required property 'host' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def port(self) -> typing.Optional["VirtualServiceSpecTlsRouteDestinationPort"]:
        '''Specifies the port on the host that is being addressed.

        :schema: VirtualServiceSpecTlsRouteDestination#port
        '''
        result = self._values.get("port")
        return typing.cast(typing.Optional["VirtualServiceSpecTlsRouteDestinationPort"], result)

    @builtins.property
    def subset(self) -> typing.Optional[builtins.str]:
        '''The name of a subset within the service.

        :schema: VirtualServiceSpecTlsRouteDestination#subset
        '''
        result = self._values.get("subset")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpecTlsRouteDestination(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_ioistionetworking.VirtualServiceSpecTlsRouteDestinationPort",
    jsii_struct_bases=[],
    name_mapping={"number": "number"},
)
class VirtualServiceSpecTlsRouteDestinationPort:
    def __init__(self, *, number: typing.Optional[jsii.Number] = None) -> None:
        '''Specifies the port on the host that is being addressed.

        :param number: 

        :schema: VirtualServiceSpecTlsRouteDestinationPort
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__09b7dee309f6be15c6c68c0705d2eb605363795fa324b5a5571ccf4929c947fd)
            check_type(argname="argument number", value=number, expected_type=type_hints["number"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if number is not None:
            self._values["number"] = number

    @builtins.property
    def number(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: VirtualServiceSpecTlsRouteDestinationPort#number
        '''
        result = self._values.get("number")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpecTlsRouteDestinationPort(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


__all__ = [
    "DestinationRule",
    "DestinationRuleProps",
    "DestinationRuleSpec",
    "DestinationRuleSpecSubsets",
    "DestinationRuleSpecSubsetsTrafficPolicy",
    "DestinationRuleSpecSubsetsTrafficPolicyConnectionPool",
    "DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolHttp",
    "DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolHttpH2UpgradePolicy",
    "DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolTcp",
    "DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolTcpTcpKeepalive",
    "DestinationRuleSpecSubsetsTrafficPolicyLoadBalancer",
    "DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHash",
    "DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHashHttpCookie",
    "DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHashHttpCookieAttributes",
    "DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHashMaglev",
    "DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHashRingHash",
    "DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerLocalityLbSetting",
    "DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerLocalityLbSettingDistribute",
    "DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerLocalityLbSettingFailover",
    "DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerSimple",
    "DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerWarmup",
    "DestinationRuleSpecSubsetsTrafficPolicyOutlierDetection",
    "DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettings",
    "DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPool",
    "DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolHttp",
    "DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolHttpH2UpgradePolicy",
    "DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolTcp",
    "DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolTcpTcpKeepalive",
    "DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancer",
    "DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHash",
    "DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookie",
    "DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookieAttributes",
    "DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashMaglev",
    "DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashRingHash",
    "DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSetting",
    "DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingDistribute",
    "DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingFailover",
    "DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerSimple",
    "DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerWarmup",
    "DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsOutlierDetection",
    "DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsPort",
    "DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsTls",
    "DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsTlsMode",
    "DestinationRuleSpecSubsetsTrafficPolicyProxyProtocol",
    "DestinationRuleSpecSubsetsTrafficPolicyProxyProtocolVersion",
    "DestinationRuleSpecSubsetsTrafficPolicyRetryBudget",
    "DestinationRuleSpecSubsetsTrafficPolicyTls",
    "DestinationRuleSpecSubsetsTrafficPolicyTlsMode",
    "DestinationRuleSpecSubsetsTrafficPolicyTunnel",
    "DestinationRuleSpecTrafficPolicy",
    "DestinationRuleSpecTrafficPolicyConnectionPool",
    "DestinationRuleSpecTrafficPolicyConnectionPoolHttp",
    "DestinationRuleSpecTrafficPolicyConnectionPoolHttpH2UpgradePolicy",
    "DestinationRuleSpecTrafficPolicyConnectionPoolTcp",
    "DestinationRuleSpecTrafficPolicyConnectionPoolTcpTcpKeepalive",
    "DestinationRuleSpecTrafficPolicyLoadBalancer",
    "DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHash",
    "DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHashHttpCookie",
    "DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHashHttpCookieAttributes",
    "DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHashMaglev",
    "DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHashRingHash",
    "DestinationRuleSpecTrafficPolicyLoadBalancerLocalityLbSetting",
    "DestinationRuleSpecTrafficPolicyLoadBalancerLocalityLbSettingDistribute",
    "DestinationRuleSpecTrafficPolicyLoadBalancerLocalityLbSettingFailover",
    "DestinationRuleSpecTrafficPolicyLoadBalancerSimple",
    "DestinationRuleSpecTrafficPolicyLoadBalancerWarmup",
    "DestinationRuleSpecTrafficPolicyOutlierDetection",
    "DestinationRuleSpecTrafficPolicyPortLevelSettings",
    "DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPool",
    "DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolHttp",
    "DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolHttpH2UpgradePolicy",
    "DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolTcp",
    "DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolTcpTcpKeepalive",
    "DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancer",
    "DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHash",
    "DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookie",
    "DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookieAttributes",
    "DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashMaglev",
    "DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashRingHash",
    "DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSetting",
    "DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingDistribute",
    "DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingFailover",
    "DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerSimple",
    "DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerWarmup",
    "DestinationRuleSpecTrafficPolicyPortLevelSettingsOutlierDetection",
    "DestinationRuleSpecTrafficPolicyPortLevelSettingsPort",
    "DestinationRuleSpecTrafficPolicyPortLevelSettingsTls",
    "DestinationRuleSpecTrafficPolicyPortLevelSettingsTlsMode",
    "DestinationRuleSpecTrafficPolicyProxyProtocol",
    "DestinationRuleSpecTrafficPolicyProxyProtocolVersion",
    "DestinationRuleSpecTrafficPolicyRetryBudget",
    "DestinationRuleSpecTrafficPolicyTls",
    "DestinationRuleSpecTrafficPolicyTlsMode",
    "DestinationRuleSpecTrafficPolicyTunnel",
    "DestinationRuleSpecWorkloadSelector",
    "EnvoyFilter",
    "EnvoyFilterProps",
    "EnvoyFilterSpec",
    "EnvoyFilterSpecConfigPatches",
    "EnvoyFilterSpecConfigPatchesApplyTo",
    "EnvoyFilterSpecConfigPatchesMatch",
    "EnvoyFilterSpecConfigPatchesMatchCluster",
    "EnvoyFilterSpecConfigPatchesMatchContext",
    "EnvoyFilterSpecConfigPatchesMatchListener",
    "EnvoyFilterSpecConfigPatchesMatchListenerFilterChain",
    "EnvoyFilterSpecConfigPatchesMatchListenerFilterChainFilter",
    "EnvoyFilterSpecConfigPatchesMatchListenerFilterChainFilterSubFilter",
    "EnvoyFilterSpecConfigPatchesMatchProxy",
    "EnvoyFilterSpecConfigPatchesMatchRouteConfiguration",
    "EnvoyFilterSpecConfigPatchesMatchRouteConfigurationVhost",
    "EnvoyFilterSpecConfigPatchesMatchRouteConfigurationVhostRoute",
    "EnvoyFilterSpecConfigPatchesMatchRouteConfigurationVhostRouteAction",
    "EnvoyFilterSpecConfigPatchesMatchWaypoint",
    "EnvoyFilterSpecConfigPatchesMatchWaypointFilter",
    "EnvoyFilterSpecConfigPatchesMatchWaypointFilterSubFilter",
    "EnvoyFilterSpecConfigPatchesMatchWaypointRoute",
    "EnvoyFilterSpecConfigPatchesPatch",
    "EnvoyFilterSpecConfigPatchesPatchFilterClass",
    "EnvoyFilterSpecConfigPatchesPatchOperation",
    "EnvoyFilterSpecTargetRefs",
    "EnvoyFilterSpecWorkloadSelector",
    "Gateway",
    "GatewayProps",
    "GatewaySpec",
    "GatewaySpecServers",
    "GatewaySpecServersPort",
    "GatewaySpecServersTls",
    "GatewaySpecServersTlsMaxProtocolVersion",
    "GatewaySpecServersTlsMinProtocolVersion",
    "GatewaySpecServersTlsMode",
    "GatewaySpecServersTlsTlsCertificates",
    "Sidecar",
    "SidecarProps",
    "SidecarSpec",
    "SidecarSpecEgress",
    "SidecarSpecEgressCaptureMode",
    "SidecarSpecEgressPort",
    "SidecarSpecInboundConnectionPool",
    "SidecarSpecInboundConnectionPoolHttp",
    "SidecarSpecInboundConnectionPoolHttpH2UpgradePolicy",
    "SidecarSpecInboundConnectionPoolTcp",
    "SidecarSpecInboundConnectionPoolTcpTcpKeepalive",
    "SidecarSpecIngress",
    "SidecarSpecIngressCaptureMode",
    "SidecarSpecIngressConnectionPool",
    "SidecarSpecIngressConnectionPoolHttp",
    "SidecarSpecIngressConnectionPoolHttpH2UpgradePolicy",
    "SidecarSpecIngressConnectionPoolTcp",
    "SidecarSpecIngressConnectionPoolTcpTcpKeepalive",
    "SidecarSpecIngressPort",
    "SidecarSpecIngressTls",
    "SidecarSpecIngressTlsMaxProtocolVersion",
    "SidecarSpecIngressTlsMinProtocolVersion",
    "SidecarSpecIngressTlsMode",
    "SidecarSpecIngressTlsTlsCertificates",
    "SidecarSpecOutboundTrafficPolicy",
    "SidecarSpecOutboundTrafficPolicyEgressProxy",
    "SidecarSpecOutboundTrafficPolicyEgressProxyPort",
    "SidecarSpecOutboundTrafficPolicyMode",
    "SidecarSpecWorkloadSelector",
    "VirtualService",
    "VirtualServiceProps",
    "VirtualServiceSpec",
    "VirtualServiceSpecHttp",
    "VirtualServiceSpecHttpCorsPolicy",
    "VirtualServiceSpecHttpCorsPolicyAllowOrigins",
    "VirtualServiceSpecHttpCorsPolicyUnmatchedPreflights",
    "VirtualServiceSpecHttpDelegate",
    "VirtualServiceSpecHttpDirectResponse",
    "VirtualServiceSpecHttpDirectResponseBody",
    "VirtualServiceSpecHttpFault",
    "VirtualServiceSpecHttpFaultAbort",
    "VirtualServiceSpecHttpFaultAbortPercentage",
    "VirtualServiceSpecHttpFaultDelay",
    "VirtualServiceSpecHttpFaultDelayPercentage",
    "VirtualServiceSpecHttpHeaders",
    "VirtualServiceSpecHttpHeadersRequest",
    "VirtualServiceSpecHttpHeadersResponse",
    "VirtualServiceSpecHttpMatch",
    "VirtualServiceSpecHttpMatchAuthority",
    "VirtualServiceSpecHttpMatchHeaders",
    "VirtualServiceSpecHttpMatchMethod",
    "VirtualServiceSpecHttpMatchQueryParams",
    "VirtualServiceSpecHttpMatchScheme",
    "VirtualServiceSpecHttpMatchUri",
    "VirtualServiceSpecHttpMatchWithoutHeaders",
    "VirtualServiceSpecHttpMirror",
    "VirtualServiceSpecHttpMirrorPercentage",
    "VirtualServiceSpecHttpMirrorPort",
    "VirtualServiceSpecHttpMirrors",
    "VirtualServiceSpecHttpMirrorsDestination",
    "VirtualServiceSpecHttpMirrorsDestinationPort",
    "VirtualServiceSpecHttpMirrorsPercentage",
    "VirtualServiceSpecHttpRedirect",
    "VirtualServiceSpecHttpRedirectDerivePort",
    "VirtualServiceSpecHttpRetries",
    "VirtualServiceSpecHttpRewrite",
    "VirtualServiceSpecHttpRewriteUriRegexRewrite",
    "VirtualServiceSpecHttpRoute",
    "VirtualServiceSpecHttpRouteDestination",
    "VirtualServiceSpecHttpRouteDestinationPort",
    "VirtualServiceSpecHttpRouteHeaders",
    "VirtualServiceSpecHttpRouteHeadersRequest",
    "VirtualServiceSpecHttpRouteHeadersResponse",
    "VirtualServiceSpecTcp",
    "VirtualServiceSpecTcpMatch",
    "VirtualServiceSpecTcpRoute",
    "VirtualServiceSpecTcpRouteDestination",
    "VirtualServiceSpecTcpRouteDestinationPort",
    "VirtualServiceSpecTls",
    "VirtualServiceSpecTlsMatch",
    "VirtualServiceSpecTlsRoute",
    "VirtualServiceSpecTlsRouteDestination",
    "VirtualServiceSpecTlsRouteDestinationPort",
]

publication.publish()

def _typecheckingstub__d01884615ed679c0156cec1dde9f0b5ed0bca69f5427d3993e448dc293ceed9a(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[DestinationRuleSpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d09a833e152be9f1941978a9afffa0bd264eedf2706ad226f474d0f94fa11f96(
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[DestinationRuleSpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e7410ca0b5d49f02f06ca6e8d16bb554515b7308805cd1fac818dfe92c38ae41(
    *,
    host: builtins.str,
    export_to: typing.Optional[typing.Sequence[builtins.str]] = None,
    subsets: typing.Optional[typing.Sequence[typing.Union[DestinationRuleSpecSubsets, typing.Dict[builtins.str, typing.Any]]]] = None,
    traffic_policy: typing.Optional[typing.Union[DestinationRuleSpecTrafficPolicy, typing.Dict[builtins.str, typing.Any]]] = None,
    workload_selector: typing.Optional[typing.Union[DestinationRuleSpecWorkloadSelector, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3a859baa46c6d1a727064b8eb51c3e62c5526f3e4d0ec1cb41e6c990e775647a(
    *,
    name: builtins.str,
    labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    traffic_policy: typing.Optional[typing.Union[DestinationRuleSpecSubsetsTrafficPolicy, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c397d979d018499a968d27b75a15b1429625b8adbf11bd37208d6e340b4177ec(
    *,
    connection_pool: typing.Optional[typing.Union[DestinationRuleSpecSubsetsTrafficPolicyConnectionPool, typing.Dict[builtins.str, typing.Any]]] = None,
    load_balancer: typing.Optional[typing.Union[DestinationRuleSpecSubsetsTrafficPolicyLoadBalancer, typing.Dict[builtins.str, typing.Any]]] = None,
    outlier_detection: typing.Optional[typing.Union[DestinationRuleSpecSubsetsTrafficPolicyOutlierDetection, typing.Dict[builtins.str, typing.Any]]] = None,
    port_level_settings: typing.Optional[typing.Sequence[typing.Union[DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettings, typing.Dict[builtins.str, typing.Any]]]] = None,
    proxy_protocol: typing.Optional[typing.Union[DestinationRuleSpecSubsetsTrafficPolicyProxyProtocol, typing.Dict[builtins.str, typing.Any]]] = None,
    retry_budget: typing.Optional[typing.Union[DestinationRuleSpecSubsetsTrafficPolicyRetryBudget, typing.Dict[builtins.str, typing.Any]]] = None,
    tls: typing.Optional[typing.Union[DestinationRuleSpecSubsetsTrafficPolicyTls, typing.Dict[builtins.str, typing.Any]]] = None,
    tunnel: typing.Optional[typing.Union[DestinationRuleSpecSubsetsTrafficPolicyTunnel, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__26c285ffd6b517ae392220213700e11139ff1b2a60fc7e3def0ec9523466cda5(
    *,
    http: typing.Optional[typing.Union[DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolHttp, typing.Dict[builtins.str, typing.Any]]] = None,
    tcp: typing.Optional[typing.Union[DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolTcp, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7dfe5588485cbe0ea2008710f49a5422bc276bc85d4162bb7ae875df565b270a(
    *,
    h2_upgrade_policy: typing.Optional[DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolHttpH2UpgradePolicy] = None,
    http1_max_pending_requests: typing.Optional[jsii.Number] = None,
    http2_max_requests: typing.Optional[jsii.Number] = None,
    idle_timeout: typing.Optional[builtins.str] = None,
    max_concurrent_streams: typing.Optional[jsii.Number] = None,
    max_requests_per_connection: typing.Optional[jsii.Number] = None,
    max_retries: typing.Optional[jsii.Number] = None,
    use_client_protocol: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f5ac65349474656526314bb8860ef0fc5a40a13dfe96ad90b21d3a9cfcf4fa67(
    *,
    connect_timeout: typing.Optional[builtins.str] = None,
    idle_timeout: typing.Optional[builtins.str] = None,
    max_connection_duration: typing.Optional[builtins.str] = None,
    max_connections: typing.Optional[jsii.Number] = None,
    tcp_keepalive: typing.Optional[typing.Union[DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolTcpTcpKeepalive, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3b011191dd9290cc648800405b3871726bc463365eb7848c637baea6c5a28565(
    *,
    interval: typing.Optional[builtins.str] = None,
    probes: typing.Optional[jsii.Number] = None,
    time: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__70b6afdf8daa1d547105507033bb6eb09d50aca97975801b20ccfcfb13978f91(
    *,
    consistent_hash: typing.Optional[typing.Union[DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHash, typing.Dict[builtins.str, typing.Any]]] = None,
    locality_lb_setting: typing.Optional[typing.Union[DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerLocalityLbSetting, typing.Dict[builtins.str, typing.Any]]] = None,
    simple: typing.Optional[DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerSimple] = None,
    warmup: typing.Optional[typing.Union[DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerWarmup, typing.Dict[builtins.str, typing.Any]]] = None,
    warmup_duration_secs: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f818de8f6babb3de6aad85e0f3ba80e8c401ec88456f5a1f0a3708cdb8f3e8f4(
    *,
    http_cookie: typing.Optional[typing.Union[DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHashHttpCookie, typing.Dict[builtins.str, typing.Any]]] = None,
    http_header_name: typing.Optional[builtins.str] = None,
    http_query_parameter_name: typing.Optional[builtins.str] = None,
    maglev: typing.Optional[typing.Union[DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHashMaglev, typing.Dict[builtins.str, typing.Any]]] = None,
    minimum_ring_size: typing.Optional[jsii.Number] = None,
    ring_hash: typing.Optional[typing.Union[DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHashRingHash, typing.Dict[builtins.str, typing.Any]]] = None,
    use_source_ip: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__78b8c187e8d9b80f1d97e499d85204d6289c304ee1cd3dd9c0c67446056c2e0e(
    *,
    name: builtins.str,
    attributes: typing.Optional[typing.Sequence[typing.Union[DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHashHttpCookieAttributes, typing.Dict[builtins.str, typing.Any]]]] = None,
    path: typing.Optional[builtins.str] = None,
    ttl: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b5ff83ccd6d0f4efa1f0181ba37ad09cb63b0bb19856b0c90ab1d67cfce447c2(
    *,
    name: builtins.str,
    value: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c07c7156ab0434df05afc87061ee948c9e1ba445ae59d4b897ae6c52aeb46e2a(
    *,
    table_size: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e6011e273e9c19b3a4050af89b39518d878b83e575ff337579f7f4b5cf24380e(
    *,
    minimum_ring_size: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5c22f94e3443a302674c5b0ffd3ffe97e28787c40596f2598d7c538cb5601c77(
    *,
    distribute: typing.Optional[typing.Sequence[typing.Union[DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerLocalityLbSettingDistribute, typing.Dict[builtins.str, typing.Any]]]] = None,
    enabled: typing.Optional[builtins.bool] = None,
    failover: typing.Optional[typing.Sequence[typing.Union[DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerLocalityLbSettingFailover, typing.Dict[builtins.str, typing.Any]]]] = None,
    failover_priority: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a8a0d0df55ff24f8c369c92574f6d2838fe04e4ba7c4b27c9358cc6a1562efd9(
    *,
    from_: typing.Optional[builtins.str] = None,
    to: typing.Optional[typing.Mapping[builtins.str, jsii.Number]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f244895caf4a2f829dc194f3c171b8df1b90479b0204110680ab392c17b498c5(
    *,
    from_: typing.Optional[builtins.str] = None,
    to: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__71e03b7b616afc3caf0170331ce7e128b5f8ce81e1716cc9a713444573dfd149(
    *,
    duration: builtins.str,
    aggression: typing.Optional[jsii.Number] = None,
    minimum_percent: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c252659cbf544c4a04c7ea781065cdf5cced99d67d1cfdf62d0c3c4dac64c9c6(
    *,
    base_ejection_time: typing.Optional[builtins.str] = None,
    consecutive5_xx_errors: typing.Optional[jsii.Number] = None,
    consecutive_errors: typing.Optional[jsii.Number] = None,
    consecutive_gateway_errors: typing.Optional[jsii.Number] = None,
    consecutive_local_origin_failures: typing.Optional[jsii.Number] = None,
    interval: typing.Optional[builtins.str] = None,
    max_ejection_percent: typing.Optional[jsii.Number] = None,
    min_health_percent: typing.Optional[jsii.Number] = None,
    split_external_local_origin_errors: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e1288d2da0d3b18a6b769026e0761af6f1302483fb6dbfd429abd3f434946613(
    *,
    connection_pool: typing.Optional[typing.Union[DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPool, typing.Dict[builtins.str, typing.Any]]] = None,
    load_balancer: typing.Optional[typing.Union[DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancer, typing.Dict[builtins.str, typing.Any]]] = None,
    outlier_detection: typing.Optional[typing.Union[DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsOutlierDetection, typing.Dict[builtins.str, typing.Any]]] = None,
    port: typing.Optional[typing.Union[DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsPort, typing.Dict[builtins.str, typing.Any]]] = None,
    tls: typing.Optional[typing.Union[DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsTls, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7508c0b2033554a29d498afb6f13e73447632a05bc4860ffcca5985523c60104(
    *,
    http: typing.Optional[typing.Union[DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolHttp, typing.Dict[builtins.str, typing.Any]]] = None,
    tcp: typing.Optional[typing.Union[DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolTcp, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d6954a644cbe188394ddb874592420c08a3405a109eba19843e1d2387bfe2746(
    *,
    h2_upgrade_policy: typing.Optional[DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolHttpH2UpgradePolicy] = None,
    http1_max_pending_requests: typing.Optional[jsii.Number] = None,
    http2_max_requests: typing.Optional[jsii.Number] = None,
    idle_timeout: typing.Optional[builtins.str] = None,
    max_concurrent_streams: typing.Optional[jsii.Number] = None,
    max_requests_per_connection: typing.Optional[jsii.Number] = None,
    max_retries: typing.Optional[jsii.Number] = None,
    use_client_protocol: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a9a60ffb92912c58516bfa7cd8bde8af490946318d869bb067d12695217874a1(
    *,
    connect_timeout: typing.Optional[builtins.str] = None,
    idle_timeout: typing.Optional[builtins.str] = None,
    max_connection_duration: typing.Optional[builtins.str] = None,
    max_connections: typing.Optional[jsii.Number] = None,
    tcp_keepalive: typing.Optional[typing.Union[DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolTcpTcpKeepalive, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__fad07ad599a27049d8a491d101fd79602e45cb31e14da82073384bd6909c07a0(
    *,
    interval: typing.Optional[builtins.str] = None,
    probes: typing.Optional[jsii.Number] = None,
    time: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a5ecb92f41886729a52fb4e6c4a3408e9182786ea4c60cc8ade9839c2ad884ca(
    *,
    consistent_hash: typing.Optional[typing.Union[DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHash, typing.Dict[builtins.str, typing.Any]]] = None,
    locality_lb_setting: typing.Optional[typing.Union[DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSetting, typing.Dict[builtins.str, typing.Any]]] = None,
    simple: typing.Optional[DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerSimple] = None,
    warmup: typing.Optional[typing.Union[DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerWarmup, typing.Dict[builtins.str, typing.Any]]] = None,
    warmup_duration_secs: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__96687df2bc5ccfa85b19a3daacd3d0570f08a0a0d7ed2d60fa6300f13db33101(
    *,
    http_cookie: typing.Optional[typing.Union[DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookie, typing.Dict[builtins.str, typing.Any]]] = None,
    http_header_name: typing.Optional[builtins.str] = None,
    http_query_parameter_name: typing.Optional[builtins.str] = None,
    maglev: typing.Optional[typing.Union[DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashMaglev, typing.Dict[builtins.str, typing.Any]]] = None,
    minimum_ring_size: typing.Optional[jsii.Number] = None,
    ring_hash: typing.Optional[typing.Union[DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashRingHash, typing.Dict[builtins.str, typing.Any]]] = None,
    use_source_ip: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__654106c00ac1685b5dd6027b241d669888699510d87899712acb4aebd35b3743(
    *,
    name: builtins.str,
    attributes: typing.Optional[typing.Sequence[typing.Union[DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookieAttributes, typing.Dict[builtins.str, typing.Any]]]] = None,
    path: typing.Optional[builtins.str] = None,
    ttl: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__45be8d331309f2439ab221239c0e1250b3c50b7043f28def73a941ece6c4aa46(
    *,
    name: builtins.str,
    value: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__92b6e3b71be3ca9977bc9baa3cd4509dd4f4e7f7841fce4d897893c3e684e545(
    *,
    table_size: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ead2ec351aef3e72727cdacb34fbb32ac8d13f3544a684fca0384867ad088aae(
    *,
    minimum_ring_size: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1fd263216a3339e1fc6c85c365341463ad059365f4e7054587c90775b9da6e1e(
    *,
    distribute: typing.Optional[typing.Sequence[typing.Union[DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingDistribute, typing.Dict[builtins.str, typing.Any]]]] = None,
    enabled: typing.Optional[builtins.bool] = None,
    failover: typing.Optional[typing.Sequence[typing.Union[DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingFailover, typing.Dict[builtins.str, typing.Any]]]] = None,
    failover_priority: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6b4bfa673276bd341e26442ca26adb4a031797443bedfe885b2e965d9b81af35(
    *,
    from_: typing.Optional[builtins.str] = None,
    to: typing.Optional[typing.Mapping[builtins.str, jsii.Number]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__492c2d7b25d6fbcb7dda99362c2dfc22baecd74141fb53044566421181782235(
    *,
    from_: typing.Optional[builtins.str] = None,
    to: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__859ded1e61b1e19f00be87d095dd26870bf94e3afc1c98e42cfa27252b9cf880(
    *,
    duration: builtins.str,
    aggression: typing.Optional[jsii.Number] = None,
    minimum_percent: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__956c4246aaef5d966f9d92c5d54db0a138639f968fbc3eb5979218aae11d96d9(
    *,
    base_ejection_time: typing.Optional[builtins.str] = None,
    consecutive5_xx_errors: typing.Optional[jsii.Number] = None,
    consecutive_errors: typing.Optional[jsii.Number] = None,
    consecutive_gateway_errors: typing.Optional[jsii.Number] = None,
    consecutive_local_origin_failures: typing.Optional[jsii.Number] = None,
    interval: typing.Optional[builtins.str] = None,
    max_ejection_percent: typing.Optional[jsii.Number] = None,
    min_health_percent: typing.Optional[jsii.Number] = None,
    split_external_local_origin_errors: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a29cc6602f054bb139ebf873adcd2e800fce3d13d4ac7839eb5c807835fc39a1(
    *,
    number: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6a0211c4409ee238e7ed9016df70377f6af25586f5feaa54769d2e100aa1695f(
    *,
    ca_certificates: typing.Optional[builtins.str] = None,
    ca_crl: typing.Optional[builtins.str] = None,
    client_certificate: typing.Optional[builtins.str] = None,
    credential_name: typing.Optional[builtins.str] = None,
    insecure_skip_verify: typing.Optional[builtins.bool] = None,
    mode: typing.Optional[DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsTlsMode] = None,
    private_key: typing.Optional[builtins.str] = None,
    sni: typing.Optional[builtins.str] = None,
    subject_alt_names: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__640503f4eecf70dacec0c60f38f2d1753a4824d1defb45a60b9577aeca8bb65e(
    *,
    version: typing.Optional[DestinationRuleSpecSubsetsTrafficPolicyProxyProtocolVersion] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c8c53d931243848592dd0cd2e59684cc4a05500ce99afb75f95191df69e3ebd8(
    *,
    min_retry_concurrency: typing.Optional[jsii.Number] = None,
    percent: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5f5727b08ee04ba617e907a95ab853953bc84b6539651b2f5fcf851d0f534221(
    *,
    ca_certificates: typing.Optional[builtins.str] = None,
    ca_crl: typing.Optional[builtins.str] = None,
    client_certificate: typing.Optional[builtins.str] = None,
    credential_name: typing.Optional[builtins.str] = None,
    insecure_skip_verify: typing.Optional[builtins.bool] = None,
    mode: typing.Optional[DestinationRuleSpecSubsetsTrafficPolicyTlsMode] = None,
    private_key: typing.Optional[builtins.str] = None,
    sni: typing.Optional[builtins.str] = None,
    subject_alt_names: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7ee8f525a1997f615a75269e36fea040aafac2f9c88ecf1d38ebde11eb2f2daf(
    *,
    target_host: builtins.str,
    target_port: jsii.Number,
    protocol: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__da0eb6860dc3d656ff13dab15538a5a47c9ef8f5bedf6db1b181935ad35ff46d(
    *,
    connection_pool: typing.Optional[typing.Union[DestinationRuleSpecTrafficPolicyConnectionPool, typing.Dict[builtins.str, typing.Any]]] = None,
    load_balancer: typing.Optional[typing.Union[DestinationRuleSpecTrafficPolicyLoadBalancer, typing.Dict[builtins.str, typing.Any]]] = None,
    outlier_detection: typing.Optional[typing.Union[DestinationRuleSpecTrafficPolicyOutlierDetection, typing.Dict[builtins.str, typing.Any]]] = None,
    port_level_settings: typing.Optional[typing.Sequence[typing.Union[DestinationRuleSpecTrafficPolicyPortLevelSettings, typing.Dict[builtins.str, typing.Any]]]] = None,
    proxy_protocol: typing.Optional[typing.Union[DestinationRuleSpecTrafficPolicyProxyProtocol, typing.Dict[builtins.str, typing.Any]]] = None,
    retry_budget: typing.Optional[typing.Union[DestinationRuleSpecTrafficPolicyRetryBudget, typing.Dict[builtins.str, typing.Any]]] = None,
    tls: typing.Optional[typing.Union[DestinationRuleSpecTrafficPolicyTls, typing.Dict[builtins.str, typing.Any]]] = None,
    tunnel: typing.Optional[typing.Union[DestinationRuleSpecTrafficPolicyTunnel, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5d2c2ed1c944bb0a2ff96b3feb859697ee6f769f066c04b3c4bb9449023ed198(
    *,
    http: typing.Optional[typing.Union[DestinationRuleSpecTrafficPolicyConnectionPoolHttp, typing.Dict[builtins.str, typing.Any]]] = None,
    tcp: typing.Optional[typing.Union[DestinationRuleSpecTrafficPolicyConnectionPoolTcp, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__37441addb927bdd3b42bc6b3211d71554997aa169af08741456089fc7d428ad6(
    *,
    h2_upgrade_policy: typing.Optional[DestinationRuleSpecTrafficPolicyConnectionPoolHttpH2UpgradePolicy] = None,
    http1_max_pending_requests: typing.Optional[jsii.Number] = None,
    http2_max_requests: typing.Optional[jsii.Number] = None,
    idle_timeout: typing.Optional[builtins.str] = None,
    max_concurrent_streams: typing.Optional[jsii.Number] = None,
    max_requests_per_connection: typing.Optional[jsii.Number] = None,
    max_retries: typing.Optional[jsii.Number] = None,
    use_client_protocol: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1126561aac27e7c48e9a695ce0839c3f81523ea454c8f5b1b910b6b00fd1f48b(
    *,
    connect_timeout: typing.Optional[builtins.str] = None,
    idle_timeout: typing.Optional[builtins.str] = None,
    max_connection_duration: typing.Optional[builtins.str] = None,
    max_connections: typing.Optional[jsii.Number] = None,
    tcp_keepalive: typing.Optional[typing.Union[DestinationRuleSpecTrafficPolicyConnectionPoolTcpTcpKeepalive, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__83c7db0ca655ba0eecd238e28874d61ea4904718be9004ded26d83e8e4e2a7f2(
    *,
    interval: typing.Optional[builtins.str] = None,
    probes: typing.Optional[jsii.Number] = None,
    time: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__db1e2d33d7afda2df777d2afcf6b8674bc23977d7d625d100744c38ef6c8e34d(
    *,
    consistent_hash: typing.Optional[typing.Union[DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHash, typing.Dict[builtins.str, typing.Any]]] = None,
    locality_lb_setting: typing.Optional[typing.Union[DestinationRuleSpecTrafficPolicyLoadBalancerLocalityLbSetting, typing.Dict[builtins.str, typing.Any]]] = None,
    simple: typing.Optional[DestinationRuleSpecTrafficPolicyLoadBalancerSimple] = None,
    warmup: typing.Optional[typing.Union[DestinationRuleSpecTrafficPolicyLoadBalancerWarmup, typing.Dict[builtins.str, typing.Any]]] = None,
    warmup_duration_secs: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c63fa65990334a02b42e9312348b89041923be3207ff53b7dece1c0bb3fb0ae3(
    *,
    http_cookie: typing.Optional[typing.Union[DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHashHttpCookie, typing.Dict[builtins.str, typing.Any]]] = None,
    http_header_name: typing.Optional[builtins.str] = None,
    http_query_parameter_name: typing.Optional[builtins.str] = None,
    maglev: typing.Optional[typing.Union[DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHashMaglev, typing.Dict[builtins.str, typing.Any]]] = None,
    minimum_ring_size: typing.Optional[jsii.Number] = None,
    ring_hash: typing.Optional[typing.Union[DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHashRingHash, typing.Dict[builtins.str, typing.Any]]] = None,
    use_source_ip: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__866c629c557e1e735ae8b2f23d368a0d8859e7b60fcee724fc6df389c25fe0dd(
    *,
    name: builtins.str,
    attributes: typing.Optional[typing.Sequence[typing.Union[DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHashHttpCookieAttributes, typing.Dict[builtins.str, typing.Any]]]] = None,
    path: typing.Optional[builtins.str] = None,
    ttl: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c37f6dab99e30e10179838ef27469f92cbd62fc4a82621a9f3514a0968547ca9(
    *,
    name: builtins.str,
    value: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__75591506332ab250d76a431b19677824c86278a8b5cfa1513944cfc23d61c11e(
    *,
    table_size: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__de9966e592f98083602c2b4a22567418f61edfe5f3ce33cacd69d112c6b45694(
    *,
    minimum_ring_size: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__22f802bdafa23af571fa61f9c2aa62dfa297cb189bc42232b50c490837404305(
    *,
    distribute: typing.Optional[typing.Sequence[typing.Union[DestinationRuleSpecTrafficPolicyLoadBalancerLocalityLbSettingDistribute, typing.Dict[builtins.str, typing.Any]]]] = None,
    enabled: typing.Optional[builtins.bool] = None,
    failover: typing.Optional[typing.Sequence[typing.Union[DestinationRuleSpecTrafficPolicyLoadBalancerLocalityLbSettingFailover, typing.Dict[builtins.str, typing.Any]]]] = None,
    failover_priority: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3158e8e1d088d68b323c413b23773466a3e1c10d8e1f83a934b29822cb1fae67(
    *,
    from_: typing.Optional[builtins.str] = None,
    to: typing.Optional[typing.Mapping[builtins.str, jsii.Number]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3fb0ccf312cee73603ef2bbb2e527ee646d5a008b8ffab16846ed1eb0ff0db90(
    *,
    from_: typing.Optional[builtins.str] = None,
    to: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__fa8ae587d5fb0819b8922d930c1df4fffe33b74813e42e9077fc5bc310b62479(
    *,
    duration: builtins.str,
    aggression: typing.Optional[jsii.Number] = None,
    minimum_percent: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c416c3f753f924e9da4aa63fec55776d2a215d0627a46a30a012d4c7eb9f0a64(
    *,
    base_ejection_time: typing.Optional[builtins.str] = None,
    consecutive5_xx_errors: typing.Optional[jsii.Number] = None,
    consecutive_errors: typing.Optional[jsii.Number] = None,
    consecutive_gateway_errors: typing.Optional[jsii.Number] = None,
    consecutive_local_origin_failures: typing.Optional[jsii.Number] = None,
    interval: typing.Optional[builtins.str] = None,
    max_ejection_percent: typing.Optional[jsii.Number] = None,
    min_health_percent: typing.Optional[jsii.Number] = None,
    split_external_local_origin_errors: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e8136d221d59c85efe98eecdbe26770217161a185450560eedd8224f73ace2b5(
    *,
    connection_pool: typing.Optional[typing.Union[DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPool, typing.Dict[builtins.str, typing.Any]]] = None,
    load_balancer: typing.Optional[typing.Union[DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancer, typing.Dict[builtins.str, typing.Any]]] = None,
    outlier_detection: typing.Optional[typing.Union[DestinationRuleSpecTrafficPolicyPortLevelSettingsOutlierDetection, typing.Dict[builtins.str, typing.Any]]] = None,
    port: typing.Optional[typing.Union[DestinationRuleSpecTrafficPolicyPortLevelSettingsPort, typing.Dict[builtins.str, typing.Any]]] = None,
    tls: typing.Optional[typing.Union[DestinationRuleSpecTrafficPolicyPortLevelSettingsTls, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__321bebb5e7953dd279210c285330bf8691136e7f673b4029088b73d74464706a(
    *,
    http: typing.Optional[typing.Union[DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolHttp, typing.Dict[builtins.str, typing.Any]]] = None,
    tcp: typing.Optional[typing.Union[DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolTcp, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3317d3f8d9510e4ab1f57e38f8b92bfc56a3c5f5bd8239056aa262919e8110e7(
    *,
    h2_upgrade_policy: typing.Optional[DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolHttpH2UpgradePolicy] = None,
    http1_max_pending_requests: typing.Optional[jsii.Number] = None,
    http2_max_requests: typing.Optional[jsii.Number] = None,
    idle_timeout: typing.Optional[builtins.str] = None,
    max_concurrent_streams: typing.Optional[jsii.Number] = None,
    max_requests_per_connection: typing.Optional[jsii.Number] = None,
    max_retries: typing.Optional[jsii.Number] = None,
    use_client_protocol: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0f5d7cc6ee3bc1c1b3299ce85869d20c26c524103d6c2f154ee3afd66fec2df3(
    *,
    connect_timeout: typing.Optional[builtins.str] = None,
    idle_timeout: typing.Optional[builtins.str] = None,
    max_connection_duration: typing.Optional[builtins.str] = None,
    max_connections: typing.Optional[jsii.Number] = None,
    tcp_keepalive: typing.Optional[typing.Union[DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolTcpTcpKeepalive, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9b1379d0caaf4fd47c58e51956ce7184bb574aa2d3bc0e51a0528e9acb06ad65(
    *,
    interval: typing.Optional[builtins.str] = None,
    probes: typing.Optional[jsii.Number] = None,
    time: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f8de3989f84530c9f797c7a72ef2a098356da4b6c3f1db41117f5e1fbd8a04e6(
    *,
    consistent_hash: typing.Optional[typing.Union[DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHash, typing.Dict[builtins.str, typing.Any]]] = None,
    locality_lb_setting: typing.Optional[typing.Union[DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSetting, typing.Dict[builtins.str, typing.Any]]] = None,
    simple: typing.Optional[DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerSimple] = None,
    warmup: typing.Optional[typing.Union[DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerWarmup, typing.Dict[builtins.str, typing.Any]]] = None,
    warmup_duration_secs: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c14733ad5c7eb9d6a2c1cf67a14b1db9315d350bdecdbe08717e688db0fea7fd(
    *,
    http_cookie: typing.Optional[typing.Union[DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookie, typing.Dict[builtins.str, typing.Any]]] = None,
    http_header_name: typing.Optional[builtins.str] = None,
    http_query_parameter_name: typing.Optional[builtins.str] = None,
    maglev: typing.Optional[typing.Union[DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashMaglev, typing.Dict[builtins.str, typing.Any]]] = None,
    minimum_ring_size: typing.Optional[jsii.Number] = None,
    ring_hash: typing.Optional[typing.Union[DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashRingHash, typing.Dict[builtins.str, typing.Any]]] = None,
    use_source_ip: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__385d9b31cf9a63e2718b3bbacb15841acd6d4f6cc8c3b565facf22ffb7c5450b(
    *,
    name: builtins.str,
    attributes: typing.Optional[typing.Sequence[typing.Union[DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookieAttributes, typing.Dict[builtins.str, typing.Any]]]] = None,
    path: typing.Optional[builtins.str] = None,
    ttl: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__01ca2d6ce0c663b60be004aec30b064543770fc7d03c48527e9b28aeebed374c(
    *,
    name: builtins.str,
    value: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a8d1525fed48a879ffdb6018a34d9fe2812553dfb422900145f44107b3b20f74(
    *,
    table_size: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__39fd05d0cb8e4030f812a49cecbda556a8494919bed7beae48ce75a2ea32a60e(
    *,
    minimum_ring_size: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9de9c91600d907ef09b33fceb133848ee813f854628bfd0473f0b38cb1bae3b6(
    *,
    distribute: typing.Optional[typing.Sequence[typing.Union[DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingDistribute, typing.Dict[builtins.str, typing.Any]]]] = None,
    enabled: typing.Optional[builtins.bool] = None,
    failover: typing.Optional[typing.Sequence[typing.Union[DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingFailover, typing.Dict[builtins.str, typing.Any]]]] = None,
    failover_priority: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__12583470febffb1e4e900cc9e938094f27abe72fc47e77793d23f9084f7baddb(
    *,
    from_: typing.Optional[builtins.str] = None,
    to: typing.Optional[typing.Mapping[builtins.str, jsii.Number]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__832c22df064db70cd274a78707cd3853e777a6e7cdb9621349ae4efd91f7605f(
    *,
    from_: typing.Optional[builtins.str] = None,
    to: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1aa8830a7d586606ac4ff3011a67ea47a687a1630f7260a4cc969bee46bb7f9a(
    *,
    duration: builtins.str,
    aggression: typing.Optional[jsii.Number] = None,
    minimum_percent: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__76ac10608b9c4f14a71d4cddee78355e524058c2ea702fb8f46cdf887e0b31f1(
    *,
    base_ejection_time: typing.Optional[builtins.str] = None,
    consecutive5_xx_errors: typing.Optional[jsii.Number] = None,
    consecutive_errors: typing.Optional[jsii.Number] = None,
    consecutive_gateway_errors: typing.Optional[jsii.Number] = None,
    consecutive_local_origin_failures: typing.Optional[jsii.Number] = None,
    interval: typing.Optional[builtins.str] = None,
    max_ejection_percent: typing.Optional[jsii.Number] = None,
    min_health_percent: typing.Optional[jsii.Number] = None,
    split_external_local_origin_errors: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__580ae63a079cc3b68f968d3c63085bc60bd395540b94a3b1df8f3334d780fa29(
    *,
    number: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3950bf33871860dc657a651081790e660a949dd52307dc017d472d7ae5b07aa1(
    *,
    ca_certificates: typing.Optional[builtins.str] = None,
    ca_crl: typing.Optional[builtins.str] = None,
    client_certificate: typing.Optional[builtins.str] = None,
    credential_name: typing.Optional[builtins.str] = None,
    insecure_skip_verify: typing.Optional[builtins.bool] = None,
    mode: typing.Optional[DestinationRuleSpecTrafficPolicyPortLevelSettingsTlsMode] = None,
    private_key: typing.Optional[builtins.str] = None,
    sni: typing.Optional[builtins.str] = None,
    subject_alt_names: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2defd63bf5c998b5dc8030c066c72570fc4e0e19100954857da1c2a94de3126f(
    *,
    version: typing.Optional[DestinationRuleSpecTrafficPolicyProxyProtocolVersion] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__13b2bbaa77f7da0935a25c5a42bb6b71f2636b9bd5f5ff22d382842ca0927a6b(
    *,
    min_retry_concurrency: typing.Optional[jsii.Number] = None,
    percent: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__04325d2596400c312f98c2164c8e000e172e8c51ea8da268f726437dec23d374(
    *,
    ca_certificates: typing.Optional[builtins.str] = None,
    ca_crl: typing.Optional[builtins.str] = None,
    client_certificate: typing.Optional[builtins.str] = None,
    credential_name: typing.Optional[builtins.str] = None,
    insecure_skip_verify: typing.Optional[builtins.bool] = None,
    mode: typing.Optional[DestinationRuleSpecTrafficPolicyTlsMode] = None,
    private_key: typing.Optional[builtins.str] = None,
    sni: typing.Optional[builtins.str] = None,
    subject_alt_names: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__be92608095dfccf43754b806ce854b7f25d2f4ac79d35941daaea20f087b2b3a(
    *,
    target_host: builtins.str,
    target_port: jsii.Number,
    protocol: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__50420be025a9cab6ff4f2078f1c26bfdd309892411da393b6ebb0931c2380e2c(
    *,
    match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__85b7176be6d0f0cf541070f31a0173d7eec0bc9c4f8472931c493380422c6048(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[EnvoyFilterSpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__bcae8b1df16d82c099b07dee27baa8748913d7f9fada9c4599bb95773ca6a24c(
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[EnvoyFilterSpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b783991c38e242293c8db673993b1d04cfa180b865ae904f2737960d2965dcac(
    *,
    config_patches: typing.Optional[typing.Sequence[typing.Union[EnvoyFilterSpecConfigPatches, typing.Dict[builtins.str, typing.Any]]]] = None,
    priority: typing.Optional[jsii.Number] = None,
    target_refs: typing.Optional[typing.Sequence[typing.Union[EnvoyFilterSpecTargetRefs, typing.Dict[builtins.str, typing.Any]]]] = None,
    workload_selector: typing.Optional[typing.Union[EnvoyFilterSpecWorkloadSelector, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a5088adf985c983a67eff245ffc37d1dc110f0bff77da7e36d4e47ab24240648(
    *,
    apply_to: typing.Optional[EnvoyFilterSpecConfigPatchesApplyTo] = None,
    match: typing.Optional[typing.Union[EnvoyFilterSpecConfigPatchesMatch, typing.Dict[builtins.str, typing.Any]]] = None,
    patch: typing.Optional[typing.Union[EnvoyFilterSpecConfigPatchesPatch, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1afa260dee197b99c38610d2c8f30324feb71d9f5aaf1106467db415d11e0187(
    *,
    cluster: typing.Optional[typing.Union[EnvoyFilterSpecConfigPatchesMatchCluster, typing.Dict[builtins.str, typing.Any]]] = None,
    context: typing.Optional[EnvoyFilterSpecConfigPatchesMatchContext] = None,
    listener: typing.Optional[typing.Union[EnvoyFilterSpecConfigPatchesMatchListener, typing.Dict[builtins.str, typing.Any]]] = None,
    proxy: typing.Optional[typing.Union[EnvoyFilterSpecConfigPatchesMatchProxy, typing.Dict[builtins.str, typing.Any]]] = None,
    route_configuration: typing.Optional[typing.Union[EnvoyFilterSpecConfigPatchesMatchRouteConfiguration, typing.Dict[builtins.str, typing.Any]]] = None,
    waypoint: typing.Optional[typing.Union[EnvoyFilterSpecConfigPatchesMatchWaypoint, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__df118de12bfbb179656cfd9255645442478452e1c0fed9ff68b2e23ea8e388f2(
    *,
    name: typing.Optional[builtins.str] = None,
    port_number: typing.Optional[jsii.Number] = None,
    service: typing.Optional[builtins.str] = None,
    subset: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0ec6275006192b804a240907bb66b871b035f87e2e0bec28d5ce526715a5ce37(
    *,
    filter_chain: typing.Optional[typing.Union[EnvoyFilterSpecConfigPatchesMatchListenerFilterChain, typing.Dict[builtins.str, typing.Any]]] = None,
    listener_filter: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    port_name: typing.Optional[builtins.str] = None,
    port_number: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a8bf76297bb062fceebd48717212599a31c0a8b3c32da1f5ea45b4d0e13d166d(
    *,
    application_protocols: typing.Optional[builtins.str] = None,
    destination_port: typing.Optional[jsii.Number] = None,
    filter: typing.Optional[typing.Union[EnvoyFilterSpecConfigPatchesMatchListenerFilterChainFilter, typing.Dict[builtins.str, typing.Any]]] = None,
    name: typing.Optional[builtins.str] = None,
    sni: typing.Optional[builtins.str] = None,
    transport_protocol: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1ef9a11799bb30a961ea05f94812b9a0d4ff2c17287d8718496a9624f8af78f9(
    *,
    name: typing.Optional[builtins.str] = None,
    sub_filter: typing.Optional[typing.Union[EnvoyFilterSpecConfigPatchesMatchListenerFilterChainFilterSubFilter, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c91afb0beeda4024154bc70f4760842d15536f3534764ec647bb8bbe29ff0070(
    *,
    name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__98e4524cba4d1c4c03915baffc0ed17457b1d487b69a9cb6a8c385ffee779ddb(
    *,
    metadata: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    proxy_version: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c9762815a7a94ef3532a88c0dd9d2e2b63b18f41985a9547e756bbf83de2cbc9(
    *,
    gateway: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    port_name: typing.Optional[builtins.str] = None,
    port_number: typing.Optional[jsii.Number] = None,
    vhost: typing.Optional[typing.Union[EnvoyFilterSpecConfigPatchesMatchRouteConfigurationVhost, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3f88c40db64adb13d9bca7348c17c97f79a4b9f2757bd915d9d9a2e8ea64db14(
    *,
    domain_name: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    route: typing.Optional[typing.Union[EnvoyFilterSpecConfigPatchesMatchRouteConfigurationVhostRoute, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__94576683209fd2e1c03faf1c69562ee224ca1bd608a3e9cadea4e8c23eefea4c(
    *,
    action: typing.Optional[EnvoyFilterSpecConfigPatchesMatchRouteConfigurationVhostRouteAction] = None,
    name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e58a49fbc0a55dcc8e2762aa794e41ab9d478b70d45314ea1fd3d0571310be8f(
    *,
    filter: typing.Optional[typing.Union[EnvoyFilterSpecConfigPatchesMatchWaypointFilter, typing.Dict[builtins.str, typing.Any]]] = None,
    port_number: typing.Optional[jsii.Number] = None,
    route: typing.Optional[typing.Union[EnvoyFilterSpecConfigPatchesMatchWaypointRoute, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__eff1c09268bc565926b08b765b01c27a54de84b17831cfd7054c0ed45690caab(
    *,
    name: typing.Optional[builtins.str] = None,
    sub_filter: typing.Optional[typing.Union[EnvoyFilterSpecConfigPatchesMatchWaypointFilterSubFilter, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__14739e0f5ef4e73e045940e9737e300e3489dee0f139d3eb208d684f6eb1c38a(
    *,
    name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__28cfb05d60913df7a2fef9577da5bb5a1ed79dad1a3373589ccb3a43b64892cb(
    *,
    name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1cb89ab03204555fd717b465b791eeb11e08978b39258585e419b785a3deecfc(
    *,
    filter_class: typing.Optional[EnvoyFilterSpecConfigPatchesPatchFilterClass] = None,
    operation: typing.Optional[EnvoyFilterSpecConfigPatchesPatchOperation] = None,
    value: typing.Any = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__08279e46b0c799c182be363153ab9573da3516e8f1d55dbcc861d4880322f2f5(
    *,
    kind: builtins.str,
    name: builtins.str,
    group: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__22e5cab600c66602e53c3032a787084043a2ffb17583107a270cc7f498ba76d5(
    *,
    labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5e890790c2f5bb6100d09204e3ea1c21f8b670e38c42991e5f29b23f1c339a6b(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[GatewaySpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__873283d71053aaf20f444d631293a6b1780bb56b98328bd202c1fa184c8aa9b8(
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[GatewaySpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__21b465adc712bef3c7d138ca4361c1207f9c55594689e910976a4cc0cef4e5f6(
    *,
    selector: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    servers: typing.Optional[typing.Sequence[typing.Union[GatewaySpecServers, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d0ba1247d4d0d887497e137bad57a37d22af1b0e8ffa0b8a47ecefb4e25e22bf(
    *,
    hosts: typing.Sequence[builtins.str],
    port: typing.Union[GatewaySpecServersPort, typing.Dict[builtins.str, typing.Any]],
    bind: typing.Optional[builtins.str] = None,
    default_endpoint: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    tls: typing.Optional[typing.Union[GatewaySpecServersTls, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__29bf5c19ededf28851b9eb8f4be80d896f48617db22186f77674468694a5d0ad(
    *,
    name: builtins.str,
    number: jsii.Number,
    protocol: builtins.str,
    target_port: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c8b3a65cd0dc8c57bc8f3f0d3f7dcaf6f69803fd9b19d47cd979e9a4805f48de(
    *,
    ca_cert_credential_name: typing.Optional[builtins.str] = None,
    ca_certificates: typing.Optional[builtins.str] = None,
    ca_crl: typing.Optional[builtins.str] = None,
    cipher_suites: typing.Optional[typing.Sequence[builtins.str]] = None,
    credential_name: typing.Optional[builtins.str] = None,
    credential_names: typing.Optional[typing.Sequence[builtins.str]] = None,
    https_redirect: typing.Optional[builtins.bool] = None,
    max_protocol_version: typing.Optional[GatewaySpecServersTlsMaxProtocolVersion] = None,
    min_protocol_version: typing.Optional[GatewaySpecServersTlsMinProtocolVersion] = None,
    mode: typing.Optional[GatewaySpecServersTlsMode] = None,
    private_key: typing.Optional[builtins.str] = None,
    server_certificate: typing.Optional[builtins.str] = None,
    subject_alt_names: typing.Optional[typing.Sequence[builtins.str]] = None,
    tls_certificates: typing.Optional[typing.Sequence[typing.Union[GatewaySpecServersTlsTlsCertificates, typing.Dict[builtins.str, typing.Any]]]] = None,
    verify_certificate_hash: typing.Optional[typing.Sequence[builtins.str]] = None,
    verify_certificate_spki: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__faebd89547e5e453250faa44516fc9554f56a61f25ae4111ca0e883b82536a6b(
    *,
    ca_certificates: typing.Optional[builtins.str] = None,
    private_key: typing.Optional[builtins.str] = None,
    server_certificate: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e6a3de8457d47de3d27a7236dc96831454407bd2e4b0471c8c3a02c2a6765583(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[SidecarSpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ef17b046c64d89eac8292507530e59b6a4679dff8de72c9b1b6bb5356cac65b9(
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[SidecarSpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3400e5c6fd02533b45e7411c60d5a91f79abb50882b6d9f4083b73fce9715e3f(
    *,
    egress: typing.Optional[typing.Sequence[typing.Union[SidecarSpecEgress, typing.Dict[builtins.str, typing.Any]]]] = None,
    inbound_connection_pool: typing.Optional[typing.Union[SidecarSpecInboundConnectionPool, typing.Dict[builtins.str, typing.Any]]] = None,
    ingress: typing.Optional[typing.Sequence[typing.Union[SidecarSpecIngress, typing.Dict[builtins.str, typing.Any]]]] = None,
    outbound_traffic_policy: typing.Optional[typing.Union[SidecarSpecOutboundTrafficPolicy, typing.Dict[builtins.str, typing.Any]]] = None,
    workload_selector: typing.Optional[typing.Union[SidecarSpecWorkloadSelector, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__07c1a41b73ff3fb68574576375400b797026928174c9c3ab2f16dc207364144e(
    *,
    hosts: typing.Sequence[builtins.str],
    bind: typing.Optional[builtins.str] = None,
    capture_mode: typing.Optional[SidecarSpecEgressCaptureMode] = None,
    port: typing.Optional[typing.Union[SidecarSpecEgressPort, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e78a6bf2a6134ba8c0b2655af27ed95c7784e4212cd5f662fabe1165a613dbd7(
    *,
    name: typing.Optional[builtins.str] = None,
    number: typing.Optional[jsii.Number] = None,
    protocol: typing.Optional[builtins.str] = None,
    target_port: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7996f137fc69c4cb43a127bf69f25b2e314b6a630f0bde056f48b99b5057d76b(
    *,
    http: typing.Optional[typing.Union[SidecarSpecInboundConnectionPoolHttp, typing.Dict[builtins.str, typing.Any]]] = None,
    tcp: typing.Optional[typing.Union[SidecarSpecInboundConnectionPoolTcp, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__87f05964bc0bed191d20739a4c684c7f74c607722b52fc06e95246913ca19898(
    *,
    h2_upgrade_policy: typing.Optional[SidecarSpecInboundConnectionPoolHttpH2UpgradePolicy] = None,
    http1_max_pending_requests: typing.Optional[jsii.Number] = None,
    http2_max_requests: typing.Optional[jsii.Number] = None,
    idle_timeout: typing.Optional[builtins.str] = None,
    max_concurrent_streams: typing.Optional[jsii.Number] = None,
    max_requests_per_connection: typing.Optional[jsii.Number] = None,
    max_retries: typing.Optional[jsii.Number] = None,
    use_client_protocol: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__739a54bfdfe2726407224ba2dd5f56913117e12327c99f86d4939218845fbf6f(
    *,
    connect_timeout: typing.Optional[builtins.str] = None,
    idle_timeout: typing.Optional[builtins.str] = None,
    max_connection_duration: typing.Optional[builtins.str] = None,
    max_connections: typing.Optional[jsii.Number] = None,
    tcp_keepalive: typing.Optional[typing.Union[SidecarSpecInboundConnectionPoolTcpTcpKeepalive, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__267c965a3977619fb95a243bf13563935d6ecc4856fe15fc9cd5507aae23e044(
    *,
    interval: typing.Optional[builtins.str] = None,
    probes: typing.Optional[jsii.Number] = None,
    time: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__062697b479293b580d788066976c04d7165b15d5c5e8f34865f32c85b6c5dabe(
    *,
    port: typing.Union[SidecarSpecIngressPort, typing.Dict[builtins.str, typing.Any]],
    bind: typing.Optional[builtins.str] = None,
    capture_mode: typing.Optional[SidecarSpecIngressCaptureMode] = None,
    connection_pool: typing.Optional[typing.Union[SidecarSpecIngressConnectionPool, typing.Dict[builtins.str, typing.Any]]] = None,
    default_endpoint: typing.Optional[builtins.str] = None,
    tls: typing.Optional[typing.Union[SidecarSpecIngressTls, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__05dfe99a7d9919df93fbdb6080ab44b0120937f0bbf743f85a5bc6977fa921f0(
    *,
    http: typing.Optional[typing.Union[SidecarSpecIngressConnectionPoolHttp, typing.Dict[builtins.str, typing.Any]]] = None,
    tcp: typing.Optional[typing.Union[SidecarSpecIngressConnectionPoolTcp, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__566ad5c17921715994e70b59b99ab5cd9c32c23384a4ee26fbe290ab683550d6(
    *,
    h2_upgrade_policy: typing.Optional[SidecarSpecIngressConnectionPoolHttpH2UpgradePolicy] = None,
    http1_max_pending_requests: typing.Optional[jsii.Number] = None,
    http2_max_requests: typing.Optional[jsii.Number] = None,
    idle_timeout: typing.Optional[builtins.str] = None,
    max_concurrent_streams: typing.Optional[jsii.Number] = None,
    max_requests_per_connection: typing.Optional[jsii.Number] = None,
    max_retries: typing.Optional[jsii.Number] = None,
    use_client_protocol: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9995ce84c744ade20ec65fb3b013161bd2218f4262cea0d8fad1ea98a128a19f(
    *,
    connect_timeout: typing.Optional[builtins.str] = None,
    idle_timeout: typing.Optional[builtins.str] = None,
    max_connection_duration: typing.Optional[builtins.str] = None,
    max_connections: typing.Optional[jsii.Number] = None,
    tcp_keepalive: typing.Optional[typing.Union[SidecarSpecIngressConnectionPoolTcpTcpKeepalive, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8293db17196016722d55f4a2093979f741227c2dd914b157802c370aa3001fd0(
    *,
    interval: typing.Optional[builtins.str] = None,
    probes: typing.Optional[jsii.Number] = None,
    time: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__71ebec567c7459bee5609ab6be1b025789301712ed6b8bf6fc0df4c060625066(
    *,
    name: typing.Optional[builtins.str] = None,
    number: typing.Optional[jsii.Number] = None,
    protocol: typing.Optional[builtins.str] = None,
    target_port: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__63b62ed14435c7f8978f12bb879460ba4a97dc5235afa46fb38ba504d1502a7b(
    *,
    ca_cert_credential_name: typing.Optional[builtins.str] = None,
    ca_certificates: typing.Optional[builtins.str] = None,
    ca_crl: typing.Optional[builtins.str] = None,
    cipher_suites: typing.Optional[typing.Sequence[builtins.str]] = None,
    credential_name: typing.Optional[builtins.str] = None,
    credential_names: typing.Optional[typing.Sequence[builtins.str]] = None,
    https_redirect: typing.Optional[builtins.bool] = None,
    max_protocol_version: typing.Optional[SidecarSpecIngressTlsMaxProtocolVersion] = None,
    min_protocol_version: typing.Optional[SidecarSpecIngressTlsMinProtocolVersion] = None,
    mode: typing.Optional[SidecarSpecIngressTlsMode] = None,
    private_key: typing.Optional[builtins.str] = None,
    server_certificate: typing.Optional[builtins.str] = None,
    subject_alt_names: typing.Optional[typing.Sequence[builtins.str]] = None,
    tls_certificates: typing.Optional[typing.Sequence[typing.Union[SidecarSpecIngressTlsTlsCertificates, typing.Dict[builtins.str, typing.Any]]]] = None,
    verify_certificate_hash: typing.Optional[typing.Sequence[builtins.str]] = None,
    verify_certificate_spki: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4b08b10db2b3b4e520b92a3a06a443326bb0a9ea75c4ea737b3ca9e87d77610d(
    *,
    ca_certificates: typing.Optional[builtins.str] = None,
    private_key: typing.Optional[builtins.str] = None,
    server_certificate: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__346e6602f9b8183079606b6801215a6a8b56d259fdedb9ab2ddc23e3e6fccca0(
    *,
    egress_proxy: typing.Optional[typing.Union[SidecarSpecOutboundTrafficPolicyEgressProxy, typing.Dict[builtins.str, typing.Any]]] = None,
    mode: typing.Optional[SidecarSpecOutboundTrafficPolicyMode] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a206ba4b5e510c3306f7fba704c7f8f41ca57bb07b722762826400044aee2459(
    *,
    host: builtins.str,
    port: typing.Optional[typing.Union[SidecarSpecOutboundTrafficPolicyEgressProxyPort, typing.Dict[builtins.str, typing.Any]]] = None,
    subset: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d38e80b3e378e1dbfb829f6008626dbc5bde9d2780a3dc91d876e471123c3cdc(
    *,
    number: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__44f2c4d506efdc82bd559ba3fa5e232c67d9a52d8775161c22274a3d4f8515f1(
    *,
    labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d52162105b15f643a25d2a9949352e4bd676b62243d085fac958697b9078a0f7(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[VirtualServiceSpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b45b4cc9f8d93679e9acb439d602fc7edf7064b0bb55c6da5b816f1c1ed7e47f(
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[VirtualServiceSpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8a39fe73202b6690147f1e0788667c6944d45aab4b0e059448e2b09d4ca0d335(
    *,
    export_to: typing.Optional[typing.Sequence[builtins.str]] = None,
    gateways: typing.Optional[typing.Sequence[builtins.str]] = None,
    hosts: typing.Optional[typing.Sequence[builtins.str]] = None,
    http: typing.Optional[typing.Sequence[typing.Union[VirtualServiceSpecHttp, typing.Dict[builtins.str, typing.Any]]]] = None,
    tcp: typing.Optional[typing.Sequence[typing.Union[VirtualServiceSpecTcp, typing.Dict[builtins.str, typing.Any]]]] = None,
    tls: typing.Optional[typing.Sequence[typing.Union[VirtualServiceSpecTls, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__97d8ee50c8e93befe61328e97725aefed127d2afed509a077730a86054d0e4e3(
    *,
    cors_policy: typing.Optional[typing.Union[VirtualServiceSpecHttpCorsPolicy, typing.Dict[builtins.str, typing.Any]]] = None,
    delegate: typing.Optional[typing.Union[VirtualServiceSpecHttpDelegate, typing.Dict[builtins.str, typing.Any]]] = None,
    direct_response: typing.Optional[typing.Union[VirtualServiceSpecHttpDirectResponse, typing.Dict[builtins.str, typing.Any]]] = None,
    fault: typing.Optional[typing.Union[VirtualServiceSpecHttpFault, typing.Dict[builtins.str, typing.Any]]] = None,
    headers: typing.Optional[typing.Union[VirtualServiceSpecHttpHeaders, typing.Dict[builtins.str, typing.Any]]] = None,
    match: typing.Optional[typing.Sequence[typing.Union[VirtualServiceSpecHttpMatch, typing.Dict[builtins.str, typing.Any]]]] = None,
    mirror: typing.Optional[typing.Union[VirtualServiceSpecHttpMirror, typing.Dict[builtins.str, typing.Any]]] = None,
    mirror_percent: typing.Optional[jsii.Number] = None,
    mirror_percentage: typing.Optional[typing.Union[VirtualServiceSpecHttpMirrorPercentage, typing.Dict[builtins.str, typing.Any]]] = None,
    mirrors: typing.Optional[typing.Sequence[typing.Union[VirtualServiceSpecHttpMirrors, typing.Dict[builtins.str, typing.Any]]]] = None,
    name: typing.Optional[builtins.str] = None,
    redirect: typing.Optional[typing.Union[VirtualServiceSpecHttpRedirect, typing.Dict[builtins.str, typing.Any]]] = None,
    retries: typing.Optional[typing.Union[VirtualServiceSpecHttpRetries, typing.Dict[builtins.str, typing.Any]]] = None,
    rewrite: typing.Optional[typing.Union[VirtualServiceSpecHttpRewrite, typing.Dict[builtins.str, typing.Any]]] = None,
    route: typing.Optional[typing.Sequence[typing.Union[VirtualServiceSpecHttpRoute, typing.Dict[builtins.str, typing.Any]]]] = None,
    timeout: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__317c716ad34cd1aa639c9db91f55fe3a1e132f7544f3adcbecce440e84001512(
    *,
    allow_credentials: typing.Optional[builtins.bool] = None,
    allow_headers: typing.Optional[typing.Sequence[builtins.str]] = None,
    allow_methods: typing.Optional[typing.Sequence[builtins.str]] = None,
    allow_origin: typing.Optional[typing.Sequence[builtins.str]] = None,
    allow_origins: typing.Optional[typing.Sequence[typing.Union[VirtualServiceSpecHttpCorsPolicyAllowOrigins, typing.Dict[builtins.str, typing.Any]]]] = None,
    expose_headers: typing.Optional[typing.Sequence[builtins.str]] = None,
    max_age: typing.Optional[builtins.str] = None,
    unmatched_preflights: typing.Optional[VirtualServiceSpecHttpCorsPolicyUnmatchedPreflights] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__86d3607f5a1ff34f7547620581001b0843aed060757543c7e6a64294c8380fb5(
    *,
    exact: typing.Optional[builtins.str] = None,
    prefix: typing.Optional[builtins.str] = None,
    regex: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8f1744d636122e5890ee0cc73bbe1f999088f00dc290ef9f7baa2e29bbf7fe36(
    *,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c74ea15b853f04a2fc0fc8a1df7ce82cfc3ea58e25cd1b7ca036b1ca21fd3c9b(
    *,
    status: jsii.Number,
    body: typing.Optional[typing.Union[VirtualServiceSpecHttpDirectResponseBody, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a68aa1c6c5cb1bd95cbb18d6cf86d546ca9a475d8a9538b620e43b7eb68fed54(
    *,
    bytes: typing.Optional[builtins.str] = None,
    string: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4a5abee00722eeab74e9dc8ad30a4f197cf7bafa187dec04a6fa53f548954941(
    *,
    abort: typing.Optional[typing.Union[VirtualServiceSpecHttpFaultAbort, typing.Dict[builtins.str, typing.Any]]] = None,
    delay: typing.Optional[typing.Union[VirtualServiceSpecHttpFaultDelay, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__eadffeb9f74b33fb5ca0466ccd1d92f6747132604cd40b458cdc3944c5cacf79(
    *,
    grpc_status: typing.Optional[builtins.str] = None,
    http2_error: typing.Optional[builtins.str] = None,
    http_status: typing.Optional[jsii.Number] = None,
    percentage: typing.Optional[typing.Union[VirtualServiceSpecHttpFaultAbortPercentage, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__80f3534e9b75563e3f16af3c12423cae6e7e085fd7a2400ac8ded43a8020d791(
    *,
    value: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a5c1197347ac22a070f536d252d033365c6b1b176c9d9e5bb5ed87fad327aae0(
    *,
    exponential_delay: typing.Optional[builtins.str] = None,
    fixed_delay: typing.Optional[builtins.str] = None,
    percent: typing.Optional[jsii.Number] = None,
    percentage: typing.Optional[typing.Union[VirtualServiceSpecHttpFaultDelayPercentage, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d7ea95de757d219f1c0ed46566bb443e4a1d21851039df1126b7359614629fe8(
    *,
    value: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__baf83109473d00d7cdd1542545fbf326566dde05e42d248a879670e01e9d4f31(
    *,
    request: typing.Optional[typing.Union[VirtualServiceSpecHttpHeadersRequest, typing.Dict[builtins.str, typing.Any]]] = None,
    response: typing.Optional[typing.Union[VirtualServiceSpecHttpHeadersResponse, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__79e94596e463363db643f02efd78f003c0d500eb4cb22ac15f6607f76d0fe11e(
    *,
    add: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    remove: typing.Optional[typing.Sequence[builtins.str]] = None,
    set: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8bbbfa91649a5f88ce5989daa435bc397828be22e640b6ef3abad195dbc24c5e(
    *,
    add: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    remove: typing.Optional[typing.Sequence[builtins.str]] = None,
    set: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c41f0a6e0234357c02389a51348327124ec781bcf81485a27c4a0bc38dec9872(
    *,
    authority: typing.Optional[typing.Union[VirtualServiceSpecHttpMatchAuthority, typing.Dict[builtins.str, typing.Any]]] = None,
    gateways: typing.Optional[typing.Sequence[builtins.str]] = None,
    headers: typing.Optional[typing.Mapping[builtins.str, typing.Union[VirtualServiceSpecHttpMatchHeaders, typing.Dict[builtins.str, typing.Any]]]] = None,
    ignore_uri_case: typing.Optional[builtins.bool] = None,
    method: typing.Optional[typing.Union[VirtualServiceSpecHttpMatchMethod, typing.Dict[builtins.str, typing.Any]]] = None,
    name: typing.Optional[builtins.str] = None,
    port: typing.Optional[jsii.Number] = None,
    query_params: typing.Optional[typing.Mapping[builtins.str, typing.Union[VirtualServiceSpecHttpMatchQueryParams, typing.Dict[builtins.str, typing.Any]]]] = None,
    scheme: typing.Optional[typing.Union[VirtualServiceSpecHttpMatchScheme, typing.Dict[builtins.str, typing.Any]]] = None,
    source_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    source_namespace: typing.Optional[builtins.str] = None,
    stat_prefix: typing.Optional[builtins.str] = None,
    uri: typing.Optional[typing.Union[VirtualServiceSpecHttpMatchUri, typing.Dict[builtins.str, typing.Any]]] = None,
    without_headers: typing.Optional[typing.Mapping[builtins.str, typing.Union[VirtualServiceSpecHttpMatchWithoutHeaders, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4232223a425d68f53f8ce23dcdb248d73d5e0027d88beea7b75572e21b81387f(
    *,
    exact: typing.Optional[builtins.str] = None,
    prefix: typing.Optional[builtins.str] = None,
    regex: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6d8802a49dac22dea892203412c1da5e1390c5a8607684d2d659d5741bc9981e(
    *,
    exact: typing.Optional[builtins.str] = None,
    prefix: typing.Optional[builtins.str] = None,
    regex: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7962ccdb80df01652f4b982459d367b078d8c1c28aaa69c5250cfda35c289cf0(
    *,
    exact: typing.Optional[builtins.str] = None,
    prefix: typing.Optional[builtins.str] = None,
    regex: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f3ca4c3d132aba8d48f6da9fbe0c644fa860d87ae4f4d1d1442879b762914a3e(
    *,
    exact: typing.Optional[builtins.str] = None,
    prefix: typing.Optional[builtins.str] = None,
    regex: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__aed606d47975d5fd117c2ad4f9663b2e338d92b4c90f29f142e7aad9bf758981(
    *,
    exact: typing.Optional[builtins.str] = None,
    prefix: typing.Optional[builtins.str] = None,
    regex: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__da07916296cdea84ae053f2ebd6e21cff5242dc46faf432c2c3e06f8f0754e95(
    *,
    exact: typing.Optional[builtins.str] = None,
    prefix: typing.Optional[builtins.str] = None,
    regex: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ee8883e39d095f32869cefc87af038f7c496815110c444ba490c3daa568db046(
    *,
    exact: typing.Optional[builtins.str] = None,
    prefix: typing.Optional[builtins.str] = None,
    regex: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3d5f87daf07ce35143a912a6baf68ea6f30568b607eddf7d662c70c56ce516e6(
    *,
    host: builtins.str,
    port: typing.Optional[typing.Union[VirtualServiceSpecHttpMirrorPort, typing.Dict[builtins.str, typing.Any]]] = None,
    subset: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f002e777a43cc7d9571b0afa8cadb5a1d0f5215fe308d503b823ba4ce9ef2b91(
    *,
    value: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4c44e6d095bbd1bb7b4b7f13fd1da754e893587206766ff0c0087d13f12a6a5e(
    *,
    number: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__86eb2a3df43a6657ae46a905508cc207a0d152cbce53b031c766c0a4adbb4370(
    *,
    destination: typing.Union[VirtualServiceSpecHttpMirrorsDestination, typing.Dict[builtins.str, typing.Any]],
    percentage: typing.Optional[typing.Union[VirtualServiceSpecHttpMirrorsPercentage, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__da8337f7c0c52ee945b0a22792b64dc63aedcce4c10fd2620d5b47329b9d0aeb(
    *,
    host: builtins.str,
    port: typing.Optional[typing.Union[VirtualServiceSpecHttpMirrorsDestinationPort, typing.Dict[builtins.str, typing.Any]]] = None,
    subset: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6b9ba3a6bb4cee1fa40b5710a08cecccc2641c484db9d0b5faa0375ba0fd55d1(
    *,
    number: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__aa7eb44750b26da20b0084b4244636d9fdfbc8e43252c74ef98fab59f371d376(
    *,
    value: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a526776ef4640e107bc2141a3a87d29fefc9543893bcb4d44f7b143b6a6851a7(
    *,
    authority: typing.Optional[builtins.str] = None,
    derive_port: typing.Optional[VirtualServiceSpecHttpRedirectDerivePort] = None,
    port: typing.Optional[jsii.Number] = None,
    redirect_code: typing.Optional[jsii.Number] = None,
    scheme: typing.Optional[builtins.str] = None,
    uri: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3703d76e674937a1a06734d1f1ca55ca67dab8ee22f9206a75a58662ff053c9b(
    *,
    attempts: typing.Optional[jsii.Number] = None,
    backoff: typing.Optional[builtins.str] = None,
    per_try_timeout: typing.Optional[builtins.str] = None,
    retry_ignore_previous_hosts: typing.Optional[builtins.bool] = None,
    retry_on: typing.Optional[builtins.str] = None,
    retry_remote_localities: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__caea879d09234feb9e7c423317d6561c364b65497d79dbcd723b4ea7091773bf(
    *,
    authority: typing.Optional[builtins.str] = None,
    uri: typing.Optional[builtins.str] = None,
    uri_regex_rewrite: typing.Optional[typing.Union[VirtualServiceSpecHttpRewriteUriRegexRewrite, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c24dbc287e0f56bd6f08f2e3525ed1db71ddec69f50d54bc670213ea0313fd62(
    *,
    match: typing.Optional[builtins.str] = None,
    rewrite: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5abb9805a2e7d47a1bb37948d1535ef4d076ac316065c16c88246a026a1c27b2(
    *,
    destination: typing.Union[VirtualServiceSpecHttpRouteDestination, typing.Dict[builtins.str, typing.Any]],
    headers: typing.Optional[typing.Union[VirtualServiceSpecHttpRouteHeaders, typing.Dict[builtins.str, typing.Any]]] = None,
    weight: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a1bfba203d485478bd540000297736c6cdbf6cff7bbfb8fddc5d5c8d85d39b69(
    *,
    host: builtins.str,
    port: typing.Optional[typing.Union[VirtualServiceSpecHttpRouteDestinationPort, typing.Dict[builtins.str, typing.Any]]] = None,
    subset: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__cabfaded2b0bb10452c3bf4d6ecc99007a9c3648a66d13c4af3d9938e05c0670(
    *,
    number: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f50ed4238bb32b42634fee43f117906b96283ec1901332c776e524e803fef2bd(
    *,
    request: typing.Optional[typing.Union[VirtualServiceSpecHttpRouteHeadersRequest, typing.Dict[builtins.str, typing.Any]]] = None,
    response: typing.Optional[typing.Union[VirtualServiceSpecHttpRouteHeadersResponse, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c49029ea10b476cebc9e80cd3f1de74b1813a787a6c3d87c67ce8d7ea68c7b71(
    *,
    add: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    remove: typing.Optional[typing.Sequence[builtins.str]] = None,
    set: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e9edb436db3cde7ca8172e544c6d1018fed5a47c10b4f776c6cf7abb106f9c5e(
    *,
    add: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    remove: typing.Optional[typing.Sequence[builtins.str]] = None,
    set: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f8f2c9e1fd0852d397db1404400ecae337c54730fafe8b8d44c9e4a57ef1dbb6(
    *,
    match: typing.Optional[typing.Sequence[typing.Union[VirtualServiceSpecTcpMatch, typing.Dict[builtins.str, typing.Any]]]] = None,
    route: typing.Optional[typing.Sequence[typing.Union[VirtualServiceSpecTcpRoute, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4c2249a1092c776c5f34c462e8157ab309414b0f3deefe590cc6f59c77b2976b(
    *,
    destination_subnets: typing.Optional[typing.Sequence[builtins.str]] = None,
    gateways: typing.Optional[typing.Sequence[builtins.str]] = None,
    port: typing.Optional[jsii.Number] = None,
    source_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    source_namespace: typing.Optional[builtins.str] = None,
    source_subnet: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3e27cdbb5df8df73b14b179266213dcaaad3b98bcafe36e11bfeaec15f31b097(
    *,
    destination: typing.Union[VirtualServiceSpecTcpRouteDestination, typing.Dict[builtins.str, typing.Any]],
    weight: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__58bd4c93cf7aeb9ebf423f825ec842f08d484401a36b6769377150da0720fb3a(
    *,
    host: builtins.str,
    port: typing.Optional[typing.Union[VirtualServiceSpecTcpRouteDestinationPort, typing.Dict[builtins.str, typing.Any]]] = None,
    subset: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4fbb3e7650b95535426266e3b23a0d0ec0a5d87ee2caa20d4b09c3506bbb8a76(
    *,
    number: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0b5fd967d37c01a96fa6b28b934d60872597b032990ccd7af3930cc41bd194f7(
    *,
    match: typing.Sequence[typing.Union[VirtualServiceSpecTlsMatch, typing.Dict[builtins.str, typing.Any]]],
    route: typing.Optional[typing.Sequence[typing.Union[VirtualServiceSpecTlsRoute, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__bfb7cd01f188f76e7dcb0381958906f428955cd98b0343138c156bffd952e5c1(
    *,
    sni_hosts: typing.Sequence[builtins.str],
    destination_subnets: typing.Optional[typing.Sequence[builtins.str]] = None,
    gateways: typing.Optional[typing.Sequence[builtins.str]] = None,
    port: typing.Optional[jsii.Number] = None,
    source_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    source_namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__269bb84e180b4070d4f76c5959cdc1f34178c58f8c2aa6f22358febeb180232e(
    *,
    destination: typing.Union[VirtualServiceSpecTlsRouteDestination, typing.Dict[builtins.str, typing.Any]],
    weight: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__915e010db6861f72aabfe32ac4f80fdcaa7e850e9949278272104d7b7a45c590(
    *,
    host: builtins.str,
    port: typing.Optional[typing.Union[VirtualServiceSpecTlsRouteDestinationPort, typing.Dict[builtins.str, typing.Any]]] = None,
    subset: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__09b7dee309f6be15c6c68c0705d2eb605363795fa324b5a5571ccf4929c947fd(
    *,
    number: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass
