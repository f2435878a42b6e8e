"""Prints the msgpack fixtures of KeystonePayloadTests.cs.

Each tuple is laid out as the payload classes of keystone/token/token_formatters.py assemble it, and packed with
msgpack.packb as TokenFormatter.create_token does (msgpack >= 1.0, where use_bin_type=True is the default).
Run with Debian's python3-msgpack: /usr/bin/python3 keystone_payloads.py
"""
import base64
import datetime
import uuid

import msgpack

USER = "2f1e0c8b9a7d4e6f8091a2b3c4d5e6f7"
TEXT_USER = "user-with-a-rather-long-identifier-from-ldap"
PROJECT = "0a1b2c3d4e5f60718293a4b5c6d7e8f9"
DOMAIN = "9f8e7d6c5b4a39281706f5e4d3c2b1a0"
TRUST = "5a5b5c5d5e5f60616263646566676869"
APP_CRED = "c0ffee00c0ffee00c0ffee00c0ffee00"
AUDIT_1 = "AAECAwQFBgcICQoLDA0ODw"
AUDIT_2 = "EBESExQVFhcYGRobHB0eHw"
EXPIRES = "2026-11-28T13:00:00.000000Z"
EXPIRES_SUBSECOND = "2026-11-28T13:00:00.123456Z"


def attempt_convert_uuid_hex_to_bytes(value):
    try:
        return (True, uuid.UUID(value).bytes)
    except (ValueError, TypeError):
        return (False, value)


def time_string_to_float(value):
    parsed = datetime.datetime.strptime(value, "%Y-%m-%dT%H:%M:%S.%fZ")
    return (parsed - datetime.datetime(1970, 1, 1)).total_seconds()


def audit_ids(*ids):
    return [base64.urlsafe_b64decode(i + "==") for i in ids]


USER_ID = attempt_convert_uuid_hex_to_bytes(USER)
PROJECT_ID = attempt_convert_uuid_hex_to_bytes(PROJECT)
EXPIRY = time_string_to_float(EXPIRES)
PASSWORD, PASSWORD_AND_TOKEN, APPLICATION_CREDENTIAL = 2, 6, 32

PAYLOADS = {
    "Unscoped": (0, USER_ID, PASSWORD, EXPIRY, audit_ids(AUDIT_1)),
    "UnscopedTextUser": (0, attempt_convert_uuid_hex_to_bytes(TEXT_USER), PASSWORD, EXPIRY, audit_ids(AUDIT_1)),
    "DomainScoped": (1, USER_ID, PASSWORD_AND_TOKEN, uuid.UUID(DOMAIN).bytes, EXPIRY, audit_ids(AUDIT_1, AUDIT_2)),
    "DefaultDomainScoped": (1, USER_ID, PASSWORD, "default", EXPIRY, audit_ids(AUDIT_1)),
    "ProjectScoped": (2, USER_ID, PASSWORD_AND_TOKEN, PROJECT_ID, EXPIRY, audit_ids(AUDIT_1, AUDIT_2)),
    "TrustScoped": (3, USER_ID, PASSWORD, PROJECT_ID, EXPIRY, audit_ids(AUDIT_1), uuid.UUID(TRUST).bytes),
    "SystemScoped": (8, USER_ID, PASSWORD, "all", EXPIRY, audit_ids(AUDIT_1)),
    "ApplicationCredentialScoped": (
        9, USER_ID, APPLICATION_CREDENTIAL, PROJECT_ID, EXPIRY, audit_ids(AUDIT_1),
        attempt_convert_uuid_hex_to_bytes(APP_CRED)),
    "ProjectScopedSubsecondExpiry": (
        2, USER_ID, PASSWORD, PROJECT_ID, time_string_to_float(EXPIRES_SUBSECOND), audit_ids(AUDIT_1)),
    # SharpStack's own receipt layout, [user id, methods, expiry], packed the same way.
    "Receipt": (USER, PASSWORD, EXPIRY),
}

for name, payload in PAYLOADS.items():
    packed = msgpack.packb(payload)
    assert packed == msgpack.packb(payload, use_bin_type=True)
    print(f'{name} = "{packed.hex()}"')
