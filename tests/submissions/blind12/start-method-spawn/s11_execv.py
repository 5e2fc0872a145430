import os, random, sys
num = random.randint(0, 100)
print("pid:{}, num is {}".format(os.getpid(), num))
if len(sys.argv) > 1 and sys.argv[1] == "child":
    sys.exit(0)
pid = os.fork()
if pid == 0:
    os.execv(sys.executable, [sys.executable, os.path.abspath(__file__), "child"])
os.waitpid(pid, 0)
