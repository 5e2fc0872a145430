//! The process limit at load time: a definition that starts more children than
//! `max_processes` allows before it joins them is refused with the place it happens, instead
//! of stopping mid-run.
//!
//! Each definition's actions are played over with a count of its children alive (started or
//! forked by a pool and not yet joined); a loop whose number of turns is written in the file
//! (`range: N`, `in: [...]`) is played turn by turn, so a loop that joins each child it starts
//! never grows the count, however long it is. Where the count is not known from the file (a
//! `fork`, after which both sides go on; a loop over a queue or a templated range that starts
//! or joins children) the definition is not judged: the limit then acts at run time, as
//! before. The count is a lower bound of the processes alive, since the definition's own
//! process (and every ancestor) counts too, so a refusal is never wrong.

use super::*;

/// Actions played over per definition at most: beyond this a definition is not judged (its
/// loops are too long to play through at load time, and the run-time limit still holds).
const BUDGET: u64 = 4_000_000;

/// Where a definition first has more children alive than the limit allows.
struct Excess {
    /// The path of the `start` (or `pool`) that goes over.
    path: Vec<Seg>,
    /// The count of children alive right after it.
    alive: u64,
}

/// The play of one definition.
struct Play {
    limit: u64,
    alive: u64,
    /// The most children alive at once so far.
    peak: u64,
    /// Workers of each pool made and not yet joined.
    pools: HashMap<String, u64>,
    steps: u64,
    excess: Option<Excess>,
}

/// Why a play stopped before the end of the definition.
enum Unknown {
    /// A `fork`, or a loop whose turns are not written in the file, that starts or joins.
    NotInTheFile,
    /// More than `BUDGET` actions.
    TooLong,
}

impl Validator<'_> {
    /// Refuses definitions that have more children alive at once than `limit` processes
    /// allow, counting the definition's own process; `path` leads to each one's action list.
    pub(super) fn children_within_limit(&mut self, processes: &[(Vec<Seg>, &ProcessDef)], limit: u32) {
        for (path, def) in processes {
            let mut play =
                Play { limit: u64::from(limit), alive: 0, peak: 0, pools: HashMap::new(), steps: 0, excess: None };
            let mut at = path.clone();
            let finished = play.list(&def.actions, &mut at);
            let Some(excess) = play.excess else { continue };
            // The count with the definition's own process.
            let needed = match finished {
                Ok(()) => format!("`max_processes: {}`", play.peak + 1),
                Err(_) => format!("more than `max_processes: {}`", excess.alive + 1),
            };
            let saved = std::mem::replace(&mut self.path, excess.path);
            self.problem(
                format!(
                    "`{}` has {} children alive here (started and not yet joined); with `{}` itself that \
                     is more than `max_processes: {limit}` allows, so the run would stop here",
                    def.name, excess.alive, def.name
                ),
                Some(format!(
                    "join each child before starting the next (a `join:` in the same loop), or raise the \
                     limit: {needed} at the top of the file"
                )),
            );
            self.path = saved;
        }
    }
}

impl Play {
    fn list(&mut self, actions: &[Action], path: &mut Vec<Seg>) -> Result<(), Unknown> {
        for (i, action) in actions.iter().enumerate() {
            path.push(Seg::Index(i));
            let r = self.action(&action.kind, path);
            path.pop();
            r?;
        }
        Ok(())
    }

    fn action(&mut self, kind: &ActionKind, path: &mut Vec<Seg>) -> Result<(), Unknown> {
        self.steps += 1;
        if self.steps > BUDGET {
            return Err(Unknown::TooLong);
        }
        match kind {
            ActionKind::Start { .. } => self.grow(1, path, "start"),
            ActionKind::Pool { name, size, .. } => {
                *self.pools.entry(name.clone()).or_default() += u64::from(*size);
                self.grow(u64::from(*size), path, "pool");
            }
            ActionKind::Join(_) => self.alive = self.alive.saturating_sub(1),
            ActionKind::JoinPool(name) => {
                let workers = self.pools.remove(name).unwrap_or(0);
                self.alive = self.alive.saturating_sub(workers);
            }
            ActionKind::Fork { .. } => return Err(Unknown::NotInTheFile),
            ActionKind::For { over, body, .. } => {
                let turns = match over {
                    Over::Range { start, stop } => match (start.parse::<i64>(), stop.parse::<i64>()) {
                        (Ok(a), Ok(b)) => Some(b.saturating_sub(a).max(0) as u64),
                        _ => None,
                    },
                    Over::Values(values) => Some(values.len() as u64),
                    Over::Channel { .. } | Over::Results(_) => None,
                };
                let Some(turns) = turns else {
                    return if changes_children(body) { Err(Unknown::NotInTheFile) } else { Ok(()) };
                };
                if !changes_children(body) {
                    return Ok(());
                }
                path.push(Seg::Key("do".into()));
                let mut r = Ok(());
                for _ in 0..turns {
                    r = self.list(body, path);
                    // Once over the limit the place is known; the rest only raises the peak
                    // named in the help, which the budget bounds.
                    if r.is_err() {
                        break;
                    }
                }
                path.pop();
                r?;
            }
            _ => {}
        }
        Ok(())
    }

    fn grow(&mut self, n: u64, path: &[Seg], verb: &str) {
        self.alive += n;
        self.peak = self.peak.max(self.alive);
        if self.excess.is_none() && self.alive + 1 > self.limit {
            let mut at = path.to_vec();
            at.push(Seg::Key(verb.into()));
            self.excess = Some(Excess { path: at, alive: self.alive });
        }
    }
}

/// True when a list (or a loop in it) starts, forks or joins children, or makes a pool.
fn changes_children(actions: &[Action]) -> bool {
    actions.iter().any(|a| match &a.kind {
        ActionKind::Start { .. }
        | ActionKind::Join(_)
        | ActionKind::Pool { .. }
        | ActionKind::JoinPool(_)
        | ActionKind::Fork { .. } => true,
        ActionKind::For { body, .. } => changes_children(body),
        _ => false,
    })
}
