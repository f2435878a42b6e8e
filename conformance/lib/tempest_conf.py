"""Writes tempest.conf (tempest 33.0.0 option names) from the credentials and catalog that
authenticate.py wrote, and the list of services the catalog offers.

    tempest_conf.py --cloud cloud.json --workspace WS --out WS/etc/tempest.conf --services-out services.json
                    [--http-image URL]

What SharpStack implements is the FEATURES table below: it is the one place a service change
edits when it makes a tempest feature flag true (see conformance/README.md).
"""
import argparse
import json
import sys

import tempest_services

# ---------------------------------------------------------------------------------------------
# Feature flags: what SharpStack implements, section by section, as tempest's options.
# A change that implements a feature switches its flag here in the same commit. Options not
# listed keep tempest's default; a service absent from the catalog is skipped whatever its flags.
# ---------------------------------------------------------------------------------------------
FEATURES = {
    "identity-feature-enabled": {
        "api_v2": False,                   # Keystone v2.0 was removed upstream; SharpStack is v3 only
        "api_v3": True,
        "api_extensions": "all",
        "trust": True,                     # OS-TRUST delegation (/v3/OS-TRUST/trusts)
        "application_credentials": True,   # /v3/users/{id}/application_credentials
        "access_rules": True,              # access rules on application credentials
        "project_tags": True,              # /v3/projects/{id}/tags
        "security_compliance": True,       # lockout, password history and expiry (PCI-DSS)
        "domain_specific_drivers": False,
        "immutable_user_source": False,
    },
    "image-feature-enabled": {
        "api_v2": True,
        "api_v1": False,
        "import_image": True,              # POST /v2/images/{id}/import, GET /v2/info/import and /v2/info/stores
        "os_glance_reserved": True,        # os_glance_* properties are reserved (403 on create and update)
        "manage_locations": False,         # show_multiple_locations: image locations are not exposed
    },
    "image": {
        # Glance's default formats, with the common pair first: tempest creates most images with
        # container_formats[0] and disk_formats[0], and the listing tests with the first six pairs.
        "container_formats": ["bare", "ami", "ari", "aki", "ovf", "ova", "docker", "compressed"],
        "disk_formats": ["raw", "qcow2", "ami", "ari", "aki", "vhd", "vhdx", "vmdk", "vdi", "iso", "ploop"],
        "image_caching_enabled": False,    # no cache management API (/v2/cache)
        # alternate_image_endpoint stays unset: one image service, so the glance-download and
        # remote tests skip. http_image (web-download's source) is set by build(): --http-image,
        # else the cloud's own Identity v3 version document (a 200 any running cloud serves).
    },
    "compute-feature-enabled": {
        # Compute's flags (resize, snapshot, console_output, …) keep tempest's defaults until
        # Compute lands; list each one here as Compute decides it.
    },
    "volume-feature-enabled": {
        "api_extensions": "all",
        "backup": False,                   # Cinder backups into object storage
    },
    "network-feature-enabled": {
        "api_extensions": "all",           # read from GET /v2.0/extensions
        "ipv6": True,
    },
    "object-storage-feature-enabled": {
        "discoverable_apis": "all",        # read from GET /info
    },
    "validation": {
        "run_validation": False,           # no SSH into guests by default
    },
}

# tempest's name for each service, where its endpoint options live, the catalog types it accepts
# (first match wins), and its [service_available] switch: tempest_services.json.
SERVICES = tempest_services.SERVICES

# The sections with microversion ranges, filled from the live version documents when known.
MICROVERSION_SECTIONS = tuple(name for name, service in SERVICES.items() if service["microversions"])

PLACEHOLDERS = """\
# Left for the service changes (tempest needs them once Compute and Network exist):
# [compute]
# image_ref = <id of the default guest image>
# image_ref_alt = <id of a second image>
# flavor_ref = <id of a small flavor>
# flavor_ref_alt = <id of a second flavor>
# fixed_network_name = <network for servers>
# [network]
# public_network_id = <external network id>
# floating_network_name = <external network name>
# [scenario]
# img_file = <path of the guest image file>
"""


def value(item):
    if isinstance(item, bool):
        return "true" if item else "false"
    if isinstance(item, (list, tuple)):
        return ",".join(item)
    return str(item)


def find_service(catalog, types):
    for wanted in types:
        for service in catalog:
            if service.get("type") == wanted and service.get("endpoints"):
                return service
    return None


