"""tempest's vocabulary for each service, read from tempest_services.json (the one place it is written down)."""
import json
import os

with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "tempest_services.json"), encoding="utf-8") as _handle:
    _DOCUMENT = json.load(_handle)

# name -> {"section", "types", "available", "tests", "microversions"}
SERVICES = _DOCUMENT["services"]

# Each test suite run.sh accepts and the test-id prefix that selects its tests: every service with API tests, and scenario.
SUITES = {name: service["tests"] for name, service in SERVICES.items() if service["tests"]}
SUITES["scenario"] = _DOCUMENT["scenario"]


def name_of(catalog_type):
    """tempest's name for a catalog type, or None when tempest has no name for it."""
    return next((name for name, service in SERVICES.items() if catalog_type in service["types"]), None)
