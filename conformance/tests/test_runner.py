"""Tests of the conformance runner without a full cloud:
    /usr/bin/python3 -m unittest discover -s conformance/tests -v
They need Debian's tempest and python3-openstackclient; a stand-in Keystone on 127.0.0.1 serves
the authentication path."""
import io
import json
import os
import re
import subprocess
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
CONFORMANCE = os.path.dirname(HERE)
LIB = os.path.join(CONFORMANCE, "lib")
FIXTURES = os.path.join(CONFORMANCE, "fixtures")
PYTHON = "/usr/bin/python3"
sys.path.insert(0, LIB)

import authenticate  # noqa: E402
import results  # noqa: E402
import tempest_conf  # noqa: E402
import tempest_services  # noqa: E402

CLOUDS_YAML = """clouds:
  sharpstack:
    auth:
      auth_url: '{url}'
      username: admin
      password: '{password}'
      project_name: admin
      user_domain_name: Default
      project_domain_name: Default
    region_name: 'RegionOne'
    interface: public
    identity_api_version: 3
"""


def load_json(path):
    with open(path, encoding="utf-8") as handle:
        return json.load(handle)


def write_clouds(folder, url, password="secret"):
    path = os.path.join(folder, "clouds.yaml")
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(CLOUDS_YAML.format(url=url, password=password))
    return path


def setUpModule():
    # Importing tempest.config writes tempest.log into the current folder: keep it out of the repo.
    os.chdir(tempfile.mkdtemp())


class FakeKeystone:
    def __enter__(self):
        self.process = subprocess.Popen([PYTHON, os.path.join(HERE, "fake_keystone.py"), "0", "secret"],
                                        stdout=subprocess.PIPE, text=True)
        self.url = f"http://127.0.0.1:{self.process.stdout.readline().split()[1]}/v3"
        return self

    def __exit__(self, *exc):
        self.process.terminate()
        self.process.wait(10)
        self.process.stdout.close()


def cloud_from(catalog_file):
    creds = authenticate.credentials(authenticate.load_cloud(write_clouds(tempfile.mkdtemp(),
                                                                          "http://127.0.0.1:5000/v3"), "sharpstack"))
    return {"credentials": creds, "catalog": authenticate.normalize_catalog(load_json(catalog_file)),
            "catalog_source": catalog_file}


