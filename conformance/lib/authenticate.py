"""Reads a cloud's admin credentials from clouds.yaml, authenticates with keystoneauth1 and writes
the credentials and the live service catalog as one JSON document for tempest_conf.py.

    authenticate.py --clouds DATA/clouds.yaml --cloud sharpstack --out cloud.json
    authenticate.py --clouds DATA/clouds.yaml --cloud sharpstack --catalog-json FILE --out cloud.json

With --catalog-json the catalog is read from FILE and nothing is sent to the cloud (offline work
and tests). FILE may hold the catalog list itself, {"catalog": [...]}, a token body
{"token": {"catalog": [...]}}, or the output of `openstack catalog list -f json`.

Every failure is one line on stderr starting with "error:" and exit status 2.
"""
import argparse
import json
import os
import sys

import tempest_services


class Failure(Exception):
    pass


def one_line(text, limit=300):
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def load_cloud(path, name):
    try:
        import yaml
    except ImportError:
        raise Failure("python3-yaml is missing: apt-get install -y python3-openstackclient")
    if not os.path.isfile(path):
        raise Failure(f"{path} does not exist: start the cloud with "
                      f"`./sharpstack up --data-dir {os.path.dirname(path) or '.'}` or pass --cloud-dir")
    try:
        with open(path, encoding="utf-8") as handle:
            document = yaml.safe_load(handle) or {}
    except (OSError, yaml.YAMLError) as error:
        raise Failure(f"cannot read {path}: {one_line(error)}")
    cloud = (document.get("clouds") or {}).get(name)
    if not isinstance(cloud, dict):
        raise Failure(f"{path} has no cloud named '{name}'")
    auth = cloud.get("auth") or {}
    missing = [key for key in ("auth_url", "username", "password", "project_name") if not auth.get(key)]
    if missing:
        raise Failure(f"cloud '{name}' in {path} lacks auth.{', auth.'.join(missing)}")
    return cloud


def domain_name(auth, prefix):
    """tempest takes domain names only; the id 'default' is the domain named 'Default'."""
    name = auth.get(f"{prefix}_domain_name") or auth.get("domain_name")
    if name:
        return name
    identifier = auth.get(f"{prefix}_domain_id") or auth.get("domain_id")
    if identifier in (None, "default"):
        return "Default"
    raise Failure(f"clouds.yaml gives {prefix}_domain_id={identifier} but tempest needs a domain name; "
                  f"add auth.{prefix}_domain_name")


def credentials(cloud):
    auth = cloud["auth"]
    return {
        "auth_url": auth["auth_url"],
        "username": auth["username"],
        "password": str(auth["password"]),
        "project_name": auth["project_name"],
        "user_domain_name": domain_name(auth, "user"),
        "project_domain_name": domain_name(auth, "project"),
        "region_name": cloud.get("region_name") or "",
        "interface": cloud.get("interface") or "public",
    }


def normalize_catalog(document):
    """Accepts the shapes described in the module docstring and returns the token catalog list."""
    if isinstance(document, dict):
        if "token" in document:
            document = document["token"]
        document = document.get("catalog", document)
    if not isinstance(document, list):
        raise Failure("the catalog JSON is neither a list of services nor an object with 'catalog'")
    services = []
    for entry in document:
        entry = {key.lower(): value for key, value in entry.items()}
        endpoints = entry.get("endpoints") or []
        if not isinstance(endpoints, list) or not all(isinstance(e, dict) for e in endpoints):
            raise Failure(f"service '{entry.get('type')}' in the catalog JSON has no list of endpoint objects")
        services.append({
            "type": entry.get("type"),
            "name": entry.get("name"),
            "id": entry.get("id"),
            "endpoints": [{key.lower(): value for key, value in e.items()} for e in endpoints],
        })
    return services


def v3_url(url):
    """v3.Password posts to AUTH_URL/auth/tokens, so the URL must name the v3 API."""
    url = url.rstrip("/")
    return url if url.endswith("/v3") else url + "/v3"


