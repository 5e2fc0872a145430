import os

r, w = os.pipe()
writer = os.fork()
if writer == 0:
    os.close(r)
    for v in ['1', '2', '3']:
        print('write, %s' % v)
        os.write(w, (v + '\n').encode())
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
