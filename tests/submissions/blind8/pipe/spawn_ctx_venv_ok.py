# LEARNER: uses get_context("spawn") (read that spawn is the safe default on macOS) for the
# Process and the Pipe; type hints; .format(). Runs in a project venv.
# TARGET: Python 3.12 venv.
# FAIR: 12/12 (full).
import multiprocessing
from multiprocessing.connection import Connection


def child(conn: Connection) -> None:
    m = conn.recv()
    print("recv: {}".format(m))
    print("send: {}".format("pong"))
    conn.send("pong")


def main() -> None:
    ctx = multiprocessing.get_context("spawn")
    here, there = ctx.Pipe()
    p = ctx.Process(target=child, args=(there,))
    p.start()
    print("send: ping")
    here.send("ping")
    print("recv: {}".format(here.recv()))
    p.join()
    print("DONE")


if __name__ == "__main__":
    main()
