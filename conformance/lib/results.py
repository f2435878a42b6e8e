"""Test selection and result counting for conformance/run.sh, from tempest's own outputs.

    results.py listed  --list all.txt                                 per-service counts, JSON on stdout
    results.py select  --list all.txt --service S [--regex R] --ids-out S.ids   prints the stestr regex
    results.py summarize --run-dir DIR --services a,b --meta meta.json --out-dir DIR [--out-dir DIR2]
    results.py suites [--in-catalog in-catalog.json]                 the suites run.sh knows (or the cloud has)

Counting reads the subunit v2 streams of `tempest run --subunit` (python3-subunit), never the
human output. A test that has no result of its own takes its class's: when setUpClass fails or
skips (dynamic credentials cannot be made, a service is unavailable), stestr reports one
"setUpClass (module.Class)" event and nothing for the class's tests, so each selected test of
that class is counted failed or skipped with the class's reason. Selected tests with no result
at all (a crashed worker) count as failed. So passed + failed + skipped = selected, always.
"""
import argparse
import datetime
import json
import os
import re
import sys

import tempest_services

# Each service name run.sh accepts and the test-id prefix that selects its tests.
PREFIXES = tempest_services.SUITES
FIXTURE = re.compile(r"^(setUpClass|tearDownClass|setUpModule|tearDownModule) \((.+)\)$")


def read_ids(path):
    with open(path, encoding="utf-8") as handle:
        return [line.strip() for line in handle if line.strip().startswith("tempest.")]


def service_regex(service, user_regex=None):
    """The regex given to `tempest run --regex`; stestr applies it with re.search like select()."""
    prefix = "^" + re.escape(PREFIXES[service])
    if not user_regex:
        return prefix
    return f"^(?={re.escape(PREFIXES[service])})(?=.*?(?:{user_regex}))"


def class_of(test_id):
    return test_id.split("[", 1)[0].rsplit(".", 1)[0]


def command_listed(args):
    ids = read_ids(args.list)
    counts = {name: sum(1 for i in ids if i.startswith(prefix)) for name, prefix in PREFIXES.items()}
    counts["all"] = len(ids)
    json.dump(counts, sys.stdout, indent=2)
    print()
    return 0


def command_select(args):
    regex = service_regex(args.service, args.regex)
    try:
        pattern = re.compile(regex)
    except re.error as error:
        print(f"error: --regex is not a valid regular expression: {error}", file=sys.stderr)
        return 2
    selected = [i for i in read_ids(args.list) if pattern.search(i)]
    with open(args.ids_out, "w", encoding="utf-8") as handle:
        handle.write("".join(f"{i}\n" for i in selected))
    print(regex)
    return 0


def reason_of(record):
    """The last meaningful line of a failure's traceback, or the skip reason."""
    for name in ("traceback", "reason"):
        content = record["details"].get(name)
        if content is None:
            continue
        text = "".join(chunk.decode("utf-8", "replace") if isinstance(chunk, bytes) else chunk
                       for chunk in content.iter_bytes())
        lines = [line.rstrip() for line in text.splitlines() if line.strip()]
        # The exception and its message follow the last indented line (the traceback's frames).
        frames = [index for index, line in enumerate(lines) if line[:1].isspace()]
        message = lines[frames[-1] + 1:] if frames and frames[-1] + 1 < len(lines) else lines[-1:]
        if message:
            return " ".join(line.strip() for line in message)[:500]
    return ""


def read_stream(path):
    """{test id: (status, reason)} from a subunit v2 file; an empty or missing file gives {}."""
    import subunit
    import testtools

    records = {}

    def on_test(record):
        status = record["status"]
        if status == "exists":
            return
        records[record["id"]] = (status, reason_of(record) if status in ("fail", "skip", "uxsuccess") else "")

    if not os.path.exists(path):
        return records
    with open(path, "rb") as handle:
        case = subunit.ByteStreamToStreamResult(handle, non_subunit_name="stdout")
        result = testtools.StreamToDict(on_test)
        result.startTestRun()
        case.run(result)
        result.stopTestRun()
    return records


def count_service(selected, records):
    tests, fixtures = {}, {}
    for test_id, outcome in records.items():
        match = FIXTURE.match(test_id)
        if match:
            fixtures.setdefault(match.group(2), []).append((match.group(1), *outcome))
        else:
            tests[test_id] = outcome

    summary = {"selected": len(selected), "passed": 0, "failed": 0, "skipped": 0,
               "failed_at_class_setup": 0, "skipped_at_class_setup": 0, "no_result": 0,
               "class_errors": [], "failures": {}}
    for test_id in list(dict.fromkeys(list(selected) + list(tests))):
        if test_id in tests:
            status, reason = tests[test_id]
            if status in ("success", "xfail"):
                summary["passed"] += 1
            elif status == "skip":
                summary["skipped"] += 1
            else:
                summary["failed"] += 1
                summary["failures"][test_id] = reason or f"status {status}"
            continue
        setup = [f for f in fixtures.get(class_of(test_id), []) if f[0] == "setUpClass"]
        module = [f for f in fixtures.get(class_of(test_id).rsplit(".", 1)[0], []) if f[0] == "setUpModule"]
        fixture = (setup or module or [None])[0]
        if fixture and fixture[1] == "skip":
            summary["skipped"] += 1
            summary["skipped_at_class_setup"] += 1
        elif fixture and fixture[1] not in ("success", "xfail"):
            summary["failed"] += 1
            summary["failed_at_class_setup"] += 1
            summary["failures"][test_id] = f"{fixture[0]} failed: {fixture[2]}"
        else:
            summary["failed"] += 1
            summary["no_result"] += 1
            summary["failures"][test_id] = "no result in the subunit stream (worker crashed or test not run)"
    for owner, events in sorted(fixtures.items()):
        for kind, status, reason in events:
            if kind.startswith("tearDown") and status not in ("success", "xfail", "skip"):
                summary["class_errors"].append({"fixture": f"{kind} ({owner})", "reason": reason})
    summary["selected"] = summary["passed"] + summary["failed"] + summary["skipped"]
    return summary


