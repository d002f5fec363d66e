#!/usr/bin/python3
"""A small example receiver for Nietpluis reports over HTTPS, sealed or not (docs/melding-json.md).

Only Python's standard library and the openssl command. It checks the signature over the body as
sent, opens a sealed body (Content-Type: application/pkcs7-mime) with `openssl cms -decrypt`, stores
each report once per Idempotency-Key as <id>.json in a private folder, and answers 201 (or 200 for a
repeat). A sketch to start from, not a case system: put it behind your own TLS (nginx, for example)
and keep its folder and the private key readable by its own user only.

Usage:
  voorbeeld-ontvanger.py --poort 8443 --geheim geheim.txt --map meldingen \
      [--certificaat cert.pem --sleutel key.pem] [--tls-certificaat server.pem --tls-sleutel server.key]
"""
import argparse
import hashlib
import hmac
import http.server
import json
import os
import re
import ssl
import subprocess
import tempfile

MAX_BODY = 64 * 1024
ID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")


def open_sealed(body, certificate, key):
    """The JSON document inside a sealed body, through the reference command of docs/verzegelen.md."""
    with tempfile.NamedTemporaryFile(prefix="melding-", suffix=".p7m") as sealed:
        sealed.write(body)
        sealed.flush()
        result = subprocess.run(
            ["openssl", "cms", "-decrypt", "-binary", "-inform", "DER", "-in", sealed.name,
             "-recip", certificate, "-inkey", key],
            capture_output=True, check=False)
    if result.returncode != 0:
        raise ValueError("kan de verzegelde melding niet openen")
    return result.stdout


def make_handler(args, secret):
    class Handler(http.server.BaseHTTPRequestHandler):
        def answer(self, status, text=""):
            self.send_response(status)
            self.send_header("Content-Type", "text/plain; charset=utf-8")
            self.end_headers()
            self.wfile.write(text.encode())

        def do_POST(self):
            length = int(self.headers.get("Content-Length", "0"))
            if length <= 0 or length > MAX_BODY:
                return self.answer(413 if length > MAX_BODY else 400)
            body = self.rfile.read(length)
            # First the signature, over the raw bytes as sent: sealed or not.
            expected = "sha256=" + hmac.new(secret, body, hashlib.sha256).hexdigest()
            if not hmac.compare_digest(expected, self.headers.get("X-Nietpluis-Signature", "")):
                return self.answer(401, "handtekening klopt niet")
            key = self.headers.get("Idempotency-Key", "")
            if not ID.match(key):
                return self.answer(400, "geen geldige Idempotency-Key")
            target = os.path.join(args.map, key + ".json")
            if os.path.exists(target):
                return self.answer(200, "al ontvangen")
            content_type = self.headers.get("Content-Type", "")
            if content_type == "application/pkcs7-mime":
                if not args.certificaat:
                    return self.answer(415, "verzegelde melding, maar geen sleutel ingesteld")
                try:
                    body = open_sealed(body, args.certificaat, args.sleutel)
                except ValueError as error:
                    # 422: the kiosk keeps it apart for the coordinator instead of trying forever.
                    return self.answer(422, str(error))
            elif content_type != "application/json":
                return self.answer(415)
            try:
                report = json.loads(body)
            except ValueError:
                return self.answer(422, "geen JSON")
            # Version 2 added the street, the woonplaats and found_in_register; version 1 is still accepted.
            if report.get("schema") not in ("nietpluis.melding/2", "nietpluis.melding/1") or report.get("id") != key:
                return self.answer(422, "onbekend schema of ander id")
            # Written to a temporary name first, so a crash leaves no half report under the real one.
            temporary = target + ".tmp"
            descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(descriptor, "wb") as out:
                out.write(body)
                out.flush()
                os.fsync(out.fileno())
            os.replace(temporary, target)
            return self.answer(201, "ontvangen")

        def log_message(self, format, *values):
            # Only the request line and status: never a report's content.
            pass

    return Handler


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--poort", type=int, default=8443)
    parser.add_argument("--adres", default="127.0.0.1")
    parser.add_argument("--geheim", required=True, help="bestand met de HMAC-sleutel (geheim_bestand van de kiosk)")
    parser.add_argument("--map", required=True, help="map voor de ontvangen meldingen")
    parser.add_argument("--certificaat", help="het certificaat van de organisatie (PEM)")
    parser.add_argument("--sleutel", help="de privésleutel bij dat certificaat (PEM)")
    parser.add_argument("--tls-certificaat")
    parser.add_argument("--tls-sleutel")
    args = parser.parse_args()
    if bool(args.certificaat) != bool(args.sleutel):
        parser.error("geef --certificaat en --sleutel samen")
    os.makedirs(args.map, mode=0o700, exist_ok=True)
    with open(args.geheim, "rb") as handle:
        secret = handle.read().strip()
    server = http.server.ThreadingHTTPServer((args.adres, args.poort), make_handler(args, secret))
    if args.tls_certificaat:
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(args.tls_certificaat, args.tls_sleutel)
        server.socket = context.wrap_socket(server.socket, server_side=True)
    print("klaar op poort %d" % args.poort, flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
