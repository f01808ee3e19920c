package org.textlens.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * A generated corpus of short news-like documents, written by us from small word lists: named and
 * unnamed speakers, quotes and reported speech, loaded and neutral wording, frame cues, and dates
 * and times both absolute and relative, and three outlets. Sentences repeat across documents (as syndicated lines
 * do), which {@code loaded --skip-repeats} needs. The JSONL form has an id, a publication date and
 * a body; the line form has one body per line, with a blank line now and then.
 */
final class GeneratedCorpus {
    private static final String[] SUBJECTS = {"The minister", "Officials", "The port authority", "Union leaders", "The central bank",
        "Residents", "Rescue crews", "The council", "Investors", "Doctors", "Mayor Tom Reyes", "Prime Minister Anna Berg",
        "The regime", "So-called experts"};
    private static final String[] VERBS = {"said", "warned", "denied", "welcomed", "rejected", "praised", "criticised", "announced",
        "slammed", "claimed", "admitted", "blamed"};
    private static final String[] OBJECTS = {"the new budget", "a terrible flood", "the peace talks", "an excellent harvest",
        "higher interest rates", "the strike", "a failed vaccine rollout", "the wonderful news", "the corruption scandal",
        "clean water for families", "the cost of thousands of jobs", "a brutal crackdown on protesters", "the victims' families",
        "a ceasefire agreement", "the so-called reform"};
    private static final String[] TAILS = {"on Monday.", "after weeks of delays!", "but did not say why.", "in a statement.",
        "— and nobody was happy.", "with great relief.", "despite strong objections.", "\"It is not good,\" one said.",
        "last week.", "in March 2023.", "on May 5.", "two days ago.", "by next year.", "every Monday.", "at 10:30 a.m. on Friday.",
        "\"We will not back down,\" said Mayor Tom Reyes.", "according to the council.", "for three months."};

    private static final String[] OUTLETS = {"Daily Ledger", "Evening Post", "Harbour Herald"};

    private GeneratedCorpus() {
    }

    static void write(int documents, Path jsonl, Path lines) throws IOException {
        Random random = new Random(7);
        StringBuilder json = new StringBuilder();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < documents; i++) {
            StringBuilder doc = new StringBuilder();
            int sentences = 1 + random.nextInt(3);
            for (int s = 0; s < sentences; s++) {
                doc.append(s > 0 ? " " : "").append(pick(random, SUBJECTS)).append(' ').append(pick(random, VERBS)).append(' ')
                    .append(pick(random, OBJECTS)).append(' ').append(pick(random, TAILS));
            }
            if (i % 4 == 0) {
                doc.append(" Readers slammed the regime's so-called reform in our weekly poll."); // syndicated furniture
            }
            String body = doc.toString();
            json.append("{\"id\":\"d").append(i).append("\",\"outlet\":\"").append(OUTLETS[i % OUTLETS.length])
                .append("\",\"published\":\"2024-0").append(1 + i % 9).append("-1").append(i % 10)
                .append("\",\"body\":\"").append(body.replace("\"", "\\\"")).append("\"}\n");
            text.append(body).append('\n');
            if (i % 500 == 499) {
                text.append('\n'); // blank lines are counted for line numbers but are no documents
            }
        }
        Files.writeString(jsonl, json);
        Files.writeString(lines, text);
    }

    private static String pick(Random random, String[] words) {
        return words[random.nextInt(words.length)];
    }
}
