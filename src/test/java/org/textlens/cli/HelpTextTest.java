package org.textlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every command's help prints cleanly: picocli warns on stderr about a format string it cannot render (a bare '%'). */
class HelpTextTest {
    @ParameterizedTest
    @ValueSource(strings = {"freq", "sentiment", "loaded", "frames", "quotes", "timeline", "portrayal", "extract", "report",
        "train sentiment", "train frames", "train loaded", "completion"})
    void helpHasNoWarnings(String command) {
        PrintStream saved = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        Cli.Result help;
        try {
            System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
            help = Cli.run((command + " --help").split(" "));
        } finally {
            System.setErr(saved);
        }
        assertEquals(0, help.exit(), help.toString());
        String warnings = captured.toString(StandardCharsets.UTF_8) + help.err();
        assertFalse(warnings.contains("WARN"), command + " --help warned:\n" + warnings);
    }
}
