# Learner (WRONG): no `if __name__ == '__main__':` guard. mp.set_start_method('spawn') is at
# module level; the spawned child re-imports the module as __mp_main__ and set_start_method
# raises RuntimeError ("context has already been set") before the child prints. The parent
# prints its line; debug line "DEBUG: starting child".
# FAIR GRADE: 5.5/7.5 (child exists, made by the parent, executes the spawn interpreter; it
# fails "the child prints its own pid and its number" (1) and "the child ends by itself" (1)).
import os
import random
import multiprocessing as mp

num = random.randint(0, 100)

def show():
    print('pid:%d, num is %d' % (os.getpid(), num))

mp.set_start_method('spawn')
show()
print('DEBUG: starting child')
p = mp.Process(target=show)
p.start()
p.join()
