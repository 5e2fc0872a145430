# LEARNER (WRONG): os.pipe + os.fork + os.fdopen(w, "w"), but forgets to flush after
# writing "ping\n": the bytes sit in main's file buffer, the child's readline() waits forever,
# main's readline() for the reply waits forever -> deadlock until the grader's 20 s limit.
# TARGET: Python 3.10.
# FAIR: 3/12: the child is its own process made by main (2+1); nothing is exchanged, so
# both "receives" checks (and what needs them), DONE and the child's exit fail; the run timed out.
import os

r1, w1 = os.pipe()
r2, w2 = os.pipe()
pid = os.fork()
if pid == 0:
    os.close(w1); os.close(r2)
    rin, wout = os.fdopen(r1), os.fdopen(w2, "w")
    msg = rin.readline().strip()
    print(f"recv: {msg}")
    print("send: pong")
    wout.write("pong\n")
    wout.flush()
    os._exit(0)
os.close(r1); os.close(w2)
wout, rin = os.fdopen(w1, "w"), os.fdopen(r2)
print("send: ping")
wout.write("ping\n")          # no flush!
reply = rin.readline().strip()
print(f"recv: {reply}")
os.waitpid(pid, 0)
print("DONE")
