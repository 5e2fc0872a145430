# Learner: plays three rounds (ping1/pong1 ... ping3/pong3) and then a "stop" message,
# which the child receives and prints before leaving its loop.
# Fair grade: full marks.
from multiprocessing import Pipe, Process

def player(conn):
    while True:
        msg = conn.recv()
        print("recv: " + msg)
        if msg == "stop":
            break
        answer = msg.replace("ping", "pong")
        print("send: " + answer)
        conn.send(answer)

if __name__ == "__main__":
    mine, theirs = Pipe()
    p = Process(target=player, args=(theirs,))
    p.start()
    for i in range(1, 4):
        print(f"send: ping{i}")
        mine.send(f"ping{i}")
        print("recv: " + mine.recv())
    print("send: stop")
    mine.send("stop")
    p.join()
    print("DONE")
