// Wrapper module that builds etcd for the cluster tests (scripts/build_control_plane.sh).
// Kubernetes 1.34 needs etcd 3.5.11+ (Debian's etcd-server is 3.4.23); v3.6.5 is the etcd that
// k8s.io/kubernetes v1.34.4 pins in build/dependencies.yaml. server/go.mod has ./ replace lines, so
// `go install ...@v` is refused: hence this module. Its own module keeps Go's version selection from
// moving Kubernetes' dependencies. Never run `go mod tidy` or `go get -u`.
module lighthouse-constructs/ci/etcd

go 1.24

require go.etcd.io/etcd/server/v3 v3.6.5