def authenticate(creds, timeout):
    from keystoneauth1 import exceptions, session
    from keystoneauth1.identity import v3

    auth_url = v3_url(creds["auth_url"])
    plugin = v3.Password(auth_url=auth_url, username=creds["username"], password=creds["password"],
                         project_name=creds["project_name"], user_domain_name=creds["user_domain_name"],
                         project_domain_name=creds["project_domain_name"])
    sess = session.Session(auth=plugin, timeout=timeout)
    who = f"{creds['username']} (project {creds['project_name']})"
    try:
        access = plugin.get_access(sess)
    except exceptions.ConnectFailure as error:
        reason = "connection refused" if "refused" in str(error) else one_line(error, 200)
        raise Failure(f"the cloud is unreachable at {auth_url} ({reason}); is `sharpstack up` running?")
    except exceptions.ConnectTimeout:
        raise Failure(f"the cloud at {auth_url} did not answer within {timeout} s")
    except exceptions.Unauthorized as error:
        raise Failure(f"authentication as {who} at {auth_url} was refused (HTTP 401): "
                      f"check the password in clouds.yaml ({one_line(error, 150)})")
    except exceptions.HttpError as error:
        meaning = " (the cloud does not issue tokens)" if error.http_status in (404, 405, 501) else ""
        raise Failure(f"authentication as {who} at {auth_url} is not possible: POST {auth_url}/auth/tokens "
                      f"answered HTTP {error.http_status}{meaning}")
    except exceptions.ClientException as error:
        raise Failure(f"authentication as {who} at {auth_url} is not possible: "
                      f"{type(error).__name__}: {one_line(error, 200)}")
    catalog = access.service_catalog.catalog if access.has_service_catalog() else []
    if not catalog:
        raise Failure(f"authenticated as {who} at {auth_url}, but the token carries no service catalog")
    return normalize_catalog(catalog), microversions(sess, creds)


# tempest's name for a service with microversions, and the catalog types it may have.
MICROVERSIONED = {name: service["types"] for name, service in tempest_services.SERVICES.items() if service["microversions"]}


def microversions(sess, creds):
    """The advertised [min, max] microversion per service, from each endpoint's version document,
    so tempest runs the microversion tests up to what the cloud claims and skips the rest."""
    found = {}
    for name, types in MICROVERSIONED.items():
        for service_type in types:
            try:
                data = sess.get_endpoint_data(service_type=service_type, interface=creds["interface"],
                                              region_name=creds["region_name"] or None, discover_versions=True)
            except Exception as error:
                print(f"warning: cannot read the {service_type} version document: {one_line(error, 150)}",
                      file=sys.stderr)
                data = None
            if data is None:
                continue
            if data.min_microversion and data.max_microversion:
                found[name] = [f"{data.min_microversion[0]}.{data.min_microversion[1]}",
                               f"{data.max_microversion[0]}.{data.max_microversion[1]}"]
            break
    return found


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clouds", required=True, help="path of clouds.yaml")
    parser.add_argument("--cloud", default="sharpstack", help="cloud name in clouds.yaml")
    parser.add_argument("--catalog-json", help="read the catalog from this file instead of authenticating")
    parser.add_argument("--timeout", type=float, default=30)
    parser.add_argument("--out", required=True, help="where to write the credentials and catalog (JSON)")
    args = parser.parse_args()
    try:
        creds = credentials(load_cloud(args.clouds, args.cloud))
        if args.catalog_json:
            try:
                with open(args.catalog_json, encoding="utf-8") as handle:
                    catalog = normalize_catalog(json.load(handle))
            except (OSError, ValueError) as error:
                raise Failure(f"cannot read the catalog JSON {args.catalog_json}: {one_line(error)}")
            source = f"file {args.catalog_json}"
            versions = {}
        else:
            catalog, versions = authenticate(creds, args.timeout)
            source = f"token from {creds['auth_url']}"
    except Failure as failure:
        print(f"error: {failure}", file=sys.stderr)
        return 2
    except Exception as error:  # anything unexpected is still one line, not a traceback
        print(f"error: {type(error).__name__}: {one_line(error)}", file=sys.stderr)
        return 2
    descriptor = os.open(args.out, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
        json.dump({"credentials": creds, "catalog": catalog, "microversions": versions,
                   "catalog_source": source}, handle, indent=2)
    return 0


if __name__ == "__main__":
    sys.exit(main())
