# Learner: correct Pipe exchange with the exact lines and tagged debug lines in both
# processes: "[main] about to send ping", "[child] waiting for a message...",
# "[child] replying now", "[main] child joined, exitcode 0". f-strings, flush=True.
# FAIR GRADE: 12/12.
from multiprocessing import Process, Pipe

def child(conn):
    print("[child] waiting for a message...", flush=True)
    msg = conn.recv()
    print(f"recv: {msg}", flush=True)
    print("[child] replying now", flush=True)
    print("send: pong", flush=True)
    conn.send("pong")
    conn.close()

if __name__ == "__main__":
    parent_conn, child_conn = Pipe()
    p = Process(target=child, args=(child_conn,))
    p.start()
    print("[main] about to send ping", flush=True)
    print("send: ping", flush=True)
    parent_conn.send("ping")
    reply = parent_conn.recv()
    print(f"recv: {reply}", flush=True)
    p.join()
    print(f"[main] child joined, exitcode {p.exitcode}", flush=True)
    print("DONE", flush=True)
