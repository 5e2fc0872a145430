import os
pid = os.fork()
if pid == 0:
    print("Ich bin der Kindprozess %d, mein Elternprozess ist %d" % (os.getpid(), os.getppid()))
    os._exit(0)
print("Elternprozess %d hat Kind %d erzeugt" % (os.getpid(), pid))
os.waitpid(pid, 0)