class TempestConfTest(unittest.TestCase):
    def test_full_catalog_enables_every_service(self):
        sections, present, warnings = tempest_conf.build(cloud_from(f"{FIXTURES}/catalog-full.json"), "/ws")
        self.assertEqual(warnings, [])
        self.assertTrue(all(present.values()))
        self.assertEqual(sections["service_available"],
                         {"horizon": False, "glance": True, "nova": True, "cinder": True, "neutron": True,
                          "swift": True})
        self.assertEqual(sections["volume"]["catalog_type"], "block-storage")
        self.assertEqual(sections["object-storage"]["catalog_type"], "object-store")
        self.assertEqual(sections["identity"]["uri_v3"], "http://127.0.0.1:5000/v3")
        self.assertEqual(sections["identity"]["region"], "RegionOne")
        self.assertEqual(sections["auth"]["admin_password"], "secret")
        self.assertIs(sections["auth"]["use_dynamic_credentials"], True)
        self.assertIs(sections["identity-feature-enabled"]["api_v2"], False)
        self.assertIs(sections["validation"]["run_validation"], False)

    def test_image_enables_v2_with_import_and_glance_formats(self):
        sections, _, _ = tempest_conf.build(cloud_from(f"{FIXTURES}/catalog-full.json"), "/ws")
        features = sections["image-feature-enabled"]
        self.assertEqual((features["api_v2"], features["api_v1"]), (True, False))
        self.assertIs(features["import_image"], True)
        self.assertIs(features["os_glance_reserved"], True)
        self.assertIs(features["manage_locations"], False)
        image = sections["image"]
        self.assertEqual(image["catalog_type"], "image")
        self.assertEqual((image["container_formats"][0], image["disk_formats"][0]), ("bare", "raw"))
        self.assertEqual(set(image["container_formats"]),
                         {"ami", "ari", "aki", "bare", "ovf", "ova", "docker", "compressed"})
        self.assertEqual(set(image["disk_formats"]),
                         {"ami", "ari", "aki", "vhd", "vhdx", "vmdk", "raw", "qcow2", "vdi", "iso", "ploop"})
        self.assertNotIn("alternate_image_endpoint", image)

    def test_http_image_is_the_identity_version_document_unless_given(self):
        cloud = cloud_from(f"{FIXTURES}/catalog-full.json")
        sections, _, _ = tempest_conf.build(cloud, "/ws")
        self.assertEqual(sections["image"]["http_image"], "http://127.0.0.1:5000/v3")
        sections, _, _ = tempest_conf.build(cloud, "/ws", "http://127.0.0.1:8000/cirros.img")
        self.assertEqual(sections["image"]["http_image"], "http://127.0.0.1:8000/cirros.img")

    def test_identity_only_catalog_disables_the_others(self):
        sections, present, _ = tempest_conf.build(cloud_from(f"{FIXTURES}/catalog-identity.json"), "/ws")
        self.assertEqual({name for name, there in present.items() if there}, {"identity", "scenario"})
        self.assertEqual(sections["service_available"],
                         {"horizon": False, "glance": False, "nova": False, "cinder": False, "neutron": False,
                          "swift": False})
        self.assertEqual(sections["volume"]["catalog_type"], "block-storage")

    def test_volumev3_is_used_when_block_storage_is_absent(self):
        cloud = cloud_from(f"{FIXTURES}/catalog-full.json")
        cloud["catalog"] = [s for s in cloud["catalog"] if s["type"] != "block-storage"]
        sections, _, _ = tempest_conf.build(cloud, "/ws")
        self.assertEqual(sections["volume"]["catalog_type"], "volumev3")

    def test_microversions_become_ranges(self):
        cloud = cloud_from(f"{FIXTURES}/catalog-full.json")
        cloud["microversions"] = {"compute": ["2.1", "2.61"], "placement": ["1.0", "1.20"]}
        sections, _, _ = tempest_conf.build(cloud, "/ws")
        self.assertEqual((sections["compute"]["min_microversion"], sections["compute"]["max_microversion"]),
                         ("2.1", "2.61"))
        self.assertEqual(sections["placement"]["max_microversion"], "1.20")
        self.assertNotIn("max_microversion", sections["volume"])

    def test_every_written_option_is_a_tempest_option(self):
        from tempest import config
        known = {}
        for group, options in config.list_opts():
            name = getattr(group, "name", group) or "DEFAULT"
            known.setdefault(name, set()).update(option.dest for option in options)
        known["oslo_concurrency"] = {"lock_path"}
        known["DEFAULT"].update({"log_dir", "log_file"})
        sections, _, _ = tempest_conf.build(cloud_from(f"{FIXTURES}/catalog-full.json"), "/ws")
        for section, options in sections.items():
            self.assertIn(section, known)
            for option in options:
                self.assertIn(option, known[section], f"[{section}] {option}")

    def test_tempest_reads_the_rendered_file(self):
        from oslo_config import cfg
        from tempest import config
        folder = tempfile.mkdtemp()
        path = os.path.join(folder, "tempest.conf")
        sections, _, _ = tempest_conf.build(cloud_from(f"{FIXTURES}/catalog-identity.json"), folder)
        with open(path, "w", encoding="utf-8") as handle:
            handle.write(tempest_conf.render(sections, "test"))
        conf = cfg.ConfigOpts()
        for group, options in config.list_opts():
            conf.register_opts(options, group=group)
        conf(args=[], default_config_files=[path])
        self.assertEqual(conf.identity.uri_v3, "http://127.0.0.1:5000/v3")
        self.assertFalse(conf.service_available.nova)
        self.assertEqual(conf["identity-feature-enabled"].api_extensions, ["all"])
        self.assertEqual(conf.auth.admin_project_name, "admin")
        self.assertEqual(conf.image.disk_formats[0], "raw")
        self.assertTrue(conf["image-feature-enabled"].import_image)


class TempestServicesTest(unittest.TestCase):
    def test_every_service_names_its_section_catalog_types_and_switch(self):
        for name, service in tempest_services.SERVICES.items():
            self.assertEqual(set(service), {"section", "types", "available", "tests", "microversions"}, name)
            self.assertTrue(service["types"], name)
            if service["tests"]:
                self.assertEqual(service["tests"], f"tempest.api.{name}.")

    def test_suites_are_the_services_with_tests_then_scenario(self):
        self.assertEqual(list(results.PREFIXES),
                         ["identity", "image", "compute", "volume", "network", "object_storage", "scenario"])
        self.assertEqual(tempest_services.name_of("volumev3"), "volume")
        self.assertEqual(tempest_services.name_of("object-store"), "object_storage")
        self.assertIsNone(tempest_services.name_of("no-such-type"))

    def test_suites_in_catalog_are_the_present_services_with_tests(self):
        _, present, _ = tempest_conf.build(cloud_from(f"{FIXTURES}/catalog-identity.json"), "/ws")
        path = os.path.join(tempfile.mkdtemp(), "in-catalog.json")
        with open(path, "w", encoding="utf-8") as handle:
            json.dump(present, handle)
        process = subprocess.run([PYTHON, os.path.join(LIB, "results.py"), "suites", "--in-catalog", path],
                                 capture_output=True, text=True)
        self.assertEqual(process.stdout, "identity\n")


