# Pipe assignment without a Pipe (a red-team attack, tests/fixtures/attacks/): main prints what it "sends" before it forks, so the fork
# edge orders the child's "recv" after it; the child's "send" is ordered before main's
# "recv" by the wait. No byte ever travels between the processes.
import os
print("send: hello")
c = os.fork()
if c == 0:
    print("recv: hello")
    print("send: world")
    os._exit(0)
os.waitpid(c, 0)
print("recv: world")
print("DONE")