def pick_endpoint(service, interface, region):
    """The endpoint tempest will use: the interface and region asked for, else the closest one."""
    endpoints = service["endpoints"]

    def region_of(endpoint):
        return endpoint.get("region_id") or endpoint.get("region")

    for test in (lambda e: e.get("interface") == interface and region_of(e) == region,
                 lambda e: e.get("interface") == interface,
                 lambda e: True):
        for endpoint in endpoints:
            if test(endpoint):
                return endpoint
    return None


def v3_url(url):
    url = url.rstrip("/")
    return url if url.endswith("/v3") else url + "/v3"


def build(cloud, workspace, http_image=None):
    creds, catalog = cloud["credentials"], cloud["catalog"]
    interface = creds.get("interface") or "public"
    warnings = []

    identity = find_service(catalog, SERVICES["identity"]["types"])
    region = creds.get("region_name")
    if not region and identity:
        endpoint = pick_endpoint(identity, interface, None)
        region = endpoint.get("region_id") or endpoint.get("region")
    region = region or "RegionOne"
    if identity:
        uri_v3 = v3_url(pick_endpoint(identity, interface, region)["url"])
    else:
        uri_v3 = v3_url(creds["auth_url"])
        warnings.append("the catalog has no identity service; tempest's identity admin tests need one")

    sections = {
        "DEFAULT": {"log_dir": f"{workspace}/logs", "log_file": "tempest.log"},
        "oslo_concurrency": {"lock_path": f"{workspace}/tempest_lock"},
        "auth": {
            "admin_username": creds["username"],
            "admin_password": creds["password"],
            "admin_project_name": creds["project_name"],
            "admin_domain_name": creds["user_domain_name"],
            "admin_user_domain_name": creds["user_domain_name"],
            "admin_project_domain_name": creds["project_domain_name"],
            "use_dynamic_credentials": True,
        },
        "identity": {
            "uri_v3": uri_v3,
            "auth_version": "v3",
            "region": region,
            "v3_endpoint_type": interface,
        },
        "service_available": {"horizon": False},
    }

    present = {}
    for name, service in SERVICES.items():
        found = find_service(catalog, service["types"])
        present[name] = found is not None
        section = sections.setdefault(service["section"], {})
        if service["available"]:
            sections["service_available"][service["available"]] = found is not None
        if name == "identity":
            if found:
                section["catalog_type"] = found["type"]
            continue
        section["catalog_type"] = found["type"] if found else service["types"][0]
        section["endpoint_type"] = interface
        if found and not any(e.get("interface") == interface for e in found["endpoints"]):
            warnings.append(f"{found['type']} has no {interface} endpoint in the catalog")

    for name, (low, high) in (cloud.get("microversions") or {}).items():
        if name in MICROVERSION_SECTIONS and low and high:
            sections[SERVICES[name]["section"]].update(min_microversion=low, max_microversion=high)

    for section, options in FEATURES.items():
        sections.setdefault(section, {}).update(options)
    sections["image"]["http_image"] = http_image or uri_v3
    # The scenario suite needs every service; the scenario tests check [service_available] themselves.
    present["scenario"] = present["identity"]
    return sections, present, warnings


def render(sections, source):
    lines = [
        "# Generated by conformance/lib/tempest_conf.py for tempest 33.0.0; do not edit by hand:",
        "# change FEATURES there and run conformance/run.sh again.",
        f"# Catalog: {source}",
        "",
    ]
    for name, options in sections.items():
        lines.append(f"[{name}]")
        lines.extend(f"{key} = {value(item)}" for key, item in options.items())
        lines.append("")
    lines.append(PLACEHOLDERS)
    return "\n".join(lines)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cloud", required=True, help="JSON written by authenticate.py")
    parser.add_argument("--workspace", required=True, help="the tempest workspace folder")
    parser.add_argument("--out", required=True, help="where to write tempest.conf")
    parser.add_argument("--services-out", required=True, help="where to write {service: in catalog}")
    parser.add_argument("--http-image", help="URL the image service downloads in the web-download tests")
    args = parser.parse_args()
    with open(args.cloud, encoding="utf-8") as handle:
        cloud = json.load(handle)
    sections, present, warnings = build(cloud, args.workspace, args.http_image)
    with open(args.out, "w", encoding="utf-8") as handle:
        handle.write(render(sections, cloud.get("catalog_source", "unknown")))
    with open(args.services_out, "w", encoding="utf-8") as handle:
        json.dump(present, handle, indent=2)
    for warning in warnings:
        print(f"warning: {warning}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
