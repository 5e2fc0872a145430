# A learner's typos in the child's line (chlid, procss, adn, si): no pattern takes it; the report shows it as the
# nearest line to the one expected.
import os
pid = os.fork()
if pid == 0:
    print("I am chlid procss (%d) adn my parent si (%d)." % (os.getpid(), os.getppid()))
    os._exit(0)
print("I (%d) just created a child process (%d)." % (os.getpid(), pid))
os.waitpid(pid, 0)
