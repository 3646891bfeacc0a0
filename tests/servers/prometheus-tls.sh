#!/usr/bin/env bash
# Throw-away Prometheus servers on 127.0.0.1 that speak only TLS and ask for
# basic auth, each showing a connection one way a certificate can be wrong.
#
#   prometheus-tls.sh start DIR
#       Makes a test CA and certificates with openssl in DIR/pki, then starts
#       one empty Prometheus per kind of server certificate, each on a free
#       port with its own --web.config.file and TSDB:
#         right       signed by the test CA for 127.0.0.1 and localhost
#         wronghost   signed by the test CA, but for wrong.example only
#         selfsigned  self-signed, for 127.0.0.1 and localhost
#         clientcert  like right, and it requires a client certificate
#                     signed by the client CA
#       Once all are ready, DIR holds for the tests:
#         url-NAME             https://127.0.0.1:PORT of each server
#         ca.pem               the test CA (trusts right, wronghost, clientcert)
#         selfsigned.pem       the self-signed server's certificate
#         selfsigned.sha256    its fingerprint as `openssl x509 -fingerprint
#                              -sha256` prints it (AB:CD:…)
#         client.pem, client.key   a client certificate and its key
#         user, password       the basic auth credentials all servers accept
#         version              the Prometheus version the servers report
#       and DIR/pid-NAME their process ids; logs are DIR/NAME.log.
#   prometheus-tls.sh stop DIR
#       stops them and waits for them to exit; harmless when nothing runs.
#
# Needs the Debian packages prometheus, openssl, curl, python3 and
# apache2-utils (htpasswd, for the bcrypt hash the web config wants).
set -euo pipefail

name=prometheus-tls.sh
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source-path=SCRIPTDIR source=common.sh
. "$here/common.sh"
# shellcheck source-path=SCRIPTDIR source=unprivileged.sh
. "$here/unprivileged.sh"  # for random_secret; Prometheus runs as whoever starts it, as in prometheus.sh

servers=(right wronghost selfsigned clientcert)

usage() { echo "usage: $name start DIR | stop DIR" >&2; exit 2; }

# key_pair NAME SUBJECT: a fresh EC key DIR/pki/NAME.key and a CSR for it.
key_pair() {
  openssl req -new -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes \
    -keyout "$pki/$1.key" -out "$pki/$1.csr" -subj "$2" 2>>"$pki/openssl.log"
}

# sign NAME CA EXTENSIONS: DIR/pki/NAME.pem from its CSR, signed by CA.
sign() {
  openssl x509 -req -in "$pki/$1.csr" -CA "$pki/$2.pem" -CAkey "$pki/$2.key" -CAcreateserial \
    -days 30 -out "$pki/$1.pem" -extfile <(printf '%s\n' "$3") 2>>"$pki/openssl.log"
}

# authority NAME CN: a self-signed CA certificate DIR/pki/NAME.pem.
authority() {
  openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 30 \
    -keyout "$pki/$1.key" -out "$pki/$1.pem" -subj "/CN=$2" 2>>"$pki/openssl.log"
}

make_certificates() {
  pki=$dir/pki
  rm -rf "$pki"
  mkdir -p "$pki"
  local server_ext='basicConstraints=critical,CA:FALSE
keyUsage=critical,digitalSignature,keyEncipherment
extendedKeyUsage=serverAuth'
  {
    authority ca "Lotse Test CA"
    authority client-ca "Lotse Test Client CA"
    key_pair right "/CN=127.0.0.1"
    sign right ca "$server_ext
subjectAltName=IP:127.0.0.1,DNS:localhost"
    key_pair wronghost "/CN=wrong.example"
    sign wronghost ca "$server_ext
subjectAltName=DNS:wrong.example"
    openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 30 \
      -keyout "$pki/selfsigned.key" -out "$pki/selfsigned.pem" -subj "/CN=Lotse self-signed" \
      -addext "subjectAltName=IP:127.0.0.1,DNS:localhost" 2>>"$pki/openssl.log"
    key_pair client "/CN=lotse-client"
    sign client client-ca 'basicConstraints=critical,CA:FALSE
keyUsage=critical,digitalSignature
extendedKeyUsage=clientAuth'
  } || die "openssl failed: $(tail -n 3 "$pki/openssl.log")"
  cp "$pki/ca.pem" "$pki/selfsigned.pem" "$pki/client.pem" "$pki/client.key" "$dir/"
  openssl x509 -noout -fingerprint -sha256 -in "$pki/selfsigned.pem" | sed 's/^.*=//' >"$dir/selfsigned.sha256"
}

