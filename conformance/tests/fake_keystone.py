"""A stand-in Keystone on 127.0.0.1 for testing the runner's authentication path: version
discovery, POST /v3/auth/tokens with a catalog that points back at this server, and version
documents for compute, volume and placement. It implements nothing else.

    fake_keystone.py PORT PASSWORD        serves until killed; prints "ready" when listening
"""
import json
import sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

PORT = int(sys.argv[1]) if len(sys.argv) > 1 else 0
PASSWORD = sys.argv[2] if len(sys.argv) > 2 else "secret"


def base():
    return f"http://127.0.0.1:{PORT}"


def catalog():
    def service(kind, path):
        return {"type": kind, "name": kind, "id": kind, "endpoints": [
            {"id": f"{kind}-{i}", "interface": i, "region": "RegionOne", "region_id": "RegionOne",
             "url": f"{base()}{path}"} for i in ("public", "internal", "admin")]}
    return [service("identity", "/v3"), service("compute", "/compute/v2.1"),
            service("placement", "/placement"), service("block-storage", "/volume/v3/project")]


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def reply(self, status, body, headers=None):
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self):
        path = self.path.rstrip("/")
        if path == "/v3":
            self.reply(200, {"version": {"id": "v3.14", "status": "stable", "links": [
                {"rel": "self", "href": f"{base()}/v3/"}], "media-types": [
                {"base": "application/json", "type": "application/vnd.openstack.identity-v3+json"}]}})
        elif path.startswith("/compute"):
            self.reply(200, {"version": {"id": "v2.1", "status": "CURRENT", "version": "2.61",
                                         "min_version": "2.1", "links": [
                                             {"rel": "self", "href": f"{base()}/compute/v2.1/"}]}})
        elif path.startswith("/placement"):
            self.reply(200, {"versions": [{"id": "v1.0", "status": "CURRENT", "max_version": "1.20",
                                           "min_version": "1.0", "links": [
                                               {"rel": "self", "href": f"{base()}/placement"}]}]})
        elif path.startswith("/volume"):
            self.reply(200, {"versions": [{"id": "v3.0", "status": "CURRENT", "version": "3.60",
                                           "min_version": "3.0", "links": [
                                               {"rel": "self", "href": f"{base()}/volume/v3/"}]}]})
        else:
            self.reply(404, {"error": {"code": 404, "message": "not found"}})

    def do_POST(self):
        body = json.loads(self.rfile.read(int(self.headers.get("Content-Length", 0))) or b"{}")
        if self.path.rstrip("/") != "/v3/auth/tokens":
            return self.reply(404, {"error": {"code": 404, "message": "not found"}})
        password = body.get("auth", {}).get("identity", {}).get("password", {}).get("user", {}).get("password")
        if password != PASSWORD:
            return self.reply(401, {"error": {"code": 401, "title": "Unauthorized",
                                              "message": "The request you have made requires authentication."}})
        token = {"methods": ["password"], "expires_at": "2099-01-01T00:00:00.000000Z",
                 "issued_at": "2026-01-01T00:00:00.000000Z", "audit_ids": ["a"],
                 "user": {"id": "u", "name": "admin", "domain": {"id": "default", "name": "Default"}},
                 "project": {"id": "project", "name": "admin", "domain": {"id": "default", "name": "Default"}},
                 "roles": [{"id": "r", "name": "admin"}], "catalog": catalog()}
        self.reply(201, {"token": token}, {"X-Subject-Token": "token"})


if __name__ == "__main__":
    server = ThreadingHTTPServer(("127.0.0.1", PORT), Handler)
    PORT = server.server_address[1]
    print(f"ready {PORT}", flush=True)
    server.serve_forever()
