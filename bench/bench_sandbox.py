"""How many simple requests a second the sandbox serves with throttling off.

The sandbox must never be the bottleneck of a sync benchmark (target: at least
1,000 simple requests/s on the team's 2-core machines). "Simple" means a read
of one entity by Id over a keep-alive connection, the cheapest real call; the
script also reports a create and a 100-row query page for scale. Clients run in
this process, so the figure includes their own cost: it is a floor.

    .venv/bin/python bench/bench_sandbox.py [--seconds 3] [--clients 1 4]
"""

from __future__ import annotations

import argparse
import http.client
import json
import threading
import time
from collections.abc import Callable
from urllib.parse import urlsplit

import requests

from qbdesk.sandbox import SandboxServer

Client = tuple[Callable[[int], int], Callable[[], None]]  # (send request n → status, close)


def rate(workers: int, seconds: float, make: Callable[[], Client]) -> float:
    """Requests per second over ``seconds`` with ``workers`` threads, each with its own connection."""
    counts = [0] * workers
    stop = threading.Event()
    errors: list[str] = []

    def run(slot: int) -> None:
        call, close = make()
        n = 0
        try:
            while not stop.is_set():
                status = call(n)
                if status != 200:
                    errors.append(str(status))
                    return
                n += 1
        finally:
            close()
        counts[slot] = n

    threads = [threading.Thread(target=run, args=(i,)) for i in range(workers)]
    started = time.perf_counter()
    for t in threads:
        t.start()
    time.sleep(seconds)
    stop.set()
    for t in threads:
        t.join()
    elapsed = time.perf_counter() - started
    if errors:
        raise SystemExit(f"benchmark requests failed: {errors[:3]}")
    return sum(counts) / elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=3.0)
    parser.add_argument("--clients", type=int, nargs="+", default=[1, 4])
    parser.add_argument("--size", type=int, default=1000, help="practice company size")
    args = parser.parse_args()
    with SandboxServer(throttle=False) as sb:
        company = sb.create_company(size=args.size, seed=1)
        app = sb.create_app()
        auth = {"Authorization": "Bearer " + sb.connect(app, company.realm_id)["access_token"],
                "Accept": "application/json"}
        base = f"{sb.api_base}/company/{company.realm_id}"
        path = urlsplit(base).path
        customer = next(iter(company.entities["Customer"]))

        def raw_get() -> Client:
            conn = http.client.HTTPConnection(sb.host, sb.port)

            def call(_n: int) -> int:
                conn.request("GET", f"{path}/customer/{customer}?minorversion=75", headers=auth)
                resp = conn.getresponse()
                resp.read()
                return resp.status
            return call, conn.close

        def session() -> requests.Session:
            s = requests.Session()
            s.headers.update(auth)
            return s

        def session_get() -> Client:
            s = session()
            return (lambda _n: s.get(f"{base}/customer/{customer}", params={"minorversion": "75"},
                                     timeout=30).status_code), s.close

        def session_create() -> Client:
            s = session()
            tag = threading.get_ident()
            return (lambda n: s.post(f"{base}/vendor", params={"minorversion": "75", "requestid": f"{tag}-{n}"},
                                     data=json.dumps({"DisplayName": f"Bench {tag} {n}"}),
                                     headers={"Content-Type": "application/json"}, timeout=30).status_code), s.close

        def session_query() -> Client:
            s = session()
            return (lambda _n: s.get(f"{base}/query", params={"query": "select * from Invoice MAXRESULTS 100"},
                                     timeout=30).status_code), s.close

        print(f"qbdesk sandbox benchmark: practice company of {args.size} records, throttling off, "
              f"{args.seconds:g} s per figure")
        for label, make in (("GET one entity, raw http.client", raw_get),
                            ("GET one entity, requests.Session", session_get),
                            ("POST create vendor, requests.Session", session_create),
                            ("GET query page of 100 invoices", session_query)):
            for workers in args.clients:
                print(f"  {label:<40} {workers} client(s): {rate(workers, args.seconds, make):8.0f} req/s")


if __name__ == "__main__":
    main()
