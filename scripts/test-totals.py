"""Adds up the counters of every TRX file under a folder and prints 'N passed, N failed, N skipped'."""
import pathlib
import sys
import xml.etree.ElementTree as ElementTree

NAMESPACE = "{http://microsoft.com/schemas/VisualStudio/TeamTest/2010}"


def main(folder: str) -> int:
    passed = failed = skipped = 0
    files = list(pathlib.Path(folder).rglob("*.trx"))
    for path in files:
        counters = ElementTree.parse(path).getroot().find(f"{NAMESPACE}ResultSummary/{NAMESPACE}Counters")
        if counters is None:
            continue
        passed += int(counters.get("passed", 0))
        failed += int(counters.get("failed", 0)) + int(counters.get("error", 0)) + int(counters.get("timeout", 0))
        skipped += int(counters.get("notExecuted", 0))
    print(f"{passed} passed, {failed} failed, {skipped} skipped")
    return 0 if files and failed == 0 and passed > 0 else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
