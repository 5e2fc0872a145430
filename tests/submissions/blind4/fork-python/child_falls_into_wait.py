# Learner: forgot to end the child: after the if/else both processes run os.wait(); the
# child has no children, so it dies with ChildProcessError (exit 1). The parent is right.
# Fair grade: fail "the child ends by itself (exit 0)" (1 point): ~15.5/16.5.
import os

pid = os.fork()
if pid == 0:
    print('I am child process (%s) and my parent is (%s).' % (os.getpid(), os.getppid()))
else:
    print('I (%s) just created a child process (%s).' % (os.getpid(), pid))
os.wait()
print('all done')
