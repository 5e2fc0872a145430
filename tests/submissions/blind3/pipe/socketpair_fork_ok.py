# Learner: low level: socket.socketpair() and os.fork(); the child receives, replies and
# os._exit(0)s; main waits with os.waitpid.
# Fair grade: full marks.
import os
import socket

a, b = socket.socketpair()
pid = os.fork()
if pid == 0:
    a.close()
    data = b.recv(100).decode()
    print("recv: " + data)
    print("send: pong")
    b.sendall(b"pong")
    b.close()
    os._exit(0)

b.close()
print("send: ping")
a.sendall(b"ping")
reply = a.recv(100).decode()
print("recv: " + reply)
os.waitpid(pid, 0)
print("DONE")
