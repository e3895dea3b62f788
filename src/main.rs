//! The `faqbot` command line: a thin layer over the library's fronts.

use clap::{Parser, Subcommand};
use faqbot::front::console;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "faqbot",
    version,
    about = "Answers questions from Markdown FAQ files, in the terminal or on Discord"
)]
struct Cli {
    /// The FAQ folder (Markdown + rules files).
    #[arg(long, global = true, env = "FAQBOT_FAQ_DIR")]
    faq: Option<PathBuf>,
    /// The optional sentence model: a folder with all-MiniLM-L6-v2's
    /// `model.safetensors` and `tokenizer.json` (needs a build with
    /// `--features sentence-model`). Wins over the bot config's and the rules
    /// file's `semantic_model`.
    #[arg(long, global = true, value_name = "DIR", env = "FAQBOT_SEMANTIC_MODEL")]
    semantic_model: Option<PathBuf>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Talk to the FAQ in the terminal, one message per line.
    Chat {
        /// One JSON object per reply (the chat interface of the contract).
        #[arg(long)]
        json: bool,
    },
    /// Answer one message.
    Ask {
        #[arg(long)]
        json: bool,
        /// Show why: each candidate's features, contributions, probability and the cut-offs.
        #[arg(long)]
        explain: bool,
        /// The question (several words are joined with spaces).
        #[arg(required = true, num_args = 1..)]
        question: Vec<String>,
    },
    /// Validate the FAQ folder; exit non-zero when it has errors.
    Check,
    /// Measure matching on sample questions (JSON Lines of {"q", "expect"}).
    Eval {
        /// JSON Lines of {"q", "expect"}; without it, the sections' example questions.
        queries: Option<PathBuf>,
        #[arg(long)]
        json: bool,
        /// List the questions whose expected section was not ranked first.
        #[arg(long)]
        misses: bool,
        /// Also print decisions for a range of confidence thresholds.
        #[arg(long)]
        sweep: bool,
        /// Ranking parameter overrides, e.g. `k1=1.5,b=0.6,title=3,body=1`.
        #[arg(long)]
        set: Option<String>,
        /// Explain every question not answered right (features, probability, cut-offs).
        #[arg(long)]
        explain: bool,
        /// The file holds scripted dialogues ({"turns", "expect"}), not questions.
        #[arg(long)]
        dialogues: bool,
    },
    /// Fit the confidence model on the training pool and write it as JSON.
    Calibrate {
        /// The pool: FAQ folders and their question sets.
        #[arg(long, default_value = "calibration/pool.toml")]
        pool: PathBuf,
        /// StackFAQ's folder (its `faq/` and query files), for the pool's `{stackfaq}` sets.
        #[arg(long, env = "FAQBOT_STACKFAQ")]
        stackfaq: Option<PathBuf>,
        /// Where to write the model (the built-in one is src/understanding/calibration.json).
        #[arg(long)]
        out: Option<PathBuf>,
        /// The static table every pool FAQ compares its sections in; the
        /// model names it. The built-in model without the sentence model is
        /// fit on the refined one, the one with it on the distilled one.
        #[arg(long, value_enum, default_value = "refined")]
        table: TableArg,
    },
    /// Run the Discord bot (token from DISCORD_TOKEN).
    Serve {
        /// Settings file (default: ./faqbot.toml when present).
        #[arg(long)]
        config: Option<PathBuf>,
        /// Run only shards A-B (inclusive) of --total-shards; without it,
        /// every shard Discord recommends (autosharded).
        #[arg(long, value_name = "A-B", requires = "total_shards")]
        shards: Option<String>,
        /// The bot's total shard count, shared by every process.
        #[arg(long, value_name = "N", requires = "shards")]
        total_shards: Option<u32>,
    },
    /// Summarise the Discord feedback log for the FAQ's authors.
    Report {
        #[arg(long)]
        config: Option<PathBuf>,
        /// The log (default: the events in the config's `session_store`
        /// when it is SQLite or Redis, else its `feedback_log`).
        #[arg(long)]
        log: Option<PathBuf>,
        /// Also write the store's events to this file as JSON Lines.
        #[arg(long, value_name = "PATH")]
        export: Option<PathBuf>,
    },
}

