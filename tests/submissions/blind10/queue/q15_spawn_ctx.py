import multiprocessing as mp

def write(q):
    for value in 'ABC':
        print('write, %s' % value)
        q.put(value)

def read(q):
    for _ in range(3):
        print('read, %s' % q.get())

if __name__ == '__main__':
    ctx = mp.get_context('spawn')
    q = ctx.Queue()
    pw = ctx.Process(target=write, args=(q,))
    pr = ctx.Process(target=read, args=(q,))
    pw.start(); pr.start()
    pw.join(); pr.join()
    print('DONE')
