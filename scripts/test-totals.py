"""Adds up the counters of every TRX file under a folder, and of Python unittest logs given after it,
and prints 'N passed, N failed, N skipped'."""
import pathlib
import re
import sys
import xml.etree.ElementTree as ElementTree

NAMESPACE = "{http://microsoft.com/schemas/VisualStudio/TeamTest/2010}"


UNITTEST_RAN = re.compile(r"^Ran (\d+) tests? in ")
UNITTEST_OUTCOME = re.compile(r"^(OK|FAILED)(?: \((.*)\))?$")


def unittest_counts(log: pathlib.Path) -> tuple[int, int, int]:
    """Reads the closing summary of `python3 -m unittest` ("Ran N tests", then "OK" or "FAILED (failures=..)")."""
    ran = None
    details: dict[str, int] = {}
    for line in log.read_text(errors="replace").splitlines():
        if (match := UNITTEST_RAN.match(line)) is not None:
            ran = int(match.group(1))
        elif ran is not None and (match := UNITTEST_OUTCOME.match(line)) is not None:
            for part in (match.group(2) or "").split(", "):
                if "=" in part:
                    key, value = part.split("=", 1)
                    details[key] = int(value)
    if ran is None:
        return 0, 1, 0
    failed = details.get("failures", 0) + details.get("errors", 0) + details.get("unexpected successes", 0)
    skipped = details.get("skipped", 0)
    return ran - failed - skipped, failed, skipped


def main(folder: str, unittest_logs: list[str]) -> int:
    passed = failed = skipped = 0
    files = list(pathlib.Path(folder).rglob("*.trx"))
    for path in files:
        counters = ElementTree.parse(path).getroot().find(f"{NAMESPACE}ResultSummary/{NAMESPACE}Counters")
        if counters is None:
            continue
        passed += int(counters.get("passed", 0))
        failed += int(counters.get("failed", 0)) + int(counters.get("error", 0)) + int(counters.get("timeout", 0))
        skipped += int(counters.get("notExecuted", 0))
    for log in unittest_logs:
        log_passed, log_failed, log_skipped = unittest_counts(pathlib.Path(log))
        passed += log_passed
        failed += log_failed
        skipped += log_skipped
    print(f"{passed} passed, {failed} failed, {skipped} skipped")
    return 0 if files and failed == 0 and passed > 0 else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2:]))