def line(name, counts):
    return f"{name}: {counts['passed']} passed, {counts['failed']} failed, {counts['skipped']} skipped"


def command_summarize(args):
    with open(args.meta, encoding="utf-8") as handle:
        meta = json.load(handle)
    services = [s for s in args.services.split(",") if s]
    report = dict(meta)
    report["date"] = datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds")
    report["services"] = {}
    total = {"passed": 0, "failed": 0, "skipped": 0}
    broken = []
    for service in services:
        run = os.path.join(args.run_dir, service)
        selected = read_ids(f"{run}.ids") if os.path.exists(f"{run}.ids") else []
        records = read_stream(f"{run}.subunit")
        counts = count_service(selected, records)
        exit_path = f"{run}.exit"
        counts["tempest_exit"] = int(open(exit_path).read().strip()) if os.path.exists(exit_path) else None
        counts["in_catalog"] = meta.get("in_catalog", {}).get(service)
        counts["listed"] = meta.get("listed", {}).get(service)
        if selected and not records:
            broken.append(service)
        report["services"][service] = counts
        for key in total:
            total[key] += counts[key]
    report["total"] = total

    for directory in args.out_dir:
        os.makedirs(directory, exist_ok=True)
        for name in os.listdir(directory):
            if name.startswith("failing-") and name.endswith(".txt"):
                os.remove(os.path.join(directory, name))
        with open(os.path.join(directory, "summary.json"), "w", encoding="utf-8") as handle:
            json.dump(report, handle, indent=2)
            handle.write("\n")
        for service, counts in report["services"].items():
            with open(os.path.join(directory, f"failing-{service}.txt"), "w", encoding="utf-8") as handle:
                handle.write("".join(f"{test_id}\n" for test_id in sorted(counts["failures"])))

    for service, counts in report["services"].items():
        notes = []
        if counts["in_catalog"] is False:
            notes.append("not in the catalog")
        if counts["failed_at_class_setup"]:
            notes.append(f"{counts['failed_at_class_setup']} failed at class setup")
        if counts["skipped_at_class_setup"]:
            notes.append(f"{counts['skipped_at_class_setup']} skipped at class setup")
        if counts["no_result"]:
            notes.append(f"{counts['no_result']} without a result")
        if counts["class_errors"]:
            notes.append(f"{len(counts['class_errors'])} class teardown errors")
        if notes:
            print(f"note: {service}: {counts['selected']} selected of {counts['listed']} listed; {'; '.join(notes)}")
        first = next(iter(counts["failures"].values()), None)
        if first:
            print(f"note: {service}: first failure: {first[:200]}")
    for service, counts in report["services"].items():
        print(line(service, counts))
    print(line("total", total))
    if broken:
        print(f"error: tempest produced no result for {', '.join(broken)}: see the .stderr files in {args.run_dir}",
              file=sys.stderr)
        return 3
    return 0


def command_suites(args):
    """The suites run.sh accepts, or, with --in-catalog, those of the services the cloud's catalog has."""
    if args.in_catalog:
        with open(args.in_catalog, encoding="utf-8") as handle:
            present = json.load(handle)
        names = [name for name in PREFIXES if name != "scenario" and present.get(name)]
    else:
        names = list(PREFIXES)
    print(",".join(names))
    return 0


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    listed = commands.add_parser("listed")
    listed.add_argument("--list", required=True)
    select = commands.add_parser("select")
    select.add_argument("--list", required=True)
    select.add_argument("--service", required=True, choices=sorted(PREFIXES))
    select.add_argument("--regex")
    select.add_argument("--ids-out", required=True)
    summarize = commands.add_parser("summarize")
    summarize.add_argument("--run-dir", required=True)
    summarize.add_argument("--services", required=True)
    summarize.add_argument("--meta", required=True)
    summarize.add_argument("--out-dir", action="append", required=True)
    suites = commands.add_parser("suites")
    suites.add_argument("--in-catalog", help="{service: in catalog} written by tempest_conf.py --services-out")
    args = parser.parse_args()
    commands = {"listed": command_listed, "select": command_select, "summarize": command_summarize, "suites": command_suites}
    return commands[args.command](args)


if __name__ == "__main__":
    sys.exit(main())
