import os
r1, w1 = os.pipe()   # main -> child
r2, w2 = os.pipe()   # child -> main
pid = os.fork()
if pid == 0:
    os.close(w1); os.close(r2)
    msg = os.read(r1, 100).decode()
    print('recv: %s' % msg)
    print('send: pong')
    os.write(w2, b'pong')
    os._exit(0)
os.close(r1); os.close(w2)
print('send: ping')
os.write(w1, b'ping')
print('recv: %s' % os.read(r2, 100).decode())
os.waitpid(pid, 0)
print('DONE')
