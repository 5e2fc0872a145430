# Learner: Real Python style os.fork; the parent reaps with os.wait3(0) and prints the
# child's resource usage (ru_maxrss) as an extra line; child leaves with os._exit(0).
# Fair grade: full marks.
import os

pid = os.fork()
if pid == 0:
    print(f"I am child process ({os.getpid()}) and my parent is ({os.getppid()}).")
    os._exit(0)
else:
    print(f"I ({os.getpid()}) just created a child process ({pid}).")
    wpid, status, ru = os.wait3(0)
    print(f"reaped {wpid}, max rss {ru.ru_maxrss} KiB")
