package org.textlens.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/**
 * {@code textlens train}: the home of one subcommand per learned model. A new task is one class
 * extending {@link TrainingCommand} and one entry in {@code subcommands} below.
 */
@Command(name = "train", mixinStandardHelpOptions = true, versionProvider = Version.class,
    description = {"Train a model from labelled documents (cross-validated), for a command's --model option.",
        "Features, models, file format and how to train on your own coded sample: docs/learning.md."},
    subcommands = {TrainSentimentCommand.class, TrainFramesCommand.class, TrainLoadedCommand.class},
    footer = {"", "Examples:",
        "  textlens train sentiment --input-format jsonl --label-field rating --label-range -4,4 -o my.model rated.jsonl",
        "  textlens train frames --input-format tsv --id-field ID --label-fields RE,HI,CO,MO,EC -o frames.model coded.tsv",
        "  textlens train loaded --spans coded.tsv -o my.model articles/"})
final class TrainCommand implements Runnable, HasConsole {
    @ParentCommand
    TextlensCommand parent;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Console console() {
        return parent.console();
    }

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "say what to train: sentiment, frames or loaded");
    }
}
