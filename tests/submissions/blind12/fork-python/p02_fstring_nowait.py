import os, time
pid = os.fork()
if pid == 0:
    time.sleep(0.3)
    print(f"I am child process ({os.getpid()}) and my parent is ({os.getppid()}).")
else:
    print(f"I ({os.getpid()}) just created a child process ({pid}).")
