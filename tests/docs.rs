//! Every YAML example in the documentation that is a whole scenario loads as written.

use std::path::Path;

#[test]
fn every_scenario_example_in_the_docs_loads() {
    let mut checked = 0;
    for entry in std::fs::read_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join("docs")).unwrap() {
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
            if let Err(e) = procscen::load_str(yaml, Path::new(&name)) {
                panic!("a documentation example does not load:\n{e}\n--- example ---\n{yaml}");
            }
            checked += 1;
        }
    }
    assert!(checked >= 10, "only {checked} examples were found in docs/");
}
