//! The studio on the office network in a browser: sent to the login page, a wrong password
//! refused, then logged in with the name in the header; the coordinator's users page in English
//! and Russian; the login page on a phone.

use std::io::Write;
use std::process::Stdio;

use serde_json::json;

use crate::common::{TestProject, repo, tempdir};
use crate::driver::*;

fn add_user(project: &TestProject, name: &str, role: &str, password: &str) {
    let mut child = project.command(&["user", "add", name, "--role", role]).stdin(Stdio::piped()).spawn().unwrap();
    child.stdin.take().unwrap().write_all(format!("{password}\n").as_bytes()).unwrap();
    assert!(child.wait().unwrap().success());
}

#[test]
#[ignore = "needs Debian's chromium and chromium-driver; .ci/run installs them and runs this test"]
fn a_coordinator_logs_in_and_sees_the_users() {
    let project = TestProject::with_campaigns(&[("balkhash", &repo().join("booklets/balkhash"))]);
    add_user(&project, "aigul", "coordinator", "aigul's secret");
    add_user(&project, "erlan", "distributor", "erlan's secret");
    let (_studio, address) = start_lan_studio(&project);
    let profile = tempdir();
    let (_driver, browser) = start_browser(profile.path());

    browser.open(&format!("http://{address}/users"));
    browser.wait_for("the login page", "return location.pathname === '/login'");
    browser.screenshot("studio-login.png");
    browser.type_into("#login-form input[name='name']", "aigul");
    browser.type_into("#login-form input[name='password']", "not it");
    browser.click("#log-in");
    browser.wait_for("the refusal", "return !!document.querySelector('#refusal')");
    browser.screenshot("studio-login-refused.png");

    browser.type_into("#login-form input[name='password']", "aigul's secret");
    browser.click("#log-in");
    browser.wait_for("the users page", "return location.pathname === '/users'");
    assert_eq!(browser.script("return document.querySelector('#who').textContent"), json!("aigul"));
    let names = browser.script("return [...document.querySelectorAll('.user-name')].map(e => e.textContent)");
    assert_eq!(names, json!(["aigul", "erlan"]));
    browser.screenshot("studio-users.png");

    browser.click("#lang-ru");
    browser.wait_for("the page in Russian", "return document.documentElement.lang === 'ru'");
    assert_eq!(browser.script("return document.querySelector('#log-out').textContent"), json!("Выйти"));
    browser.screenshot("studio-users-ru.png");

    browser.click("#log-out");
    browser.wait_for("the login page again", "return location.pathname === '/login'");
    browser.call("POST", "/window/rect", Some(&json!({ "width": 390, "height": 844 })));
    browser.open(&format!("http://{address}/"));
    browser.wait_for("the login page", "return location.pathname === '/login'");
    let fits = "return document.documentElement.scrollWidth <= window.innerWidth";
    assert_eq!(browser.script(fits), json!(true), "nothing to scroll sideways on a phone");
    browser.screenshot("studio-login-ru-phone.png");
}
