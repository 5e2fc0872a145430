# correct-variant: os.pipe() and os.fork() instead of multiprocessing, bytes through raw fds
import os

to_child_r, to_child_w = os.pipe()
to_parent_r, to_parent_w = os.pipe()
pid = os.fork()
if pid == 0:
    os.close(to_child_w)
    os.close(to_parent_r)
    msg = os.read(to_child_r, 100).decode()
    print("recv: %s" % msg, flush=True)
    print("send: pong", flush=True)
    os.write(to_parent_w, b"pong")
    os._exit(0)
os.close(to_child_r)
os.close(to_parent_w)
print("send: ping", flush=True)
os.write(to_child_w, b"ping")
reply = os.read(to_parent_r, 100).decode()
print("recv: %s" % reply, flush=True)
os.waitpid(pid, 0)
print("DONE", flush=True)
