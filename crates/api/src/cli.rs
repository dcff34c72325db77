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
    /// Send due emails and SMS, without serving HTTP (for a dedicated worker process).
    Worker,
    /// Apply pending database migrations and exit.
    Migrate,
    /// Print the OpenAPI document (JSON) on standard output.
    Openapi,
    /// Import reference data from a file.
    Import {
        /// What to import.
        #[command(subcommand)]
        source: ImportSource,
    },
    /// Slots of the sorties d'audience and SAP DDSE.
    Slots {
        /// What to do.
        #[command(subcommand)]
        action: SlotsAction,
    },
    /// Statistics.
    Stats {
        /// What to do.
        #[command(subcommand)]
        action: StatsAction,
    },
    /// Data retention (SPEC §9).
    Retention {
        /// What to do.
        #[command(subcommand)]
        action: RetentionAction,
    },
    /// Load reference or demonstration data.
    Seed {
        /// Demonstration services, places, agendas and one agent per role per service
        /// (password: `MSJ_DEMO_PASSWORD`). Safe to run again.
        #[arg(long)]
        demo: bool,
    },
}

/// What `msj slots` does.
#[derive(Debug, Subcommand)]
pub enum SlotsAction {
    /// Create the slots of the next six months from the weekly templates (what the daily job
    /// does; safe to run again).
    Generate,
}

/// What `msj stats` does.
#[derive(Debug, Subcommand)]
pub enum StatsAction {
    /// Rebuild the monthly figures now (what the hourly job does; safe to run again).
    Refresh,
}

/// What `msj retention` does.
#[derive(Debug, Subcommand)]
pub enum RetentionAction {
    /// Archive the records idle for 12 months, delete those archived for more than 6 months,
    /// purge the audit entries older than one year (what the daily jobs do; safe to run again).
    Run,
}

/// Sources `msj import` reads.
#[derive(Debug, Subcommand)]
pub enum ImportSource {
    /// The SRJ referential: towns and their competent TJ and SPIP (CSV with the columns
    /// `id,postal_code,names,insee_code,ascii_name,name,type`).
    Srj {
        /// The CSV file.
        file: std::path::PathBuf,
    },
    /// An APPI export of probationers (CSV, `;`-separated, ISO-8859-1, columns `Prénom`,
    /// `Nom`, `Date de naissance`, `Numéro de dossier`, `Mesure/Intervention`) into a service.
    Appi {
        /// The target service: its id or its exact name.
        #[arg(long)]
        service: String,
        /// The CSV file.
        file: std::path::PathBuf,
    },
}

/// Runs `future` to completion on a single-threaded runtime (for one-shot commands).
pub fn block_on<F: std::future::Future>(future: F) -> Result<F::Output, String> {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map(|runtime| runtime.block_on(future))
        .map_err(|error| error.to_string())
}
