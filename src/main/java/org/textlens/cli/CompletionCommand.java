package org.textlens.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Prints a shell completion script, generated from the commands' own annotations. */
@Command(name = "completion", mixinStandardHelpOptions = true,
    description = {"Print a completion script for bash or zsh.",
        "bash: source <(textlens completion bash)    zsh: source <(textlens completion zsh)"})
final class CompletionCommand implements Callable<Integer> {
    @Parameters(paramLabel = "SHELL", description = "bash or zsh", completionCandidates = Shells.class)
    String shell;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        String script = AutoComplete.bash("textlens", spec.root().commandLine());
        switch (shell) {
            case "bash" -> spec.commandLine().getOut().print(script);
            // picocli's script runs under zsh once bash-style completion is switched on.
            case "zsh" -> spec.commandLine().getOut().print(
                "autoload -U +X compinit && compinit\nautoload -U +X bashcompinit && bashcompinit\n" + script);
            default -> throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                "unknown shell '" + shell + "' (choose bash or zsh)");
        }
        spec.commandLine().getOut().flush();
        return ExitCode.OK;
    }

    static final class Shells implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return java.util.List.of("bash", "zsh").iterator();
        }
    }
}
