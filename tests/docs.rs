//! Every YAML example in the documentation that is a whole scenario loads as written, runs,
//! and passes its own checks.

mod util;

use std::path::Path;

#[test]
fn every_scenario_example_in_the_docs_loads_runs_and_passes() {
    let mut checked = 0;
    for entry in std::fs::read_dir(util::root().join("docs")).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "md") {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        for (i, block) in text.split("```yaml\n").skip(1).enumerate() {
            let yaml = block.split("```").next().unwrap();
            if !yaml.contains("processes:") {
                continue;
            }
            let name = format!("{}#example{}", path.display(), i + 1);
            let scenario = match procscen::load_str(yaml, Path::new(&name)) {
                Ok(s) => s,
                Err(e) => panic!("a documentation example does not load:\n{e}\n--- example ---\n{yaml}"),
            };
            // Sleeps in the examples are written at the tutorial's scale; run them 100 times faster.
            let options = procscen::engine::RunOptions { time_scale: Some(0.01), ..util::options() };
            let trace = procscen::engine::run(&scenario, &options).unwrap_or_else(|e| panic!("{name}: {e}"));
            let failed: Vec<String> = procscen::check::check(&scenario, &trace)
                .iter()
                .filter(|v| !v.passed)
                .map(|v| procscen::report::verdict(&trace, v))
                .collect();
            assert!(failed.is_empty(), "{name} fails its own checks:\n{}\n--- example ---\n{yaml}", failed.join("\n"));
            util::assert_nothing_left(&trace);
            checked += 1;
        }
    }
    assert!(checked >= 15, "only {checked} examples were found in docs/");
}
