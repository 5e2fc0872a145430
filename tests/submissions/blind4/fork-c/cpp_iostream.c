/* Learner: C++ style (iostream, std::cout, using namespace std) saved as a .c file and
 * built by the assignment's `cc`.
 * Fair grade: 0 (compile error; the assignment is C). The report should say so clearly. */
#include <iostream>
#include <unistd.h>
#include <sys/wait.h>
using namespace std;

int main()
{
    pid_t pid = fork();
    if (pid == 0) {
        cout << "I am child process (" << getpid() << ") and my parent is (" << getppid() << ")" << endl;
    } else {
        cout << "I (" << getpid() << ") just created a child process (" << pid << ")" << endl;
        wait(nullptr);
    }
    return 0;
}