class CatalogShapesTest(unittest.TestCase):
    def test_openstack_cli_json_and_token_body(self):
        cli = [{"Name": "keystone", "Type": "identity", "Endpoints": [
            {"id": "1", "interface": "public", "region_id": "RegionOne", "region": "RegionOne",
             "url": "http://127.0.0.1:5000/v3"}]}]
        self.assertEqual(authenticate.normalize_catalog(cli)[0]["type"], "identity")
        token = {"token": {"catalog": cli}}
        self.assertEqual(authenticate.normalize_catalog(token)[0]["endpoints"][0]["url"], "http://127.0.0.1:5000/v3")
        with self.assertRaises(authenticate.Failure):
            authenticate.normalize_catalog({"catalog": "nope"})


def stream(events):
    import subunit
    buffer = io.BytesIO()
    output = subunit.StreamResultToBytes(buffer)
    for test_id, status, reason in events:
        output.status(test_id=test_id, test_status="inprogress")
        kwargs = {}
        if reason:
            kwargs = {"file_name": "traceback" if status == "fail" else "reason", "file_bytes": reason.encode(),
                      "mime_type": "text/plain;charset=utf8", "eof": True}
        output.status(test_id=test_id, test_status=status, **kwargs)
    return buffer.getvalue()


class CountingTest(unittest.TestCase):
    CLASS = "tempest.api.identity.v3.test_x.XTest"
    OTHER = "tempest.api.identity.v3.test_y.YTest"
    SKIPPED = "tempest.api.identity.v2.test_z.ZTest"

    def count(self, selected, events):
        folder = tempfile.mkdtemp()
        path = os.path.join(folder, "s.subunit")
        with open(path, "wb") as handle:
            handle.write(stream(events))
        return results.count_service(selected, results.read_stream(path))

    def test_class_setup_failure_and_skip_count_every_selected_test(self):
        selected = [f"{self.CLASS}.test_a[id-1,smoke]", f"{self.CLASS}.test_b[id-2]",
                    f"{self.SKIPPED}.test_c[id-3]", f"{self.SKIPPED}.test_d[id-4]",
                    f"{self.OTHER}.test_e[id-5]", f"{self.OTHER}.test_f[id-6]", f"{self.OTHER}.test_g[id-7]",
                    f"{self.OTHER}.test_h[id-8]"]
        trace = ('Traceback (most recent call last):\n  File "x.py", line 1, in f\n    raise E\n'
                 'tempest.lib.exceptions.IdentityError: Got identity error\nDetails: Unexpected status code 404\n')
        counts = self.count(selected, [
            (f"setUpClass ({self.CLASS})", "fail", trace),
            (f"setUpClass ({self.SKIPPED})", "skip", "Identity api v2 is not enabled"),
            (f"{self.OTHER}.test_e[id-5]", "success", None),
            (f"{self.OTHER}.test_f[id-6]", "fail", trace),
            (f"{self.OTHER}.test_g[id-7]", "skip", "no"),
            (f"tearDownClass ({self.OTHER})", "fail", trace),
        ])
        self.assertEqual((counts["passed"], counts["failed"], counts["skipped"]), (1, 4, 3))
        self.assertEqual(counts["selected"], 8)
        self.assertEqual(counts["failed_at_class_setup"], 2)
        self.assertEqual(counts["skipped_at_class_setup"], 2)
        self.assertEqual(counts["no_result"], 1)
        self.assertEqual(len(counts["class_errors"]), 1)
        self.assertEqual(counts["failures"][f"{self.CLASS}.test_a[id-1,smoke]"],
                         "setUpClass failed: tempest.lib.exceptions.IdentityError: Got identity error "
                         "Details: Unexpected status code 404")
        self.assertIn("no result", counts["failures"][f"{self.OTHER}.test_h[id-8]"])

    def test_an_empty_stream_fails_every_selected_test(self):
        counts = self.count([f"{self.CLASS}.test_a[id-1]"], [])
        self.assertEqual((counts["passed"], counts["failed"], counts["skipped"]), (0, 1, 0))


