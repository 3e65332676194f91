# probe.sh PORT live|ready: Kubernetes probe for the local Redis or Sentinel.
#
# ready: the server answers PING with PONG. It never depends on other pods: with
#        OrderedReady, a readiness that waited for a peer could block the StatefulSet forever.
# live:  the server answers at all; LOADING (reading the AOF) and MASTERDOWN count as alive.

. "$(dirname "$0")/common.sh"
require PASSWORD_FILE
# In a rotation window the server may take only one of the two passwords: try both.
load_passwords
ping() { REDISCLI_AUTH=$1 timeout "$CLI_TIMEOUT_SECONDS" redis-cli --no-auth-warning -h 127.0.0.1 -p "$2" PING 2>&1; }
reply=$(ping "$PASSWORD" "$1")
case $reply in
  *WRONGPASS*|*NOAUTH*) [ -z "$ALTERNATE" ] || reply=$(ping "$ALTERNATE" "$1") ;;
esac
case "$2:$reply" in
  *:PONG) exit 0 ;;
  live:*LOADING*|live:*MASTERDOWN*) exit 0 ;;
esac
echo "PING on port $1 answered: $reply"
exit 1
