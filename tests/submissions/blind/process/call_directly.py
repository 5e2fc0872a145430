# Learner: calls the function directly in main instead of in a Process.
# Expected: loses "the child runs in a process of its own" and all checks that need it;
# keeps "parent prints its own pid" and "the child gets its argument".
import os


def run_proc(name):
    print('Run child process %s (%s)...' % (name, os.getpid()))


if __name__ == '__main__':
    print('Parent process %s.' % os.getpid())
    print('Process will start.')
    run_proc('test')
    print('Process end.')
