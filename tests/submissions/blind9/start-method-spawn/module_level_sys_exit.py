# Student: ends the script with an unguarded `sys.exit(0)` at module level. Under spawn the
# child imports the module again, reaches sys.exit(0) during the import, and exits 0
# WITHOUT running show_num: the child prints nothing.
# FAIR: ~5/7: the child exists, is main's, executes the interpreter, exits 0; but it never
# prints its pid/number: lose "the child prints its own pid and its number" (1) and ideally
# the report shows that the child printed nothing. (Teacher might even take more: the
# child's number is never shown.)
import os
import random
import sys
import multiprocessing as mp

num = random.randint(0, 100)


def show_num():
    print("pid:{}, num is {}".format(os.getpid(), num))


if __name__ == "__main__":
    mp.set_start_method("spawn")
    print("pid:{}, num is {}".format(os.getpid(), num))
    p = mp.Process(target=show_num)
    p.start()
    p.join()

sys.exit(0)
