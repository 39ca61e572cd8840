//! The seed-000 scenario through the real CLI: save mid-dialog and mid-sleep, resume in a new
//! process, and check that the transcript equals the uninterrupted run's and that a sleep in
//! flight at save time ends at the right remaining time (re-attached by `reissue` with the
//! timer's saved deadline — not restarted, not dropped).

use std::path::{Path, PathBuf};
use std::process::Command;

fn cloaca(args: &[&str]) -> (String, String, i32) {
    let out = Command::new(env!("CARGO_BIN_EXE_cloaca"))
        .args(args)
        .current_dir(repo())
        .output()
        .expect("cloaca runs");
    (
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
        out.status.code().unwrap_or(-1),
    )
}

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .into()
}

fn tmp(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("cloaca-save-resume-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir.join(name)
}

#[test]
fn scene_saved_mid_dialog_and_mid_sleep_resumes_identically() {
    let scene = [
        "examples/scene/scene.py",
        "--virtual-clock",
        "--answers",
        "examples/scene/answers.txt",
    ];
    let (full, _, status) = cloaca(&[&["run"], &scene[..]].concat());
    assert_eq!(status, 0);
    // The door task is spawned during the first frame and starts on the second (game time
    // 1/60 s), sleeps 3.5 s, and its deadline falls between frames 211 and 212.
    assert!(
        full.contains("The door creaks open (3.52 s in).\n"),
        "{full}"
    );
    assert!(full.ends_with("The clock stops.\n"));

    // Tick 100 (1.67 s): the door's sleep, the clock's sleep and a `say` line on screen (a dialog
    // call waiting for its reading time) are all in flight.
    let save = tmp("scene.cbor");
    let save = save.to_str().unwrap();
    let (part1, err, status) = cloaca(
        &[
            &["run"],
            &scene[..],
            &["--save-at-tick", "100", "--save-to", save],
        ]
        .concat(),
    );
    assert_eq!(status, 0, "{err}");
    let (inspect, _, _) = cloaca(&["inspect", save]);
    assert!(
        inspect.contains("sleep(3.5)"),
        "the door's sleep is pending:\n{inspect}"
    );
    assert!(
        inspect.contains("say('"),
        "a dialog line is pending:\n{inspect}"
    );
    let (part2, err, status) = cloaca(&["resume", save, "--virtual-clock"]);
    assert_eq!(status, 0, "{err}");
    assert_eq!(format!("{part1}{part2}"), full);
    assert!(part2.contains("The door creaks open (3.52 s in).\n"));
}

#[test]
fn a_sleep_in_flight_ends_at_the_right_remaining_time() {
    let script = tmp("nap.py");
    std::fs::write(
        &script,
        "print(f'start {now():.2f}')\nsleep(2.0)\nprint(f'woke {now():.2f}')\nsleep(0.25)\nprint(f'done {now():.2f}')\n",
    )
    .unwrap();
    let script = script.to_str().unwrap();
    let (full, _, status) = cloaca(&["run", script, "--virtual-clock"]);
    assert_eq!(status, 0);
    assert_eq!(full, "start 0.00\nwoke 2.00\ndone 2.25\n");
    // Saved 0.5 s into the 2 s sleep: 1.5 s remain after the resume.
    let save = tmp("nap.cbor");
    let save = save.to_str().unwrap();
    let (part1, _, _) = cloaca(&[
        "run",
        script,
        "--virtual-clock",
        "--save-at-tick",
        "30",
        "--save-to",
        save,
    ]);
    assert_eq!(part1, "start 0.00\n");
    let (part2, err, status) = cloaca(&["resume", save, "--virtual-clock"]);
    assert_eq!(status, 0, "{err}");
    assert_eq!(part2, "woke 2.00\ndone 2.25\n");

    // Without the host's saved timer state the in-flight sleep cannot be re-attached: the
    // script gets ReissueError at the call site (never a hang).
    std::fs::remove_file(format!("{save}.host")).unwrap();
    let (out, err, status) = cloaca(&["resume", save, "--virtual-clock"]);
    assert_eq!(out, "");
    assert_eq!(status, 1);
    assert!(err.contains("ReissueError"), "{err}");
}