class SelectionTest(unittest.TestCase):
    IDS = ["tempest.api.identity.v3.test_api_discovery.T.test_a[id-1]",
           "tempest.api.identity.admin.v3.test_users.U.test_b[id-2]",
           "tempest.api.image.v2.test_versions.V.test_c[id-3]",
           "tempest.api.object_storage.test_account.A.test_d[id-4]",
           "tempest.scenario.test_server_basic_ops.S.test_e[id-5]"]

    def matches(self, service, regex=None):
        pattern = re.compile(results.service_regex(service, regex))
        return [i for i in self.IDS if pattern.search(i)]

    def test_service_prefixes_and_user_regex(self):
        self.assertEqual(len(self.matches("identity")), 2)
        self.assertEqual(len(self.matches("object_storage")), 1)
        self.assertEqual(len(self.matches("scenario")), 1)
        self.assertEqual(len(self.matches("identity", "test_api_discovery|test_versions")), 1)
        self.assertEqual(len(self.matches("image", "test_api_discovery|test_versions")), 1)
        self.assertEqual(len(self.matches("identity", r"^tempest\.api\.identity\.admin")), 1)
        self.assertEqual(self.matches("image", r"^tempest\.api\.identity"), [])


class AuthenticateTest(unittest.TestCase):
    def run_authenticate(self, url, password="secret"):
        folder = tempfile.mkdtemp()
        out = os.path.join(folder, "cloud.json")
        process = subprocess.run([PYTHON, os.path.join(LIB, "authenticate.py"), "--clouds",
                                  write_clouds(folder, url, password), "--out", out, "--timeout", "5"],
                                 capture_output=True, text=True)
        return process, out

    def test_success_reads_catalog_and_microversions(self):
        with FakeKeystone() as keystone:
            process, out = self.run_authenticate(keystone.url)
        self.assertEqual(process.returncode, 0, process.stderr)
        cloud = load_json(out)
        self.assertEqual([s["type"] for s in cloud["catalog"]],
                         ["identity", "compute", "placement", "block-storage"])
        self.assertEqual(cloud["microversions"], {"compute": ["2.1", "2.61"], "volume": ["3.0", "3.60"],
                                                  "placement": ["1.0", "1.20"]})
        self.assertEqual(oct(os.stat(out).st_mode & 0o777), "0o600")

    def test_wrong_password_is_one_line(self):
        with FakeKeystone() as keystone:
            process, _ = self.run_authenticate(keystone.url, "wrong")
        self.assertEqual(process.returncode, 2)
        self.assertRegex(process.stderr, r"^error: authentication as admin .* was refused \(HTTP 401\).*\n$")

    def test_no_token_issuing_is_one_line(self):
        with FakeKeystone() as keystone:
            process, _ = self.run_authenticate(keystone.url.replace("/v3", "/nothing"))
        self.assertEqual(process.returncode, 2)
        self.assertRegex(process.stderr, r"^error: .*answered HTTP 404 \(the cloud does not issue tokens\)\n$")

    def test_unreachable_is_one_line(self):
        with FakeKeystone() as keystone:
            url = keystone.url
        process, _ = self.run_authenticate(url)
        self.assertEqual(process.returncode, 2)
        self.assertRegex(process.stderr, r"^error: the cloud is unreachable at .*\n$")


class RunScriptTest(unittest.TestCase):
    def test_list_only_against_a_cloud_that_authenticates(self):
        folder = tempfile.mkdtemp()
        with FakeKeystone() as keystone:
            write_clouds(folder, keystone.url)
            process = subprocess.run([os.path.join(CONFORMANCE, "run.sh"), "--cloud-dir", folder, "--list-only",
                                      "--workspace", os.path.join(folder, "ws"), "--services", "identity,compute"],
                                     capture_output=True, text=True)
        self.assertEqual(process.returncode, 0, process.stderr)
        self.assertIn("identity: 235 selected of 235 listed", process.stdout)
        self.assertIn("compute: 595 selected of 595 listed", process.stdout)
        with open(os.path.join(folder, "ws", "tempest", "etc", "tempest.conf"), encoding="utf-8") as handle:
            conf = handle.read()
        self.assertIn("nova = true", conf)
        self.assertIn("glance = false", conf)
        self.assertIn("max_microversion = 2.61", conf)
        self.assertIn(f"uri_v3 = {keystone.url}", conf)

    def test_without_services_runs_the_services_in_the_catalog(self):
        folder = tempfile.mkdtemp()
        with FakeKeystone() as keystone:
            write_clouds(folder, keystone.url)
            process = subprocess.run([os.path.join(CONFORMANCE, "run.sh"), "--cloud-dir", folder, "--list-only",
                                      "--workspace", os.path.join(folder, "ws")],
                                     capture_output=True, text=True)
        self.assertEqual(process.returncode, 0, process.stderr)
        self.assertIn("… services in the catalog: identity,compute,volume\n", process.stderr)
        self.assertEqual([line.split(":")[0] for line in process.stdout.splitlines() if " selected of " in line],
                         ["identity", "compute", "volume"])


if __name__ == "__main__":
    unittest.main()
