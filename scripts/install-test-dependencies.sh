#!/usr/bin/env bash
# Installs, with Debian's apt, the servers and clients the SharpStack tests use, without starting system services.
set -euo pipefail

packages=(postgresql rabbitmq-server python3-openstackclient tempest curl)
missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

if [[ $EUID -ne 0 ]]; then
  echo "error: ${missing[*]} must be installed; run this script as root (it uses apt-get)." >&2
  exit 1
fi

# Keep the packages' own services (a PostgreSQL cluster on 5432, a broker on 5672) from starting:
# the tests run private servers on other ports.
policy=/usr/sbin/policy-rc.d
created_policy=0
if [[ ! -e $policy ]]; then
  printf '#!/bin/sh\nexit 101\n' > "$policy"
  chmod +x "$policy"
  created_policy=1
fi
trap '[[ $created_policy -eq 1 ]] && rm -f "$policy"' EXIT

export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
