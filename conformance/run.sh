#!/usr/bin/env bash
# Runs Debian's tempest against a running SharpStack and prints "service: N passed, N failed,
# N skipped" per service and a total line. See conformance/README.md.
#
#   conformance/run.sh [--services identity,image,...|all] [--cloud-dir DATA] [--regex R] [--concurrency N]
#                      [--cloud NAME] [--catalog-json FILE] [--workspace DIR] [--http-image URL] [--list-only]
#
# Exit status: 0 when tempest ran (failed tests are results, not errors); 2 when the cloud is
# unreachable, authentication fails or a tool is missing; 3 when tempest produced no result at all.
# Without --services it runs every service the cloud's catalog has (tempest's names for them are in
# lib/tempest_services.json).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
lib="$here/lib"
python=/usr/bin/python3
tempest=/usr/bin/tempest

services=""
cloud_dir="$root/data"
cloud=sharpstack
regex=""
concurrency=""
catalog_json=""
workspace=""
http_image=""
list_only=0

die() { echo "error: $*" >&2; exit 2; }
usage() { sed -n '2,12s/^# \{0,1\}//p' "${BASH_SOURCE[0]}"; }

while [[ $# -gt 0 ]]; do
  case "$1" in
    --services) services="${2:?--services needs a value}"; shift 2 ;;
    --cloud-dir) cloud_dir="${2:?--cloud-dir needs a value}"; shift 2 ;;
    --cloud) cloud="${2:?--cloud needs a value}"; shift 2 ;;
    --regex) regex="${2:?--regex needs a value}"; shift 2 ;;
    --concurrency) concurrency="${2:?--concurrency needs a value}"; shift 2 ;;
    --catalog-json) catalog_json="${2:?--catalog-json needs a value}"; shift 2 ;;
    --workspace) workspace="${2:?--workspace needs a value}"; shift 2 ;;
    --http-image) http_image="${2:?--http-image needs a value}"; shift 2 ;;
    --list-only) list_only=1; shift ;;
    -h|--help) usage; exit 0 ;;
    *) usage >&2; die "unknown argument '$1'" ;;
  esac
done

# Service names: "all" is every suite tempest has, scenario included; object-storage is accepted for
# object_storage; none given means the services in the catalog (decided in step 2).
known_suites="$("$python" "$lib/results.py" suites)"
[[ $services == all ]] && services="$known_suites"
services="${services//object-storage/object_storage}"
IFS=, read -r -a selected_services <<< "$services"
for service in "${selected_services[@]}"; do
  [[ ",$known_suites," == *",$service,"* ]] || die "unknown service '$service' (known: $known_suites)"
done
[[ -z $concurrency || $concurrency =~ ^[1-9][0-9]*$ ]] || die "--concurrency needs a positive number"
[[ -z $regex ]] || error="$("$python" -c 'import re, sys; re.compile(sys.argv[1])' "$regex" 2>&1 | tail -1)" \
  || die "--regex is not a valid regular expression: ${error#*error: }"

[[ -x $tempest ]] || die "$tempest is missing: apt-get install -y tempest python3-openstackclient"
"$python" -c 'import keystoneauth1, subunit, testtools, yaml' 2>/dev/null \
  || die "$python cannot import keystoneauth1, subunit, testtools and yaml: apt-get install -y tempest python3-openstackclient"
[[ -z $catalog_json ]] || catalog_json="$(realpath "$catalog_json")"
cloud_dir="$(realpath -m "$cloud_dir")"

# tempest's test runner (stestr) starts workers with $PYTHON: keep them on Debian's python3.
export PYTHON="$python"

# 1. Credentials and the live catalog (or the given catalog file), in a fresh folder that holds
#    the tempest workspace (tempest/) and this runner's files (run/).
if [[ -z $workspace ]]; then
  workspace="$(mktemp -d /tmp/sharpstack-tempest.XXXXXX)"
else
  [[ ! -e $workspace || -z "$(ls -A "$workspace")" ]] || die "--workspace $workspace exists and is not empty"
  mkdir -p "$workspace"
  workspace="$(realpath "$workspace")"
fi
run_dir="$workspace/run"
tempest_dir="$workspace/tempest"
mkdir -p "$run_dir"
auth_args=(--clouds "$cloud_dir/clouds.yaml" --cloud "$cloud" --out "$run_dir/cloud.json")
[[ -z $catalog_json ]] || auth_args+=(--catalog-json "$catalog_json")
if ! "$python" "$lib/authenticate.py" "${auth_args[@]}"; then
  rm -rf "$run_dir"; rmdir "$workspace" 2>/dev/null || true
  exit 2
fi

