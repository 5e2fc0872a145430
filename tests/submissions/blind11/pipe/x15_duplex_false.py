from multiprocessing import Process, Pipe

def child(r_in, w_out):
    msg = r_in.recv()
    print('recv: %s' % msg)
    print('send: pong')
    w_out.send('pong')

if __name__ == '__main__':
    c_r, p_w = Pipe(duplex=False)   # parent -> child
    p_r, c_w = Pipe(duplex=False)   # child -> parent
    p = Process(target=child, args=(c_r, c_w))
    p.start()
    print('send: ping')
    p_w.send('ping')
    print('recv: %s' % p_r.recv())
    p.join()
    print('DONE')
