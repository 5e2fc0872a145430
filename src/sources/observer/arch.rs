//! The tracer's view of a tracee's registers, per architecture: a system call's number and
//! arguments at its entry, its result at its exit, how to skip it, and the architecture the
//! seccomp filter expects.
//!
//! Ported: x86_64 (`PTRACE_GETREGS`: the number in `orig_rax`, the arguments in `rdi`, `rsi`,
//! `rdx`, `r10`, `r8`, `r9`, the result in `rax`) and aarch64 (`PTRACE_GETREGSET` with
//! `NT_PRSTATUS`: the number in `x8`, the arguments in `x0`..`x5`, the result in `x0`). System
//! call numbers differ between them; the tracer names them through `libc::SYS_*` only. On any
//! other architecture the crate builds, `PORTED` is false and `observer::observe` refuses to
//! run ("the observer is not ported to ...") instead of misreading registers.

/// The architecture this build runs on, as the observer's refusal names it.
pub const ARCH: &str = std::env::consts::ARCH;

/// A system call as a tracee stopped at its entry made it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Call {
    /// The system call's number (`libc::SYS_*`).
    pub nr: i64,
    /// Its six argument registers, in the order of the C prototype.
    pub args: [u64; 6],
}

// Each port provides:
// - `entry(pid)`: the call a tracee stopped at a system call's entry (a seccomp stop) makes;
// - `result(pid)`: the return value of a tracee stopped at a system call's exit;
// - `skip(pid, errno)`: at a seccomp stop, skips the call, which then fails with `errno`;
// - `replace(pid, nr, args)`: at a seccomp stop, makes the call another, with these first
//   three arguments (the kernel runs the filter again on it);
// - `PORTED`, `AUDIT_ARCH` (the `seccomp_data.arch` of the native ABI) and `FOREIGN_NR_BIT`
//   (a bit of the number that marks another ABI under the same architecture, if any).
pub use imp::{entry, replace, result, skip, AUDIT_ARCH, FOREIGN_NR_BIT, PORTED};

#[cfg(target_arch = "x86_64")]
mod imp {
    use super::Call;
    use nix::sys::ptrace;
    use nix::unistd::Pid;

    pub const PORTED: bool = true;
    /// `AUDIT_ARCH_X86_64`: what `seccomp_data.arch` says for a 64-bit system call.
    pub const AUDIT_ARCH: u32 = 0xC000_003E;
    /// The x32 ABI's system calls carry this bit under the same architecture; their numbers
    /// are not the ones the filter knows, so it refuses them.
    pub const FOREIGN_NR_BIT: Option<u32> = Some(0x4000_0000);

    pub fn entry(pid: Pid) -> nix::Result<Call> {
        let r = ptrace::getregs(pid)?;
        Ok(Call { nr: r.orig_rax as i64, args: [r.rdi, r.rsi, r.rdx, r.r10, r.r8, r.r9] })
    }

    pub fn result(pid: Pid) -> nix::Result<i64> {
        Ok(ptrace::getregs(pid)?.rax as i64)
    }

    pub fn skip(pid: Pid, errno: i32) -> nix::Result<()> {
        let mut r = ptrace::getregs(pid)?;
        // At a seccomp stop, system call -1 skips the call, which then returns what the
        // return register holds.
        r.orig_rax = u64::MAX;
        r.rax = (-i64::from(errno)) as u64;
        ptrace::setregs(pid, r)
    }

    pub fn replace(pid: Pid, nr: i64, args: [u64; 3]) -> nix::Result<()> {
        let mut r = ptrace::getregs(pid)?;
        r.orig_rax = nr as u64;
        (r.rdi, r.rsi, r.rdx) = (args[0], args[1], args[2]);
        ptrace::setregs(pid, r)
    }
}

#[cfg(target_arch = "aarch64")]
mod imp {
    use super::Call;
    use nix::sys::ptrace;
    use nix::unistd::Pid;

