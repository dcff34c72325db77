//! `msj`: the MSJ server binary (serve, migrate, openapi).

use std::process::ExitCode;

use clap::Parser;
use msj_api::cli::{Cli, Command, ImportSource, RetentionAction, SlotsAction, StatsAction};
use msj_api::config::{self, Config, ConfigError};
use msj_api::{cities, openapi, retention, seed, server, slots, stats, telemetry};
use msj_db::migrations::{Direction, migrate_blocking};

/// Exit code for a missing or malformed configuration.
const EXIT_CONFIG: u8 = 2;

fn main() -> ExitCode {
    let cli = Cli::parse();
    config::load_dotenv();
    match run(cli.command) {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure::Config(error)) => {
            eprintln!("msj: configuration error: {error}");
            ExitCode::from(EXIT_CONFIG)
        }
        Err(Failure::Runtime(message)) => {
            eprintln!("msj: {message}");
            ExitCode::FAILURE
        }
    }
}

enum Failure {
    Config(ConfigError),
    Runtime(String),
}

impl From<ConfigError> for Failure {
    fn from(error: ConfigError) -> Self {
        Self::Config(error)
    }
}

fn run(command: Command) -> Result<(), Failure> {
    match command {
        Command::Openapi => {
            let json =
                openapi::document_json().map_err(|error| Failure::Runtime(error.to_string()))?;
            println!("{json}");
            Ok(())
        }
        Command::Migrate => {
            let url = config::database_url(&config::env_var)?;
            let applied = migrate_blocking(&url, Direction::Up)
                .map_err(|error| Failure::Runtime(error.to_string()))?;
            println!("migrations applied: {}", applied.len());
            Ok(())
        }
        Command::Import {
            source: ImportSource::Srj { file },
        } => {
            let url = config::database_url(&config::env_var)?;
            migrate_blocking(&url, Direction::Up)
                .map_err(|error| Failure::Runtime(error.to_string()))?;
            let report = cities::import_srj_file(&url, &file).map_err(Failure::Runtime)?;
            eprintln!();
            println!(
                "srj: {} lines, {} towns created, {} updated, {} rejected",
                report.lines,
                report.created,
                report.updated,
                report.rejected.len()
            );
            for (line, why) in &report.rejected {
                println!("  line {line}: {why}");
            }
            Ok(())
        }
        Command::Import {
            source: ImportSource::Appi { service, file },
        } => {
            let url = config::database_url(&config::env_var)?;
            migrate_blocking(&url, Direction::Up)
                .map_err(|error| Failure::Runtime(error.to_string()))?;
            let report = msj_api::imports::import_appi_file(&url, &service, &file)
                .map_err(Failure::Runtime)?;
            println!(
                "appi: {} lines, {} created, {} updated, {} skipped, {} rejected",
                report.lines,
                report.created,
                report.updated,
                report.skipped.len(),
                report.rejected.len()
            );
            for line in report.skipped.iter().chain(&report.rejected) {
                println!("  line {}: {}", line.line, line.reason);
            }
            Ok(())
        }
        Command::Seed { demo } => {
            if !demo {
                return Err(Failure::Runtime(
                    "nothing to seed: use `msj seed --demo`".into(),
                ));
            }
            let url = config::database_url(&config::env_var)?;
            let password = config::env_var("MSJ_DEMO_PASSWORD")
                .unwrap_or_else(|| seed::DEFAULT_DEMO_PASSWORD.to_owned());
            let public_url = config::env_var("MSJ_PUBLIC_URL")
                .unwrap_or_else(|| "http://127.0.0.1:8080".to_owned());
            seed::demo(&url, &password, &public_url).map_err(Failure::Runtime)
        }
        Command::Slots {
            action: SlotsAction::Generate,
        } => {
            let url = config::database_url(&config::env_var)?;
            migrate_blocking(&url, Direction::Up)
                .map_err(|error| Failure::Runtime(error.to_string()))?;
            let report = slots::generate_blocking(&url).map_err(Failure::Runtime)?;
            eprintln!();
            println!(
                "slots: {} templates, {} slots created, {} already there",
                report.templates, report.created, report.skipped
            );
            Ok(())
        }
        Command::Stats {
            action: StatsAction::Refresh,
        } => {
            let url = config::database_url(&config::env_var)?;
            migrate_blocking(&url, Direction::Up)
                .map_err(|error| Failure::Runtime(error.to_string()))?;
            let groups = stats::refresh_blocking(&url).map_err(Failure::Runtime)?;
            println!("stats: {groups} groups rebuilt");
            Ok(())
        }
        Command::Retention {
            action: RetentionAction::Run,
        } => {
            let url = config::database_url(&config::env_var)?;
            migrate_blocking(&url, Direction::Up)
                .map_err(|error| Failure::Runtime(error.to_string()))?;
            let (archive, delete, audit) =
                retention::run_blocking(&url).map_err(Failure::Runtime)?;
            println!(
                "retention: {} records archived, {} deleted with {} convocations, {} audit entries purged",
                archive.archived, delete.deleted, delete.appointments, audit.purged
            );
            Ok(())
        }
        Command::Worker => {
            let config = Config::from_env(&config::env_var)?;
            telemetry::init(config.log_format);
            server::work(config).map_err(|error| Failure::Runtime(error.to_string()))
        }
        Command::Serve => {
            let config = Config::from_env(&config::env_var)?;
            telemetry::init(config.log_format);
            server::serve(config).map_err(|error| Failure::Runtime(error.to_string()))
        }
    }
}
