import os

p2c_r, p2c_w = os.pipe()
c2p_r, c2p_w = os.pipe()
pid = os.fork()
if pid == 0:
    os.close(p2c_w); os.close(c2p_r)
    msg = os.read(p2c_r, 100).decode()
    print("recv: " + msg)
    print("send: pong")
    os.write(c2p_w, b"pong")
    os._exit(0)
os.close(p2c_r); os.close(c2p_w)
print("send: ping")
os.write(p2c_w, b"ping")
reply = os.read(c2p_r, 100).decode()
print("recv: " + reply)
os.waitpid(pid, 0)
print("DONE")
