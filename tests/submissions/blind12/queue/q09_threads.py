import threading, queue, time

def write(q):
    for value in [1, 2, 3, 4]:
        print('write, %s' % value)
        q.put(value)
        time.sleep(0.05)

def read(q):
    for _ in range(4):
        print('read, %s' % q.get())

q = queue.Queue()
tw = threading.Thread(target=write, args=(q,))
tr = threading.Thread(target=read, args=(q,))
tw.start(); tr.start()
tw.join(); tr.join()
print('DONE')
