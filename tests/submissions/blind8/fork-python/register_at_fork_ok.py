# LEARNER: experiments with os.register_at_fork (3.7+): hooks print "[hook] before fork",
# "[hook] parent after fork", "[hook] child after fork". Correct fork + os.waitpid.
# Uses .format().
# TARGET: Python 3.7.
# FAIR: 16.5/16.5 (full; extra lines are allowed in fork-python).
import os

os.register_at_fork(before=lambda: print("[hook] before fork"),
                    after_in_parent=lambda: print("[hook] parent after fork"),
                    after_in_child=lambda: print("[hook] child after fork"))

pid = os.fork()
if pid == 0:
    print("I am child process ({}) and my parent is ({}).".format(os.getpid(), os.getppid()))
else:
    print("I ({}) just created a child process ({}).".format(os.getpid(), pid))
    os.waitpid(pid, 0)