# write_web_config NAME: DIR/NAME.web.yml, serving NAME's certificate.
write_web_config() {
  local server=$1 cert=$1
  [ "$server" != clientcert ] || cert=right
  {
    printf 'tls_server_config:\n  cert_file: %s\n  key_file: %s\n' "$pki/$cert.pem" "$pki/$cert.key"
    if [ "$server" = clientcert ]; then
      printf '  client_auth_type: RequireAndVerifyClientCert\n  client_ca_file: %s\n' "$pki/client-ca.pem"
    fi
    printf 'basic_auth_users:\n  %s: %s\n' "$user" "$hash"
  } >"$dir/$server.web.yml"
}

# ready NAME URL: does NAME answer on /-/ready? Certificates are the tests'
# business, so the probe does not check them (-k); it only waits for the server.
ready() {
  local client=()
  [ "$1" != clientcert ] || client=(--cert "$dir/client.pem" --key "$dir/client.key")
  curl -sfk --noproxy '*' -m 2 -o /dev/null -u "$user:$password" "${client[@]}" "$2/-/ready"
}

# launch NAME: starts NAME's Prometheus on a free port and waits until it is ready.
launch() {
  local server=$1 port deadline url
  for _ in 1 2 3 4 5; do
    port=$(free_port)
    url=https://127.0.0.1:$port
    mkdir -p "$marker/$server"
    prometheus --config.file="$dir/prometheus.yml" --storage.tsdb.path="$marker/$server" \
      --web.config.file="$dir/$server.web.yml" --web.listen-address="127.0.0.1:$port" \
      </dev/null >"$dir/$server.log" 2>&1 &
    pid=$!
    echo "$pid" >"$dir/pid-$server"
    deadline=$((SECONDS + ready_timeout))
    while ((SECONDS < deadline)) && ours "$pid" "$marker"; do
      if ready "$server" "$url"; then
        echo "$url" >"$dir/url-$server"
        echo "$name: $server $url (pid $pid)"
        pid=
        return 0
      fi
      sleep 0.2
    done
    ours "$pid" "$marker" && die "$server not ready within ${ready_timeout} s"
    # Someone took the port between free_port and the bind: try another.
    grep -q 'address already in use' "$dir/$server.log" ||
      die "$server exited: $(tail -n 3 "$dir/$server.log")"
  done
  die "no free port for $server in 5 attempts"
}

# stop_all DIR: stops every server of DIR and forgets their URLs.
stop_all() {
  local server
  dir=$1
  [ -d "$dir" ] || return 0
  dir=$(cd "$dir" && pwd)
  for server in "${servers[@]}"; do
    [ ! -f "$dir/pid-$server" ] || terminate "$(cat "$dir/pid-$server")" "$dir/data"
    rm -f "$dir/pid-$server" "$dir/url-$server"
  done
}

start() {
  dir=$1
  local server
  need prometheus prometheus
  need openssl openssl
  need curl curl
  need python3 python3
  need htpasswd apache2-utils
  for server in "${servers[@]}"; do
    if [ -f "$dir/pid-$server" ] && ours "$(cat "$dir/pid-$server")" "$(cd "$dir" && pwd)/data"; then
      die "the TLS Prometheus servers of $dir run already: stop them first"
    fi
  done
  begin_start "TLS Prometheus servers" data
  # A failed start takes every server it had started with it.
  trap 'status=$?; [ "$status" -eq 0 ] || stop_all "$dir"; cleanup_failed_start "$status"' EXIT

  make_certificates
  user=lotse
  password=$(random_secret)
  hash=$(htpasswd -nbBC 10 "$user" "$password" | cut -d: -f2-) || die "htpasswd failed"
  printf '%s\n' "$user" >"$dir/user"
  printf '%s\n' "$password" >"$dir/password"
  prometheus --version 2>&1 | sed -n '1s/^prometheus, version \([^ ]*\).*/\1/p' >"$dir/version"
  printf 'global:\n  scrape_interval: 15s\nscrape_configs: []\n' >"$dir/prometheus.yml"

  for server in "${servers[@]}"; do
    write_web_config "$server"
    launch "$server"
  done
  trap - EXIT INT TERM HUP
}

case "${1:-}" in
  start) if [ $# -ne 2 ]; then usage; fi; start "$2" ;;
  stop) if [ $# -ne 2 ]; then usage; fi; stop_all "$2" ;;
  *) usage ;;
esac
