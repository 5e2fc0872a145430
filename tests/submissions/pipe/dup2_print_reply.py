# Pipe exchange where the child answers by printing into a pipe put on its stdout
# (the Unix pipeline way).
import os, sys
r1, w1 = os.pipe()
r2, w2 = os.pipe()
pid = os.fork()
if pid == 0:
    os.close(w1); os.close(r2)
    msg = os.read(r1, 100).decode()
    print('recv: %s' % msg)
    print('send: pong')
    os.dup2(w2, 1)
    print('pong')
    sys.stdout.flush()
    os._exit(0)
os.close(r1); os.close(w2)
print('send: ping')
os.write(w1, b'ping')
print('recv: %s' % os.read(r2, 100).decode().strip())
os.waitpid(pid, 0)
print('DONE')
