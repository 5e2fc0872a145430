# LEARNER: no multiprocessing: two os.pipe()s, os.fork, each end wrapped with os.fdopen
# (text mode, lines), flushes after writing, closes unused ends; os.waitpid then DONE.
# TARGET: Python 3.9 (graded through a 3.9 venv).
# FAIR: 12/12 (full; the assignment asks for a Pipe exchange and checks bytes through pipes;
# a teacher may note "not multiprocessing.Pipe" but the behaviour is right).
import os

r1, w1 = os.pipe()   # main -> child
r2, w2 = os.pipe()   # child -> main
pid = os.fork()
if pid == 0:
    os.close(w1); os.close(r2)
    rin = os.fdopen(r1, "r")
    wout = os.fdopen(w2, "w")
    msg = rin.readline().strip()
    print("recv: " + msg, flush=True)
    print("send: pong", flush=True)
    wout.write("pong\n"); wout.flush()
    os._exit(0)
os.close(r1); os.close(w2)
wout = os.fdopen(w1, "w")
rin = os.fdopen(r2, "r")
print("send: ping", flush=True)
wout.write("ping\n"); wout.flush()
reply = rin.readline().strip()
print("recv: " + reply, flush=True)
os.waitpid(pid, 0)
print("DONE")
