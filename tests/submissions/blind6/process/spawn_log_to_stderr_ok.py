# Learner: get_context('spawn') and multiprocessing.log_to_stderr(logging.INFO) "to see what
# multiprocessing does" (it logs "child process calling self.run()", "process shutting down",
# "process exiting with exitcode 0" ... on stderr). Lines exact.
# FAIR GRADE: 11/11.
import os
import logging
import multiprocessing as mp

def run_proc(name):
    print('Run child process %s (%s)...' % (name, os.getpid()))

if __name__ == '__main__':
    mp.log_to_stderr(logging.INFO)
    ctx = mp.get_context('spawn')
    print('Parent process %s.' % os.getpid())
    p = ctx.Process(target=run_proc, args=('test',))
    print('Process will start.')
    p.start()
    p.join()
    print('Process end.')