# 2. The tempest workspace and its tempest.conf.
(cd "$run_dir" && "$tempest" init --workspace-path "$run_dir/workspaces.yaml" --name sharpstack "$tempest_dir") \
  > "$run_dir/init.log" 2>&1 || die "tempest init failed: see $run_dir/init.log"
"$python" "$lib/tempest_conf.py" --cloud "$run_dir/cloud.json" --workspace "$tempest_dir" \
  --out "$tempest_dir/etc/tempest.conf" --services-out "$run_dir/in-catalog.json" ${http_image:+--http-image "$http_image"}
if [[ -z $services ]]; then
  services="$("$python" "$lib/results.py" suites --in-catalog "$run_dir/in-catalog.json")"
  [[ -n $services ]] || die "the catalog has no service that tempest tests; pass --services"
  IFS=, read -r -a selected_services <<< "$services"
  echo "… services in the catalog: $services" >&2
fi

# 3. Every test tempest knows (the denominators), then the selection per service.
(cd "$tempest_dir" && "$tempest" run --config-file etc/tempest.conf --list-tests) \
  > "$run_dir/all-tests.txt" 2> "$run_dir/list.stderr" \
  || die "tempest run --list-tests failed: see $run_dir/list.stderr"
"$python" "$lib/results.py" listed --list "$run_dir/all-tests.txt" > "$run_dir/listed.json"
declare -A service_regex
for service in "${selected_services[@]}"; do
  service_regex[$service]="$("$python" "$lib/results.py" select --list "$run_dir/all-tests.txt" \
    --service "$service" ${regex:+--regex "$regex"} --ids-out "$run_dir/$service.ids")" || exit 2
done

if [[ $list_only -eq 1 ]]; then
  for service in "${selected_services[@]}"; do
    echo "$service: $(wc -l < "$run_dir/$service.ids") selected of $("$python" -c \
      'import json,sys; print(json.load(open(sys.argv[1]))[sys.argv[2]])' "$run_dir/listed.json" "$service") listed"
  done
  echo "all: $(wc -l < "$run_dir/all-tests.txt") listed"
  echo "Workspace: $workspace (tempest.conf in tempest/etc/)"
  exit 0
fi

# 4. One `tempest run` per service, each writing a subunit v2 stream.
for service in "${selected_services[@]}"; do
  count=$(wc -l < "$run_dir/$service.ids")
  if [[ $count -eq 0 ]]; then
    echo "… $service: no test selected" >&2
    continue
  fi
  echo "… $service: running $count tests (tempest run --regex '${service_regex[$service]}')" >&2
  status=0
  (cd "$tempest_dir" && "$tempest" run --config-file etc/tempest.conf --regex "${service_regex[$service]}" \
     --subunit ${concurrency:+--concurrency "$concurrency"}) \
    > "$run_dir/$service.subunit" 2> "$run_dir/$service.stderr" || status=$?
  echo "$status" > "$run_dir/$service.exit"
done

# 5. Counting from the subunit streams, into the workspace and conformance/last-run/.
command="conformance/run.sh --services $services --cloud-dir $cloud_dir${regex:+ --regex '$regex'}"
command+="${concurrency:+ --concurrency $concurrency}${catalog_json:+ --catalog-json $catalog_json}"
command+="${http_image:+ --http-image $http_image}"
"$python" - "$run_dir" "$workspace" "$command" "$regex" <<'EOF'
import importlib.metadata, json, sys
run_dir, workspace, command, regex = sys.argv[1:]
cloud = json.load(open(f"{run_dir}/cloud.json"))
json.dump({
    "command": command,
    "regex": regex or None,
    "tempest": importlib.metadata.version("tempest"),
    "workspace": workspace,
    "catalog_source": cloud["catalog_source"],
    "auth_url": cloud["credentials"]["auth_url"],
    "microversions": cloud.get("microversions", {}),
    "in_catalog": json.load(open(f"{run_dir}/in-catalog.json")),
    "listed": json.load(open(f"{run_dir}/listed.json")),
}, open(f"{run_dir}/meta.json", "w"), indent=2)
EOF
last_run="$here/last-run"
mkdir -p "$last_run"
sed 's/^\(admin_password = \).*/\1<redacted>/' "$tempest_dir/etc/tempest.conf" > "$last_run/tempest.conf"
status=0
"$python" "$lib/results.py" summarize --run-dir "$run_dir" --services "$services" --meta "$run_dir/meta.json" \
  --out-dir "$run_dir/results" --out-dir "$last_run" || status=$?
echo "Workspace: $workspace (tempest workspace in tempest/; subunit streams, summary in run/)" >&2
exit "$status"
