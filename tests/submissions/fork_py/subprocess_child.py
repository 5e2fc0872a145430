# wrong: no os.fork; the "child" is a new interpreter started with subprocess, running a
# line of code of its own. Its pids are right and the parent waits, but it is not a copy of
# the parent: fail the no-exec check and the two checks that need a fork's copy.
import os
import subprocess
import sys

code = "import os; print('I am child process (%d) and my parent is (%d).' % (os.getpid(), os.getppid()))"
child = subprocess.Popen([sys.executable, "-c", code])
print('I (%d) just created a child process (%d).' % (os.getpid(), child.pid))
child.wait()
