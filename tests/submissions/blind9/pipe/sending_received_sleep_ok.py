# Student: correct; wording "Sending: ping" / "Received: ping", child sleeps before reply,
# explicit duplex=True, child closes its end, main prints "DONE" after join.
# FAIR: full marks 11/11.
import time
from multiprocessing import Process, Pipe


def worker(conn):
    msg = conn.recv()
    print("Received: {}".format(msg))
    time.sleep(0.5)
    print("Sending: pong")
    conn.send("pong")
    conn.close()


if __name__ == "__main__":
    main_end, worker_end = Pipe(duplex=True)
    proc = Process(target=worker, args=(worker_end,))
    proc.start()
    print("Sending: ping")
    main_end.send("ping")
    answer = main_end.recv()
    print("Received: {}".format(answer))
    proc.join()
    print("DONE")