/// `faq/` in the working directory, else the one bundled with the sources.
fn faq_dir(arg: Option<PathBuf>) -> PathBuf {
    if let Some(d) = arg {
        return d;
    }
    let local = PathBuf::from("faq");
    if local.is_dir() {
        return local;
    }
    Path::new(env!("CARGO_MANIFEST_DIR")).join("faq")
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let dir = faq_dir(cli.faq);
    let sentence_model = cli.semantic_model.clone();
    if let Some(model) = &cli.semantic_model {
        // Loaded once here so a bad folder is reported on the terminal;
        // every FAQ load then shares it (or goes on without it).
        if let Err(e) = faqbot::understanding::sentence::shared(model) {
            if !matches!(cli.command, Command::Calibrate { .. }) {
                eprintln!("faqbot: {e}\nfaqbot: answering with the lexical engine only");
            }
        }
        faqbot::understanding::sentence::set_override(Some(model.clone()));
    }
    let result = match cli.command {
        Command::Check => {
            return if console::check(&dir) {
                ExitCode::SUCCESS
            } else {
                ExitCode::from(2)
            }
        }
        Command::Chat { json } => match console::load_or_report(&dir) {
            Ok(faq) => console::chat(&faq, json),
            Err(_) => return ExitCode::from(2),
        },
        Command::Ask {
            json,
            explain,
            question,
        } => match console::load_or_report(&dir) {
            Ok(faq) if explain => {
                print!(
                    "{}",
                    faqbot::dialogue::explain(&faq, &Default::default(), &question.join(" "))
                );
                Ok(())
            }
            Ok(faq) => console::ask(&faq, &question.join(" "), json),
            Err(_) => return ExitCode::from(2),
        },
        Command::Serve {
            config,
            shards,
            total_shards,
        } => {
            let shards = match (shards, total_shards) {
                (Some(s), Some(n)) => match faqbot::front::discord::ShardRange::parse(&s, n) {
                    Ok(r) => Some(r),
                    Err(e) => {
                        eprintln!("faqbot: {e}");
                        return ExitCode::from(2);
                    }
                },
                _ => None,
            };
            return faqbot::front::discord::serve_cli(config.as_deref(), dir, shards);
        }
        Command::Calibrate {
            pool,
            stackfaq,
            out,
            table,
        } => match faqbot::calibrate::calibrate(
            &pool,
            stackfaq.as_deref(),
            sentence_model.as_deref(),
            table.into(),
        ) {
            Ok((model, report)) => {
                print!("{report}");
                let json = serde_json::to_string_pretty(&model).expect("a model serialises");
                match out {
                    Some(path) => std::fs::write(&path, json + "\n").map(|()| {
                        println!("wrote {}", path.display());
                    }),
                    None => Ok(()),
                }
            }
            Err(e) => {
                eprintln!("faqbot calibrate: {e}");
                return ExitCode::FAILURE;
            }
        },
        Command::Report {
            config,
            log,
            export,
        } => faqbot::front::discord::report_cli(config.as_deref(), log, export),
        Command::Eval {
            queries,
            json,
            misses,
            sweep,
            set,
            explain,
            dialogues,
        } => {
            let params = match faqbot::understanding::Params::default()
                .with_overrides(set.as_deref().unwrap_or(""))
            {
                Ok(p) => p,
                Err(e) => {
                    eprintln!("faqbot: --set: {e}");
                    return ExitCode::from(2);
                }
            };
            match faqbot::knowledge::load_dir(&dir) {
                Ok(loaded) if dialogues => console::eval_dialogues(
                    &faqbot::Faq::with_params(loaded, params),
                    queries.as_deref(),
                    json,
                    misses,
                ),
                Ok(loaded) => {
                    let faq = faqbot::Faq::with_params(loaded, params);
                    let with_model = faq.sentence().is_some();
                    if with_model && !json {
                        println!("with the sentence model:");
                    }
                    let r = console::eval(&faq, queries.as_deref(), json, misses, sweep, explain);
                    // With a sentence model, the same questions without it.
                    match faqbot::knowledge::load_dir(&dir) {
                        Ok(loaded) if with_model && r.is_ok() && !json => {
                            println!("\nwithout the sentence model:");
                            let lexical = faqbot::Faq::with_options(loaded, params, false);
                            console::eval(&lexical, queries.as_deref(), false, false, false, false)
                        }
                        _ => r,
                    }
                }
                Err(e) => {
                    eprint!("{e}");
                    return ExitCode::from(2);
                }
            }
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        // A closed stdout (e.g. `| head`) is not worth a panic.
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("faqbot: {e}");
            ExitCode::FAILURE
        }
    }
}

/// `calibrate --table`: the static table the pool is fit on.
#[derive(Debug, Clone, Copy, clap::ValueEnum)]
enum TableArg {
    Distilled,
    Refined,
}

impl From<TableArg> for faqbot::understanding::semantic::TableKind {
    fn from(t: TableArg) -> Self {
        match t {
            TableArg::Distilled => Self::Distilled,
            TableArg::Refined => Self::Refined,
        }
    }
}
