//! Random tokens: session ids and CSRF tokens.

/// A fresh token: 128 bits from the operating system's random source. Without one the studio
/// does not start: a guessable token would let another site's page post changes.
pub fn new_token() -> std::io::Result<String> {
    let mut bytes = [0u8; 16];
    getrandom::fill(&mut bytes).map_err(|error| std::io::Error::other(error.to_string()))?;
    Ok(bytes.iter().map(|byte| format!("{byte:02x}")).collect())
}