    pub const PORTED: bool = true;
    /// `AUDIT_ARCH_AARCH64`. A 32-bit ARM task says `AUDIT_ARCH_ARM` and is refused.
    pub const AUDIT_ARCH: u32 = 0xC000_00B7;
    /// aarch64 has no second ABI under its own architecture value.
    pub const FOREIGN_NR_BIT: Option<u32> = None;
    /// The register set that holds the system call number (`NT_ARM_SYSTEM_CALL` in the
    /// kernel's `elf.h`): changing `x8` does not change the call, this does.
    const NT_ARM_SYSTEM_CALL: libc::c_int = 0x404;

    pub fn entry(pid: Pid) -> nix::Result<Call> {
        let r = ptrace::getregs(pid)?;
        let x = r.regs;
        Ok(Call { nr: x[8] as i64, args: [x[0], x[1], x[2], x[3], x[4], x[5]] })
    }

    pub fn result(pid: Pid) -> nix::Result<i64> {
        Ok(ptrace::getregs(pid)?.regs[0] as i64)
    }

    pub fn skip(pid: Pid, errno: i32) -> nix::Result<()> {
        // The return value first: a call skipped with number -1 returns what `x0` holds.
        let mut r = ptrace::getregs(pid)?;
        r.regs[0] = (-i64::from(errno)) as u64;
        ptrace::setregs(pid, r)?;
        set_number(pid, -1)
    }

    pub fn replace(pid: Pid, nr: i64, args: [u64; 3]) -> nix::Result<()> {
        let mut r = ptrace::getregs(pid)?;
        r.regs[..3].copy_from_slice(&args);
        ptrace::setregs(pid, r)?;
        set_number(pid, nr as libc::c_int)
    }

    /// Sets the number of the call a tracee stopped at its entry makes.
    fn set_number(pid: Pid, nr: libc::c_int) -> nix::Result<()> {
        let mut nr = nr;
        let mut iov = libc::iovec { iov_base: (&mut nr as *mut libc::c_int).cast(), iov_len: size_of::<libc::c_int>() };
        // SAFETY: `iov` points to a live c_int of the size it says, which the kernel reads
        // for NT_ARM_SYSTEM_CALL and keeps nothing of; `pid` is a tracee stopped by us.
        let r = unsafe {
            libc::ptrace(
                libc::PTRACE_SETREGSET,
                pid.as_raw(),
                NT_ARM_SYSTEM_CALL as usize as *mut libc::c_void,
                (&mut iov as *mut libc::iovec).cast::<libc::c_void>(),
            )
        };
        nix::errno::Errno::result(r).map(drop)
    }
}

#[cfg(not(any(target_arch = "x86_64", target_arch = "aarch64")))]
mod imp {
    use super::Call;
    use nix::unistd::Pid;

    /// Not ported: `observer::observe` refuses before any of the below could be called.
    pub const PORTED: bool = false;
    pub const AUDIT_ARCH: u32 = 0;
    pub const FOREIGN_NR_BIT: Option<u32> = None;

    pub fn entry(_: Pid) -> nix::Result<Call> {
        Err(nix::errno::Errno::ENOSYS)
    }

    pub fn result(_: Pid) -> nix::Result<i64> {
        Err(nix::errno::Errno::ENOSYS)
    }

    pub fn skip(_: Pid, _: i32) -> nix::Result<()> {
        Err(nix::errno::Errno::ENOSYS)
    }

    pub fn replace(_: Pid, _: i64, _: [u64; 3]) -> nix::Result<()> {
        Err(nix::errno::Errno::ENOSYS)
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_ported_architectures_are_the_ones_with_a_register_map_and_the_refusal_names_the_arch() {
        assert_eq!(super::PORTED, cfg!(any(target_arch = "x86_64", target_arch = "aarch64")));
        let refusal = crate::error::RunError::NotPorted { arch: "riscv64" }.to_string();
        assert!(refusal.starts_with("the observer is not ported to riscv64"), "{refusal}");
    }
}
