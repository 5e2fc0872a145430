# Pipe exchange, the classic C way in Python: the child puts the reply pipe on its stdout
# and executes `echo pong`.
import os
r1, w1 = os.pipe()
r2, w2 = os.pipe()
pid = os.fork()
if pid == 0:
    os.close(w1); os.close(r2)
    msg = os.read(r1, 100).decode()
    print('recv: %s' % msg)
    print('send: pong')
    os.dup2(w2, 1)
    os.execvp('echo', ['echo', 'pong'])
os.close(r1); os.close(w2)
print('send: ping')
os.write(w1, b'ping')
print('recv: %s' % os.read(r2, 100).decode().strip())
os.waitpid(pid, 0)
print('DONE')
