//! Command-line interface of the `msj` binary.

use clap::{Parser, Subcommand};

/// MSJ: convocations and SMS reminders for probation services and courts.
#[derive(Debug, Parser)]
#[command(name = "msj", version, about)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// Sub-commands of `msj`.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Apply pending database migrations, then serve the API and the web application.
    Serve,
    /// Apply pending database migrations and exit.
    Migrate,
    /// Print the OpenAPI document (JSON) on standard output.
    Openapi,
    /// Load reference or demonstration data.
    Seed {
        /// Demonstration services, places, agendas and one agent per role per service
        /// (password: `MSJ_DEMO_PASSWORD`). Safe to run again.
        #[arg(long)]
        demo: bool,
    },
}
