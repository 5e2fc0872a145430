# Learner: Process subclass (class Child(Process) with run()), tagged debug lines
# "[main] starting child", "[child test] hello from run()", "[main] child exitcode 0",
# f-strings and flush=True.
# FAIR GRADE: 11/11.
import os
from multiprocessing import Process

class Child(Process):
    def __init__(self, name_arg):
        super().__init__()
        self.name_arg = name_arg

    def run(self):
        print(f"[child {self.name_arg}] hello from run()", flush=True)
        print(f"Run child process {self.name_arg} ({os.getpid()})...", flush=True)

if __name__ == "__main__":
    print(f"Parent process {os.getpid()}.", flush=True)
    c = Child("test")
    print("[main] starting child", flush=True)
    print("Process will start.", flush=True)
    c.start()
    c.join()
    print(f"[main] child exitcode {c.exitcode}", flush=True)
    print("Process end.", flush=True)
