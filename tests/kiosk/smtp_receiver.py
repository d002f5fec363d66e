#!/usr/bin/python3
"""A real SMTP server for the kiosk tests (Debian's aiosmtpd): stores each message it accepts as a file.

Usage: smtp_receiver.py --port N --folder DIR --cert C --key K (--smtps | --starttls) [--user U --password P]
A file DIR/../weiger next to the folder makes it answer 554 to DATA: a permanent refusal.
"""
import argparse
import os
import signal
import ssl
import threading
import time
import uuid

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword


class Store:
    def __init__(self, folder):
        self.folder = folder
        self.refuse_flag = os.path.join(os.path.dirname(os.path.abspath(folder)), "weiger")

    async def handle_DATA(self, server, session, envelope):
        if os.path.exists(self.refuse_flag):
            return "554 5.7.1 Bericht geweigerd"
        name = os.path.join(self.folder, "%d-%s.eml" % (time.time_ns(), uuid.uuid4().hex))
        with open(name + ".tmp", "wb") as out:
            out.write(envelope.original_content)
        os.rename(name + ".tmp", name)
        return "250 2.0.0 Opgeslagen"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--folder", required=True)
    parser.add_argument("--cert", required=True)
    parser.add_argument("--key", required=True)
    parser.add_argument("--smtps", action="store_true")
    parser.add_argument("--starttls", action="store_true")
    parser.add_argument("--user")
    parser.add_argument("--password")
    args = parser.parse_args()
    os.makedirs(args.folder, exist_ok=True)

    # A generic context: the controller also uses it to check, as a client, that the server is up.
    context = ssl.SSLContext(ssl.PROTOCOL_TLS)
    context.load_cert_chain(args.cert, args.key)

    def authenticate(server, session, envelope, mechanism, auth_data):
        ok = isinstance(auth_data, LoginPassword) and auth_data.login.decode() == args.user and \
            auth_data.password.decode() == args.password
        # handled=False: aiosmtpd then answers 535 itself. Its default (handled=True) sends nothing at
        # all, and a client with a wrong password waited for its time-out instead of hearing 535.
        return AuthResult(success=ok, handled=False)

    options = {"hostname": "127.0.0.1", "port": args.port}
    if args.smtps:
        options["ssl_context"] = context
    if args.starttls:
        options["tls_context"] = context
        options["require_starttls"] = True
    if args.user:
        options["authenticator"] = authenticate
        options["auth_require_tls"] = True
    else:
        options["auth_required"] = False
    controller = Controller(Store(args.folder), **options)
    controller.start()
    print("ready", flush=True)
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    stop.wait()
    controller.stop()


if __name__ == "__main__":
    main()
