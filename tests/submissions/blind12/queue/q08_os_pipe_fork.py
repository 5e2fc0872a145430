import os

r, w = os.pipe()
writer = os.fork()
if writer == 0:
    os.close(r)
    f = os.fdopen(w, 'w')
    for n in range(1, 5):
        print('write, %d' % n)
        f.write('%d\n' % n)
        f.flush()
    f.close()
    os._exit(0)
reader = os.fork()
if reader == 0:
    os.close(w)
    f = os.fdopen(r)
    for line in f:
        print('read, %s' % line.strip())
    os._exit(0)
os.close(r); os.close(w)
os.waitpid(writer, 0)
os.waitpid(reader, 0)
print('DONE')
