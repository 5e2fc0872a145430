import os

r1, w1 = os.pipe()
r2, w2 = os.pipe()
pid = os.fork()
if pid == 0:
    msg = os.read(r1, 64)
    print('recv:', msg)
    print('send: pong')
    os.write(w2, b'pong')
    os._exit(0)
print('send: ping')
os.write(w1, b'ping')
print('recv:', os.read(r2, 64))
os.wait()
print('DONE')
